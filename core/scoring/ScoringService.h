#pragma once

#include "Rescorer.h"
#include "RuleSet.h"
#include "ScoreEngine.h"

#include <QObject>

#include <functional>
#include <memory>

class Workspace;

// One change of a lead's score, as kept in the score history (score_history for one lead, score_runs
// for a re-score of many).
struct ScoreHistoryEntry
{
    qint64 leadId = 0;
    qint64 changedAt = 0;
    int oldScore = 0;
    int newScore = 0;
    QString reason;
};

// A workspace's scoring: its rule set, re-scoring one lead at once when its data changes (called by
// LeadRepository inside the same transaction), re-scoring sets of leads for bulk writers, the
// explanation of a score, and the score history. Owned by the Workspace, on its connection.
class ScoringService : public QObject
{
    Q_OBJECT
public:
    explicit ScoringService(Workspace &workspace);
    ~ScoringService() override;

    RuleSet ruleSet() const;
    // Validates and saves (one transaction); scores are NOT recomputed here: the caller runs a full
    // re-score (RescoreJob in the GUI, rescoreAll() in the CLI) with the previous threshold.
    void setRuleSet(const RuleSet &set);
    int mqlThreshold() const { return ruleSet().mqlThreshold; }
    qint64 revision() const;

    // The time decay is relative to; tests fix it.
    void setClock(std::function<qint64()> clock);
    qint64 now() const;

    // Re-scores one lead in the caller's transaction (LeadRepository calls this after changing a
    // lead's fields or activities). Returns the change, if any; the caller announces it.
    std::optional<Rescorer::Change> rescoreLead(qint64 leadId, const QString &reason);

    // For bulk writers (imports, the demo, merges): re-scores these leads, in batches, and announces
    // the changes (LeadRepository::leadsChanged / stageChanged, or one reset for many).
    Rescorer::Result rescoreLeads(const QList<qint64> &ids, const QString &reason);
    // Every lead, on this connection (the CLI; the GUI runs RescoreJob in the background instead).
    Rescorer::Result rescoreAll(const QString &reason, const Rescorer::Progress &progress = {},
                                std::optional<int> previousThreshold = std::nullopt);

    ScoreExplanation explain(qint64 leadId) const;
    QList<ScoreHistoryEntry> history(qint64 leadId) const;

    // Why a full re-score is due, or empty: rules saved since the last complete one, or the last one
    // is older than a day (decay moves scores as time passes).
    QString pendingRescoreReason() const;
    // Records a complete full re-score of this revision (RescoreJob and rescoreAll call it).
    static void markFullRescore(class Database &db, qint64 revision, qint64 at);

signals:
    void rulesChanged();

private:
    const ScoreEngine &engine() const;

    Workspace &m_workspace;
    std::function<qint64()> m_clock;
    mutable std::unique_ptr<RuleSet> m_set;
    mutable std::unique_ptr<Rescorer> m_rescorer;
    mutable qint64 m_loadedRevision = -1;
};
