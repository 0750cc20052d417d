#include "LeadRepository.h"

#include "LeadValidation.h"
#include "TextKey.h"

#include "scoring/Rescorer.h"
#include "scoring/ScoringService.h"
#include "scoring/StageMachine.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

const char leadColumns[] = "id, first_name, last_name, email, phone, job_title, company, industry, company_size, "
                           "annual_revenue, country, region, city, source, campaign_id, lead_magnet, consent_at, "
                           "consent_source, unsubscribed_at, stage, "
                           "ifnull((SELECT score FROM lead_scores WHERE lead_id = leads.id), 0), owner_id, notes, "
                           "created_at, updated_at";

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template<typename T>
QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

Lead readLead(const Query &q)
{
    Lead l;
    l.id = q.int64(0);
    l.firstName = q.text(1);
    l.lastName = q.text(2);
    l.email = q.text(3);
    l.phone = q.text(4);
    l.jobTitle = q.text(5);
    l.company = q.text(6);
    l.industry = q.text(7);
    if (!q.isNull(8))
        l.companySize = q.int64(8);
    if (!q.isNull(9))
        l.annualRevenue = q.real(9);
    l.country = q.text(10);
    l.region = q.text(11);
    l.city = q.text(12);
    l.source = q.text(13);
    if (!q.isNull(14))
        l.campaignId = q.int64(14);
    l.leadMagnet = q.text(15);
    if (!q.isNull(16))
        l.consentAt = q.int64(16);
    l.consentSource = q.text(17);
    if (!q.isNull(18))
        l.unsubscribedAt = q.int64(18);
    const int stage = q.integer(19);
    l.stage = Lifecycle::isValid(stage) ? Stage(stage) : Stage::Lead;
    l.score = q.integer(20);
    if (!q.isNull(21))
        l.ownerId = q.int64(21);
    l.notes = q.text(22);
    l.createdAt = q.int64(23);
    l.updatedAt = q.int64(24);
    return l;
}

Activity readActivity(const Query &q)
{
    Activity a;
    a.id = q.int64(0);
    a.leadId = q.int64(1);
    const int type = q.integer(2);
    a.type = ActivityTypes::isValid(type) ? ActivityType(type) : ActivityType::Note;
    a.occurredAt = q.int64(3);
    a.detail = q.text(4);
    a.actor = q.text(5);
    a.createdAt = q.int64(6);
    return a;
}

// Re-scores a lead inside the caller's transaction (the score follows every change at once);
// returns the stage the lead left when crossing the MQL threshold moved it to MQL.
std::optional<Stage> rescore(Workspace &workspace, qint64 id, const QString &reason)
{
    const auto change = workspace.scoring().rescoreLead(id, reason);
    return change ? change->promotedFrom : std::nullopt;
}

QString notFound(qint64 id)
{
    return QCoreApplication::translate("LeadRepository", "Lead #%1 does not exist (it may have been deleted).").arg(id);
}

} // namespace

LeadRepository::LeadRepository(Workspace &workspace)
    : m_workspace(workspace)
{
}

Database &LeadRepository::db() const
{
    return m_workspace.db();
}

std::optional<Lead> LeadRepository::find(qint64 id) const
{
    return find(db(), id);
}

std::optional<Lead> LeadRepository::find(Database &db, qint64 id)
{
    Query q(db, std::string("SELECT ") + leadColumns + " FROM leads WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readLead(q);
}

Lead LeadRepository::get(qint64 id) const
{
    if (auto lead = find(id))
        return *lead;
    throw StorageError(StorageError::Kind::Generic, notFound(id), db().path());
}

qint64 LeadRepository::count() const
{
    return Query(db(), "SELECT count(*) FROM leads").scalar().toLongLong();
}

const char *LeadRepository::insertSql()
{
    return "INSERT INTO leads (first_name, last_name, email, phone, job_title, company, industry, company_size, "
           "annual_revenue, country, region, city, source, campaign_id, lead_magnet, consent_at, consent_source, "
           "unsubscribed_at, stage, owner_id, notes, created_at, updated_at, name_key, company_key, email_key) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?21, "
           "?22, ?23, ?24, ?25, ?26, ?27)";
}

const char *LeadRepository::updateSql()
{
    return "UPDATE leads SET first_name = ?1, last_name = ?2, email = ?3, phone = ?4, job_title = ?5, company = ?6, "
           "industry = ?7, company_size = ?8, annual_revenue = ?9, country = ?10, region = ?11, city = ?12, "
           "source = ?13, campaign_id = ?14, lead_magnet = ?15, consent_at = ?16, consent_source = ?17, "
           "unsubscribed_at = ?18, stage = ?19, owner_id = ?21, notes = ?22, created_at = ?23, "
           "updated_at = ?24, name_key = ?25, company_key = ?26, email_key = ?27 WHERE id = ?28";
}

void LeadRepository::bindLeadColumns(Query &q, const Lead &l, int i)
{
    q.bind(i, l.firstName.isNull() ? u""_s : l.firstName)
        .bind(i + 1, l.lastName.isNull() ? u""_s : l.lastName)
        .bind(i + 2, l.email.isNull() ? u""_s : l.email.trimmed())
        .bind(i + 3, l.phone.isNull() ? u""_s : l.phone.trimmed())
        .bind(i + 4, l.jobTitle.isNull() ? u""_s : l.jobTitle)
        .bind(i + 5, l.company.isNull() ? u""_s : l.company)
        .bind(i + 6, l.industry.isNull() ? u""_s : l.industry)
        .bind(i + 7, opt(l.companySize))
        .bind(i + 8, opt(l.annualRevenue))
        .bind(i + 9, l.country.isNull() ? u""_s : l.country)
        .bind(i + 10, l.region.isNull() ? u""_s : l.region)
        .bind(i + 11, l.city.isNull() ? u""_s : l.city)
        .bind(i + 12, l.source.isNull() ? u""_s : l.source)
        .bind(i + 13, opt(l.campaignId))
        .bind(i + 14, l.leadMagnet.isNull() ? u""_s : l.leadMagnet)
        .bind(i + 15, opt(l.consentAt))
        .bind(i + 16, l.consentSource.isNull() ? u""_s : l.consentSource)
        .bind(i + 17, opt(l.unsubscribedAt))
        .bind(i + 18, int(l.stage))
        .bind(i + 19, l.score)
        .bind(i + 20, opt(l.ownerId))
        .bind(i + 21, l.notes.isNull() ? u""_s : l.notes)
        .bind(i + 22, l.createdAt)
        .bind(i + 23, l.updatedAt)
        .bind(i + 24, TextKey::nameKey(l.firstName, l.lastName))
        .bind(i + 25, TextKey::fold(l.company))
        .bind(i + 26, TextKey::normalizeEmail(l.email));
}

void LeadRepository::validate(const Lead &lead) const
{
    if (auto problem = LeadValidation::check(lead))
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("LeadRepository", "%1: %2")
                               .arg(LeadFields::label(problem->first), problem->second),
                           db().path());
    checkReference(LeadField::OwnerId, lead.value(LeadField::OwnerId));
    checkReference(LeadField::CampaignId, lead.value(LeadField::CampaignId));
}

void LeadRepository::checkReference(LeadField field, const QVariant &value) const
{
    if (value.isNull() || (field != LeadField::OwnerId && field != LeadField::CampaignId))
        return;
    const bool exists = field == LeadField::OwnerId
        ? Query(db(), "SELECT 1 FROM reps WHERE id = ?", value.toLongLong()).next()
        : Query(db(), "SELECT 1 FROM campaigns WHERE id = ?", value.toLongLong()).next();
    if (!exists)
        throw StorageError(StorageError::Kind::Constraint,
                           field == LeadField::OwnerId
                               ? QCoreApplication::translate("LeadRepository", "Owner: there is no rep #%1.").arg(value.toLongLong())
                               : QCoreApplication::translate("LeadRepository", "Campaign: there is no campaign #%1.").arg(value.toLongLong()),
                           db().path());
}

qint64 LeadRepository::create(Lead lead, Validation validation)
{
    if (validation == Validation::Strict)
        validate(lead);
    const qint64 t = now();
    if (lead.createdAt == 0)
        lead.createdAt = t;
    lead.updatedAt = t;
    Transaction tx(db());
    Query q(db(), insertSql());
    bindLeadColumns(q, lead, 1);
    q.exec();
    const qint64 id = db().lastInsertId();
    recordStage(id, std::nullopt, lead.stage, QCoreApplication::translate("LeadRepository", "Created"), lead.score);
    const auto promoted = rescore(m_workspace, id, QCoreApplication::translate("LeadRepository", "Lead created"));
    tx.commit();
    emit leadsAdded({id});
    if (promoted)
        emit stageChanged(id, *promoted, Stage::MQL);
    return id;
}

void LeadRepository::update(const Lead &lead, Validation validation)
{
    if (validation == Validation::Strict)
        validate(lead);
    Lead l = lead;
    l.updatedAt = now();
    Transaction tx(db());
    const std::optional<Lead> before = find(l.id);
    if (!before)
        throw StorageError(StorageError::Kind::Generic, notFound(l.id), db().path());
    Query q(db(), updateSql());
    bindLeadColumns(q, l, 1);
    q.bind(28, l.id);
    q.exec();
    if (before->stage != l.stage)
        recordStage(l.id, before->stage, l.stage, QString(), l.score);
    const auto promoted = rescore(m_workspace, l.id, QCoreApplication::translate("LeadRepository", "Lead edited"));
    tx.commit();
    emit leadsChanged({l.id});
    if (before->stage != l.stage)
        emit stageChanged(l.id, before->stage, l.stage);
    if (promoted)
        emit stageChanged(l.id, *promoted, Stage::MQL);
}

QVariant LeadRepository::setField(qint64 id, LeadField field, const QVariant &value)
{
    if (field == LeadField::Stage) {
        const QVariant old = get(id).value(field);
        changeStage(id, Stage(value.toInt()), QString());
        return old;
    }
    const LeadFields::Info &info = LeadFields::info(field);
    // The score is the rules' (Rescorer, in lead_scores; its column here is an expression), and the
    // timestamps are the repository's.
    if (!info.editable)
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("LeadRepository", "%1 cannot be changed.")
                               .arg(LeadFields::label(field)));
    const QString problem = LeadValidation::checkField(field, value);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("LeadRepository", "%1: %2").arg(LeadFields::label(field), problem),
                           db().path());

    checkReference(field, value);
    Transaction tx(db());
    Lead lead = get(id);
    const QVariant old = lead.value(field);
    lead.setValue(field, value);
    const QVariant stored = lead.value(field);
    std::string sql = std::string("UPDATE leads SET ") + info.column + " = ?1, updated_at = ?2";
    switch (field) {
    case LeadField::FirstName:
    case LeadField::LastName:
        sql += ", name_key = ?3";
        break;
    case LeadField::Company:
        sql += ", company_key = ?3";
        break;
    case LeadField::Email:
        sql += ", email_key = ?3";
        break;
    default:
        break;
    }
    sql += " WHERE id = ?4";
    Query q(db(), sql);
    q.bind(1, info.type == LeadFields::Type::Text && stored.isNull() ? QVariant(u""_s) : stored);
    q.bind(2, now());
    if (field == LeadField::FirstName || field == LeadField::LastName)
        q.bind(3, TextKey::nameKey(lead.firstName, lead.lastName));
    else if (field == LeadField::Company)
        q.bind(3, TextKey::fold(lead.company));
    else if (field == LeadField::Email)
        q.bind(3, TextKey::normalizeEmail(lead.email));
    q.bind(4, id);
    q.exec();
    const auto promoted = rescore(m_workspace, id,
                                  QCoreApplication::translate("LeadRepository", "%1 changed").arg(LeadFields::label(field)));
    tx.commit();
    emit leadsChanged({id});
    if (promoted)
        emit stageChanged(id, *promoted, Stage::MQL);
    return old;
}

qint64 LeadRepository::changeStage(qint64 id, Stage to, const QString &reason)
{
    Transaction tx(db());
    const Lead lead = get(id);
    if (lead.stage == to) {
        tx.commit();
        return 0;
    }
    if (!StageMachine::canMove(lead.stage, to))
        throw StorageError(StorageError::Kind::Constraint, StageMachine::refusal(lead.stage, to), db().path());
    Query(db(), "UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?", int(to), now(), id).exec();
    const qint64 historyId = recordStage(id, lead.stage, to, reason, lead.score);
    tx.commit();
    emit leadsChanged({id});
    emit stageChanged(id, lead.stage, to);
    return historyId;
}

void LeadRepository::revertStage(qint64 id, qint64 historyId, Stage previous)
{
    Transaction tx(db());
    const Lead lead = get(id);
    Query(db(), "UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?", int(previous), now(), id).exec();
    Query(db(), "DELETE FROM stage_history WHERE id = ? AND lead_id = ?", historyId, id).exec();
    tx.commit();
    emit leadsChanged({id});
    if (lead.stage != previous)
        emit stageChanged(id, lead.stage, previous);
}

qint64 LeadRepository::recordStage(qint64 leadId, std::optional<Stage> from, Stage to, const QString &reason, int score)
{
    Query q(db(), "INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, score) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, leadId);
    if (from)
        q.bind(2, int(*from));
    else
        q.bindNull(2);
    q.bind(3, int(to)).bind(4, now()).bind(5, m_workspace.actor()).bind(6, reason).bind(7, score);
    q.exec();
    return db().lastInsertId();
}

QList<Activity> LeadRepository::activities(qint64 leadId) const
{
    QList<Activity> list;
    Query q(db(),
            "SELECT id, lead_id, type, occurred_at, detail, actor, created_at FROM activities WHERE lead_id = ? "
            "ORDER BY occurred_at DESC, id DESC",
            leadId);
    while (q.next())
        list << readActivity(q);
    return list;
}

std::optional<Activity> LeadRepository::findActivity(qint64 id) const
{
    Query q(db(), "SELECT id, lead_id, type, occurred_at, detail, actor, created_at FROM activities WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readActivity(q);
}

qint64 LeadRepository::addActivity(Activity a)
{
    const qint64 t = now();
    if (a.occurredAt == 0)
        a.occurredAt = t;
    if (a.actor.isEmpty())
        a.actor = m_workspace.actor();
    Transaction tx(db());
    if (!find(a.leadId))
        throw StorageError(StorageError::Kind::Generic, notFound(a.leadId), db().path());
    Query q(db(), "INSERT INTO activities (lead_id, type, occurred_at, detail, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, a.leadId).bind(2, int(a.type)).bind(3, a.occurredAt).bind(4, a.detail.isNull() ? u""_s : a.detail);
    q.bind(5, a.actor).bind(6, t);
    q.exec();
    const qint64 id = db().lastInsertId();
    Query(db(), "UPDATE leads SET updated_at = ? WHERE id = ?", t, a.leadId).exec();
    const auto promoted = rescore(m_workspace, a.leadId,
                                  QCoreApplication::translate("LeadRepository", "%1 added").arg(ActivityTypes::displayName(a.type)));
    tx.commit();
    emit activitiesChanged(a.leadId);
    emit leadsChanged({a.leadId});
    if (promoted)
        emit stageChanged(a.leadId, *promoted, Stage::MQL);
    return id;
}

void LeadRepository::restoreActivity(const Activity &a)
{
    Transaction tx(db());
    Query q(db(), "INSERT INTO activities (id, lead_id, type, occurred_at, detail, actor, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, a.id).bind(2, a.leadId).bind(3, int(a.type)).bind(4, a.occurredAt).bind(5, a.detail);
    q.bind(6, a.actor).bind(7, a.createdAt);
    q.exec();
    const auto promoted = rescore(m_workspace, a.leadId,
                                  QCoreApplication::translate("LeadRepository", "%1 restored").arg(ActivityTypes::displayName(a.type)));
    tx.commit();
    emit activitiesChanged(a.leadId);
    emit leadsChanged({a.leadId});
    if (promoted)
        emit stageChanged(a.leadId, *promoted, Stage::MQL);
}

void LeadRepository::removeActivity(qint64 id)
{
    Transaction tx(db());
    const std::optional<Activity> a = findActivity(id);
    if (!a)
        return;
    Query(db(), "DELETE FROM activities WHERE id = ?", id).exec();
    const auto promoted = rescore(m_workspace, a->leadId,
                                  QCoreApplication::translate("LeadRepository", "%1 deleted").arg(ActivityTypes::displayName(a->type)));
    tx.commit();
    emit activitiesChanged(a->leadId);
    emit leadsChanged({a->leadId});
    if (promoted)
        emit stageChanged(a->leadId, *promoted, Stage::MQL);
}

QList<StageChange> LeadRepository::stageHistory(qint64 leadId) const
{
    QList<StageChange> list;
    Query q(db(),
            "SELECT id, lead_id, from_stage, to_stage, changed_at, actor, reason, score FROM stage_history "
            "WHERE lead_id = ? ORDER BY changed_at DESC, id DESC",
            leadId);
    while (q.next()) {
        StageChange c;
        c.id = q.int64(0);
        c.leadId = q.int64(1);
        if (!q.isNull(2) && Lifecycle::isValid(q.integer(2)))
            c.from = Stage(q.integer(2));
        c.to = Lifecycle::isValid(q.integer(3)) ? Stage(q.integer(3)) : Stage::Lead;
        c.changedAt = q.int64(4);
        c.actor = q.text(5);
        c.reason = q.text(6);
        c.score = q.integer(7);
        list << c;
    }
    return list;
}

RowSnapshot LeadRepository::remove(const QList<qint64> &ids)
{
    Transaction tx(db());
    RowSnapshot snapshot = RowSnapshot::capture(db(), u"leads"_s, ids);
    Query q(db(), "DELETE FROM leads WHERE id = ?");
    for (qint64 id : ids) {
        q.reset();
        q.bind(1, id);
        q.exec();
    }
    tx.commit();
    emit leadsRemoved(ids);
    return snapshot;
}

void LeadRepository::restore(const RowSnapshot &snapshot)
{
    Transaction tx(db());
    snapshot.restore(db());
    tx.commit();
    emit leadsAdded(snapshot.rootIds());
}

QList<QPair<QString, qint64>> LeadRepository::distinctValues(LeadField field, int limit) const
{
    QList<QPair<QString, qint64>> values;
    const LeadFields::Info &info = LeadFields::info(field);
    if (info.type != LeadFields::Type::Text)
        return values;
    const std::string column = info.column;
    Query q(db(), "SELECT " + column + ", count(*) AS n FROM leads WHERE " + column + " <> '' GROUP BY " + column
                      + " ORDER BY n DESC, " + column + " LIMIT ?",
            limit);
    while (q.next())
        values << qMakePair(q.text(0), q.int64(1));
    return values;
}

RowSnapshot LeadRepository::merge(const MergePlan &plan)
{
    if (plan.survivorId == plan.otherId)
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("LeadRepository", "A lead cannot be merged with itself."));
    Transaction tx(db());
    Lead survivor = get(plan.survivorId);
    const Lead other = get(plan.otherId);
    RowSnapshot before = RowSnapshot::capture(db(), u"leads"_s, {plan.survivorId, plan.otherId});

    // Everything that belongs to the other lead moves over; rows the survivor already has an equivalent
    // of (unique constraints) stay behind and go with the other lead. Not the score history: each lead
    // keeps its own (its re-score runs cannot move, see Schema's v15ScoreRuns), and unmerge gives the
    // other lead all of it back; the merge itself is a change of the survivor's score with its reason.
    for (const RowSnapshot::Reference &ref : RowSnapshot::referencesTo(db(), u"leads"_s)) {
        if (ref.table == u"score_history"_s)
            continue;
        Query(db(), "UPDATE OR IGNORE " + RowSnapshot::quoted(ref.table) + " SET " + RowSnapshot::quoted(ref.column)
                        + " = ? WHERE " + RowSnapshot::quoted(ref.column) + " = ?",
              plan.survivorId, plan.otherId)
            .exec();
    }

    const Stage oldStage = survivor.stage;
    for (auto it = plan.values.cbegin(); it != plan.values.cend(); ++it)
        survivor.setValue(it.key(), it.value());
    survivor.score = std::max(survivor.score, other.score);
    survivor.updatedAt = now();
    Query q(db(), updateSql());
    bindLeadColumns(q, survivor, 1);
    q.bind(28, survivor.id);
    q.exec();
    // The survivor starts from the higher score of the two (as the stage history records it), so the
    // re-score below crosses the MQL threshold only if that one was below it.
    Query(db(), "INSERT INTO lead_scores (lead_id, score) VALUES (?, ?) "
                "ON CONFLICT (lead_id) DO UPDATE SET score = excluded.score",
          survivor.id, survivor.score)
        .exec();
    const QString reason = QCoreApplication::translate("LeadRepository", "Merged with %1 (#%2)")
                               .arg(other.displayName())
                               .arg(other.id);
    if (oldStage != survivor.stage)
        recordStage(survivor.id, oldStage, survivor.stage, reason, survivor.score);
    Query(db(), "DELETE FROM leads WHERE id = ?", plan.otherId).exec();
    Query note(db(), "INSERT INTO activities (lead_id, type, occurred_at, detail, actor, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)");
    note.bind(1, survivor.id).bind(2, int(ActivityType::Note)).bind(3, now()).bind(4, reason);
    note.bind(5, m_workspace.actor()).bind(6, now());
    note.exec();
    // The survivor now has both leads' activities and the chosen fields: its score follows.
    const auto promoted = rescore(m_workspace, survivor.id, reason);
    tx.commit();
    emit leadsRemoved({plan.otherId});
    emit leadsChanged({plan.survivorId});
    emit activitiesChanged(plan.survivorId);
    if (promoted)
        emit stageChanged(plan.survivorId, *promoted, Stage::MQL);
    return before;
}

void LeadRepository::unmerge(const MergePlan &plan, const RowSnapshot &before)
{
    Transaction tx(db());
    // Removing the survivor takes the rows that moved onto it; the snapshot puts both leads back as
    // they were, each with its own rows.
    Query(db(), "DELETE FROM leads WHERE id = ?", plan.survivorId).exec();
    before.restore(db());
    // The survivor's score is back to what it was; re-scores of the merged lead stay in its history
    // (their runs are not in the snapshot): the history says the score went back, and ends where it is.
    const QList<ScoreHistoryEntry> history = m_workspace.scoring().history(plan.survivorId);
    const int score = get(plan.survivorId).score;
    if (!history.isEmpty() && history.last().newScore != score) {
        Query undone(db(), Rescorer::historyInsertSql());
        undone.bind(1, plan.survivorId).bind(2, std::max(m_workspace.scoring().now(), history.last().changedAt));
        undone.bind(3, history.last().newScore);
        undone.bind(4, score).bind(5, QCoreApplication::translate("LeadRepository", "Merge with #%1 undone").arg(plan.otherId));
        undone.exec();
    }
    tx.commit();
    emit leadsAdded({plan.otherId});
    emit leadsChanged({plan.survivorId});
    emit activitiesChanged(plan.survivorId);
}
