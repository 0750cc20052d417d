#pragma once

#include "Deal.h"

#include <QHash>
#include <QJsonObject>

class Workspace;

// JSON forms of deals and pipelines for the CLI: stable keys, outcomes by key, probabilities 0..1,
// times in ISO 8601 UTC, dates as YYYY-MM-DD.
namespace DealJson {

struct Names
{
    QHash<qint64, QString> pipelines;
    QHash<qint64, QString> stages;
    QHash<qint64, double> stageProbabilities;
    QHash<qint64, QString> reps;

    static Names of(Workspace &workspace);
};

QJsonObject toJson(const Deal &deal, const Names &names);
QJsonObject toJson(const DealStageChange &change, const Names &names);
QJsonObject toJson(const Pipeline &pipeline, const QList<StageTotals> &totals);

} // namespace DealJson
