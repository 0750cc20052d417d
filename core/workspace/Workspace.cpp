#include "Workspace.h"

#include "Schema.h"

#include "io/ImportSupport.h"

#include "campaigns/CampaignRepository.h"
#include "distribution/RepRepository.h"
#include "distribution/Router.h"
#include "tasks/TaskRepository.h"
#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "pipeline/DealRepository.h"
#include "pipeline/PipelineRepository.h"
#include "scoring/ScoringService.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A few well-known file signatures, so "not a workspace" can say what the file looks like.
QString describeForeignFile(const QByteArray &head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return Workspace::tr("it looks like a JPEG image");
    if (head.startsWith("\x89PNG"))
        return Workspace::tr("it looks like a PNG image");
    if (head.startsWith("%PDF"))
        return Workspace::tr("it looks like a PDF document");
    if (head.startsWith("PK\x03\x04"))
        return Workspace::tr("it looks like a ZIP archive or an office document");
    if (head.startsWith("GIF8"))
        return Workspace::tr("it looks like a GIF image");
    bool text = true;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 9 || (u > 13 && u < 32)) {
            text = false;
            break;
        }
    }
    if (text)
        return Workspace::tr("it looks like a text file");
    return Workspace::tr("it is not an SQLite database");
}

bool hasWalContent(const QString &path)
{
    const QFileInfo wal(path + u"-wal"_s);
    return wal.exists() && wal.size() > 0;
}

// Opens read-only; in a read-only folder without -shm, falls back to immutable access.
std::unique_ptr<Database> openReadOnly(const QString &path)
{
    try {
        auto db = Database::open(path, Database::Access::ReadOnly);
        db->pragmaInt("schema_version"); // the first read is when WAL needs its -shm file
        return db;
    } catch (const StorageError &e) {
        if (e.kind() != StorageError::Kind::CannotOpen && e.kind() != StorageError::Kind::ReadOnly)
            throw;
        if (hasWalContent(path))
            throw StorageError(StorageError::Kind::ReadOnly,
                               Workspace::tr("%1 has changes in its journal (%1-wal) that cannot be read because the folder is "
                                  "read-only. Open it where the folder is writable.")
                                   .arg(path),
                               path, e.sqliteCode());
        auto db = Database::open(path, Database::Access::Immutable);
        db->pragmaInt("schema_version");
        return db;
    }
}

StorageError asCorrupt(const QString &path, const StorageError &e)
{
    if (e.kind() == StorageError::Kind::Corrupt || e.kind() == StorageError::Kind::NotADatabase)
        return StorageError(StorageError::Kind::Corrupt,
                            Workspace::tr("%1 is damaged and cannot be read (%2). The file was not changed; restore it from a "
                               "backup.")
                                .arg(path, e.message()),
                            path, e.sqliteCode());
    return e;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db, const QString &path, const QString &readOnlyReason)
    : m_db(std::move(db))
    , m_path(path)
    , m_readOnlyReason(readOnlyReason)
    , m_actor(u"me"_s)
{
    m_leads = std::make_unique<LeadRepository>(*this);
    m_segments = std::make_unique<SegmentRepository>(*this);
    m_reps = std::make_unique<RepRepository>(*this);
    m_campaigns = std::make_unique<CampaignRepository>(*this);
    m_tasks = std::make_unique<TaskRepository>(*this);
    m_pipelines = std::make_unique<PipelineRepository>(*this);
    m_deals = std::make_unique<DealRepository>(*this);
    m_scoring = std::make_unique<ScoringService>(*this);
    // Leads go to sales when they become marketing qualified (DOMAIN.md "Distribution").
    connect(m_leads.get(), &LeadRepository::stageChanged, this, [this](qint64 id, Stage, Stage to) {
        if (to == Stage::MQL && !isReadOnly())
            routeNewMql(id);
    });
}

void Workspace::routeNewMql(qint64 leadId)
{
    try {
        Router router(*this);
        if (!router.config().autoRoute)
            return;
        const auto lead = m_leads->find(leadId);
        if (!lead || lead->ownerId)
            return;
        const Router::Decision d = router.route(leadId);
        if (d.repId)
            emit leadRouted(leadId, d.repId, d.reason);
    } catch (const StorageError &e) {
        // Routing must not undo the stage change that triggered it; the lead stays unassigned and shows
        // in the unassigned list.
        qWarning("Routing lead %lld: %s", leadId, qPrintable(e.message()));
    }
}

Workspace::~Workspace() = default;

QString Workspace::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder + u"/default."_s + fileSuffix();
}

Workspace::FileState Workspace::inspect(const QString &path, bool integrityCheck)
{
    FileState state;
    const QFileInfo info(path);
    if (!info.exists())
        return state;
    state.exists = true;
    if (info.isDir())
        throw StorageError(StorageError::Kind::CannotOpen, Workspace::tr("%1 is a folder, not a workspace file.").arg(path), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::CannotOpen, Workspace::tr("Cannot read %1: %2").arg(path, file.errorString()), path);
    const QByteArray head = file.read(100);
    file.close();
    if (head.isEmpty())
        return state; // 0 bytes: SQLite treats it as a new database, and so do we
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!head.startsWith(magic))
        throw StorageError(StorageError::Kind::NotADatabase,
                           Workspace::tr("%1 is not a Leadbench workspace: %2. The file was not changed.")
                               .arg(path, describeForeignFile(head)),
                           path);

    std::unique_ptr<Database> db;
    qint64 appId = 0;
    qint64 tables = 0;
    try {
        db = openReadOnly(path);
        appId = db->pragmaInt("application_id");
        state.version = int(db->pragmaInt("user_version"));
        tables = Query(*db, "SELECT count(*) FROM sqlite_schema").scalar().toLongLong();
    } catch (const StorageError &e) {
        throw asCorrupt(path, e);
    }
    if (appId != Schema::ApplicationId) {
        if (appId == 0 && state.version == 0 && tables == 0)
            return state; // an empty SQLite database: becomes a new workspace
        throw StorageError(StorageError::Kind::NotLeadbench,
                           Workspace::tr("%1 is an SQLite database of another application, not a Leadbench workspace. The file "
                              "was not changed.")
                               .arg(path),
                           path);
    }
    state.empty = false;
    if (state.version > Schema::currentVersion())
        throw StorageError(StorageError::Kind::TooNew,
                           Workspace::tr("%1 was saved by a newer version of Leadbench (workspace format %2; this version reads "
                              "formats up to %3). Update Leadbench to open it. The file was not changed.")
                               .arg(path)
                               .arg(state.version)
                               .arg(Schema::currentVersion()),
                           path);
    if (integrityCheck) {
        QStringList problems;
        try {
            problems = db->integrityCheck(false, 10);
        } catch (const StorageError &e) {
            throw asCorrupt(path, e);
        }
        if (problems != QStringList{u"ok"_s})
            throw StorageError(StorageError::Kind::Corrupt,
                               Workspace::tr("%1 is damaged: the integrity check found %2. The file was not changed; restore it "
                                  "from a backup.")
                                   .arg(path, problems.mid(0, 3).join(u"; "_s)),
                               path);
    }
    state.needsMigration = state.version < Schema::currentVersion();
    return state;
}

QString Workspace::upgradeBackupLabel()
{
    return u"before-v%1"_s.arg(Schema::currentVersion());
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, const OpenOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const FileState state = inspect(absolute, options.verify == OpenOptions::Verify::Full);
    if (!state.exists && !options.create)
        throw StorageError(StorageError::Kind::CannotOpen, Workspace::tr("%1 does not exist.").arg(absolute), absolute);

    if (options.readOnly) {
        if (!state.exists || state.empty || state.needsMigration)
            throw StorageError(StorageError::Kind::ReadOnly,
                               state.needsMigration
                                   ? Workspace::tr("%1 is in an older format and must be upgraded, which read-only access does "
                                        "not allow.")
                                         .arg(absolute)
                                   : Workspace::tr("%1 is not a workspace yet and cannot be created read-only.").arg(absolute),
                               absolute);
        return std::unique_ptr<Workspace>(new Workspace(openReadOnly(absolute), absolute, Workspace::tr("opened read-only")));
    }

    std::unique_ptr<Database> db;
    QString readOnlyReason;
    try {
        db = Database::open(absolute, Database::Access::ReadWrite, options.create);
        if (db->isReadOnlyFile())
            throw StorageError(StorageError::Kind::ReadOnly, Workspace::tr("The file is read-only."), absolute);
        db->pragmaInt("schema_version"); // WAL creates its -wal/-shm files on the first read
    } catch (const StorageError &e) {
        if (!state.exists || state.empty || state.needsMigration
            || (e.kind() != StorageError::Kind::ReadOnly && e.kind() != StorageError::Kind::CannotOpen))
            throw;
        // An existing workspace on a read-only medium or in a folder we may not write: open it to read.
        db.reset();
        db = openReadOnly(absolute);
        readOnlyReason = Workspace::tr("the file or its folder is read-only");
    }

    if (readOnlyReason.isEmpty()) {
        if (state.empty) {
            db->exec("PRAGMA journal_mode = WAL");
            Schema::migrate(*db);
        } else if (state.needsMigration) {
            const auto &progress = options.upgradeProgress;
            if (options.verify != OpenOptions::Verify::Full) {
                if (progress)
                    progress(OpenOptions::UpgradeStep::Check, 0, 0);
                const QStringList problems = db->integrityCheck(false, 10);
                if (problems != QStringList{u"ok"_s})
                    throw StorageError(StorageError::Kind::Corrupt,
                                       Workspace::tr("%1 is damaged: the integrity check found %2. The file was not changed.")
                                           .arg(absolute, problems.mid(0, 3).join(u"; "_s)),
                                       absolute);
            }
            RollingBackups(absolute).run(*db, upgradeBackupLabel(), 7,
                                         [&](int done, int total) {
                                             if (progress)
                                                 progress(OpenOptions::UpgradeStep::Backup, done, total);
                                             return true;
                                         });
            // Indexes a killed import suspended are saved as the old version wrote them: build them before
            // the migrations change the tables they are on.
            ImportSupport::resumeLeadIndexes(*db);
            Schema::migrate(*db, Schema::currentVersion(), [&](int done, int total) {
                if (progress)
                    progress(OpenOptions::UpgradeStep::Migrate, done, total);
            });
        }
        // A bulk import that was killed left the sort and full-text indexes suspended: build them now.
        ImportSupport::resumeLeadIndexes(*db);
    }
    return std::unique_ptr<Workspace>(new Workspace(std::move(db), absolute, readOnlyReason));
}

bool Workspace::isReadOnly() const
{
    return !m_readOnlyReason.isEmpty() || m_db->isReadOnly();
}

int Workspace::schemaVersion() const
{
    return int(m_db->pragmaInt("user_version"));
}

std::unique_ptr<Database> Workspace::openConnection(bool readOnly) const
{
    if (readOnly || isReadOnly())
        return openReadOnly(m_path);
    return Database::open(m_path, Database::Access::ReadWrite);
}

QString Workspace::meta(const QString &key, const QString &defaultValue) const
{
    Query q(*m_db, "SELECT value FROM meta WHERE key = ?", key);
    return q.next() ? q.text(0) : defaultValue;
}

void Workspace::setMeta(const QString &key, const QString &value)
{
    Query(*m_db, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
          key, value)
        .exec();
}

ScoreBands Workspace::scoreBands() const
{
    ScoreBands bands;
    bands.warmFrom = meta(u"score.warm_from"_s, QString::number(bands.warmFrom)).toInt();
    bands.hotFrom = meta(u"score.hot_from"_s, QString::number(bands.hotFrom)).toInt();
    return bands;
}

void Workspace::setScoreBands(const ScoreBands &bands)
{
    setMeta(u"score.warm_from"_s, QString::number(bands.warmFrom));
    setMeta(u"score.hot_from"_s, QString::number(bands.hotFrom));
    emit scoreBandsChanged();
}

void Workspace::backupTo(const QString &destination) const
{
    Backup::copyDatabase(*m_db, destination);
}

QString Workspace::restore(const QString &workspacePath, const QString &backupPath)
{
    const QString target = QFileInfo(workspacePath).absoluteFilePath();
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    if (target == source)
        throw StorageError(StorageError::Kind::Generic, Workspace::tr("A workspace cannot be restored from itself."), source);
    const FileState state = inspect(source, /*integrityCheck*/ true);
    if (!state.exists)
        throw StorageError(StorageError::Kind::CannotOpen, Workspace::tr("%1 does not exist.").arg(source), source);
    if (state.empty)
        throw StorageError(StorageError::Kind::NotLeadbench, Workspace::tr("%1 is an empty file, not a backup.").arg(source), source);

    // Keep what is there now, in case the wrong backup was picked.
    QString safety;
    if (QFileInfo::exists(target)) {
        try {
            auto current = Database::open(target, Database::Access::ReadOnly);
            safety = RollingBackups(target).run(*current, u"before-restore"_s);
        } catch (const StorageError &) {
            // The current file is unreadable (the usual reason to restore): keep its bytes as they are.
            const QString folder = RollingBackups(target).folder();
            QDir().mkpath(folder);
            safety = folder + u'/' + QFileInfo(target).completeBaseName() + u"-damaged-"_s
                + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u".bin"_s;
            if (!QFile::copy(target, safety))
                throw StorageError(StorageError::Kind::CannotOpen,
                                   Workspace::tr("Cannot keep a copy of %1 before restoring; nothing was changed.").arg(target),
                                   target);
        }
    }

    const QString incoming = target + u".restoring"_s;
    {
        auto from = Database::open(source, Database::Access::ReadOnly);
        Backup::copyDatabase(*from, incoming);
    }
    QFile::remove(target + u"-wal"_s);
    QFile::remove(target + u"-shm"_s);
    // rename(2) replaces the old file atomically: there is always a whole workspace at target.
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(target).constData()) != 0)
        throw StorageError(StorageError::Kind::CannotOpen,
                           Workspace::tr("Cannot replace %1; the restored copy is at %2.").arg(target, incoming), target);
    // Opening migrates a backup from an earlier version.
    open(target, OpenOptions{OpenOptions::Verify::Quick, false, false});
    return safety;
}
