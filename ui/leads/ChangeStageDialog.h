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

    void accept() override;

private:
    Stage m_current;
    QComboBox *m_stage;
    QLineEdit *m_reason;
};
