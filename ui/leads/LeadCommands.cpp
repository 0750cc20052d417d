#include "LeadCommands.h"

#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {
std::function<void(const QString &)> &errorHandler()
{
    static std::function<void(const QString &)> handler;
    return handler;
}
} // namespace

WorkspaceCommand::WorkspaceCommand(Workspace &workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{
}

void WorkspaceCommand::setErrorHandler(std::function<void(const QString &)> handler)
{
    errorHandler() = std::move(handler);
}

bool WorkspaceCommand::run(QUndoStack *stack, QWidget *parent, WorkspaceCommand *command)
{
    const bool ok = guarded(parent, command->text(), [&] { command->apply(); });
    if (!ok) {
        delete command;
        return false;
    }
    command->m_applied = true;
    stack->push(command);
    return true;
}

void WorkspaceCommand::guard(void (WorkspaceCommand::*step)())
{
    try {
        (this->*step)();
    } catch (const StorageError &e) {
        // The workspace changed underneath (the lead was deleted elsewhere, the file became read-only):
        // this step cannot be replayed, so it leaves the stack.
        setObsolete(true);
        if (errorHandler())
            errorHandler()(e.message());
    }
}

void WorkspaceCommand::redo()
{
    if (m_applied) {
        m_applied = false; // run() already did it
        return;
    }
    guard(&WorkspaceCommand::apply);
}

void WorkspaceCommand::undo()
{
    guard(&WorkspaceCommand::revert);
}

SetLeadFieldCommand::SetLeadFieldCommand(Workspace &workspace, qint64 leadId, LeadField field, const QVariant &oldValue,
                                         const QVariant &newValue)
    : WorkspaceCommand(workspace, QCoreApplication::translate("LeadCommands", "Change %1").arg(LeadFields::label(field)))
    , m_leadId(leadId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
}

void SetLeadFieldCommand::apply()
{
    m_workspace.leads().setField(m_leadId, m_field, m_new);
}

void SetLeadFieldCommand::revert()
{
    m_workspace.leads().setField(m_leadId, m_field, m_old);
}

CreateLeadCommand::CreateLeadCommand(Workspace &workspace, const Lead &lead)
    : WorkspaceCommand(workspace, QCoreApplication::translate("LeadCommands", "New lead"))
    , m_lead(lead)
{
}

void CreateLeadCommand::apply()
{
    if (m_leadId == 0)
        m_leadId = m_workspace.leads().create(m_lead);
    else
        m_workspace.leads().restore(m_removed); // the same lead again, with the same id
}

void CreateLeadCommand::revert()
{
    m_removed = m_workspace.leads().remove({m_leadId});
}

DeleteLeadsCommand::DeleteLeadsCommand(Workspace &workspace, const QList<qint64> &ids, const QString &text)
    : WorkspaceCommand(workspace, text)
    , m_ids(ids)
{
}

void DeleteLeadsCommand::apply()
{
    m_snapshot = m_workspace.leads().remove(m_ids);
}

void DeleteLeadsCommand::revert()
{
    m_workspace.leads().restore(m_snapshot);
}

MergeLeadsCommand::MergeLeadsCommand(Workspace &workspace, const MergePlan &plan)
    : WorkspaceCommand(workspace, QCoreApplication::translate("LeadCommands", "Merge leads"))
    , m_plan(plan)
{
}

void MergeLeadsCommand::apply()
{
    m_before = m_workspace.leads().merge(m_plan);
}

void MergeLeadsCommand::revert()
{
    m_workspace.leads().unmerge(m_plan, m_before);
}

AddActivityCommand::AddActivityCommand(Workspace &workspace, const Activity &activity)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("LeadCommands", "Add %1").arg(ActivityTypes::displayName(activity.type)))
    , m_activity(activity)
{
}

void AddActivityCommand::apply()
{
    if (m_activity.id == 0) {
        m_activity.id = m_workspace.leads().addActivity(m_activity);
        if (const auto stored = m_workspace.leads().findActivity(m_activity.id))
            m_activity = *stored;
    } else {
        m_workspace.leads().restoreActivity(m_activity);
    }
}

void AddActivityCommand::revert()
{
    m_workspace.leads().removeActivity(m_activity.id);
}

RemoveActivityCommand::RemoveActivityCommand(Workspace &workspace, const Activity &activity)
    : WorkspaceCommand(workspace, QCoreApplication::translate("LeadCommands", "Delete %1")
                                      .arg(ActivityTypes::displayName(activity.type)))
    , m_activity(activity)
{
}

void RemoveActivityCommand::apply()
{
    m_workspace.leads().removeActivity(m_activity.id);
}

void RemoveActivityCommand::revert()
{
    m_workspace.leads().restoreActivity(m_activity);
}

ChangeStageCommand::ChangeStageCommand(Workspace &workspace, qint64 leadId, Stage from, Stage to, const QString &reason)
    : WorkspaceCommand(workspace, QCoreApplication::translate("LeadCommands", "Move to %1").arg(Lifecycle::displayName(to)))
    , m_leadId(leadId)
    , m_from(from)
    , m_to(to)
    , m_reason(reason)
{
}

void ChangeStageCommand::apply()
{
    m_historyId = m_workspace.leads().changeStage(m_leadId, m_to, m_reason);
}

void ChangeStageCommand::revert()
{
    if (m_historyId)
        m_workspace.leads().revertStage(m_leadId, m_historyId, m_from);
}
