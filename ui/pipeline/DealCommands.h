#pragma once

#include "leads/LeadCommands.h"
#include "pipeline/Deal.h"

// Undoable deal edits. Each command calls DealRepository; lifecycle changes of the lead that the deal
// change caused are undone with it.
class CreateDealCommand : public WorkspaceCommand
{
public:
    CreateDealCommand(Workspace &workspace, const Deal &deal, const DealPlacement &placement);
    qint64 dealId() const { return m_dealId; }

protected:
    void apply() override;
    void revert() override;

private:
    Deal m_deal;
    DealPlacement m_placement;
    qint64 m_dealId = 0;
    LeadStageEffect m_lead;
    RowSnapshot m_removed;
};

class UpdateDealCommand : public WorkspaceCommand
{
public:
    UpdateDealCommand(Workspace &workspace, const Deal &before, const Deal &after);

protected:
    void apply() override;
    void revert() override;

private:
    Deal m_before;
    Deal m_after;
    LeadStageEffect m_lead;
};

class MoveDealCommand : public WorkspaceCommand
{
public:
    MoveDealCommand(Workspace &workspace, qint64 dealId, const QString &title, const PipelineStage &to,
                    const DealPlacement &placement, const std::optional<CloseDetails> &close);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_dealId;
    qint64 m_stageId;
    DealPlacement m_placement;
    std::optional<CloseDetails> m_close;
    DealMove m_move;
};

class DeleteDealsCommand : public WorkspaceCommand
{
public:
    DeleteDealsCommand(Workspace &workspace, const QList<qint64> &ids, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_ids;
    RowSnapshot m_snapshot;
};
