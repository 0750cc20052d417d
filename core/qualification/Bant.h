#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The answers of a BANT qualification (DOMAIN.md "BANT"): Budget, Authority, Need, Timing.
struct BantAnswers
{
    enum class Answer : int { Unknown = 0, Met = 1, NotMet = 2 };
    enum class Authority : int { Unknown = 0, DecisionMaker = 1, Influencer = 2, User = 3 };

    Answer budget = Answer::Unknown;
    std::optional<double> budgetAmount;
    QString budgetCurrency;
    QString budgetNotes;
    Authority authority = Authority::Unknown;
    QString decisionMaker; // who decides, when it is not this person
    QString authorityNotes;
    Answer need = Answer::Unknown;
    QString needPain;
    int needPriority = 0; // 0 unknown, 1 low, 2 medium, 3 high
    QString needNotes;
    Answer timing = Answer::Unknown;
    QString purchaseBy; // "2026-03-31" or "Q2 2026", as said
    QString deliveryNeed;
    QString timingNotes;

    bool budgetMet() const { return budget == Answer::Met; }
    // Authority is met when this person decides, or when the decision maker is known by name.
    bool authorityMet() const
    {
        return authority == Authority::DecisionMaker || (authority != Authority::Unknown && !decisionMaker.trimmed().isEmpty());
    }
    bool needMet() const { return need == Answer::Met; }
    bool timingMet() const { return timing == Answer::Met; }
    int metCount() const { return int(budgetMet()) + int(authorityMet()) + int(needMet()) + int(timingMet()); }
};

// When the answers make a Sales Qualified Lead. Default: all four met. Configurable, e.g. three of four
// with Need required.
struct BantRule
{
    Q_DECLARE_TR_FUNCTIONS(BantRule)
public:
    enum class Criterion { Budget, Authority, Need, Timing };

    int minimumMet = 4;
    QList<Criterion> required;

    bool qualifies(const BantAnswers &answers) const;
    // Why the answers do or do not qualify, in words.
    QString explain(const BantAnswers &answers) const;
    QString describe() const;
    QString check() const; // empty when usable

    QJsonObject toJson() const;
    static BantRule fromJson(const QJsonObject &json);
    static QString criterionName(Criterion c);
    static bool isMet(const BantAnswers &answers, Criterion c);
    bool operator==(const BantRule &other) const = default;
};
