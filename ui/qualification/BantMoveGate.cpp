#include "BantMoveGate.h"

#include "BantDialog.h"
#include "SalesCommands.h"

std::optional<LeadMoveGate::Decision> BantMoveGate::decide(QWidget *parent, Workspace &workspace, const Lead &lead, Stage to)
{
    if (to != Stage::SQL)
        return ReasonMoveGate::decide(parent, workspace, lead, to);
    BantDialog dialog(workspace, lead.id, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Qualification::Request request = dialog.request();
    Decision decision;
    decision.to = dialog.qualifies() ? Stage::SQL : Stage::Nurturing;
    decision.reason = request.reason;
    decision.command = [&workspace, id = lead.id, request] { return new QualifyCommand(workspace, id, request); };
    return decision;
}
