#pragma once

#include <QList>
#include <QString>

#include <optional>

// The lifecycle, oldest stage first; the codes are stored and their order is the funnel's order.
enum class Stage : int {
    Subscriber = 1,
    Lead = 2,
    MQL = 3,
    SQL = 4,
    Opportunity = 5,
    Customer = 6,
    Nurturing = 7,
    Disqualified = 8,
};

namespace Lifecycle {

QList<Stage> allStages();
// Stored/exported key: "subscriber", "lead", "mql", ...
QString key(Stage stage);
// Accepts a key, a code ("3") or an English display name, case-insensitively.
std::optional<Stage> fromKey(const QString &text);
QString displayName(Stage stage);
bool isValid(int code);

} // namespace Lifecycle

// Hot / warm / cold, from the score and the workspace's bands.
enum class Temperature : int { Cold = 0, Warm = 1, Hot = 2 };

struct ScoreBands
{
    int warmFrom = 20;
    int hotFrom = 50;

    Temperature of(int score) const
    {
        return score >= hotFrom ? Temperature::Hot : score >= warmFrom ? Temperature::Warm : Temperature::Cold;
    }
};

namespace Temperatures {
QString key(Temperature t);
std::optional<Temperature> fromKey(const QString &text);
QString displayName(Temperature t);
} // namespace Temperatures
