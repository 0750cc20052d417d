#pragma once

#include "leads/Activity.h"
#include "leads/Lead.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One criterion of lead scoring (DOMAIN.md "Lead scoring"):
// - Profile: a field of the lead compared with a value (explicit criteria: title, size, industry, ...);
// - Behaviour: an activity type, optionally whose detail contains a text (a page URL with "pricing"),
//   worth points per occurrence, with an optional cap on counted occurrences and a half-life so old
//   behaviour counts less;
// - NoOpens: "opened none of the last N e-mails sent".
// Negative points are allowed everywhere.
enum class RuleKind : int { Profile = 0, Behaviour = 1, NoOpens = 2 };

enum class RuleOperator : int {
    Equals = 0,   // the value, ignoring case and accents (numbers: numerically)
    Contains = 1, // contains any of the values
    OneOf = 2,    // equals any of the values
    AtLeast = 3,  // number >= value
    AtMost = 4,   // number <= value
    IsSet = 5,    // has a value
};

struct ScoringRule
{
    // Its texts are in the "ScoringRule" context, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(ScoringRule)

public:
    int id = 0; // unique within its rule set; explanations refer to it
    RuleKind kind = RuleKind::Behaviour;
    QString name; // optional; label() describes the rule when empty
    bool enabled = true;
    int points = 0;

    // Profile
    LeadField field = LeadField::JobTitle;
    RuleOperator op = RuleOperator::Equals;
    QStringList values;

    // Behaviour
    ActivityType activity = ActivityType::EmailOpened;
    QString detailContains; // empty: any detail
    int cap = 0;            // at most this many occurrences count (the most recent); 0: all
    double halfLifeDays = 0; // an occurrence this old counts half; 0: no decay

    // NoOpens
    int lastEmails = 3;

    // The name, or a description in words when there is none.
    QString label() const;
    QString description() const;

    QJsonObject toJson() const;
    // Reads a rule; on a problem returns nullopt and says which field is wrong in *error.
    static std::optional<ScoringRule> fromJson(const QJsonObject &object, QString *error);
    // Empty when the rule is sound, else what is wrong (for the editor and imports).
    QString problem() const;

    bool operator==(const ScoringRule &other) const = default;
};

namespace ScoringRules {
QString kindKey(RuleKind kind);
std::optional<RuleKind> kindFromKey(const QString &key);
QString kindName(RuleKind kind);
QString operatorKey(RuleOperator op);
std::optional<RuleOperator> operatorFromKey(const QString &key);
QString operatorName(RuleOperator op);
QList<RuleOperator> operators();
// The lead fields a profile rule may read (not the score, the stage or bookkeeping dates).
QList<LeadField> profileFields();
bool isNumeric(LeadField field);
// Activity types a behaviour rule may count.
QList<ActivityType> behaviourTypes();
} // namespace ScoringRules
