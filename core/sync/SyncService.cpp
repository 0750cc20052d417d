#include "SyncService.h"

#include "Connector.h"
#include "ConnectorRegistry.h"
#include "LocalRecords.h"

#include "leads/LeadRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

using namespace Qt::StringLiterals;

namespace Sync {

SyncService::SyncService(Workspace &workspace, ConnectorRegistry &registry, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_registry(registry)
    , m_credentials(credentials)
    , m_store(workspace.db())
{
}

Connector &SyncService::connectorOf(const Connection &connection) const
{
    return m_registry.require(connection.connector);
}

void SyncService::validate(const Connector &connector, const QVariantMap &settings, const QVariantMap &secrets,
                           bool secretsRequired)
{
    for (const SettingSpec &spec : connector.settings()) {
        const QString value = (spec.secret ? secrets : settings).value(spec.key).toString().trimmed();
        if (spec.required && value.isEmpty() && (!spec.secret || secretsRequired))
            throw Error(Error::Kind::Config, tr("%1: \"%2\" is required.").arg(connector.name(), spec.label));
        if (!spec.secret && !value.isEmpty() && (spec.key.endsWith(u"url"_s) || spec.key.endsWith(u"_url"_s))) {
            const QString problem = HttpClient::checkUrl(value);
            if (!problem.isEmpty())
                throw Error(Error::Kind::Config, tr("%1: %2").arg(spec.label, problem));
        }
    }
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        bool known = false;
        for (const SettingSpec &spec : connector.settings())
            known = known || (spec.key == it.key() && !spec.secret);
        if (!known)
            throw Error(Error::Kind::Config, tr("%1 has no setting \"%2\".").arg(connector.name(), it.key()));
    }
}

qint64 SyncService::addConnection(const Connection &connection, const QVariantMap &secrets)
{
    Connector &connector = m_registry.require(connection.connector);
    Connection c = connection;
    for (const SettingSpec &spec : connector.settings()) {
        if (!spec.secret && !c.settings.contains(spec.key) && !spec.defaultValue.isEmpty())
            c.settings.insert(spec.key, spec.defaultValue);
    }
    validate(connector, c.settings, secrets, true);
    Transaction tx(m_workspace.db());
    const qint64 id = m_store.addConnection(c, connector.entities());
    if (!secrets.isEmpty())
        m_credentials.store(CredentialStore::entryName(m_store.workspaceKey(), id), secrets); // throws: nothing added
    tx.commit();
    emit connectionsChanged();
    return id;
}

void SyncService::updateConnection(const Connection &connection, const QVariantMap &secrets)
{
    Connector &connector = m_registry.require(connection.connector);
    validate(connector, connection.settings, secrets, false);
    Transaction tx(m_workspace.db());
    m_store.updateConnection(connection);
    if (!secrets.isEmpty()) {
        const QString entry = CredentialStore::entryName(m_store.workspaceKey(), connection.id);
        QVariantMap merged = m_credentials.load(entry);
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            if (!it.value().toString().isEmpty())
                merged.insert(it.key(), it.value());
        }
        m_credentials.store(entry, merged);
    }
    tx.commit();
    emit connectionsChanged();
}

void SyncService::removeConnection(qint64 id)
{
    const QString entry = CredentialStore::entryName(m_store.workspaceKey(), id);
    m_store.removeConnection(id);
    try {
        m_credentials.remove(entry);
    } catch (const Error &e) {
        qWarning("Leadbench: the keychain entry of a removed connection stays: %s", qPrintable(e.message()));
    }
    emit connectionsChanged();
    emit conflictsChanged();
}

QVariantMap SyncService::secrets(qint64 connectionId)
{
    return m_credentials.load(CredentialStore::entryName(m_store.workspaceKey(), connectionId));
}

void SyncService::test(qint64 connectionId, const HttpClient::Options &options)
{
    const std::optional<Connection> c = m_store.connection(connectionId);
    if (!c)
        throw Error(Error::Kind::Config, tr("The connection #%1 no longer exists.").arg(connectionId));
    SyncEngine::test(connectorOf(*c), c->settings, secrets(connectionId), options);
}

SyncReport SyncService::sync(qint64 connectionId, const SyncOptions &options, const HttpClient::Options &http,
                             SyncEngine::Progress progress)
{
    const std::optional<Connection> c = m_store.connection(connectionId);
    if (!c)
        throw Error(Error::Kind::Config, tr("The connection #%1 no longer exists.").arg(connectionId));
    SyncEngine engine(m_workspace.db(), connectorOf(*c), m_workspace.actor());
    engine.setHttpOptions(http);
    engine.setProgress(std::move(progress));
    const SyncReport report = engine.run(connectionId, secrets(connectionId), options);
    finishRun(connectionId, report);
    return report;
}

void SyncService::finishRun(qint64 connectionId, const SyncReport &report)
{
    if (!report.changedSecrets.isEmpty()) {
        const QString entry = CredentialStore::entryName(m_store.workspaceKey(), connectionId);
        QVariantMap merged = m_credentials.load(entry);
        for (auto it = report.changedSecrets.cbegin(); it != report.changedSecrets.cend(); ++it)
            merged.insert(it.key(), it.value());
        m_credentials.store(entry, merged);
    }
    if (report.pulled > 0)
        m_workspace.leads().announceReset();
    emit synced(connectionId);
    emit conflictsChanged();
    emit connectionsChanged();
}

void SyncService::resolveConflict(qint64 conflictId, Choice choice)
{
    const std::optional<Conflict> c = m_store.conflict(conflictId);
    if (!c)
        throw Error(Error::Kind::Config, tr("The conflict #%1 was already settled.").arg(conflictId));
    LocalRecords records(m_workspace.db(), m_workspace.actor());
    const std::optional<Connection> connection = m_store.connection(c->connectionId);
    const QString reason = tr("Conflict settled: %1").arg(connection ? connection->name : QString());
    Transaction tx(m_workspace.db());
    if (c->field.isEmpty()) {
        // Deleted in the CRM, changed here.
        if (choice == Choice::KeepLocal) {
            m_store.enqueue(c->connectionId, c->entity, c->localId); // no link any more: created again
        } else {
            m_store.beginEcho(c->connectionId);
            records.remove(c->entity, c->localId);
            m_store.endEcho(c->connectionId);
        }
    } else {
        const QList<FieldMapping> mapping = m_store.mapping(c->connectionId, c->entity);
        const FieldMapping *m = nullptr;
        for (const FieldMapping &candidate : mapping) {
            if (candidate.localField == c->field)
                m = &candidate;
        }
        std::optional<Link> link = m_store.link(c->connectionId, c->entity, c->localId);
        if (m && link && records.read(c->entity, c->localId)) {
            link->base.insert(m->remoteField, m->toRemote(c->remoteValue));
            if (choice == Choice::KeepLocal) {
                m_store.enqueue(c->connectionId, c->entity, c->localId);
            } else {
                m_store.beginEcho(c->connectionId);
                records.update(c->entity, c->localId, {{c->field, c->remoteValue}}, reason);
                m_store.endEcho(c->connectionId);
            }
            m_store.saveLink(c->connectionId, c->entity, *link);
        }
    }
    m_store.removeConflict(conflictId);
    tx.commit();
    if (c->entity == Entity::Lead) {
        if (records.read(Entity::Lead, c->localId))
            m_workspace.leads().announceChanged({c->localId});
        else
            m_workspace.leads().announceReset();
    }
    emit conflictsChanged();
}

} // namespace Sync
