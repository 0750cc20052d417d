#pragma once

#include "pipeline/LeadMoveGate.h"

// The lead board's gate: a lead dragged to SQL is qualified with the BANT dialog, as from the lead's
// "Qualify" button. Budget, authority, need and timing that satisfy the workspace's rule send it to SQL
// (and, when asked, create its deal, which makes it an Opportunity); otherwise it goes to Nurturing with
// the reason and a follow-up task. Every other move asks what ReasonMoveGate asks.
class BantMoveGate : public ReasonMoveGate
{
public:
    std::optional<Decision> decide(QWidget *parent, Workspace &workspace, const Lead &lead, Stage to) override;
};
