#include "Kpi.h"

#include "io/CsvWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Kpi {

namespace {

struct MetricInfo
{
    Metric metric;
    const char *key;
    const char *name;
    Unit unit;
};

const MetricInfo metrics[] = {
    {Metric::Leads, "leads", QT_TRANSLATE_NOOP("Kpi", "Leads"), Unit::Count},
    {Metric::Iql, "iql", QT_TRANSLATE_NOOP("Kpi", "IQL"), Unit::Count},
    {Metric::Mql, "mql", QT_TRANSLATE_NOOP("Kpi", "MQL"), Unit::Count},
    {Metric::Sql, "sql", QT_TRANSLATE_NOOP("Kpi", "SQL"), Unit::Count},
    {Metric::Trials, "trials", QT_TRANSLATE_NOOP("Kpi", "Free trials"), Unit::Count},
    {Metric::Visitors, "visitors", QT_TRANSLATE_NOOP("Kpi", "Visitors"), Unit::Count},
    {Metric::OptInRate, "opt_in_rate", QT_TRANSLATE_NOOP("Kpi", "Opt-in rate"), Unit::Percent},
    {Metric::NewCustomers, "new_customers", QT_TRANSLATE_NOOP("Kpi", "New customers"), Unit::Count},
    {Metric::ConversionRate, "conversion_rate", QT_TRANSLATE_NOOP("Kpi", "Sales conversion"), Unit::Percent},
    {Metric::Cost, "cost", QT_TRANSLATE_NOOP("Kpi", "Cost"), Unit::Money},
    {Metric::Cpl, "cpl", QT_TRANSLATE_NOOP("Kpi", "CPL"), Unit::Money},
    {Metric::Cpa, "cpa", QT_TRANSLATE_NOOP("Kpi", "CPA"), Unit::Money},
    {Metric::GrossMargin, "gross_margin", QT_TRANSLATE_NOOP("Kpi", "Gross margin (new customers)"), Unit::Money},
    {Metric::Roi, "roi", QT_TRANSLATE_NOOP("Kpi", "ROI"), Unit::Percent},
    {Metric::Clv, "clv", QT_TRANSLATE_NOOP("Kpi", "Customer lifetime value"), Unit::Money},
    {Metric::WonDeals, "won_deals", QT_TRANSLATE_NOOP("Kpi", "Won deals"), Unit::Count},
    {Metric::Revenue, "revenue", QT_TRANSLATE_NOOP("Kpi", "Total sales"), Unit::Money},
    {Metric::AvgDealSize, "avg_deal_size", QT_TRANSLATE_NOOP("Kpi", "Average deal size"), Unit::Money},
    {Metric::CycleMedian, "cycle_median_days", QT_TRANSLATE_NOOP("Kpi", "Sales cycle, median (days)"), Unit::Days},
    {Metric::CycleP90, "cycle_p90_days", QT_TRANSLATE_NOOP("Kpi", "Sales cycle, 90th percentile (days)"), Unit::Days},
};

const MetricInfo &info(Metric metric)
{
    for (const MetricInfo &m : metrics) {
        if (m.metric == metric)
            return m;
    }
    return metrics[0];
}

std::optional<double> ratio(double numerator, double denominator, double scale = 1.0)
{
    if (denominator == 0 || !std::isfinite(numerator) || !std::isfinite(denominator))
        return std::nullopt;
    const double r = numerator / denominator * scale;
    return std::isfinite(r) ? std::optional<double>(r) : std::nullopt;
}

std::optional<double> percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::nullopt;
    if (p == 50) {
        const size_t n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
    // Nearest rank.
    size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    rank = std::clamp<size_t>(rank, 1, sorted.size());
    return sorted[rank - 1];
}

QString plain(std::optional<double> value, Unit unit)
{
    if (!value)
        return dash();
    if (unit == Unit::Count)
        return QString::number(qint64(std::llround(*value)));
    return QString::number(std::round(*value * 100.0) / 100.0, 'f', 2);
}

QJsonValue jsonValue(std::optional<double> value, Unit unit)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    if (unit == Unit::Count)
        return QJsonValue(qint64(std::llround(*value)));
    return QJsonValue(std::round(*value * 100.0) / 100.0);
}

QByteArray writeCsv(const QList<QStringList> &rows, int textColumns)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (qsizetype i = 0; i < row.size(); ++i)
            fields << CsvWriter::escapeField(row.at(i), ',', i < textColumns);
        out += fields.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QJsonObject groupJson(const Group &g)
{
    QJsonObject o;
    o[u"key"_s] = g.key;
    o[u"label"_s] = g.label;
    for (Metric m : allMetrics())
        o[metricKey(m)] = jsonValue(g.value(m), metricUnit(m));
    return o;
}

} // namespace

QString groupingKey(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Campaign: return u"campaign"_s;
    case Grouping::Source: return u"source"_s;
    case Grouping::Rep: return u"rep"_s;
    case Grouping::Month: return u"month"_s;
    }
    return {};
}

std::optional<Grouping> groupingFromKey(const QString &key)
{
    for (Grouping g : {Grouping::Campaign, Grouping::Source, Grouping::Rep, Grouping::Month}) {
        if (key.compare(groupingKey(g), Qt::CaseInsensitive) == 0)
            return g;
    }
    return std::nullopt;
}

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Campaign: return QCoreApplication::translate("Kpi", "Campaign");
    case Grouping::Source: return QCoreApplication::translate("Kpi", "Source");
    case Grouping::Rep: return QCoreApplication::translate("Kpi", "Rep");
    case Grouping::Month: return QCoreApplication::translate("Kpi", "Month");
    }
    return {};
}

qint64 Range::fromMs() const
{
    return from.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 Range::toMs() const
{
    return to.addDays(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() - 1;
}

QList<Metric> allMetrics()
{
    QList<Metric> list;
    for (const MetricInfo &m : metrics)
        list << m.metric;
    return list;
}

QString metricKey(Metric metric)
{
    return QString::fromLatin1(info(metric).key);
}

QString metricName(Metric metric)
{
    return QCoreApplication::translate("Kpi", info(metric).name);
}

Unit metricUnit(Metric metric)
{
    return info(metric).unit;
}

qint64 Group::leads() const
{
    qint64 n = 0;
    for (qint64 c : byStage)
        n += c;
    return n;
}

qint64 Group::stageCount(std::initializer_list<Stage> stages) const
{
    qint64 n = 0;
    for (Stage s : stages)
        n += byStage[size_t(s)];
    return n;
}

std::optional<double> Group::value(Metric metric) const
{
    const double n = double(leads());
    switch (metric) {
    case Metric::Leads: return n;
    case Metric::Iql: return double(stageCount({Stage::Subscriber, Stage::Lead}));
    case Metric::Mql: return double(stageCount({Stage::MQL}));
    case Metric::Sql: return double(stageCount({Stage::SQL, Stage::Opportunity}));
    case Metric::Trials: return double(trials);
    case Metric::Visitors: return cost ? std::optional<double>(double(visitors)) : std::nullopt;
    case Metric::OptInRate: return ratio(n, double(visitors), 100.0);
    case Metric::NewCustomers: return double(newCustomers);
    case Metric::ConversionRate: return ratio(double(newCustomers), n, 100.0);
    case Metric::Cost: return cost;
    case Metric::Cpl: return cost ? ratio(*cost, n) : std::nullopt;
    case Metric::Cpa: return cost ? ratio(*cost, double(newCustomers)) : std::nullopt;
    case Metric::GrossMargin: return grossMargin;
    case Metric::Roi: return cost ? ratio(grossMargin - *cost, *cost, 100.0) : std::nullopt;
    case Metric::Clv: return ratio(lifetimeRevenue, double(newCustomers));
    case Metric::WonDeals: return double(wonDeals);
    case Metric::Revenue: return revenue;
    case Metric::AvgDealSize: return ratio(revenue, double(wonDeals));
    case Metric::CycleMedian: return percentile(cycleDays, 50);
    case Metric::CycleP90: return percentile(cycleDays, 90);
    }
    return std::nullopt;
}

QString CycleBucket::label() const
{
    if (maxDays < 0)
        return QCoreApplication::translate("Kpi", "%1+ days").arg(minDays);
    return QCoreApplication::translate("Kpi", "%1–%2 days").arg(minDays).arg(maxDays);
}

QString dash()
{
    return QStringLiteral("\u2014");
}

QString format(std::optional<double> value, Unit unit, const QLocale &locale)
{
    if (!value)
        return dash();
    switch (unit) {
    case Unit::Count: return locale.toString(qint64(std::llround(*value)));
    case Unit::Money: return locale.toString(*value, 'f', 2);
    case Unit::Percent: return locale.toString(*value, 'f', 1) + locale.percent();
    case Unit::Days: return locale.toString(*value, 'f', 1);
    }
    return {};
}

QByteArray toJson(const Report &r)
{
    QJsonObject o;
    o[u"from"_s] = r.range.from.toString(Qt::ISODate);
    o[u"to"_s] = r.range.to.toString(Qt::ISODate);
    o[u"by"_s] = groupingKey(r.grouping);
    o[u"total"_s] = groupJson(r.total);
    QJsonArray groups;
    for (const Group &g : r.groups)
        groups.append(groupJson(g));
    o[u"groups"_s] = groups;
    QJsonArray months;
    for (const MonthSales &m : r.months) {
        QJsonObject mo;
        mo[u"month"_s] = m.month;
        mo[u"revenue"_s] = jsonValue(m.revenue, Unit::Money);
        mo[u"won_deals"_s] = m.wonDeals;
        mo[u"growth"_s] = jsonValue(m.growth, Unit::Percent);
        months.append(mo);
    }
    o[u"sales_per_month"_s] = months;
    QJsonArray funnel;
    for (qsizetype i = 0; i < r.funnel.size(); ++i) {
        const FunnelStep &f = r.funnel.at(i);
        QJsonObject fo;
        fo[u"step"_s] = f.name;
        fo[u"reached"_s] = f.reached;
        fo[u"conversion"_s] = jsonValue(f.conversion, Unit::Percent);
        fo[u"biggest_leak"_s] = i == r.biggestLeak;
        funnel.append(fo);
    }
    o[u"funnel"_s] = funnel;
    QJsonArray cycle;
    for (const CycleBucket &b : r.cycleBuckets) {
        QJsonObject bo;
        bo[u"min_days"_s] = b.minDays;
        bo[u"max_days"_s] = b.maxDays < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(b.maxDays);
        bo[u"deals"_s] = b.deals;
        cycle.append(bo);
    }
    o[u"cycle_time_distribution"_s] = cycle;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray tableCsv(const QList<Group> &groups, const Group *total)
{
    QList<QStringList> rows;
    QStringList header{u"key"_s, u"label"_s};
    for (Metric m : allMetrics())
        header << metricKey(m);
    rows << header;
    auto row = [](const Group &g) {
        QStringList r{g.key, g.label};
        for (Metric m : allMetrics())
            r << plain(g.value(m), metricUnit(m));
        return r;
    };
    for (const Group &g : groups)
        rows << row(g);
    if (total)
        rows << row(*total);
    return writeCsv(rows, 2);
}

QByteArray monthsCsv(const QList<MonthSales> &months)
{
    QList<QStringList> rows{{u"month"_s, u"revenue"_s, u"won_deals"_s, u"growth_percent"_s}};
    for (const MonthSales &m : months)
        rows << QStringList{m.month, plain(m.revenue, Unit::Money), QString::number(m.wonDeals),
                            plain(m.growth, Unit::Percent)};
    return writeCsv(rows, 1);
}

QByteArray funnelCsv(const QList<FunnelStep> &funnel)
{
    QList<QStringList> rows{{u"step"_s, u"reached"_s, u"conversion_percent"_s}};
    for (const FunnelStep &f : funnel)
        rows << QStringList{f.name, QString::number(f.reached), plain(f.conversion, Unit::Percent)};
    return writeCsv(rows, 1);
}

QByteArray cycleCsv(const QList<CycleBucket> &buckets)
{
    QList<QStringList> rows{{u"min_days"_s, u"max_days"_s, u"deals"_s}};
    for (const CycleBucket &b : buckets)
        rows << QStringList{QString::number(b.minDays), b.maxDays < 0 ? QString() : QString::number(b.maxDays),
                            QString::number(b.deals)};
    return writeCsv(rows, 0);
}

} // namespace Kpi
