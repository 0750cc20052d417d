// Scoring benchmark (issue "Lead scoring and the lifecycle, explainable and data-driven").
//
//   bench_scoring [--leads N] [--activities-per-lead A] [--db PATH]
//
// Uses the demo workspace bench_leads builds (/tmp/leadbench-bench-1000000.leadbench: 1,000,000 leads,
// about 5,000,000 activities), building it when it is missing. Measures:
// - a full re-score after a rule change (every lead read with its activities, scores computed in
//   C++, changed scores written with their history, crossings made MQL), targets <= 5 s;
// - the same computation without writing (what the rules editor's preview does), on every core and on
//   one;
// - what writing costs SQLite alone: the GROUP BY plus one raw UPDATE of as many rows of lead_scores;
// - re-scoring one lead after an activity (what LeadRepository does at once), target <= 2 ms.
// Baselines, in the same run on the same file through the raw sqlite3 C API: the seeds' points summed
// per lead by one SQL statement (a CASE over activity types, GROUP BY lead_id; no decay, no caps, no
// profile rules, nothing written), and that statement for one lead.

#include "BenchSupport.h"
#include "BenchWorkspace.h"

#include "demo/DemoGenerator.h"
#include "leads/LeadRepository.h"
#include "scoring/RescoreJob.h"
#include "scoring/Rescorer.h"
#include "scoring/RuleSet.h"
#include "scoring/ScoringService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>

using namespace Bench;

namespace {

struct Args
{
    qint64 leads = 1000000;
    double activities = 5.0;
    QString db;
};

Args parse(const QStringList &argv)
{
    Args a;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &s = argv.at(i);
        auto next = [&] { return i + 1 < argv.size() ? argv.at(++i) : QString(); };
        if (s == QLatin1String("--leads"))
            a.leads = next().toLongLong();
        else if (s == QLatin1String("--activities-per-lead"))
            a.activities = next().toDouble();
        else if (s == QLatin1String("--db"))
            a.db = next();
    }
    if (a.db.isEmpty())
        a.db = QStringLiteral("/tmp/leadbench-bench-%1.leadbench").arg(a.leads);
    return a;
}

void generate(const Args &a)
{
    std::fprintf(stderr, "bench_scoring: building %s with %lld leads (once; bench_leads reuses it)\n", qPrintable(a.db),
                 a.leads);
    buildDemoWorkspace(a.db, a.leads, a.activities);
    auto ws = Workspace::open(a.db, Workspace::OpenOptions{Workspace::OpenOptions::Verify::Quick, false, false});
    ScoringService::markFullRescore(ws->db(), RuleSet::revision(ws->db()), QDateTime::currentMSecsSinceEpoch());
}

// The seeds' table as one SQL expression over activities.
const char seedPoints[] =
    "CASE type WHEN 1 THEN 5 WHEN 3 THEN 5 WHEN 4 THEN 10 WHEN 5 THEN 15 WHEN 11 THEN 25 WHEN 16 THEN 25 "
    "WHEN 12 THEN -5 WHEN 17 THEN -25 WHEN 7 THEN (CASE WHEN detail LIKE '%pricing%' THEN 10 ELSE 0 END) ELSE 0 END";

RuleSet withOpensWorth(const RuleSet &base, int points)
{
    RuleSet set = base;
    for (ScoringRule &r : set.rules) {
        if (r.kind == RuleKind::Behaviour && r.activity == ActivityType::EmailOpened)
            r.points = points;
    }
    return set;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Args a = parse(QCoreApplication::arguments());
    if (!hasDemoWorkspace(a.db, a.leads))
        generate(a);
    const QByteArray path = QFile::encodeName(a.db);

    auto ws = Workspace::open(a.db, Workspace::OpenOptions{Workspace::OpenOptions::Verify::Quick, false, false});
    const RuleSet defaults = ws->scoring().ruleSet();
    const qint64 leads = ws->leads().count();
    const qint64 activities = Query(ws->db(), "SELECT count(*) FROM activities").scalar().toLongLong();
    std::fprintf(stderr, "bench_scoring: %lld leads, %lld activities\n", leads, activities);

    // Baseline: one GROUP BY statement through the raw API (warm the cache first, as for ours).
    std::vector<double> raw;
    {
        Raw r(path);
        sqlite3_exec(r.handle(), "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
        const QByteArray sql = QByteArray("SELECT lead_id, sum(") + seedPoints + ") FROM activities GROUP BY lead_id";
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            r.run(sql, {});
            if (i > 0)
                raw.push_back(ms(t));
        }
    }
    const double rawFull = median(raw);

    // Ours, compute only (the preview): the same walk, every rule, nothing written; on every core (as
    // the preview and the job run) and on one.
    for (int threads : {0, 1}) {
        std::vector<double> compute;
        for (int i = 0; i < 2; ++i) {
            auto db = ws->openConnection(true);
            Rescorer::tuneForBulk(*db, false);
            Rescorer rescorer(*db, withOpensWorth(defaults, 6));
            Rescorer::Options o;
            o.write = false;
            o.threads = threads;
            QElapsedTimer t;
            t.start();
            const Rescorer::Result result = rescorer.all(o);
            compute.push_back(ms(t));
            if (result.leads != leads)
                std::fprintf(stderr, "bench_scoring: scored %lld of %lld leads\n", result.leads, leads);
        }
        if (threads == 0)
            report("full_rescore_compute_only_s", median(compute) / 1000.0, "s", rawFull / 1000.0, 5,
                   "all rules with decay and caps, nothing written, every core; baseline: seeds' points summed by "
                   "one SQL GROUP BY");
        else
            report("full_rescore_compute_only_one_thread_s", median(compute) / 1000.0, "s", rawFull / 1000.0, -1,
                   "the same on one thread; baseline: one SQL GROUP BY");
    }

    auto runJob = [&](const RuleSet &set, qint64 now, int previous, Rescorer::Result *result) {
        RescoreJob::Spec spec;
        spec.rules = set;
        spec.reason = QStringLiteral("bench");
        spec.previousThreshold = previous;
        spec.now = now;
        RescoreJob job(*ws, spec);
        QElapsedTimer t;
        t.start();
        QEventLoop loop;
        QObject::connect(&job, &RescoreJob::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (!job.error().isEmpty())
            std::fprintf(stderr, "bench_scoring: %s\n", qPrintable(job.error()));
        *result = job.result();
        return ms(t);
    };

    // The daily background re-score: the same rules a day later (decay moves some scores).
    {
        Rescorer::Result result;
        const double t = runJob(defaults, QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000,
                                defaults.mqlThreshold, &result);
        std::fprintf(stderr, "  daily re-score: %.0f ms, %lld changed\n", t, result.changed);
        report("full_rescore_next_day_s", t / 1000.0, "s", rawFull / 1000.0, 5,
               "same rules a day later, changed scores written; baseline: one SQL GROUP BY, nothing written");
        std::printf("{\"name\":\"full_rescore_next_day_changed_leads\",\"value\":%lld}\n", result.changed);
    }

    // Ours, a rule change: opens worth 6 then back to 5, each a full re-score that writes the changed
    // scores (with score history and automatic MQL) in batches on its own connection.
    std::vector<double> full;
    qint64 changed = 0;
    for (int points : {6, 5}) {
        const int previous = ws->scoring().mqlThreshold();
        const RuleSet set = withOpensWorth(defaults, points);
        ws->scoring().setRuleSet(set);
        RescoreJob::Spec spec;
        spec.rules = set;
        spec.reason = QStringLiteral("bench: rules changed");
        spec.previousThreshold = previous;
        RescoreJob job(*ws, spec);
        QElapsedTimer t;
        t.start();
        QEventLoop loop;
        QObject::connect(&job, &RescoreJob::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        full.push_back(ms(t));
        if (!job.error().isEmpty())
            std::fprintf(stderr, "bench_scoring: %s\n", qPrintable(job.error()));
        changed += job.result().changed;
        std::fprintf(stderr, "  full re-score (opens worth %d): %.0f ms, %lld changed, %lld became MQL\n", points,
                     full.back(), job.result().changed, job.result().promoted);
    }
    report("full_rescore_rule_change_s", median(full) / 1000.0, "s", rawFull / 1000.0, 5,
           "reads, computes, writes changed scores + history; baseline: one SQL GROUP BY, nothing written");
    std::printf("{\"name\":\"full_rescore_changed_leads\",\"value\":%lld}\n", changed / 2);
    // What writing that many scores costs SQLite itself: the GROUP BY plus one raw UPDATE of as many
    // rows, spread over the table as ours are (and one that puts them back, not timed).
    {
        const double share = double(changed / 2) / double(std::max<qint64>(1, leads));
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(path.constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(raw, 10000);
        sqlite3_exec(raw, "PRAGMA cache_size = -262144; PRAGMA mmap_size = 4294967296; PRAGMA synchronous = NORMAL",
                     nullptr, nullptr, nullptr);
        const QByteArray where = " WHERE lead_id % 1000 < " + QByteArray::number(int(std::lround(share * 1000)));
        QElapsedTimer t;
        t.start();
        sqlite3_exec(raw, ("UPDATE lead_scores SET score = score + 1" + where).constData(), nullptr, nullptr, nullptr);
        const double update = ms(t);
        const qint64 rows = sqlite3_changes(raw);
        sqlite3_exec(raw, ("UPDATE lead_scores SET score = score - 1" + where).constData(), nullptr, nullptr, nullptr);
        sqlite3_close_v2(raw);
        std::fprintf(stderr, "  raw UPDATE of %lld scores: %.0f ms\n", rows, update);
        report("full_rescore_rule_change_vs_raw_write_s", median(full) / 1000.0, "s", (rawFull + update) / 1000.0, 5,
               "baseline: one SQL GROUP BY + one raw UPDATE of as many scores (no history, no compute)");
    }

    // One lead after an activity: what LeadRepository::addActivity runs inside its transaction.
    QRandomGenerator rnd(11);
    const qint64 maxId = Query(ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong();
    std::vector<double> one, rawOne, add;
    Raw r(path);
    const QByteArray oneSql = QByteArray("SELECT sum(") + seedPoints + ") FROM activities WHERE lead_id = ?";
    for (int i = 0; i < 300; ++i) {
        const qint64 id = qint64(rnd.bounded(maxId)) + 1;
        if (!ws->leads().find(id))
            continue;
        Activity activity;
        activity.leadId = id;
        activity.type = ActivityType::EmailClicked;
        QElapsedTimer t;
        t.start();
        const qint64 activityId = ws->leads().addActivity(activity); // insert + re-score, one transaction
        add.push_back(ms(t));
        t.restart();
        ws->scoring().rescoreLead(id, QStringLiteral("bench"));
        one.push_back(ms(t));
        t.restart();
        r.run(oneSql, {id});
        rawOne.push_back(ms(t));
        ws->leads().removeActivity(activityId);
    }
    report("single_lead_rescore_median_ms", median(one), "ms", median(rawOne), 2);
    report("single_lead_rescore_max_ms", maximum(one), "ms", maximum(rawOne), 2);
    report("add_activity_with_rescore_median_ms", median(add), "ms", median(rawOne), -1,
           "insert, re-score, score history, in one transaction (synchronous=FULL commit)");
    // Leave the workspace as the generator made it (scores of the default rules).
    ws->scoring().setRuleSet(defaults);
    return 0;
}
