#pragma once

#include "kpi/Kpi.h"

class Database;

// Computes the KPI report of a workspace from SQL aggregates (kpi_lead_days, the won-deal and trial
// indexes of migration 12, campaign costs) and lists the leads or deals behind a figure.
//
// Definitions (DOMAIN.md "KPIs"):
// - leads of a range: created (first touch) in it; their kind is their current lifecycle stage;
// - cost of a campaign in a range: its daily cost entries in the range; a campaign without entries
//   spreads its cost (and visitors) evenly over its days (start to end; no start: the day it was
//   created; no end: one day); a source's cost is that of the campaigns of its channel; reps have none;
// - a new customer is a lead whose first won deal closed in the range; revenue, won deals and cycle
//   times are those of the deals won in the range, grouped by the deal's lead (campaign, source), its
//   owner (rep) or its close month; gross margin is that of the new customers' deals won in the range;
//   lifetime value sums every deal the new customers ever won;
// - the funnel counts leads by the furthest stage their current stage implies (Nurturing and
//   Disqualified count as leads only).
class KpiService
{
public:
    // With a helper (another read connection to the same file, e.g. Workspace::openConnection(true),
    // kept between reports so its cache stays warm), part of the report is read on a second thread.
    explicit KpiService(Database &db, Database *helper = nullptr);

    Kpi::Report compute(const Kpi::Range &range, Kpi::Grouping grouping) const;

    // The leads created in the range behind a figure (newest first), at most `limit`; total is set to
    // how many there are.
    QList<Kpi::LeadItem> leadsBehind(const Kpi::Range &range, const Kpi::Selection &selection, int limit,
                                     qint64 *total = nullptr) const;
    // The deals won in the range behind a figure (latest close first).
    QList<Kpi::DealItem> dealsBehind(const Kpi::Range &range, const Kpi::Selection &selection, int limit,
                                     qint64 *total = nullptr) const;

    // The funnel steps and cycle-time buckets the report uses.
    static QList<Kpi::FunnelStep> funnelSteps();
    static QList<Kpi::CycleBucket> cycleBuckets();

private:
    Database &m_db;
    Database *m_helper;
};
