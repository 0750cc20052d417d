#include "LeadJson.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace LeadJson {

QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const Lead &lead, const Names &names)
{
    QJsonObject o;
    o[u"id"_s] = lead.id;
    for (const LeadFields::Info &info : LeadFields::all()) {
        const QString key = QString::fromLatin1(info.key);
        const QVariant v = lead.value(info.field);
        switch (info.type) {
        case LeadFields::Type::Text:
            o[key] = v.toString();
            break;
        case LeadFields::Type::Integer:
            o[key] = v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
            break;
        case LeadFields::Type::Real:
            o[key] = v.isNull() ? QJsonValue() : QJsonValue(v.toDouble());
            break;
        case LeadFields::Type::Timestamp:
            o[key] = v.isNull() ? QJsonValue() : QJsonValue(isoTime(v.toLongLong()));
            break;
        case LeadFields::Type::Stage:
            o[key] = Lifecycle::key(lead.stage);
            break;
        case LeadFields::Type::Reference:
            o[key] = v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
            break;
        }
    }
    o[u"owner"_s] = lead.ownerId ? QJsonValue(names.reps.value(*lead.ownerId)) : QJsonValue();
    o[u"campaign"_s] = lead.campaignId ? QJsonValue(names.campaigns.value(*lead.campaignId)) : QJsonValue();
    o[u"temperature"_s] = Temperatures::key(names.bands.of(lead.score));
    return o;
}

QJsonObject toJson(const LeadListRow &row, const Names &names)
{
    QJsonObject o;
    o[u"id"_s] = row.id;
    o[u"first_name"_s] = row.firstName;
    o[u"last_name"_s] = row.lastName;
    o[u"email"_s] = row.email;
    o[u"company"_s] = row.company;
    o[u"job_title"_s] = row.jobTitle;
    o[u"country"_s] = row.country;
    o[u"source"_s] = row.source;
    o[u"stage"_s] = Lifecycle::key(row.stage);
    o[u"score"_s] = row.score;
    o[u"temperature"_s] = Temperatures::key(names.bands.of(row.score));
    o[u"owner"_s] = row.ownerId ? QJsonValue(names.reps.value(row.ownerId)) : QJsonValue();
    o[u"created_at"_s] = isoTime(row.createdAt);
    o[u"updated_at"_s] = isoTime(row.updatedAt);
    return o;
}

QJsonObject toJson(const Activity &a)
{
    QJsonObject o;
    o[u"id"_s] = a.id;
    o[u"type"_s] = ActivityTypes::key(a.type);
    o[u"occurred_at"_s] = isoTime(a.occurredAt);
    o[u"detail"_s] = a.detail;
    o[u"actor"_s] = a.actor;
    return o;
}

QJsonObject toJson(const StageChange &c)
{
    QJsonObject o;
    o[u"from"_s] = c.from ? QJsonValue(Lifecycle::key(*c.from)) : QJsonValue();
    o[u"to"_s] = Lifecycle::key(c.to);
    o[u"changed_at"_s] = isoTime(c.changedAt);
    o[u"actor"_s] = c.actor;
    o[u"reason"_s] = c.reason;
    o[u"score"_s] = c.score;
    return o;
}

} // namespace LeadJson
