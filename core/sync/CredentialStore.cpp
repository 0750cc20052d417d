#include "CredentialStore.h"

#include "SyncTypes.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Sync {

namespace {

void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString describe(const QKeychain::Job &job, bool storing)
{
    QString reason;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        reason = QCoreApplication::translate("CredentialStore",
                                             "no keychain is reachable (no Secret Service such as GNOME Keyring or "
                                             "KeePassXC, no KWallet: %1)")
                     .arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        reason = QCoreApplication::translate("CredentialStore", "the keychain refused access (%1)").arg(job.errorString());
        break;
    default:
        reason = QCoreApplication::translate("CredentialStore", "the keychain failed (%1)").arg(job.errorString());
        break;
    }
    if (storing)
        return QCoreApplication::translate("CredentialStore",
                                           "The secret was not stored: %1. Leadbench keeps secrets only in the system "
                                           "keychain; start or unlock it and try again.")
            .arg(reason);
    return QCoreApplication::translate("CredentialStore", "The connection's secret could not be read: %1.").arg(reason);
}

} // namespace

CredentialStore::CredentialStore(const QString &service)
    : m_service(service)
{
}

QString CredentialStore::entryName(const QString &workspaceKey, qint64 connectionId)
{
    return workspaceKey + u'/' + QString::number(connectionId);
}

void CredentialStore::store(const QString &entry, const QVariantMap &secrets)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entry);
    job.setBinaryData(QJsonDocument(QJsonObject::fromVariantMap(secrets)).toJson(QJsonDocument::Compact));
    run(job);
    if (job.error() != QKeychain::NoError)
        throw Error(Error::Kind::Keychain, describe(job, true));
}

QVariantMap CredentialStore::load(const QString &entry)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entry);
    run(job);
    if (job.error() == QKeychain::EntryNotFound)
        return {};
    if (job.error() != QKeychain::NoError)
        throw Error(Error::Kind::Keychain, describe(job, false));
    return QJsonDocument::fromJson(job.binaryData()).object().toVariantMap();
}

void CredentialStore::remove(const QString &entry)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entry);
    run(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        throw Error(Error::Kind::Keychain, describe(job, false));
}

bool CredentialStore::isAvailable(QString *reason)
{
    try {
        const QString probe = u"probe"_s;
        store(probe, {{u"probe"_s, u"1"_s}});
        remove(probe);
        return true;
    } catch (const Error &e) {
        if (reason)
            *reason = e.message();
        return false;
    }
}

} // namespace Sync
