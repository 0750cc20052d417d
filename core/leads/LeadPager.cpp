#include "LeadPager.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <limits>
#include <type_traits>

namespace {

const QByteArray rowColumns = "leads.id, leads.first_name, leads.last_name, leads.email, leads.company, "
                              "leads.job_title, leads.country, leads.source, leads.stage, ifnull(lead_scores.score, 0), "
                              "ifnull(leads.owner_id, 0), leads.created_at, leads.updated_at";
constexpr int rowColumnCount = 13;

void bindAll(Query &q, const QVariantList &params)
{
    int i = 0;
    for (const QVariant &p : params)
        q.bind(++i, p);
}

LeadListRow readRow(const Query &q)
{
    LeadListRow r;
    r.id = q.int64(0);
    r.firstName = q.text(1);
    r.lastName = q.text(2);
    r.email = q.text(3);
    r.company = q.text(4);
    r.jobTitle = q.text(5);
    r.country = q.text(6);
    r.source = q.text(7);
    const int stage = q.integer(8);
    r.stage = Lifecycle::isValid(stage) ? Stage(stage) : Stage::Lead;
    r.score = q.integer(9);
    r.ownerId = q.int64(10);
    r.createdAt = q.int64(11);
    r.updatedAt = q.int64(12);
    return r;
}

} // namespace

LeadPager::LeadPager(Database &db)
    : m_db(db)
{
}

const char *LeadPager::sortIndex(LeadSort sort)
{
    switch (sort) {
    case LeadSort::Name: return "leads_name";
    case LeadSort::Email: return "leads_email";
    case LeadSort::Company: return "leads_company";
    case LeadSort::Stage: return "leads_stage";
    case LeadSort::Score: return "lead_scores_score"; // on lead_scores
    case LeadSort::Owner: return "leads_owner";
    case LeadSort::Source: return "leads_source";
    case LeadSort::Country: return "leads_country";
    case LeadSort::Created: return "leads_created";
    case LeadSort::Updated: return "leads_updated";
    }
    return "leads_created";
}

const char *LeadPager::sortExpression(LeadSort sort)
{
    switch (sort) {
    case LeadSort::Name: return "leads.name_key";
    case LeadSort::Email: return "leads.email_key";
    case LeadSort::Company: return "leads.company_key";
    case LeadSort::Stage: return "leads.stage";
    case LeadSort::Score: return "lead_scores.score";
    case LeadSort::Owner: return "ifnull(leads.owner_id, 0)";
    case LeadSort::Source: return "leads.source";
    case LeadSort::Country: return "leads.country";
    case LeadSort::Created: return "leads.created_at";
    case LeadSort::Updated: return "leads.updated_at";
    }
    return "leads.id";
}

void LeadPager::setBands(const ScoreBands &bands)
{
    m_bands = bands;
    invalidate();
}

void LeadPager::setSpec(const Spec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    invalidate();
}

void LeadPager::invalidate()
{
    m_count.reset();
    m_known.clear();
    m_hasAnchors = false;
}

bool LeadPager::walkSortIndex() const
{
    // A big result is read in index order and filtered on the way (bounded work per window); a small one
    // is found through the filter's own index and sorted (SQLite's choice). Without this, SQLite often
    // picks the filter's index for a filter that matches half the table and sorts it all for every window.
    if (m_spec.filter.isEmpty())
        return false;
    return m_count && *m_count >= m_walkSortIndexFrom;
}

const char *LeadPager::idExpression(LeadSort sort)
{
    // Sorted by score, rows come from lead_scores_score, (score, lead_id): the id that index holds.
    return sort == LeadSort::Score ? "lead_scores.lead_id" : "leads.id";
}

QByteArray LeadPager::fromClause(LeadSort sort, bool walkIndex, bool forceOrder, bool leads, bool scores,
                                 bool scoreFiltered)
{
    // A row reads its score from lead_scores. When the sort's index is walked (or nothing is filtered),
    // the table of that index is the outer loop: CROSS JOIN (or LEFT JOIN) keeps SQLite from starting at
    // the other one and sorting everything for a window. A statement that needs only one of the tables
    // reads that one. Every lead has a lead_scores row (Schema, migration 14); should one be missing all
    // the same, a list over leads shows the lead with 0 (LEFT JOIN, ifnull) as the count counts it, and a
    // score filter leaves it out as the count does.
    const QByteArray indexed = walkIndex ? QByteArray(" INDEXED BY ") + sortIndex(sort) : QByteArray();
    if (sort == LeadSort::Score) {
        if (!leads)
            return "lead_scores" + indexed;
        return "lead_scores" + indexed + (walkIndex || forceOrder ? " CROSS JOIN " : " JOIN ")
            + "leads ON leads.id = lead_scores.lead_id";
    }
    if (!scores)
        return "leads" + indexed;
    const char *join = !scoreFiltered ? " LEFT JOIN " : walkIndex || forceOrder ? " CROSS JOIN " : " JOIN ";
    return "leads" + indexed + join + "lead_scores ON lead_scores.lead_id = leads.id";
}

LeadPager::Tables LeadPager::tables(const QByteArray &columns) const
{
    const LeadFilter &f = m_spec.filter;
    const bool scoreSort = m_spec.sort == LeadSort::Score;
    Tables t;
    t.scores = scoreSort || f.hasScoreFilter() || columns.contains("lead_scores.");
    t.leads = !scoreSort || (!f.isEmpty() && !f.isScoreOnly()) || columns.contains("leads.");
    return t;
}

QByteArray LeadPager::fromWhere(const Tables &t, bool walkIndex, QVariantList &params) const
{
    const LeadFilter &f = m_spec.filter;
    QByteArray sql = " FROM " + fromClause(m_spec.sort, walkIndex, f.isEmpty(), t.leads, t.scores, f.hasScoreFilter());
    if (t.leads) {
        sql += " WHERE " + f.whereClause(m_bands, params, t.scores ? "lead_scores.score" : nullptr);
    } else {
        const QByteArray score = f.scoreClause(m_bands, params, "lead_scores.score");
        sql += " WHERE " + (score.isEmpty() ? QByteArray("1") : score);
    }
    return sql;
}

QByteArray LeadPager::selectSql(const QByteArray &columns, const QByteArray &extra, bool orderById,
                                QVariantList &params) const
{
    const QByteArray expr = sortExpression(m_spec.sort);
    const QByteArray id = idExpression(m_spec.sort);
    const char *dir = m_spec.order == Qt::AscendingOrder ? " ASC" : " DESC";
    // Which tables this statement reads: the anchor scan and id lists of most sorts need one.
    QByteArray sql = "SELECT " + columns + ", " + expr + fromWhere(tables(columns), walkSortIndex(), params);
    if (!extra.isEmpty())
        sql += " AND " + extra;
    if (orderById)
        sql += " ORDER BY " + id + dir;
    else
        sql += " ORDER BY " + expr + dir + ", " + id + dir;
    return sql;
}

LeadPager::Statement LeadPager::countStatement() const
{
    Statement st;
    const LeadFilter &f = m_spec.filter;
    const QString match = LeadFilter::ftsQuery(f.search);
    if (!match.isEmpty() && !f.hasFieldFilters()) {
        // Every lead is in the index once: counting there avoids reading a row per match.
        st.sql = "SELECT count(*) FROM leads_fts WHERE leads_fts MATCH ?";
        st.params << match;
        return st;
    }
    if (f.isScoreOnly()) {
        // Score ranges alone: one range of lead_scores_score.
        st.sql = "SELECT count(*) FROM lead_scores WHERE " + f.scoreClause(m_bands, st.params, "score");
        return st;
    }
    // Several field filters together: one index holds all their columns, so the count never reads rows
    // (score ranges: the ids of one range of lead_scores_score).
    const bool facets = f.fieldFilterKinds() >= 2 || (f.fieldFilterKinds() == 1 && !match.isEmpty());
    st.sql = QByteArray("SELECT count(*) FROM leads") + (facets ? " INDEXED BY leads_facets" : "") + " WHERE "
        + f.whereClause(m_bands, st.params);
    return st;
}

qint64 LeadPager::count()
{
    if (!m_count) {
        const Statement st = countStatement();
        Query q(m_db, st.sql.toStdString());
        bindAll(q, st.params);
        m_count = q.scalar().toLongLong();
    }
    return *m_count;
}

std::pair<qint64, const LeadPager::Key *> LeadPager::anchorBefore(qint64 first) const
{
    if (first <= 0 || m_known.empty())
        return {-1, nullptr};
    auto it = m_known.upper_bound(first - 1); // the first known row after first-1
    if (it == m_known.begin())
        return {-1, nullptr};
    --it;
    return {it->first, &it->second};
}

LeadPager::WindowPlan LeadPager::windowPlan(qint64 first, int n, const QByteArray &columns)
{
    count(); // decides the plan (see walkSortIndex)
    WindowPlan plan;
    const auto [anchorRow, key] = anchorBefore(first);
    if (!key) {
        Statement st;
        st.sql = selectSql(columns, QByteArray(), false, st.params) + " LIMIT ? OFFSET ?";
        st.params << n << first;
        plan.statements << st;
        return plan;
    }
    // Rows after the key (v, i): first the rest of value v (id beyond i), then the values beyond v.
    // Two seeks: SQLite does not seek on (value, rowid) row values, only on "value = ? AND rowid > ?".
    const QByteArray expr = sortExpression(m_spec.sort);
    const bool asc = m_spec.order == Qt::AscendingOrder;
    plan.skip = first - anchorRow - 1;
    const qint64 limit = plan.skip + n;
    Statement sameValue;
    sameValue.sql = selectSql(columns, expr + " = ? AND " + idExpression(m_spec.sort) + (asc ? " > ?" : " < ?"), true,
                              sameValue.params)
        + " LIMIT ?";
    sameValue.params << key->value << key->id << limit;
    Statement beyond;
    beyond.sql = selectSql(columns, expr + (asc ? " > ?" : " < ?"), false, beyond.params) + " LIMIT ?";
    beyond.params << key->value << limit;
    plan.statements << sameValue << beyond;
    return plan;
}

template<typename Row, typename Read>
QList<Row> LeadPager::runWindow(qint64 first, int n, const QByteArray &columns, Read read)
{
    QList<Row> rows;
    if (n <= 0 || first < 0)
        return rows;
    const WindowPlan plan = windowPlan(first, n, columns);
    qint64 seen = 0;
    QVariant lastValue;
    for (const Statement &st : plan.statements) {
        if (seen >= plan.skip + n)
            break;
        Query q(m_db, st.sql.toStdString());
        bindAll(q, st.params);
        while (seen < plan.skip + n && q.next()) {
            if (seen++ < plan.skip)
                continue;
            rows << read(q);
            lastValue = q.value(q.columnCount() - 1); // the sort expression comes last
        }
    }
    if (!rows.isEmpty()) {
        // Remember where this window ends, so the next window down starts from there.
        const qint64 lastId = [&] {
            if constexpr (std::is_same_v<Row, qint64>)
                return rows.last();
            else
                return rows.last().id;
        }();
        m_known[first + rows.size() - 1] = Key{lastValue, lastId};
    }
    return rows;
}

QList<LeadListRow> LeadPager::fetch(qint64 first, int n)
{
    return runWindow<LeadListRow>(first, n, rowColumns, readRow);
}

QList<qint64> LeadPager::ids(qint64 first, qint64 n)
{
    return runWindow<qint64>(first, int(std::min<qint64>(n, std::numeric_limits<int>::max())), idExpression(m_spec.sort),
                             [](const Query &q) { return q.int64(0); });
}

qint64 LeadPager::rowOf(qint64 leadId)
{
    // The tables the list's own statements read (see selectSql), no more.
    const QByteArray expr = sortExpression(m_spec.sort);
    const QByteArray id = idExpression(m_spec.sort);
    QVariantList params;
    const QByteArray fromWhereSql = fromWhere(tables(id), false, params);
    QVariant value;
    {
        Query q(m_db, ("SELECT " + expr + fromWhereSql + " AND " + id + " = ?").toStdString());
        QVariantList p = params;
        p << leadId;
        bindAll(q, p);
        if (!q.next())
            return -1;
        value = q.value(0);
    }
    // Rows before it: those with a smaller value, and those with its value and a smaller id.
    const bool asc = m_spec.order == Qt::AscendingOrder;
    qint64 before = 0;
    {
        QVariantList p = params;
        Query q(m_db, ("SELECT count(*)" + fromWhereSql + " AND " + expr + (asc ? " < ?" : " > ?")).toStdString());
        p << value;
        bindAll(q, p);
        before += q.scalar().toLongLong();
    }
    {
        QVariantList p = params;
        Query q(m_db, ("SELECT count(*)" + fromWhereSql + " AND " + expr + " = ? AND " + id + (asc ? " < ?" : " > ?"))
                          .toStdString());
        p << value << leadId;
        bindAll(q, p);
        before += q.scalar().toLongLong();
    }
    return before;
}

std::vector<LeadPager::Key> LeadPager::scanAnchors(Database &db, const Spec &spec, const ScoreBands &bands,
                                                   const std::atomic_bool *cancel, qint64 *count)
{
    LeadPager pager(db);
    pager.m_spec = spec;
    pager.m_bands = bands;
    QVariantList params;
    const QByteArray sql = pager.selectSql(idExpression(spec.sort), QByteArray(), false, params);
    Query q(db, sql.toStdString());
    bindAll(q, params);
    std::vector<Key> anchors;
    qint64 row = 0;
    while (q.next()) {
        if ((row + 1) % AnchorSpacing == 0) {
            anchors.push_back(Key{q.value(1), q.int64(0)});
            if (cancel && cancel->load(std::memory_order_relaxed))
                return {};
        }
        ++row;
    }
    if (count)
        *count = row;
    return anchors;
}

void LeadPager::setAnchors(const std::vector<Key> &anchors, qint64 count)
{
    m_count = count;
    for (size_t k = 0; k < anchors.size(); ++k)
        m_known[qint64(k + 1) * AnchorSpacing - 1] = anchors[k];
    m_hasAnchors = true;
}
