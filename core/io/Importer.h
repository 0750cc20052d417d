#pragma once

#include "ImportMapping.h"
#include "TextEncoding.h"

#include "leads/Lead.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// What happens to a row that is the same lead as one already in the workspace (or earlier in the file):
// by normalised e-mail; else, when one side has no e-mail, by phone digits; else, when neither has an
// e-mail or a differing phone, by name and company.
enum class DuplicatePolicy {
    Skip,      // keep the lead as it is
    Fill,      // fill the lead's empty fields from the row
    Overwrite, // the row's non-empty values replace the lead's
};

namespace DuplicatePolicies {
QString key(DuplicatePolicy policy); // skip, fill, overwrite
std::optional<DuplicatePolicy> fromKey(const QString &key);
QString displayName(DuplicatePolicy policy);
} // namespace DuplicatePolicies

enum class ImportFormat { Auto, Csv, VCard };

// Whether a leads import suspends the sort and full-text indexes and builds them at the end.
enum class BulkMode { Auto, Always, Never };

struct ImportOptions
{
    ImportKind kind = ImportKind::Leads;
    ImportFormat format = ImportFormat::Auto; // by the file's extension and first bytes
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter;                          // null: detect
    std::optional<ColumnMapping> mapping;     // none: matched from the header names
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    QString rejectsPath;                      // empty: <workspace>.imports/ beside the workspace
    int batchSize = 5000;                     // rows per transaction (a crash loses at most one batch)
    bool resume = true;                       // continue an interrupted import of the same file
    QString activityType;                     // activities: the type of rows without one (a key)
    QString workspacePath;                    // for the default rejects folder
    BulkMode bulk = BulkMode::Auto;           // Auto: when the file holds more rows than the workspace
};

// Where an import stands, after every batch.
struct ImportProgress
{
    qint64 read = 0;
    qint64 created = 0;
    qint64 merged = 0;
    qint64 rejected = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    bool indexing = false; // the rows are in; the indexes are being built
};

struct ImportResult
{
    qint64 importId = 0;
    ImportKind kind = ImportKind::Leads;
    QString file;
    qint64 read = 0;      // rows read from the file (blank lines are not rows)
    qint64 created = 0;   // new rows (leads, activities, deals, daily campaign figures)
    qint64 merged = 0;    // rows that were the same as one already there (of which `unchanged` changed nothing)
    qint64 unchanged = 0;
    qint64 rejected = 0;  // rows not imported: in the rejects file with their line and the reason
    qint64 flagged = 0;   // leads kept with an invalid e-mail, flagged
    qint64 durationMs = 0;
    QString rejectsFile;  // empty when nothing was rejected
    QString status;       // done, cancelled, failed
    bool resumed = false;
    qint64 resumedAtLine = 0;
    QStringList warnings; // values kept in the notes, unknown owners, fields read as Windows-1252...
    QString encoding;
    QString delimiter;
    QList<qint64> touchedLeads; // activities imports: the leads whose behaviour changed (to re-score)

    QJsonObject toJson() const;
};

// A row as it will be saved, for the wizard's preview.
struct PreviewRow
{
    qint64 line = 0;
    QStringList values;   // per target of ImportPreview::targets, as saved (text)
    QString problem;      // why it would be rejected; empty when it imports
    QStringList notes;    // warnings: invalid e-mail kept and flagged, value kept in the notes...
};

struct ImportPreview
{
    QStringList header;
    ColumnMapping mapping;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    QStringList targets;  // the mapped targets, in the order of PreviewRow::values
    QList<PreviewRow> rows;
    QList<QStringList> rawRows; // the first rows as read, per column
    QString error;
};

// Imports a file into a workspace on a connection of its own (a worker thread's): reads it streaming,
// maps columns and values, validates, finds duplicates, writes in batches (one transaction each, with the
// import's progress, so a crash keeps whole batches and the same import resumes where it stopped), writes
// the rejects file, and records everything it created and changed so the import can be undone.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    using Progress = std::function<bool(const ImportProgress &)>; // return false to stop after the batch

    Importer(Database &db, const QString &actor);

    ImportResult run(const QString &path, const ImportOptions &options, const Progress &progress = {});

    // Reads the header and the first rows, maps them as they would be saved; changes nothing.
    ImportPreview preview(const QString &path, const ImportOptions &options, int rows = 20);

    // An import of this file that stopped before its end (a crash, a cancel), with the same kind: its id.
    std::optional<qint64> interruptedImport(const QString &path, ImportKind kind);

    static QString fingerprint(const QString &path);
    static ImportFormat detectFormat(const QString &path);

private:
    Database &m_db;
    QString m_actor;
};
