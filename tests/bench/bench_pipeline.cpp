// Pipeline benchmark (issue "Pipeline kanban boards").
//
//   bench_pipeline [--deals N] [--db PATH] [--leads-db PATH]
//
// Builds (once, then reuses) a workspace with N deals (default 100,000) spread over the stages of the
// Sales pipeline, then measures in a fresh process:
// - opening the deal board: the models (one SQL aggregate for the column totals, a window of cards per
//   column) and the first paint of the visible cards (QWidget::grab on the offscreen platform);
// - scrolling a column of tens of thousands of cards to any place and painting it;
// - a move with the board's refresh after it;
// - peak memory, and how it grows from a tenth of the deals to all of them (it should not).
// The baseline of each figure is the same SQL through the raw sqlite3 C API on the same file in the same
// run; for memory, a process that runs the same queries through the raw API.
// With --leads-db (a workspace of bench_leads, a million leads), it also opens the lead board there.

#include "BenchSupport.h"

#include "demo/DemoGenerator.h"
#include "distribution/RepRepository.h"
#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "leads/LeadTableModel.h"
#include "leads/TextKey.h"
#include "pipeline/BoardColumnView.h"
#include "pipeline/DealBoard.h"
#include "pipeline/DealColumnModel.h"
#include "pipeline/DealRepository.h"
#include "pipeline/LeadBoard.h"
#include "pipeline/PipelineRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QThreadPool>
#include <QUndoStack>

#include <cstdio>

using namespace Bench;

namespace {

struct Args
{
    qint64 deals = 100000;
    QString db;
    QString leadsDb;
    QString phase; // "", "generate", "measure", "baseline-memory"
};

Args parse(const QStringList &argv)
{
    Args a;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &s = argv.at(i);
        auto next = [&] { return i + 1 < argv.size() ? argv.at(++i) : QString(); };
        if (s == QLatin1String("--deals"))
            a.deals = next().toLongLong();
        else if (s == QLatin1String("--db"))
            a.db = next();
        else if (s == QLatin1String("--leads-db"))
            a.leadsDb = next();
        else if (s == QLatin1String("--phase"))
            a.phase = next();
    }
    if (a.db.isEmpty())
        a.db = QStringLiteral("/tmp/leadbench-bench-deals-%1.leadbench").arg(a.deals);
    return a;
}

std::unique_ptr<Workspace> openQuick(const QString &path, bool readOnly = false)
{
    Workspace::OpenOptions options;
    options.verify = Workspace::OpenOptions::Verify::Quick;
    options.readOnly = readOnly;
    return Workspace::open(path, options);
}

int generate(const Args &a)
{
    std::fprintf(stderr, "bench_pipeline: building %s with %lld deals (once; reused by later runs)\n", qPrintable(a.db),
                 a.deals);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(a.db + QString::fromLatin1(suffix));
    Workspace::OpenOptions options;
    options.create = true;
    auto ws = Workspace::open(a.db, options);
    ws->db().exec("PRAGMA synchronous = NORMAL"); // bulk set-up only
    DemoGenerator::Options demo;
    demo.leads = 5000; // reps, the pipeline, leads the deals belong to
    demo.activitiesPerLead = 1;
    DemoGenerator::generate(ws->db(), demo);
    const Pipeline sales = ws->pipelines().get(ws->pipelines().ensureDefault());
    QList<qint64> reps;
    for (const Rep &r : ws->reps().all())
        reps << r.id;
    const qint64 maxLead = Query(ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong();
    const qint64 existing = ws->deals().count();
    // Open stages hold 60% of the deals, Won 25%, Lost 15%: a pipeline with some history.
    const double weights[] = {0.18, 0.15, 0.15, 0.12, 0.25, 0.15};
    QRandomGenerator rnd(2026);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    Transaction tx(ws->db());
    Query insert(ws->db(),
                 "INSERT INTO deals (pipeline_id, stage_id, title, lead_id, company, amount, currency, expected_close, "
                 "probability, owner_id, outcome, closed_at, close_reason, gross_margin, stage_entered_at, created_at, "
                 "updated_at, board_position, search_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, ?9, ?10, ?11, ?12, "
                 "?13, ?14, ?15, ?14, ?16, ?17)");
    Query history(ws->db(), "INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, actor, reason) "
                            "VALUES (?, NULL, ?, ?, 'bench', 'Created')");
    static const char *const products[] = {"40 seats, yearly", "Onboarding package", "Enterprise plan", "Renewal",
                                           "Pilot", "Support extension", "Data migration", "Training days"};
    for (qint64 i = existing; i < a.deals; ++i) {
        double pick = rnd.generateDouble();
        int s = 0;
        while (s < 5 && pick > weights[s]) {
            pick -= weights[s];
            ++s;
        }
        const PipelineStage &stage = sales.stages.at(s);
        const qint64 leadId = 1 + qint64(rnd.bounded(quint64(maxLead)));
        const QString company = QStringLiteral("Company %1").arg(rnd.bounded(20000));
        const QString title = company + QStringLiteral(" – ") + QString::fromUtf8(products[rnd.bounded(8)]);
        const double amount = std::round(1500 + rnd.generateDouble() * rnd.generateDouble() * 200000);
        const qint64 created = now - qint64(rnd.bounded(400)) * day;
        const qint64 entered = created + qint64(rnd.generateDouble() * double(now - created));
        const int outcome = int(stage.outcome);
        insert.reset();
        insert.bind(1, sales.id).bind(2, stage.id).bind(3, title).bind(4, leadId).bind(5, company).bind(6, amount);
        insert.bind(7, i % 20 == 0 ? QStringLiteral("USD") : QStringLiteral("EUR"));
        insert.bind(8, QDateTime::fromMSecsSinceEpoch(entered + qint64(rnd.bounded(90)) * day).date().toString(Qt::ISODate));
        insert.bind(9, reps.at(int(rnd.bounded(int(reps.size()))))).bind(10, outcome);
        insert.bind(11, outcome ? QVariant(entered) : QVariant()).bind(12, outcome == 2 ? QStringLiteral("Price too high") : QString());
        insert.bind(13, outcome == 1 ? QVariant(amount * 0.4) : QVariant()).bind(14, entered).bind(15, created);
        insert.bind(16, double(i)).bind(17, TextKey::fold(title + QLatin1Char(' ') + company));
        insert.exec();
        history.reset();
        history.bind(1, ws->db().lastInsertId()).bind(2, stage.id).bind(3, entered);
        history.exec();
    }
    tx.commit();
    ws->db().exec("PRAGMA analysis_limit = 1000; PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE)");
    std::fprintf(stderr, "bench_pipeline: %lld deals\n", ws->deals().count());
    return 0;
}

// The statements the board runs when it opens: the totals, then the first page of every column.
void rawOpen(Raw &r, qint64 pipelineId, const QList<qint64> &stages)
{
    QVariantList params;
    const QByteArray totals = DealRepository::totalsSql(DealFilter(), params);
    r.run(totals, {pipelineId});
    QVariantList none;
    const QByteArray cards = DealRepository::cardsSql(DealFilter(), none);
    for (qint64 stage : stages)
        r.run(cards, {stage, DealColumnModel::PageSize, 0});
}

int measure(const Args &a)
{
    const QByteArray path = QFile::encodeName(a.db);
    qint64 pipelineId = 0;
    QList<qint64> stages;
    {
        auto ws = openQuick(a.db, true);
        const Pipeline p = ws->pipelines().all().first();
        pipelineId = p.id;
        for (const PipelineStage &s : p.stages)
            stages << s.id;
    }

    // 1. Open the board: workspace, models, first paint of the visible cards.
    std::vector<double> ours, raw;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        {
            auto ws = openQuick(a.db);
            QUndoStack undo;
            DealBoard board;
            board.resize(1600, 1000);
            board.setWorkspace(ws.get(), &undo);
            board.show();
            const QPixmap shot = board.grab();
            ours.push_back(ms(t));
            if (i == 0 && qEnvironmentVariableIsSet("BENCH_SHOT"))
                shot.save(qEnvironmentVariable("BENCH_SHOT"));
        }
        t.restart();
        {
            Raw r(path);
            rawOpen(r, pipelineId, stages);
            raw.push_back(ms(t));
        }
    }
    report("deal_board_open_ms", median(ours), "ms", median(raw), 500);

    auto ws = openQuick(a.db);
    QUndoStack undo;
    DealBoard board;
    board.resize(1600, 1000);
    board.setWorkspace(ws.get(), &undo);
    board.show();
    board.grab();
    Raw r(path);

    // 2. Scroll the biggest column anywhere and paint it.
    int biggest = 0;
    for (int c = 0; c < board.columnCount(); ++c) {
        if (board.model(c)->rowCount() > board.model(biggest)->rowCount())
            biggest = c;
    }
    BoardColumnView *view = board.view(biggest);
    DealColumnModel *model = board.model(biggest);
    ours.clear();
    raw.clear();
    QRandomGenerator rnd(11);
    QVariantList none;
    const QByteArray cardsSql = DealRepository::cardsSql(DealFilter(), none);
    for (int i = 0; i < 60; ++i) {
        const int value = int(rnd.bounded(view->verticalScrollBar()->maximum() + 1));
        QElapsedTimer t;
        t.start();
        view->verticalScrollBar()->setValue(value);
        view->viewport()->grab();
        ours.push_back(ms(t));
        const int firstRow = view->rowAt(0);
        t.restart();
        r.run(cardsSql, {model->stage().id, DealColumnModel::PageSize, qint64(firstRow / DealColumnModel::PageSize) * DealColumnModel::PageSize});
        raw.push_back(ms(t));
    }
    report("scroll_column_median_ms", median(ours), "ms", median(raw), -1,
           "a jump anywhere in the biggest column, painted");
    report("scroll_column_max_ms", maximum(ours), "ms", maximum(raw));
    std::fprintf(stderr, "bench_pipeline: biggest column %d cards, %d pages cached of at most %d\n", model->rowCount(),
                 model->cachedPages(), DealColumnModel::MaxPages);

    // 3. A move and the board's refresh after it (what a drop costs), then its undo.
    ours.clear();
    raw.clear();
    for (int i = 0; i < 10; ++i) {
        const qint64 dealId = board.model(0)->dealId(i);
        QElapsedTimer t;
        t.start();
        const DealMove m = ws->deals().move(dealId, stages.at(1), DealPlacement::top());
        board.refresh();
        board.grab();
        ours.push_back(ms(t));
        ws->deals().revertMove(m);
        t.restart();
        rawOpen(r, pipelineId, stages);
        raw.push_back(ms(t));
    }
    report("move_and_refresh_median_ms", median(ours), "ms", median(raw), -1,
           "move, totals, visible windows and paint; baseline: the totals and windows");

    // 4. Filtered board (owner + text): totals and windows.
    ours.clear();
    raw.clear();
    const QList<Rep> reps = ws->reps().all();
    for (int i = 0; i < 8; ++i) {
        DealFilter f;
        f.owners = {reps.at(i % reps.size()).id};
        f.search = i % 2 ? QStringLiteral("renewal") : QString();
        QElapsedTimer t;
        t.start();
        board.setFilter(f);
        board.grab();
        ours.push_back(ms(t));
        QVariantList params;
        const QByteArray totals = DealRepository::totalsSql(f, params);
        t.restart();
        r.run(totals, QVariantList{pipelineId} + params);
        for (qint64 stage : stages) {
            QVariantList cardParams;
            const QByteArray cards = DealRepository::cardsSql(f, cardParams);
            r.run(cards, QVariantList{stage} + cardParams + QVariantList{DealColumnModel::PageSize, 0});
        }
        raw.push_back(ms(t));
    }
    report("filter_board_median_ms", median(ours), "ms", median(raw));

    // Memory of the deal board, before the lead board below adds its own.
    QThreadPool::globalInstance()->waitForDone();
    std::printf("{\"name\":\"peak_rss_measure_mb\",\"value\":%.1f}\n", peakRssMb());

    // 5. The lead board over a million leads, when such a workspace is given.
    if (!a.leadsDb.isEmpty() && QFileInfo::exists(a.leadsDb)) {
        ours.clear();
        raw.clear();
        const QByteArray leadsPath = QFile::encodeName(a.leadsDb);
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            {
                auto leads = openQuick(a.leadsDb);
                QUndoStack u;
                LeadBoard lb;
                lb.resize(1900, 1000);
                lb.setWorkspace(leads.get(), &u);
                lb.show();
                lb.grab();
                ours.push_back(ms(t));
                QThreadPool::globalInstance()->waitForDone(); // the columns' anchor scans
            }
            t.restart();
            {
                Raw lr(leadsPath);
                auto leads = openQuick(a.leadsDb, true);
                for (Stage s : Lifecycle::allStages()) {
                    LeadPager pager(leads->db());
                    LeadFilter f;
                    f.stages = {s};
                    pager.setSpec(LeadPager::Spec{f, LeadSort::Stage, Qt::DescendingOrder});
                    const LeadPager::Statement count = pager.countStatement();
                    lr.run(count.sql, count.params, true);
                    for (const LeadPager::Statement &st :
                         pager.windowPlan(0, LeadTableModel::PageSize, "leads.id, leads.first_name, leads.last_name").statements)
                        lr.run(st.sql, st.params);
                }
                raw.push_back(ms(t));
            }
        }
        report("lead_board_open_1m_leads_ms", median(ours), "ms", median(raw), -1,
               "8 stage columns: counts and first windows, painted");
    }
    QThreadPool::globalInstance()->waitForDone();
    return 0;
}

// The baseline for memory: the same reads through the raw API in a process of its own.
int baselineMemory(const Args &a)
{
    qint64 pipelineId = 0;
    QList<qint64> stages;
    {
        auto ws = openQuick(a.db, true);
        const Pipeline p = ws->pipelines().all().first();
        pipelineId = p.id;
        for (const PipelineStage &s : p.stages)
            stages << s.id;
    }
    Raw r(QFile::encodeName(a.db));
    for (int i = 0; i < 3; ++i)
        rawOpen(r, pipelineId, stages);
    // The reads the measured process makes after opening: windows all over the biggest column, moves'
    // refreshes, filtered totals and windows (they fill SQLite's page cache the same way).
    qint64 biggest = stages.first();
    qint64 biggestCount = 0;
    for (qint64 stage : stages) {
        const qint64 n = r.run("SELECT count(*) FROM deals WHERE stage_id = ?", {stage}, true);
        if (n > biggestCount) {
            biggestCount = n;
            biggest = stage;
        }
    }
    QVariantList none;
    const QByteArray cards = DealRepository::cardsSql(DealFilter(), none);
    QRandomGenerator rnd(11);
    for (int i = 0; i < 60; ++i)
        r.run(cards, {biggest, DealColumnModel::PageSize, qint64(rnd.bounded(int(std::max<qint64>(1, biggestCount))))});
    for (int i = 0; i < 10; ++i)
        rawOpen(r, pipelineId, stages);
    const QList<qint64> reps = [&] {
        QList<qint64> ids;
        auto ws = openQuick(a.db, true);
        for (const Rep &rep : ws->reps().all())
            ids << rep.id;
        return ids;
    }();
    for (int i = 0; i < 8; ++i) {
        DealFilter f;
        f.owners = {reps.at(i % reps.size())};
        f.search = i % 2 ? QStringLiteral("renewal") : QString();
        QVariantList params;
        r.run(DealRepository::totalsSql(f, params), QVariantList{pipelineId} + params);
        for (qint64 stage : stages) {
            QVariantList cardParams;
            const QByteArray sql = DealRepository::cardsSql(f, cardParams);
            r.run(sql, QVariantList{stage} + cardParams + QVariantList{DealColumnModel::PageSize, 0});
        }
    }
    std::printf("{\"name\":\"peak_rss_raw_mb\",\"value\":%.1f}\n", peakRssMb());
    return 0;
}

double valueFrom(const QByteArray &output, const char *name)
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
    QApplication app(argc, argv);
    const Args a = parse(QCoreApplication::arguments());
    try {
        if (a.phase == QLatin1String("generate"))
            return generate(a);
        if (a.phase == QLatin1String("measure"))
            return measure(a);
        if (a.phase == QLatin1String("baseline-memory"))
            return baselineMemory(a);
    } catch (const StorageError &e) {
        std::fprintf(stderr, "bench_pipeline: %s\n", qPrintable(e.message()));
        return 1;
    }

    auto runPhase = [&](const QString &phase, qint64 deals, const QString &db, bool withLeads) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{QStringLiteral("--phase"), phase, QStringLiteral("--db"), db, QStringLiteral("--deals"),
                         QString::number(deals)};
        if (withLeads && !a.leadsDb.isEmpty())
            args << QStringLiteral("--leads-db") << a.leadsDb;
        p.start(QCoreApplication::applicationFilePath(), args);
        QByteArray out;
        // Read as it comes: waiting for the end alone can return before the child is done.
        while (p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(1000);
            out += p.readAllStandardOutput();
        }
        out += p.readAllStandardOutput();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            std::fprintf(stderr, "bench_pipeline: phase %s ended with %d (%s)\n", qPrintable(phase), p.exitCode(),
                         qPrintable(p.errorString()));
        return out;
    };
    auto ensure = [&](qint64 deals, const QString &db) {
        bool reuse = false;
        if (QFileInfo::exists(db)) {
            try {
                reuse = openQuick(db, true)->deals().count() == deals;
            } catch (const StorageError &) {
            }
        }
        if (!reuse)
            runPhase(QStringLiteral("generate"), deals, db, false);
    };
    const QString smallDb = QStringLiteral("/tmp/leadbench-bench-deals-%1.leadbench").arg(a.deals / 10);
    ensure(a.deals, a.db);
    ensure(a.deals / 10, smallDb);

    const QByteArray measured = runPhase(QStringLiteral("measure"), a.deals, a.db, true);
    for (const QByteArray &line : measured.split('\n')) {
        if (!line.isEmpty() && !line.contains("peak_rss_measure_mb"))
            std::printf("%s\n", line.constData());
    }
    const double ours = valueFrom(measured, "peak_rss_measure_mb");
    const double raw = valueFrom(runPhase(QStringLiteral("baseline-memory"), a.deals, a.db, false), "peak_rss_raw_mb");
    report("peak_memory_mb", ours, "MB", raw, -1, "deal board of all the deals, in a process of its own");
    // The same board over a tenth of the deals: memory should follow what is visible, not the count.
    const double oursSmall = valueFrom(runPhase(QStringLiteral("measure"), a.deals / 10, smallDb, false), "peak_rss_measure_mb");
    const double rawSmall = valueFrom(runPhase(QStringLiteral("baseline-memory"), a.deals / 10, smallDb, false), "peak_rss_raw_mb");
    report("memory_growth_tenfold_deals_mb", ours - oursSmall, "MB", raw - rawSmall, -1,
           "peak memory with N deals minus with N/10; baseline: the raw API's growth");
    return 0;
}
