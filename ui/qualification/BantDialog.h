#pragma once

#include "qualification/Qualification.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class Workspace;

// Sales qualification of one lead by BANT. The outcome (SQL or Nurturing) follows the workspace's rule
// and is shown before it is accepted; SQL can create the deal, Nurturing needs a reason and plans the
// follow-up. The previous answers are there to start from when a lead is qualified again.
class BantDialog : public QDialog
{
    Q_OBJECT
public:
    BantDialog(Workspace &workspace, qint64 leadId, QWidget *parent = nullptr);

    BantAnswers answers() const;
    Qualification::Request request() const;
    bool qualifies() const;
    void setAnswers(const BantAnswers &answers);

    void accept() override;

private:
    void updateOutcome();
    QButtonGroup *answerGroup(const QString &name, QWidget *parent, class QHBoxLayout *layout);

    Workspace &m_workspace;
    qint64 m_leadId;
    BantRule m_rule;
    QButtonGroup *m_budget;
    QDoubleSpinBox *m_amount;
    QComboBox *m_currency;
    QPlainTextEdit *m_budgetNotes;
    QComboBox *m_authority;
    QLineEdit *m_decisionMaker;
    QPlainTextEdit *m_authorityNotes;
    QButtonGroup *m_need;
    QLineEdit *m_pain;
    QComboBox *m_priority;
    QPlainTextEdit *m_needNotes;
    QButtonGroup *m_timing;
    QLineEdit *m_purchaseBy;
    QLineEdit *m_delivery;
    QPlainTextEdit *m_timingNotes;
    QLabel *m_outcome;
    QCheckBox *m_createDeal;
    QLineEdit *m_dealTitle;
    QDoubleSpinBox *m_dealAmount;
    QLineEdit *m_reason;
    QLabel *m_reasonLabel;
    QPushButton *m_ok;
};
