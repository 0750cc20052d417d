#include "DealJson.h"

#include "PipelineRepository.h"

#include "distribution/RepRepository.h"
#include "leads/LeadJson.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DealJson {

Names Names::of(Workspace &workspace)
{
    Names n;
    for (const Pipeline &p : workspace.pipelines().all()) {
        n.pipelines.insert(p.id, p.name);
        for (const PipelineStage &s : p.stages) {
            n.stages.insert(s.id, s.name);
            n.stageProbabilities.insert(s.id, s.probability);
        }
    }
    for (const Rep &r : workspace.reps().all())
        n.reps.insert(r.id, r.name);
    return n;
}

namespace {
QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

QJsonObject toJson(const Deal &d, const Names &names)
{
    QJsonObject o;
    o[u"id"_s] = d.id;
    o[u"title"_s] = d.title;
    o[u"pipeline"_s] = names.pipelines.value(d.pipelineId);
    o[u"pipeline_id"_s] = d.pipelineId;
    o[u"stage"_s] = names.stages.value(d.stageId);
    o[u"stage_id"_s] = d.stageId;
    o[u"lead_id"_s] = orNull(d.leadId);
    o[u"company"_s] = d.company;
    o[u"amount"_s] = d.amount;
    o[u"currency"_s] = d.currency;
    o[u"expected_close"_s] = d.expectedClose ? QJsonValue(d.expectedClose->toString(Qt::ISODate)) : QJsonValue();
    o[u"probability"_s] = orNull(d.probability);
    o[u"effective_probability"_s] = d.probability.value_or(names.stageProbabilities.value(d.stageId));
    o[u"owner"_s] = d.ownerId ? QJsonValue(names.reps.value(*d.ownerId)) : QJsonValue();
    o[u"owner_id"_s] = orNull(d.ownerId);
    o[u"outcome"_s] = DealOutcomes::key(d.outcome);
    o[u"closed_at"_s] = d.closedAt ? QJsonValue(LeadJson::isoTime(*d.closedAt)) : QJsonValue();
    o[u"close_reason"_s] = d.closeReason;
    o[u"gross_margin"_s] = orNull(d.grossMargin);
    o[u"stage_entered_at"_s] = LeadJson::isoTime(d.stageEnteredAt);
    o[u"created_at"_s] = LeadJson::isoTime(d.createdAt);
    o[u"updated_at"_s] = LeadJson::isoTime(d.updatedAt);
    return o;
}

QJsonObject toJson(const DealStageChange &c, const Names &names)
{
    QJsonObject o;
    o[u"from"_s] = c.fromStageId ? QJsonValue(names.stages.value(c.fromStageId)) : QJsonValue();
    o[u"to"_s] = c.toStageId ? QJsonValue(names.stages.value(c.toStageId)) : QJsonValue();
    o[u"changed_at"_s] = LeadJson::isoTime(c.changedAt);
    o[u"actor"_s] = c.actor;
    o[u"reason"_s] = c.reason;
    return o;
}

QJsonObject toJson(const Pipeline &p, const QList<StageTotals> &totals)
{
    QJsonObject o;
    o[u"id"_s] = p.id;
    o[u"name"_s] = p.name;
    QJsonArray stages;
    for (const PipelineStage &s : p.stages) {
        QJsonObject so;
        so[u"id"_s] = s.id;
        so[u"name"_s] = s.name;
        so[u"probability"_s] = s.probability;
        so[u"outcome"_s] = DealOutcomes::key(s.outcome);
        so[u"rotting_days"_s] = s.rottingDays > 0 ? QJsonValue(s.rottingDays) : QJsonValue();
        qint64 count = 0;
        QJsonArray sums;
        for (const StageTotals &t : totals) {
            if (t.stageId != s.id)
                continue;
            count = t.count;
            for (const CurrencyTotal &c : t.currencies) {
                QJsonObject co;
                co[u"currency"_s] = c.currency;
                co[u"count"_s] = c.count;
                co[u"amount"_s] = c.amount;
                co[u"weighted"_s] = c.weighted;
                sums << co;
            }
        }
        so[u"deals"_s] = count;
        so[u"totals"_s] = sums;
        stages << so;
    }
    o[u"stages"_s] = stages;
    return o;
}

} // namespace DealJson
