#pragma once

#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QString>

#include <functional>

class Database;

// Copies of a workspace through SQLite's online backup API: consistent while the workspace is in use,
// written to a temporary file and renamed into place, so a backup file is always whole.
namespace Backup {

// Called with (pages copied, total pages); return false to cancel.
using Progress = std::function<bool(int done, int total)>;

void copyDatabase(Database &source, const QString &destinationPath, const Progress &progress = {},
                  int pagesPerStep = 2048);

} // namespace Backup

// Automatic backups of one workspace, kept in "<workspace>.backups/" beside it, newest first.
class RollingBackups
{
public:
    explicit RollingBackups(const QString &workspacePath);

    QString folder() const { return m_folder; }
    QList<QFileInfo> list() const;
    QDateTime lastBackupTime() const;
    bool isDue(qint64 intervalSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Makes a backup now (label goes into the name, e.g. "auto", "before-v3") and deletes the oldest
    // automatic backups beyond keep. Returns the new file's path.
    QString run(Database &source, const QString &label = QStringLiteral("auto"), int keep = 7,
                const Backup::Progress &progress = {});
    void prune(int keep);

private:
    QString m_workspacePath;
    QString m_folder;
    QString m_baseName;
};
