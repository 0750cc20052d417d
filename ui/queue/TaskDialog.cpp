#include "TaskDialog.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

TaskDialog::TaskDialog(Workspace &workspace, const Task &task, QWidget *parent)
    : QDialog(parent)
    , m_task(task)
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(task.id ? tr("Edit task") : tr("New task"));
    auto *form = new QFormLayout(this);
    if (task.leadId) {
        QString who;
        quietly([&] { who = workspace.leads().get(task.leadId).displayName(); });
        auto *lead = new QLabel(who, this);
        lead->setTextFormat(Qt::PlainText);
        form->addRow(tr("Lead:"), lead);
    }
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("taskType"));
    m_type->setAccessibleName(tr("Type"));
    for (TaskType t : {TaskType::Call, TaskType::Email, TaskType::Meeting, TaskType::Todo})
        m_type->addItem(TaskRepository::typeName(t), int(t));
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(task.type))));
    m_title = new QLineEdit(task.title, this);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_due = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(task.dueAt ? task.dueAt : QDateTime::currentMSecsSinceEpoch() + 24 * 3600000LL), this);
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setAccessibleName(tr("Due"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_reminder = new QComboBox(this);
    m_reminder->setObjectName(QStringLiteral("taskReminder"));
    m_reminder->setAccessibleName(tr("Reminder"));
    m_reminder->addItem(tr("No reminder"), -1);
    m_reminder->addItem(tr("At the due time"), 0);
    m_reminder->addItem(tr("15 minutes before"), 15);
    m_reminder->addItem(tr("1 hour before"), 60);
    m_reminder->addItem(tr("1 day before"), 24 * 60);
    m_reminder->setCurrentIndex(task.remindAt ? 1 : (task.id ? 0 : 1));
    if (task.remindAt && task.dueAt) {
        const int minutes = int((task.dueAt - *task.remindAt) / 60000);
        const int index = m_reminder->findData(minutes);
        if (index >= 0)
            m_reminder->setCurrentIndex(index);
    }
    m_rep = new QComboBox(this);
    m_rep->setObjectName(QStringLiteral("taskRep"));
    m_rep->setAccessibleName(tr("Rep"));
    m_rep->addItem(tr("Nobody"), 0);
    quietly([&] {
        for (const Rep &r : workspace.reps().all())
            m_rep->addItem(r.name, r.id);
    });
    m_rep->setCurrentIndex(std::max(0, m_rep->findData(task.repId)));
    m_notes = new QPlainTextEdit(task.notes, this);
    m_notes->setObjectName(QStringLiteral("taskNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Reminder:"), m_reminder);
    form->addRow(tr("&For:"), m_rep);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(440);
}

Task TaskDialog::task() const
{
    Task t = m_task;
    t.type = TaskType(m_type->currentData().toInt());
    t.title = m_title->text().trimmed();
    t.dueAt = m_due->dateTime().toMSecsSinceEpoch();
    const int before = m_reminder->currentData().toInt();
    if (before < 0)
        t.remindAt.reset();
    else
        t.remindAt = t.dueAt - qint64(before) * 60000;
    t.remindedAt.reset();
    t.repId = m_rep->currentData().toLongLong();
    t.notes = m_notes->toPlainText().trimmed();
    return t;
}

void TaskDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        showError(this, windowTitle(), tr("The task needs a title (what to do)."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}
