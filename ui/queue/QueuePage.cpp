#include "QueuePage.h"

#include "RoutingDialog.h"
#include "TaskDialog.h"
#include "qualification/SalesCommands.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "shell/Icons.h"
#include "tasks/Queue.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum Roles { LeadRole = Qt::UserRole + 1, TaskRole };

QString when(qint64 ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

} // namespace

QueuePage::QueuePage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("queuePage"));
    m_rep = new QComboBox(this);
    m_rep->setObjectName(QStringLiteral("queueRep"));
    m_rep->setAccessibleName(tr("Whose queue"));
    m_rep->setMinimumContentsLength(18);
    connect(m_rep, &QComboBox::currentIndexChanged, this, &QueuePage::refresh);
    m_routing = new QPushButton(Icons::icon(Icons::Glyph::Settings), tr("Team and routing…"), this);
    m_routing->setObjectName(QStringLiteral("routingButton"));
    connect(m_routing, &QPushButton::clicked, this, &QueuePage::editRouting);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Queue of:"), this));
    top->addWidget(m_rep);
    top->addStretch(1);
    top->addWidget(m_routing);

    m_tabs = new QTabWidget(this);
    // The queue.
    auto *queueTab = new QWidget(m_tabs);
    auto *queueLayout = new QVBoxLayout(queueTab);
    m_queue = new QTreeWidget(queueTab);
    m_queue->setObjectName(QStringLiteral("queueList"));
    m_queue->setAccessibleName(tr("Queue"));
    m_queue->setHeaderLabels({tr("Why"), tr("When"), tr("Lead"), tr("Company"), tr("Score"), tr("Stage"), tr("What")});
    m_queue->setRootIsDecorated(false);
    m_queue->setAlternatingRowColors(true);
    m_queue->setUniformRowHeights(true);
    m_queue->header()->setStretchLastSection(true);
    m_queue->installEventFilter(this);
    connect(m_queue, &QTreeWidget::itemActivated, this, [this] {
        if (const qint64 id = selectedLead())
            emit openLeadRequested(id);
    });
    m_note = new QLineEdit(queueTab);
    m_note->setObjectName(QStringLiteral("callNote"));
    m_note->setAccessibleName(tr("Call note"));
    m_note->setPlaceholderText(tr("Note for the next call logged (optional)"));
    m_hint = new QLabel(queueTab);
    QStringList keys;
    int n = 1;
    for (Queue::CallOutcome o : Queue::outcomes())
        keys << tr("%1 %2").arg(n++).arg(Queue::outcomeName(o));
    m_hint->setText(tr("Log the call with one key: %1 · Enter opens the lead · T plans a task").arg(keys.join(QStringLiteral(" · "))));
    m_hint->setWordWrap(true);
    queueLayout->addWidget(m_queue, 1);
    queueLayout->addWidget(m_note);
    queueLayout->addWidget(m_hint);
    m_tabs->addTab(queueTab, tr("Queue"));

    // Tasks.
    auto *tasksTab = new QWidget(m_tabs);
    auto *tasksLayout = new QVBoxLayout(tasksTab);
    m_tasks = new QTreeWidget(tasksTab);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setHeaderLabels({tr("Due"), tr("Type"), tr("Task"), tr("Lead"), tr("Reminder")});
    m_tasks->setRootIsDecorated(false);
    m_tasks->setAlternatingRowColors(true);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New task…"), tasksTab);
    add->setObjectName(QStringLiteral("newTaskButton"));
    connect(add, &QPushButton::clicked, this, &QueuePage::newTask);
    auto *done = new QPushButton(tr("Done"), tasksTab);
    done->setObjectName(QStringLiteral("completeTaskButton"));
    connect(done, &QPushButton::clicked, this, &QueuePage::completeTask);
    auto *snooze = new QToolButton(tasksTab);
    snooze->setObjectName(QStringLiteral("snoozeTaskButton"));
    snooze->setText(tr("Snooze"));
    snooze->setPopupMode(QToolButton::InstantPopup);
    auto *snoozeMenu = new QMenu(snooze);
    snoozeMenu->addAction(tr("15 minutes"), this, [this] { snoozeTask(15); });
    snoozeMenu->addAction(tr("1 hour"), this, [this] { snoozeTask(60); });
    snoozeMenu->addAction(tr("Tomorrow at 9:00"), this, [this] { snoozeTask(-1); });
    snooze->setMenu(snoozeMenu);
    auto *remove = new QPushButton(Icons::icon(Icons::Glyph::Delete), tr("Delete"), tasksTab);
    remove->setObjectName(QStringLiteral("deleteTaskButton"));
    connect(remove, &QPushButton::clicked, this, &QueuePage::deleteTask);
    m_taskButtons = {add, done, remove};
    buttons->addWidget(add);
    buttons->addWidget(done);
    buttons->addWidget(snooze);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    tasksLayout->addWidget(m_tasks, 1);
    tasksLayout->addLayout(buttons);
    m_tabs->addTab(tasksTab, tr("Tasks"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &QueuePage::refresh);
    setEnabled(false);
}

QString QueuePage::title() const
{
    return tr("Queue");
}

QIcon QueuePage::icon() const
{
    return Icons::icon(Icons::Glyph::Call);
}

void QueuePage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->leads(), nullptr, this, nullptr);
        disconnect(&m_workspace->tasks(), nullptr, this, nullptr);
        disconnect(&m_workspace->reps(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undo = undoStack;
    setEnabled(workspace != nullptr);
    if (workspace) {
        connect(&workspace->leads(), &LeadRepository::leadsChanged, this, &QueuePage::scheduleRefresh);
        connect(&workspace->leads(), &LeadRepository::leadsAdded, this, &QueuePage::scheduleRefresh);
        connect(&workspace->leads(), &LeadRepository::leadsRemoved, this, &QueuePage::scheduleRefresh);
        connect(&workspace->leads(), &LeadRepository::reset, this, &QueuePage::scheduleRefresh);
        connect(&workspace->tasks(), &TaskRepository::changed, this, &QueuePage::scheduleRefresh);
        connect(&workspace->reps(), &RepRepository::changed, this, &QueuePage::reloadReps);
    }
    reloadReps();
}

void QueuePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_routing->setEnabled(!readOnly);
    for (QPushButton *b : std::as_const(m_taskButtons))
        b->setEnabled(!readOnly);
}

void QueuePage::reloadReps()
{
    const qint64 keep = currentRep();
    {
        const QSignalBlocker blocker(m_rep);
        m_rep->clear();
        if (m_workspace) {
            quietly([&] {
                for (const Rep &r : m_workspace->reps().all())
                    m_rep->addItem(r.name, r.id);
            });
        }
        const int index = m_rep->findData(keep);
        m_rep->setCurrentIndex(index >= 0 ? index : (m_rep->count() ? 0 : -1));
    }
    refresh();
}

void QueuePage::setCurrentRepByName(const QString &name)
{
    const int index = m_rep->findText(name.trimmed(), Qt::MatchFixedString);
    if (index >= 0)
        m_rep->setCurrentIndex(index);
}

qint64 QueuePage::currentRep() const
{
    return m_rep->currentData().toLongLong();
}

void QueuePage::scheduleRefresh()
{
    if (isVisible())
        m_refresh->start();
}

void QueuePage::refresh()
{
    const qint64 keepLead = selectedLead();
    m_queue->clear();
    m_tasks->clear();
    const qint64 rep = currentRep();
    if (!m_workspace || rep == 0)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    quietly([&] {
        for (const Queue::Item &item : Queue(*m_workspace).forRep(rep, now)) {
            QString why;
            switch (item.kind) {
            case Queue::Item::Kind::Overdue: why = tr("Overdue"); break;
            case Queue::Item::Kind::Hot: why = tr("Hot"); break;
            case Queue::Item::Kind::New: why = tr("New"); break;
            }
            auto *row = new QTreeWidgetItem({why, when(item.when), item.leadName, item.company,
                                             QLocale().toString(item.score), Lifecycle::displayName(item.stage), item.title});
            row->setData(0, LeadRole, item.leadId);
            row->setData(0, TaskRole, item.taskId);
            if (item.kind == Queue::Item::Kind::Overdue)
                row->setForeground(0, QColor(0xb9, 0x1c, 0x1c));
            m_queue->addTopLevelItem(row);
            if (item.leadId == keepLead)
                m_queue->setCurrentItem(row);
        }
        for (const Task &t : m_workspace->tasks().openFor(rep)) {
            QString lead;
            if (t.leadId) {
                if (const auto l = m_workspace->leads().find(t.leadId))
                    lead = l->displayName();
            }
            auto *row = new QTreeWidgetItem({when(t.dueAt), TaskRepository::typeName(t.type), t.title, lead,
                                             t.remindAt ? when(*t.remindAt) : QString()});
            row->setData(0, TaskRole, t.id);
            row->setData(0, LeadRole, t.leadId);
            if (t.isOverdue(now))
                row->setForeground(0, QColor(0xb9, 0x1c, 0x1c));
            m_tasks->addTopLevelItem(row);
        }
    });
    if (!m_queue->currentItem() && m_queue->topLevelItemCount() > 0)
        m_queue->setCurrentItem(m_queue->topLevelItem(0));
    for (int c = 0; c < 6; ++c)
        m_queue->resizeColumnToContents(c);
    for (int c = 0; c < 4; ++c)
        m_tasks->resizeColumnToContents(c);
    m_tabs->setTabText(0, tr("Queue (%L1)").arg(m_queue->topLevelItemCount()));
    m_tabs->setTabText(1, tr("Tasks (%L1)").arg(m_tasks->topLevelItemCount()));
}

qint64 QueuePage::selectedLead() const
{
    const QTreeWidgetItem *item = m_queue->currentItem();
    return item ? item->data(0, LeadRole).toLongLong() : 0;
}

qint64 QueuePage::selectedTask() const
{
    const QTreeWidgetItem *item = m_tasks->currentItem();
    return item ? item->data(0, TaskRole).toLongLong() : 0;
}

bool QueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_queue && event->type() == QEvent::KeyPress && !m_readOnly) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int outcomes = int(Queue::outcomes().size());
        if (key->key() >= Qt::Key_1 && key->key() < Qt::Key_1 + outcomes && key->modifiers() == Qt::NoModifier) {
            logOutcome(key->key() - Qt::Key_1);
            return true;
        }
        if (key->key() == Qt::Key_T && key->modifiers() == Qt::NoModifier) {
            newTask();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void QueuePage::logOutcome(int outcome)
{
    const qint64 lead = selectedLead();
    if (!m_workspace || !lead || m_readOnly || outcome < 0 || outcome >= Queue::outcomes().size())
        return;
    const Queue::CallOutcome o = Queue::outcomes().at(outcome);
    // The next row is where the rep goes next.
    const int row = m_queue->indexOfTopLevelItem(m_queue->currentItem());
    auto *command = new LogCallCommand(*m_workspace, lead, currentRep(), o, m_note->text());
    if (!WorkspaceCommand::run(m_undo, this, command))
        return;
    m_note->clear();
    const Queue::Logged logged = command->logged();
    emit statusMessage(logged.nextDue
                           ? tr("Logged: %1. Next call %2.").arg(Queue::outcomeName(o), when(logged.nextDue))
                           : tr("Logged: %1.").arg(Queue::outcomeName(o)));
    refresh();
    if (m_queue->topLevelItemCount() > 0)
        m_queue->setCurrentItem(m_queue->topLevelItem(std::min(row, m_queue->topLevelItemCount() - 1)));
}

void QueuePage::newTask()
{
    if (!m_workspace || m_readOnly)
        return;
    Task t;
    t.repId = currentRep();
    t.leadId = m_tabs->currentIndex() == 0 ? selectedLead() : 0;
    t.type = TaskType::Call;
    TaskDialog dialog(*m_workspace, t, this);
    if (dialog.exec() == QDialog::Accepted)
        WorkspaceCommand::run(m_undo, this, new AddTaskCommand(*m_workspace, dialog.task()));
}

void QueuePage::completeTask()
{
    if (const qint64 id = selectedTask(); id && m_workspace && !m_readOnly)
        WorkspaceCommand::run(m_undo, this, new CompleteTaskCommand(*m_workspace, id, tr("done")));
}

void QueuePage::snoozeTask(int minutes)
{
    const qint64 id = selectedTask();
    if (!id || !m_workspace || m_readOnly)
        return;
    qint64 until;
    if (minutes < 0)
        until = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toMSecsSinceEpoch();
    else
        until = QDateTime::currentMSecsSinceEpoch() + qint64(minutes) * 60000;
    if (guarded(this, tr("Snooze"), [&] { m_workspace->tasks().snooze(id, until); }))
        emit statusMessage(tr("Snoozed until %1.").arg(when(until)));
}

void QueuePage::deleteTask()
{
    const qint64 id = selectedTask();
    if (!id || !m_workspace || m_readOnly)
        return;
    const auto task = m_workspace->tasks().find(id);
    if (!task || !askYesNo(this, tr("Delete task"), tr("Delete the task \"%1\"?").arg(task->title), QMessageBox::No))
        return;
    guarded(this, tr("Delete task"), [&] { m_workspace->tasks().remove(id); });
}

void QueuePage::editRouting()
{
    if (!m_workspace || m_readOnly)
        return;
    RoutingDialog dialog(*m_workspace, this);
    dialog.exec();
    refresh();
}
