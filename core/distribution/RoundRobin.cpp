#include "RoundRobin.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

QJsonObject RoundRobin::State::toJson() const
{
    QJsonObject credits;
    for (auto it = credit.cbegin(); it != credit.cend(); ++it)
        credits[QString::number(it.key())] = it.value();
    return QJsonObject{{u"last"_s, last}, {u"credit"_s, credits}};
}

RoundRobin::State RoundRobin::State::fromJson(const QJsonObject &json)
{
    State s;
    s.last = qint64(json.value(u"last"_s).toDouble());
    const QJsonObject credits = json.value(u"credit"_s).toObject();
    for (auto it = credits.constBegin(); it != credits.constEnd(); ++it)
        s.credit.insert(it.key().toLongLong(), it.value().toDouble());
    return s;
}

std::optional<qint64> RoundRobin::next(State &state, QList<qint64> eligible)
{
    if (eligible.isEmpty())
        return std::nullopt;
    std::sort(eligible.begin(), eligible.end());
    // The first rep after the last one in id order, wrapping around: whoever was skipped keeps his place.
    const auto after = std::upper_bound(eligible.cbegin(), eligible.cend(), state.last);
    const qint64 chosen = after == eligible.cend() ? eligible.first() : *after;
    state.last = chosen;
    return chosen;
}

std::optional<qint64> RoundRobin::nextWeighted(State &state, const QList<qint64> &eligible,
                                               const QHash<qint64, double> &weights)
{
    if (eligible.isEmpty())
        return std::nullopt;
    QList<qint64> reps = eligible;
    std::sort(reps.begin(), reps.end());
    double total = 0;
    qint64 best = 0;
    double bestCredit = 0;
    for (qint64 rep : reps) {
        const double w = std::max(0.0, weights.value(rep, 1.0));
        total += w;
        const double credit = state.credit.value(rep) + w;
        state.credit[rep] = credit;
        if (best == 0 || credit > bestCredit) {
            best = rep;
            bestCredit = credit;
        }
    }
    state.credit[best] -= total;
    state.last = best;
    return best;
}
