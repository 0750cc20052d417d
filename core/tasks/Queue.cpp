#include "Queue.h"

#include "leads/LeadRepository.h"
#include "scoring/ScoringService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr int NewAssignmentDays = 14;
} // namespace

Queue::Queue(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<Queue::CallOutcome> Queue::outcomes()
{
    return {CallOutcome::Connected, CallOutcome::NoAnswer, CallOutcome::Voicemail, CallOutcome::NotNow,
            CallOutcome::WrongContact};
}

QString Queue::outcomeName(CallOutcome o)
{
    switch (o) {
    case CallOutcome::Connected: return tr("Connected");
    case CallOutcome::NoAnswer: return tr("No answer");
    case CallOutcome::Voicemail: return tr("Left a voicemail");
    case CallOutcome::NotNow: return tr("Not now");
    case CallOutcome::WrongContact: return tr("Wrong contact");
    }
    return QString();
}

int Queue::notNowDays() const
{
    return std::max(1, m_workspace.meta(u"followup.not_now_days"_s, u"90"_s).toInt());
}

void Queue::setNotNowDays(int days)
{
    if (days < 1 || days > 3650)
        throw StorageError(StorageError::Kind::Constraint, tr("The delay after \"not now\" is from 1 to 3650 days."));
    m_workspace.setMeta(u"followup.not_now_days"_s, QString::number(days));
}

std::optional<int> Queue::followUpDays(CallOutcome o) const
{
    switch (o) {
    case CallOutcome::Connected: return 7;
    case CallOutcome::NoAnswer: return 1;
    case CallOutcome::Voicemail: return 2;
    case CallOutcome::NotNow: return notNowDays();
    case CallOutcome::WrongContact: break;
    }
    return std::nullopt;
}

qint64 Queue::followUpTime(qint64 now, int days)
{
    QDate date = QDateTime::fromMSecsSinceEpoch(now).date();
    int added = 0;
    while (added < days) {
        date = date.addDays(1);
        if (date.dayOfWeek() <= 5)
            ++added;
    }
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return QDateTime(date, QTime(9, 0)).toMSecsSinceEpoch();
}

QList<Queue::Item> Queue::forRep(qint64 repId, qint64 now, int limit) const
{
    if (now == 0)
        now = QDateTime::currentMSecsSinceEpoch();
    QList<Item> items;
    QSet<qint64> seen;
    Database &db = m_workspace.db();
    auto fill = [](Item &item, const Query &q, int from) {
        item.leadId = q.int64(from);
        item.leadName = (q.text(from + 1) + u' ' + q.text(from + 2)).trimmed();
        item.company = q.text(from + 3);
        item.score = q.integer(from + 4);
        const int stage = q.integer(from + 5);
        item.stage = Lifecycle::isValid(stage) ? Stage(stage) : Stage::Lead;
    };
    {
        Query q(db, "SELECT t.id, t.title, t.due_at, l.id, l.first_name, l.last_name, l.company, ifnull(s.score, 0), "
                    "l.stage FROM tasks t JOIN leads l ON l.id = t.lead_id LEFT JOIN lead_scores s ON s.lead_id = l.id "
                    "WHERE t.rep_id = ? AND t.done_at IS NULL AND t.due_at <= ? "
                    "ORDER BY t.due_at, t.id LIMIT ?",
                repId, now, limit);
        while (q.next()) {
            Item item;
            item.kind = Item::Kind::Overdue;
            item.taskId = q.int64(0);
            item.title = q.text(1);
            item.when = q.int64(2);
            fill(item, q, 3);
            if (!seen.contains(item.leadId)) {
                seen.insert(item.leadId);
                items << item;
            }
        }
    }
    if (items.size() < limit) {
        // Hot leads being worked that have no follow-up planned yet.
        // Scores as everywhere: a lead without a lead_scores row has 0 (see LeadPager::fromClause).
        Query q(db, "SELECT l.id, l.first_name, l.last_name, l.company, ifnull(s.score, 0) AS score, l.stage "
                    "FROM leads l LEFT JOIN lead_scores s ON s.lead_id = l.id "
                    "WHERE ifnull(l.owner_id, 0) = ? AND ifnull(s.score, 0) >= ? AND l.stage NOT IN (?, ?) "
                    "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.lead_id = l.id AND t.done_at IS NULL) "
                    "ORDER BY score DESC, l.id LIMIT ?",
                repId, m_workspace.scoreBands().hotFrom, int(Stage::Customer), int(Stage::Disqualified), limit);
        while (q.next() && items.size() < limit) {
            Item item;
            item.kind = Item::Kind::Hot;
            fill(item, q, 0);
            item.title = tr("Hot lead, score %1").arg(item.score);
            if (!seen.contains(item.leadId)) {
                seen.insert(item.leadId);
                items << item;
            }
        }
    }
    if (items.size() < limit) {
        // Assigned to this rep lately and not touched by anyone since.
        Query q(db, "SELECT a.assigned_at, l.id, l.first_name, l.last_name, l.company, ifnull(s.score, 0), l.stage "
                    "FROM assignments a JOIN leads l ON l.id = a.lead_id LEFT JOIN lead_scores s ON s.lead_id = l.id "
                    "WHERE a.rep_id = ? AND ifnull(l.owner_id, 0) = a.rep_id AND a.assigned_at >= ? "
                    "AND l.stage NOT IN (?, ?) "
                    "AND NOT EXISTS (SELECT 1 FROM activities v WHERE v.lead_id = l.id AND v.created_at > a.assigned_at "
                    "                AND v.type IN (2, 13, 14, 15)) "
                    "AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.lead_id = l.id AND t.done_at IS NULL) "
                    "ORDER BY a.assigned_at DESC LIMIT ?",
                repId, now - NewAssignmentDays * DayMs, int(Stage::Customer), int(Stage::Disqualified), limit);
        while (q.next() && items.size() < limit) {
            Item item;
            item.kind = Item::Kind::New;
            item.when = q.int64(0);
            fill(item, q, 1);
            item.title = tr("New assignment");
            if (!seen.contains(item.leadId)) {
                seen.insert(item.leadId);
                items << item;
            }
        }
    }
    return items;
}

Queue::Logged Queue::logCall(qint64 leadId, qint64 repId, CallOutcome outcome, const QString &note, qint64 now)
{
    if (now == 0)
        now = QDateTime::currentMSecsSinceEpoch();
    Database &db = m_workspace.db();
    Logged logged;
    logged.leadId = leadId;
    Transaction tx(db);
    const Lead lead = m_workspace.leads().get(leadId);
    logged.previousStage = lead.stage;
    const QString detail = note.trimmed().isEmpty() ? outcomeName(outcome) : outcomeName(outcome) + u": "_s + note.trimmed();
    Query(db, "INSERT INTO activities (lead_id, type, occurred_at, detail, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)",
          leadId, int(ActivityType::Call), now, detail, m_workspace.actor(), now)
        .exec();
    logged.activityId = db.lastInsertId();
    if (const auto task = m_workspace.tasks().nextOpenForLead(leadId); task && task->dueAt <= now + DayMs) {
        Query(db, "UPDATE tasks SET done_at = ?, outcome = ? WHERE id = ?", now, outcomeName(outcome), task->id).exec();
        logged.completedTaskId = task->id;
    }
    if (outcome == CallOutcome::NotNow && lead.stage != Stage::Nurturing && lead.stage != Stage::Customer) {
        logged.stageHistoryId = m_workspace.leads().changeStage(leadId, Stage::Nurturing,
                                                                tr("Not now (call): try again in %n day(s)", nullptr, notNowDays()));
    }
    if (const auto days = followUpDays(outcome)) {
        Task next;
        next.leadId = leadId;
        next.repId = repId ? repId : lead.ownerId.value_or(0);
        next.type = TaskType::Call;
        next.title = outcome == CallOutcome::NotNow ? tr("Follow up after \"not now\"") : tr("Call back (%1)").arg(outcomeName(outcome));
        next.dueAt = followUpTime(now, *days);
        next.remindAt = next.dueAt;
        next.createdAt = now;
        next.actor = m_workspace.actor();
        Query q(db, "INSERT INTO tasks (lead_id, rep_id, type, title, due_at, remind_at, created_at, actor) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, leadId).bind(2, next.repId ? QVariant(next.repId) : QVariant()).bind(3, int(next.type)).bind(4, next.title);
        q.bind(5, next.dueAt).bind(6, next.dueAt).bind(7, now).bind(8, next.actor);
        q.exec();
        logged.nextTaskId = db.lastInsertId();
        logged.nextDue = next.dueAt;
    }
    Query(db, "UPDATE leads SET updated_at = ? WHERE id = ?", now, leadId).exec();
    m_workspace.scoring().rescoreLead(leadId, tr("Call logged"));
    tx.commit();
    emit m_workspace.tasks().changed();
    m_workspace.leads().announceChanged({leadId});
    m_workspace.leads().announceActivities(leadId);
    return logged;
}

void Queue::undo(const Logged &logged)
{
    Database &db = m_workspace.db();
    Transaction tx(db);
    if (logged.nextTaskId)
        Query(db, "DELETE FROM tasks WHERE id = ?", logged.nextTaskId).exec();
    if (logged.completedTaskId)
        Query(db, "UPDATE tasks SET done_at = NULL, outcome = '' WHERE id = ?", logged.completedTaskId).exec();
    if (logged.activityId)
        Query(db, "DELETE FROM activities WHERE id = ?", logged.activityId).exec();
    if (logged.stageHistoryId)
        m_workspace.leads().revertStage(logged.leadId, logged.stageHistoryId, logged.previousStage);
    m_workspace.scoring().rescoreLead(logged.leadId, tr("Call removed"));
    tx.commit();
    emit m_workspace.tasks().changed();
    m_workspace.leads().announceChanged({logged.leadId});
    m_workspace.leads().announceActivities(logged.leadId);
}
