#include "Bant.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
const BantRule::Criterion allCriteria[] = {BantRule::Criterion::Budget, BantRule::Criterion::Authority,
                                           BantRule::Criterion::Need, BantRule::Criterion::Timing};
QString key(BantRule::Criterion c)
{
    switch (c) {
    case BantRule::Criterion::Budget: return u"budget"_s;
    case BantRule::Criterion::Authority: return u"authority"_s;
    case BantRule::Criterion::Need: return u"need"_s;
    case BantRule::Criterion::Timing: return u"timing"_s;
    }
    return QString();
}
} // namespace

QString BantRule::criterionName(Criterion c)
{
    switch (c) {
    case Criterion::Budget: return tr("Budget");
    case Criterion::Authority: return tr("Authority");
    case Criterion::Need: return tr("Need");
    case Criterion::Timing: return tr("Timing");
    }
    return QString();
}

bool BantRule::isMet(const BantAnswers &a, Criterion c)
{
    switch (c) {
    case Criterion::Budget: return a.budgetMet();
    case Criterion::Authority: return a.authorityMet();
    case Criterion::Need: return a.needMet();
    case Criterion::Timing: return a.timingMet();
    }
    return false;
}

bool BantRule::qualifies(const BantAnswers &a) const
{
    for (Criterion c : required) {
        if (!isMet(a, c))
            return false;
    }
    return a.metCount() >= minimumMet;
}

QString BantRule::explain(const BantAnswers &a) const
{
    QStringList met, missing;
    for (Criterion c : allCriteria)
        (isMet(a, c) ? met : missing) << criterionName(c);
    QStringList requiredMissing;
    for (Criterion c : required) {
        if (!isMet(a, c))
            requiredMissing << criterionName(c);
    }
    if (qualifies(a))
        return tr("Sales qualified: %1 of 4 met (%2).").arg(a.metCount()).arg(met.join(u", "_s));
    if (!requiredMissing.isEmpty())
        return tr("Not qualified: %1 is required and not met.").arg(requiredMissing.join(u", "_s));
    return tr("Not qualified: %1 of 4 met, %2 needed (missing: %3).")
        .arg(a.metCount())
        .arg(minimumMet)
        .arg(missing.join(u", "_s));
}

QString BantRule::describe() const
{
    QStringList names;
    for (Criterion c : required)
        names << criterionName(c);
    if (minimumMet >= 4)
        return tr("all four criteria met");
    if (names.isEmpty())
        return tr("%1 of the four criteria met").arg(minimumMet);
    return tr("%1 of the four criteria met, including %2").arg(minimumMet).arg(names.join(u", "_s));
}

QString BantRule::check() const
{
    if (minimumMet < 1 || minimumMet > 4)
        return tr("The number of criteria to meet is from 1 to 4.");
    if (required.size() > minimumMet)
        return tr("More criteria are required (%1) than need to be met (%2).").arg(required.size()).arg(minimumMet);
    return QString();
}

QJsonObject BantRule::toJson() const
{
    QJsonArray r;
    for (Criterion c : required)
        r << key(c);
    return QJsonObject{{u"minimum"_s, minimumMet}, {u"required"_s, r}};
}

BantRule BantRule::fromJson(const QJsonObject &json)
{
    BantRule rule;
    rule.minimumMet = std::clamp(json.value(u"minimum"_s).toInt(4), 1, 4);
    for (const QJsonValue &v : json.value(u"required"_s).toArray()) {
        for (Criterion c : allCriteria) {
            if (key(c) == v.toString() && !rule.required.contains(c))
                rule.required << c;
        }
    }
    return rule;
}
