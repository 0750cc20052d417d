#pragma once

#include "Deal.h"

#include <QObject>

#include <optional>

class Database;
class Workspace;

// Pipelines and their stages. A pipeline has at least one open stage, exactly one Won and one Lost
// stage, and stage names unique within it. A stage that holds deals cannot be deleted, nor a pipeline
// that holds deals: the deals move first.
class PipelineRepository : public QObject
{
    Q_OBJECT
public:
    explicit PipelineRepository(Workspace &workspace);

    QList<Pipeline> all() const; // by position, with their stages
    std::optional<Pipeline> find(qint64 id) const;
    Pipeline get(qint64 id) const; // throws StorageError when there is none
    std::optional<Pipeline> findByName(const QString &name) const;
    std::optional<PipelineStage> findStage(qint64 stageId) const;
    // Deals per stage of a pipeline (what deleting a stage would strand).
    QHash<qint64, qint64> dealCounts(qint64 pipelineId) const;

    // Qualified, Demo, Proposal, Negotiation, Won, Lost with their usual probabilities.
    static QList<PipelineStage> defaultStages();

    // Creates a pipeline (stages: the defaults when empty); returns its id.
    qint64 create(const QString &name, QList<PipelineStage> stages = {});
    // Saves a pipeline as given: its name, and its stages in that order (id 0: a new stage; a stored stage
    // missing from the list is deleted). Checked as a whole first; nothing is saved when anything is wrong.
    void save(const Pipeline &pipeline);
    void remove(qint64 pipelineId);
    // The first pipeline, created with the default stages when the workspace has none.
    qint64 ensureDefault();

    // The problem with a pipeline as given, or an empty string.
    QString check(const Pipeline &pipeline) const;

signals:
    void changed();

private:
    Database &db() const;
    QList<PipelineStage> stagesOf(qint64 pipelineId) const;

    Workspace &m_workspace;
};
