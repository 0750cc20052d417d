#pragma once

#include "CredentialStore.h"
#include "SyncEngine.h"
#include "SyncStore.h"

#include <QObject>

class Workspace;

namespace Sync {

class Connector;
class ConnectorRegistry;

// What a person does with connections, for the GUI and the CLI alike: add and edit them (secrets to
// the keychain), test them, map fields, sync, and settle conflicts. Works on the workspace's main
// connection; a sync in the GUI runs on a worker (SyncRunner).
class SyncService : public QObject
{
    Q_OBJECT
public:
    SyncService(Workspace &workspace, ConnectorRegistry &registry, CredentialStore &credentials,
                QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    ConnectorRegistry &registry() const { return m_registry; }
    CredentialStore &credentials() const { return m_credentials; }
    SyncStore &store() { return m_store; }

    QList<Connection> connections() const { return m_store.connections(); }
    Connector &connectorOf(const Connection &connection) const;

    // Checks the settings (required ones given, addresses https or loopback), stores the connection
    // and its secrets; when the keychain cannot store them, nothing is added and the error says why.
    qint64 addConnection(const Connection &connection, const QVariantMap &secrets);
    // Secrets: only those given are replaced (empty map: keep them all).
    void updateConnection(const Connection &connection, const QVariantMap &secrets);
    void removeConnection(qint64 id);
    QVariantMap secrets(qint64 connectionId);

    // Settings and secrets checked against the connector's specs; throws Sync::Error(Config).
    static void validate(const Connector &connector, const QVariantMap &settings, const QVariantMap &secrets,
                         bool secretsRequired);

    void test(qint64 connectionId, const HttpClient::Options &options = HttpClient::Options());
    SyncReport sync(qint64 connectionId, const SyncOptions &options,
                    const HttpClient::Options &http = HttpClient::Options(), SyncEngine::Progress progress = {});
    // After a run on another connection: stores rotated secrets, tells views leads and deals changed.
    void finishRun(qint64 connectionId, const SyncReport &report);

    enum class Choice { KeepLocal, TakeRemote };
    void resolveConflict(qint64 conflictId, Choice choice);

signals:
    void connectionsChanged();
    void conflictsChanged();
    void synced(qint64 connectionId);

private:
    Workspace &m_workspace;
    ConnectorRegistry &m_registry;
    CredentialStore &m_credentials;
    SyncStore m_store;
};

} // namespace Sync
