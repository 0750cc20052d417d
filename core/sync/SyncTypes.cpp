#include "SyncTypes.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sync {

QString entityKey(Entity entity)
{
    return entity == Entity::Deal ? u"deal"_s : u"lead"_s;
}

std::optional<Entity> entityFromKey(const QString &key)
{
    if (key == u"lead"_s || key == u"leads"_s)
        return Entity::Lead;
    if (key == u"deal"_s || key == u"deals"_s)
        return Entity::Deal;
    return std::nullopt;
}

QString entityLabel(Entity entity)
{
    return entity == Entity::Deal ? QCoreApplication::translate("Sync", "Deals")
                                  : QCoreApplication::translate("Sync", "Leads");
}

QString directionKey(Direction d)
{
    switch (d) {
    case Direction::Push: return u"push"_s;
    case Direction::Pull: return u"pull"_s;
    case Direction::Both: break;
    }
    return u"both"_s;
}

std::optional<Direction> directionFromKey(const QString &key)
{
    if (key == u"both"_s)
        return Direction::Both;
    if (key == u"push"_s)
        return Direction::Push;
    if (key == u"pull"_s)
        return Direction::Pull;
    return std::nullopt;
}

QString FieldMapping::toRemote(const QString &local) const
{
    for (const auto &[l, r] : valueMap) {
        if (l == local)
            return r;
    }
    return local;
}

QString FieldMapping::toLocal(const QString &remote) const
{
    for (const auto &[l, r] : valueMap) {
        if (r.compare(remote, Qt::CaseInsensitive) == 0)
            return l;
    }
    return remote;
}

namespace Canonical {

QString number(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString number(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? number(v) : QString();
}

qint64 parseDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 ms = t.toLongLong(&isNumber);
    if (isNumber)
        return ms;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        // Salesforce writes the offset without a colon: 2024-05-01T10:00:00.000+0000.
        QString fixed = t;
        if (fixed.size() > 5 && (fixed.at(fixed.size() - 5) == u'+' || fixed.at(fixed.size() - 5) == u'-'))
            fixed.insert(fixed.size() - 2, u':');
        dt = QDateTime::fromString(fixed, Qt::ISODateWithMs);
    }
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QString date(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    const QDate direct = QDate::fromString(t, Qt::ISODate);
    if (direct.isValid())
        return direct.toString(Qt::ISODate);
    const qint64 ms = parseDateTime(t);
    if (ms == 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

QString dateTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString dateTime(const QString &text)
{
    const qint64 ms = parseDateTime(text);
    return ms == 0 && text.trimmed().isEmpty() ? QString() : dateTime(ms);
}

QString normalize(FieldType type, const QString &value)
{
    switch (type) {
    case FieldType::Number: return number(value);
    case FieldType::Date: return date(value);
    case FieldType::DateTime: return value.trimmed().isEmpty() ? QString() : dateTime(value);
    case FieldType::Enum: return value.trimmed();
    case FieldType::Text: break;
    }
    return value;
}

} // namespace Canonical

} // namespace Sync
