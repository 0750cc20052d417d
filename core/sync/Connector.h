#pragma once

#include "SyncTypes.h"
#include "Transport.h"

#include <QtPlugin>

#include <memory>

namespace Sync {

// What a connector gets for one sync run.
struct SessionContext
{
    QVariantMap settings; // the connection's settings (base URL, ...), never secrets
    QVariantMap secrets;  // from the keychain, for this run only
    Transport *transport = nullptr;
    bool readOnly = false; // a dry run: change nothing on the remote side (not even its set-up)
};

// One run against the remote: authenticated, with whatever state the API needs (access tokens).
// Every method blocks and throws Sync::Error on failure. The engine calls them from a worker thread.
class ConnectorSession
{
public:
    virtual ~ConnectorSession() = default;

    // Authenticates and checks the remote side is ready (e.g. the property holding Leadbench's key
    // exists, creating it when the API allows). Used by "Test connection" too.
    virtual void prepare() = 0;

    // Remote records changed since the cursor ("" = from the beginning), oldest change first, with
    // the given remote fields. A page may be empty and not done (the connector restarted a capped query).
    virtual PullPage pullChanges(Entity entity, const QString &cursor, const QStringList &fields) = 0;
    // Remote records deleted since the cursor ("" = none before now: a first sync has nothing to delete).
    virtual PullPage pullDeletions(Entity entity, const QString &cursor) = 0;
    // The current state of these records (missing ones are left out).
    virtual QList<RemoteRecord> fetch(Entity entity, const QStringList &remoteIds, const QStringList &fields) = 0;

    // Pushes at most EntitySpec::batchSize items; returns one result per item, in any order.
    // Creates must be idempotent (upsert on PushItem::key) so a retried request never duplicates.
    virtual QList<PushResult> push(Entity entity, const QList<PushItem> &items) = 0;

    // Secrets the remote rotated during the run (a new refresh token): the engine stores them.
    virtual QVariantMap changedSecrets() const { return {}; }
};

// A connector plug-in: says what it is, what it needs, what it maps, and opens sessions.
class Connector
{
public:
    virtual ~Connector() = default;

    virtual QString id() const = 0;   // stable: stored with each connection ("hubspot")
    virtual QString name() const = 0; // shown ("HubSpot")
    virtual QString description() const = 0;
    virtual QList<SettingSpec> settings() const = 0;
    virtual QList<EntitySpec> entities() const = 0;
    virtual QList<RateLimit> rateLimits() const = 0;

    virtual std::unique_ptr<ConnectorSession> openSession(const SessionContext &context) = 0;
};

} // namespace Sync

#define LeadbenchConnector_iid "org.leadbench.Connector/1"
Q_DECLARE_INTERFACE(Sync::Connector, LeadbenchConnector_iid)
