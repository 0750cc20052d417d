#pragma once

#include "RuleSet.h"

#include "leads/Activity.h"
#include "leads/Lead.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <vector>

// What a behaviour rule sees of an activity. detail is filled only for types whose rules read it
// (ScoreEngine::readsDetail), so the bulk re-score does not convert millions of texts it never needs.
struct ScoredActivity
{
    ActivityType type = ActivityType::Note;
    qint64 occurredAt = 0;
    QString detail;
};

// One rule's share of a score.
struct ScoreContribution
{
    int ruleId = 0;
    RuleKind kind = RuleKind::Behaviour;
    QString label;
    int matched = 0;     // occurrences that match the rule (profile: 1)
    int counted = 0;     // after the cap
    double exact = 0;    // points after decay, before rounding
    int points = 0;      // what it adds to the score: exact, rounded
    qint64 lastAt = 0;   // the most recent occurrence (behaviour)
};

// A score and why: the contributions of the rules that fired, in rule order; their points sum to the
// score exactly (each contribution is rounded, the score is their sum).
struct ScoreExplanation
{
    int score = 0;
    qint64 now = 0;
    QList<ScoreContribution> contributions;

    QJsonObject toJson() const;
};

// Scores leads under a rule set: pure computation, no SQL, the same code for one lead after an
// activity, for millions in a background re-score, for the rules editor's preview and for the demo.
// "now" is always a parameter: decay is relative to it, and tests fix it.
// An engine caches text comparisons: one engine per thread.
class ScoreEngine
{
public:
    explicit ScoreEngine(const RuleSet &rules);

    const RuleSet &ruleSet() const { return m_set; }
    // The lead fields the enabled profile rules read (bulk readers select only these columns).
    QList<LeadField> fieldsRead() const { return m_fields; }
    bool readsDetail(ActivityType type) const;
    // Whether any enabled rule counts this type (others are skipped by the bulk reader).
    bool readsActivity(ActivityType type) const;

    // activities: the lead's activities, oldest first.
    int score(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now) const;
    ScoreExplanation explain(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now) const;

private:
    struct Compiled
    {
        int index = 0;            // in m_set.rules
        QStringList needles;      // folded values
        double number = 0;
        double lambda = 0;        // ln 2 / half-life in ms
        QString detailNeedle;     // folded
        mutable QHash<QString, bool> cache;
    };
    int evaluate(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now,
                 QList<ScoreContribution> *out) const;
    bool matchProfile(const Compiled &c, const ScoringRule &rule, const Lead &lead) const;
    bool matchText(const Compiled &c, const ScoringRule &rule, const QString &text) const;

    RuleSet m_set;
    std::vector<Compiled> m_rules; // the enabled rules, in rule order
    QList<LeadField> m_fields;
    std::array<bool, 32> m_readsDetail{};
    std::array<bool, 32> m_readsActivity{};
};
