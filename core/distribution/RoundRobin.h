#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

// The rotation that gives each eligible rep the next lead in turn. It remembers where it stopped (the
// state is saved in the workspace, so the turn survives restarts) and skips reps who are away or full
// without losing their place: when they come back they get their turn again.
// Weighted, it shares by weight (smooth weighted round-robin): a rep of weight 3 gets three leads for
// one of a rep of weight 1, interleaved.
class RoundRobin
{
public:
    struct State
    {
        qint64 last = 0;                // the rep who got the last lead (unweighted)
        QHash<qint64, double> credit;   // smooth weighted round-robin's running credit per rep

        QJsonObject toJson() const;
        static State fromJson(const QJsonObject &json);
    };

    // The next rep among the eligible ones (any order), or nullopt when none is eligible.
    static std::optional<qint64> next(State &state, QList<qint64> eligible);
    static std::optional<qint64> nextWeighted(State &state, const QList<qint64> &eligible,
                                              const QHash<qint64, double> &weights);
};
