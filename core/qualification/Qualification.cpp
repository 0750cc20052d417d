#include "Qualification.h"

#include "leads/LeadRepository.h"
#include "pipeline/DealRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "tasks/Queue.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace

Qualification::Qualification(Workspace &workspace)
    : m_workspace(workspace)
{
}

BantRule Qualification::rule() const
{
    const QString json = m_workspace.meta(u"bant.rule"_s);
    if (json.isEmpty())
        return BantRule();
    return BantRule::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

void Qualification::setRule(const BantRule &rule)
{
    const QString problem = rule.check();
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    m_workspace.setMeta(u"bant.rule"_s, QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact)));
}

int Qualification::nurtureFollowUpDays() const
{
    return Queue(m_workspace).notNowDays();
}

Qualification::Result Qualification::qualify(qint64 leadId, const Request &request)
{
    const BantRule r = rule();
    const bool sql = r.qualifies(request.answers);
    if (!sql && request.reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Give the reason for nurturing: it goes into the stage history and the follow-up."));
    if (sql && request.createDeal && request.dealAmount < 0)
        throw StorageError(StorageError::Kind::Constraint, tr("The deal's amount cannot be negative."));
    Database &db = m_workspace.db();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result result;
    result.leadId = leadId;
    Transaction tx(db);
    const Lead lead = m_workspace.leads().get(leadId);
    result.previousStage = lead.stage;
    result.outcome = sql ? Stage::SQL : Stage::Nurturing;
    const QString why = sql ? r.explain(request.answers) + (request.reason.trimmed().isEmpty() ? QString() : u" "_s + request.reason.trimmed())
                            : tr("BANT: %1").arg(request.reason.trimmed());
    if (lead.stage != result.outcome)
        result.stageHistoryIds << m_workspace.leads().changeStage(leadId, result.outcome, why);
    if (sql && request.createDeal) {
        Deal deal;
        deal.title = request.dealTitle.trimmed().isEmpty() ? (lead.company.isEmpty() ? lead.displayName() : lead.company)
                                                           : request.dealTitle.trimmed();
        deal.leadId = leadId;
        deal.company = lead.company;
        deal.amount = request.dealAmount;
        deal.currency = request.currency;
        deal.ownerId = lead.ownerId;
        // The deal repository places the deal on the board, records its first stage and makes the lead an
        // Opportunity (with its own stage-history entry).
        const DealRepository::Created created = m_workspace.deals().create(deal);
        result.dealId = created.id;
        if (created.lead.happened())
            result.stageHistoryIds << created.lead.historyId;
    }
    if (!sql) {
        Task task;
        task.leadId = leadId;
        task.repId = lead.ownerId.value_or(0);
        task.type = TaskType::Call;
        task.title = tr("Follow up after nurturing: %1").arg(request.reason.trimmed());
        task.dueAt = Queue::followUpTime(now, nurtureFollowUpDays());
        task.remindAt = task.dueAt;
        result.taskId = m_workspace.tasks().add(task);
    }
    const BantAnswers &a = request.answers;
    Query q(db, "INSERT INTO qualifications (lead_id, qualified_at, actor, budget, budget_amount, budget_currency, "
                "budget_notes, authority, decision_maker, authority_notes, need, need_pain, need_priority, need_notes, "
                "timing, purchase_by, delivery_need, timing_notes, rule, outcome, reason, deal_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, leadId).bind(2, now).bind(3, m_workspace.actor()).bind(4, int(a.budget)).bind(5, opt(a.budgetAmount));
    q.bind(6, a.budgetCurrency).bind(7, a.budgetNotes).bind(8, int(a.authority)).bind(9, a.decisionMaker);
    q.bind(10, a.authorityNotes).bind(11, int(a.need)).bind(12, a.needPain).bind(13, a.needPriority).bind(14, a.needNotes);
    q.bind(15, int(a.timing)).bind(16, a.purchaseBy).bind(17, a.deliveryNeed).bind(18, a.timingNotes);
    q.bind(19, r.describe()).bind(20, int(result.outcome)).bind(21, request.reason.trimmed());
    q.bind(22, result.dealId ? QVariant(result.dealId) : QVariant());
    q.exec();
    result.qualificationId = db.lastInsertId();
    tx.commit();
    return result;
}

void Qualification::undo(const Result &result)
{
    Database &db = m_workspace.db();
    Transaction tx(db);
    Query(db, "DELETE FROM qualifications WHERE id = ?", result.qualificationId).exec();
    if (result.taskId)
        m_workspace.tasks().remove(result.taskId);
    if (result.dealId)
        m_workspace.deals().remove({result.dealId});
    // Back through the stage changes, newest first.
    Stage before = result.previousStage;
    QList<Stage> stages;
    Stage current = result.previousStage;
    for (qsizetype i = 0; i < result.stageHistoryIds.size(); ++i) {
        stages << current;
        current = i == 0 ? result.outcome : Stage::Opportunity;
    }
    for (qsizetype i = result.stageHistoryIds.size() - 1; i >= 0; --i)
        m_workspace.leads().revertStage(result.leadId, result.stageHistoryIds.at(i), stages.at(i));
    Q_UNUSED(before)
    tx.commit();
}

QList<QualificationRecord> Qualification::history(qint64 leadId) const
{
    QList<QualificationRecord> list;
    Query q(m_workspace.db(),
            "SELECT id, lead_id, qualified_at, actor, budget, budget_amount, budget_currency, budget_notes, authority, "
            "decision_maker, authority_notes, need, need_pain, need_priority, need_notes, timing, purchase_by, "
            "delivery_need, timing_notes, rule, outcome, reason, ifnull(deal_id, 0) FROM qualifications WHERE lead_id = ? "
            "ORDER BY qualified_at DESC, id DESC",
            leadId);
    while (q.next()) {
        QualificationRecord r;
        r.id = q.int64(0);
        r.leadId = q.int64(1);
        r.at = q.int64(2);
        r.actor = q.text(3);
        BantAnswers &a = r.answers;
        a.budget = BantAnswers::Answer(std::clamp(q.integer(4), 0, 2));
        if (!q.isNull(5))
            a.budgetAmount = q.real(5);
        a.budgetCurrency = q.text(6);
        a.budgetNotes = q.text(7);
        a.authority = BantAnswers::Authority(std::clamp(q.integer(8), 0, 3));
        a.decisionMaker = q.text(9);
        a.authorityNotes = q.text(10);
        a.need = BantAnswers::Answer(std::clamp(q.integer(11), 0, 2));
        a.needPain = q.text(12);
        a.needPriority = q.integer(13);
        a.needNotes = q.text(14);
        a.timing = BantAnswers::Answer(std::clamp(q.integer(15), 0, 2));
        a.purchaseBy = q.text(16);
        a.deliveryNeed = q.text(17);
        a.timingNotes = q.text(18);
        r.rule = q.text(19);
        r.outcome = Lifecycle::isValid(q.integer(20)) ? Stage(q.integer(20)) : Stage::SQL;
        r.reason = q.text(21);
        r.dealId = q.int64(22);
        list << r;
    }
    return list;
}
