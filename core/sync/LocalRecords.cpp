#include "LocalRecords.h"

#include "leads/Lead.h"
#include "leads/LeadRepository.h"
#include "leads/TextKey.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The lead fields a connection can map: people's data, not derived values (score, keys, timestamps
// of the row) nor references to other local tables (owner, campaign).
const QList<LeadField> &syncLeadFields()
{
    static const QList<LeadField> list = {
        LeadField::FirstName, LeadField::LastName,   LeadField::Email,         LeadField::Phone,
        LeadField::JobTitle,  LeadField::Company,    LeadField::Industry,      LeadField::CompanySize,
        LeadField::AnnualRevenue, LeadField::Country, LeadField::Region,       LeadField::City,
        LeadField::Source,    LeadField::LeadMagnet, LeadField::ConsentAt,     LeadField::ConsentSource,
        LeadField::UnsubscribedAt, LeadField::Stage, LeadField::Notes,
    };
    return list;
}

FieldType typeOf(LeadFields::Type t)
{
    switch (t) {
    case LeadFields::Type::Integer:
    case LeadFields::Type::Real: return FieldType::Number;
    case LeadFields::Type::Timestamp: return FieldType::DateTime;
    case LeadFields::Type::Stage: return FieldType::Enum;
    case LeadFields::Type::Text:
    case LeadFields::Type::Reference: break;
    }
    return FieldType::Text;
}

QString canonicalLeadValue(const Lead &lead, LeadField field)
{
    const QVariant v = lead.value(field);
    switch (LeadFields::info(field).type) {
    case LeadFields::Type::Integer:
    case LeadFields::Type::Real: return v.isNull() ? QString() : Canonical::number(v.toDouble());
    case LeadFields::Type::Timestamp: return v.isNull() ? QString() : Canonical::dateTime(v.toLongLong());
    case LeadFields::Type::Stage: return Lifecycle::key(lead.stage);
    case LeadFields::Type::Text:
    case LeadFields::Type::Reference: break;
    }
    return v.toString();
}

void setCanonicalLeadValue(Lead &lead, LeadField field, const QString &value)
{
    switch (LeadFields::info(field).type) {
    case LeadFields::Type::Integer: {
        const QString n = Canonical::number(value);
        lead.setValue(field, n.isEmpty() ? QVariant() : QVariant(qint64(std::llround(n.toDouble()))));
        return;
    }
    case LeadFields::Type::Real: {
        const QString n = Canonical::number(value);
        lead.setValue(field, n.isEmpty() ? QVariant() : QVariant(n.toDouble()));
        return;
    }
    case LeadFields::Type::Timestamp: {
        const qint64 ms = Canonical::parseDateTime(value);
        lead.setValue(field, ms == 0 ? QVariant() : QVariant(ms));
        return;
    }
    case LeadFields::Type::Stage:
        if (auto stage = Lifecycle::fromKey(value))
            lead.stage = *stage;
        return;
    case LeadFields::Type::Text:
    case LeadFields::Type::Reference: break;
    }
    lead.setValue(field, value);
}

std::string leadSelect()
{
    std::string sql = "SELECT id";
    for (const LeadFields::Info &i : LeadFields::all()) {
        sql += ", ";
        sql += i.column;
    }
    return sql + " FROM leads WHERE id = ?";
}

std::optional<Lead> readLead(Database &db, qint64 id)
{
    Query q(db, leadSelect(), id);
    if (!q.next())
        return std::nullopt;
    Lead lead;
    lead.id = q.int64(0);
    int column = 1;
    for (const LeadFields::Info &i : LeadFields::all())
        lead.setValue(i.field, q.value(column++));
    return lead;
}

const char dealSelect[] = "SELECT d.id, d.title, d.company, d.amount, d.currency, d.expected_close, d.probability, s.name "
                          "FROM deals d LEFT JOIN pipeline_stages s ON s.id = d.stage_id WHERE d.id = ?";

} // namespace

LocalRecords::LocalRecords(Database &db, const QString &actor)
    : m_db(db)
    , m_actor(actor)
{
}

QList<LocalField> LocalRecords::fields(Entity entity, Database *db)
{
    QList<LocalField> list;
    if (entity == Entity::Lead) {
        for (LeadField f : syncLeadFields()) {
            LocalField lf{LeadFields::key(f), LeadFields::label(f), typeOf(LeadFields::info(f).type), {}};
            if (f == LeadField::Stage) {
                for (Stage s : Lifecycle::allStages())
                    lf.options << Lifecycle::key(s);
            }
            list.append(lf);
        }
        return list;
    }
    LocalField stage{u"stage"_s, tr("Stage"), FieldType::Enum, {}};
    if (db) {
        Query q(*db, "SELECT DISTINCT name FROM pipeline_stages ORDER BY pipeline_id, position");
        while (q.next())
            stage.options << q.text(0);
    }
    list = {
        {u"title"_s, tr("Title"), FieldType::Text, {}},
        {u"company"_s, tr("Company"), FieldType::Text, {}},
        {u"amount"_s, tr("Amount"), FieldType::Number, {}},
        {u"currency"_s, tr("Currency"), FieldType::Text, {}},
        {u"expected_close"_s, tr("Expected close"), FieldType::Date, {}},
        {u"probability"_s, tr("Probability"), FieldType::Number, {}},
        stage,
    };
    return list;
}

std::optional<LocalField> LocalRecords::field(Entity entity, const QString &key)
{
    for (const LocalField &f : fields(entity)) {
        if (f.key == key)
            return f;
    }
    return std::nullopt;
}

std::optional<Values> LocalRecords::read(Entity entity, qint64 id) const
{
    if (entity == Entity::Lead) {
        const std::optional<Lead> lead = readLead(m_db, id);
        if (!lead)
            return std::nullopt;
        Values v;
        for (LeadField f : syncLeadFields())
            v.insert(LeadFields::key(f), canonicalLeadValue(*lead, f));
        return v;
    }
    Query q(m_db, dealSelect, id);
    if (!q.next())
        return std::nullopt;
    Values v;
    v.insert(u"title"_s, q.text(1));
    v.insert(u"company"_s, q.text(2));
    v.insert(u"amount"_s, q.isNull(3) ? QString() : Canonical::number(q.real(3)));
    v.insert(u"currency"_s, q.text(4));
    v.insert(u"expected_close"_s, Canonical::date(q.text(5)));
    v.insert(u"probability"_s, q.isNull(6) ? QString() : Canonical::number(q.real(6)));
    v.insert(u"stage"_s, q.text(7));
    return v;
}

QHash<qint64, Values> LocalRecords::read(Entity entity, const QList<qint64> &ids) const
{
    QHash<qint64, Values> map;
    for (qint64 id : ids) {
        if (auto v = read(entity, id))
            map.insert(id, *v);
    }
    return map;
}

qint64 LocalRecords::updatedAt(Entity entity, qint64 id) const
{
    return Query(m_db, entity == Entity::Lead ? "SELECT updated_at FROM leads WHERE id = ?" : "SELECT updated_at FROM deals WHERE id = ?", id)
        .scalar()
        .toLongLong();
}

QString LocalRecords::displayName(Entity entity, qint64 id) const
{
    if (entity == Entity::Lead) {
        if (auto lead = readLead(m_db, id))
            return lead->displayName();
        return tr("Lead #%1").arg(id);
    }
    const QString title = Query(m_db, "SELECT title FROM deals WHERE id = ?", id).scalar().toString();
    return title.isEmpty() ? tr("Deal #%1").arg(id) : title;
}

qint64 LocalRecords::create(Entity entity, const Values &values, const QString &reason)
{
    return entity == Entity::Lead ? createLead(values, reason) : createDeal(values);
}

void LocalRecords::update(Entity entity, qint64 id, const Values &changes, const QString &reason)
{
    if (changes.isEmpty())
        return;
    if (entity == Entity::Lead)
        updateLead(id, changes, reason);
    else
        updateDeal(id, changes);
}

void LocalRecords::remove(Entity entity, qint64 id)
{
    Query(m_db, entity == Entity::Lead ? "DELETE FROM leads WHERE id = ?" : "DELETE FROM deals WHERE id = ?", id).exec();
}

qint64 LocalRecords::createLead(const Values &values, const QString &reason)
{
    Lead lead;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (auto f = LeadFields::fromKey(it.key()))
            setCanonicalLeadValue(lead, *f, it.value());
    }
    lead.createdAt = lead.updatedAt = now();
    Query q(m_db, LeadRepository::insertSql());
    LeadRepository::bindLeadColumns(q, lead, 1);
    q.exec();
    const qint64 id = m_db.lastInsertId();
    Query(m_db, "INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, score) "
                "VALUES (?, NULL, ?, ?, ?, ?, 0)",
          id, int(lead.stage), now(), m_actor, reason)
        .exec();
    return id;
}

void LocalRecords::updateLead(qint64 id, const Values &changes, const QString &reason)
{
    std::optional<Lead> lead = readLead(m_db, id);
    if (!lead)
        throw StorageError(StorageError::Kind::Generic, tr("Lead #%1 does not exist (it may have been deleted).").arg(id),
                           m_db.path());
    const Stage before = lead->stage;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (auto f = LeadFields::fromKey(it.key()))
            setCanonicalLeadValue(*lead, *f, it.value());
    }
    lead->updatedAt = now();
    Query q(m_db, "UPDATE leads SET first_name = ?1, last_name = ?2, email = ?3, phone = ?4, job_title = ?5, company = ?6, "
                  "industry = ?7, company_size = ?8, annual_revenue = ?9, country = ?10, region = ?11, city = ?12, "
                  "source = ?13, campaign_id = ?14, lead_magnet = ?15, consent_at = ?16, consent_source = ?17, "
                  "unsubscribed_at = ?18, stage = ?19, owner_id = ?21, notes = ?22, created_at = ?23, "
                  "updated_at = ?24, name_key = ?25, company_key = ?26, email_key = ?27 WHERE id = ?28");
    LeadRepository::bindLeadColumns(q, *lead, 1);
    q.bind(28, id);
    q.exec();
    if (before != lead->stage) {
        Query(m_db, "INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, score) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
              id, int(before), int(lead->stage), now(), m_actor, reason, lead->score)
            .exec();
    }
}

qint64 LocalRecords::defaultPipeline()
{
    Query find(m_db, "SELECT id FROM pipelines ORDER BY position, id LIMIT 1");
    if (find.next())
        return find.int64(0);
    // The same default pipeline the demo data uses.
    Query(m_db, "INSERT INTO pipelines (name, position) VALUES ('Sales', 0)").exec();
    const qint64 pipeline = m_db.lastInsertId();
    struct S
    {
        const char *name;
        double p;
        int outcome;
    };
    const S stages[] = {{"Qualified", 0.1, 0}, {"Demo", 0.3, 0},  {"Proposal", 0.5, 0},
                        {"Negotiation", 0.7, 0}, {"Won", 1.0, 1}, {"Lost", 0.0, 2}};
    int position = 0;
    for (const S &s : stages)
        Query(m_db, "INSERT INTO pipeline_stages (pipeline_id, name, position, probability, outcome) VALUES (?, ?, ?, ?, ?)",
              pipeline, s.name, position++, s.p, s.outcome)
            .exec();
    return pipeline;
}

namespace {

struct StageRow
{
    qint64 id = 0;
    int outcome = 0;
};

std::optional<StageRow> stageNamed(Database &db, qint64 pipeline, const QString &name)
{
    Query q(db, "SELECT id, outcome FROM pipeline_stages WHERE pipeline_id = ? AND name = ? COLLATE NOCASE "
                "ORDER BY position LIMIT 1",
            pipeline, name);
    if (!q.next())
        return std::nullopt;
    return StageRow{q.int64(0), q.integer(1)};
}

StageRow firstStage(Database &db, qint64 pipeline)
{
    Query q(db, "SELECT id, outcome FROM pipeline_stages WHERE pipeline_id = ? ORDER BY outcome != 0, position LIMIT 1",
            pipeline);
    if (!q.next())
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("LocalRecords", "The pipeline #%1 has no stages.").arg(pipeline));
    return {q.int64(0), q.integer(1)};
}

QVariant numberOrNull(const QString &canonical)
{
    const QString n = Canonical::number(canonical);
    return n.isEmpty() ? QVariant() : QVariant(n.toDouble());
}

} // namespace

qint64 LocalRecords::createDeal(const Values &values)
{
    const qint64 pipeline = defaultPipeline();
    StageRow stage = firstStage(m_db, pipeline);
    if (auto named = stageNamed(m_db, pipeline, values.value(u"stage"_s)))
        stage = *named;
    const qint64 t = now();
    QString title = values.value(u"title"_s).trimmed();
    if (title.isEmpty())
        title = tr("Untitled deal");
    const QString currency = values.value(u"currency"_s).trimmed();
    Query q(m_db, "INSERT INTO deals (pipeline_id, stage_id, title, company, amount, currency, expected_close, probability, "
                  "outcome, closed_at, stage_entered_at, created_at, updated_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?11)");
    q.bind(1, pipeline)
        .bind(2, stage.id)
        .bind(3, title)
        .bind(4, values.value(u"company"_s))
        .bind(5, Canonical::number(values.value(u"amount"_s)).toDouble())
        .bind(6, currency.isEmpty() ? u"EUR"_s : currency)
        .bind(7, Canonical::date(values.value(u"expected_close"_s)).isEmpty() ? QVariant() : QVariant(Canonical::date(values.value(u"expected_close"_s))))
        .bind(8, numberOrNull(values.value(u"probability"_s)))
        .bind(9, stage.outcome)
        .bind(10, stage.outcome != 0 ? QVariant(t) : QVariant())
        .bind(11, t);
    q.exec();
    return m_db.lastInsertId();
}

void LocalRecords::updateDeal(qint64 id, const Values &changes)
{
    const qint64 t = now();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == u"title"_s) {
            Query(m_db, "UPDATE deals SET title = ? WHERE id = ?", value.trimmed().isEmpty() ? tr("Untitled deal") : value, id).exec();
        } else if (key == u"company"_s) {
            Query(m_db, "UPDATE deals SET company = ? WHERE id = ?", value, id).exec();
        } else if (key == u"amount"_s) {
            Query(m_db, "UPDATE deals SET amount = ? WHERE id = ?", Canonical::number(value).toDouble(), id).exec();
        } else if (key == u"currency"_s) {
            Query(m_db, "UPDATE deals SET currency = ? WHERE id = ?", value.trimmed().isEmpty() ? u"EUR"_s : value.trimmed(), id).exec();
        } else if (key == u"expected_close"_s) {
            const QString d = Canonical::date(value);
            Query(m_db, "UPDATE deals SET expected_close = ? WHERE id = ?", d.isEmpty() ? QVariant() : QVariant(d), id).exec();
        } else if (key == u"probability"_s) {
            Query(m_db, "UPDATE deals SET probability = ? WHERE id = ?", numberOrNull(value), id).exec();
        } else if (key == u"stage"_s) {
            const qint64 pipeline = Query(m_db, "SELECT pipeline_id FROM deals WHERE id = ?", id).scalar().toLongLong();
            const std::optional<StageRow> stage = stageNamed(m_db, pipeline, value);
            if (!stage)
                continue; // a remote stage this pipeline does not have: the deal stays where it is
            Query(m_db,
                  "UPDATE deals SET stage_id = ?1, stage_entered_at = ?2, "
                  "closed_at = CASE WHEN ?3 = 0 THEN NULL WHEN outcome = ?3 THEN closed_at ELSE ?2 END, outcome = ?3 "
                  "WHERE id = ?4 AND stage_id IS NOT ?1",
                  stage->id, t, stage->outcome, id)
                .exec();
        }
    }
    Query(m_db, "UPDATE deals SET updated_at = ? WHERE id = ?", t, id).exec();
}

QList<qint64> LocalRecords::leadsWithEmail(const QString &email) const
{
    QList<qint64> ids;
    const QString key = TextKey::normalizeEmail(email);
    if (key.isEmpty())
        return ids;
    Query q(m_db, "SELECT id FROM leads WHERE email_key = ? ORDER BY id", key);
    while (q.next())
        ids.append(q.int64(0));
    return ids;
}

std::optional<qint64> LocalRecords::leadOfDeal(qint64 dealId) const
{
    Query q(m_db, "SELECT lead_id FROM deals WHERE id = ?", dealId);
    if (!q.next() || q.isNull(0))
        return std::nullopt;
    return q.int64(0);
}

void LocalRecords::setLeadOfDeal(qint64 dealId, std::optional<qint64> leadId)
{
    Query(m_db, "UPDATE deals SET lead_id = ? WHERE id = ?", leadId ? QVariant(*leadId) : QVariant(), dealId).exec();
}

} // namespace Sync
