#include "ActivityDialog.h"

#include "shell/ErrorReporting.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

ActivityDialog::ActivityDialog(ActivityType type, QWidget *parent)
    : QDialog(parent)
    , m_type(type)
{
    setObjectName(QStringLiteral("activityDialog"));
    switch (type) {
    case ActivityType::Call: setWindowTitle(tr("Log a call")); break;
    case ActivityType::EmailSent: setWindowTitle(tr("Log an e-mail")); break;
    case ActivityType::MeetingHeld: setWindowTitle(tr("Log a meeting")); break;
    default: setWindowTitle(tr("Add a note")); break;
    }
    auto *form = new QFormLayout(this);
    if (type == ActivityType::Call) {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("callOutcome"));
        m_outcome->setAccessibleName(tr("Call outcome"));
        m_outcome->addItems({tr("Connected"), tr("Left a voicemail"), tr("No answer"), tr("Wrong number"),
                             tr("Asked to call back later")});
        form->addRow(tr("&Outcome:"), m_outcome);
    }
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(QStringLiteral("activityWhen"));
    m_when->setAccessibleName(tr("When"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(tr("&When:"), m_when);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("activityDetail"));
    m_detail->setAccessibleName(tr("Details"));
    m_detail->setTabChangesFocus(true);
    m_detail->setPlaceholderText(type == ActivityType::EmailSent ? tr("Subject and summary")
                                 : type == ActivityType::Note    ? tr("What to remember about this lead")
                                                                 : tr("What was said, what comes next"));
    form->addRow(type == ActivityType::Note ? tr("&Note:") : tr("&Details:"), m_detail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(440, 280);
}

void ActivityDialog::accept()
{
    if (m_type == ActivityType::Note && m_detail->toPlainText().trimmed().isEmpty()) {
        showError(this, windowTitle(), tr("The note is empty."));
        m_detail->setFocus();
        return;
    }
    if (m_when->dateTime() > QDateTime::currentDateTime().addSecs(60)) {
        showError(this, windowTitle(), tr("The time is in the future: log what happened, and plan what comes next as a task."));
        m_when->setFocus();
        return;
    }
    QDialog::accept();
}

Activity ActivityDialog::activity(qint64 leadId) const
{
    Activity a;
    a.leadId = leadId;
    a.type = m_type;
    a.occurredAt = m_when->dateTime().toMSecsSinceEpoch();
    const QString text = m_detail->toPlainText().trimmed();
    if (m_outcome)
        a.detail = text.isEmpty() ? m_outcome->currentText() : m_outcome->currentText() + QStringLiteral(": ") + text;
    else
        a.detail = text;
    return a;
}
