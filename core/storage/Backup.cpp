#include "Backup.h"

#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Backup {

void copyDatabase(Database &source, const QString &destinationPath, const Progress &progress, int pagesPerStep)
{
    const QString partial = destinationPath + u".partial"_s;
    QFile::remove(partial);
    {
        auto destination = Database::open(partial, Database::Access::ReadWrite, /*create*/ true);
        // A read transaction on the source pins one snapshot for the whole copy, so writes by other
        // connections during a long backup do not make it start over.
        Transaction snapshot(source, Transaction::Mode::Read);
        source.pragmaInt("schema_version");

        sqlite3_backup *backup = sqlite3_backup_init(destination->handle(), "main", source.handle(), "main");
        if (!backup) {
            const QString msg = QString::fromUtf8(sqlite3_errmsg(destination->handle()));
            destination.reset();
            QFile::remove(partial);
            throw StorageError(StorageError::Kind::Generic,
                               QCoreApplication::translate("Backup", "Cannot back up to %1: %2")
                                   .arg(destinationPath, msg),
                               destinationPath);
        }
        int rc;
        bool cancelled = false;
        do {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (progress) {
                const int total = sqlite3_backup_pagecount(backup);
                if (!progress(total - sqlite3_backup_remaining(backup), total)) {
                    cancelled = true;
                    break;
                }
            }
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        snapshot.commit();
        if (cancelled || rc != SQLITE_DONE) {
            const QString msg = cancelled ? QCoreApplication::translate("Backup", "cancelled")
                                          : QString::fromUtf8(sqlite3_errstr(rc));
            destination.reset();
            QFile::remove(partial);
            QFile::remove(partial + u"-journal"_s);
            throw StorageError(cancelled ? StorageError::Kind::Cancelled : StorageError::kindForSqliteCode(rc),
                               QCoreApplication::translate("Backup", "Backup to %1 failed: %2")
                                   .arg(destinationPath, msg),
                               destinationPath, rc);
        }
        // The copy carries the WAL flag of its source; fold everything into the main file so the backup
        // is a single self-contained file.
        destination->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile::remove(partial + u"-wal"_s);
    QFile::remove(partial + u"-shm"_s);
    QFile::remove(destinationPath);
    if (!QFile::rename(partial, destinationPath)) {
        QFile::remove(partial);
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Backup", "Cannot write %1.").arg(destinationPath),
                           destinationPath);
    }
    QFile::setPermissions(destinationPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace Backup

RollingBackups::RollingBackups(const QString &workspacePath)
    : m_workspacePath(workspacePath)
{
    const QFileInfo info(workspacePath);
    m_baseName = info.completeBaseName();
    m_folder = info.absolutePath() + u'/' + info.fileName() + u".backups"_s;
}

QList<QFileInfo> RollingBackups::list() const
{
    QDir dir(m_folder);
    // Names carry a UTC timestamp, so name order is time order.
    return dir.entryInfoList({m_baseName + u"-*.leadbench"_s}, QDir::Files, QDir::Name | QDir::Reversed);
}

QDateTime RollingBackups::lastBackupTime() const
{
    const QList<QFileInfo> all = list();
    QDateTime latest;
    for (const QFileInfo &file : all) {
        const QDateTime t = file.lastModified().toUTC();
        if (!latest.isValid() || t > latest)
            latest = t;
    }
    return latest;
}

bool RollingBackups::isDue(qint64 intervalSeconds, const QDateTime &now) const
{
    const QDateTime last = lastBackupTime();
    return !last.isValid() || last.secsTo(now) >= intervalSeconds;
}

QString RollingBackups::run(Database &source, const QString &label, int keep, const Backup::Progress &progress)
{
    if (!QDir().mkpath(m_folder))
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Backup", "Cannot create the backup folder %1.").arg(m_folder),
                           m_folder);
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    const QString path = m_folder + u'/' + m_baseName + u'-' + stamp + u'-' + label + u".leadbench"_s;
    Backup::copyDatabase(source, path, progress);
    if (label == u"auto"_s)
        prune(keep);
    return path;
}

void RollingBackups::prune(int keep)
{
    int kept = 0;
    for (const QFileInfo &file : list()) {
        if (!file.fileName().endsWith(u"-auto.leadbench"_s))
            continue; // backups made before a migration or restore are kept until removed by hand
        if (++kept > keep)
            QFile::remove(file.absoluteFilePath());
    }
}
