#pragma once

#include "SyncTypes.h"

#include <QSet>

#include <optional>

class Database;

namespace Sync {

// What happens when both sides changed a field since the last sync and the field has no source of truth.
enum class ConflictRule {
    Ask,          // keep both as they are and let the person choose (the conflicts dialog)
    PreferLocal,  // Leadbench's value wins
    PreferRemote, // the CRM's value wins
    Newest,       // the side changed last wins (record modification times)
};
QString conflictRuleKey(ConflictRule rule);
std::optional<ConflictRule> conflictRuleFromKey(const QString &key);
QString conflictRuleLabel(ConflictRule rule);

struct Connection
{
    qint64 id = 0;
    QString name;
    QString connector; // plug-in id
    QVariantMap settings;
    ConflictRule conflictRule = ConflictRule::Ask;
    qint64 createdAt = 0;
    qint64 lastRunAt = 0;
    QString lastStatus; // ok, partial, failed, cancelled ("" never ran)
    QString lastMessage;
};

struct Link
{
    qint64 localId = 0;
    QString remoteId;
    Values base; // canonical remote values both sides agreed on at the last sync: the merge base
    qint64 remoteModifiedAt = 0;
};

struct OutboxEntry
{
    qint64 id = 0;
    qint64 localId = 0;
    bool isDelete = false;
    qint64 version = 0;
    int attempts = 0;
    QString lastError;
};

struct Conflict
{
    qint64 id = 0;
    qint64 connectionId = 0;
    Entity entity = Entity::Lead;
    qint64 localId = 0;
    QString field;       // local field key; "" when the record was deleted remotely but changed here
    QString localValue;  // canonical local value
    QString remoteValue; // canonical local value of what the remote has
    QString baseValue;
    QString remoteId;
    qint64 detectedAt = 0;
};

struct RunInfo
{
    qint64 id = 0;
    qint64 connectionId = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QString status;
    bool full = false;
    bool dryRun = false;
    qint64 pulled = 0;
    qint64 pushed = 0;
    qint64 failed = 0;
    qint64 conflicts = 0;
    qint64 requests = 0;
    QString message;
};

struct LogLine
{
    qint64 at = 0;
    QString level;
    QString message;
};

// The sync tables (migration 4): connections, field maps, the id links with their merge base, the
// outbox, cursors, conflicts, runs and their log. All the SQL of core/sync lives here and in
// LocalRecords; one instance per connection (thread).
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)
public:
    explicit SyncStore(Database &db);

    Database &db() const { return m_db; }

    // A random id of this workspace, part of every record's key on the remote side.
    QString workspaceKey();

    QList<Connection> connections() const;
    std::optional<Connection> connection(qint64 id) const;
    std::optional<Connection> connectionByName(const QString &name) const;
    Connection connectionNamed(const QString &name) const; // throws Sync::Error(Config) when missing
    // Adds the connection with the connector's default field mappings; queues every local record.
    qint64 addConnection(Connection connection, const QList<EntitySpec> &entities);
    void updateConnection(const Connection &connection); // name, settings, conflict rule
    void removeConnection(qint64 id);
    void setLastRun(qint64 connectionId, const QString &status, const QString &message);

    QList<FieldMapping> mapping(qint64 connectionId, Entity entity) const;
    void setMapping(qint64 connectionId, Entity entity, const QList<FieldMapping> &mapping);

    std::optional<Link> link(qint64 connectionId, Entity entity, qint64 localId) const;
    std::optional<Link> linkByRemote(qint64 connectionId, Entity entity, const QString &remoteId) const;
    void saveLink(qint64 connectionId, Entity entity, const Link &link);
    void removeLink(qint64 connectionId, Entity entity, qint64 localId);
    qint64 linkCount(qint64 connectionId, Entity entity) const;

    // Entries after `afterId`, oldest first.
    QList<OutboxEntry> outbox(qint64 connectionId, Entity entity, qint64 afterId, int limit) const;
    qint64 outboxCount(qint64 connectionId) const;
    void enqueue(qint64 connectionId, Entity entity, qint64 localId, bool isDelete = false);
    // Every local record (a full sync): records already queued keep their entry.
    void enqueueAll(qint64 connectionId, Entity entity);
    // Removes the entry if the record did not change again since it was read (same version).
    bool completeOutbox(qint64 outboxId, qint64 version);
    std::optional<OutboxEntry> pending(qint64 connectionId, Entity entity, qint64 localId) const;
    void failOutbox(qint64 outboxId, const QString &error);

    QString cursor(qint64 connectionId, Entity entity, const QString &kind) const;
    void setCursor(qint64 connectionId, Entity entity, const QString &kind, const QString &cursor);
    void clearCursors(qint64 connectionId);

    // Between begin and end (in one transaction), writes to leads and deals stay out of this
    // connection's outbox: they are what the connection itself sent.
    void beginEcho(qint64 connectionId);
    void endEcho(qint64 connectionId);

    QList<Conflict> conflicts(qint64 connectionId = 0) const;
    std::optional<Conflict> conflict(qint64 id) const;
    QSet<QString> conflictFields(qint64 connectionId, Entity entity, qint64 localId) const;
    void addConflict(const Conflict &conflict);
    void removeConflict(qint64 id);
    void removeConflicts(qint64 connectionId, Entity entity, qint64 localId);
    qint64 conflictCount(qint64 connectionId = 0) const;

    qint64 startRun(qint64 connectionId, bool full, bool dryRun);
    void log(qint64 runId, const QString &level, const QString &message);
    void finishRun(const RunInfo &run);
    QList<RunInfo> runs(qint64 connectionId, int limit = 20) const;
    QList<LogLine> runLog(qint64 runId) const;

private:
    Database &m_db;
};

} // namespace Sync
