// Foundation benchmark (issue "Foundation: build, storage and the lead workspace at a million rows").
//
//   bench_leads [--leads N] [--activities-per-lead A] [--db PATH]
//
// Builds (once, then reuses) a demo workspace of N leads (default 1,000,000 with 5 activities each),
// then measures in a fresh process: opening to the first page of the lead model, search-as-you-type,
// windows of 100 rows in every sort, filtered counts, and peak memory. The baseline of each figure is
// the same SQL through the raw sqlite3 C API on the same file in the same run; for memory, a process
// that runs the same queries through the raw API.

#include "BenchSupport.h"
#include "BenchWorkspace.h"

#include "demo/DemoGenerator.h"
#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "leads/LeadTableModel.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QThreadPool>

#include <cstdio>

using namespace Bench;

namespace {

struct Args
{
    qint64 leads = 1000000;
    double activities = 5.0;
    QString db;
    QString phase; // "", "measure", "baseline-memory"
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
        else if (s == QLatin1String("--phase"))
            a.phase = next();
    }
    if (a.db.isEmpty())
        a.db = QStringLiteral("/tmp/leadbench-bench-%1.leadbench").arg(a.leads);
    return a;
}

// Prefixes as a person types them: the first letters of real names, companies and e-mail domains.
QStringList typedQueries(Database &db, int words)
{
    QStringList queries;
    QRandomGenerator rnd(42);
    const qint64 maxId = Query(db, "SELECT max(id) FROM leads").scalar().toLongLong();
    for (int i = 0; i < words; ++i) {
        Query q(db, "SELECT last_name, company, email FROM leads WHERE id >= ? ORDER BY id LIMIT 1",
                qint64(rnd.bounded(maxId)) + 1);
        if (!q.next())
            continue;
        const QString word = i % 3 == 0 ? q.text(0) : i % 3 == 1 ? q.text(1).section(QLatin1Char(' '), 0, 0)
                                                                 : q.text(2).section(QLatin1Char('@'), 1).section(QLatin1Char('.'), 0, 0);
        for (int len = 2; len <= std::min<int>(6, int(word.size())); ++len)
            queries << word.left(len);
    }
    return queries;
}

QList<LeadFilter> countFilters(Workspace &ws)
{
    QList<LeadFilter> list;
    LeadFilter f;
    f.stages = {Stage::MQL, Stage::SQL};
    list << f;
    f = LeadFilter();
    f.owners = {ws.reps().all().first().id};
    list << f;
    f = LeadFilter();
    f.temperatures = {Temperature::Hot};
    list << f;
    f = LeadFilter();
    f.countries = {QStringLiteral("Italy"), QStringLiteral("Greece")};
    list << f;
    f = LeadFilter();
    f.minScore = 20;
    f.maxScore = 60;
    list << f;
    f = LeadFilter();
    f.createdFrom = QDate::currentDate().addDays(-90);
    list << f;
    f = LeadFilter();
    f.stages = {Stage::Lead};
    f.sources = {QStringLiteral("webinar"), QStringLiteral("content")};
    f.countries = {QStringLiteral("France")};
    list << f;
    return list;
}

// The columns the lead list reads, as LeadPager::fetch does.
const QByteArray rowColumns = "leads.id, leads.first_name, leads.last_name, leads.email, leads.company, "
                              "leads.job_title, leads.country, leads.source, leads.stage, lead_scores.score, "
                              "ifnull(leads.owner_id, 0), leads.created_at, leads.updated_at";

void runPlan(Raw &r, const LeadPager::WindowPlan &plan)
{
    for (const LeadPager::Statement &st : plan.statements)
        r.run(st.sql, st.params);
}

int generate(const Args &a)
{
    std::fprintf(stderr, "bench_leads: building %s with %lld leads (once; reused by later runs)\n", qPrintable(a.db),
                 a.leads);
    const DemoGenerator::Result result = buildDemoWorkspace(a.db, a.leads, a.activities);
    std::fprintf(stderr, "bench_leads: %lld leads, %lld activities, %lld deals\n", result.leads, result.activities,
                 result.deals);
    return 0;
}

int measure(const Args &a)
{
    const QByteArray path = QFile::encodeName(a.db);

    // 1. Open the workspace and show the first page of the lead list (default order: newest first).
    std::vector<double> ours, raw;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        {
            Workspace::OpenOptions options;
            options.verify = Workspace::OpenOptions::Verify::Quick; // what the GUI does; the full check runs after
            auto ws = Workspace::open(a.db, options);
            LeadTableModel model;
            model.setWorkspace(ws.get());
            for (int r = 0; r < 100; ++r) {
                for (int c = 0; c < LeadTableModel::ColumnCount; ++c)
                    model.data(model.index(r, c));
            }
            ours.push_back(ms(t));
            QThreadPool::globalInstance()->waitForDone(); // the anchor scan belongs to this model
        }
        t.restart();
        {
            Raw r(path);
            r.run("SELECT count(*) FROM leads", {}, true);
            r.run("SELECT id, first_name, last_name, email, company, job_title, country, source, stage, score, "
                  "ifnull(owner_id, 0), created_at, updated_at FROM leads CROSS JOIN lead_scores ON lead_id = id "
                  "ORDER BY created_at DESC, id DESC LIMIT 100",
                  {});
            raw.push_back(ms(t));
        }
    }
    report("open_to_first_page_ms", median(ours), "ms", median(raw), 300);

    Workspace::OpenOptions options;
    options.verify = Workspace::OpenOptions::Verify::Quick;
    auto ws = Workspace::open(a.db, options);
    Raw r(path);

    // 2. Search as you type: every keystroke recounts and reads the first 100 matches.
    ours.clear();
    raw.clear();
    const QStringList queries = typedQueries(ws->db(), 30);
    // One pass to warm the caches for both sides, then the measured pass; which side runs first
    // alternates so neither always pays for the other's cache misses.
    for (int pass = 0; pass < 2; ++pass)
    for (qsizetype qi = 0; qi < queries.size(); ++qi) {
        const QString &query = queries.at(qi);
        const bool rawFirst = qi % 2 == 1;
        LeadPager::Spec spec;
        spec.filter.search = query;
        LeadPager planner(ws->db());
        planner.setSpec(spec);
        const LeadPager::Statement count = planner.countStatement();
        const LeadPager::WindowPlan window = planner.windowPlan(0, 100, rowColumns);
        auto runOurs = [&] {
            LeadPager pager(ws->db());
            QElapsedTimer t;
            t.start();
            pager.setSpec(spec);
            pager.count();
            pager.fetch(0, 100);
            return ms(t);
        };
        auto runRaw = [&] {
            QElapsedTimer t;
            t.start();
            r.run(count.sql, count.params, true);
            runPlan(r, window);
            return ms(t);
        };
        double o, b;
        if (rawFirst) {
            b = runRaw();
            o = runOurs();
        } else {
            o = runOurs();
            b = runRaw();
        }
        if (pass == 1) {
            ours.push_back(o);
            raw.push_back(b);
        }
    }
    report("search_as_you_type_median_ms", median(ours), "ms", median(raw), 30);
    report("search_as_you_type_max_ms", maximum(ours), "ms", maximum(raw));

    // 3. Any window of 100 rows in any sort, once the anchors are there.
    ours.clear();
    raw.clear();
    std::vector<double> scans;
    QRandomGenerator rnd(7);
    for (int s = 0; s <= int(LeadSort::Updated); ++s) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            LeadPager::Spec spec;
            spec.sort = LeadSort(s);
            spec.order = order;
            LeadPager pager(ws->db());
            pager.setSpec(spec);
            QElapsedTimer t;
            t.start();
            qint64 count = 0;
            const auto anchors = LeadPager::scanAnchors(ws->db(), spec, ScoreBands(), nullptr, &count);
            scans.push_back(ms(t));
            pager.setAnchors(anchors, count);
            for (int i = 0; i < 10; ++i) {
                const qint64 first = rnd.bounded(std::max<qint64>(1, count - 100));
                LeadPager same(ws->db());
                same.setSpec(spec);
                same.setAnchors(anchors, count);
                const LeadPager::WindowPlan plan = same.windowPlan(first, 100, rowColumns);
                // A fresh pager each time: the window is a jump, not the one after the previous.
                LeadPager jump(ws->db());
                jump.setSpec(spec);
                jump.setAnchors(anchors, count);
                if (i % 2) {
                    t.restart();
                    runPlan(r, plan);
                    raw.push_back(ms(t));
                    t.restart();
                    jump.fetch(first, 100);
                    ours.push_back(ms(t));
                } else {
                    t.restart();
                    jump.fetch(first, 100);
                    ours.push_back(ms(t));
                    t.restart();
                    runPlan(r, plan);
                    raw.push_back(ms(t));
                }
            }
        }
    }
    if (qEnvironmentVariableIsSet("BENCH_DETAIL")) {
        for (size_t k = 0; k < ours.size(); ++k)
            std::fprintf(stderr, "window sort=%zu order=%zu: %.2f ms (raw %.2f)\n", k / 20, (k / 10) % 2, ours[k], raw[k]);
    }
    report("window_100_rows_median_ms", median(ours), "ms", median(raw), 5);
    report("window_100_rows_max_ms", maximum(ours), "ms", maximum(raw), 5);
    report("anchor_scan_median_ms", median(scans), "ms", 0, -1, "background thread, once per sort or filter");

    // 4. Filtered counts.
    ours.clear();
    raw.clear();
    for (const LeadFilter &f : countFilters(*ws)) {
        for (int i = 0; i < 4; ++i) {
            LeadPager pager(ws->db());
            LeadPager::Spec spec;
            spec.filter = f;
            pager.setSpec(spec);
            const LeadPager::Statement count = pager.countStatement();
            QElapsedTimer t;
            double o, b;
            if (i % 2) {
                t.start();
                r.run(count.sql, count.params, true);
                b = ms(t);
                t.restart();
                pager.count();
                o = ms(t);
            } else {
                t.start();
                pager.count();
                o = ms(t);
                t.restart();
                r.run(count.sql, count.params, true);
                b = ms(t);
            }
            if (i > 0) { // the first run of each filter warms the cache
                ours.push_back(o);
                raw.push_back(b);
            }
        }
    }
    report("filtered_count_median_ms", median(ours), "ms", median(raw), 100);
    report("filtered_count_max_ms", maximum(ours), "ms", maximum(raw), 100);
    std::printf("{\"name\":\"peak_rss_measure_mb\",\"value\":%.1f}\n", peakRssMb());
    return 0;
}

// The baseline for memory: the same reads through the raw API in a process of its own.
int baselineMemory(const Args &a)
{
    Raw r(QFile::encodeName(a.db));
    r.run("SELECT count(*) FROM leads", {}, true);
    r.run("SELECT * FROM leads ORDER BY created_at DESC, id DESC LIMIT 100", {});
    r.run("SELECT id, name_key FROM leads ORDER BY name_key, id", {});
    r.run("SELECT count(*) FROM leads WHERE stage IN (3, 4)", {}, true);
    std::printf("{\"name\":\"peak_rss_raw_mb\",\"value\":%.1f}\n", peakRssMb());
    return 0;
}

double rssFrom(const QByteArray &output, const char *name)
{
    for (const QByteArray &line : output.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String(name))
            return o.value(QStringLiteral("value")).toDouble();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the lead model's colours and fonts are QtGui types
    const Args a = parse(QCoreApplication::arguments());
    if (a.phase == QLatin1String("generate"))
        return generate(a);
    if (a.phase == QLatin1String("measure"))
        return measure(a);
    if (a.phase == QLatin1String("baseline-memory"))
        return baselineMemory(a);

    auto runPhase = [&](const QString &phase) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--phase"), phase, QStringLiteral("--db"), a.db, QStringLiteral("--leads"),
                 QString::number(a.leads), QStringLiteral("--activities-per-lead"), QString::number(a.activities)});
        p.waitForFinished(-1);
        return p.readAllStandardOutput();
    };
    if (!hasDemoWorkspace(a.db, a.leads))
        std::fputs(runPhase(QStringLiteral("generate")).constData(), stdout);
    const QByteArray measured = runPhase(QStringLiteral("measure"));
    for (const QByteArray &line : measured.split('\n')) {
        if (!line.isEmpty() && !line.contains("peak_rss_measure_mb"))
            std::printf("%s\n", line.constData());
    }
    const double ours = rssFrom(measured, "peak_rss_measure_mb");
    const double raw = rssFrom(runPhase(QStringLiteral("baseline-memory")), "peak_rss_raw_mb");
    report("peak_memory_mb", ours, "MB", raw, 150);
    return 0;
}
