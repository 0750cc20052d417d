#pragma once

#include "Activity.h"
#include "Lead.h"
#include "LeadPager.h"

#include <QHash>
#include <QJsonObject>

// JSON forms of leads for the CLI and for exports: stable keys (LeadFields keys), stages and activity
// types by key, times in ISO 8601 UTC.
namespace LeadJson {

struct Names
{
    QHash<qint64, QString> reps;
    QHash<qint64, QString> campaigns;
    ScoreBands bands;
};

QJsonObject toJson(const Lead &lead, const Names &names);
QJsonObject toJson(const LeadListRow &row, const Names &names);
QJsonObject toJson(const Activity &activity);
QJsonObject toJson(const StageChange &change);
QString isoTime(qint64 msecs);

} // namespace LeadJson
