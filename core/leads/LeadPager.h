#pragma once

#include "LeadFilter.h"
#include "LifecycleStage.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <atomic>
#include <map>
#include <optional>
#include <vector>

class Database;

enum class LeadSort { Name, Email, Company, Stage, Score, Owner, Source, Country, Created, Updated };

// The columns a lead list shows, one row.
struct LeadListRow
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString company;
    QString jobTitle;
    QString country;
    QString source;
    Stage stage = Stage::Lead;
    int score = 0;
    qint64 ownerId = 0; // 0: unassigned
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// Reads an ordered, filtered list of leads a window at a time, never the whole table.
//
// Keyset paging: every sort walks an index on (sort key, id), and a window starts right after a known
// key instead of at an OFFSET. Keys come from windows already fetched and from anchors: the key of every
// AnchorSpacing-th row, collected by one index-only scan (scanAnchors, meant for a worker thread with its
// own connection). Any window then costs one index seek plus at most AnchorSpacing skipped entries.
class LeadPager
{
public:
    struct Spec
    {
        LeadFilter filter;
        LeadSort sort = LeadSort::Created;
        Qt::SortOrder order = Qt::DescendingOrder;
        bool operator==(const Spec &other) const = default;
    };
    struct Key
    {
        QVariant value;
        qint64 id = 0;
    };

    static constexpr int AnchorSpacing = 64;

    explicit LeadPager(Database &db);

    void setBands(const ScoreBands &bands);
    void setSpec(const Spec &spec);
    const Spec &spec() const { return m_spec; }
    // The data changed: counts and keys are stale.
    void invalidate();

    qint64 count();
    QList<LeadListRow> fetch(qint64 first, int n);
    // The statements fetch(first, n) runs, in order, and how many leading rows of their concatenated
    // results it skips (benchmarks run the same statements raw to compare).
    struct Statement
    {
        QByteArray sql;
        QVariantList params;
    };
    struct WindowPlan
    {
        QList<Statement> statements;
        qint64 skip = 0;
    };
    WindowPlan windowPlan(qint64 first, int n, const QByteArray &columns);
    Statement countStatement() const;
    QList<qint64> ids(qint64 first, qint64 n);
    // Position of a lead in the current list, or -1 when the filter excludes it.
    qint64 rowOf(qint64 leadId);

    static std::vector<Key> scanAnchors(Database &db, const Spec &spec, const ScoreBands &bands,
                                        const std::atomic_bool *cancel = nullptr, qint64 *count = nullptr);
    void setAnchors(const std::vector<Key> &anchors, qint64 count);
    bool hasAnchors() const { return m_hasAnchors; }

    // Statements read "FROM fromClause(...)": leads joined with lead_scores (the score's own table), or
    // the one of them a statement needs.
    static const char *sortExpression(LeadSort sort);
    static const char *sortIndex(LeadSort sort);
    static const char *idExpression(LeadSort sort); // the lead id, as the sort's index holds it
    static QByteArray fromClause(LeadSort sort, bool walkIndex = false, bool forceOrder = false, bool leads = true,
                                 bool scores = true, bool scoreFiltered = false);
    // From this many matching leads on, windows walk the sort's index (see walkSortIndex()).
    void setWalkSortIndexFrom(qint64 rows) { m_walkSortIndexFrom = rows; }

private:
    // Finds the nearest known key before row `first`: (row of that key, key), or row -1 for the start.
    std::pair<qint64, const Key *> anchorBefore(qint64 first) const;
    // SELECT columns, sortExpr FROM leads WHERE filter AND extra ORDER BY ..., with the sort's index when
    // walking it pays (walkSortIndex); `orderById` orders by id alone (rows of one sort value).
    struct Tables
    {
        bool leads = true;
        bool scores = true;
    };
    // The tables a statement reading `columns` needs for the current sort and filter.
    Tables tables(const QByteArray &columns) const;
    // " FROM ... WHERE filter" over those tables.
    QByteArray fromWhere(const Tables &t, bool walkIndex, QVariantList &params) const;
    QByteArray selectSql(const QByteArray &columns, const QByteArray &extra, bool orderById, QVariantList &params) const;
    bool walkSortIndex() const;
    template<typename Row, typename Read>
    QList<Row> runWindow(qint64 first, int n, const QByteArray &columns, Read read);

    Database &m_db;
    Spec m_spec;
    ScoreBands m_bands;
    std::optional<qint64> m_count;
    std::map<qint64, Key> m_known; // row -> key of that row
    bool m_hasAnchors = false;
    qint64 m_walkSortIndexFrom = 20000;
};
