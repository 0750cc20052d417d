#pragma once

#include "ImportMapping.h"

#include "leads/Lead.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>

class Database;

// Pieces the importer, the undo of an import and the exporter share.
namespace ImportSupport {

// A cell as the importer reads it: trimmed, and without the apostrophe that spreadsheet-safe CSV
// (ours included) puts before a leading = + - @.
QString cleanCell(const QString &cell);

// The phone as the duplicate index keys it (separators removed); phoneExpression() is the same in SQL.
QString phoneKey(const QString &phone);
const char *phoneExpression();

Lead readLeadById(Database &db, qint64 id); // throws StorageError when there is no such lead
void writeLead(Database &db, const Lead &lead); // every column, keys included
int leadFlags(Database &db, qint64 id);
enum LeadFlag { InvalidEmail = 1 };

// Bulk loading. Maintaining a dozen sort indexes and the full-text index row by row costs several times
// what building them at the end does (SQLite sorts once; FTS5 writes one set of segments). For an import
// that is large next to the workspace, the importer suspends them: their definitions go to the meta
// table in the same transaction that drops them, and resumeLeadIndexes() builds them again and rebuilds
// the full-text index. Every opening of a workspace calls it, so a crash in between heals on the next
// open. The indexes that find duplicates stay.
void suspendLeadIndexes(Database &db);
bool leadIndexesSuspended(Database &db);
// Returns whether there was anything to resume.
bool resumeLeadIndexes(Database &db);

// A row mapped to a lead.
struct MappedLead
{
    Lead lead;
    QList<LeadField> present; // fields the row has a value for
    bool invalidEmail = false;
    QString problem;          // why the row cannot be imported
    QStringList notesAdded;   // "Lifecycle Stage: xyz" kept in the notes because no field takes it
};

// Maps rows to leads: value mapping (stage, source), numbers and dates, owners and campaigns by name.
// A value no field can take is never dropped: it goes to the lead's notes as "Header: value".
class LeadMapper
{
    Q_DECLARE_TR_FUNCTIONS(LeadMapper)
public:
    LeadMapper(Database &db, const ColumnMapping &mapping);
    MappedLead map(const QStringList &fields);
    // A mapped value as it will be saved, for the preview.
    QString display(const MappedLead &mapped, const QString &target) const;
    QStringList warnings() const;

private:
    struct Column
    {
        int index;
        QString target;
        QString header;
    };
    void keep(MappedLead &m, const Column &column, const QString &value, const QString &why);

    QList<Column> m_columns;
    QHash<QString, qint64> m_reps;      // folded name or e-mail -> id
    QHash<qint64, QString> m_repNames;
    QHash<QString, qint64> m_campaigns; // folded name -> id
    QHash<qint64, QString> m_campaignNames;
    struct Kept
    {
        qint64 rows = 0;
        QStringList examples;
        QString why;
    };
    QHash<QString, Kept> m_kept; // by header
};

} // namespace ImportSupport
