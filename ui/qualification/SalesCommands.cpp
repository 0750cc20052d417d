#include "SalesCommands.h"

#include "leads/LeadRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

QualifyCommand::QualifyCommand(Workspace &workspace, qint64 leadId, const Qualification::Request &request)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SalesCommands", "Qualify (BANT)"))
    , m_leadId(leadId)
    , m_request(request)
{
}

void QualifyCommand::apply()
{
    m_result = Qualification(m_workspace).qualify(m_leadId, m_request);
}

void QualifyCommand::revert()
{
    Qualification(m_workspace).undo(m_result);
    m_workspace.leads().announceChanged({m_leadId});
}

LogCallCommand::LogCallCommand(Workspace &workspace, qint64 leadId, qint64 repId, Queue::CallOutcome outcome,
                               const QString &note)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SalesCommands", "Log call: %1").arg(Queue::outcomeName(outcome)))
    , m_leadId(leadId)
    , m_repId(repId)
    , m_outcome(outcome)
    , m_note(note)
{
}

void LogCallCommand::apply()
{
    m_logged = Queue(m_workspace).logCall(m_leadId, m_repId, m_outcome, m_note);
}

void LogCallCommand::revert()
{
    Queue(m_workspace).undo(m_logged);
}

AddTaskCommand::AddTaskCommand(Workspace &workspace, const Task &task)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SalesCommands", "Add task"))
    , m_task(task)
{
}

void AddTaskCommand::apply()
{
    if (m_task.id == 0) {
        m_task.id = m_workspace.tasks().add(m_task);
        m_task = *m_workspace.tasks().find(m_task.id);
    } else {
        m_workspace.tasks().restore(m_task);
    }
}

void AddTaskCommand::revert()
{
    m_workspace.tasks().remove(m_task.id);
}

CompleteTaskCommand::CompleteTaskCommand(Workspace &workspace, qint64 taskId, const QString &outcome)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SalesCommands", "Complete task"))
    , m_taskId(taskId)
    , m_outcome(outcome)
{
}

void CompleteTaskCommand::apply()
{
    m_workspace.tasks().complete(m_taskId, m_outcome);
}

void CompleteTaskCommand::revert()
{
    m_workspace.tasks().reopen(m_taskId);
}
