#include "PipelineRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

PipelineStage readStage(const Query &q)
{
    PipelineStage s;
    s.id = q.int64(0);
    s.pipelineId = q.int64(1);
    s.name = q.text(2);
    s.position = q.integer(3);
    s.probability = q.real(4);
    const int outcome = q.integer(5);
    s.outcome = outcome == 1 ? DealOutcome::Won : outcome == 2 ? DealOutcome::Lost : DealOutcome::Open;
    s.rottingDays = q.isNull(6) ? 0 : q.integer(6);
    return s;
}

constexpr char stageColumns[] = "SELECT id, pipeline_id, name, position, probability, outcome, rotting_days "
                                "FROM pipeline_stages";

} // namespace

PipelineRepository::PipelineRepository(Workspace &workspace)
    : m_workspace(workspace)
{
}

Database &PipelineRepository::db() const
{
    return m_workspace.db();
}

QList<PipelineStage> PipelineRepository::stagesOf(qint64 pipelineId) const
{
    QList<PipelineStage> stages;
    Query q(db(), std::string(stageColumns) + " WHERE pipeline_id = ? ORDER BY position, id", pipelineId);
    while (q.next())
        stages << readStage(q);
    return stages;
}

QList<Pipeline> PipelineRepository::all() const
{
    QList<Pipeline> list;
    {
        Query q(db(), "SELECT id, name, position FROM pipelines ORDER BY position, id");
        while (q.next())
            list << Pipeline{q.int64(0), q.text(1), q.integer(2), {}};
    }
    for (Pipeline &p : list)
        p.stages = stagesOf(p.id);
    return list;
}

std::optional<Pipeline> PipelineRepository::find(qint64 id) const
{
    Query q(db(), "SELECT id, name, position FROM pipelines WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    Pipeline p{q.int64(0), q.text(1), q.integer(2), {}};
    p.stages = stagesOf(p.id);
    return p;
}

Pipeline PipelineRepository::get(qint64 id) const
{
    if (auto p = find(id))
        return *p;
    throw StorageError(StorageError::Kind::Generic,
                       tr("Pipeline #%1 does not exist (it may have been deleted).").arg(id), db().path());
}

std::optional<Pipeline> PipelineRepository::findByName(const QString &name) const
{
    for (const Pipeline &p : all()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<PipelineStage> PipelineRepository::findStage(qint64 stageId) const
{
    Query q(db(), std::string(stageColumns) + " WHERE id = ?", stageId);
    if (!q.next())
        return std::nullopt;
    return readStage(q);
}

QHash<qint64, qint64> PipelineRepository::dealCounts(qint64 pipelineId) const
{
    QHash<qint64, qint64> counts;
    Query q(db(),
            "SELECT s.id, (SELECT count(*) FROM deals WHERE deals.stage_id = s.id) FROM pipeline_stages s "
            "WHERE s.pipeline_id = ?",
            pipelineId);
    while (q.next())
        counts.insert(q.int64(0), q.int64(1));
    return counts;
}

QList<PipelineStage> PipelineRepository::defaultStages()
{
    struct Default
    {
        const char *name;
        double probability;
        DealOutcome outcome;
        int rotting;
    };
    static const Default defaults[] = {
        {QT_TRANSLATE_NOOP("PipelineRepository", "Qualified"), 0.10, DealOutcome::Open, 14},
        {QT_TRANSLATE_NOOP("PipelineRepository", "Demo"), 0.25, DealOutcome::Open, 14},
        {QT_TRANSLATE_NOOP("PipelineRepository", "Proposal"), 0.50, DealOutcome::Open, 21},
        {QT_TRANSLATE_NOOP("PipelineRepository", "Negotiation"), 0.75, DealOutcome::Open, 21},
        {QT_TRANSLATE_NOOP("PipelineRepository", "Won"), 1.0, DealOutcome::Won, 0},
        {QT_TRANSLATE_NOOP("PipelineRepository", "Lost"), 0.0, DealOutcome::Lost, 0},
    };
    QList<PipelineStage> stages;
    int position = 0;
    for (const Default &d : defaults) {
        PipelineStage s;
        s.name = tr(d.name);
        s.position = position++;
        s.probability = d.probability;
        s.outcome = d.outcome;
        s.rottingDays = d.rotting;
        stages << s;
    }
    return stages;
}

QString PipelineRepository::check(const Pipeline &pipeline) const
{
    const QString name = pipeline.name.trimmed();
    if (name.isEmpty())
        return tr("A pipeline needs a name.");
    for (const Pipeline &other : all()) {
        if (other.id != pipeline.id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is already a pipeline named \"%1\".").arg(name);
    }
    int open = 0, won = 0, lost = 0;
    QSet<QString> names;
    for (qsizetype i = 0; i < pipeline.stages.size(); ++i) {
        const PipelineStage &s = pipeline.stages.at(i);
        const QString stageName = s.name.trimmed();
        if (stageName.isEmpty())
            return tr("Stage %1 of \"%2\" has no name.").arg(i + 1).arg(name);
        if (names.contains(stageName.toLower()))
            return tr("\"%1\" has two stages named \"%2\".").arg(name, stageName);
        names.insert(stageName.toLower());
        if (!(s.probability >= 0.0 && s.probability <= 1.0))
            return tr("Stage \"%1\": the probability must be between 0 and 100%.").arg(stageName);
        if (s.rottingDays < 0 || s.rottingDays > 3650)
            return tr("Stage \"%1\": deals rot after 0 (never) to 3650 days.").arg(stageName);
        if (s.id != 0) {
            const auto stored = findStage(s.id);
            if (!stored || (pipeline.id != 0 && stored->pipelineId != pipeline.id))
                return tr("Stage \"%1\" does not belong to this pipeline.").arg(stageName);
        }
        open += s.outcome == DealOutcome::Open;
        won += s.outcome == DealOutcome::Won;
        lost += s.outcome == DealOutcome::Lost;
    }
    if (open == 0)
        return tr("\"%1\" needs at least one open stage.").arg(name);
    if (won != 1 || lost != 1)
        return tr("\"%1\" needs exactly one Won stage and one Lost stage.").arg(name);
    if (pipeline.id != 0) {
        // Deals in a stage that is removed, or in an open stage that becomes a closing one (or back),
        // would be left in a state that does not match their stage.
        const QHash<qint64, qint64> counts = dealCounts(pipeline.id);
        for (const PipelineStage &stored : stagesOf(pipeline.id)) {
            const qint64 deals = counts.value(stored.id);
            const auto it = std::find_if(pipeline.stages.cbegin(), pipeline.stages.cend(),
                                         [&](const PipelineStage &s) { return s.id == stored.id; });
            if (it == pipeline.stages.cend() && deals > 0)
                return tr("Stage \"%1\" holds %n deal(s): move them to another stage before deleting it.", nullptr,
                          int(deals))
                    .arg(stored.name);
            if (it != pipeline.stages.cend() && it->outcome != stored.outcome && deals > 0)
                return tr("Stage \"%1\" holds %n deal(s): its kind (open, won, lost) cannot change while it does.",
                          nullptr, int(deals))
                    .arg(stored.name);
        }
    }
    return QString();
}

qint64 PipelineRepository::create(const QString &name, QList<PipelineStage> stages)
{
    if (stages.isEmpty())
        stages = defaultStages();
    Pipeline p;
    p.name = name.trimmed();
    p.stages = stages;
    for (PipelineStage &s : p.stages)
        s.id = 0;
    const QString problem = check(p);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem, db().path());
    Transaction tx(db());
    const int position = Query(db(), "SELECT ifnull(max(position) + 1, 0) FROM pipelines").scalar().toInt();
    Query(db(), "INSERT INTO pipelines (name, position) VALUES (?, ?)", p.name, position).exec();
    const qint64 id = db().lastInsertId();
    int stagePosition = 0;
    for (const PipelineStage &s : std::as_const(p.stages)) {
        Query q(db(), "INSERT INTO pipeline_stages (pipeline_id, name, position, probability, outcome, rotting_days) "
                      "VALUES (?, ?, ?, ?, ?, ?)");
        q.bind(1, id).bind(2, s.name.trimmed()).bind(3, stagePosition++).bind(4, s.probability).bind(5, int(s.outcome));
        if (s.rottingDays > 0)
            q.bind(6, s.rottingDays);
        else
            q.bindNull(6);
        q.exec();
    }
    tx.commit();
    emit changed();
    return id;
}

void PipelineRepository::save(const Pipeline &pipeline)
{
    if (pipeline.id == 0) {
        create(pipeline.name, pipeline.stages);
        return;
    }
    Transaction tx(db());
    get(pipeline.id);
    const QString problem = check(pipeline);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem, db().path());
    Query(db(), "UPDATE pipelines SET name = ? WHERE id = ?", pipeline.name.trimmed(), pipeline.id).exec();
    QSet<qint64> kept;
    for (const PipelineStage &s : pipeline.stages) {
        if (s.id)
            kept.insert(s.id);
    }
    for (const PipelineStage &stored : stagesOf(pipeline.id)) {
        if (!kept.contains(stored.id))
            Query(db(), "DELETE FROM pipeline_stages WHERE id = ?", stored.id).exec();
    }
    int position = 0;
    for (const PipelineStage &s : pipeline.stages) {
        const QVariant rotting = s.rottingDays > 0 ? QVariant(s.rottingDays) : QVariant();
        if (s.id) {
            Query(db(),
                  "UPDATE pipeline_stages SET name = ?, position = ?, probability = ?, outcome = ?, rotting_days = ? "
                  "WHERE id = ?",
                  s.name.trimmed(), position++, s.probability, int(s.outcome), rotting, s.id)
                .exec();
        } else {
            Query(db(),
                  "INSERT INTO pipeline_stages (pipeline_id, name, position, probability, outcome, rotting_days) "
                  "VALUES (?, ?, ?, ?, ?, ?)",
                  pipeline.id, s.name.trimmed(), position++, s.probability, int(s.outcome), rotting)
                .exec();
        }
    }
    tx.commit();
    emit changed();
}

void PipelineRepository::remove(qint64 pipelineId)
{
    Transaction tx(db());
    const Pipeline p = get(pipelineId);
    const qint64 deals = Query(db(), "SELECT count(*) FROM deals WHERE pipeline_id = ?", pipelineId).scalar().toLongLong();
    if (deals > 0)
        throw StorageError(StorageError::Kind::Constraint,
                           tr("\"%1\" holds %n deal(s): move or delete them before deleting the pipeline.", nullptr,
                              int(deals))
                               .arg(p.name),
                           db().path());
    Query(db(), "DELETE FROM pipelines WHERE id = ?", pipelineId).exec();
    tx.commit();
    emit changed();
}

qint64 PipelineRepository::ensureDefault()
{
    const QList<Pipeline> pipelines = all();
    if (!pipelines.isEmpty())
        return pipelines.first().id;
    return create(tr("Sales"));
}
