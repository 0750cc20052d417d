#include "ScoringRule.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScoringRules", text);
}

struct OperatorInfo
{
    RuleOperator op;
    const char *key;
    const char *name;
};

const OperatorInfo operatorInfos[] = {
    {RuleOperator::Equals, "equals", QT_TRANSLATE_NOOP("ScoringRules", "equals")},
    {RuleOperator::Contains, "contains", QT_TRANSLATE_NOOP("ScoringRules", "contains")},
    {RuleOperator::OneOf, "one_of", QT_TRANSLATE_NOOP("ScoringRules", "is one of")},
    {RuleOperator::AtLeast, "at_least", QT_TRANSLATE_NOOP("ScoringRules", "is at least")},
    {RuleOperator::AtMost, "at_most", QT_TRANSLATE_NOOP("ScoringRules", "is at most")},
    {RuleOperator::IsSet, "is_set", QT_TRANSLATE_NOOP("ScoringRules", "is set")},
};

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << u'"' + v + u'"';
    if (quoted.size() > 4)
        return quoted.mid(0, 4).join(u", "_s) + u", …"_s;
    return quoted.join(u", "_s);
}

} // namespace

namespace ScoringRules {

QString kindKey(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Profile:
        return u"profile"_s;
    case RuleKind::NoOpens:
        return u"no_opens"_s;
    case RuleKind::Behaviour:
        break;
    }
    return u"behaviour"_s;
}

std::optional<RuleKind> kindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"profile"_s)
        return RuleKind::Profile;
    if (k == u"behaviour"_s || k == u"behavior"_s)
        return RuleKind::Behaviour;
    if (k == u"no_opens"_s)
        return RuleKind::NoOpens;
    return std::nullopt;
}

QString kindName(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Profile:
        return tr("Profile");
    case RuleKind::NoOpens:
        return tr("No opens");
    case RuleKind::Behaviour:
        break;
    }
    return tr("Behaviour");
}

QString operatorKey(RuleOperator op)
{
    for (const OperatorInfo &i : operatorInfos) {
        if (i.op == op)
            return QString::fromLatin1(i.key);
    }
    return QString();
}

std::optional<RuleOperator> operatorFromKey(const QString &key)
{
    const QString k = key.trimmed();
    for (const OperatorInfo &i : operatorInfos) {
        if (k.compare(QLatin1StringView(i.key), Qt::CaseInsensitive) == 0)
            return i.op;
    }
    if (k == u">="_s)
        return RuleOperator::AtLeast;
    if (k == u"<="_s)
        return RuleOperator::AtMost;
    return std::nullopt;
}

QString operatorName(RuleOperator op)
{
    for (const OperatorInfo &i : operatorInfos) {
        if (i.op == op)
            return tr(i.name);
    }
    return QString();
}

QList<RuleOperator> operators()
{
    QList<RuleOperator> list;
    for (const OperatorInfo &i : operatorInfos)
        list << i.op;
    return list;
}

QList<LeadField> profileFields()
{
    return {LeadField::JobTitle,   LeadField::Industry, LeadField::CompanySize, LeadField::AnnualRevenue,
            LeadField::Company,    LeadField::Country,  LeadField::Region,      LeadField::City,
            LeadField::Source,     LeadField::LeadMagnet, LeadField::Email,     LeadField::Phone,
            LeadField::ConsentAt,  LeadField::UnsubscribedAt};
}

bool isNumeric(LeadField field)
{
    return field == LeadField::CompanySize || field == LeadField::AnnualRevenue;
}

QList<ActivityType> behaviourTypes()
{
    QList<ActivityType> list;
    for (ActivityType t : ActivityTypes::all()) {
        if (t != ActivityType::Note)
            list << t;
    }
    return list;
}

} // namespace ScoringRules

QString ScoringRule::label() const
{
    return name.trimmed().isEmpty() ? description() : name.trimmed();
}

QString ScoringRule::description() const
{
    switch (kind) {
    case RuleKind::Profile: {
        const QString f = LeadFields::label(field);
        if (op == RuleOperator::IsSet)
            return tr("%1 is set").arg(f);
        return tr("%1 %2 %3").arg(f, ScoringRules::operatorName(op), quotedList(values));
    }
    case RuleKind::NoOpens:
        return QCoreApplication::translate("ScoringRules", "Opened none of the last %Ln e-mail(s)", nullptr, lastEmails);
    case RuleKind::Behaviour:
        break;
    }
    QString text = ActivityTypes::displayName(activity);
    if (!detailContains.trimmed().isEmpty())
        text = tr("%1 containing \"%2\"").arg(text, detailContains.trimmed());
    return text;
}

QJsonObject ScoringRule::toJson() const
{
    QJsonObject o;
    o[u"id"_s] = id;
    o[u"kind"_s] = ScoringRules::kindKey(kind);
    if (!name.isEmpty())
        o[u"name"_s] = name;
    o[u"enabled"_s] = enabled;
    o[u"points"_s] = points;
    switch (kind) {
    case RuleKind::Profile:
        o[u"field"_s] = LeadFields::key(field);
        o[u"operator"_s] = ScoringRules::operatorKey(op);
        if (op != RuleOperator::IsSet)
            o[u"values"_s] = QJsonArray::fromStringList(values);
        break;
    case RuleKind::Behaviour:
        o[u"activity"_s] = ActivityTypes::key(activity);
        if (!detailContains.isEmpty())
            o[u"detail_contains"_s] = detailContains;
        o[u"cap"_s] = cap;
        o[u"half_life_days"_s] = halfLifeDays;
        break;
    case RuleKind::NoOpens:
        o[u"last_emails"_s] = lastEmails;
        break;
    }
    return o;
}

std::optional<ScoringRule> ScoringRule::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto integer = [&](const char *key, int fallback, bool *ok) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || std::abs(d) > 1e9) {
            *ok = false;
            return fallback;
        }
        return int(d);
    };

    ScoringRule r;
    bool ok = true;
    r.id = integer("id", 0, &ok);
    if (!ok)
        return fail(tr("\"id\" must be a whole number"));
    const auto kind = ScoringRules::kindFromKey(o.value(u"kind"_s).toString());
    if (!kind)
        return fail(tr("\"kind\" must be profile, behaviour or no_opens, not \"%1\"").arg(o.value(u"kind"_s).toString()));
    r.kind = *kind;
    r.name = o.value(u"name"_s).toString();
    r.enabled = o.value(u"enabled"_s).toBool(true);
    if (!o.contains(u"points"_s))
        return fail(tr("\"points\" is missing"));
    r.points = integer("points", 0, &ok);
    if (!ok)
        return fail(tr("\"points\" must be a whole number"));
    switch (r.kind) {
    case RuleKind::Profile: {
        const auto field = LeadFields::fromKey(o.value(u"field"_s).toString());
        if (!field || !ScoringRules::profileFields().contains(*field))
            return fail(tr("\"field\": \"%1\" is not a field a profile rule can read").arg(o.value(u"field"_s).toString()));
        r.field = *field;
        const auto op = ScoringRules::operatorFromKey(o.value(u"operator"_s).toString());
        if (!op)
            return fail(tr("\"operator\": \"%1\" is not one of equals, contains, one_of, at_least, at_most, is_set")
                            .arg(o.value(u"operator"_s).toString()));
        r.op = *op;
        const QJsonValue values = o.value(u"values"_s);
        if (values.isArray()) {
            for (const QJsonValue &v : values.toArray()) {
                if (v.isString())
                    r.values << v.toString();
                else if (v.isDouble())
                    r.values << QString::number(v.toDouble(), 'g', 15);
                else
                    return fail(tr("\"values\" must hold texts or numbers"));
            }
        } else if (values.isString()) {
            r.values << values.toString();
        } else if (values.isDouble()) {
            r.values << QString::number(values.toDouble(), 'g', 15);
        } else if (!values.isUndefined() && !values.isNull()) {
            return fail(tr("\"values\" must be a list"));
        }
        break;
    }
    case RuleKind::Behaviour: {
        const auto type = ActivityTypes::fromKey(o.value(u"activity"_s).toString());
        if (!type)
            return fail(tr("\"activity\": \"%1\" is not an activity type").arg(o.value(u"activity"_s).toString()));
        r.activity = *type;
        r.detailContains = o.value(u"detail_contains"_s).toString();
        r.cap = integer("cap", 0, &ok);
        if (!ok)
            return fail(tr("\"cap\" must be a whole number"));
        const QJsonValue half = o.value(u"half_life_days"_s);
        if (!half.isUndefined() && !half.isNull() && !half.isDouble())
            return fail(tr("\"half_life_days\" must be a number"));
        r.halfLifeDays = half.toDouble(0);
        break;
    }
    case RuleKind::NoOpens:
        r.lastEmails = integer("last_emails", 3, &ok);
        if (!ok)
            return fail(tr("\"last_emails\" must be a whole number"));
        break;
    }
    const QString problem = r.problem();
    if (!problem.isEmpty())
        return fail(problem);
    return r;
}

QString ScoringRule::problem() const
{
    if (points < -1000 || points > 1000)
        return tr("Points must be between -1000 and 1000.");
    switch (kind) {
    case RuleKind::Profile: {
        if (!ScoringRules::profileFields().contains(field))
            return tr("A profile rule cannot read %1.").arg(LeadFields::label(field));
        if (op == RuleOperator::IsSet)
            return QString();
        if (field == LeadField::ConsentAt || field == LeadField::UnsubscribedAt)
            return tr("%1 can only be tested with \"is set\".").arg(LeadFields::label(field));
        QStringList nonEmpty;
        for (const QString &v : values) {
            if (!v.trimmed().isEmpty())
                nonEmpty << v.trimmed();
        }
        if (nonEmpty.isEmpty())
            return tr("Give a value to compare %1 with.").arg(LeadFields::label(field));
        if (op == RuleOperator::AtLeast || op == RuleOperator::AtMost || (op == RuleOperator::Equals && ScoringRules::isNumeric(field))) {
            if (!ScoringRules::isNumeric(field))
                return tr("\"%1\" compares numbers; %2 is not a number field.")
                    .arg(ScoringRules::operatorName(op), LeadFields::label(field));
            bool ok = false;
            nonEmpty.first().toDouble(&ok);
            if (!ok)
                return tr("\"%1\" is not a number.").arg(nonEmpty.first());
        }
        return QString();
    }
    case RuleKind::Behaviour:
        if (!ScoringRules::behaviourTypes().contains(activity))
            return tr("%1 cannot be scored.").arg(ActivityTypes::displayName(activity));
        if (cap < 0 || cap > 1000)
            return tr("The cap must be between 0 (no cap) and 1000 occurrences.");
        if (!(halfLifeDays >= 0) || halfLifeDays > 3650)
            return tr("The half-life must be between 0 (no decay) and 3650 days.");
        return QString();
    case RuleKind::NoOpens:
        if (lastEmails < 1 || lastEmails > 100)
            return tr("The number of e-mails must be between 1 and 100.");
        return QString();
    }
    return QString();
}
