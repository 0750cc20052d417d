#include "SyncStore.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString toJson(const Values &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Values valuesFromJson(const QString &json)
{
    Values v;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        v.insert(it.key(), it.value().toString());
    return v;
}

QString valueMapToJson(const QList<QPair<QString, QString>> &map)
{
    QJsonArray a;
    for (const auto &[l, r] : map)
        a.append(QJsonArray{l, r});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> valueMapFromJson(const QString &json)
{
    QList<QPair<QString, QString>> map;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &pair : a) {
        const QJsonArray p = pair.toArray();
        if (p.size() == 2)
            map.append({p.at(0).toString(), p.at(1).toString()});
    }
    return map;
}

Connection readConnection(const Query &q)
{
    Connection c;
    c.id = q.int64(0);
    c.name = q.text(1);
    c.connector = q.text(2);
    c.settings = QJsonDocument::fromJson(q.text(3).toUtf8()).object().toVariantMap();
    c.conflictRule = conflictRuleFromKey(q.text(4)).value_or(ConflictRule::Ask);
    c.createdAt = q.int64(5);
    c.lastRunAt = q.isNull(6) ? 0 : q.int64(6);
    c.lastStatus = q.text(7);
    c.lastMessage = q.text(8);
    return c;
}

const char connectionColumns[] =
    "SELECT id, name, connector, settings, conflict_rule, created_at, last_run_at, last_status, last_message "
    "FROM sync_connections ";

Conflict readConflict(const Query &q)
{
    Conflict c;
    c.id = q.int64(0);
    c.connectionId = q.int64(1);
    c.entity = entityFromKey(q.text(2)).value_or(Entity::Lead);
    c.localId = q.int64(3);
    c.field = q.text(4);
    c.localValue = q.text(5);
    c.remoteValue = q.text(6);
    c.baseValue = q.text(7);
    c.remoteId = q.text(8);
    c.detectedAt = q.int64(9);
    return c;
}

const char conflictColumns[] = "SELECT id, connection_id, entity, local_id, field, local_value, remote_value, base_value, "
                               "remote_id, detected_at FROM sync_conflicts ";

RunInfo readRun(const Query &q)
{
    RunInfo r;
    r.id = q.int64(0);
    r.connectionId = q.int64(1);
    r.startedAt = q.int64(2);
    r.finishedAt = q.isNull(3) ? 0 : q.int64(3);
    r.status = q.text(4);
    r.full = q.int64(5) != 0;
    r.dryRun = q.int64(6) != 0;
    r.pulled = q.int64(7);
    r.pushed = q.int64(8);
    r.failed = q.int64(9);
    r.conflicts = q.int64(10);
    r.requests = q.int64(11);
    r.message = q.text(12);
    return r;
}

} // namespace

QString conflictRuleKey(ConflictRule rule)
{
    switch (rule) {
    case ConflictRule::PreferLocal: return u"local"_s;
    case ConflictRule::PreferRemote: return u"remote"_s;
    case ConflictRule::Newest: return u"newest"_s;
    case ConflictRule::Ask: break;
    }
    return u"ask"_s;
}

std::optional<ConflictRule> conflictRuleFromKey(const QString &key)
{
    if (key == u"ask"_s)
        return ConflictRule::Ask;
    if (key == u"local"_s)
        return ConflictRule::PreferLocal;
    if (key == u"remote"_s)
        return ConflictRule::PreferRemote;
    if (key == u"newest"_s)
        return ConflictRule::Newest;
    return std::nullopt;
}

QString conflictRuleLabel(ConflictRule rule)
{
    switch (rule) {
    case ConflictRule::PreferLocal: return QCoreApplication::translate("Sync", "Keep Leadbench's value");
    case ConflictRule::PreferRemote: return QCoreApplication::translate("Sync", "Take the CRM's value");
    case ConflictRule::Newest: return QCoreApplication::translate("Sync", "The newest change wins");
    case ConflictRule::Ask: break;
    }
    return QCoreApplication::translate("Sync", "Ask me");
}

SyncStore::SyncStore(Database &db)
    : m_db(db)
{
}

QString SyncStore::workspaceKey()
{
    Query q(m_db, "SELECT value FROM meta WHERE key = 'sync.workspace_key'");
    if (q.next())
        return q.text(0);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces).left(13).remove(u'-');
    Query(m_db, "INSERT OR IGNORE INTO meta (key, value) VALUES ('sync.workspace_key', ?)", key).exec();
    return Query(m_db, "SELECT value FROM meta WHERE key = 'sync.workspace_key'").scalar().toString();
}

QList<Connection> SyncStore::connections() const
{
    QList<Connection> list;
    Query q(m_db, std::string(connectionColumns) + "ORDER BY name COLLATE NOCASE");
    while (q.next())
        list.append(readConnection(q));
    return list;
}

std::optional<Connection> SyncStore::connection(qint64 id) const
{
    Query q(m_db, std::string(connectionColumns) + "WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readConnection(q);
}

std::optional<Connection> SyncStore::connectionByName(const QString &name) const
{
    Query q(m_db, std::string(connectionColumns) + "WHERE name = ?", name);
    if (!q.next())
        return std::nullopt;
    return readConnection(q);
}

Connection SyncStore::connectionNamed(const QString &name) const
{
    if (auto c = connectionByName(name))
        return *c;
    QStringList names;
    for (const Connection &c : connections())
        names << c.name;
    throw Error(Error::Kind::Config,
                names.isEmpty() ? tr("There is no connection named \"%1\" (this workspace has none yet).").arg(name)
                                : tr("There is no connection named \"%1\" (connections: %2).").arg(name, names.join(u", "_s)));
}

qint64 SyncStore::addConnection(Connection c, const QList<EntitySpec> &entities)
{
    if (c.name.trimmed().isEmpty())
        throw Error(Error::Kind::Config, tr("A connection needs a name."));
    if (connectionByName(c.name.trimmed()))
        throw Error(Error::Kind::Config, tr("A connection named \"%1\" already exists.").arg(c.name.trimmed()));
    Transaction tx(m_db);
    Query q(m_db, "INSERT INTO sync_connections (name, connector, settings, conflict_rule, created_at) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, c.name.trimmed())
        .bind(2, c.connector)
        .bind(3, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(c.settings)).toJson(QJsonDocument::Compact)))
        .bind(4, conflictRuleKey(c.conflictRule))
        .bind(5, now());
    q.exec();
    const qint64 id = m_db.lastInsertId();
    for (const EntitySpec &spec : entities) {
        setMapping(id, spec.entity, spec.defaultMapping);
        enqueueAll(id, spec.entity);
    }
    tx.commit();
    return id;
}

void SyncStore::updateConnection(const Connection &c)
{
    if (c.name.trimmed().isEmpty())
        throw Error(Error::Kind::Config, tr("A connection needs a name."));
    if (auto other = connectionByName(c.name.trimmed()); other && other->id != c.id)
        throw Error(Error::Kind::Config, tr("A connection named \"%1\" already exists.").arg(c.name.trimmed()));
    Query q(m_db, "UPDATE sync_connections SET name = ?, settings = ?, conflict_rule = ? WHERE id = ?");
    q.bind(1, c.name.trimmed())
        .bind(2, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(c.settings)).toJson(QJsonDocument::Compact)))
        .bind(3, conflictRuleKey(c.conflictRule))
        .bind(4, c.id);
    q.exec();
}

void SyncStore::removeConnection(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, "DELETE FROM sync_connections WHERE id = ?", id).exec();
    tx.commit();
}

void SyncStore::setLastRun(qint64 connectionId, const QString &status, const QString &message)
{
    Query(m_db, "UPDATE sync_connections SET last_run_at = ?, last_status = ?, last_message = ? WHERE id = ?", now(),
          status, message, connectionId)
        .exec();
}

QList<FieldMapping> SyncStore::mapping(qint64 connectionId, Entity entity) const
{
    QList<FieldMapping> list;
    Query q(m_db,
            "SELECT local_field, remote_field, direction, clear_allowed, value_map FROM sync_field_map "
            "WHERE connection_id = ? AND entity = ? ORDER BY position, local_field",
            connectionId, entityKey(entity));
    while (q.next()) {
        FieldMapping m;
        m.localField = q.text(0);
        m.remoteField = q.text(1);
        m.direction = directionFromKey(q.text(2)).value_or(Direction::Both);
        m.clearAllowed = q.int64(3) != 0;
        m.valueMap = valueMapFromJson(q.text(4));
        list.append(m);
    }
    return list;
}

void SyncStore::setMapping(qint64 connectionId, Entity entity, const QList<FieldMapping> &mapping)
{
    QSet<QString> locals;
    QSet<QString> remotes;
    for (const FieldMapping &m : mapping) {
        if (m.localField.isEmpty() || m.remoteField.isEmpty())
            throw Error(Error::Kind::Config, tr("A field mapping needs a Leadbench field and a CRM field."));
        if (locals.contains(m.localField))
            throw Error(Error::Kind::Config, tr("The field \"%1\" is mapped twice.").arg(m.localField));
        if (remotes.contains(m.remoteField))
            throw Error(Error::Kind::Config, tr("The CRM field \"%1\" is mapped twice.").arg(m.remoteField));
        locals.insert(m.localField);
        remotes.insert(m.remoteField);
    }
    Transaction tx(m_db);
    Query(m_db, "DELETE FROM sync_field_map WHERE connection_id = ? AND entity = ?", connectionId, entityKey(entity)).exec();
    Query q(m_db, "INSERT INTO sync_field_map (connection_id, entity, local_field, remote_field, direction, clear_allowed, "
                  "value_map, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const FieldMapping &m : mapping) {
        q.reset();
        q.bind(1, connectionId)
            .bind(2, entityKey(entity))
            .bind(3, m.localField)
            .bind(4, m.remoteField)
            .bind(5, directionKey(m.direction))
            .bind(6, m.clearAllowed)
            .bind(7, valueMapToJson(m.valueMap))
            .bind(8, position++);
        q.exec();
    }
    tx.commit();
}

std::optional<Link> SyncStore::link(qint64 connectionId, Entity entity, qint64 localId) const
{
    Query q(m_db,
            "SELECT local_id, remote_id, base, remote_modified_at FROM sync_links "
            "WHERE connection_id = ? AND entity = ? AND local_id = ?",
            connectionId, entityKey(entity), localId);
    if (!q.next())
        return std::nullopt;
    return Link{q.int64(0), q.text(1), valuesFromJson(q.text(2)), q.int64(3)};
}

std::optional<Link> SyncStore::linkByRemote(qint64 connectionId, Entity entity, const QString &remoteId) const
{
    Query q(m_db,
            "SELECT local_id, remote_id, base, remote_modified_at FROM sync_links "
            "WHERE connection_id = ? AND entity = ? AND remote_id = ?",
            connectionId, entityKey(entity), remoteId);
    if (!q.next())
        return std::nullopt;
    return Link{q.int64(0), q.text(1), valuesFromJson(q.text(2)), q.int64(3)};
}

void SyncStore::saveLink(qint64 connectionId, Entity entity, const Link &link)
{
    Query q(m_db, "INSERT INTO sync_links (connection_id, entity, local_id, remote_id, base, remote_modified_at, synced_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (connection_id, entity, local_id) DO UPDATE SET "
                  "remote_id = ?4, base = ?5, remote_modified_at = max(remote_modified_at, ?6), synced_at = ?7");
    q.bind(1, connectionId)
        .bind(2, entityKey(entity))
        .bind(3, link.localId)
        .bind(4, link.remoteId)
        .bind(5, toJson(link.base))
        .bind(6, link.remoteModifiedAt)
        .bind(7, now());
    q.exec();
}

void SyncStore::removeLink(qint64 connectionId, Entity entity, qint64 localId)
{
    Query(m_db, "DELETE FROM sync_links WHERE connection_id = ? AND entity = ? AND local_id = ?", connectionId,
          entityKey(entity), localId)
        .exec();
}

qint64 SyncStore::linkCount(qint64 connectionId, Entity entity) const
{
    return Query(m_db, "SELECT count(*) FROM sync_links WHERE connection_id = ? AND entity = ?", connectionId,
                 entityKey(entity))
        .scalar()
        .toLongLong();
}

QList<OutboxEntry> SyncStore::outbox(qint64 connectionId, Entity entity, qint64 afterId, int limit) const
{
    QList<OutboxEntry> list;
    Query q(m_db,
            "SELECT id, local_id, op, version, attempts, last_error FROM sync_outbox "
            "WHERE connection_id = ? AND entity = ? AND id > ? ORDER BY id LIMIT ?",
            connectionId, entityKey(entity), afterId, limit);
    while (q.next())
        list.append({q.int64(0), q.int64(1), q.text(2) == u"delete"_s, q.int64(3), q.integer(4), q.text(5)});
    return list;
}

qint64 SyncStore::outboxCount(qint64 connectionId) const
{
    return Query(m_db, "SELECT count(*) FROM sync_outbox WHERE connection_id = ?", connectionId).scalar().toLongLong();
}

void SyncStore::enqueue(qint64 connectionId, Entity entity, qint64 localId, bool isDelete)
{
    Query(m_db,
          "INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at) VALUES (?1, ?2, ?3, ?4, ?5) "
          "ON CONFLICT (connection_id, entity, local_id) DO UPDATE SET op = ?4, version = version + 1, changed_at = ?5, "
          "attempts = 0, last_error = ''",
          connectionId, entityKey(entity), localId, isDelete ? u"delete"_s : u"upsert"_s, now())
        .exec();
}

void SyncStore::enqueueAll(qint64 connectionId, Entity entity)
{
    const char *sql = entity == Entity::Deal
        ? "INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at) "
          "SELECT ?, 'deal', id, 'upsert', updated_at FROM deals WHERE true ORDER BY id "
          "ON CONFLICT (connection_id, entity, local_id) DO NOTHING"
        : "INSERT INTO sync_outbox (connection_id, entity, local_id, op, changed_at) "
          "SELECT ?, 'lead', id, 'upsert', updated_at FROM leads WHERE true ORDER BY id "
          "ON CONFLICT (connection_id, entity, local_id) DO NOTHING";
    Query(m_db, sql, connectionId).exec();
}

bool SyncStore::completeOutbox(qint64 outboxId, qint64 version)
{
    return Query(m_db, "DELETE FROM sync_outbox WHERE id = ? AND version = ?", outboxId, version).exec() > 0;
}

std::optional<OutboxEntry> SyncStore::pending(qint64 connectionId, Entity entity, qint64 localId) const
{
    Query q(m_db,
            "SELECT id, local_id, op, version, attempts, last_error FROM sync_outbox "
            "WHERE connection_id = ? AND entity = ? AND local_id = ?",
            connectionId, entityKey(entity), localId);
    if (!q.next())
        return std::nullopt;
    return OutboxEntry{q.int64(0), q.int64(1), q.text(2) == u"delete"_s, q.int64(3), q.integer(4), q.text(5)};
}

void SyncStore::failOutbox(qint64 outboxId, const QString &error)
{
    Query(m_db, "UPDATE sync_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?", error, outboxId).exec();
}

QString SyncStore::cursor(qint64 connectionId, Entity entity, const QString &kind) const
{
    Query q(m_db, "SELECT cursor FROM sync_cursors WHERE connection_id = ? AND entity = ? AND kind = ?", connectionId,
            entityKey(entity), kind);
    return q.next() ? q.text(0) : QString();
}

void SyncStore::setCursor(qint64 connectionId, Entity entity, const QString &kind, const QString &cursor)
{
    Query(m_db,
          "INSERT INTO sync_cursors (connection_id, entity, kind, cursor) VALUES (?1, ?2, ?3, ?4) "
          "ON CONFLICT (connection_id, entity, kind) DO UPDATE SET cursor = ?4",
          connectionId, entityKey(entity), kind, cursor)
        .exec();
}

void SyncStore::clearCursors(qint64 connectionId)
{
    Query(m_db, "DELETE FROM sync_cursors WHERE connection_id = ?", connectionId).exec();
}

void SyncStore::beginEcho(qint64 connectionId)
{
    Query(m_db, "INSERT OR IGNORE INTO sync_echo (connection_id) VALUES (?)", connectionId).exec();
}

void SyncStore::endEcho(qint64 connectionId)
{
    Query(m_db, "DELETE FROM sync_echo WHERE connection_id = ?", connectionId).exec();
}

QList<Conflict> SyncStore::conflicts(qint64 connectionId) const
{
    QList<Conflict> list;
    Query q(m_db, std::string(conflictColumns) + "WHERE ?1 = 0 OR connection_id = ?1 ORDER BY id", connectionId);
    while (q.next())
        list.append(readConflict(q));
    return list;
}

std::optional<Conflict> SyncStore::conflict(qint64 id) const
{
    Query q(m_db, std::string(conflictColumns) + "WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readConflict(q);
}

QSet<QString> SyncStore::conflictFields(qint64 connectionId, Entity entity, qint64 localId) const
{
    QSet<QString> fields;
    Query q(m_db, "SELECT field FROM sync_conflicts WHERE connection_id = ? AND entity = ? AND local_id = ?", connectionId,
            entityKey(entity), localId);
    while (q.next())
        fields.insert(q.text(0));
    return fields;
}

void SyncStore::addConflict(const Conflict &c)
{
    Query q(m_db, "INSERT INTO sync_conflicts (connection_id, entity, local_id, field, local_value, remote_value, "
                  "base_value, remote_id, detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                  "ON CONFLICT (connection_id, entity, local_id, field) DO UPDATE SET local_value = ?5, "
                  "remote_value = ?6, remote_id = ?8, detected_at = ?9");
    q.bind(1, c.connectionId)
        .bind(2, entityKey(c.entity))
        .bind(3, c.localId)
        .bind(4, c.field)
        .bind(5, c.localValue)
        .bind(6, c.remoteValue)
        .bind(7, c.baseValue)
        .bind(8, c.remoteId)
        .bind(9, c.detectedAt ? c.detectedAt : now());
    q.exec();
}

void SyncStore::removeConflict(qint64 id)
{
    Query(m_db, "DELETE FROM sync_conflicts WHERE id = ?", id).exec();
}

void SyncStore::removeConflicts(qint64 connectionId, Entity entity, qint64 localId)
{
    Query(m_db, "DELETE FROM sync_conflicts WHERE connection_id = ? AND entity = ? AND local_id = ?", connectionId,
          entityKey(entity), localId)
        .exec();
}

qint64 SyncStore::conflictCount(qint64 connectionId) const
{
    return Query(m_db, "SELECT count(*) FROM sync_conflicts WHERE ?1 = 0 OR connection_id = ?1", connectionId)
        .scalar()
        .toLongLong();
}

qint64 SyncStore::startRun(qint64 connectionId, bool full, bool dryRun)
{
    Query(m_db, "INSERT INTO sync_runs (connection_id, started_at, full_sync, dry_run) VALUES (?, ?, ?, ?)", connectionId,
          now(), full, dryRun)
        .exec();
    const qint64 id = m_db.lastInsertId();
    // Keep the last 50 runs of a connection (their log goes with them).
    Query(m_db,
          "DELETE FROM sync_runs WHERE connection_id = ?1 AND id NOT IN "
          "(SELECT id FROM sync_runs WHERE connection_id = ?1 ORDER BY id DESC LIMIT 50)",
          connectionId)
        .exec();
    return id;
}

void SyncStore::log(qint64 runId, const QString &level, const QString &message)
{
    Query(m_db, "INSERT INTO sync_log (run_id, at, level, message) VALUES (?, ?, ?, ?)", runId, now(), level, message).exec();
}

void SyncStore::finishRun(const RunInfo &r)
{
    Query q(m_db, "UPDATE sync_runs SET finished_at = ?, status = ?, pulled = ?, pushed = ?, failed = ?, conflicts = ?, "
                  "requests = ?, message = ? WHERE id = ?");
    q.bind(1, now())
        .bind(2, r.status)
        .bind(3, r.pulled)
        .bind(4, r.pushed)
        .bind(5, r.failed)
        .bind(6, r.conflicts)
        .bind(7, r.requests)
        .bind(8, r.message)
        .bind(9, r.id);
    q.exec();
}

QList<RunInfo> SyncStore::runs(qint64 connectionId, int limit) const
{
    QList<RunInfo> list;
    Query q(m_db,
            "SELECT id, connection_id, started_at, finished_at, status, full_sync, dry_run, pulled, pushed, failed, "
            "conflicts, requests, message FROM sync_runs WHERE connection_id = ? ORDER BY id DESC LIMIT ?",
            connectionId, limit);
    while (q.next())
        list.append(readRun(q));
    return list;
}

QList<LogLine> SyncStore::runLog(qint64 runId) const
{
    QList<LogLine> list;
    Query q(m_db, "SELECT at, level, message FROM sync_log WHERE run_id = ? ORDER BY id", runId);
    while (q.next())
        list.append({q.int64(0), q.text(1), q.text(2)});
    return list;
}

} // namespace Sync
