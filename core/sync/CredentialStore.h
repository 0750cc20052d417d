#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace Sync {

// Connection secrets (tokens, client secrets, refresh tokens) in the operating system's keychain
// through QtKeychain, and nowhere else: never in settings, the workspace or a log. Without a
// reachable keychain nothing is stored and the error says so (no plain-text fallback).
//
// Entries are named "<workspace key>/<connection id>" under the service "Leadbench", holding the
// connection's secrets as one JSON object. Blocking; call from the thread that runs the event loop.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
public:
    explicit CredentialStore(const QString &service = QStringLiteral("Leadbench"));

    // Throw Sync::Error(Keychain) with the keychain's own reason when it cannot be used.
    void store(const QString &entry, const QVariantMap &secrets);
    QVariantMap load(const QString &entry); // empty when there is no entry
    void remove(const QString &entry);

    // Whether a keychain answers at all (writes and removes a probe entry); the reason when not.
    bool isAvailable(QString *reason = nullptr);

    static QString entryName(const QString &workspaceKey, qint64 connectionId);

private:
    QString m_service;
};

} // namespace Sync
