#include "KpiService.h"

#include "leads/Activity.h"
#include "leads/Lead.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <exception>
#include <thread>
#include <cmath>
#include <string>

using namespace Qt::StringLiterals;
using namespace Kpi;

namespace {

constexpr qint64 DayMs = 86400000;

QString monthOf(const QDate &d);

// The UTC month of a time, remembered per day: it is asked for every deal and trial of the range.
QString monthOf(qint64 ms)
{
    thread_local QHash<qint64, QString> months;
    const qint64 day = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    auto it = months.constFind(day);
    if (it != months.constEnd())
        return *it;
    if (months.size() > 100000)
        months.clear();
    const QString month = monthOf(QDate(1970, 1, 1).addDays(day));
    months.insert(day, month);
    return month;
}

QString monthOf(const QDate &d)
{
    return QStringLiteral("%1-%2").arg(d.year(), 4, 10, QLatin1Char('0')).arg(d.month(), 2, 10, QLatin1Char('0'));
}

QDate monthStart(const QString &key)
{
    return QDate::fromString(key + u"-01"_s, Qt::ISODate);
}

// Groups of one grouping, by key.
struct Groups
{
    Grouping grouping;
    QHash<QString, Group> map;

    Group &at(const QString &key)
    {
        auto it = map.find(key);
        if (it == map.end()) {
            it = map.insert(key, Group());
            it->key = key;
        }
        return *it;
    }
};

struct Customer
{
    bool seen = false;
    qint64 firstClosed = 0;
    double lifetime = 0;
};

struct WonDeal
{
    qint64 customer = 0;
    qint64 closedAt = 0;
    double amount = 0;
    double margin = 0;
    double cycleDays = 0;
    QString campaign;
    QString source;
    QString rep;
};

// The key of a record in a grouping: campaign, source, rep, month.
QString keyFor(Grouping g, const QString &campaign, const QString &source, const QString &rep, qint64 ms)
{
    switch (g) {
    case Grouping::Campaign: return campaign;
    case Grouping::Source: return source;
    case Grouping::Rep: return rep;
    case Grouping::Month: return monthOf(ms);
    }
    return {};
}

// The SQL condition (identifiers and placeholders only) and parameters that select a group's rows.
struct Condition
{
    std::string sql;
    QVariantList params;
};

Condition groupCondition(const Selection &s, const char *campaignCol, const char *sourceCol, const char *repCol,
                         const char *timeCol)
{
    Condition c;
    if (!s.key)
        return c;
    const QString &key = *s.key;
    auto idColumn = [&](const char *col) {
        if (key.isEmpty()) {
            c.sql = std::string(" AND ") + col + " IS NULL";
        } else {
            c.sql = std::string(" AND ") + col + " = ?";
            c.params << key.toLongLong();
        }
    };
    switch (s.grouping) {
    case Grouping::Campaign: idColumn(campaignCol); break;
    case Grouping::Rep: idColumn(repCol); break;
    case Grouping::Source:
        c.sql = std::string(" AND ifnull(") + sourceCol + ", '') = ?";
        c.params << key;
        break;
    case Grouping::Month: {
        const QDate start = monthStart(key);
        if (!start.isValid())
            throw StorageError(StorageError::Kind::Constraint,
                               QCoreApplication::translate("KpiService", "“%1” is not a month (YYYY-MM).").arg(key));
        c.sql = std::string(" AND ") + timeCol + " BETWEEN ? AND ?";
        c.params << start.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()
                 << start.addMonths(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() - 1;
        break;
    }
    }
    return c;
}

// A text column's values as QStrings, one string per distinct value: group keys repeat over tens of
// thousands of rows, so they are decoded once and shared.
class Interner
{
public:
    explicit Interner(const Query &q)
        : m_q(q)
    {
    }
    QString operator()(int column)
    {
        const std::string_view v = m_q.utf8(column);
        const QByteArray bytes = QByteArray::fromRawData(v.data(), qsizetype(v.size()));
        const auto it = m_strings.constFind(bytes);
        if (it != m_strings.constEnd())
            return *it;
        const QString s = QString::fromUtf8(v.data(), qsizetype(v.size()));
        m_strings.insert(QByteArray(v.data(), qsizetype(v.size())), s);
        return s;
    }

private:
    const Query &m_q;
    QHash<QByteArray, QString> m_strings;
};

void bindAll(Query &q, const QVariantList &params)
{
    int i = 0;
    for (const QVariant &p : params)
        q.bind(++i, p);
}

void checkRange(const Range &range)
{
    if (!range.isValid())
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("KpiService", "The date range %1 to %2 is not valid: the start "
                                                                     "must be a date on or before the end.")
                               .arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
}

struct TrialCounts
{
    qint64 total = 0;
    QHash<int, QHash<QString, qint64>> byGrouping; // distinct leads per group key
};

// Distinct leads with a trial per group key: the lead ids of each key are sorted and counted once each
// (cheaper than a set per key at tens of thousands of trials).
qint64 distinctCount(std::vector<qint64> &ids)
{
    std::sort(ids.begin(), ids.end());
    return std::unique(ids.begin(), ids.end()) - ids.begin();
}

TrialCounts countTrials(Database &db, const QList<Grouping> &groupings, qint64 fromMs, qint64 toMs)
{
    std::vector<qint64> all;
    QHash<int, QHash<QString, std::vector<qint64>>> leads;
    Query q(db,
            "SELECT lead_id, occurred_at, ifnull(campaign_id, ''), source, ifnull(owner_id, '') FROM kpi_trials "
            "WHERE occurred_at BETWEEN ? AND ?",
            fromMs, toMs);
    Interner intern(q); // few distinct keys: share their strings
    while (q.next()) {
        const qint64 lead = q.int64(0);
        all.push_back(lead);
        const QString campaign = intern(2), source = intern(3), rep = intern(4);
        const qint64 when = q.int64(1);
        for (Grouping g : groupings)
            leads[int(g)][keyFor(g, campaign, source, rep, when)].push_back(lead);
    }
    TrialCounts counts;
    counts.total = distinctCount(all);
    for (auto g = leads.begin(); g != leads.end(); ++g) {
        for (auto it = g->begin(); it != g->end(); ++it)
            counts.byGrouping[g.key()].insert(it.key(), distinctCount(*it));
    }
    return counts;
}

// Leads created in the range by group key and stage, for each grouping but the month (kpi_lead_days).
// The day rows are summed here rather than by a GROUP BY, which sorts them first: seven times faster.
using StageCounts = decltype(Group::byStage);

QHash<int, QHash<QString, StageCounts>> countLeads(Database &db, const QList<Grouping> &groupings,
                                                   const QString &fromDay, const QString &toDay)
{
    QHash<int, QHash<QString, StageCounts>> counts;
    for (Grouping g : groupings) {
        const int dim = g == Grouping::Campaign ? 1 : g == Grouping::Source ? 2 : g == Grouping::Rep ? 3 : 0;
        if (dim == 0)
            continue;
        Query q(db, "SELECT key, stage, leads FROM kpi_lead_days WHERE dim = ? AND day BETWEEN ? AND ?", dim, fromDay,
                toDay);
        Interner intern(q);
        QHash<QString, StageCounts> &byKey = counts[int(g)];
        while (q.next()) {
            const int stage = q.integer(1);
            const qint64 n = q.int64(2);
            if (stage >= 0 && stage < int(StageCounts().size()) && n != 0)
                byKey[intern(0)][size_t(stage)] += n;
        }
    }
    return counts;
}

// What the helper connection reads while the report's own connection reads the rest.
struct HelperPart
{
    TrialCounts trials;
    QHash<int, QHash<QString, StageCounts>> leads;
};

HelperPart readHelperPart(Database &db, const QList<Grouping> &groupings, qint64 fromMs, qint64 toMs,
                          const QString &fromDay, const QString &toDay)
{
    HelperPart part;
    part.trials = countTrials(db, groupings, fromMs, toMs);
    part.leads = countLeads(db, groupings, fromDay, toDay);
    return part;
}

} // namespace

KpiService::KpiService(Database &db, Database *helper)
    : m_db(db)
    , m_helper(helper)
{
    // The report reads tens of thousands of rows of the KPI tables from a large file: through a memory
    // map rather than one read() per page.
    m_db.exec("PRAGMA mmap_size = 4294967296");
    if (m_helper)
        m_helper->exec("PRAGMA mmap_size = 4294967296");
}

QList<FunnelStep> KpiService::funnelSteps()
{
    auto step = [](const char *name, QList<Stage> stages) {
        FunnelStep f;
        f.name = QCoreApplication::translate("Kpi", name);
        f.stages = std::move(stages);
        return f;
    };
    return {
        step(QT_TRANSLATE_NOOP("Kpi", "Leads"), Lifecycle::allStages()),
        step(QT_TRANSLATE_NOOP("Kpi", "MQL"), {Stage::MQL, Stage::SQL, Stage::Opportunity, Stage::Customer}),
        step(QT_TRANSLATE_NOOP("Kpi", "SQL"), {Stage::SQL, Stage::Opportunity, Stage::Customer}),
        step(QT_TRANSLATE_NOOP("Kpi", "Opportunity"), {Stage::Opportunity, Stage::Customer}),
        step(QT_TRANSLATE_NOOP("Kpi", "Customer"), {Stage::Customer}),
    };
}

QList<CycleBucket> KpiService::cycleBuckets()
{
    return {{0, 7, 0}, {8, 14, 0}, {15, 30, 0}, {31, 60, 0}, {61, 90, 0}, {91, 180, 0}, {181, 365, 0}, {366, -1, 0}};
}

Report KpiService::compute(const Range &range, Grouping grouping) const
{
    checkRange(range);
    Report report;
    report.range = range;
    report.grouping = grouping;

    const qint64 fromMs = range.fromMs();
    const qint64 toMs = range.toMs();
    const QString fromDay = range.from.toString(Qt::ISODate);
    const QString toDay = range.to.toString(Qt::ISODate);

    QList<Grouping> needed{Grouping::Campaign, Grouping::Source, Grouping::Month};
    if (grouping == Grouping::Rep)
        needed << Grouping::Rep;
    QHash<int, Groups> groups; // by Grouping
    for (Grouping g : needed)
        groups[int(g)].grouping = g;
    Group &total = report.total;

    // Trials started in the range (kpi_trials) and leads per campaign, source and owner: on the helper
    // connection, in parallel with the rest.
    HelperPart helperPart;
    std::exception_ptr helperError;
    std::thread helperThread;
    if (m_helper) {
        helperThread = std::thread([&] {
            try {
                helperPart = readHelperPart(*m_helper, needed, fromMs, toMs, fromDay, toDay);
            } catch (...) {
                helperError = std::current_exception();
            }
        });
    }
    // Never leave the thread running when something below throws.
    struct Joiner
    {
        std::thread &t;
        ~Joiner()
        {
            if (t.joinable())
                t.join();
        }
    } joiner{helperThread};

    // Leads per day and stage (kpi_lead_days): dim 0 gives the total and the months.
    {
        Query q(m_db,
                "SELECT substr(day, 1, 7), stage, sum(leads) FROM kpi_lead_days "
                "WHERE dim = 0 AND day BETWEEN ? AND ? GROUP BY 1, 2",
                fromDay, toDay);
        Groups &months = groups[int(Grouping::Month)];
        while (q.next()) {
            const int stage = q.integer(1);
            if (stage < 0 || stage >= int(total.byStage.size()))
                continue;
            const qint64 n = q.int64(2);
            total.byStage[size_t(stage)] += n;
            months.at(q.text(0)).byStage[size_t(stage)] += n;
        }
    }

    // Won deals, all of them: a customer's first win decides when it became one, and its lifetime value
    // sums them all.
    {
        QHash<qint64, Customer> customers;
        std::vector<WonDeal> inRange;
        Query q(m_db,
                "SELECT deal_id, lead_id, closed_at, amount, gross_margin, ifnull(owner_id, ''), first_touch, "
                "ifnull(campaign_id, ''), source FROM kpi_won_deals");
        Interner intern(q); // few distinct keys: share their strings
        while (q.next()) {
            const qint64 dealId = q.int64(0);
            const qint64 customerId = q.isNull(1) ? -dealId : q.int64(1);
            const qint64 closedAt = q.int64(2);
            const double amount = q.real(3);
            Customer &c = customers[customerId];
            c.firstClosed = c.seen ? std::min(c.firstClosed, closedAt) : closedAt;
            c.seen = true;
            c.lifetime += amount;
            if (closedAt < fromMs || closedAt > toMs)
                continue;
            WonDeal w;
            w.customer = customerId;
            w.closedAt = closedAt;
            w.amount = amount;
            w.margin = q.real(4);
            w.rep = intern(5);
            w.cycleDays = double(std::max<qint64>(0, closedAt - q.int64(6))) / double(DayMs);
            w.campaign = intern(7);
            w.source = intern(8);
            inRange.push_back(std::move(w));
        }
        QSet<qint64> counted;
        for (const WonDeal &w : inRange) {
            const Customer &c = customers.value(w.customer);
            const bool isNew = c.firstClosed >= fromMs && c.firstClosed <= toMs;
            // The customer is counted once, with its first deal (its group and month are that deal's).
            const bool firstTime = isNew && w.closedAt == c.firstClosed && !counted.contains(w.customer);
            if (firstTime)
                counted.insert(w.customer);
            auto add = [&](Group &g) {
                g.wonDeals += 1;
                g.revenue += w.amount;
                g.cycleDays.push_back(w.cycleDays);
                if (isNew)
                    g.grossMargin += w.margin;
                if (firstTime) {
                    g.newCustomers += 1;
                    g.lifetimeRevenue += c.lifetime;
                }
            };
            add(total);
            for (Groups &gs : groups)
                add(gs.at(keyFor(gs.grouping, w.campaign, w.source, w.rep, w.closedAt)));
        }
    }

    // What the helper read: leads per campaign, source and owner; free trials started in the range,
    // distinct leads.
    {
        if (helperThread.joinable())
            helperThread.join();
        else
            helperPart = readHelperPart(m_db, needed, fromMs, toMs, fromDay, toDay);
        if (helperError)
            std::rethrow_exception(helperError);
        for (auto it = helperPart.leads.cbegin(); it != helperPart.leads.cend(); ++it) {
            Groups &target = groups[it.key()];
            for (auto c = it->cbegin(); c != it->cend(); ++c) {
                StageCounts &byStage = target.at(c.key()).byStage;
                for (size_t i = 0; i < byStage.size(); ++i)
                    byStage[i] += c.value()[i];
            }
        }
        const TrialCounts &trials = helperPart.trials;
        total.trials = trials.total;
        for (Groups &gs : groups) {
            const QHash<QString, qint64> counts = trials.byGrouping.value(int(gs.grouping));
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                gs.at(it.key()).trials = it.value();
        }
    }

    // Campaign cost and visitors in the range.
    QHash<QString, QString> campaignNames;
    {
        struct CampaignRow
        {
            QString id, channel;
            double cost = 0;
            qint64 visitors = 0;
            QDate start, end;
        };
        QList<CampaignRow> campaigns;
        Query q(m_db, "SELECT id, name, channel, cost, visitors, starts_on, ends_on, created_at FROM campaigns");
        while (q.next()) {
            CampaignRow c;
            c.id = QString::number(q.int64(0));
            campaignNames.insert(c.id, q.text(1));
            c.channel = q.text(2);
            c.cost = q.real(3);
            c.visitors = q.int64(4);
            c.start = QDate::fromString(q.text(5), Qt::ISODate);
            if (!c.start.isValid())
                c.start = QDateTime::fromMSecsSinceEpoch(q.int64(7), QTimeZone::utc()).date();
            c.end = QDate::fromString(q.text(6), Qt::ISODate);
            if (!c.end.isValid() || c.end < c.start)
                c.end = c.start;
            campaigns << c;
        }
        QSet<QString> withEntries;
        Query e(m_db, "SELECT DISTINCT campaign_id FROM campaign_costs");
        while (e.next())
            withEntries.insert(QString::number(e.int64(0)));

        total.cost = 0.0;
        for (Groups &gs : groups) {
            if (gs.grouping != Grouping::Rep) {
                for (Group &g : gs.map)
                    g.cost = 0.0;
            }
        }
        auto addCost = [&](const CampaignRow &c, const QString &month, double cost, qint64 visitors) {
            *total.cost += cost;
            total.visitors += visitors;
            for (Groups &gs : groups) {
                if (gs.grouping == Grouping::Rep)
                    continue;
                const QString key = gs.grouping == Grouping::Campaign ? c.id
                                  : gs.grouping == Grouping::Source   ? c.channel
                                                                      : month;
                Group &g = gs.at(key);
                g.cost = g.cost.value_or(0) + cost;
                g.visitors += visitors;
            }
        };
        QHash<QString, const CampaignRow *> byId;
        for (const CampaignRow &c : campaigns)
            byId.insert(c.id, &c);
        Query entries(m_db,
                      "SELECT campaign_id, day, cost, visitors FROM campaign_costs WHERE day BETWEEN ? AND ?",
                      fromDay, toDay);
        while (entries.next()) {
            const CampaignRow *c = byId.value(QString::number(entries.int64(0)));
            if (c)
                addCost(*c, entries.text(1).left(7), entries.real(2), entries.int64(3));
        }
        for (const CampaignRow &c : campaigns) {
            if (withEntries.contains(c.id))
                continue;
            const QDate from = std::max(c.start, range.from);
            const QDate to = std::min(c.end, range.to);
            if (from > to)
                continue;
            const double span = double(c.start.daysTo(c.end) + 1);
            // Month by month, so that months add up to the range.
            for (QDate m = from; m <= to;) {
                const QDate monthEnd = std::min(QDate(m.year(), m.month(), 1).addMonths(1).addDays(-1), to);
                const double days = double(m.daysTo(monthEnd) + 1);
                addCost(c, monthOf(m), c.cost * days / span, qint64(std::llround(double(c.visitors) * days / span)));
                m = monthEnd.addDays(1);
            }
        }
    }

    // Every month of the range, even empty ones; groups are labelled and ordered.
    {
        Groups &months = groups[int(Grouping::Month)];
        for (QDate m(range.from.year(), range.from.month(), 1); m <= range.to; m = m.addMonths(1))
            months.at(monthOf(m));
        for (Group &g : months.map) {
            if (!g.cost)
                g.cost = 0.0;
        }
    }
    QHash<QString, QString> repNames;
    if (grouping == Grouping::Rep) {
        Query q(m_db, "SELECT id, name FROM reps");
        while (q.next())
            repNames.insert(QString::number(q.int64(0)), q.text(1));
    }
    auto finish = [&](Groups &gs) {
        QList<Group> list;
        for (Group &g : gs.map) {
            std::sort(g.cycleDays.begin(), g.cycleDays.end());
            switch (gs.grouping) {
            case Grouping::Campaign:
                g.label = g.key.isEmpty() ? QCoreApplication::translate("Kpi", "No campaign")
                                          : campaignNames.value(g.key, QCoreApplication::translate("Kpi", "Campaign #%1").arg(g.key));
                break;
            case Grouping::Source:
                g.label = g.key.isEmpty() ? QCoreApplication::translate("Kpi", "No source") : LeadSources::displayName(g.key);
                break;
            case Grouping::Rep:
                g.label = g.key.isEmpty() ? QCoreApplication::translate("Kpi", "No owner")
                                          : repNames.value(g.key, QCoreApplication::translate("Kpi", "Rep #%1").arg(g.key));
                break;
            case Grouping::Month: g.label = g.key; break;
            }
            list << g;
        }
        std::sort(list.begin(), list.end(), [&](const Group &a, const Group &b) {
            if (gs.grouping == Grouping::Month)
                return a.key < b.key;
            if (a.key.isEmpty() != b.key.isEmpty())
                return b.key.isEmpty(); // "none" last
            const int c = QString::localeAwareCompare(a.label, b.label);
            return c != 0 ? c < 0 : a.key < b.key;
        });
        return list;
    };
    std::sort(total.cycleDays.begin(), total.cycleDays.end());
    report.groups = finish(groups[int(grouping)]);
    report.byCampaign = grouping == Grouping::Campaign ? report.groups : finish(groups[int(Grouping::Campaign)]);
    report.bySource = grouping == Grouping::Source ? report.groups : finish(groups[int(Grouping::Source)]);
    const QList<Group> months = grouping == Grouping::Month ? report.groups : finish(groups[int(Grouping::Month)]);

    // Sales per month and their growth.
    for (const Group &g : months) {
        MonthSales m;
        m.month = g.key;
        m.revenue = g.revenue;
        m.wonDeals = g.wonDeals;
        if (!report.months.isEmpty() && report.months.last().revenue != 0) {
            const double before = report.months.last().revenue;
            m.growth = (m.revenue - before) / before * 100.0;
        }
        report.months << m;
    }

    // The funnel and its biggest leak.
    report.funnel = funnelSteps();
    double lowest = 0;
    for (qsizetype i = 0; i < report.funnel.size(); ++i) {
        FunnelStep &f = report.funnel[i];
        for (Stage s : f.stages)
            f.reached += total.byStage[size_t(s)];
        if (i > 0 && report.funnel.at(i - 1).reached > 0) {
            f.conversion = double(f.reached) / double(report.funnel.at(i - 1).reached) * 100.0;
            if (report.biggestLeak < 0 || *f.conversion < lowest) {
                lowest = *f.conversion;
                report.biggestLeak = int(i);
            }
        }
    }

    // Cycle-time distribution.
    report.cycleBuckets = cycleBuckets();
    for (double d : total.cycleDays) {
        const int days = int(std::floor(d));
        for (CycleBucket &b : report.cycleBuckets) {
            if (days >= b.minDays && (b.maxDays < 0 || days <= b.maxDays)) {
                ++b.deals;
                break;
            }
        }
    }
    return report;
}

QList<LeadItem> KpiService::leadsBehind(const Range &range, const Selection &selection, int limit, qint64 *total) const
{
    checkRange(range);
    const Condition c = groupCondition(selection, "campaign_id", "source", "owner_id", "created_at");
    std::string where = " WHERE created_at BETWEEN ? AND ?" + c.sql;
    QVariantList params{range.fromMs(), range.toMs()};
    params += c.params;
    if (!selection.stages.isEmpty()) {
        where += " AND stage IN (";
        for (qsizetype i = 0; i < selection.stages.size(); ++i) {
            where += i ? ", ?" : "?";
            params << int(selection.stages.at(i));
        }
        where += ")";
    }
    if (total) {
        Query count(m_db, "SELECT count(*) FROM leads" + where);
        bindAll(count, params);
        *total = count.next() ? count.int64(0) : 0;
    }
    QList<LeadItem> list;
    Query q(m_db, "SELECT id, first_name, last_name, email, company, stage, created_at FROM leads" + where +
                      " ORDER BY created_at DESC, id DESC LIMIT ?");
    bindAll(q, params);
    q.bind(int(params.size()) + 1, limit);
    while (q.next()) {
        Lead l;
        l.id = q.int64(0);
        l.firstName = q.text(1);
        l.lastName = q.text(2);
        l.email = q.text(3);
        l.company = q.text(4);
        LeadItem item;
        item.id = l.id;
        item.name = l.displayName();
        item.company = l.company;
        item.stage = Lifecycle::isValid(q.integer(5)) ? Stage(q.integer(5)) : Stage::Lead;
        item.createdAt = q.int64(6);
        list << item;
    }
    return list;
}

QList<DealItem> KpiService::dealsBehind(const Range &range, const Selection &selection, int limit, qint64 *total) const
{
    checkRange(range);
    const Condition c = groupCondition(selection, "l.campaign_id", "l.source", "d.owner_id", "d.closed_at");
    std::string where = " WHERE d.outcome = 1 AND d.closed_at BETWEEN ? AND ?" + c.sql;
    QVariantList params{range.fromMs(), range.toMs()};
    params += c.params;
    if (selection.minCycleDays >= 0) {
        where += " AND max(d.closed_at - ifnull(l.created_at, d.created_at), 0) >= ?";
        params << qint64(selection.minCycleDays) * DayMs;
    }
    if (selection.maxCycleDays >= 0) {
        where += " AND max(d.closed_at - ifnull(l.created_at, d.created_at), 0) < ?";
        params << qint64(selection.maxCycleDays + 1) * DayMs;
    }
    const std::string from = " FROM deals d LEFT JOIN leads l ON l.id = d.lead_id";
    if (total) {
        Query count(m_db, "SELECT count(*)" + from + where);
        bindAll(count, params);
        *total = count.next() ? count.int64(0) : 0;
    }
    QList<DealItem> list;
    Query q(m_db, "SELECT d.id, d.title, d.company, d.amount, d.currency, d.closed_at, d.lead_id" + from + where +
                      " ORDER BY d.closed_at DESC, d.id DESC LIMIT ?");
    bindAll(q, params);
    q.bind(int(params.size()) + 1, limit);
    while (q.next()) {
        DealItem item;
        item.id = q.int64(0);
        item.title = q.text(1);
        item.company = q.text(2);
        item.amount = q.real(3);
        item.currency = q.text(4);
        item.closedAt = q.int64(5);
        if (!q.isNull(6))
            item.leadId = q.int64(6);
        list << item;
    }
    return list;
}
