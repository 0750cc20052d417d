#pragma once

#include "ImportMapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// One import as the history shows it.
struct ImportRecord
{
    qint64 id = 0;
    ImportKind kind = ImportKind::Leads;
    QString file;
    QString status; // running, done, cancelled, failed, undoing, undone
    QString policy;
    QString actor;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 durationMs = 0;
    qint64 read = 0;
    qint64 created = 0;
    qint64 merged = 0;
    qint64 rejected = 0;
    qint64 flagged = 0;
    qint64 resumeLine = 0;
    QString rejectsFile;
    QString error;
    QStringList warnings;

    bool canUndo() const { return status != QLatin1String("undone"); }
    // Stopped before the end of its file (a crash or a cancel): running it again resumes it.
    bool isInterrupted() const { return status == QLatin1String("running") || status == QLatin1String("cancelled"); }
};

// The imports of a workspace: what each did, undoing one exactly (its rows removed, the fields it
// changed given back their values), and the column mappings saved for reuse.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistory)
public:
    explicit ImportHistory(Database &db);

    QList<ImportRecord> list(int limit = 500) const;
    std::optional<ImportRecord> find(qint64 id) const;

    struct UndoPlan
    {
        qint64 toRemove = 0;    // rows the import created that still exist
        qint64 toRestore = 0;   // rows whose fields it changed
        qint64 editedSince = 0; // created leads that were edited after the import
    };
    UndoPlan plan(qint64 id) const;

    struct UndoResult
    {
        qint64 removed = 0;
        qint64 restored = 0;
    };
    // Called with (done, total) between transactions; return false to stop (undo() can run again later
    // and finishes what is left).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    UndoResult undo(qint64 id, const Progress &progress = {});

    // The leads an import created or changed, and for activities and deals the leads they belong to:
    // what has to be re-scored after it.
    QList<qint64> affectedLeads(qint64 id) const;

    QStringList mappingNames(ImportKind kind) const;
    std::optional<ColumnMapping> mapping(ImportKind kind, const QString &name) const;
    void saveMapping(const QString &name, const ColumnMapping &mapping);
    void removeMapping(ImportKind kind, const QString &name);
    // The saved mapping made for a file with exactly these columns, if any (the same export again).
    std::optional<std::pair<QString, ColumnMapping>> mappingFor(ImportKind kind, const QStringList &headers) const;

private:
    Database &m_db;
};
