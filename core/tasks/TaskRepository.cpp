#include "TaskRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

constexpr char columns[] = "SELECT id, ifnull(lead_id, 0), ifnull(deal_id, 0), ifnull(rep_id, 0), type, title, notes, due_at, "
                           "remind_at, reminded_at, done_at, outcome, created_at, actor FROM tasks";

Task readTask(const Query &q)
{
    Task t;
    t.id = q.int64(0);
    t.leadId = q.int64(1);
    t.dealId = q.int64(2);
    t.repId = q.int64(3);
    const int type = q.integer(4);
    t.type = type >= 1 && type <= 4 ? TaskType(type) : TaskType::Todo;
    t.title = q.text(5);
    t.notes = q.text(6);
    t.dueAt = q.int64(7);
    if (!q.isNull(8))
        t.remindAt = q.int64(8);
    if (!q.isNull(9))
        t.remindedAt = q.int64(9);
    if (!q.isNull(10))
        t.doneAt = q.int64(10);
    t.outcome = q.text(11);
    t.createdAt = q.int64(12);
    t.actor = q.text(13);
    return t;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

template<typename T>
QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace

TaskRepository::TaskRepository(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString TaskRepository::typeName(TaskType type)
{
    switch (type) {
    case TaskType::Call: return QCoreApplication::translate("TaskType", "Call");
    case TaskType::Email: return QCoreApplication::translate("TaskType", "E-mail");
    case TaskType::Meeting: return QCoreApplication::translate("TaskType", "Meeting");
    case TaskType::Todo: break;
    }
    return QCoreApplication::translate("TaskType", "To-do");
}

QString TaskRepository::check(const Task &t) const
{
    if (t.title.trimmed().isEmpty())
        return QCoreApplication::translate("TaskRepository", "A task needs a title.");
    if (t.dueAt <= 0)
        return QCoreApplication::translate("TaskRepository", "A task needs a due date.");
    if (t.leadId && !Query(m_workspace.db(), "SELECT 1 FROM leads WHERE id = ?", t.leadId).next())
        return QCoreApplication::translate("TaskRepository", "Lead #%1 does not exist.").arg(t.leadId);
    return QString();
}

std::optional<Task> TaskRepository::find(qint64 id) const
{
    Query q(m_workspace.db(), std::string(columns) + " WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readTask(q);
}

qint64 TaskRepository::add(Task t)
{
    const QString problem = check(t);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    if (t.createdAt == 0)
        t.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (t.actor.isEmpty())
        t.actor = m_workspace.actor();
    Query q(m_workspace.db(), "INSERT INTO tasks (lead_id, deal_id, rep_id, type, title, notes, due_at, remind_at, "
                              "reminded_at, done_at, outcome, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, idOrNull(t.leadId)).bind(2, idOrNull(t.dealId)).bind(3, idOrNull(t.repId)).bind(4, int(t.type));
    q.bind(5, t.title.trimmed()).bind(6, t.notes).bind(7, t.dueAt).bind(8, opt(t.remindAt)).bind(9, opt(t.remindedAt));
    q.bind(10, opt(t.doneAt)).bind(11, t.outcome).bind(12, t.createdAt).bind(13, t.actor);
    q.exec();
    const qint64 id = m_workspace.db().lastInsertId();
    emit changed();
    return id;
}

void TaskRepository::update(const Task &t)
{
    const QString problem = check(t);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    Query q(m_workspace.db(), "UPDATE tasks SET lead_id = ?, deal_id = ?, rep_id = ?, type = ?, title = ?, notes = ?, "
                              "due_at = ?, remind_at = ?, reminded_at = ?, done_at = ?, outcome = ? WHERE id = ?");
    q.bind(1, idOrNull(t.leadId)).bind(2, idOrNull(t.dealId)).bind(3, idOrNull(t.repId)).bind(4, int(t.type));
    q.bind(5, t.title.trimmed()).bind(6, t.notes).bind(7, t.dueAt).bind(8, opt(t.remindAt)).bind(9, opt(t.remindedAt));
    q.bind(10, opt(t.doneAt)).bind(11, t.outcome).bind(12, t.id);
    q.exec();
    emit changed();
}

void TaskRepository::restore(const Task &t)
{
    Query q(m_workspace.db(), "INSERT INTO tasks (id, lead_id, deal_id, rep_id, type, title, notes, due_at, remind_at, "
                              "reminded_at, done_at, outcome, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, t.id).bind(2, idOrNull(t.leadId)).bind(3, idOrNull(t.dealId)).bind(4, idOrNull(t.repId)).bind(5, int(t.type));
    q.bind(6, t.title).bind(7, t.notes).bind(8, t.dueAt).bind(9, opt(t.remindAt)).bind(10, opt(t.remindedAt));
    q.bind(11, opt(t.doneAt)).bind(12, t.outcome).bind(13, t.createdAt).bind(14, t.actor);
    q.exec();
    emit changed();
}

void TaskRepository::complete(qint64 id, const QString &outcome, qint64 now)
{
    Query(m_workspace.db(), "UPDATE tasks SET done_at = ?, outcome = ? WHERE id = ?",
          now ? now : QDateTime::currentMSecsSinceEpoch(), outcome, id)
        .exec();
    emit changed();
}

void TaskRepository::reopen(qint64 id)
{
    Query(m_workspace.db(), "UPDATE tasks SET done_at = NULL, outcome = '' WHERE id = ?", id).exec();
    emit changed();
}

void TaskRepository::snooze(qint64 id, qint64 until)
{
    Query(m_workspace.db(), "UPDATE tasks SET remind_at = ?, reminded_at = NULL, due_at = max(due_at, ?) WHERE id = ?",
          until, until, id)
        .exec();
    emit changed();
}

void TaskRepository::remove(qint64 id)
{
    Query(m_workspace.db(), "DELETE FROM tasks WHERE id = ?", id).exec();
    emit changed();
}

QList<Task> TaskRepository::openFor(qint64 repId) const
{
    QList<Task> list;
    Query q(m_workspace.db(), std::string(columns) + " WHERE ifnull(rep_id, 0) = ? AND done_at IS NULL ORDER BY due_at, id",
            repId);
    while (q.next())
        list << readTask(q);
    return list;
}

QList<Task> TaskRepository::forLead(qint64 leadId) const
{
    QList<Task> list;
    Query q(m_workspace.db(), std::string(columns) + " WHERE lead_id = ? ORDER BY done_at IS NOT NULL, due_at, id", leadId);
    while (q.next())
        list << readTask(q);
    return list;
}

std::optional<Task> TaskRepository::nextOpenForLead(qint64 leadId) const
{
    Query q(m_workspace.db(), std::string(columns) + " WHERE lead_id = ? AND done_at IS NULL ORDER BY due_at, id LIMIT 1",
            leadId);
    if (!q.next())
        return std::nullopt;
    return readTask(q);
}

QList<Task> TaskRepository::dueReminders(qint64 now) const
{
    QList<Task> list;
    Query q(m_workspace.db(), std::string(columns)
                                  + " WHERE done_at IS NULL AND remind_at IS NOT NULL AND remind_at <= ? AND reminded_at IS NULL "
                                    "ORDER BY remind_at",
            now);
    while (q.next())
        list << readTask(q);
    return list;
}

void TaskRepository::markReminded(qint64 id, qint64 now)
{
    Query(m_workspace.db(), "UPDATE tasks SET reminded_at = ? WHERE id = ?", now, id).exec();
}
