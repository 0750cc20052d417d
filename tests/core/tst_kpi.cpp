#include "TestSupport.h"

#include "kpi/Kpi.h"
#include "campaigns/CampaignRepository.h"
#include "kpi/KpiService.h"
#include "leads/LeadRepository.h"
#include "pipeline/PipelineRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Kpi;

// Every KPI of the report against a small workspace computed by hand (the numbers in the comments).
//
// Range 2026-01-01 .. 2026-02-28. Campaigns: C1 "Webinar Jan" (webinar; cost entries 300/100 visitors on
// Jan 10, 200/100 on Feb 5, 1000/999 on Dec 31 outside), C2 "Trade show" (trade_show; 1000, 50 visitors,
// Feb 1-10, no entries), C3 "Ads" (paid_search; 900, 190 visitors, Feb 20 - Mar 10: 9 of 19 days in range).
// Leads in range: L1 Jan 5 C1 Ana Customer, L2 Jan 6 C1 Ana MQL, L3 Jan 20 C1 Bruno Lead, L9 Jan 30 C1 Ana
// Subscriber, L4 Feb 2 C2 Bruno SQL, L5 Feb 3 C2 Bruno Customer, L6 Feb 15 no campaign (seo), no owner,
// Disqualified; outside: L7 Dec 15 C1 Ana Customer, L8 Mar 1 C2.
// Won deals: D1 L1 Jan 25 1000 (margin 400, Ana), D3 L7 Jan 10 2000 (500, Ana), D5 L1 Feb 10 600 (no
// margin, Ana), D2 L5 Feb 20 3000 (1200, Bruno), D8 no lead Feb 25 400 (100, Ana, created Feb 1),
// D4 L7 Mar 15 500 (after the range); an open and a lost deal. Trials: L2 Jan 8, L3 Jan 21 and 22,
// L6 Dec 1 (outside).
class tst_Kpi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void totals();
    void byCampaign();
    void bySourceRepAndMonth();
    void salesPerMonthFunnelAndCycle();
    void zeroDenominatorsAreDashes();
    void helperConnectionGivesTheSameReport();
    void leadsAndDealsBehindAFigure();
    void followsEdits();
    void wonDealsAndTrialsFollowEdits();
    void badRangeIsRefused();
    void exports();
    void migrationCountsExistingLeads();
    void migrationKeepsFactsOfExistingDealsAndTrials();
    void campaignEditsAndCostEntries();

private:
    static qint64 at(int y, int m, int d)
    {
        return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    qint64 lead(const char *name, qint64 created, qint64 campaign, const char *source, qint64 owner, Stage stage);
    qint64 deal(qint64 leadId, qint64 closed, double amount, std::optional<double> margin, qint64 owner,
                int outcome = 1, qint64 created = 0);
    Report report(Grouping g = Grouping::Campaign) const
    {
        return KpiService(m_ws->db()).compute(range(), g);
    }
    static Range range() { return {QDate(2026, 1, 1), QDate(2026, 2, 28)}; }
    static const Group &group(const QList<Group> &groups, const QString &key)
    {
        for (const Group &g : groups) {
            if (g.key == key)
                return g;
        }
        qFatal("no group %s", qPrintable(key));
    }

    // The KPI tables kept by triggers against the same rows read from deals, activities and leads.
    static void compareFactsWithJoins(Database &db);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_c1 = 0, m_c2 = 0, m_c3 = 0, m_ana = 0, m_bruno = 0;
    qint64 m_l1 = 0, m_l2 = 0, m_l3 = 0, m_l6 = 0, m_l7 = 0;
    qint64 m_stageId = 0;
};

#define COMPARE_NEAR(actual, expected)                                                                             \
    do {                                                                                                           \
        const std::optional<double> a_ = (actual);                                                                \
        QVERIFY2(a_.has_value(), "no value");                                                                      \
        QVERIFY2(std::fabs(*a_ - (expected)) < 1e-6, qPrintable(QStringLiteral("%1 != %2").arg(*a_, 0, 'g', 12).arg(double(expected), 0, 'g', 12))); \
    } while (false)

qint64 tst_Kpi::lead(const char *name, qint64 created, qint64 campaign, const char *source, qint64 owner, Stage stage)
{
    Query(m_ws->db(),
          "INSERT INTO leads (first_name, source, campaign_id, owner_id, stage, created_at, updated_at) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)",
          name, source, campaign ? QVariant(campaign) : QVariant(), owner ? QVariant(owner) : QVariant(), int(stage),
          created, created)
        .exec();
    return m_ws->db().lastInsertId();
}

qint64 tst_Kpi::deal(qint64 leadId, qint64 closed, double amount, std::optional<double> margin, qint64 owner,
                     int outcome, qint64 created)
{
    const qint64 made = created ? created : closed - 86400000;
    Query(m_ws->db(),
          "INSERT INTO deals (pipeline_id, stage_id, title, lead_id, amount, owner_id, outcome, closed_at, "
          "gross_margin, stage_entered_at, created_at, updated_at) "
          "VALUES ((SELECT pipeline_id FROM pipeline_stages WHERE id = ?), ?, 'Deal', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          m_stageId, m_stageId, leadId ? QVariant(leadId) : QVariant(), amount, owner ? QVariant(owner) : QVariant(),
          outcome, outcome ? QVariant(closed) : QVariant(), margin ? QVariant(*margin) : QVariant(), made, made, made)
        .exec();
    return m_ws->db().lastInsertId();
}

void tst_Kpi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("k.leadbench")));
    m_ws->pipelines().ensureDefault();
    Database &db = m_ws->db();
    m_stageId = Query(db, "SELECT min(id) FROM pipeline_stages").scalar().toLongLong();
    const qint64 now = at(2026, 1, 1);
    auto campaign = [&](const char *name, const char *channel, double cost, qint64 visitors, QVariant from, QVariant to) {
        Query(db, "INSERT INTO campaigns (name, channel, cost, visitors, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
              name, channel, cost, visitors, from, to, now)
            .exec();
        return db.lastInsertId();
    };
    m_c1 = campaign("Webinar Jan", "webinar", 1500, 1199, QVariant(), QVariant());
    m_c2 = campaign("Trade show", "trade_show", 1000, 50, QStringLiteral("2026-02-01"), QStringLiteral("2026-02-10"));
    m_c3 = campaign("Ads", "paid_search", 900, 190, QStringLiteral("2026-02-20"), QStringLiteral("2026-03-10"));
    auto cost = [&](const char *day, double amount, qint64 visitors) {
        Query(db, "INSERT INTO campaign_costs (campaign_id, day, cost, visitors) VALUES (?, ?, ?, ?)", m_c1, day, amount,
              visitors)
            .exec();
    };
    cost("2026-01-10", 300, 100);
    cost("2026-02-05", 200, 100);
    cost("2025-12-31", 1000, 999);
    Query(db, "INSERT INTO reps (name, created_at) VALUES ('Ana', 0), ('Bruno', 0)").exec();
    m_ana = Query(db, "SELECT id FROM reps WHERE name = 'Ana'").scalar().toLongLong();
    m_bruno = Query(db, "SELECT id FROM reps WHERE name = 'Bruno'").scalar().toLongLong();

    m_l1 = lead("L1", at(2026, 1, 5), m_c1, "webinar", m_ana, Stage::Customer);
    m_l2 = lead("L2", at(2026, 1, 6), m_c1, "webinar", m_ana, Stage::MQL);
    m_l3 = lead("L3", at(2026, 1, 20), m_c1, "webinar", m_bruno, Stage::Lead);
    lead("L9", at(2026, 1, 30), m_c1, "webinar", m_ana, Stage::Subscriber);
    const qint64 l4 = lead("L4", at(2026, 2, 2), m_c2, "trade_show", m_bruno, Stage::SQL);
    const qint64 l5 = lead("L5", at(2026, 2, 3), m_c2, "trade_show", m_bruno, Stage::Customer);
    m_l6 = lead("L6", at(2026, 2, 15), 0, "seo", 0, Stage::Disqualified);
    m_l7 = lead("L7", at(2025, 12, 15), m_c1, "webinar", m_ana, Stage::Customer);
    lead("L8", at(2026, 3, 1), m_c2, "trade_show", m_bruno, Stage::MQL);

    deal(m_l1, at(2026, 1, 25), 1000, 400, m_ana);
    deal(m_l7, at(2026, 1, 10), 2000, 500, m_ana);
    deal(m_l1, at(2026, 2, 10), 600, std::nullopt, m_ana);
    deal(l5, at(2026, 2, 20), 3000, 1200, m_bruno);
    deal(0, at(2026, 2, 25), 400, 100, m_ana, 1, at(2026, 2, 1));
    deal(m_l7, at(2026, 3, 15), 500, 100, m_ana);
    deal(l4, 0, 5000, 1000, m_bruno, 0);
    deal(m_l2, at(2026, 2, 1), 700, 100, m_ana, 2);

    auto trial = [&](qint64 leadId, qint64 when) {
        Query(db, "INSERT INTO activities (lead_id, type, occurred_at, created_at) VALUES (?, ?, ?, ?)", leadId,
              int(ActivityType::TrialStarted), when, when)
            .exec();
    };
    trial(m_l2, at(2026, 1, 8));
    trial(m_l3, at(2026, 1, 21));
    trial(m_l3, at(2026, 1, 22));
    trial(m_l6, at(2025, 12, 1));
}

void tst_Kpi::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void tst_Kpi::totals()
{
    const Group t = report().total;
    const double cost = 500 + 1000 + 900.0 * 9 / 19; // 1926.315789...
    QCOMPARE(t.value(Metric::Leads), 7.0);
    QCOMPARE(t.value(Metric::Iql), 2.0); // L3 Lead, L9 Subscriber
    QCOMPARE(t.value(Metric::Mql), 1.0);
    QCOMPARE(t.value(Metric::Sql), 1.0);
    QCOMPARE(t.value(Metric::Trials), 2.0); // L2, L3 (twice, one lead)
    QCOMPARE(t.value(Metric::Visitors), 340.0); // 200 + 50 + 90
    COMPARE_NEAR(t.value(Metric::OptInRate), 7.0 / 340 * 100);
    QCOMPARE(t.value(Metric::NewCustomers), 4.0); // L1, L7, L5, the deal without a lead
    COMPARE_NEAR(t.value(Metric::ConversionRate), 4.0 / 7 * 100);
    COMPARE_NEAR(t.value(Metric::Cost), cost);
    COMPARE_NEAR(t.value(Metric::Cpl), cost / 7);
    COMPARE_NEAR(t.value(Metric::Cpa), cost / 4);
    COMPARE_NEAR(t.value(Metric::GrossMargin), 2200.0); // 400 + 500 + 0 + 1200 + 100
    COMPARE_NEAR(t.value(Metric::Roi), (2200 - cost) / cost * 100);
    COMPARE_NEAR(t.value(Metric::Clv), 7500.0 / 4); // L1 1600, L7 2500 (with March), L5 3000, 400
    QCOMPARE(t.value(Metric::WonDeals), 5.0);
    COMPARE_NEAR(t.value(Metric::Revenue), 7000.0);
    COMPARE_NEAR(t.value(Metric::AvgDealSize), 1400.0);
    COMPARE_NEAR(t.value(Metric::CycleMedian), 24.0); // 17, 20, 24, 26, 36
    COMPARE_NEAR(t.value(Metric::CycleP90), 36.0);
}

void tst_Kpi::byCampaign()
{
    const Report r = report(Grouping::Campaign);
    QCOMPARE(r.groups.size(), 4); // Ads, Trade show, Webinar Jan, then no campaign
    QCOMPARE(r.groups.at(0).label, QStringLiteral("Ads"));
    QCOMPARE(r.groups.at(3).key, QString());
    QCOMPARE(r.groups.at(3).label, QStringLiteral("No campaign"));

    const Group &c1 = group(r.groups, QString::number(m_c1));
    QCOMPARE(c1.value(Metric::Leads), 4.0);
    QCOMPARE(c1.value(Metric::Trials), 2.0);
    QCOMPARE(c1.value(Metric::Visitors), 200.0);
    COMPARE_NEAR(c1.value(Metric::Cost), 500.0);
    COMPARE_NEAR(c1.value(Metric::OptInRate), 2.0);
    QCOMPARE(c1.value(Metric::WonDeals), 3.0); // D1, D3 (L7 is C1's), D5
    COMPARE_NEAR(c1.value(Metric::Revenue), 3600.0);
    QCOMPARE(c1.value(Metric::NewCustomers), 2.0);
    COMPARE_NEAR(c1.value(Metric::ConversionRate), 50.0);
    COMPARE_NEAR(c1.value(Metric::GrossMargin), 900.0);
    COMPARE_NEAR(c1.value(Metric::Cpl), 125.0);
    COMPARE_NEAR(c1.value(Metric::Cpa), 250.0);
    COMPARE_NEAR(c1.value(Metric::Roi), 80.0);
    COMPARE_NEAR(c1.value(Metric::Clv), 2050.0);
    COMPARE_NEAR(c1.value(Metric::CycleMedian), 26.0);

    const Group &c2 = group(r.groups, QString::number(m_c2));
    QCOMPARE(c2.value(Metric::Leads), 2.0); // L8 is after the range
    COMPARE_NEAR(c2.value(Metric::Cost), 1000.0);
    COMPARE_NEAR(c2.value(Metric::Cpl), 500.0);
    COMPARE_NEAR(c2.value(Metric::Cpa), 1000.0);
    COMPARE_NEAR(c2.value(Metric::Roi), 20.0);
    COMPARE_NEAR(c2.value(Metric::OptInRate), 4.0);

    const Group &c3 = group(r.groups, QString::number(m_c3));
    COMPARE_NEAR(c3.value(Metric::Cost), 900.0 * 9 / 19);
    QCOMPARE(c3.value(Metric::Visitors), 90.0);
    COMPARE_NEAR(c3.value(Metric::Roi), -100.0);
    COMPARE_NEAR(c3.value(Metric::OptInRate), 0.0);
}

void tst_Kpi::bySourceRepAndMonth()
{
    const Report s = report(Grouping::Source);
    COMPARE_NEAR(group(s.groups, QStringLiteral("webinar")).value(Metric::Cost), 500.0);
    COMPARE_NEAR(group(s.groups, QStringLiteral("paid_search")).value(Metric::Cost), 900.0 * 9 / 19);
    QCOMPARE(group(s.groups, QStringLiteral("seo")).value(Metric::Leads), 1.0);
    QCOMPARE(group(s.groups, QStringLiteral("webinar")).label, QStringLiteral("Webinar"));
    QCOMPARE(group(s.groups, QString()).value(Metric::WonDeals), 1.0); // the deal without a lead
    QCOMPARE(s.bySource.size(), s.groups.size());

    const Report rep = report(Grouping::Rep);
    const Group &ana = group(rep.groups, QString::number(m_ana));
    QCOMPARE(ana.label, QStringLiteral("Ana"));
    QCOMPARE(ana.value(Metric::Leads), 3.0);
    QCOMPARE(ana.value(Metric::WonDeals), 4.0); // D1, D3, D5, D8: the deal's owner
    QCOMPARE(ana.value(Metric::NewCustomers), 3.0);
    QCOMPARE(ana.value(Metric::Cost), std::nullopt); // reps carry no campaign cost
    QCOMPARE(ana.value(Metric::Cpl), std::nullopt);
    QCOMPARE(group(rep.groups, QString::number(m_bruno)).value(Metric::Leads), 3.0);
    QCOMPARE(group(rep.groups, QString()).label, QStringLiteral("No owner"));
    QCOMPARE(rep.byCampaign.size(), 4);

    const Report m = report(Grouping::Month);
    QCOMPARE(m.groups.size(), 2);
    const Group &jan = group(m.groups, QStringLiteral("2026-01"));
    QCOMPARE(jan.value(Metric::Leads), 4.0);
    COMPARE_NEAR(jan.value(Metric::Cost), 300.0);
    COMPARE_NEAR(jan.value(Metric::Revenue), 3000.0);
    QCOMPARE(jan.value(Metric::NewCustomers), 2.0); // L7, L1
    const Group &feb = group(m.groups, QStringLiteral("2026-02"));
    QCOMPARE(feb.value(Metric::Leads), 3.0);
    COMPARE_NEAR(feb.value(Metric::Cost), 200 + 1000 + 900.0 * 9 / 19);
    QCOMPARE(feb.value(Metric::NewCustomers), 2.0); // L5, the deal without a lead
}

void tst_Kpi::salesPerMonthFunnelAndCycle()
{
    const Report r = report();
    QCOMPARE(r.months.size(), 2);
    QCOMPARE(r.months.at(0).month, QStringLiteral("2026-01"));
    COMPARE_NEAR(std::optional<double>(r.months.at(0).revenue), 3000.0);
    QCOMPARE(r.months.at(0).growth, std::nullopt);
    COMPARE_NEAR(std::optional<double>(r.months.at(1).revenue), 4000.0);
    COMPARE_NEAR(r.months.at(1).growth, 100.0 / 3);

    QCOMPARE(r.funnel.size(), 5);
    const QList<qint64> reached{7, 4, 3, 2, 2};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(r.funnel.at(i).reached, reached.at(i));
    QCOMPARE(r.funnel.at(0).conversion, std::nullopt);
    COMPARE_NEAR(r.funnel.at(1).conversion, 4.0 / 7 * 100);
    COMPARE_NEAR(r.funnel.at(2).conversion, 75.0);
    COMPARE_NEAR(r.funnel.at(4).conversion, 100.0);
    QCOMPARE(r.biggestLeak, 1); // Leads -> MQL loses the most

    QList<qint64> buckets;
    for (const CycleBucket &b : r.cycleBuckets)
        buckets << b.deals;
    QCOMPARE(buckets, (QList<qint64>{0, 0, 4, 1, 0, 0, 0, 0}));
}

void tst_Kpi::helperConnectionGivesTheSameReport()
{
    // The dashboard reads trials on a second connection, in parallel: the same figures.
    const std::unique_ptr<Database> helper = m_ws->openConnection(true);
    for (Grouping g : {Grouping::Campaign, Grouping::Source, Grouping::Rep, Grouping::Month}) {
        const Report alone = KpiService(m_ws->db()).compute(range(), g);
        const Report helped = KpiService(m_ws->db(), helper.get()).compute(range(), g);
        QCOMPARE(QString::fromUtf8(toJson(helped)), QString::fromUtf8(toJson(alone)));
    }
}

void tst_Kpi::zeroDenominatorsAreDashes()
{
    const Report r = report();
    const Group &none = group(r.groups, QString());
    QCOMPARE(none.value(Metric::Cost), 0.0);
    QCOMPARE(none.value(Metric::Roi), std::nullopt); // no cost
    QCOMPARE(none.value(Metric::OptInRate), std::nullopt); // no visitors
    const Group &ads = group(r.groups, QString::number(m_c3));
    QCOMPARE(ads.value(Metric::Cpl), std::nullopt); // no leads
    QCOMPARE(ads.value(Metric::Cpa), std::nullopt);
    QCOMPARE(ads.value(Metric::ConversionRate), std::nullopt);
    QCOMPARE(ads.value(Metric::AvgDealSize), std::nullopt);
    QCOMPARE(ads.value(Metric::CycleMedian), std::nullopt);
    QCOMPARE(format(ads.value(Metric::Cpl), Unit::Money), QStringLiteral("\u2014"));

    // An empty range: every ratio is a dash, nothing is inf or NaN.
    const Report empty = KpiService(m_ws->db()).compute({QDate(2030, 1, 1), QDate(2030, 1, 31)}, Grouping::Campaign);
    for (Metric m : allMetrics()) {
        const std::optional<double> v = empty.total.value(m);
        if (v)
            QVERIFY2(std::isfinite(*v), qPrintable(metricKey(m)));
    }
    QCOMPARE(empty.total.value(Metric::Cpl), std::nullopt);
    QCOMPARE(empty.biggestLeak, -1);
    QCOMPARE(empty.months.size(), 1);
}

void tst_Kpi::leadsAndDealsBehindAFigure()
{
    KpiService kpi(m_ws->db());
    Selection s;
    s.grouping = Grouping::Campaign;
    s.key = QString::number(m_c1);
    qint64 total = 0;
    QList<LeadItem> leads = kpi.leadsBehind(range(), s, 100, &total);
    QCOMPARE(total, 4);
    QCOMPARE(leads.size(), 4);
    QCOMPARE(leads.first().name, QStringLiteral("L9")); // newest first
    s.stages = {Stage::Customer};
    leads = kpi.leadsBehind(range(), s, 100, &total);
    QCOMPARE(total, 1);
    QCOMPARE(leads.first().id, m_l1);

    Selection month;
    month.grouping = Grouping::Month;
    month.key = QStringLiteral("2026-02");
    kpi.leadsBehind(range(), month, 1, &total);
    QCOMPARE(total, 3);
    QCOMPARE(kpi.leadsBehind(range(), month, 1, &total).size(), 1);

    Selection none;
    none.key = QString();
    QCOMPARE(kpi.leadsBehind(range(), none, 10).first().id, m_l6);

    Selection rep;
    rep.grouping = Grouping::Rep;
    rep.key = QString::number(m_ana);
    QList<DealItem> deals = kpi.dealsBehind(range(), rep, 100, &total);
    QCOMPARE(total, 4);
    COMPARE_NEAR(std::optional<double>(deals.first().amount), 400.0); // latest close first

    Selection cycle;
    cycle.minCycleDays = 31;
    cycle.maxCycleDays = 60;
    deals = kpi.dealsBehind(range(), cycle, 100, &total);
    QCOMPARE(total, 1);
    COMPARE_NEAR(std::optional<double>(deals.first().amount), 600.0);

    Selection source;
    source.grouping = Grouping::Source;
    source.key = QString();
    deals = kpi.dealsBehind(range(), source, 100, &total);
    QCOMPARE(total, 1);
    QVERIFY(!deals.first().leadId);

    Selection bad;
    bad.grouping = Grouping::Month;
    bad.key = QStringLiteral("January");
    QVERIFY_THROWS_EXCEPTION(StorageError, kpi.leadsBehind(range(), bad, 10));
}

void tst_Kpi::followsEdits()
{
    // The per-day counts follow stage changes, moves between campaigns and owners, and deletions.
    Query(m_ws->db(), "UPDATE leads SET stage = ? WHERE id = ?", int(Stage::MQL), m_l3).exec();
    Query(m_ws->db(), "UPDATE leads SET campaign_id = ?, owner_id = NULL WHERE id = ?", m_c2, m_l2).exec();
    m_ws->leads().remove({m_l6});

    const Report r = report();
    QCOMPARE(r.total.value(Metric::Leads), 6.0);
    QCOMPARE(r.total.value(Metric::Mql), 2.0);
    QCOMPARE(r.total.value(Metric::Iql), 1.0);
    QCOMPARE(group(r.groups, QString::number(m_c1)).value(Metric::Leads), 3.0); // L1, L3, L9
    QCOMPARE(group(r.groups, QString::number(m_c2)).value(Metric::Leads), 3.0);
    const Report rep = report(Grouping::Rep);
    QCOMPARE(group(rep.groups, QString::number(m_ana)).value(Metric::Leads), 2.0);
    QCOMPARE(group(rep.groups, QString()).value(Metric::Leads), 1.0); // L2 now, L6 removed

    // Against a recount from the leads themselves.
    const qint64 fromLeads = Query(m_ws->db(), "SELECT count(*) FROM leads WHERE created_at BETWEEN ? AND ?",
                                   range().fromMs(), range().toMs())
                                 .scalar()
                                 .toLongLong();
    QCOMPARE(qint64(*r.total.value(Metric::Leads)), fromLeads);
}

void tst_Kpi::compareFactsWithJoins(Database &db)
{
    const qint64 trial = int(ActivityType::TrialStarted);
    const char *deals = "SELECT d.id, d.lead_id, d.closed_at, d.amount, ifnull(d.gross_margin, 0), d.owner_id, "
                        "ifnull(l.created_at, d.created_at), l.campaign_id, ifnull(l.source, '') "
                        "FROM deals d LEFT JOIN leads l ON l.id = d.lead_id WHERE d.outcome = 1 AND d.closed_at IS NOT NULL";
    const char *facts = "SELECT deal_id, lead_id, closed_at, amount, gross_margin, owner_id, first_touch, campaign_id, "
                        "source FROM kpi_won_deals";
    for (const auto &[a, b] : {std::pair{deals, facts}, std::pair{facts, deals}}) {
        const qint64 differ = Query(db, std::string("SELECT count(*) FROM (") + a + " EXCEPT " + b + ")").scalar().toLongLong();
        QCOMPARE(differ, 0);
    }
    QCOMPARE(Query(db, "SELECT count(*) FROM kpi_won_deals").scalar().toLongLong(),
             Query(db, "SELECT count(*) FROM deals WHERE outcome = 1 AND closed_at IS NOT NULL").scalar().toLongLong());
    const std::string trials = "SELECT a.id, a.lead_id, a.occurred_at, l.campaign_id, l.source, l.owner_id "
                               "FROM activities a JOIN leads l ON l.id = a.lead_id WHERE a.type = " +
                               std::to_string(trial);
    const std::string trialFacts = "SELECT activity_id, lead_id, occurred_at, campaign_id, source, owner_id FROM kpi_trials";
    QCOMPARE(Query(db, "SELECT count(*) FROM (" + trials + " EXCEPT " + trialFacts + ")").scalar().toLongLong(), 0);
    QCOMPARE(Query(db, "SELECT count(*) FROM (" + trialFacts + " EXCEPT " + trials + ")").scalar().toLongLong(), 0);
}

void tst_Kpi::wonDealsAndTrialsFollowEdits()
{
    Database &db = m_ws->db();
    compareFactsWithJoins(db);
    const Report before = report();
    QCOMPARE(group(before.groups, QString::number(m_c1)).revenue, 1600.0 + 2000.0); // L1's two wins and L7's

    // L1 moves to the trade show: its wins (and its customer) go with it; a new source too.
    Query(db, "UPDATE leads SET campaign_id = ?, source = 'trade_show' WHERE id = ?", m_c2, m_l1).exec();
    // L3 changes owner: its trial counts for Ana now; L2's trial is deleted.
    Query(db, "UPDATE leads SET owner_id = ? WHERE id = ?", m_ana, m_l3).exec();
    Query(db, "DELETE FROM activities WHERE lead_id = ? AND type = ?", m_l2, int(ActivityType::TrialStarted)).exec();
    // L2's lost deal is won after all, in February, for 700; L7's January win is worth 2500.
    Query(db, "UPDATE deals SET outcome = 1, closed_at = ? WHERE lead_id = ? AND outcome = 2", at(2026, 2, 5), m_l2).exec();
    Query(db, "UPDATE deals SET amount = 2500 WHERE lead_id = ? AND closed_at = ?", m_l7, at(2026, 1, 10)).exec();
    compareFactsWithJoins(db);

    const Report r = report();
    QCOMPARE(r.total.revenue, 7000.0 + 700.0 + 500.0);
    QCOMPARE(group(r.groups, QString::number(m_c1)).revenue, 2500.0 + 700.0); // L7 and now L2
    QCOMPARE(group(r.groups, QString::number(m_c2)).revenue, 1600.0 + 3000.0); // L1 and L5
    QCOMPARE(group(r.bySource, QStringLiteral("trade_show")).revenue, 1600.0 + 3000.0);
    QCOMPARE(r.total.trials, 1); // L3 only, counted once
    const Report byRep = report(Grouping::Rep);
    QCOMPARE(group(byRep.groups, QString::number(m_ana)).trials, 1);

    // A deleted lead leaves its won deal without a lead: no campaign, the deal's own first touch.
    m_ws->leads().remove({m_l7});
    compareFactsWithJoins(db);
    const Report after = report();
    QCOMPARE(group(after.groups, QString()).revenue, 400.0 + 2500.0);
    // Deleting the deal takes it out.
    Query(db, "DELETE FROM deals WHERE amount = 2500").exec();
    compareFactsWithJoins(db);
    QCOMPARE(report().total.revenue, 7000.0 + 700.0 + 500.0 - 2500.0);
}

void tst_Kpi::badRangeIsRefused()
{
    KpiService kpi(m_ws->db());
    try {
        kpi.compute({QDate(2026, 3, 1), QDate(2026, 1, 1)}, Grouping::Campaign);
        QFAIL("no error");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("2026-03-01")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(StorageError, kpi.compute({QDate(), QDate(2026, 1, 1)}, Grouping::Campaign));
    QCOMPARE(groupingFromKey(QStringLiteral("REP")), Grouping::Rep);
    QCOMPARE(groupingFromKey(QStringLiteral("week")), std::nullopt);
}

void tst_Kpi::exports()
{
    const Report r = report();
    const QJsonObject o = QJsonDocument::fromJson(toJson(r)).object();
    QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("campaign"));
    QCOMPARE(o.value(QStringLiteral("total")).toObject().value(QStringLiteral("leads")).toInt(), 7);
    QCOMPARE(o.value(QStringLiteral("total")).toObject().value(QStringLiteral("revenue")).toDouble(), 7000.0);
    QJsonObject ads;
    for (const QJsonValue &g : o.value(QStringLiteral("groups")).toArray()) {
        if (g.toObject().value(QStringLiteral("label")).toString() == QStringLiteral("Ads"))
            ads = g.toObject();
    }
    QVERIFY(ads.value(QStringLiteral("cpl")).isNull());
    QCOMPARE(o.value(QStringLiteral("funnel")).toArray().at(1).toObject().value(QStringLiteral("biggest_leak")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("sales_per_month")).toArray().size(), 2);

    const QList<QByteArray> lines = tableCsv(r.groups, &r.total).split('\n');
    QVERIFY(lines.at(0).startsWith("key,label,leads,iql,mql,sql,trials"));
    QVERIFY2(lines.at(1).startsWith(QByteArray::number(m_c3) + ",Ads,0,"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains("\u2014"));
    QVERIFY(lines.at(1).contains(",-100.00,")); // ROI, a negative number, not neutralised
    QCOMPARE(lines.size(), 7); // header, 4 groups, total, trailing
    QVERIFY(monthsCsv(r.months).contains("2026-02,4000.00,3,33.33"));
}

void tst_Kpi::migrationCountsExistingLeads()
{
    // A workspace of version 10 with leads: migration 12 counts them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.leadbench"));
    QVERIFY(TestSupport::copyWorkspaceFixture(10, path));
    {
        auto db = Database::open(path, Database::Access::ReadWrite, false);
        Query(*db, "INSERT INTO leads (first_name, stage, created_at, updated_at) VALUES ('Old', 3, ?, ?)",
              at(2026, 1, 3), at(2026, 1, 3))
            .exec();
    }
    auto ws = Workspace::open(path);
    const Report r = KpiService(ws->db()).compute(range(), Grouping::Campaign);
    QVERIFY(*r.total.value(Metric::Leads) >= 1);
    const qint64 fromLeads = Query(ws->db(), "SELECT count(*) FROM leads WHERE created_at BETWEEN ? AND ?",
                                   range().fromMs(), range().toMs())
                                 .scalar()
                                 .toLongLong();
    QCOMPARE(qint64(*r.total.value(Metric::Leads)), fromLeads);
}

void tst_Kpi::migrationKeepsFactsOfExistingDealsAndTrials()
{
    // A workspace of version 12 with a won deal and a trial: migration 13 copies them into its tables.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v12.leadbench"));
    QVERIFY(TestSupport::copyWorkspaceFixture(12, path));
    {
        auto db = Database::open(path, Database::Access::ReadWrite, false);
        Query(*db, "INSERT INTO campaigns (name, channel, created_at) VALUES ('Old campaign', 'webinar', 0)").exec();
        const qint64 campaign = db->lastInsertId();
        Query(*db, "INSERT INTO leads (first_name, source, campaign_id, stage, created_at, updated_at) "
                   "VALUES ('Old', 'webinar', ?, ?, ?, ?)",
              campaign, int(Stage::Customer), at(2026, 1, 3), at(2026, 1, 3))
            .exec();
        const qint64 lead = db->lastInsertId();
        Query(*db, "INSERT INTO pipelines (name) VALUES ('Old')").exec();
        const qint64 pipeline = db->lastInsertId();
        Query(*db, "INSERT INTO pipeline_stages (pipeline_id, name, position, probability) VALUES (?, 'Won', 0, 1)",
              pipeline)
            .exec();
        const qint64 stage = db->lastInsertId();
        Query(*db, "INSERT INTO deals (pipeline_id, stage_id, title, lead_id, amount, outcome, closed_at, "
                   "stage_entered_at, created_at, updated_at) VALUES (?, ?, 'Old deal', ?, 900, 1, ?, 0, 0, 0)",
              pipeline, stage, lead, at(2026, 1, 13))
            .exec();
        Query(*db, "INSERT INTO activities (lead_id, type, occurred_at, created_at) VALUES (?, ?, ?, ?)", lead,
              int(ActivityType::TrialStarted), at(2026, 1, 4), at(2026, 1, 4))
            .exec();
    }
    auto ws = Workspace::open(path);
    compareFactsWithJoins(ws->db());
    const Report r = KpiService(ws->db()).compute(range(), Grouping::Campaign);
    QCOMPARE(r.total.revenue, 900.0);
    QCOMPARE(r.total.trials, 1);
    QCOMPARE(r.total.newCustomers, 1);
    QCOMPARE(r.total.cycleDays.size(), size_t(1));
    QVERIFY(std::fabs(r.total.cycleDays.at(0) - 10.0) < 1e-9); // created on the 3rd, won on the 13th
}

void tst_Kpi::campaignEditsAndCostEntries()
{
    CampaignRepository &campaigns = m_ws->campaigns();
    QSignalSpy changed(&campaigns, &CampaignRepository::changed);
    // The trade show gets a cost entry: from now on its cost is the entries' sum, not spread over its days.
    CampaignCost e;
    e.campaignId = m_c2;
    e.day = QDate(2026, 2, 3);
    e.cost = 700;
    e.visitors = 40;
    campaigns.setCost(e);
    e.cost = 800; // the same day again: replaced
    campaigns.setCost(e);
    QCOMPARE(campaigns.costs(m_c2).size(), 1);
    QCOMPARE(campaigns.find(m_c2)->cost, 800.0);
    QCOMPARE(campaigns.find(m_c2)->visitors, 40);
    COMPARE_NEAR(group(report().groups, QString::number(m_c2)).value(Metric::Cost), 800.0);

    // Bad input is refused with the campaign and the field named; nothing changes.
    Campaign c = *campaigns.find(m_c3);
    c.endsOn = QDate(2026, 1, 1);
    try {
        campaigns.update(c);
        QFAIL("no error");
    } catch (const StorageError &err) {
        QVERIFY2(err.message().contains(QStringLiteral("“Ads”")) && err.message().contains(QStringLiteral("before it starts")),
                 qPrintable(err.message()));
    }
    c = *campaigns.find(m_c3);
    c.name = QStringLiteral("Trade show");
    QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.update(c));
    e.cost = -1;
    QVERIFY_THROWS_EXCEPTION(StorageError, campaigns.setCost(e));
    QCOMPARE(campaigns.find(m_c3)->name, QStringLiteral("Ads"));

    // Channel and dates of the ads campaign: now all its 900 fall in February, on e-mailing.
    c = *campaigns.find(m_c3);
    c.channel = QStringLiteral("emailing");
    c.startsOn = QDate(2026, 2, 1);
    c.endsOn = QDate(2026, 2, 10);
    campaigns.update(c);
    const Report bySource = report(Grouping::Source);
    COMPARE_NEAR(group(bySource.groups, QStringLiteral("emailing")).value(Metric::Cost), 900.0);

    // Removing the entry: the campaign keeps the last sums as its own cost.
    campaigns.removeCost(m_c2, QDate(2026, 2, 3));
    QVERIFY(campaigns.costs(m_c2).isEmpty());

    // Removing a campaign: its leads stay, without a campaign, and the counts follow.
    campaigns.remove(m_c1);
    QVERIFY(!campaigns.find(m_c1));
    const Report after = report();
    QCOMPARE(after.total.value(Metric::Leads), 7.0);
    QCOMPARE(group(after.groups, QString()).value(Metric::Leads), 5.0); // L1, L2, L3, L9 and L6
    QVERIFY(changed.count() >= 5);
}

QTEST_GUILESS_MAIN(tst_Kpi)
#include "tst_kpi.moc"
