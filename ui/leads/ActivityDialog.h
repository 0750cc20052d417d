#pragma once

#include "leads/Activity.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

// Logs a call, an e-mail, a meeting or a note by hand in a lead's timeline.
class ActivityDialog : public QDialog
{
    Q_OBJECT
public:
    ActivityDialog(ActivityType type, QWidget *parent = nullptr);

    Activity activity(qint64 leadId) const;

    void accept() override;

private:
    ActivityType m_type;
    QComboBox *m_outcome = nullptr;
    QDateTimeEdit *m_when;
    QPlainTextEdit *m_detail;
};
