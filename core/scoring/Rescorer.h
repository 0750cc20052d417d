#pragma once

#include "RuleSet.h"
#include "ScoreEngine.h"

#include "leads/LifecycleStage.h"

#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <optional>

class Database;

// Re-scores leads stored in a database: reads each lead's profile and activities (streamed in lead
// order through the activities(lead_id, occurred_at) index), computes in C++ with ScoreEngine, and
// writes only the scores that changed (in lead_scores, the scores' narrow table), each with a
// score-history entry: in score_history for one lead (one()), as one run for many (all(), leads(): a
// row of score_runs, and one row of score_run_changes per lead changed). A lead whose score crosses
// the MQL threshold from below while it is a Subscriber, a Lead or in Nurturing moves to MQL (stage
// history: actor "scoring", the reason names the threshold).
//
// Works in batches of leads, each in its own transaction that reads and writes (so a lead changed by
// someone else meanwhile is never overwritten with a stale score, and a crash loses at most the batch
// in flight). Run it on the connection of the thread that calls it; a background re-score opens its
// own (Workspace::openConnection(false)). A full re-score (all()) of a big workspace computes on every
// core: each batch is cut into chunks of ids that helper threads (each with a read connection of its
// own) and this thread take in turn; the helpers start on the next batch while this thread writes the
// current one under its write lock, and this thread joins them once it holds the next batch's lock
// (PRAGMA data_version tells whether someone else committed in between: then that batch is scored
// again under the lock). This thread writes everything.
class Rescorer
{
public:
    struct Options
    {
        qint64 now = 0;       // decay is relative to it; 0: the current time
        QString reason;       // for the score history
        bool write = true;    // false: compute only (the rules editor's preview)
        // The threshold the current scores were computed against (crossing = below it before, at or
        // above the rule set's threshold after). Unset: the rule set's threshold.
        std::optional<int> previousThreshold;
        // Leads per transaction. Large: a batch rewrites every page of the score indexes it touches, so
        // fewer, larger batches write far less (a crash still loses at most the batch in flight).
        int batchLeads = 100000;
        // Threads that compute a batch of a full re-score (all()), each on its own read connection
        // (WAL lets readers run beside the writer); the calling thread writes. 0: one per core when there
        // are many leads.
        int threads = 0;
    };
    struct Result
    {
        qint64 leads = 0;
        qint64 changed = 0;
        qint64 aboveThreshold = 0; // leads at or above the threshold afterwards
        qint64 crossing = 0;       // Subscribers, Leads and Nurturing that cross the threshold
        qint64 promoted = 0;       // of those, moved to MQL (when writing)
        std::map<int, qint64> histogram;        // new score -> leads
        std::map<int, qint64> currentHistogram; // stored score -> leads
        bool cancelled = false;
        int threads = 1; // threads that computed a full re-score (all())
        // Batches of a writing all() that the helpers scored while the one before was written, and that
        // were written as scored (not again under their lock: nobody else had committed in between).
        int scoredAhead = 0;
    };
    struct Change
    {
        qint64 leadId = 0;
        int oldScore = 0;
        int newScore = 0;
        std::optional<Stage> promotedFrom; // moved to MQL from this stage
    };
    // (leads done, leads in all); return false to stop after the current batch.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Rescorer(Database &db, const RuleSet &rules);

    const ScoreEngine &engine() const { return m_engine; }

    // Every lead. Writing, it then deletes the run changes of leads deleted over a week before `now`
    // (score_purge).
    Result all(const Options &options, const Progress &progress = {});
    // These leads (bulk writers: imports). Changes are appended to *changes when given.
    Result leads(QList<qint64> ids, const Options &options, QList<Change> *changes = nullptr);
    // One lead, in the caller's transaction when there is one. nullopt when the score did not change.
    std::optional<Change> one(qint64 id, const Options &options);

    // The explanation of a lead's score as the rules compute it at `now` (no writing).
    ScoreExplanation explain(qint64 id, qint64 now);

    static QString thresholdReason(int score, int threshold);
    // Inserts a change of one lead's score into score_history: lead_id, changed_at, old_score, new_score,
    // reason bound as 1 to 5.
    static const char *historyInsertSql();
    // Settings for a connection that walks every lead: a page cache that holds a batch's dirty index
    // pages, memory-mapped reads, and (writing) NORMAL syncing: each batch is one transaction and the
    // workspace stays consistent in WAL mode; a power cut may lose the last batches, never corrupt.
    static void tuneForBulk(Database &db, bool write);

private:
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };
    void runRange(const Range &range, const QList<qint64> *only, const Options &options, qint64 now, Result &result,
                  QList<Change> *changes);
    // Reads and scores the leads of a range on `db` with `engine` (nothing written): the changes in lead
    // order, and the counts and histograms added to *result (not changed or promoted).
    static void computeRange(Database &db, const ScoreEngine &engine, const Range &range, const QList<qint64> *only,
                             const Options &options, qint64 now, Result &result, QList<Change> &batch);
    void finishBatch(const QList<Change> &batch, const Options &options, qint64 now, Result &result,
                     QList<Change> *changes);
    static void merge(Result &into, const Result &from);
    void apply(const QList<Change> &changes, const Options &options, qint64 now);
    static std::string leadSql(const ScoreEngine &engine);
    void purgeDeletedLeads(qint64 now);

    Database &m_db;
    ScoreEngine m_engine;
    // Where apply() keeps the history: unset, score_history (one()); set, the run of all() or leads(),
    // made at its first change (0 until then).
    std::optional<qint64> m_run;
};
