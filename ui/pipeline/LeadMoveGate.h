#pragma once

#include "leads/Lead.h"

#include <QString>

#include <optional>

class QWidget;

// Asked before a lead moves to another stage on the lead board: where it really goes and why (the
// reason goes into the stage history), or nothing to cancel. The qualification feature replaces the
// default with a BANT check (LeadBoard::setMoveGate): all of budget, authority, need and timing
// satisfied sends the lead to SQL; otherwise the gate answers Nurturing.
class LeadMoveGate
{
public:
    struct Decision
    {
        Stage to = Stage::Lead;
        QString reason;
    };
    virtual ~LeadMoveGate() = default;
    virtual std::optional<Decision> decide(QWidget *parent, const Lead &lead, Stage to) = 0;
};

// Until then: moves that are a person's judgement (to SQL, Nurturing, Disqualified) ask for a reason;
// the others are recorded as moved on the board.
class ReasonMoveGate : public LeadMoveGate
{
public:
    std::optional<Decision> decide(QWidget *parent, const Lead &lead, Stage to) override;
    static bool needsReason(Stage to);
};
