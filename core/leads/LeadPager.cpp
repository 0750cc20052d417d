#include "LeadPager.h"

#include "storage/Database.h"
#include "storage/Query.h"

namespace {

const QByteArray rowColumns = "leads.id, leads.first_name, leads.last_name, leads.email, leads.company, "
                              "leads.job_title, leads.country, leads.source, leads.stage, leads.score, "
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
    case LeadSort::Score: return "leads_score";
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
    case LeadSort::Score: return "leads.score";
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

qint64 LeadPager::count()
{
    if (!m_count) {
        QVariantList params;
        const QByteArray where = m_spec.filter.whereClause(m_bands, params);
        Query q(m_db, "SELECT count(*) FROM leads WHERE " + where.toStdString());
        bindAll(q, params);
        m_count = q.scalar().toLongLong();
    }
    return *m_count;
}

bool LeadPager::walkSortIndex() const
{
    // A big result is read in index order and filtered on the way (bounded work per window); a small one
    // is found through the filter's own index and sorted (SQLite's choice). Without this, SQLite often
    // picks the filter's index for a filter that matches half the table and sorts it all for every window.
    if (!m_spec.filter.hasFieldFilters())
        return false;
    return m_count && *m_count >= m_walkSortIndexFrom && LeadFilter::ftsQuery(m_spec.filter.search).isEmpty();
}

QByteArray LeadPager::selectSql(const QByteArray &columns, const Key *after, QVariantList &params) const
{
    const QByteArray expr = sortExpression(m_spec.sort);
    const bool asc = m_spec.order == Qt::AscendingOrder;
    QByteArray sql = "SELECT " + columns + ", " + expr + " FROM leads";
    if (walkSortIndex())
        sql += QByteArray(" INDEXED BY ") + sortIndex(m_spec.sort);
    sql += " WHERE " + m_spec.filter.whereClause(m_bands, params);
    if (after) {
        // The plain range lets SQLite seek in the index; the row value then settles ties on id.
        sql += " AND " + expr + (asc ? " >= ?" : " <= ?");
        sql += " AND (" + expr + ", leads.id) " + (asc ? ">" : "<") + " (?, ?)";
        params << after->value << after->value << after->id;
    }
    sql += " ORDER BY " + expr + (asc ? " ASC" : " DESC") + ", leads.id" + (asc ? " ASC" : " DESC");
    return sql;
}

std::pair<qint64, const LeadPager::Key *> LeadPager::anchorBefore(qint64 first) const
{
    if (first <= 0 || m_known.empty())
        return {-1, nullptr};
    auto it = m_known.upper_bound(first - 1); // first element with row > first-1
    if (it == m_known.begin())
        return {-1, nullptr};
    --it;
    return {it->first, &it->second};
}

QList<LeadListRow> LeadPager::fetch(qint64 first, int n)
{
    QList<LeadListRow> rows;
    if (n <= 0 || first < 0)
        return rows;
    count(); // decides the plan (see walkSortIndex)
    const auto [anchorRow, key] = anchorBefore(first);
    QVariantList params;
    QByteArray sql = selectSql(rowColumns, key, params) + " LIMIT ? OFFSET ?";
    params << n << (first - anchorRow - 1);
    Query q(m_db, sql.toStdString());
    bindAll(q, params);
    rows.reserve(n);
    QVariant lastValue;
    while (q.next()) {
        rows << readRow(q);
        lastValue = q.value(rowColumnCount);
    }
    if (!rows.isEmpty()) {
        // Remember where this window ends, so the next window down starts from there.
        m_known[first + rows.size() - 1] = Key{lastValue, rows.last().id};
    }
    return rows;
}

QList<qint64> LeadPager::ids(qint64 first, qint64 n)
{
    QList<qint64> out;
    if (n <= 0 || first < 0)
        return out;
    count();
    const auto [anchorRow, key] = anchorBefore(first);
    QVariantList params;
    QByteArray sql = selectSql("leads.id", key, params) + " LIMIT ? OFFSET ?";
    params << n << (first - anchorRow - 1);
    Query q(m_db, sql.toStdString());
    bindAll(q, params);
    while (q.next())
        out << q.int64(0);
    return out;
}

qint64 LeadPager::rowOf(qint64 leadId)
{
    QVariantList params;
    const QByteArray where = m_spec.filter.whereClause(m_bands, params);
    const QByteArray expr = sortExpression(m_spec.sort);
    QVariant value;
    {
        Query q(m_db, ("SELECT " + expr + " FROM leads WHERE leads.id = ? AND " + where).toStdString());
        q.bind(1, leadId);
        int i = 1;
        for (const QVariant &v : params)
            q.bind(++i, v);
        if (!q.next())
            return -1;
        value = q.value(0);
    }
    const bool asc = m_spec.order == Qt::AscendingOrder;
    Query q(m_db, ("SELECT count(*) FROM leads WHERE " + where + " AND " + expr + (asc ? " <= ?" : " >= ?") + " AND ("
                   + expr + ", leads.id) " + (asc ? "<" : ">") + " (?, ?)")
                      .toStdString());
    params << value << value << leadId;
    bindAll(q, params);
    return q.scalar().toLongLong();
}

std::vector<LeadPager::Key> LeadPager::scanAnchors(Database &db, const Spec &spec, const ScoreBands &bands,
                                                   const std::atomic_bool *cancel, qint64 *count)
{
    LeadPager pager(db);
    pager.m_spec = spec;
    pager.m_bands = bands;
    QVariantList params;
    const QByteArray sql = pager.selectSql("leads.id", nullptr, params);
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
