#include "DealCommands.h"

#include "pipeline/DealRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

CreateDealCommand::CreateDealCommand(Workspace &workspace, const Deal &deal, const DealPlacement &placement)
    : WorkspaceCommand(workspace, QCoreApplication::translate("DealCommands", "New deal"))
    , m_deal(deal)
    , m_placement(placement)
{
}

void CreateDealCommand::apply()
{
    if (m_dealId == 0) {
        const DealRepository::Created created = m_workspace.deals().create(m_deal, m_placement);
        m_dealId = created.id;
        m_lead = created.lead;
    } else {
        m_workspace.deals().restore(m_removed); // the same deal again, with its id
        m_lead = m_workspace.deals().reapplyLead(m_lead);
    }
}

void CreateDealCommand::revert()
{
    m_removed = m_workspace.deals().remove({m_dealId});
    m_workspace.deals().revertLead(m_lead);
}

UpdateDealCommand::UpdateDealCommand(Workspace &workspace, const Deal &before, const Deal &after)
    : WorkspaceCommand(workspace, QCoreApplication::translate("DealCommands", "Edit deal"))
    , m_before(before)
    , m_after(after)
{
}

void UpdateDealCommand::apply()
{
    m_lead = m_workspace.deals().update(m_after);
}

void UpdateDealCommand::revert()
{
    m_workspace.deals().update(m_before, false);
    m_workspace.deals().revertLead(m_lead);
}

MoveDealCommand::MoveDealCommand(Workspace &workspace, qint64 dealId, const QString &title, const PipelineStage &to,
                                 const DealPlacement &placement, const std::optional<CloseDetails> &close)
    : WorkspaceCommand(workspace, QCoreApplication::translate("DealCommands", "Move %1 to %2").arg(title, to.name))
    , m_dealId(dealId)
    , m_stageId(to.id)
    , m_placement(placement)
    , m_close(close)
{
}

void MoveDealCommand::apply()
{
    m_move = m_workspace.deals().move(m_dealId, m_stageId, m_placement, m_close);
}

void MoveDealCommand::revert()
{
    m_workspace.deals().revertMove(m_move);
}

DeleteDealsCommand::DeleteDealsCommand(Workspace &workspace, const QList<qint64> &ids, const QString &text)
    : WorkspaceCommand(workspace, text)
    , m_ids(ids)
{
}

void DeleteDealsCommand::apply()
{
    m_snapshot = m_workspace.deals().remove(m_ids);
}

void DeleteDealsCommand::revert()
{
    m_workspace.deals().restore(m_snapshot);
}
