#pragma once

#include "leads/LeadCommands.h"
#include "qualification/Qualification.h"
#include "tasks/Queue.h"
#include "tasks/TaskRepository.h"

// Undoable sales steps: a BANT qualification, a call logged from the queue, a task added or completed.
class QualifyCommand : public WorkspaceCommand
{
public:
    QualifyCommand(Workspace &workspace, qint64 leadId, const Qualification::Request &request);
    Qualification::Result result() const { return m_result; }

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_leadId;
    Qualification::Request m_request;
    Qualification::Result m_result;
};

class LogCallCommand : public WorkspaceCommand
{
public:
    LogCallCommand(Workspace &workspace, qint64 leadId, qint64 repId, Queue::CallOutcome outcome, const QString &note);
    Queue::Logged logged() const { return m_logged; }

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_leadId;
    qint64 m_repId;
    Queue::CallOutcome m_outcome;
    QString m_note;
    Queue::Logged m_logged;
};

class AddTaskCommand : public WorkspaceCommand
{
public:
    AddTaskCommand(Workspace &workspace, const Task &task);

protected:
    void apply() override;
    void revert() override;

private:
    Task m_task;
};

class CompleteTaskCommand : public WorkspaceCommand
{
public:
    CompleteTaskCommand(Workspace &workspace, qint64 taskId, const QString &outcome);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_taskId;
    QString m_outcome;
};
