#include "ScoringService.h"

#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "workspace/Workspace.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 DayMs = 24LL * 3600 * 1000;
// Above this many leads a bulk re-score announces one reset instead of a list of ids.
constexpr qsizetype AnnounceLimit = 2000;
} // namespace

ScoringService::ScoringService(Workspace &workspace)
    : m_workspace(workspace)
{
}

ScoringService::~ScoringService() = default;

qint64 ScoringService::revision() const
{
    return RuleSet::revision(m_workspace.db());
}

RuleSet ScoringService::ruleSet() const
{
    engine(); // loads, or reloads after another connection saved
    return *m_set;
}

const ScoreEngine &ScoringService::engine() const
{
    // Another process (the CLI) may have saved rules: the revision says when to reload.
    const qint64 rev = revision();
    if (!m_set || !m_rescorer || m_loadedRevision != rev) {
        m_set = std::make_unique<RuleSet>(RuleSet::load(m_workspace.db()));
        m_rescorer = std::make_unique<Rescorer>(m_workspace.db(), *m_set);
        m_loadedRevision = rev;
    }
    return m_rescorer->engine();
}

void ScoringService::setRuleSet(const RuleSet &set)
{
    const ScoreBands before = m_workspace.scoreBands();
    RuleSet::save(m_workspace.db(), set);
    m_set.reset();
    m_rescorer.reset();
    emit rulesChanged();
    if (before.warmFrom != set.bands.warmFrom || before.hotFrom != set.bands.hotFrom)
        emit m_workspace.scoreBandsChanged();
}

void ScoringService::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 ScoringService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

std::optional<Rescorer::Change> ScoringService::rescoreLead(qint64 leadId, const QString &reason)
{
    engine();
    Rescorer::Options options;
    options.now = now();
    options.reason = reason;
    return m_rescorer->one(leadId, options);
}

Rescorer::Result ScoringService::rescoreLeads(const QList<qint64> &ids, const QString &reason)
{
    engine();
    Rescorer::Options options;
    options.now = now();
    options.reason = reason;
    QList<Rescorer::Change> changes;
    const Rescorer::Result result = m_rescorer->leads(ids, options, &changes);
    if (changes.size() > AnnounceLimit) {
        m_workspace.leads().announceReset();
    } else if (!changes.isEmpty()) {
        QList<qint64> changed;
        for (const Rescorer::Change &c : std::as_const(changes))
            changed << c.leadId;
        m_workspace.leads().announceChanged(changed);
        for (const Rescorer::Change &c : std::as_const(changes)) {
            if (c.promotedFrom)
                emit m_workspace.leads().stageChanged(c.leadId, *c.promotedFrom, Stage::MQL);
        }
    }
    return result;
}

Rescorer::Result ScoringService::rescoreAll(const QString &reason, const Rescorer::Progress &progress,
                                            std::optional<int> previousThreshold)
{
    engine();
    Rescorer::Options options;
    options.now = now();
    options.reason = reason;
    options.previousThreshold = previousThreshold;
    const qint64 rev = revision();
    const Rescorer::Result result = m_rescorer->all(options, progress);
    if (!result.cancelled)
        markFullRescore(m_workspace.db(), rev, options.now);
    if (result.changed > 0)
        m_workspace.leads().announceReset();
    return result;
}

ScoreExplanation ScoringService::explain(qint64 leadId) const
{
    engine();
    return m_rescorer->explain(leadId, now());
}

QList<ScoreHistoryEntry> ScoringService::history(qint64 leadId) const
{
    QList<ScoreHistoryEntry> list;
    // Its own changes (score_history) and the runs that changed it, a probe per run (score_changes).
    Query q(m_workspace.db(),
            "SELECT changed_at, old_score, new_score, reason FROM score_changes WHERE lead_id = ? "
            "ORDER BY changed_at, seq, run_id",
            leadId);
    while (q.next()) {
        ScoreHistoryEntry e;
        e.leadId = leadId;
        e.changedAt = q.int64(0);
        e.oldScore = q.integer(1);
        e.newScore = q.integer(2);
        e.reason = q.text(3);
        list << e;
    }
    return list;
}

QString ScoringService::pendingRescoreReason() const
{
    const qint64 rev = revision();
    const qint64 doneRevision = m_workspace.meta(u"scoring.rescored_revision"_s, u"-1"_s).toLongLong();
    const qint64 doneAt = m_workspace.meta(u"scoring.rescored_at"_s, u"0"_s).toLongLong();
    if (m_workspace.leads().count() == 0)
        return QString();
    if (rev != doneRevision && rev > 0)
        return tr("Scoring rules changed");
    if (doneAt == 0)
        return tr("Scored with the workspace's rules");
    if (now() - doneAt > DayMs)
        return tr("Daily re-score: older behaviour counts less");
    return QString();
}

void ScoringService::markFullRescore(Database &db, qint64 revision, qint64 at)
{
    const char sql[] = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
    Query(db, sql, "scoring.rescored_revision", QString::number(revision)).exec();
    Query(db, sql, "scoring.rescored_at", QString::number(at)).exec();
}
