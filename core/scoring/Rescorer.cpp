#include "Rescorer.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>
#include <system_error>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

// The order of score changes at the same moment (score_changes' seq): the highest score_history id or
// run mark so far. A run's mark is it when the run begins; a single change's id is past it.
constexpr char HighestMark[] =
    "max(ifnull((SELECT max(id) FROM score_history), 0), ifnull((SELECT max(history_mark) FROM score_runs), 0))";

// Below twice this many leads a full re-score stays on one thread (a second connection costs more).
constexpr qint64 MinLeadsPerThread = 20000;

// all() and leads() keep their history as one run: set for their duration, whatever ends it.
class RunScope
{
public:
    explicit RunScope(std::optional<qint64> &run)
        : m_run(run)
    {
        m_run = 0;
    }
    RunScope(const RunScope &) = delete;
    RunScope &operator=(const RunScope &) = delete;
    ~RunScope() { m_run.reset(); }

private:
    std::optional<qint64> &m_run;
};

// Threads joined when it goes out of scope, however that happens: a std::thread destroyed while joinable
// calls std::terminate, so an exception thrown on the calling thread must not skip the join.
class Joiner
{
public:
    Joiner() = default;
    Joiner(const Joiner &) = delete;
    Joiner &operator=(const Joiner &) = delete;
    ~Joiner() { join(); }

    template<typename F>
    void start(F &&f)
    {
        m_threads.emplace_back(std::forward<F>(f));
    }
    void join()
    {
        for (std::thread &t : m_threads) {
            if (t.joinable())
                t.join();
        }
        m_threads.clear();
    }

private:
    std::vector<std::thread> m_threads;
};

bool canCross(Stage stage)
{
    return stage == Stage::Subscriber || stage == Stage::Lead || stage == Stage::Nurturing;
}

void readField(Lead &l, LeadField field, const Query &q, int column)
{
    switch (field) {
    case LeadField::CompanySize:
        if (!q.isNull(column))
            l.companySize = q.int64(column);
        return;
    case LeadField::AnnualRevenue:
        if (!q.isNull(column))
            l.annualRevenue = q.real(column);
        return;
    case LeadField::ConsentAt:
        if (!q.isNull(column))
            l.consentAt = q.int64(column);
        return;
    case LeadField::UnsubscribedAt:
        if (!q.isNull(column))
            l.unsubscribedAt = q.int64(column);
        return;
    case LeadField::JobTitle: l.jobTitle = q.text(column); return;
    case LeadField::Company: l.company = q.text(column); return;
    case LeadField::Industry: l.industry = q.text(column); return;
    case LeadField::Country: l.country = q.text(column); return;
    case LeadField::Region: l.region = q.text(column); return;
    case LeadField::City: l.city = q.text(column); return;
    case LeadField::Source: l.source = q.text(column); return;
    case LeadField::LeadMagnet: l.leadMagnet = q.text(column); return;
    case LeadField::Email: l.email = q.text(column); return;
    case LeadField::Phone: l.phone = q.text(column); return;
    default: return;
    }
}

// Points the view at the column's bytes (valid until the next step).
void viewField(ProfileView &view, LeadField field, const Query &q, int column)
{
    const auto i = size_t(field);
    switch (field) {
    case LeadField::CompanySize:
    case LeadField::AnnualRevenue:
    case LeadField::ConsentAt:
    case LeadField::UnsubscribedAt:
        if (q.isNull(column))
            view.number[i].reset();
        else
            view.number[i] = q.real(column);
        return;
    default:
        view.text[i] = q.utf8(column);
        return;
    }
}

} // namespace

Rescorer::Rescorer(Database &db, const RuleSet &rules)
    : m_db(db)
    , m_engine(rules)
{
}

QString Rescorer::thresholdReason(int score, int threshold)
{
    return QCoreApplication::translate("Rescorer", "Score %1 reached the MQL threshold (%2)").arg(score).arg(threshold);
}

void Rescorer::tuneForBulk(Database &db, bool write)
{
    db.exec("PRAGMA cache_size = -262144");
    db.exec("PRAGMA mmap_size = 4294967296");
    if (write)
        db.exec("PRAGMA synchronous = NORMAL");
}

std::string Rescorer::leadSql(const ScoreEngine &engine)
{
    std::string sql = "SELECT leads.id, ifnull(lead_scores.score, 0), leads.stage";
    for (LeadField f : engine.fieldsRead()) {
        sql += ", ";
        if (f != LeadField::Score)
            sql += "leads.";
        sql += LeadFields::info(f).column;
    }
    sql += " FROM leads LEFT JOIN lead_scores ON lead_scores.lead_id = leads.id WHERE leads.id BETWEEN ? AND ? "
           "ORDER BY leads.id";
    return sql;
}

void Rescorer::computeRange(Database &db, const ScoreEngine &engine, const Range &range, const QList<qint64> *only,
                            const Options &options, qint64 now, Result &result, QList<Change> &batch)
{
    const QList<LeadField> fields = engine.fieldsRead();
    const int threshold = engine.ruleSet().mqlThreshold;
    const int previous = options.previousThreshold.value_or(threshold);

    Query leads(db, leadSql(engine), range.first, range.last);
    Query acts(db,
               "SELECT lead_id, type, occurred_at, detail FROM activities WHERE lead_id BETWEEN ? AND ? "
               "ORDER BY lead_id, occurred_at",
               range.first, range.last);
    bool haveActivity = acts.next();
    std::vector<ScoredActivity> list;
    list.reserve(64);
    ProfileView profile;
    while (leads.next()) {
        const qint64 id = leads.int64(0);
        // Activities of leads before this one (deleted leads, leads outside the set) are skipped.
        while (haveActivity && acts.int64(0) < id)
            haveActivity = acts.next();
        list.clear();
        while (haveActivity && acts.int64(0) == id) {
            const int code = acts.integer(1);
            if (ActivityTypes::isValid(code) && engine.readsActivity(ActivityType(code))) {
                ScoredActivity a;
                a.type = ActivityType(code);
                a.occurredAt = acts.int64(2);
                a.hasBits = true;
                if (engine.readsDetail(a.type))
                    a.detailBits = engine.detailBits(a.type, acts.utf8(3));
                list.push_back(std::move(a));
            }
            haveActivity = acts.next();
        }
        if (only && !std::binary_search(only->cbegin(), only->cend(), id))
            continue;
        const int stored = leads.integer(1);
        const int code = leads.integer(2);
        const Stage stage = Lifecycle::isValid(code) ? Stage(code) : Stage::Lead;
        for (int i = 0; i < fields.size(); ++i)
            viewField(profile, fields.at(i), leads, 3 + i);
        const int score = engine.score(profile, list, now);

        ++result.leads;
        ++result.histogram[score];
        ++result.currentHistogram[stored];
        if (score >= threshold)
            ++result.aboveThreshold;
        const bool crosses = canCross(stage) && stored < previous && score >= threshold;
        if (crosses)
            ++result.crossing;
        if (score != stored || crosses) {
            Change c;
            c.leadId = id;
            c.oldScore = stored;
            c.newScore = score;
            if (crosses)
                c.promotedFrom = stage;
            batch << c;
        }
    }
}

void Rescorer::merge(Result &into, const Result &from)
{
    into.leads += from.leads;
    into.changed += from.changed;
    into.aboveThreshold += from.aboveThreshold;
    into.crossing += from.crossing;
    into.promoted += from.promoted;
    for (const auto &[score, n] : from.histogram)
        into.histogram[score] += n;
    for (const auto &[score, n] : from.currentHistogram)
        into.currentHistogram[score] += n;
}

void Rescorer::finishBatch(const QList<Change> &batch, const Options &options, qint64 now, Result &result,
                           QList<Change> *changes)
{
    for (const Change &c : batch) {
        if (c.oldScore != c.newScore)
            ++result.changed;
        if (c.promotedFrom && options.write)
            ++result.promoted;
    }
    if (options.write && !batch.isEmpty())
        apply(batch, options, now);
    if (changes)
        *changes << batch;
}

void Rescorer::runRange(const Range &range, const QList<qint64> *only, const Options &options, qint64 now,
                        Result &result, QList<Change> *changes)
{
    QList<Change> batch;
    computeRange(m_db, m_engine, range, only, options, now, result, batch);
    finishBatch(batch, options, now, result, changes);
}

void Rescorer::apply(const QList<Change> &changes, const Options &options, qint64 now)
{
    const int threshold = m_engine.ruleSet().mqlThreshold;
    // Scores have a narrow table of their own (lead_scores): hundreds of thousands of changes touch a few
    // megabytes, not every page of leads. Every lead has a row (an insert only repairs a missing one).
    Query update(m_db, "UPDATE lead_scores SET score = ? WHERE lead_id = ?");
    Query insert(m_db, "INSERT INTO lead_scores (score, lead_id) VALUES (?, ?)");
    // Many leads: appended to their run, in lead order (the run's rows are contiguous, the pages few).
    // One lead: its row in score_history.
    const bool run = m_run.has_value();
    Query history(m_db, run ? "INSERT INTO score_run_changes (run_id, lead_id, old_score, new_score) VALUES (?, ?, ?, ?)"
                            : historyInsertSql());
    for (const Change &c : changes) {
        if (c.oldScore == c.newScore)
            continue;
        if (run && *m_run == 0) { // the run's row, at its first change
            Query(m_db, std::string("INSERT INTO score_runs (at, reason, history_mark) VALUES (?, ?, ") + HighestMark + ")",
                  now, options.reason)
                .exec();
            m_run = m_db.lastInsertId();
        }
        update.reset();
        update.bind(1, c.newScore).bind(2, c.leadId);
        update.exec();
        if (m_db.changes() == 0) {
            insert.reset();
            insert.bind(1, c.newScore).bind(2, c.leadId);
            insert.exec();
        }
        history.reset();
        if (run)
            history.bind(1, *m_run).bind(2, c.leadId).bind(3, c.oldScore).bind(4, c.newScore);
        else
            history.bind(1, c.leadId).bind(2, now).bind(3, c.oldScore).bind(4, c.newScore).bind(5, options.reason);
        history.exec();
    }
    for (const Change &c : changes) {
        if (!c.promotedFrom)
            continue;
        Query(m_db, "UPDATE leads SET stage = ?, updated_at = ? WHERE id = ?", int(Stage::MQL), now, c.leadId).exec();
        Query stage(m_db, "INSERT INTO stage_history (lead_id, from_stage, to_stage, changed_at, actor, reason, score) "
                          "VALUES (?, ?, ?, ?, 'scoring', ?, ?)");
        stage.bind(1, c.leadId).bind(2, int(*c.promotedFrom)).bind(3, int(Stage::MQL)).bind(4, now);
        stage.bind(5, thresholdReason(c.newScore, threshold)).bind(6, c.newScore);
        stage.exec();
    }
}

const char *Rescorer::historyInsertSql()
{
    // The id is past every run's mark as well as every row's: a change written after a run sorts after
    // it at the same moment (score_changes' seq), also when the rows with the highest ids were deleted
    // (score_history has no AUTOINCREMENT, so SQLite would reuse their ids).
    static const std::string sql = std::string("INSERT INTO score_history (id, lead_id, changed_at, old_score, new_score, "
                                               "reason) VALUES (")
                                   + HighestMark + " + 1, ?, ?, ?, ?, ?)";
    return sql.c_str();
}

void Rescorer::purgeDeletedLeads(qint64 now)
{
    // The run changes of leads deleted more than a week ago (score_purge): an undo or unmerge in any
    // window still open puts a lead back with its id and finds its run history. Each run is probed for
    // each lead (score_run_changes has no index on lead_id, see v15ScoreRuns), a few thousand leads per
    // transaction so other writers get their turn. It is housekeeping: what fails (a writer holding the
    // lock past the busy timeout) is left for the next full re-score, and the re-score stands.
    constexpr qint64 Grace = 7 * 24 * 3600 * 1000LL;
    constexpr int Chunk = 2000;
    const std::string pick =
        "SELECT lead_id FROM score_purge WHERE deleted_at < ? ORDER BY lead_id LIMIT " + std::to_string(Chunk);
    try {
        {
            Transaction tx(m_db);
            Query(m_db, "DELETE FROM score_purge WHERE lead_id IN (SELECT id FROM leads)").exec(); // back again
            tx.commit();
        }
        for (int done = Chunk; done == Chunk;) {
            Transaction tx(m_db);
            Query(m_db,
                  "DELETE FROM score_run_changes WHERE run_id IN (SELECT id FROM score_runs) AND lead_id IN (" + pick
                      + ")",
                  now - Grace)
                .exec();
            Query(m_db, "DELETE FROM score_purge WHERE lead_id IN (" + pick + ")", now - Grace).exec();
            done = m_db.changes();
            tx.commit();
        }
        Transaction tx(m_db);
        Query(m_db, "DELETE FROM score_runs WHERE NOT EXISTS (SELECT 1 FROM score_run_changes c WHERE c.run_id = score_runs.id)")
            .exec();
        tx.commit();
    } catch (const StorageError &) {
    }
}

Rescorer::Result Rescorer::all(const Options &options, const Progress &progress)
{
    const RunScope run(m_run);
    Result result;
    const qint64 now = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    qint64 first = 0, last = 0, total = 0;
    {
        Query q(m_db, "SELECT min(id), max(id), count(*) FROM leads");
        if (q.next() && !q.isNull(0)) {
            first = q.int64(0);
            last = q.int64(1);
            total = q.int64(2);
        }
    }
    if (total == 0) {
        if (options.write)
            purgeDeletedLeads(now);
        return result;
    }
    // Helpers: each its own read connection and its own engine (an engine caches folded texts).
    struct Helper
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<ScoreEngine> engine;
    };
    std::vector<Helper> helpers;
    // One per core for a big workspace; what the caller asks for otherwise (the tests ask for several).
    const int threads = options.threads > 0 ? options.threads
                        : total >= 2 * MinLeadsPerThread ? std::max(1, QThread::idealThreadCount())
                                                         : 1;
    // Helpers read what is committed: not when this runs inside someone's transaction. Only in WAL mode,
    // where readers and the writer do not wait for each other: with a rollback journal, the helpers'
    // read locks would hold up this thread's commits (and its lock theirs).
    const bool wal = Query(m_db, "PRAGMA journal_mode").scalar().toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0;
    if (threads > 1 && wal && m_db.transactionDepth() == 0 && QFileInfo::exists(m_db.path())) {
        for (int i = 1; i < threads; ++i) {
            Helper h;
            try {
                h.db = Database::open(m_db.path(), Database::Access::ReadOnly);
                h.db->pragmaInt("schema_version"); // the first read: where a connection that cannot read fails
                tuneForBulk(*h.db, false);
            } catch (const StorageError &) {
                break; // fewer threads then: slower, not wrong
            }
            h.engine = std::make_unique<ScoreEngine>(m_engine.ruleSet());
            helpers.push_back(std::move(h));
        }
    }
    result.threads = 1 + int(helpers.size());

    // A part of a batch scored: its counts, its changes in lead order, or what went wrong (thrown again
    // on this thread by check()).
    struct Scored
    {
        Result result;
        QList<Change> changes;
        std::exception_ptr error;
    };
    // A batch is cut into chunks of ids that the helpers (each on its read connection, a read
    // transaction per chunk) and this thread (on its connection, in the caller's transaction) take in
    // turn until none is left: whoever is free scores the next one, so this thread joins in as soon as
    // it has written the batch before, and a slow thread holds nobody up.
    struct Batch
    {
        Range range;
        qint64 width = 1;
        int chunks = 0;
        std::atomic<int> next{0};
        std::vector<Scored> parts;

        void cut(const Range &r, qint64 chunkLeads)
        {
            range = r;
            width = std::max<qint64>(1, chunkLeads);
            chunks = int((r.last - r.first + width) / width);
            next = 0;
            parts.assign(size_t(chunks), Scored());
        }
        void stop() { next = chunks; } // what is not taken yet will not be
    };
    // Stops a batch's helpers after their current chunk, however the scope ends (declared after the
    // Joiner, so it runs before the join).
    struct Stopper
    {
        Batch &batch;
        ~Stopper() { batch.stop(); }
    };
    const qint64 step = std::max(1, options.batchLeads);
    const qint64 chunkLeads = helpers.empty() ? step : std::max<qint64>(1, step / 16);
    auto work = [&](Batch &b, Database &db, const ScoreEngine &engine, bool ownTransaction) {
        for (int k = b.next++; k < b.chunks; k = b.next++) {
            Scored &out = b.parts[size_t(k)];
            const Range part{b.range.first + k * b.width, std::min(b.range.last, b.range.first + (k + 1) * b.width - 1)};
            try {
                std::optional<Transaction> read;
                if (ownTransaction)
                    read.emplace(db, Transaction::Mode::Read);
                computeRange(db, engine, part, nullptr, options, now, out.result, out.changes);
                if (read)
                    read->commit();
            } catch (...) {
                out.error = std::current_exception();
            }
        }
    };
    auto startHelpers = [&](Batch &b, Joiner &running) {
        try {
            for (Helper &h : helpers)
                running.start([&work, &b, &h] { work(b, *h.db, *h.engine, true); });
        } catch (const std::system_error &) {
            // A thread that could not start: the others (this one at least) take its chunks.
        }
    };
    auto gather = [](Batch &b) {
        Scored all;
        for (Scored &part : b.parts) {
            if (part.error && !all.error)
                all.error = part.error;
            merge(all.result, part.result);
            all.changes << part.changes;
        }
        return all;
    };
    // Scores a range now, on every thread.
    auto score = [&](const Range &range) {
        Batch b;
        b.cut(range, chunkLeads);
        {
            Joiner running;
            const Stopper stopper{b};
            startHelpers(b, running);
            work(b, m_db, m_engine, false);
        }
        return gather(b);
    };
    auto check = [&](const Scored &s) {
        if (s.error)
            std::rethrow_exception(s.error);
    };

    auto batchAt = [&](qint64 from) { return Range{from, std::min(last, from + step - 1)}; };
    if (!options.write) {
        // The preview: every thread on each batch.
        for (qint64 from = first; from <= last; from += step) {
            const Range range = batchAt(from);
            Transaction tx(m_db, Transaction::Mode::Read);
            const Scored s = score(range);
            tx.commit();
            check(s);
            merge(result, s.result);
            finishBatch(s.changes, options, now, result, nullptr);
            if (progress && !progress(std::min(result.leads, total), total) && range.last < last) {
                result.cancelled = true;
                break;
            }
        }
        return result;
    }

    // Writing: each batch in a write transaction taken before anything of it is read, so what is
    // written was computed from the latest committed state and nobody else commits until it is
    // written. While this thread writes a batch, the helpers score chunks of the next one, and this
    // thread takes the chunks left once it holds the next batch's lock. The helpers' snapshots hold
    // everything committed before this batch's commit, and the next batch's rows are not among this
    // batch's writes. If another connection commits between this batch's commit and the next one's lock
    // (PRAGMA data_version tells), the next batch is scored again under its lock.
    std::optional<Transaction> tx;
    tx.emplace(m_db, Transaction::Mode::Write);
    qint64 version = m_db.pragmaInt("data_version");
    Scored current = score(batchAt(first));
    check(current);
    for (qint64 from = first; from <= last; from += step) {
        const Range range = batchAt(from);
        const bool more = range.last < last;
        const bool pipelined = more && !helpers.empty();
        // Whatever this thread throws while the helpers score ahead (writing, progress, the next lock),
        // they stop after their chunk and are joined before `ahead` goes away.
        Batch ahead;
        Joiner next;
        const Stopper stopper{ahead};
        if (pipelined) {
            ahead.cut(batchAt(from + step), chunkLeads);
            startHelpers(ahead, next);
        }
        merge(result, current.result);
        finishBatch(current.changes, options, now, result, nullptr);
        tx->commit();
        tx.reset();
        if (progress && !progress(std::min(result.leads, total), total) && more) {
            result.cancelled = true;
            break;
        }
        if (!more)
            break;
        tx.emplace(m_db, Transaction::Mode::Write);
        const qint64 now_version = m_db.pragmaInt("data_version");
        bool aheadUsed = false;
        if (pipelined && now_version == version) {
            work(ahead, m_db, m_engine, false);
            next.join();
            current = gather(ahead);
            aheadUsed = !current.error;
        }
        if (aheadUsed) {
            ++result.scoredAhead;
        } else {
            ahead.stop();
            next.join();
            current = score(batchAt(from + step));
        }
        check(current);
        version = now_version;
    }
    tx.reset();
    purgeDeletedLeads(now);
    // The helpers' snapshots kept the WAL from being checkpointed during the run: fold it back into the
    // file now, here in the background rather than in the next commit of the GUI. PASSIVE: it never
    // waits for a reader (TRUNCATE did, up to the busy timeout, and made a daily re-score 3x slower).
    if (!helpers.empty()) {
        helpers.clear();
        try {
            Query(m_db, "PRAGMA wal_checkpoint(PASSIVE)").scalar();
        } catch (const StorageError &) {
        }
    }
    return result;
}

Rescorer::Result Rescorer::leads(QList<qint64> ids, const Options &options, QList<Change> *changes)
{
    const RunScope run(m_run);
    Result result;
    const qint64 now = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Consecutive ids (what bulk writers create) are read as ranges; scattered ones one by one, so a
    // handful of leads across a big table never reads the leads between them.
    qsizetype i = 0;
    while (i < ids.size()) {
        qsizetype j = i;
        while (j + 1 < ids.size() && j + 1 - i < options.batchLeads && ids.at(j + 1) - ids.at(j) <= 8)
            ++j;
        const QList<qint64> chunk = ids.mid(i, j - i + 1);
        Transaction tx(m_db, options.write ? Transaction::Mode::Write : Transaction::Mode::Read);
        runRange(Range{chunk.first(), chunk.last()}, &chunk, options, now, result, changes);
        tx.commit();
        i = j + 1;
    }
    return result;
}

std::optional<Rescorer::Change> Rescorer::one(qint64 id, const Options &options)
{
    Result result;
    QList<Change> changes;
    const qint64 now = options.now ? options.now : QDateTime::currentMSecsSinceEpoch();
    const QList<qint64> only{id};
    Transaction tx(m_db, options.write ? Transaction::Mode::Write : Transaction::Mode::Read);
    runRange(Range{id, id}, &only, options, now, result, &changes);
    tx.commit();
    if (changes.isEmpty())
        return std::nullopt;
    return changes.first();
}

ScoreExplanation Rescorer::explain(qint64 id, qint64 now)
{
    Query leads(m_db, leadSql(m_engine), id, id);
    if (!leads.next())
        throw StorageError(StorageError::Kind::Generic,
                           QCoreApplication::translate("Rescorer", "Lead #%1 does not exist.").arg(id), m_db.path());
    Lead lead;
    lead.id = id;
    const QList<LeadField> fields = m_engine.fieldsRead();
    for (int i = 0; i < fields.size(); ++i)
        readField(lead, fields.at(i), leads, 3 + i);
    std::vector<ScoredActivity> list;
    Query acts(m_db, "SELECT type, occurred_at, detail FROM activities WHERE lead_id = ? ORDER BY occurred_at, id", id);
    while (acts.next()) {
        const int code = acts.integer(0);
        if (!ActivityTypes::isValid(code))
            continue;
        ScoredActivity a;
        a.type = ActivityType(code);
        a.occurredAt = acts.int64(1);
        a.detail = acts.text(2);
        list.push_back(std::move(a));
    }
    return m_engine.explain(lead, list, now);
}
