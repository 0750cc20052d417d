#include "ImportHistory.h"

#include "ImportSupport.h"

#include "leads/Lead.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const char recordColumns[] = "id, kind, file, status, policy, actor, started_at, ifnull(finished_at, 0), duration_ms, "
                             "rows_read, created, merged, rejected, flagged, resume_line, rejects_file, error, options";

ImportRecord readRecord(const Query &q)
{
    ImportRecord r;
    r.id = q.int64(0);
    r.kind = ImportKinds::fromKey(q.text(1)).value_or(ImportKind::Leads);
    r.file = q.text(2);
    r.status = q.text(3);
    r.policy = q.text(4);
    r.actor = q.text(5);
    r.startedAt = q.int64(6);
    r.finishedAt = q.int64(7);
    r.durationMs = q.int64(8);
    r.read = q.int64(9);
    r.created = q.int64(10);
    r.merged = q.int64(11);
    r.rejected = q.int64(12);
    r.flagged = q.int64(13);
    r.resumeLine = q.int64(14);
    r.rejectsFile = q.text(15);
    r.error = q.text(16);
    for (const QJsonValue &w : QJsonDocument::fromJson(q.text(17).toUtf8()).object().value(u"warnings"_s).toArray())
        r.warnings << w.toString();
    return r;
}

struct Range
{
    QString table;
    qint64 first;
    qint64 last;
};

// Tables an import writes to; anything else in import_created is ignored (never SQL from data).
std::string tableName(const QString &table)
{
    static const QStringList known = {u"leads"_s, u"activities"_s, u"deals"_s, u"campaign_costs"_s, u"campaigns"_s};
    return known.contains(table) ? table.toStdString() : std::string();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ImportHistory::ImportHistory(Database &db)
    : m_db(db)
{
}

QList<ImportRecord> ImportHistory::list(int limit) const
{
    QList<ImportRecord> list;
    Query q(m_db, std::string("SELECT ") + recordColumns + " FROM imports ORDER BY id DESC LIMIT ?", limit);
    while (q.next())
        list << readRecord(q);
    return list;
}

std::optional<ImportRecord> ImportHistory::find(qint64 id) const
{
    Query q(m_db, std::string("SELECT ") + recordColumns + " FROM imports WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}

ImportHistory::UndoPlan ImportHistory::plan(qint64 id) const
{
    UndoPlan p;
    const auto record = find(id);
    if (!record)
        return p;
    Query ranges(m_db, "SELECT tbl, first_id, last_id FROM import_created WHERE import_id = ?", id);
    QList<Range> list;
    while (ranges.next())
        list << Range{ranges.text(0), ranges.int64(1), ranges.int64(2)};
    for (const Range &r : std::as_const(list)) {
        const std::string table = tableName(r.table);
        if (table.empty())
            continue;
        p.toRemove += Query(m_db, "SELECT count(*) FROM " + table + " WHERE rowid BETWEEN ? AND ?", r.first, r.last)
                          .scalar()
                          .toLongLong();
        if (r.table == u"leads"_s && record->finishedAt > 0)
            p.editedSince += Query(m_db, "SELECT count(*) FROM leads WHERE id BETWEEN ? AND ? AND updated_at > ?", r.first,
                                   r.last, record->finishedAt)
                                 .scalar()
                                 .toLongLong();
    }
    p.toRestore = Query(m_db, "SELECT count(DISTINCT tbl || row_id) FROM import_changes WHERE import_id = ?", id)
                      .scalar()
                      .toLongLong();
    return p;
}

ImportHistory::UndoResult ImportHistory::undo(qint64 id, const Progress &progress)
{
    const auto record = find(id);
    if (!record)
        throw StorageError(StorageError::Kind::Generic, tr("There is no import #%1.").arg(id), m_db.path());
    if (record->status == u"undone"_s)
        throw StorageError(StorageError::Kind::Generic, tr("Import #%1 was already undone.").arg(id), m_db.path());

    UndoResult result;
    QList<Range> ranges;
    {
        Query q(m_db, "SELECT tbl, first_id, last_id FROM import_created WHERE import_id = ? ORDER BY rowid", id);
        while (q.next())
            ranges << Range{q.text(0), q.int64(1), q.int64(2)};
    }
    const qint64 total = qint64(ranges.size()) + 1;
    qint64 done = 0;

    // First give back what the import changed, newest change first (a row changed twice ends with the
    // value it had before the import), then remove what it created, a range per transaction: a stop or a
    // crash in between leaves status "undoing", and running undo again finishes it.
    {
        Transaction tx(m_db);
        Query(m_db, "UPDATE imports SET status = 'undoing' WHERE id = ?", id).exec();
        Query q(m_db, "SELECT id, tbl, row_id, before, history_id FROM import_changes WHERE import_id = ? ORDER BY id DESC",
                id);
        struct Change
        {
            QString table;
            qint64 row;
            QJsonObject before;
            qint64 history;
        };
        QList<Change> changes;
        while (q.next())
            changes << Change{q.text(1), q.int64(2), QJsonDocument::fromJson(q.text(3).toUtf8()).object(),
                              q.isNull(4) ? 0 : q.int64(4)};
        for (const Change &c : std::as_const(changes)) {
            if (c.table == u"leads"_s) {
                if (Query(m_db, "SELECT count(*) FROM leads WHERE id = ?", c.row).scalar().toLongLong() == 0)
                    continue; // deleted since: nothing to give back
                Lead lead = ImportSupport::readLeadById(m_db, c.row);
                for (auto it = c.before.constBegin(); it != c.before.constEnd(); ++it) {
                    if (const auto field = LeadFields::fromKey(it.key()))
                        lead.setValue(*field, it.value().toVariant());
                }
                lead.updatedAt = QDateTime::currentMSecsSinceEpoch();
                ImportSupport::writeLead(m_db, lead);
                if (c.before.contains(u"import_flags"_s))
                    Query(m_db, "UPDATE leads SET import_flags = ? WHERE id = ?", c.before.value(u"import_flags"_s).toInt(),
                          c.row)
                        .exec();
                if (c.history > 0)
                    Query(m_db, "DELETE FROM stage_history WHERE id = ? AND lead_id = ?", c.history, c.row).exec();
            } else if (c.table == u"campaign_costs"_s) {
                Query(m_db, "UPDATE campaign_costs SET cost = ?, clicks = ?, visitors = ? WHERE id = ?",
                      c.before.value(u"cost"_s).toDouble(), c.before.value(u"clicks"_s).toInteger(),
                      c.before.value(u"visitors"_s).toInteger(), c.row)
                    .exec();
            } else if (c.table == u"campaigns"_s) {
                Query(m_db, "UPDATE campaigns SET cost = ?, visitors = ?, starts_on = ?, ends_on = ? WHERE id = ?",
                      c.before.value(u"cost"_s).toDouble(), c.before.value(u"visitors"_s).toInteger(),
                      c.before.value(u"starts_on"_s).toVariant(), c.before.value(u"ends_on"_s).toVariant(), c.row)
                    .exec();
            } else if (c.table == u"deals"_s) {
                Query u(m_db, "UPDATE deals SET amount = ?, stage_id = ?, outcome = ?, gross_margin = ?, closed_at = ?, "
                              "expected_close = ?, close_reason = ? WHERE id = ?");
                u.bind(1, c.before.value(u"amount"_s).toDouble()).bind(2, c.before.value(u"stage_id"_s).toInteger());
                u.bind(3, c.before.value(u"outcome"_s).toInteger()).bind(4, c.before.value(u"gross_margin"_s).toVariant());
                u.bind(5, c.before.value(u"closed_at"_s).toVariant()).bind(6, c.before.value(u"expected_close"_s).toVariant());
                u.bind(7, c.before.value(u"close_reason"_s).toString()).bind(8, c.row);
                u.exec();
            }
            ++result.restored;
        }
        tx.commit();
    }
    ++done;
    if (progress && !progress(done, total))
        return result;

    const QString activityActor = u"import #%1"_s.arg(id);
    // Children before parents: daily costs before the campaigns the import created.
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const Range &a, const Range &b) { return (a.table == u"campaigns"_s) < (b.table == u"campaigns"_s); });
    for (const Range &r : std::as_const(ranges)) {
        const std::string table = tableName(r.table);
        if (!table.empty()) {
            Transaction tx(m_db);
            if (r.table == u"activities"_s)
                result.removed += Query(m_db, "DELETE FROM activities WHERE id BETWEEN ? AND ? AND actor = ?", r.first,
                                        r.last, activityActor)
                                      .exec();
            else
                result.removed += Query(m_db, "DELETE FROM " + table + " WHERE rowid BETWEEN ? AND ?", r.first, r.last).exec();
            tx.commit();
        }
        ++done;
        if (progress && !progress(done, total))
            return result;
    }
    Query(m_db, "UPDATE imports SET status = 'undone' WHERE id = ?", id).exec();
    return result;
}

QStringList ImportHistory::mappingNames(ImportKind kind) const
{
    QStringList names;
    Query q(m_db, "SELECT name FROM import_mappings WHERE kind = ? ORDER BY name COLLATE NOCASE", ImportKinds::key(kind));
    while (q.next())
        names << q.text(0);
    return names;
}

std::optional<ColumnMapping> ImportHistory::mapping(ImportKind kind, const QString &name) const
{
    Query q(m_db, "SELECT mapping FROM import_mappings WHERE kind = ? AND name = ?", ImportKinds::key(kind), name);
    if (!q.next())
        return std::nullopt;
    return ColumnMapping::fromJson(QJsonDocument::fromJson(q.text(0).toUtf8()).object());
}

void ImportHistory::saveMapping(const QString &name, const ColumnMapping &mapping)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, tr("A saved mapping needs a name."), m_db.path());
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    Query(m_db,
          "INSERT INTO import_mappings (name, kind, mapping, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4) "
          "ON CONFLICT(kind, name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
          n, ImportKinds::key(mapping.kind()), compact(mapping.toJson()), t)
        .exec();
}

void ImportHistory::removeMapping(ImportKind kind, const QString &name)
{
    Query(m_db, "DELETE FROM import_mappings WHERE kind = ? AND name = ?", ImportKinds::key(kind), name).exec();
}

std::optional<std::pair<QString, ColumnMapping>> ImportHistory::mappingFor(ImportKind kind, const QStringList &headers) const
{
    Query q(m_db, "SELECT name, mapping FROM import_mappings WHERE kind = ? ORDER BY updated_at DESC",
            ImportKinds::key(kind));
    while (q.next()) {
        const ColumnMapping m = ColumnMapping::fromJson(QJsonDocument::fromJson(q.text(1).toUtf8()).object());
        if (m.headers() == headers)
            return std::make_pair(q.text(0), m);
    }
    return std::nullopt;
}

QList<qint64> ImportHistory::affectedLeads(qint64 id) const
{
    QList<qint64> ids;
    Query q(m_db,
            "SELECT l.id FROM import_created c JOIN leads l ON l.id BETWEEN c.first_id AND c.last_id "
            "WHERE c.import_id = ? AND c.tbl = 'leads' "
            "UNION SELECT row_id FROM import_changes WHERE import_id = ? AND tbl = 'leads' "
            "UNION SELECT a.lead_id FROM import_created c JOIN activities a ON a.id BETWEEN c.first_id AND c.last_id "
            "WHERE c.import_id = ? AND c.tbl = 'activities' "
            "UNION SELECT d.lead_id FROM import_created c JOIN deals d ON d.id BETWEEN c.first_id AND c.last_id "
            "WHERE c.import_id = ? AND c.tbl = 'deals' AND d.lead_id IS NOT NULL",
            id, id, id, id);
    while (q.next())
        ids << q.int64(0);
    return ids;
}
