#pragma once

#include "ScoringRule.h"

#include "leads/LifecycleStage.h"

#include <QJsonObject>
#include <QList>

#include <optional>

class Database;

// A workspace's scoring configuration: the rules, the MQL threshold (score >= threshold: marketing
// qualified) and the temperature bands. Stored in the meta table: the rules as one JSON document
// ("scoring.rules"), the threshold and the bands as numbers ("score.mql_threshold",
// "score.warm_from", "score.hot_from": the same keys Workspace::scoreBands() reads).
struct RuleSet
{
    QList<ScoringRule> rules;
    int mqlThreshold = 50;
    ScoreBands bands;

    // The seeds' table (DOMAIN.md) plus profile rules: seniority from the job title in the demo's
    // languages, company size, target industries, personal e-mail addresses, a phone number given.
    static RuleSet defaults();

    QJsonObject toJson() const;
    // On a problem returns nullopt and says where (rule number, field) in *error.
    static std::optional<RuleSet> fromJson(const QJsonObject &object, QString *error);
    // Empty when sound, else the first problem, naming the rule.
    QString problem() const;

    int nextRuleId() const;
    const ScoringRule *rule(int id) const;

    // The stored configuration (defaults when none was saved). Throws StorageError when the stored
    // rules cannot be read.
    static RuleSet load(Database &db);
    // Saves in one transaction and counts a new revision; throws StorageError (Constraint) on a
    // problem, leaving what was stored as it was.
    static void save(Database &db, const RuleSet &set);
    static qint64 revision(Database &db);

    bool operator==(const RuleSet &other) const
    {
        return rules == other.rules && mqlThreshold == other.mqlThreshold && bands.warmFrom == other.bands.warmFrom
            && bands.hotFrom == other.bands.hotFrom;
    }
    bool operator!=(const RuleSet &other) const { return !(*this == other); }
};
