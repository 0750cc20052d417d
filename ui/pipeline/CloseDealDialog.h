#pragma once

#include "pipeline/Deal.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

// Asked when a deal is moved to its pipeline's Won or Lost stage: the date it closed (today by default,
// never in the future), the reason (required when lost: the win/loss analysis counts on it) and, when
// won, the gross margin it brings.
class CloseDealDialog : public QDialog
{
    Q_OBJECT
public:
    CloseDealDialog(DealOutcome outcome, const QString &dealTitle, double amount, const QString &currency,
                    QWidget *parent = nullptr);

    CloseDetails details() const;
    void accept() override;

private:
    DealOutcome m_outcome;
    QDateEdit *m_date;
    QComboBox *m_reason;
    QLineEdit *m_margin = nullptr;
};
