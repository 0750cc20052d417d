#pragma once

#include "RuleSet.h"

#include "leads/Activity.h"
#include "leads/Lead.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What a behaviour rule sees of an activity. Either the detail text, or (bulk readers, which never
// convert millions of texts) detailBits: which detail rules match it, from ScoreEngine::detailBits().
struct ScoredActivity
{
    ActivityType type = ActivityType::Note;
    qint64 occurredAt = 0;
    QString detail;
    quint32 detailBits = 0;
    bool hasBits = false;
};

// The values of a lead's fields that profile rules read: UTF-8 text (a view: the caller keeps the bytes
// alive) or numbers. Bulk readers fill it straight from SQLite's column buffers.
struct ProfileView
{
    static constexpr int Fields = int(LeadField::UpdatedAt) + 1;
    std::array<std::string_view, Fields> text{};
    std::array<std::optional<double>, Fields> number{};
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
// Text is compared folded (case and accents ignored, as TextKey::fold). An engine caches comparisons
// of non-ASCII values: one engine per thread.
class ScoreEngine
{
public:
    explicit ScoreEngine(const RuleSet &rules);

    const RuleSet &ruleSet() const { return m_set; }
    // The lead fields the enabled profile rules read (bulk readers select only these columns).
    QList<LeadField> fieldsRead() const { return m_fields; }
    bool readsDetail(ActivityType type) const;
    // Whether any enabled rule looks at this type (others are skipped by the bulk reader).
    bool readsActivity(ActivityType type) const;
    // Which of the detail rules for this type match this detail (UTF-8).
    quint32 detailBits(ActivityType type, std::string_view detail) const;

    // activities: the lead's activities, oldest first.
    int score(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now) const;
    int score(const ProfileView &profile, const std::vector<ScoredActivity> &activities, qint64 now) const;
    ScoreExplanation explain(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now) const;

private:
    struct Compiled
    {
        int index = 0;                    // in m_set.rules
        std::vector<std::string> needles; // folded values, UTF-8
        double number = 0;
        std::vector<double> numbers;
        double lambda = 0;                // ln 2 / half-life in ms
        int detailBit = -1;               // behaviour rules with a detail text
        std::string detailNeedle;         // folded
        mutable QHash<QByteArray, bool> cache; // non-ASCII values
    };
    int evaluate(const ProfileView &profile, const std::vector<ScoredActivity> &activities, qint64 now,
                 QList<ScoreContribution> *out) const;
    bool matchProfile(const Compiled &c, const ScoringRule &rule, const ProfileView &profile) const;
    bool matchText(const Compiled &c, const ScoringRule &rule, std::string_view text, int field) const;
    bool detailMatches(const Compiled &c, const ScoredActivity &activity) const;

    RuleSet m_set;
    std::vector<Compiled> m_rules; // the enabled rules, in rule order
    QList<LeadField> m_fields;
    std::array<bool, 32> m_readsDetail{};
    std::array<bool, 32> m_readsActivity{};
    mutable std::string m_buffer;
    // Each text field is folded once per lead, however many rules read it.
    mutable std::array<std::string, ProfileView::Fields> m_folded;
    mutable quint32 m_foldedFields = 0;
    mutable quint32 m_asciiFields = 0;
};

// Fills a view of a Lead (holding the UTF-8 bytes it points to).
class LeadProfile
{
public:
    explicit LeadProfile(const Lead &lead);
    const ProfileView &view() const { return m_view; }

private:
    std::array<QByteArray, ProfileView::Fields> m_bytes;
    ProfileView m_view;
};
