#include "Importer.h"

#include "CsvWriter.h"
#include "ImportSupport.h"
#include "RecordSource.h"
#include "VCard.h"

#include "leads/Activity.h"
#include "leads/LeadRepository.h"
#include "leads/LeadValidation.h"
#include "leads/TextKey.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ImportSupport;

namespace DuplicatePolicies {

QString key(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return u"skip"_s;
    case DuplicatePolicy::Fill: return u"fill"_s;
    case DuplicatePolicy::Overwrite: return u"overwrite"_s;
    }
    return u"skip"_s;
}

std::optional<DuplicatePolicy> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"skip"_s)
        return DuplicatePolicy::Skip;
    if (k == u"fill"_s || k == u"fill-empty"_s || k == u"fill_empty"_s)
        return DuplicatePolicy::Fill;
    if (k == u"overwrite"_s || k == u"replace"_s)
        return DuplicatePolicy::Overwrite;
    return std::nullopt;
}

QString displayName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip: return QCoreApplication::translate("DuplicatePolicy", "Skip: keep the lead as it is");
    case DuplicatePolicy::Fill: return QCoreApplication::translate("DuplicatePolicy", "Fill the lead's empty fields");
    case DuplicatePolicy::Overwrite:
        return QCoreApplication::translate("DuplicatePolicy", "Overwrite the lead's fields with the file's values");
    }
    return QString();
}

} // namespace DuplicatePolicies

QJsonObject ImportResult::toJson() const
{
    QJsonObject o;
    o[u"import_id"_s] = importId;
    o[u"kind"_s] = ImportKinds::key(kind);
    o[u"file"_s] = file;
    o[u"status"_s] = status;
    o[u"read"_s] = read;
    o[u"created"_s] = created;
    o[u"merged"_s] = merged;
    o[u"unchanged"_s] = unchanged;
    o[u"rejected"_s] = rejected;
    o[u"flagged"_s] = flagged;
    o[u"rejects_file"_s] = rejectsFile;
    o[u"duration"_s] = double(durationMs) / 1000.0;
    o[u"duration_ms"_s] = durationMs;
    o[u"encoding"_s] = encoding;
    o[u"delimiter"_s] = delimiter;
    o[u"resumed"_s] = resumed;
    if (resumed)
        o[u"resumed_at_line"_s] = resumedAtLine;
    o[u"warnings"_s] = QJsonArray::fromStringList(warnings);
    return o;
}

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::unique_ptr<RecordSource> openSource(const QString &path, const ImportOptions &options, ImportFormat format,
                                         QString *error)
{
    if (format == ImportFormat::VCard) {
        const VCard::ReadResult r = VCard::read(path, options.encoding);
        if (!r.error.isEmpty()) {
            *error = r.error;
            return nullptr;
        }
        return std::make_unique<ListSource>(VCard::header(), r.cards, r.encoding);
    }
    auto csv = std::make_unique<CsvSource>();
    CsvReader::Options o;
    o.encoding = options.encoding;
    o.delimiter = options.delimiter;
    if (!csv->open(path, o)) {
        *error = csv->errorString();
        return nullptr;
    }
    return csv;
}

// The rejects file: the rejected rows as they were, with their line and the reason, so they can be
// corrected and imported again. Opened on the first reject.
class Rejects
{
public:
    Rejects(const QString &path, const QStringList &header, qint64 keepBytes)
        : m_path(path)
        , m_header(header)
        , m_keepBytes(keepBytes)
    {
    }

    void add(qint64 line, const QString &reason, const QStringList &fields)
    {
        if (!m_file) {
            QDir().mkpath(QFileInfo(m_path).absolutePath());
            m_file = std::make_unique<QFile>(m_path);
            const bool exists = m_keepBytes > 0 && m_file->exists();
            if (!m_file->open(exists ? QIODevice::ReadWrite : QIODevice::WriteOnly | QIODevice::Truncate))
                throw StorageError(StorageError::Kind::Generic,
                                   Importer::tr("Cannot write the rejects file %1: %2").arg(m_path, m_file->errorString()),
                                   m_path);
            if (exists) {
                m_file->resize(m_keepBytes); // what the interrupted run wrote after its last batch goes
                m_file->seek(m_keepBytes);
            }
            m_writer = std::make_unique<CsvWriter>(m_file.get(), CsvWriter::Options{',', !exists, false});
            if (!exists)
                m_writer->writeRow(QStringList{Importer::tr("line"), Importer::tr("reason")} + m_header);
        }
        m_writer->writeRow(QStringList{QString::number(line), reason} + fields);
        if (m_writer->hasError())
            throw StorageError(StorageError::Kind::Generic,
                               Importer::tr("Cannot write the rejects file %1: %2").arg(m_path, m_file->errorString()),
                               m_path);
    }

    // Flushed before the batch commits: the committed size never includes an uncommitted row.
    qint64 flush()
    {
        if (!m_file)
            return m_keepBytes;
        m_file->flush();
        m_keepBytes = m_file->pos();
        return m_keepBytes;
    }
    bool used() const { return m_file != nullptr || m_keepBytes > 0; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QStringList m_header;
    qint64 m_keepBytes;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
};

struct Counters
{
    qint64 read = 0, created = 0, merged = 0, unchanged = 0, rejected = 0, flagged = 0;
};

// Writes rows of one kind; the engine (Importer::run) feeds it records batch by batch.
class Handler
{
public:
    virtual ~Handler() = default;
    // Returns an empty string when the row was imported, else why it was rejected.
    virtual QString row(const CsvRecord &record) = 0;
    virtual void endBatch() {}
    virtual void finish() {}
    Counters counters;
    QStringList warnings;
    QList<qint64> touchedLeads;
};

// ---- Leads ---------------------------------------------------------------------------------------

class LeadHandler : public Handler
{
public:
    LeadHandler(Database &db, qint64 importId, const ColumnMapping &mapping, DuplicatePolicy policy,
                const QString &actor, const QString &fileName)
        : m_db(db)
        , m_importId(importId)
        , m_mapper(db, mapping)
        , m_policy(policy)
        , m_actor(actor)
        , m_reason(Importer::tr("Imported from %1").arg(fileName))
        , m_insert(db, LeadRepository::insertSql())
        , m_history(db, "INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, score) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)")
        , m_byEmail(db, "SELECT id FROM leads WHERE email_key = ? ORDER BY id LIMIT 1")
        , m_byPhone(db, std::string("SELECT id FROM leads WHERE ") + phoneExpression()
                            + " = ?1 AND phone <> '' AND (?2 = '' OR email_key = '') ORDER BY id LIMIT 1")
        , m_byName(db, std::string("SELECT id FROM leads WHERE company_key = ?1 AND name_key = ?2 AND company_key <> '' "
                                   "AND (?3 = '' OR phone = '' OR ")
                           + phoneExpression() + " = ?3) LIMIT 1")
        , m_byNameNoEmail(db, std::string("SELECT id FROM leads WHERE company_key = ?1 AND name_key = ?2 AND email_key = '' "
                                          "AND company_key <> '' AND (?3 = '' OR phone = '' OR ")
                                  + phoneExpression() + " = ?3) LIMIT 1")
        , m_flag(db, "UPDATE leads SET import_flags = import_flags | 1 WHERE id = ?")
        , m_created(db, "INSERT INTO import_created (import_id, tbl, first_id, last_id) VALUES (?, 'leads', ?, ?)")
    {
    }

    QString row(const CsvRecord &record) override
    {
        MappedLead m = m_mapper.map(record.fields);
        if (!m.problem.isEmpty())
            return m.problem;
        if (m.invalidEmail)
            ++counters.flagged;
        const qint64 existing = findDuplicate(m.lead);
        if (existing == 0) {
            create(m);
            return QString();
        }
        ++counters.merged;
        if (m_policy == DuplicatePolicy::Skip || !mergeInto(existing, m))
            ++counters.unchanged;
        return QString();
    }

    void endBatch() override
    {
        if (m_firstCreated > 0) {
            m_created.reset();
            m_created.bind(1, m_importId).bind(2, m_firstCreated).bind(3, m_lastCreated);
            m_created.exec();
        }
        m_firstCreated = m_lastCreated = 0;
    }

    void finish() override { warnings = m_mapper.warnings(); }

private:
    qint64 findDuplicate(const Lead &lead)
    {
        const QString email = TextKey::normalizeEmail(lead.email);
        if (!email.isEmpty()) {
            m_byEmail.reset();
            m_byEmail.bind(1, email);
            if (m_byEmail.next()) {
                const qint64 id = m_byEmail.int64(0);
                m_byEmail.reset();
                return id;
            }
        }
        const QString phone = phoneKey(lead.phone);
        if (!phone.isEmpty()) {
            m_byPhone.reset();
            m_byPhone.bind(1, phone).bind(2, email);
            if (m_byPhone.next()) {
                const qint64 id = m_byPhone.int64(0);
                m_byPhone.reset();
                return id;
            }
        }
        const QString company = TextKey::fold(lead.company);
        const QString name = TextKey::nameKey(lead.firstName, lead.lastName);
        if (!company.isEmpty() && !name.isEmpty()) {
            // Two people with different e-mails are two people: with an e-mail, only leads without one match
            // (the index walks to them directly).
            Query &q = email.isEmpty() ? m_byName : m_byNameNoEmail;
            q.reset();
            q.bind(1, company).bind(2, name).bind(3, phone);
            const bool found = q.next();
            const qint64 id = found ? q.int64(0) : 0;
            q.reset();
            if (found)
                return id;
        }
        return 0;
    }

    void create(MappedLead &m)
    {
        const qint64 t = now();
        if (m.lead.createdAt == 0)
            m.lead.createdAt = t;
        m.lead.updatedAt = t;
        m_insert.reset();
        LeadRepository::bindLeadColumns(m_insert, m.lead, 1);
        m_insert.exec();
        const qint64 id = m_db.lastInsertId();
        if (m_firstCreated == 0)
            m_firstCreated = id;
        m_lastCreated = id;
        m_history.reset();
        m_history.bind(1, id).bindNull(2).bind(3, int(m.lead.stage)).bind(4, m.lead.createdAt).bind(5, m_actor);
        m_history.bind(6, m_reason).bind(7, m.lead.score);
        m_history.exec();
        if (m.invalidEmail) {
            m_flag.reset();
            m_flag.bind(1, id);
            m_flag.exec();
        }
        ++counters.created;
    }

    // Returns whether the lead changed.
    bool mergeInto(qint64 id, const MappedLead &m)
    {
        Lead lead = readLeadById(m_db, id);
        const Lead before = lead;
        QJsonObject previous;
        for (LeadField f : m.present) {
            if (f == LeadField::CreatedAt)
                continue; // the lead was created when it was
            const QVariant current = lead.value(f);
            const QVariant incoming = m.lead.value(f);
            const bool currentEmpty = current.isNull() || current.toString().isEmpty();
            bool take = false;
            if (m_policy == DuplicatePolicy::Fill)
                take = currentEmpty && f != LeadField::Stage;
            else
                take = current != incoming && !(incoming.isNull() || incoming.toString().isEmpty());
            if (!take)
                continue;
            previous.insert(LeadFields::key(f), QJsonValue::fromVariant(current));
            lead.setValue(f, incoming);
        }
        if (previous.isEmpty())
            return false;
        const int flags = leadFlags(m_db, id);
        previous.insert(u"import_flags"_s, flags);
        lead.updatedAt = now();
        writeLead(m_db, lead);
        qint64 historyId = 0;
        if (lead.stage != before.stage) {
            m_history.reset();
            m_history.bind(1, id).bind(2, int(before.stage)).bind(3, int(lead.stage)).bind(4, lead.updatedAt);
            m_history.bind(5, m_actor).bind(6, m_reason).bind(7, lead.score);
            m_history.exec();
            historyId = m_db.lastInsertId();
        }
        if (previous.contains(u"email"_s) && m.invalidEmail) {
            m_flag.reset();
            m_flag.bind(1, id);
            m_flag.exec();
        }
        Query change(m_db, "INSERT INTO import_changes (import_id, tbl, row_id, before, history_id) VALUES (?, 'leads', ?, ?, ?)");
        change.bind(1, m_importId).bind(2, id).bind(3, QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
        if (historyId)
            change.bind(4, historyId);
        else
            change.bindNull(4);
        change.exec();
        return true;
    }

    Database &m_db;
    qint64 m_importId;
    LeadMapper m_mapper;
    DuplicatePolicy m_policy;
    QString m_actor;
    QString m_reason;
    Query m_insert;
    Query m_history;
    Query m_byEmail;
    Query m_byPhone;
    Query m_byName;
    Query m_byNameNoEmail;
    Query m_flag;
    Query m_created;
    qint64 m_firstCreated = 0;
    qint64 m_lastCreated = 0;
};

// ---- Activities -------------------------------------------------------------------------------------

class ActivityHandler : public Handler
{
public:
    ActivityHandler(Database &db, qint64 importId, const ColumnMapping &mapping, DuplicatePolicy,
                    const QString &defaultType, qint64 started)
        : m_db(db)
        , m_importId(importId)
        , m_started(started)
        , m_email(mapping.column(u"email"_s))
        , m_leadId(mapping.column(u"lead_id"_s))
        , m_type(mapping.column(u"type"_s))
        , m_at(mapping.column(u"occurred_at"_s))
        , m_detail(mapping.column(u"detail"_s))
        , m_actor(u"import #%1"_s.arg(importId)) // an identifier: undo finds the rows by it
        , m_byEmail(db, "SELECT id FROM leads WHERE email_key = ? ORDER BY id LIMIT 1")
        , m_byId(db, "SELECT id FROM leads WHERE id = ?")
        , m_same(db, "SELECT 1 FROM activities WHERE lead_id = ? AND occurred_at = ? AND type = ? AND detail = ? LIMIT 1")
        , m_insert(db, "INSERT INTO activities (lead_id, type, occurred_at, detail, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)")
        , m_created(db, "INSERT INTO import_created (import_id, tbl, first_id, last_id) VALUES (?, 'activities', ?, ?)")
    {
        if (!defaultType.isEmpty())
            m_defaultType = ImportValues::activityType(defaultType);
    }

    QString row(const CsvRecord &record) override
    {
        auto cell = [&](int column) { return column >= 0 ? cleanCell(record.fields.value(column)) : QString(); };
        qint64 leadId = 0;
        const QString email = cell(m_email);
        const QString idText = cell(m_leadId);
        if (!idText.isEmpty()) {
            m_byId.reset();
            m_byId.bind(1, idText.toLongLong());
            if (m_byId.next())
                leadId = m_byId.int64(0);
            m_byId.reset();
        }
        if (leadId == 0 && !email.isEmpty()) {
            m_byEmail.reset();
            m_byEmail.bind(1, TextKey::normalizeEmail(email));
            if (m_byEmail.next())
                leadId = m_byEmail.int64(0);
            m_byEmail.reset();
        }
        if (leadId == 0) {
            if (email.isEmpty() && idText.isEmpty())
                return Importer::tr("no e-mail or lead id to match the activity to a lead");
            return email.isEmpty() ? Importer::tr("no lead with id %1").arg(idText)
                                   : Importer::tr("no lead with the e-mail %1").arg(email);
        }
        std::optional<int> type = m_defaultType;
        const QString typeText = cell(m_type);
        if (!typeText.isEmpty()) {
            type = ImportValues::activityType(typeText);
            if (!type)
                return Importer::tr("unknown activity type \"%1\"").arg(typeText);
        }
        if (!type)
            return Importer::tr("no activity type (map a column to it, or choose a type for the whole file)");
        qint64 at = m_started;
        const QString when = cell(m_at);
        if (!when.isEmpty()) {
            const auto parsed = ImportValues::dateTime(when);
            if (!parsed)
                return Importer::tr("\"%1\" is not a date").arg(when);
            at = *parsed;
        }
        const QString detail = cell(m_detail);
        m_same.reset();
        m_same.bind(1, leadId).bind(2, at).bind(3, *type).bind(4, detail);
        const bool exists = m_same.next();
        m_same.reset();
        if (exists) {
            ++counters.merged;
            ++counters.unchanged;
            return QString();
        }
        m_insert.reset();
        m_insert.bind(1, leadId).bind(2, *type).bind(3, at).bind(4, detail).bind(5, m_actor).bind(6, now());
        m_insert.exec();
        const qint64 id = m_db.lastInsertId();
        if (m_first == 0)
            m_first = id;
        m_last = id;
        ++counters.created;
        if (!m_touched.contains(leadId)) {
            m_touched.insert(leadId);
            touchedLeads << leadId;
        }
        return QString();
    }

    void endBatch() override
    {
        if (m_first > 0) {
            m_created.reset();
            m_created.bind(1, m_importId).bind(2, m_first).bind(3, m_last);
            m_created.exec();
        }
        m_first = m_last = 0;
    }

private:
    Database &m_db;
    qint64 m_importId;
    qint64 m_started;
    int m_email, m_leadId, m_type, m_at, m_detail;
    QString m_actor;
    std::optional<int> m_defaultType;
    Query m_byEmail;
    Query m_byId;
    Query m_same;
    Query m_insert;
    Query m_created;
    qint64 m_first = 0;
    qint64 m_last = 0;
    QSet<qint64> m_touched;
};

// ---- Campaign costs -----------------------------------------------------------------------------------

class CampaignHandler : public Handler
{
public:
    CampaignHandler(Database &db, qint64 importId, const ColumnMapping &mapping, DuplicatePolicy policy)
        : m_db(db)
        , m_importId(importId)
        , m_policy(policy)
        , m_date(mapping.column(u"date"_s))
        , m_campaign(mapping.column(u"campaign"_s))
        , m_cost(mapping.column(u"cost"_s))
        , m_visitors(mapping.column(u"visitors"_s))
        , m_clicks(mapping.column(u"clicks"_s))
        , m_channel(mapping.column(u"channel"_s))
    {
    }

    QString row(const CsvRecord &record) override
    {
        auto cell = [&](int column) { return column >= 0 ? cleanCell(record.fields.value(column)) : QString(); };
        const QString name = cell(m_campaign).simplified();
        if (name.isEmpty())
            return Importer::tr("no campaign name");
        QString day = u"total"_s;
        const QString dateText = cell(m_date);
        if (!dateText.isEmpty()) {
            const auto parsed = ImportValues::dateTime(dateText);
            if (!parsed)
                return Importer::tr("\"%1\" is not a date").arg(dateText);
            day = QDateTime::fromMSecsSinceEpoch(*parsed).date().toString(Qt::ISODate);
        }
        auto numberOf = [&](int column, const QString &what, double *out) -> QString {
            const QString text = cell(column);
            if (text.isEmpty()) {
                *out = 0;
                return QString();
            }
            const auto v = ImportValues::number(text);
            if (!v || *v < 0)
                return Importer::tr("%1 \"%2\" is not a positive number").arg(what, text);
            *out = *v;
            return QString();
        };
        double cost = 0, visitors = 0, clicks = 0;
        QString problem = numberOf(m_cost, Importer::tr("cost"), &cost);
        if (problem.isEmpty())
            problem = numberOf(m_visitors, Importer::tr("visitors"), &visitors);
        if (problem.isEmpty())
            problem = numberOf(m_clicks, Importer::tr("clicks"), &clicks);
        if (!problem.isEmpty())
            return problem;

        const qint64 campaignId = campaign(name, cell(m_channel));
        Query existing(m_db, "SELECT id, cost, clicks, visitors FROM campaign_costs WHERE campaign_id = ? AND day = ?",
                       campaignId, day);
        if (existing.next()) {
            const qint64 rowId = existing.int64(0);
            const double oldCost = existing.real(1);
            const qint64 oldClicks = existing.int64(2), oldVisitors = existing.int64(3);
            ++counters.merged;
            double newCost = oldCost;
            qint64 newClicks = oldClicks, newVisitors = oldVisitors;
            if (m_policy == DuplicatePolicy::Overwrite) {
                newCost = cost;
                newClicks = qint64(clicks);
                newVisitors = qint64(visitors);
            } else if (m_policy == DuplicatePolicy::Fill) {
                newCost = oldCost == 0 ? cost : oldCost;
                newClicks = oldClicks == 0 ? qint64(clicks) : oldClicks;
                newVisitors = oldVisitors == 0 ? qint64(visitors) : oldVisitors;
            }
            if (newCost == oldCost && newClicks == oldClicks && newVisitors == oldVisitors) {
                ++counters.unchanged;
                return QString();
            }
            existing.reset();
            QJsonObject before{{u"cost"_s, oldCost}, {u"clicks"_s, oldClicks}, {u"visitors"_s, oldVisitors}};
            recordChange(u"campaign_costs"_s, rowId, before);
            Query(m_db, "UPDATE campaign_costs SET cost = ?, clicks = ?, visitors = ? WHERE id = ?", newCost, newClicks,
                  newVisitors, rowId)
                .exec();
        } else {
            existing.reset();
            Query(m_db, "INSERT INTO campaign_costs (campaign_id, day, cost, clicks, visitors) VALUES (?, ?, ?, ?, ?)",
                  campaignId, day, cost, qint64(clicks), qint64(visitors))
                .exec();
            recordCreated(u"campaign_costs"_s, m_db.lastInsertId());
            ++counters.created;
        }
        m_touched.insert(campaignId);
        return QString();
    }

    void endBatch() override
    {
        // campaigns.cost and .visitors follow their daily figures (visitors, or clicks when an ad platform
        // counts no visitors); the dates widen to cover them.
        for (qint64 id : std::as_const(m_touched)) {
            Query before(m_db, "SELECT cost, visitors, starts_on, ends_on FROM campaigns WHERE id = ?", id);
            if (!before.next())
                continue;
            QJsonObject previous{{u"cost"_s, before.real(0)}, {u"visitors"_s, before.int64(1)},
                                 {u"starts_on"_s, QJsonValue::fromVariant(before.value(2))},
                                 {u"ends_on"_s, QJsonValue::fromVariant(before.value(3))}};
            before.reset();
            if (!m_recordedCampaigns.contains(id)) {
                recordChange(u"campaigns"_s, id, previous);
                m_recordedCampaigns.insert(id);
            }
            Query(m_db,
                  "UPDATE campaigns SET cost = (SELECT total(cost) FROM campaign_costs WHERE campaign_id = ?1), "
                  "visitors = (SELECT CAST(total(CASE WHEN visitors > 0 THEN visitors ELSE clicks END) AS INTEGER) "
                  "FROM campaign_costs WHERE campaign_id = ?1), "
                  "starts_on = min(ifnull(starts_on, '9999'), ifnull((SELECT min(day) FROM campaign_costs WHERE "
                  "campaign_id = ?1 AND day <> 'total'), '9999')), "
                  "ends_on = max(ifnull(ends_on, ''), ifnull((SELECT max(day) FROM campaign_costs WHERE campaign_id = ?1 "
                  "AND day <> 'total'), '')) WHERE id = ?1",
                  id)
                .exec();
            Query(m_db, "UPDATE campaigns SET starts_on = NULL WHERE id = ? AND starts_on = '9999'", id).exec();
            Query(m_db, "UPDATE campaigns SET ends_on = NULL WHERE id = ? AND ends_on = ''", id).exec();
        }
        m_touched.clear();
    }

private:
    qint64 campaign(const QString &name, const QString &channel)
    {
        const QString key = TextKey::fold(name);
        if (auto it = m_campaigns.constFind(key); it != m_campaigns.constEnd())
            return *it;
        Query q(m_db, "SELECT id, name FROM campaigns");
        while (q.next()) {
            if (TextKey::fold(q.text(1)) == key) {
                const qint64 id = q.int64(0);
                q.reset();
                m_campaigns.insert(key, id);
                return id;
            }
        }
        const QString source = channel.isEmpty() ? u"ads"_s : ImportValues::source(channel);
        Query(m_db, "INSERT INTO campaigns (name, channel, cost, visitors, created_at) VALUES (?, ?, 0, 0, ?)", name,
              source, now())
            .exec();
        const qint64 id = m_db.lastInsertId();
        recordCreated(u"campaigns"_s, id);
        m_recordedCampaigns.insert(id); // created: undo deletes it, nothing to restore
        warnings << Importer::tr("Campaign \"%1\" did not exist and was created.").arg(name);
        m_campaigns.insert(key, id);
        return id;
    }

    void recordCreated(const QString &table, qint64 id)
    {
        Query(m_db, "INSERT INTO import_created (import_id, tbl, first_id, last_id) VALUES (?, ?, ?, ?)", m_importId,
              table, id, id)
            .exec();
    }

    void recordChange(const QString &table, qint64 id, const QJsonObject &before)
    {
        Query(m_db, "INSERT INTO import_changes (import_id, tbl, row_id, before) VALUES (?, ?, ?, ?)", m_importId, table,
              id, QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)))
            .exec();
    }

    Database &m_db;
    qint64 m_importId;
    DuplicatePolicy m_policy;
    int m_date, m_campaign, m_cost, m_visitors, m_clicks, m_channel;
    QHash<QString, qint64> m_campaigns;
    QSet<qint64> m_touched;
    QSet<qint64> m_recordedCampaigns;
};

// ---- Deals ----------------------------------------------------------------------------------------------

class DealHandler : public Handler
{
public:
    DealHandler(Database &db, qint64 importId, const ColumnMapping &mapping, DuplicatePolicy policy)
        : m_db(db)
        , m_importId(importId)
        , m_policy(policy)
        , m_mapping(mapping)
    {
        ensurePipeline();
    }

    QString row(const CsvRecord &record) override
    {
        auto cell = [&](const char *key) {
            const int column = m_mapping.column(QString::fromLatin1(key));
            return column >= 0 ? cleanCell(record.fields.value(column)) : QString();
        };
        const QString title = cell("title").simplified();
        if (title.isEmpty())
            return Importer::tr("no deal title");
        qint64 leadId = 0;
        const QString email = cell("email");
        if (!email.isEmpty()) {
            Query q(m_db, "SELECT id FROM leads WHERE email_key = ? ORDER BY id LIMIT 1", TextKey::normalizeEmail(email));
            if (!q.next())
                return Importer::tr("no lead with the e-mail %1 (import the leads first)").arg(email);
            leadId = q.int64(0);
        }
        double amount = 0;
        if (const QString text = cell("amount"); !text.isEmpty()) {
            const auto v = ImportValues::number(text);
            if (!v)
                return Importer::tr("amount \"%1\" is not a number").arg(text);
            amount = *v;
        }
        std::optional<double> margin;
        if (const QString text = cell("gross_margin"); !text.isEmpty()) {
            margin = ImportValues::number(text);
            if (!margin)
                return Importer::tr("gross margin \"%1\" is not a number").arg(text);
        }
        // Outcome: a status column (won/lost), else the stage's own outcome.
        int outcome = 0;
        const QString status = TextKey::fold(cell("status"));
        static const QStringList wonWords = {u"won"_s, u"win"_s, u"closed won"_s, u"closedwon"_s, u"gagne"_s, u"gagnee"_s,
                                             u"ganho"_s, u"ganha"_s, u"vinto"_s, u"vinta"_s, u"κερδηθηκε"_s, u"κερδισμενη"_s,
                                             u"1"_s, u"yes"_s, u"true"_s};
        static const QStringList lostWords = {u"lost"_s, u"closed lost"_s, u"closedlost"_s, u"perdu"_s, u"perdue"_s,
                                              u"perdido"_s, u"perdida"_s, u"perso"_s, u"persa"_s, u"χαθηκε"_s,
                                              u"χαμενη"_s, u"0"_s, u"no"_s, u"false"_s};
        if (!status.isEmpty()) {
            if (wonWords.contains(status))
                outcome = 1;
            else if (lostWords.contains(status))
                outcome = 2;
            else if (!(status == u"open"_s || status == u"ouvert"_s || status == u"aberto"_s || status == u"aperto"_s
                       || status == u"ανοιχτη"_s))
                return Importer::tr("status \"%1\" is not won, lost or open").arg(cell("status"));
        }
        qint64 stageId = 0;
        if (const QString stageName = cell("stage"); !stageName.isEmpty()) {
            const QString key = TextKey::fold(stageName);
            for (const StageRow &s : std::as_const(m_stages)) {
                if (TextKey::fold(s.name) == key)
                    stageId = s.id;
            }
            if (stageId == 0) {
                if (wonWords.contains(key))
                    outcome = 1;
                else if (lostWords.contains(key))
                    outcome = 2;
                else
                    return Importer::tr("no pipeline stage named \"%1\"").arg(stageName);
            }
        }
        if (stageId == 0 || (outcome != 0 && stageOutcome(stageId) != outcome)) {
            for (const StageRow &s : std::as_const(m_stages)) {
                if (s.outcome == outcome) {
                    stageId = s.id;
                    break;
                }
            }
        }
        if (outcome == 0)
            outcome = stageOutcome(stageId);
        const qint64 t = now();
        qint64 created = t;
        if (const QString text = cell("created_at"); !text.isEmpty()) {
            const auto v = ImportValues::dateTime(text);
            if (!v)
                return Importer::tr("\"%1\" is not a date").arg(text);
            created = *v;
        }
        std::optional<qint64> closeAt;
        if (const QString text = cell("close_date"); !text.isEmpty()) {
            closeAt = ImportValues::dateTime(text);
            if (!closeAt)
                return Importer::tr("\"%1\" is not a date").arg(text);
        }
        QString currency = cell("currency").toUpper();
        if (currency.isEmpty())
            currency = u"EUR"_s;
        const QString company = cell("company");
        const QString reason = cell("close_reason");

        // The same deal: same title and contact (or company when there is no contact).
        Query same(m_db, "SELECT id, amount, stage_id, outcome, gross_margin, closed_at, expected_close, close_reason "
                         "FROM deals WHERE title = ? AND ifnull(lead_id, 0) = ? AND (lead_id IS NOT NULL OR company = ?) "
                         "ORDER BY id LIMIT 1",
                   title, leadId, company);
        if (same.next()) {
            const qint64 id = same.int64(0);
            ++counters.merged;
            if (m_policy == DuplicatePolicy::Skip) {
                ++counters.unchanged;
                return QString();
            }
            QJsonObject before{{u"amount"_s, same.real(1)},
                               {u"stage_id"_s, same.int64(2)},
                               {u"outcome"_s, same.int64(3)},
                               {u"gross_margin"_s, QJsonValue::fromVariant(same.value(4))},
                               {u"closed_at"_s, QJsonValue::fromVariant(same.value(5))},
                               {u"expected_close"_s, QJsonValue::fromVariant(same.value(6))},
                               {u"close_reason"_s, same.text(7)}};
            const bool fill = m_policy == DuplicatePolicy::Fill;
            const double newAmount = fill && same.real(1) != 0 ? same.real(1) : amount;
            const QVariant newMargin = fill && !same.isNull(4) ? same.value(4) : margin ? QVariant(*margin) : same.value(4);
            same.reset();
            if (fill) {
                Query(m_db, "UPDATE deals SET amount = ?, gross_margin = ?, updated_at = ? WHERE id = ?", newAmount,
                      newMargin, t, id)
                    .exec();
            } else {
                Query u(m_db, "UPDATE deals SET amount = ?, stage_id = ?, outcome = ?, gross_margin = ?, closed_at = ?, "
                              "expected_close = ?, close_reason = ?, updated_at = ? WHERE id = ?");
                u.bind(1, amount).bind(2, stageId).bind(3, outcome).bind(4, margin ? QVariant(*margin) : QVariant());
                u.bind(5, outcome != 0 ? QVariant(closeAt.value_or(t)) : QVariant());
                u.bind(6, outcome == 0 && closeAt ? QVariant(QDateTime::fromMSecsSinceEpoch(*closeAt).date().toString(Qt::ISODate))
                                                  : QVariant());
                u.bind(7, reason).bind(8, t).bind(9, id);
                u.exec();
            }
            Query(m_db, "INSERT INTO import_changes (import_id, tbl, row_id, before) VALUES (?, 'deals', ?, ?)", m_importId,
                  id, QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)))
                .exec();
            return QString();
        }
        same.reset();
        Query ins(m_db, "INSERT INTO deals (pipeline_id, stage_id, title, lead_id, company, amount, currency, expected_close, "
                        "outcome, closed_at, close_reason, gross_margin, stage_entered_at, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, m_pipeline).bind(2, stageId).bind(3, title);
        if (leadId)
            ins.bind(4, leadId);
        else
            ins.bindNull(4);
        ins.bind(5, company).bind(6, amount).bind(7, currency);
        ins.bind(8, outcome == 0 && closeAt ? QVariant(QDateTime::fromMSecsSinceEpoch(*closeAt).date().toString(Qt::ISODate))
                                            : QVariant());
        ins.bind(9, outcome).bind(10, outcome != 0 ? QVariant(closeAt.value_or(created)) : QVariant());
        ins.bind(11, reason).bind(12, margin ? QVariant(*margin) : QVariant());
        ins.bind(13, outcome != 0 ? closeAt.value_or(created) : created).bind(14, created).bind(15, t);
        ins.exec();
        const qint64 id = m_db.lastInsertId();
        Query(m_db, "INSERT INTO import_created (import_id, tbl, first_id, last_id) VALUES (?, 'deals', ?, ?)", m_importId,
              id, id)
            .exec();
        ++counters.created;
        return QString();
    }

private:
    struct StageRow
    {
        qint64 id;
        QString name;
        int outcome;
    };

    int stageOutcome(qint64 id) const
    {
        for (const StageRow &s : m_stages) {
            if (s.id == id)
                return s.outcome;
        }
        return 0;
    }

    void ensurePipeline()
    {
        Query find(m_db, "SELECT id FROM pipelines ORDER BY position, id LIMIT 1");
        if (find.next()) {
            m_pipeline = find.int64(0);
            find.reset();
        } else {
            find.reset();
            // A workspace without a pipeline gets the usual one (as the demo data has).
            Query(m_db, "INSERT INTO pipelines (name, position) VALUES ('Sales', 0)").exec();
            m_pipeline = m_db.lastInsertId();
            struct S { const char *name; double p; int outcome; };
            const S stages[] = {{"Qualified", 0.10, 0}, {"Demo", 0.25, 0}, {"Proposal", 0.50, 0},
                                {"Negotiation", 0.75, 0}, {"Won", 1.0, 1}, {"Lost", 0.0, 2}};
            int pos = 0;
            for (const S &s : stages)
                Query(m_db, "INSERT INTO pipeline_stages (pipeline_id, name, position, probability, outcome) VALUES (?, ?, ?, ?, ?)",
                      m_pipeline, s.name, pos++, s.p, s.outcome)
                    .exec();
        }
        Query stages(m_db, "SELECT id, name, outcome FROM pipeline_stages WHERE pipeline_id = ? ORDER BY position", m_pipeline);
        while (stages.next())
            m_stages << StageRow{stages.int64(0), stages.text(1), stages.integer(2)};
    }

    Database &m_db;
    qint64 m_importId;
    DuplicatePolicy m_policy;
    ColumnMapping m_mapping;
    qint64 m_pipeline = 0;
    QList<StageRow> m_stages;
};

QString missingColumns(const ColumnMapping &mapping)
{
    switch (mapping.kind()) {
    case ImportKind::Leads:
        for (const char *k : {"first_name", "last_name", "full_name", "email", "phone", "company"}) {
            if (mapping.isMapped(QString::fromLatin1(k)))
                return QString();
        }
        return Importer::tr("no column is mapped to a name, an e-mail, a phone or a company");
    case ImportKind::Activities:
        if (mapping.isMapped(u"email"_s) || mapping.isMapped(u"lead_id"_s))
            return QString();
        return Importer::tr("no column is mapped to the lead's e-mail or id");
    case ImportKind::Campaigns:
        if (!mapping.isMapped(u"campaign"_s))
            return Importer::tr("no column is mapped to the campaign");
        if (!mapping.isMapped(u"cost"_s) && !mapping.isMapped(u"visitors"_s) && !mapping.isMapped(u"clicks"_s))
            return Importer::tr("no column is mapped to the cost, visitors or clicks");
        return QString();
    case ImportKind::Deals:
        return mapping.isMapped(u"title"_s) ? QString() : Importer::tr("no column is mapped to the deal title");
    }
    return QString();
}

} // namespace

Importer::Importer(Database &db, const QString &actor)
    : m_db(db)
    , m_actor(actor)
{
}

QString Importer::fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint64 size = f.size();
    hash.addData(QByteArray::number(size));
    hash.addData(f.read(64 * 1024));
    if (size > 128 * 1024) {
        f.seek(size - 64 * 1024);
        hash.addData(f.read(64 * 1024));
    }
    return QString::fromLatin1(hash.result().toHex());
}

ImportFormat Importer::detectFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"vcf"_s || suffix == u"vcard"_s)
        return ImportFormat::VCard;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly)) {
        QByteArray head = f.read(4096);
        if (head.startsWith("\xEF\xBB\xBF"))
            head = head.mid(3);
        if (head.trimmed().toUpper().startsWith("BEGIN:VCARD"))
            return ImportFormat::VCard;
    }
    return ImportFormat::Csv;
}

std::optional<qint64> Importer::interruptedImport(const QString &path, ImportKind kind)
{
    const QString fp = fingerprint(path);
    if (fp.isEmpty())
        return std::nullopt;
    Query q(m_db, "SELECT id FROM imports WHERE status IN ('running', 'cancelled') AND kind = ? AND fingerprint = ? "
                  "ORDER BY id DESC LIMIT 1",
            ImportKinds::key(kind), fp);
    if (q.next())
        return q.int64(0);
    return std::nullopt;
}

ImportPreview Importer::preview(const QString &path, const ImportOptions &options, int rows)
{
    ImportPreview p;
    const ImportFormat format = options.format == ImportFormat::Auto ? detectFormat(path) : options.format;
    QString error;
    std::unique_ptr<RecordSource> source = openSource(path, options, format, &error);
    if (!source) {
        p.error = error;
        return p;
    }
    p.header = source->header();
    p.encoding = source->encoding();
    if (format != ImportFormat::VCard) {
        const QString d = source->delimiterName();
        p.delimiter = d == u"tab"_s ? QChar(u'\t') : d.isEmpty() ? QChar() : d.at(0);
    }
    p.mapping = ColumnMapping::automatic(options.kind, p.header);
    if (options.mapping)
        p.mapping.apply(*options.mapping);
    p.targets = p.mapping.mappedTargets();
    if (options.kind == ImportKind::Leads) {
        LeadMapper mapper(m_db, p.mapping);
        CsvRecord record;
        while (p.rows.size() < rows && source->next(record)) {
            p.rawRows << record.fields;
            PreviewRow r;
            r.line = record.line;
            if (!record.error.isEmpty()) {
                r.problem = record.error;
                p.rows << r;
                continue;
            }
            const MappedLead m = mapper.map(record.fields);
            r.problem = m.problem;
            for (const QString &target : std::as_const(p.targets))
                r.values << mapper.display(m, target);
            if (m.invalidEmail)
                r.notes << tr("invalid e-mail: kept and flagged");
            r.notes << m.notesAdded;
            p.rows << r;
        }
    } else {
        CsvRecord record;
        while (p.rows.size() < rows && source->next(record)) {
            p.rawRows << record.fields;
            PreviewRow r;
            r.line = record.line;
            r.problem = record.error;
            for (const QString &target : std::as_const(p.targets))
                r.values << cleanCell(record.fields.value(p.mapping.column(target)));
            p.rows << r;
        }
    }
    return p;
}

ImportResult Importer::run(const QString &path, const ImportOptions &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    result.kind = options.kind;
    result.file = QFileInfo(path).absoluteFilePath();
    const ImportFormat format = options.format == ImportFormat::Auto ? detectFormat(path) : options.format;
    QString error;
    std::unique_ptr<RecordSource> source = openSource(path, options, format, &error);
    if (!source)
        throw StorageError(StorageError::Kind::Generic, error, path);
    result.encoding = TextEncodings::key(source->encoding());
    result.delimiter = source->delimiterName();

    ColumnMapping mapping = ColumnMapping::automatic(options.kind, source->header());
    if (options.mapping)
        mapping.apply(*options.mapping);
    DuplicatePolicy policy = options.policy;

    // Resume an interrupted import of the same file: same mapping and policy, from its last whole batch.
    const QString fp = fingerprint(path);
    qint64 importId = 0;
    Counters start;
    qint64 resumeOffset = 0, resumeLine = 0, rejectsSize = 0, previousMs = 0;
    QString rejectsPath;
    if (options.resume) {
        Query q(m_db,
                "SELECT id, mapping, policy, rows_read, created, merged, rejected, flagged, resume_offset, resume_line, "
                "rejects_file, rejects_size, duration_ms FROM imports WHERE status IN ('running', 'cancelled') AND kind = ? "
                "AND fingerprint = ? ORDER BY id DESC LIMIT 1",
                ImportKinds::key(options.kind), fp);
        if (q.next() && q.int64(8) > 0) {
            importId = q.int64(0);
            const ColumnMapping saved = ColumnMapping::fromJson(QJsonDocument::fromJson(q.text(1).toUtf8()).object());
            mapping = ColumnMapping(options.kind, source->header());
            mapping.apply(saved);
            policy = DuplicatePolicies::fromKey(q.text(2)).value_or(policy);
            start.read = q.int64(3);
            start.created = q.int64(4);
            start.merged = q.int64(5);
            start.rejected = q.int64(6);
            start.flagged = q.int64(7);
            resumeOffset = q.int64(8);
            resumeLine = q.int64(9);
            rejectsPath = q.text(10);
            rejectsSize = q.int64(11);
            previousMs = q.int64(12);
        }
    }
    const QString missing = missingColumns(mapping);
    if (!missing.isEmpty())
        throw StorageError(StorageError::Kind::Generic,
                           tr("%1: %2. Columns: %3.").arg(path, missing, source->header().join(u", "_s)), path);

    if (importId > 0) {
        if (!source->seek(resumeOffset, resumeLine))
            throw StorageError(StorageError::Kind::Generic, tr("%1: cannot resume at line %2.").arg(path).arg(resumeLine),
                               path);
        Query(m_db, "UPDATE imports SET status = 'running' WHERE id = ?", importId).exec();
        result.resumed = true;
        result.resumedAtLine = resumeLine;
    } else {
        QJsonObject opts{{u"format"_s, format == ImportFormat::VCard ? u"vcard"_s : u"csv"_s},
                         {u"activity_type"_s, options.activityType}};
        Query q(m_db, "INSERT INTO imports (kind, file, file_size, fingerprint, encoding, delimiter, policy, mapping, options, "
                      "status, actor, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)");
        q.bind(1, ImportKinds::key(options.kind)).bind(2, result.file).bind(3, QFileInfo(path).size()).bind(4, fp);
        q.bind(5, result.encoding).bind(6, result.delimiter).bind(7, DuplicatePolicies::key(policy));
        q.bind(8, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)));
        q.bind(9, QString::fromUtf8(QJsonDocument(opts).toJson(QJsonDocument::Compact)));
        q.bind(10, m_actor).bind(11, now());
        q.exec();
        importId = m_db.lastInsertId();
        QString folder = options.rejectsPath;
        if (folder.isEmpty()) {
            const QFileInfo ws(options.workspacePath.isEmpty() ? m_db.path() : options.workspacePath);
            rejectsPath = ws.absolutePath() + u'/' + ws.completeBaseName() + u".imports/"_s
                + u"import-%1-%2-rejects.csv"_s.arg(importId).arg(QFileInfo(path).completeBaseName());
        } else {
            rejectsPath = QFileInfo(folder).absoluteFilePath();
        }
        Query(m_db, "UPDATE imports SET rejects_file = ? WHERE id = ?", rejectsPath, importId).exec();
    }
    result.importId = importId;

    std::unique_ptr<Handler> handler;
    const QString fileName = QFileInfo(path).fileName();
    switch (options.kind) {
    case ImportKind::Leads:
        handler = std::make_unique<LeadHandler>(m_db, importId, mapping, policy, m_actor, fileName);
        break;
    case ImportKind::Activities:
        handler = std::make_unique<ActivityHandler>(m_db, importId, mapping, policy, options.activityType, now());
        break;
    case ImportKind::Campaigns:
        handler = std::make_unique<CampaignHandler>(m_db, importId, mapping, policy);
        break;
    case ImportKind::Deals:
        handler = std::make_unique<DealHandler>(m_db, importId, mapping, policy);
        break;
    }
    handler->counters = start;
    Rejects rejects(rejectsPath, source->header(), rejectsSize);
    const int headerCount = int(source->header().size());

    // Bulk writing: a larger page cache for this connection (the lead indexes are written in random
    // order), restored afterwards.
    const qint64 cacheBefore = m_db.pragmaInt("cache_size");
    const qint64 syncBefore = m_db.pragmaInt("synchronous");
    const qint64 checkpointBefore = m_db.pragmaInt("wal_autocheckpoint");
    m_db.exec("PRAGMA cache_size = -65536");
    // In WAL mode NORMAL keeps every commit atomic and a crash of the process loses nothing committed;
    // only a power cut can lose the last batches, which the import then resumes.
    m_db.exec("PRAGMA synchronous = NORMAL");
    // Fewer checkpoints: a page the batches keep changing is copied into the database less often.
    m_db.exec("PRAGMA wal_autocheckpoint = 65536");
    auto restorePragmas = [&] {
        m_db.exec("PRAGMA cache_size = " + std::to_string(cacheBefore));
        m_db.exec("PRAGMA synchronous = " + std::to_string(syncBefore));
        m_db.exec("PRAGMA wal_autocheckpoint = " + std::to_string(checkpointBefore));
    };
    // A large import next to the workspace suspends the sort and full-text indexes and builds them once at
    // the end (see ImportSupport::suspendLeadIndexes): many times faster, and still crash-safe.
    bool bulk = false;
    if (options.kind == ImportKind::Leads && format == ImportFormat::Csv) {
        const qint64 existing = Query(m_db, "SELECT ifnull(max(id), 0) - ifnull(min(id), 0) + 1 FROM leads").scalar().toLongLong();
        const qint64 remainingBytes = source->size() - source->position();
        const qint64 estimatedRows = remainingBytes / 200; // a contacts export row is 150 to 400 bytes
        bulk = options.bulk == BulkMode::Always
            || (options.bulk == BulkMode::Auto && estimatedRows >= 20000 && estimatedRows >= existing);
    }
    if (bulk)
        suspendLeadIndexes(m_db);
    const int batchSize = std::max(1, options.batchSize);
    bool more = true;
    bool cancelled = false;
    try {
        CsvRecord record;
        while (more) {
            Transaction tx(m_db);
            int n = 0;
            while (n < batchSize) {
                if (!source->next(record)) {
                    more = false;
                    if (!source->errorString().isEmpty())
                        throw StorageError(StorageError::Kind::Generic, source->errorString(), path);
                    break;
                }
                ++n;
                ++handler->counters.read;
                QString problem = record.error;
                if (problem.isEmpty() && record.fields.size() > headerCount) {
                    bool extra = false;
                    for (qsizetype i = headerCount; i < record.fields.size() && !extra; ++i)
                        extra = !record.fields.at(i).trimmed().isEmpty();
                    if (extra)
                        problem = tr("%1 fields where the header has %2 (a delimiter inside a field without quotes?)")
                                      .arg(record.fields.size())
                                      .arg(headerCount);
                }
                if (problem.isEmpty())
                    problem = handler->row(record);
                if (!problem.isEmpty()) {
                    ++handler->counters.rejected;
                    rejects.add(record.line, problem, record.error.isEmpty() ? record.fields : QStringList{record.raw});
                }
            }
            if (n == 0) {
                tx.commit();
                break;
            }
            handler->endBatch();
            const qint64 committedRejects = rejects.flush();
            const Counters &c = handler->counters;
            Query u(m_db, "UPDATE imports SET rows_read = ?, created = ?, merged = ?, rejected = ?, flagged = ?, "
                          "resume_offset = ?, resume_line = ?, rejects_size = ?, duration_ms = ? WHERE id = ?");
            u.bind(1, c.read).bind(2, c.created).bind(3, c.merged).bind(4, c.rejected).bind(5, c.flagged);
            u.bind(6, source->position()).bind(7, source->line()).bind(8, committedRejects);
            u.bind(9, previousMs + timer.elapsed()).bind(10, importId);
            u.exec();
            tx.commit();
            if (progress) {
                ImportProgress p{c.read, c.created, c.merged, c.rejected, source->position(), source->size()};
                if (!progress(p) && more) {
                    cancelled = true;
                    break;
                }
            }
        }
    } catch (const StorageError &e) {
        if (bulk)
            resumeLeadIndexes(m_db);
        restorePragmas();
        Query(m_db, "UPDATE imports SET status = 'failed', error = ?, finished_at = ? WHERE id = ?", e.message(), now(),
              importId)
            .exec();
        throw;
    }
    if (bulk) {
        if (progress)
            progress(ImportProgress{handler->counters.read, handler->counters.created, handler->counters.merged,
                                    handler->counters.rejected, source->size(), source->size(), true});
        resumeLeadIndexes(m_db);
        // Give the disk back: the write-ahead log grew with the bulk load (best effort: a reader may
        // hold it, then SQLite truncates it later).
        try {
            m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const StorageError &) {
        }
    }
    restorePragmas();
    handler->finish();

    const Counters &c = handler->counters;
    result.read = c.read;
    result.created = c.created;
    result.merged = c.merged;
    result.unchanged = c.unchanged;
    result.rejected = c.rejected;
    result.flagged = c.flagged;
    result.rejectsFile = rejects.used() ? rejects.path() : QString();
    result.status = cancelled ? u"cancelled"_s : u"done"_s;
    result.durationMs = previousMs + timer.elapsed();
    result.warnings = handler->warnings;
    result.touchedLeads = handler->touchedLeads;
    if (source->fallbackFields() > 0)
        result.warnings << tr("%n field(s) were not valid UTF-8 and were read as Windows-1252.", nullptr,
                              int(source->fallbackFields()));
    if (c.flagged > 0)
        result.warnings << tr("%n lead(s) have an invalid e-mail address: kept as written and flagged.", nullptr,
                              int(c.flagged));
    QString warningsJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(result.warnings)).toJson(QJsonDocument::Compact));
    Query(m_db, "UPDATE imports SET status = ?, finished_at = ?, duration_ms = ?, options = "
                "json_set(options, '$.warnings', json(?)) WHERE id = ?",
          result.status, now(), result.durationMs, warningsJson, importId)
        .exec();
    return result;
}
