#pragma once

#include "leads/LifecycleStage.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

// A manual move in the lifecycle: to which stage, and why (the reason goes into the stage history).
class ChangeStageDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeStageDialog(Stage current, const QString &leadName, QWidget *parent = nullptr);

    Stage stage() const;
    QString reason() const;
    void setStage(Stage stage);
    // Moving to SQL opens the BANT qualification instead of asking a reason here.
    void setSqlGoesThroughBant(bool bant);

    void accept() override;

private:
    Stage m_current;
    QComboBox *m_stage;
    QLineEdit *m_reason;
    bool m_bant = false;
};
