#include "LeadMerge.h"

using namespace Qt::StringLiterals;

namespace {

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

int funnelRank(Stage s)
{
    // Side states rank below the funnel stages they left; Customer ranks highest.
    switch (s) {
    case Stage::Disqualified: return 0;
    case Stage::Nurturing: return 1;
    default: return int(s) + 1;
    }
}

} // namespace

bool MergePlan::isMergeable(LeadField field)
{
    return field != LeadField::CreatedAt && field != LeadField::UpdatedAt && field != LeadField::Score;
}

MergePlan MergePlan::propose(const Lead &a, const Lead &b)
{
    const bool aOlder = a.createdAt < b.createdAt || (a.createdAt == b.createdAt && a.id < b.id);
    const Lead &survivor = aOlder ? a : b;
    const Lead &other = aOlder ? b : a;
    MergePlan plan;
    plan.survivorId = survivor.id;
    plan.otherId = other.id;
    for (const LeadFields::Info &info : LeadFields::all()) {
        if (!isMergeable(info.field))
            continue;
        const QVariant mine = survivor.value(info.field);
        const QVariant theirs = other.value(info.field);
        QVariant chosen = mine;
        if (info.field == LeadField::Notes) {
            const QString m = mine.toString().trimmed();
            const QString t = theirs.toString().trimmed();
            chosen = m.isEmpty() ? t : t.isEmpty() || m.contains(t) ? m : m + u"\n\n"_s + t;
        } else if (info.field == LeadField::Stage) {
            chosen = funnelRank(other.stage) > funnelRank(survivor.stage) ? theirs : mine;
        } else if (isEmptyValue(mine)) {
            chosen = theirs;
        }
        if (chosen != mine)
            plan.values.insert(info.field, chosen);
    }
    return plan;
}

QList<LeadField> MergePlan::conflicts(const Lead &a, const Lead &b)
{
    QList<LeadField> fields;
    for (const LeadFields::Info &info : LeadFields::all()) {
        if (!isMergeable(info.field))
            continue;
        const QVariant va = a.value(info.field);
        const QVariant vb = b.value(info.field);
        if (!isEmptyValue(va) && !isEmptyValue(vb) && va != vb)
            fields << info.field;
    }
    return fields;
}
