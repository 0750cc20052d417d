#pragma once

#include "leads/Activity.h"
#include "leads/Lead.h"
#include "leads/LeadMerge.h"
#include "storage/RowSnapshot.h"

#include <QList>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

class QUndoStack;
class QWidget;
class Workspace;

// Undoable edits of leads. Each command calls a core service; nothing here touches SQL.
// run() performs the edit once, outside the undo stack, so a refusal (invalid value, missing lead) is
// reported to the person and nothing is pushed; the stack's first redo() then does nothing.
class WorkspaceCommand : public QUndoCommand
{
public:
    explicit WorkspaceCommand(Workspace &workspace, const QString &text);

    // Performs the edit; on success pushes it on the stack, on failure shows the error and deletes it.
    static bool run(QUndoStack *stack, QWidget *parent, WorkspaceCommand *command);

    void redo() final;
    void undo() final;

    // Where undo/redo failures are reported (undo runs from a menu, not from a place that can catch).
    static void setErrorHandler(std::function<void(const QString &)> handler);

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Workspace &m_workspace;

private:
    void guard(void (WorkspaceCommand::*step)());
    bool m_applied = false;
};

class SetLeadFieldCommand : public WorkspaceCommand
{
public:
    SetLeadFieldCommand(Workspace &workspace, qint64 leadId, LeadField field, const QVariant &oldValue,
                        const QVariant &newValue);
    qint64 leadId() const { return m_leadId; }

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_leadId;
    LeadField m_field;
    QVariant m_old;
    QVariant m_new;
};

class CreateLeadCommand : public WorkspaceCommand
{
public:
    CreateLeadCommand(Workspace &workspace, const Lead &lead);
    qint64 leadId() const { return m_leadId; }

protected:
    void apply() override;
    void revert() override;

private:
    Lead m_lead;
    qint64 m_leadId = 0;
    RowSnapshot m_removed;
};

class DeleteLeadsCommand : public WorkspaceCommand
{
public:
    DeleteLeadsCommand(Workspace &workspace, const QList<qint64> &ids, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_ids;
    RowSnapshot m_snapshot;
};

class MergeLeadsCommand : public WorkspaceCommand
{
public:
    MergeLeadsCommand(Workspace &workspace, const MergePlan &plan);

protected:
    void apply() override;
    void revert() override;

private:
    MergePlan m_plan;
    RowSnapshot m_before;
};

class AddActivityCommand : public WorkspaceCommand
{
public:
    AddActivityCommand(Workspace &workspace, const Activity &activity);

protected:
    void apply() override;
    void revert() override;

private:
    Activity m_activity;
};

class RemoveActivityCommand : public WorkspaceCommand
{
public:
    RemoveActivityCommand(Workspace &workspace, const Activity &activity);

protected:
    void apply() override;
    void revert() override;

private:
    Activity m_activity;
};

class ChangeStageCommand : public WorkspaceCommand
{
public:
    ChangeStageCommand(Workspace &workspace, qint64 leadId, Stage from, Stage to, const QString &reason);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_leadId;
    Stage m_from;
    Stage m_to;
    QString m_reason;
    qint64 m_historyId = 0;
};
