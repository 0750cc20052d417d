#include "LifecycleStage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct StageInfo
{
    Stage stage;
    const char *key;
    const char *name;
};

const StageInfo stages[] = {
    {Stage::Subscriber, "subscriber", QT_TRANSLATE_NOOP("Lifecycle", "Subscriber")},
    {Stage::Lead, "lead", QT_TRANSLATE_NOOP("Lifecycle", "Lead")},
    {Stage::MQL, "mql", QT_TRANSLATE_NOOP("Lifecycle", "MQL")},
    {Stage::SQL, "sql", QT_TRANSLATE_NOOP("Lifecycle", "SQL")},
    {Stage::Opportunity, "opportunity", QT_TRANSLATE_NOOP("Lifecycle", "Opportunity")},
    {Stage::Customer, "customer", QT_TRANSLATE_NOOP("Lifecycle", "Customer")},
    {Stage::Nurturing, "nurturing", QT_TRANSLATE_NOOP("Lifecycle", "Nurturing")},
    {Stage::Disqualified, "disqualified", QT_TRANSLATE_NOOP("Lifecycle", "Disqualified")},
};

} // namespace

namespace Lifecycle {

QList<Stage> allStages()
{
    QList<Stage> list;
    for (const StageInfo &info : stages)
        list << info.stage;
    return list;
}

QString key(Stage stage)
{
    for (const StageInfo &info : stages) {
        if (info.stage == stage)
            return QString::fromLatin1(info.key);
    }
    return QString();
}

std::optional<Stage> fromKey(const QString &text)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const int code = t.toInt(&isNumber);
    if (isNumber)
        return isValid(code) ? std::optional<Stage>(Stage(code)) : std::nullopt;
    for (const StageInfo &info : stages) {
        if (t.compare(QLatin1StringView(info.key), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1StringView(info.name), Qt::CaseInsensitive) == 0)
            return info.stage;
    }
    return std::nullopt;
}

QString displayName(Stage stage)
{
    for (const StageInfo &info : stages) {
        if (info.stage == stage)
            return QCoreApplication::translate("Lifecycle", info.name);
    }
    return QString();
}

bool isValid(int code)
{
    return code >= int(Stage::Subscriber) && code <= int(Stage::Disqualified);
}

} // namespace Lifecycle

namespace Temperatures {

QString key(Temperature t)
{
    switch (t) {
    case Temperature::Hot:
        return u"hot"_s;
    case Temperature::Warm:
        return u"warm"_s;
    case Temperature::Cold:
        break;
    }
    return u"cold"_s;
}

std::optional<Temperature> fromKey(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"hot"_s)
        return Temperature::Hot;
    if (t == u"warm"_s)
        return Temperature::Warm;
    if (t == u"cold"_s)
        return Temperature::Cold;
    return std::nullopt;
}

QString displayName(Temperature t)
{
    switch (t) {
    case Temperature::Hot:
        return QCoreApplication::translate("Temperature", "Hot");
    case Temperature::Warm:
        return QCoreApplication::translate("Temperature", "Warm");
    case Temperature::Cold:
        break;
    }
    return QCoreApplication::translate("Temperature", "Cold");
}

} // namespace Temperatures
