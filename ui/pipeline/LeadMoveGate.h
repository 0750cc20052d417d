#pragma once

#include "leads/Lead.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;
class Workspace;
class WorkspaceCommand;

// Asked before a lead moves to another stage on the lead board: where it really goes and why (the
// reason goes into the stage history), or nothing to cancel. A gate that does more than change the stage
// (BantMoveGate records the qualification, a follow-up task or a deal) hands the board the command to
// run instead of the plain stage change.
class LeadMoveGate
{
public:
    struct Decision
    {
        Stage to = Stage::Lead;
        QString reason;
        std::function<WorkspaceCommand *()> command; // when set, run (undoably) instead of a stage change
    };
    virtual ~LeadMoveGate() = default;
    virtual std::optional<Decision> decide(QWidget *parent, Workspace &workspace, const Lead &lead, Stage to) = 0;
};

// Moves that are a person's judgement (to SQL, Nurturing, Disqualified) ask for a reason; the others
// are recorded as moved on the board.
class ReasonMoveGate : public LeadMoveGate
{
public:
    std::optional<Decision> decide(QWidget *parent, Workspace &workspace, const Lead &lead, Stage to) override;
    static bool needsReason(Stage to);
};
