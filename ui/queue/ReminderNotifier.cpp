#include "ReminderNotifier.h"

#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "shell/Icons.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>

ReminderNotifier::ReminderNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ReminderNotifier::check);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::icon(Icons::Glyph::App), this);
        m_tray->setToolTip(tr("Leadbench"));
        m_tray->show();
    }
}

void ReminderNotifier::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (workspace)
        m_timer->start();
    else
        m_timer->stop();
}

void ReminderNotifier::setRepId(qint64 repId)
{
    m_repId = repId;
}

void ReminderNotifier::check()
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Task> due;
    quietly([&] { due = m_workspace->tasks().dueReminders(now); });
    for (const Task &t : std::as_const(due)) {
        if (m_repId && t.repId && t.repId != m_repId)
            continue;
        QString who;
        if (t.leadId) {
            quietly([&] {
                if (const auto lead = m_workspace->leads().find(t.leadId))
                    who = lead->displayName();
            });
        }
        const QString text = who.isEmpty()
            ? tr("%1: %2, due %3").arg(TaskRepository::typeName(t.type), t.title,
                                       QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.dueAt), QLocale::ShortFormat))
            : tr("%1 with %2: %3, due %4").arg(TaskRepository::typeName(t.type), who, t.title,
                                               QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.dueAt), QLocale::ShortFormat));
        quietly([&] { m_workspace->tasks().markReminded(t.id, now); });
        if (m_tray) {
            m_tray->showMessage(tr("Reminder"), text, QSystemTrayIcon::Information, 15000);
        } else {
            auto *box = new QMessageBox(QMessageBox::Information, tr("Reminder"), text, QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("reminderBox"));
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setModal(false);
            box->show();
        }
        emit reminded(t.id, text);
    }
}
