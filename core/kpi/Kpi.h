#pragma once

#include "leads/LifecycleStage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <array>
#include <optional>
#include <vector>

// The managers' KPIs (DOMAIN.md "KPIs") for a date range, grouped by campaign, source, rep or month.
// Ratios whose denominator is zero are std::nullopt (shown as "—"), never inf or NaN.
namespace Kpi {

enum class Grouping { Campaign, Source, Rep, Month };

QString groupingKey(Grouping grouping); // "campaign", "source", "rep", "month"
std::optional<Grouping> groupingFromKey(const QString &key);
QString groupingName(Grouping grouping);

// Inclusive, in UTC days.
struct Range
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 fromMs() const;
    qint64 toMs() const; // the last millisecond of `to`
    int days() const { return int(from.daysTo(to)) + 1; }
};

enum class Unit { Count, Money, Percent, Days };

// The columns of the KPI table, in the order tables, CSV and JSON show them.
enum class Metric {
    Leads,          // created in the range
    Iql,            // now at Subscriber or Lead (took an information magnet)
    Mql,
    Sql,            // SQL or Opportunity
    Trials,         // leads that started a free trial in the range
    Visitors,
    OptInRate,      // leads / visitors x 100
    NewCustomers,   // leads whose first won deal closed in the range (a deal without a lead counts alone)
    ConversionRate, // new customers / leads x 100
    Cost,           // campaign cost in the range
    Cpl,            // cost / leads
    Cpa,            // cost / new customers
    GrossMargin,    // gross margin of the deals new customers won in the range
    Roi,            // (gross margin - cost) / cost x 100
    Clv,            // lifetime revenue of the new customers / new customers
    WonDeals,
    Revenue,        // total sales: amounts of deals won in the range
    AvgDealSize,    // revenue / won deals
    CycleMedian,    // days from first touch (lead created) to close, won deals of the range
    CycleP90,
};

QList<Metric> allMetrics();
QString metricKey(Metric metric); // "leads", "opt_in_rate", ...
QString metricName(Metric metric);
Unit metricUnit(Metric metric);

// Leads, money and cycle times of one group (or of everything).
struct Group
{
    QString key;   // campaign id, source key, rep id, "YYYY-MM"; "" for none
    QString label;
    std::array<qint64, 9> byStage{}; // leads created in the range, by current stage code
    qint64 trials = 0;
    qint64 visitors = 0;
    std::optional<double> cost; // none when the grouping has no cost (reps)
    qint64 newCustomers = 0;
    double grossMargin = 0;
    double lifetimeRevenue = 0;
    qint64 wonDeals = 0;
    double revenue = 0;
    std::vector<double> cycleDays; // sorted

    qint64 leads() const;
    qint64 stageCount(std::initializer_list<Stage> stages) const;
    std::optional<double> value(Metric metric) const;
};

struct MonthSales
{
    QString month; // YYYY-MM
    double revenue = 0;
    qint64 wonDeals = 0;
    std::optional<double> growth; // % over the month before; none for the first month or a zero before
};

struct FunnelStep
{
    QString name;
    QList<Stage> stages; // leads now at one of these have reached the step
    qint64 reached = 0;
    std::optional<double> conversion; // % of the step before that reached this one
};

struct CycleBucket
{
    int minDays = 0;
    int maxDays = -1; // -1: no upper bound
    qint64 deals = 0;
    QString label() const;
};

struct Report
{
    Range range;
    Grouping grouping = Grouping::Campaign;
    Group total;
    QList<Group> groups;     // by the chosen grouping
    QList<Group> byCampaign; // the charts'
    QList<Group> bySource;
    QList<MonthSales> months; // every month the range touches
    QList<FunnelStep> funnel;
    int biggestLeak = -1;     // index into funnel of the step with the lowest conversion
    QList<CycleBucket> cycleBuckets;
};

// What a chart's bar or slice stands for, to list the leads or deals behind it.
struct Selection
{
    Grouping grouping = Grouping::Campaign;
    std::optional<QString> key; // a group; none: every group
    QList<Stage> stages;        // leads only: at one of these stages; empty: any
    int minCycleDays = -1;      // deals only: cycle time bounds (days); -1: none
    int maxCycleDays = -1;
};

struct LeadItem
{
    qint64 id = 0;
    QString name;
    QString company;
    Stage stage = Stage::Lead;
    qint64 createdAt = 0;
};

struct DealItem
{
    qint64 id = 0;
    QString title;
    QString company;
    double amount = 0;
    QString currency;
    qint64 closedAt = 0;
    std::optional<qint64> leadId;
};

// "—" for none; numbers, money, percentages and days through the locale.
QString format(std::optional<double> value, Unit unit, const QLocale &locale = QLocale());
QString dash();

// The report as JSON (numbers; null for none) or CSV (one line per group and a total line, formatted as
// plain numbers with a dot, "—" for none).
QByteArray toJson(const Report &report);
QByteArray tableCsv(const QList<Group> &groups, const Group *total);
QByteArray monthsCsv(const QList<MonthSales> &months);
QByteArray funnelCsv(const QList<FunnelStep> &funnel);
QByteArray cycleCsv(const QList<CycleBucket> &buckets);

} // namespace Kpi
