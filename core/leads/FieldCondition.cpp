#include "FieldCondition.h"

#include "TextKey.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString text(const Lead &lead, LeadField field)
{
    if (field == LeadField::Stage)
        return Lifecycle::key(lead.stage);
    return lead.value(field).toString();
}

} // namespace

QList<LeadField> FieldCondition::routableFields()
{
    return {LeadField::Industry, LeadField::Country, LeadField::Region, LeadField::City, LeadField::CompanySize,
            LeadField::AnnualRevenue, LeadField::Score, LeadField::Source, LeadField::JobTitle, LeadField::LeadMagnet,
            LeadField::Company, LeadField::Email, LeadField::Stage};
}

bool FieldCondition::matches(const Lead &lead) const
{
    const QVariant raw = lead.value(field);
    switch (op) {
    case Op::IsSet:
        return !raw.isNull() && !raw.toString().trimmed().isEmpty();
    case Op::AtLeast:
    case Op::AtMost: {
        if (raw.isNull() || values.isEmpty())
            return false;
        bool ok = false;
        const double limit = values.first().toDouble(&ok);
        if (!ok)
            return false;
        const double v = raw.toDouble();
        return op == Op::AtLeast ? v >= limit : v <= limit;
    }
    case Op::Equals:
        return !values.isEmpty() && TextKey::fold(text(lead, field)) == TextKey::fold(values.first());
    case Op::Contains:
        return !values.isEmpty() && TextKey::fold(text(lead, field)).contains(TextKey::fold(values.first()));
    case Op::OneOf: {
        const QString v = TextKey::fold(text(lead, field));
        for (const QString &candidate : values) {
            if (v == TextKey::fold(candidate))
                return true;
        }
        return false;
    }
    }
    return false;
}

QString FieldCondition::opKey(Op op)
{
    switch (op) {
    case Op::Equals: return u"equals"_s;
    case Op::Contains: return u"contains"_s;
    case Op::OneOf: return u"one_of"_s;
    case Op::AtLeast: return u">="_s;
    case Op::AtMost: return u"<="_s;
    case Op::IsSet: return u"is_set"_s;
    }
    return QString();
}

std::optional<FieldCondition::Op> FieldCondition::opFromKey(const QString &key)
{
    for (Op op : {Op::Equals, Op::Contains, Op::OneOf, Op::AtLeast, Op::AtMost, Op::IsSet}) {
        if (opKey(op) == key)
            return op;
    }
    return std::nullopt;
}

QString FieldCondition::opName(Op op)
{
    switch (op) {
    case Op::Equals: return tr("is");
    case Op::Contains: return tr("contains");
    case Op::OneOf: return tr("is one of");
    case Op::AtLeast: return tr("is at least");
    case Op::AtMost: return tr("is at most");
    case Op::IsSet: return tr("is filled in");
    }
    return QString();
}

QString FieldCondition::describe() const
{
    if (op == Op::IsSet)
        return tr("%1 %2").arg(LeadFields::label(field), opName(op));
    return tr("%1 %2 %3").arg(LeadFields::label(field), opName(op), values.join(u", "_s));
}

QString FieldCondition::check() const
{
    if (op != Op::IsSet && (values.isEmpty() || values.first().trimmed().isEmpty()))
        return tr("%1: give a value to compare with.").arg(LeadFields::label(field));
    if (op == Op::AtLeast || op == Op::AtMost) {
        bool ok = false;
        values.first().toDouble(&ok);
        if (!ok)
            return tr("%1: \"%2\" is not a number.").arg(LeadFields::label(field), values.first());
    }
    return QString();
}

QJsonObject FieldCondition::toJson() const
{
    return QJsonObject{{u"field"_s, LeadFields::key(field)}, {u"op"_s, opKey(op)},
                       {u"values"_s, QJsonArray::fromStringList(values)}};
}

FieldCondition FieldCondition::fromJson(const QJsonObject &json, QString *error)
{
    FieldCondition c;
    const auto field = LeadFields::fromKey(json.value(u"field"_s).toString());
    const auto op = opFromKey(json.value(u"op"_s).toString());
    if (!field || !op) {
        if (error)
            *error = tr("unknown field or operator in %1").arg(json.value(u"field"_s).toString());
        return c;
    }
    c.field = *field;
    c.op = *op;
    for (const QJsonValue &v : json.value(u"values"_s).toArray())
        c.values << v.toString();
    return c;
}
