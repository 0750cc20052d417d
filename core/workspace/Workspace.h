#pragma once

#include "leads/LifecycleStage.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Database;
class LeadRepository;
class SegmentRepository;
class RepRepository;
class CampaignRepository;
class TaskRepository;
class PipelineRepository;
class DealRepository;
class ScoringService;

// One open workspace: a Leadbench SQLite file and the services that work on it.
//
// Opening never changes a file that is not a sound Leadbench workspace of this or an earlier version:
// the checks run on a read-only connection first (see inspect()). A workspace of an earlier version is
// backed up, then migrated.
class Workspace : public QObject
{
    Q_OBJECT
public:
    struct OpenOptions
    {
        enum class Verify {
            Quick, // header, application id, version, schema: instant at any size
            Full,  // and PRAGMA integrity_check over the whole file
        };
        Verify verify = Verify::Full;
        bool create = false;   // create the file when it does not exist
        bool readOnly = false; // never write
        // Upgrading a workspace of an earlier version can take minutes at a million leads: a check of the
        // file (no measure: 0 of 0), a backup copy (done and total in pages), then each migration (in
        // migrations). Called on the opening thread; not called when the workspace needs no upgrade.
        enum class UpgradeStep { Check, Backup, Migrate };
        std::function<void(UpgradeStep step, int done, int total)> upgradeProgress;
    };

    // What inspect() found; it throws StorageError when the file cannot be a workspace.
    struct FileState
    {
        bool exists = false;
        bool empty = true; // no file, a 0-byte file or an empty SQLite database: a new workspace
        int version = 0;
        bool needsMigration = false;
    };

    static std::unique_ptr<Workspace> open(const QString &path, const OpenOptions &options);
    static std::unique_ptr<Workspace> open(const QString &path) { return open(path, OpenOptions()); }
    static FileState inspect(const QString &path, bool integrityCheck);
    // The platform's app-data folder, "default.leadbench".
    static QString defaultPath();
    static QString fileSuffix() { return QStringLiteral("leadbench"); }
    // The label of the backup copy open() keeps before upgrading a workspace to this version's format
    // (RollingBackups names the file <name>-<time>-<label>.leadbench).
    static QString upgradeBackupLabel();

    // Replaces the workspace file at workspacePath with a copy of backupPath (checked first; the current
    // file is backed up beside it). The workspace must not be open. Returns the safety backup's path.
    static QString restore(const QString &workspacePath, const QString &backupPath);

    ~Workspace() override;

    QString path() const { return m_path; }
    bool isReadOnly() const;
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;

    Database &db() const { return *m_db; }
    // Another connection to the same file, for work on another thread.
    std::unique_ptr<Database> openConnection(bool readOnly = true) const;

    LeadRepository &leads() const { return *m_leads; }
    SegmentRepository &segments() const { return *m_segments; }
    RepRepository &reps() const { return *m_reps; }
    CampaignRepository &campaigns() const { return *m_campaigns; }
    TaskRepository &tasks() const { return *m_tasks; }
    PipelineRepository &pipelines() const { return *m_pipelines; }
    DealRepository &deals() const { return *m_deals; }
    ScoringService &scoring() const { return *m_scoring; }

    // Who makes the changes (recorded in histories).
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    QString meta(const QString &key, const QString &defaultValue = QString()) const;
    void setMeta(const QString &key, const QString &value);

    ScoreBands scoreBands() const;
    void setScoreBands(const ScoreBands &bands);

    // Backup of the live workspace (consistent while in use) to a file.
    void backupTo(const QString &destination) const;

signals:
    void scoreBandsChanged();
    // A lead was routed to a rep automatically (it became MQL); the reason says by which rule.
    void leadRouted(qint64 leadId, qint64 repId, const QString &reason);

private:
    Workspace(std::unique_ptr<Database> db, const QString &path, const QString &readOnlyReason);
    void routeNewMql(qint64 leadId);

    std::unique_ptr<Database> m_db;
    QString m_path;
    QString m_readOnlyReason;
    QString m_actor;
    std::unique_ptr<LeadRepository> m_leads;
    std::unique_ptr<SegmentRepository> m_segments;
    std::unique_ptr<RepRepository> m_reps;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<TaskRepository> m_tasks;
    std::unique_ptr<PipelineRepository> m_pipelines;
    std::unique_ptr<DealRepository> m_deals;
    std::unique_ptr<ScoringService> m_scoring;
};
