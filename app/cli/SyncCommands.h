#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Workspace;

namespace Sync {
class SyncService;
class ConnectorRegistry;
class CredentialStore;
} // namespace Sync

// leadbench-cli's CRM sync commands: connectors, connections, sync, conflicts (see usage()).
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
public:
    SyncCommands(QTextStream &out, QTextStream &err, const QString &dbPath);
    ~SyncCommands();

    static bool handles(const QString &command);
    static QString usage();
    // Exit code as Cli::run: 0 done, 1 failed, 2 wrong command line. Throws StorageError.
    int run(const QString &command, const QStringList &args);

private:
    int connectors(const QStringList &args);
    int connections(const QStringList &args);
    int sync(const QStringList &args);
    int conflicts(const QStringList &args);

    int add(const QStringList &args);
    int edit(const QStringList &args);
    int list(const QStringList &args);
    int remove(const QStringList &args);
    int test(const QStringList &args);
    int mapping(const QStringList &args);
    int map(const QStringList &args);
    int unmap(const QStringList &args);
    int resetMapping(const QStringList &args);
    int log(const QStringList &args);

    Sync::SyncService &service();
    // Secrets from standard input (KEY=VALUE lines, or the one secret alone) or asked on the terminal.
    bool readSecrets(const QString &connectorId, bool fromStdin, bool required, QVariantMap *secrets);
    int usageError(const QString &message);
    int failure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Sync::CredentialStore> m_credentials;
    std::unique_ptr<Sync::SyncService> m_service;
};
