#pragma once

#include "HttpClient.h"
#include "SyncStore.h"
#include "SyncTypes.h"

#include <atomic>
#include <functional>

class Database;

namespace Sync {

class Connector;
class ConnectorSession;
class LocalRecords;

struct SyncOptions
{
    bool full = false;   // pull everything from the beginning and compare every local record
    bool dryRun = false; // read the remote, write nothing anywhere, say what would change
};

// One change a sync made or, in a dry run, would make.
struct PlannedChange
{
    enum class Side { Local, Remote }; // where it is written
    Side side = Side::Local;
    Entity entity = Entity::Lead;
    QString action; // create, update, delete, conflict
    qint64 localId = 0;
    QString remoteId;
    QString name;
    QString field;
    QString from;
    QString to;
};

struct SyncReport
{
    qint64 runId = 0;
    QString status; // ok, partial (some records failed), failed, cancelled
    QString message;
    qint64 pulled = 0;       // remote records applied locally (created, updated or deleted here)
    qint64 pushed = 0;       // local records the remote accepted
    qint64 failed = 0;       // local records the remote refused (they stay queued, with the reason)
    qint64 conflicts = 0;    // new conflicts waiting for the person
    qint64 requests = 0;
    qint64 rateLimited = 0;  // requests answered 429
    qint64 elapsedMs = 0;
    QList<PlannedChange> changes; // every change (dry run: planned), at most MaxChanges
    qint64 moreChanges = 0;       // changes left out of the list
    QVariantMap changedSecrets;   // secrets the remote rotated: store them

    static constexpr int MaxChanges = 10000;
};

// Runs a sync of one connection: pulls remote changes page by page (each page applied and its
// cursor stored in one transaction), merges them field by field against the last agreed values
// (conflicts, sources of truth, empty values), then pushes the outbox in the connector's batches,
// recording each record's result in the same transaction as its link. Killed at any point, a run
// started again loses nothing and duplicates nothing: pages are re-read from the stored cursor,
// outbox entries stay until their result is recorded, and creates are upserts on the record's key.
//
// Synchronous; runs on the thread that owns `db` (a worker with its own connection in the GUI).
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    using Progress = std::function<void(const QString &phase, qint64 done, qint64 total)>;
    using LogSink = std::function<void(const QString &level, const QString &message)>;

    SyncEngine(Database &db, Connector &connector, const QString &actor);
    ~SyncEngine();

    void setHttpOptions(const HttpClient::Options &options) { m_httpOptions = options; }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setLogSink(LogSink sink) { m_logSink = std::move(sink); }
    // Tests: called at the points where a kill is most harmful ("pull-page", "push-sent",
    // "push-recorded"); a hook that throws stops the run there as a kill would.
    void setCrashHook(std::function<void(const char *point)> hook) { m_crashHook = std::move(hook); }

    SyncReport run(qint64 connectionId, const QVariantMap &secrets, const SyncOptions &options);

    // Authenticates and checks the remote set-up; throws Sync::Error with the reason.
    static void test(Connector &connector, const QVariantMap &settings, const QVariantMap &secrets,
                     const HttpClient::Options &options = HttpClient::Options());

    // The record's key on the remote side ("<workspace key>:lead:42").
    static QString recordKey(const QString &workspaceKey, Entity entity, qint64 localId);
    static std::optional<qint64> localIdOfKey(const QString &workspaceKey, Entity entity, const QString &key);

private:
    struct Context;
    void pull(Context &ctx, const EntitySpec &spec);
    void pullDeletions(Context &ctx, const EntitySpec &spec);
    void applyRemote(Context &ctx, const EntitySpec &spec, const RemoteRecord &record);
    void merge(Context &ctx, const EntitySpec &spec, Link link, const Values &local, const RemoteRecord &record);
    void applyRemoteDeletion(Context &ctx, const EntitySpec &spec, const RemoteRecord &record);
    bool push(Context &ctx, const EntitySpec &spec);
    void note(Context &ctx, PlannedChange change);
    void log(Context &ctx, const QString &level, const QString &message);
    void progress(const QString &phase, qint64 done, qint64 total);
    void crashPoint(const char *point);

    Database &m_db;
    Connector &m_connector;
    QString m_actor;
    HttpClient::Options m_httpOptions;
    const std::atomic_bool *m_cancelled = nullptr;
    Progress m_progress;
    LogSink m_logSink;
    std::function<void(const char *)> m_crashHook;
};

} // namespace Sync
