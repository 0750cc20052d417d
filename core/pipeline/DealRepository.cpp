#include "DealRepository.h"

#include "PipelineRepository.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "leads/TextKey.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const char dealColumns[] = "deals.id, deals.pipeline_id, deals.stage_id, deals.title, deals.lead_id, deals.company, "
                           "deals.amount, deals.currency, deals.expected_close, deals.probability, deals.owner_id, "
                           "deals.outcome, deals.closed_at, deals.close_reason, deals.gross_margin, "
                           "deals.stage_entered_at, deals.created_at, deals.updated_at, deals.board_position";

const char cardColumns[] = "deals.id, deals.title, deals.company, deals.amount, deals.currency, "
                           "ifnull(deals.owner_id, 0), deals.stage_entered_at, deals.outcome, ifnull(deals.closed_at, 0), "
                           "ifnull(deals.expected_close, ''), deals.probability, ifnull(deals.lead_id, 0), "
                           // The next step: two index seeks (tasks_deal, tasks_lead) per card on screen.
                           "ifnull(min(ifnull((SELECT min(t.due_at) FROM tasks t WHERE t.deal_id = deals.id AND t.done_at IS NULL), "
                           "9e18), ifnull((SELECT min(t.due_at) FROM tasks t WHERE t.lead_id = deals.lead_id AND t.done_at IS NULL), "
                           "9e18)), 0)";

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

DealOutcome outcomeOf(int code)
{
    return code == 1 ? DealOutcome::Won : code == 2 ? DealOutcome::Lost : DealOutcome::Open;
}

template<typename T>
QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

Deal readDeal(const Query &q)
{
    Deal d;
    d.id = q.int64(0);
    d.pipelineId = q.int64(1);
    d.stageId = q.int64(2);
    d.title = q.text(3);
    if (!q.isNull(4))
        d.leadId = q.int64(4);
    d.company = q.text(5);
    d.amount = q.real(6);
    d.currency = q.text(7);
    if (!q.isNull(8)) {
        const QDate date = QDate::fromString(q.text(8), Qt::ISODate);
        if (date.isValid())
            d.expectedClose = date;
    }
    if (!q.isNull(9))
        d.probability = q.real(9);
    if (!q.isNull(10))
        d.ownerId = q.int64(10);
    d.outcome = outcomeOf(q.integer(11));
    if (!q.isNull(12))
        d.closedAt = q.int64(12);
    d.closeReason = q.text(13);
    if (!q.isNull(14))
        d.grossMargin = q.real(14);
    d.stageEnteredAt = q.int64(15);
    d.createdAt = q.int64(16);
    d.updatedAt = q.int64(17);
    d.boardPosition = q.real(18);
    return d;
}

DealCard readCard(const Query &q)
{
    DealCard c;
    c.id = q.int64(0);
    c.title = q.text(1);
    c.company = q.text(2);
    c.amount = q.real(3);
    c.currency = q.text(4);
    c.ownerId = q.int64(5);
    c.stageEnteredAt = q.int64(6);
    c.outcome = outcomeOf(q.integer(7));
    c.closedAt = q.int64(8);
    c.expectedClose = q.text(9);
    if (!q.isNull(10))
        c.probability = q.real(10);
    c.leadId = q.int64(11);
    const double next = q.real(12);
    c.nextTaskDue = next >= 9e18 ? 0 : qint64(next);
    return c;
}

void bindAll(Query &q, const QVariantList &params, int first = 1)
{
    for (const QVariant &p : params)
        q.bind(first++, p);
}

QString searchKey(const Deal &d)
{
    return TextKey::fold(d.title + u' ' + d.company);
}

} // namespace

DealRepository::DealRepository(Workspace &workspace)
    : m_workspace(workspace)
{
}

Database &DealRepository::db() const
{
    return m_workspace.db();
}

std::optional<Deal> DealRepository::find(qint64 id) const
{
    Query q(db(), std::string("SELECT ") + dealColumns + " FROM deals WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readDeal(q);
}

Deal DealRepository::get(qint64 id) const
{
    if (auto d = find(id))
        return *d;
    throw StorageError(StorageError::Kind::Generic, tr("Deal #%1 does not exist (it may have been deleted).").arg(id),
                       db().path());
}

qint64 DealRepository::count() const
{
    return Query(db(), "SELECT count(*) FROM deals").scalar().toLongLong();
}

qint64 DealRepository::closeTimestamp(const QDate &date)
{
    if (date == QDate::currentDate())
        return now();
    return QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch();
}

QString DealRepository::check(const Deal &d) const
{
    if (d.title.trimmed().isEmpty())
        return tr("Title: a deal needs a title.");
    if (d.title.size() > 300)
        return tr("Title: at most 300 characters (%1 given).").arg(d.title.size());
    if (!std::isfinite(d.amount) || d.amount < 0)
        return tr("Amount: must be a number of 0 or more.");
    if (d.amount > 1e12)
        return tr("Amount: %1 is more than a desktop pipeline holds (at most 1,000,000,000,000).").arg(d.amount, 0, 'f', 0);
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
    if (!currency.match(d.currency).hasMatch())
        return tr("Currency: \"%1\" is not a three-letter ISO code such as EUR, USD or BRL.").arg(d.currency);
    if (d.probability && !(*d.probability >= 0.0 && *d.probability <= 1.0))
        return tr("Probability: must be between 0 and 100%.");
    if (d.grossMargin && !std::isfinite(*d.grossMargin))
        return tr("Gross margin: not a number.");
    if (d.expectedClose && !d.expectedClose->isValid())
        return tr("Expected close: not a date.");
    if (d.leadId && !m_workspace.leads().find(*d.leadId))
        return tr("Lead: #%1 does not exist.").arg(*d.leadId);
    if (d.ownerId && !m_workspace.reps().find(*d.ownerId))
        return tr("Owner: rep #%1 does not exist.").arg(*d.ownerId);
    return QString();
}

void DealRepository::checkOrThrow(const Deal &deal) const
{
    const QString problem = check(deal);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem, db().path());
}

LeadStageEffect DealRepository::bringLead(std::optional<qint64> leadId, Stage to, const QString &reason, qint64 dealId)
{
    LeadStageEffect effect;
    if (!leadId)
        return effect;
    const std::optional<Lead> lead = m_workspace.leads().find(*leadId);
    if (!lead)
        return effect;
    const Stage from = lead->stage;
    switch (to) {
    case Stage::Opportunity:
        if (from == Stage::Opportunity || from == Stage::Customer)
            return effect; // a customer buying again stays a customer
        break;
    case Stage::Customer:
        if (from == Stage::Customer)
            return effect;
        break;
    case Stage::Nurturing: {
        if (from == Stage::Customer || from == Stage::Nurturing || from == Stage::Disqualified)
            return effect;
        const qint64 otherOpen = Query(db(), "SELECT count(*) FROM deals WHERE lead_id = ? AND outcome = 0 AND id <> ?",
                                       *leadId, dealId)
                                     .scalar()
                                     .toLongLong();
        if (otherOpen > 0)
            return effect; // still an opportunity through its other deals
        break;
    }
    default:
        break;
    }
    effect.leadId = *leadId;
    effect.from = from;
    effect.to = to;
    effect.reason = reason;
    effect.historyId = m_workspace.leads().changeStage(*leadId, to, reason);
    return effect;
}

void DealRepository::revertLead(const LeadStageEffect &effect)
{
    if (!effect.happened() || !m_workspace.leads().find(effect.leadId))
        return;
    m_workspace.leads().revertStage(effect.leadId, effect.historyId, effect.from);
}

LeadStageEffect DealRepository::reapplyLead(const LeadStageEffect &effect)
{
    LeadStageEffect again = effect;
    if (!effect.happened() || !m_workspace.leads().find(effect.leadId))
        return LeadStageEffect();
    again.historyId = m_workspace.leads().changeStage(effect.leadId, effect.to, effect.reason);
    return again;
}

qint64 DealRepository::recordStage(qint64 dealId, qint64 from, qint64 to, const QString &reason)
{
    Query q(db(), "INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, actor, reason) "
                  "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, dealId);
    if (from)
        q.bind(2, from);
    else
        q.bindNull(2);
    q.bind(3, to).bind(4, now()).bind(5, m_workspace.actor()).bind(6, reason);
    q.exec();
    return db().lastInsertId();
}

void DealRepository::renumber(qint64 stageId)
{
    Query(db(),
          "UPDATE deals SET board_position = r.n FROM (SELECT id, row_number() OVER (ORDER BY board_position, id) AS n "
          "FROM deals WHERE stage_id = ?) AS r WHERE deals.id = r.id",
          stageId)
        .exec();
}

qint64 DealRepository::follower(qint64 stageId, double position, qint64 id) const
{
    Query q(db(),
            "SELECT id FROM deals WHERE stage_id = ? AND board_position >= ? AND (board_position > ? OR id > ?) "
            "ORDER BY board_position, id LIMIT 1",
            stageId, position, position, id);
    return q.next() ? q.int64(0) : 0;
}

double DealRepository::positionFor(qint64 stageId, const DealPlacement &placement, qint64 movingId)
{
    auto positionOf = [&](qint64 id) -> std::optional<double> {
        if (id == 0 || id == movingId)
            return std::nullopt;
        Query q(db(), "SELECT board_position FROM deals WHERE id = ? AND stage_id = ?", id, stageId);
        if (!q.next())
            return std::nullopt;
        return q.real(0);
    };
    auto edge = [&](bool top) -> double {
        Query q(db(), top ? "SELECT min(board_position) FROM deals WHERE stage_id = ? AND id <> ?"
                          : "SELECT max(board_position) FROM deals WHERE stage_id = ? AND id <> ?",
                stageId, movingId);
        const QVariant v = q.scalar();
        if (v.isNull())
            return 0.0;
        return top ? std::floor(v.toDouble()) - 1.0 : std::floor(v.toDouble()) + 1.0;
    };
    // The card on the other side of the neighbour: before it (for Before) or after it (for After).
    auto beside = [&](qint64 id, double position, bool before) -> std::optional<double> {
        Query q(db(),
                before ? "SELECT board_position FROM deals WHERE stage_id = ? AND id <> ? AND board_position <= ? "
                         "AND (board_position < ? OR id < ?) ORDER BY board_position DESC, id DESC LIMIT 1"
                       : "SELECT board_position FROM deals WHERE stage_id = ? AND id <> ? AND board_position >= ? "
                         "AND (board_position > ? OR id > ?) ORDER BY board_position, id LIMIT 1",
                stageId, movingId, position, position, id);
        if (!q.next())
            return std::nullopt;
        return q.real(0);
    };

    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (placement.kind) {
        case DealPlacement::Kind::Top:
            return edge(true);
        case DealPlacement::Kind::Bottom:
            return edge(false);
        case DealPlacement::Kind::Before:
        case DealPlacement::Kind::After: {
            const bool before = placement.kind == DealPlacement::Kind::Before;
            const std::optional<double> at = positionOf(placement.neighbourId);
            if (!at)
                return edge(before); // the neighbour left the column meanwhile: the nearest end
            const std::optional<double> other = beside(placement.neighbourId, *at, before);
            if (!other)
                return before ? *at - 1.0 : *at + 1.0;
            const double mid = (*at + *other) / 2.0;
            if ((before && *other < mid && mid < *at) || (!before && *at < mid && mid < *other))
                return mid;
            // Equal positions (rows from before positions existed) or no room left between two
            // doubles: give the column fresh, evenly spaced positions and try again.
            renumber(stageId);
            break;
        }
        }
    }
    throw StorageError(StorageError::Kind::Generic, tr("Cannot find a place for the deal in its column."), db().path());
}

DealRepository::Created DealRepository::create(Deal deal, const DealPlacement &placement)
{
    Transaction tx(db());
    PipelineRepository &pipelines = m_workspace.pipelines();
    if (deal.pipelineId == 0 && deal.stageId != 0) {
        if (const auto stage = pipelines.findStage(deal.stageId))
            deal.pipelineId = stage->pipelineId;
    }
    if (deal.pipelineId == 0)
        deal.pipelineId = pipelines.ensureDefault();
    const Pipeline pipeline = pipelines.get(deal.pipelineId);
    if (deal.stageId == 0) {
        const PipelineStage *first = pipeline.stageWithOutcome(DealOutcome::Open);
        if (!first)
            throw StorageError(StorageError::Kind::Constraint,
                               tr("Pipeline \"%1\" has no open stage for a new deal.").arg(pipeline.name), db().path());
        deal.stageId = first->id;
    }
    const PipelineStage *stage = pipeline.stage(deal.stageId);
    if (!stage)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("Stage #%1 is not a stage of pipeline \"%2\".").arg(deal.stageId).arg(pipeline.name),
                           db().path());
    if (stage->isClosed())
        throw StorageError(StorageError::Kind::Constraint,
                           tr("A new deal starts in an open stage, not in \"%1\"; close it afterwards.").arg(stage->name),
                           db().path());
    if (deal.leadId) {
        if (const auto lead = m_workspace.leads().find(*deal.leadId)) {
            if (deal.company.trimmed().isEmpty())
                deal.company = lead->company;
            if (!deal.ownerId)
                deal.ownerId = lead->ownerId;
        }
    }
    deal.title = deal.title.trimmed();
    deal.currency = deal.currency.trimmed().toUpper();
    checkOrThrow(deal);

    const qint64 t = now();
    Query q(db(), "INSERT INTO deals (pipeline_id, stage_id, title, lead_id, company, amount, currency, expected_close, "
                  "probability, owner_id, outcome, closed_at, close_reason, gross_margin, stage_entered_at, created_at, "
                  "updated_at, board_position, search_key) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, NULL, '', ?11, ?12, ?12, ?12, ?13, ?14)");
    q.bind(1, deal.pipelineId).bind(2, deal.stageId).bind(3, deal.title).bind(4, opt(deal.leadId));
    q.bind(5, deal.company.trimmed()).bind(6, deal.amount).bind(7, deal.currency);
    q.bind(8, deal.expectedClose ? QVariant(deal.expectedClose->toString(Qt::ISODate)) : QVariant());
    q.bind(9, opt(deal.probability)).bind(10, opt(deal.ownerId)).bind(11, opt(deal.grossMargin)).bind(12, t);
    q.bind(13, positionFor(deal.stageId, placement, 0)).bind(14, searchKey(deal));
    q.exec();
    Created created;
    created.id = db().lastInsertId();
    recordStage(created.id, 0, deal.stageId, tr("Created"));
    created.lead = bringLead(deal.leadId, Stage::Opportunity, tr("Deal created: %1").arg(deal.title), created.id);
    tx.commit();
    emit dealsChanged({created.id});
    return created;
}

LeadStageEffect DealRepository::update(const Deal &deal, bool followLifecycle)
{
    Deal d = deal;
    d.title = d.title.trimmed();
    d.company = d.company.trimmed();
    d.currency = d.currency.trimmed().toUpper();
    checkOrThrow(d);
    Transaction tx(db());
    const Deal before = get(d.id);
    Query q(db(), "UPDATE deals SET title = ?1, lead_id = ?2, company = ?3, amount = ?4, currency = ?5, "
                  "expected_close = ?6, probability = ?7, owner_id = ?8, gross_margin = ?9, close_reason = ?10, "
                  "search_key = ?11, updated_at = ?12 WHERE id = ?13");
    q.bind(1, d.title).bind(2, opt(d.leadId)).bind(3, d.company).bind(4, d.amount).bind(5, d.currency);
    q.bind(6, d.expectedClose ? QVariant(d.expectedClose->toString(Qt::ISODate)) : QVariant());
    q.bind(7, opt(d.probability)).bind(8, opt(d.ownerId)).bind(9, opt(d.grossMargin));
    q.bind(10, before.outcome == DealOutcome::Open ? QString() : d.closeReason.trimmed());
    q.bind(11, searchKey(d)).bind(12, now()).bind(13, d.id);
    q.exec();
    LeadStageEffect effect;
    if (followLifecycle && d.leadId != before.leadId) {
        // The deal now belongs to another lead: that lead follows the deal as if it had been created for it.
        const Stage to = before.outcome == DealOutcome::Won ? Stage::Customer
            : before.outcome == DealOutcome::Lost           ? Stage::Nurturing
                                                            : Stage::Opportunity;
        effect = bringLead(d.leadId, to, tr("Deal linked: %1").arg(d.title), d.id);
    }
    tx.commit();
    emit dealsChanged({d.id});
    return effect;
}

DealMove DealRepository::move(qint64 dealId, qint64 stageId, const DealPlacement &placement,
                              const std::optional<CloseDetails> &close)
{
    Transaction tx(db());
    DealMove m;
    m.dealId = dealId;
    m.before = get(dealId);
    const std::optional<PipelineStage> target = m_workspace.pipelines().findStage(stageId);
    if (!target)
        throw StorageError(StorageError::Kind::Constraint, tr("Stage #%1 does not exist.").arg(stageId), db().path());
    m.followerBefore = follower(m.before.stageId, m.before.boardPosition, dealId);
    const double position = positionFor(stageId, placement, dealId);

    if (stageId == m.before.stageId) {
        // Only the order within the column changes.
        Query(db(), "UPDATE deals SET board_position = ? WHERE id = ?", position, dealId).exec();
        tx.commit();
        emit dealsChanged({dealId});
        return m;
    }

    std::optional<qint64> closedAt;
    QString reason;
    std::optional<double> margin = m.before.grossMargin;
    if (target->isClosed()) {
        if (!close || !close->date.isValid())
            throw StorageError(StorageError::Kind::Constraint,
                               tr("Moving \"%1\" to %2 needs the date it was closed.").arg(m.before.title, target->name),
                               db().path());
        if (close->date > QDate::currentDate())
            throw StorageError(StorageError::Kind::Constraint,
                               tr("Close date: %1 is in the future.").arg(close->date.toString(Qt::ISODate)), db().path());
        reason = close->reason.trimmed();
        if (target->outcome == DealOutcome::Lost && reason.isEmpty())
            throw StorageError(StorageError::Kind::Constraint,
                               tr("Give the reason \"%1\" was lost: the win/loss analysis counts on it.").arg(m.before.title),
                               db().path());
        if (close->grossMargin) {
            if (!std::isfinite(*close->grossMargin))
                throw StorageError(StorageError::Kind::Constraint, tr("Gross margin: not a number."), db().path());
            margin = close->grossMargin;
        }
        closedAt = closeTimestamp(close->date);
    }
    const qint64 t = now();
    Query q(db(), "UPDATE deals SET pipeline_id = ?1, stage_id = ?2, board_position = ?3, outcome = ?4, closed_at = ?5, "
                  "close_reason = ?6, gross_margin = ?7, stage_entered_at = ?8, updated_at = ?8 WHERE id = ?9");
    q.bind(1, target->pipelineId).bind(2, stageId).bind(3, position).bind(4, int(target->outcome));
    q.bind(5, opt(closedAt)).bind(6, reason).bind(7, opt(margin)).bind(8, t).bind(9, dealId);
    q.exec();
    m.historyId = recordStage(dealId, m.before.stageId, stageId, reason);

    const QString title = m.before.title;
    switch (target->outcome) {
    case DealOutcome::Won:
        m.lead = bringLead(m.before.leadId, Stage::Customer, tr("Deal won: %1").arg(title), dealId);
        break;
    case DealOutcome::Lost:
        m.lead = bringLead(m.before.leadId, Stage::Nurturing,
                           tr("Deal lost: %1 (%2)").arg(title, reason), dealId);
        break;
    case DealOutcome::Open:
        if (m.before.outcome != DealOutcome::Open)
            m.lead = bringLead(m.before.leadId, Stage::Opportunity, tr("Deal reopened: %1").arg(title), dealId);
        break;
    }
    tx.commit();
    emit dealsChanged({dealId});
    return m;
}

void DealRepository::revertMove(const DealMove &m)
{
    Transaction tx(db());
    get(m.dealId); // still there?
    const Deal &b = m.before;
    const double position = positionFor(b.stageId, m.followerBefore ? DealPlacement::before(m.followerBefore)
                                                                    : DealPlacement::bottom(),
                                        m.dealId);
    Query q(db(), "UPDATE deals SET pipeline_id = ?1, stage_id = ?2, board_position = ?3, outcome = ?4, closed_at = ?5, "
                  "close_reason = ?6, gross_margin = ?7, stage_entered_at = ?8, updated_at = ?9 WHERE id = ?10");
    q.bind(1, b.pipelineId).bind(2, b.stageId).bind(3, position).bind(4, int(b.outcome)).bind(5, opt(b.closedAt));
    q.bind(6, b.closeReason).bind(7, opt(b.grossMargin)).bind(8, b.stageEnteredAt).bind(9, now()).bind(10, m.dealId);
    q.exec();
    if (m.historyId)
        Query(db(), "DELETE FROM deal_stage_history WHERE id = ? AND deal_id = ?", m.historyId, m.dealId).exec();
    revertLead(m.lead);
    tx.commit();
    emit dealsChanged({m.dealId});
}

RowSnapshot DealRepository::remove(const QList<qint64> &ids)
{
    Transaction tx(db());
    RowSnapshot snapshot = RowSnapshot::capture(db(), u"deals"_s, ids);
    Query q(db(), "DELETE FROM deals WHERE id = ?");
    for (qint64 id : ids) {
        q.reset();
        q.bind(1, id);
        q.exec();
    }
    tx.commit();
    emit dealsRemoved(ids);
    return snapshot;
}

void DealRepository::restore(const RowSnapshot &snapshot)
{
    Transaction tx(db());
    snapshot.restore(db());
    tx.commit();
    emit dealsChanged(snapshot.rootIds());
}

QList<DealStageChange> DealRepository::history(qint64 dealId) const
{
    QList<DealStageChange> list;
    Query q(db(),
            "SELECT id, deal_id, ifnull(from_stage_id, 0), ifnull(to_stage_id, 0), changed_at, actor, reason "
            "FROM deal_stage_history WHERE deal_id = ? ORDER BY changed_at DESC, id DESC",
            dealId);
    while (q.next())
        list << DealStageChange{q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4), q.text(5), q.text(6)};
    return list;
}

QByteArray DealRepository::totalsSql(const DealFilter &filter, QVariantList &params)
{
    // ?1 is the pipeline; the filter's parameters follow.
    return "SELECT deals.stage_id, deals.currency, count(*), total(deals.amount), "
           "total(deals.amount * coalesce(deals.probability, pipeline_stages.probability)) "
           "FROM deals JOIN pipeline_stages ON pipeline_stages.id = deals.stage_id "
           "WHERE deals.pipeline_id = ? AND "
        + filter.whereClause(params) + " GROUP BY deals.stage_id, deals.currency";
}

QByteArray DealRepository::cardsSql(const DealFilter &filter, QVariantList &params)
{
    // ?1 is the stage; then the filter's parameters, then LIMIT and OFFSET.
    return QByteArray("SELECT ") + cardColumns + " FROM deals WHERE deals.stage_id = ? AND " + filter.whereClause(params)
        + " ORDER BY deals.board_position, deals.id LIMIT ? OFFSET ?";
}

QList<StageTotals> DealRepository::totals(qint64 pipelineId, const DealFilter &filter) const
{
    QVariantList params;
    const QByteArray sql = totalsSql(filter, params);
    Query q(db(), sql.toStdString());
    q.bind(1, pipelineId);
    bindAll(q, params, 2);
    QList<StageTotals> list;
    while (q.next()) {
        const qint64 stageId = q.int64(0);
        auto it = std::find_if(list.begin(), list.end(), [&](const StageTotals &t) { return t.stageId == stageId; });
        if (it == list.end()) {
            list << StageTotals{stageId, 0, {}};
            it = list.end() - 1;
        }
        CurrencyTotal c{q.text(1), q.real(3), q.real(4), q.int64(2)};
        it->count += c.count;
        it->currencies << c;
    }
    for (StageTotals &t : list) {
        std::sort(t.currencies.begin(), t.currencies.end(),
                  [](const CurrencyTotal &a, const CurrencyTotal &b) { return a.amount > b.amount; });
    }
    return list;
}

QList<DealCard> DealRepository::cards(qint64 stageId, const DealFilter &filter, qint64 first, int n) const
{
    QVariantList params;
    const QByteArray sql = cardsSql(filter, params);
    Query q(db(), sql.toStdString());
    q.bind(1, stageId);
    bindAll(q, params, 2);
    q.bind(int(params.size()) + 2, n).bind(int(params.size()) + 3, first);
    QList<DealCard> list;
    while (q.next())
        list << readCard(q);
    return list;
}

qint64 DealRepository::rowOf(qint64 dealId, const DealFilter &filter) const
{
    const std::optional<Deal> d = find(dealId);
    if (!d)
        return -1;
    QVariantList params;
    const QByteArray where = filter.whereClause(params);
    {
        Query q(db(), ("SELECT 1 FROM deals WHERE deals.id = ? AND " + where).toStdString());
        q.bind(1, dealId);
        bindAll(q, params, 2);
        if (!q.next())
            return -1;
    }
    Query q(db(), ("SELECT count(*) FROM deals WHERE deals.stage_id = ? AND deals.board_position <= ? AND "
                   "(deals.board_position < ? OR deals.id < ?) AND "
                   + where)
                      .toStdString());
    q.bind(1, d->stageId).bind(2, d->boardPosition).bind(3, d->boardPosition).bind(4, dealId);
    bindAll(q, params, 5);
    return q.scalar().toLongLong();
}

QList<Deal> DealRepository::list(qint64 pipelineId, qint64 stageId, const DealFilter &filter, qint64 offset,
                                 qint64 limit, qint64 *total) const
{
    QVariantList params;
    QByteArray where = filter.whereClause(params);
    if (pipelineId) {
        where += " AND deals.pipeline_id = ?";
        params << pipelineId;
    }
    if (stageId) {
        where += " AND deals.stage_id = ?";
        params << stageId;
    }
    if (total) {
        Query q(db(), ("SELECT count(*) FROM deals WHERE " + where).toStdString());
        bindAll(q, params);
        *total = q.scalar().toLongLong();
    }
    Query q(db(), (QByteArray("SELECT ") + dealColumns
                   + " FROM deals JOIN pipelines ON pipelines.id = deals.pipeline_id "
                     "JOIN pipeline_stages ON pipeline_stages.id = deals.stage_id WHERE "
                   + where
                   + " ORDER BY pipelines.position, pipelines.id, pipeline_stages.position, pipeline_stages.id, "
                     "deals.board_position, deals.id LIMIT ? OFFSET ?")
                      .toStdString());
    bindAll(q, params);
    q.bind(int(params.size()) + 1, limit).bind(int(params.size()) + 2, offset);
    QList<Deal> list;
    while (q.next())
        list << readDeal(q);
    return list;
}
