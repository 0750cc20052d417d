#pragma once

#include "leads/LifecycleStage.h"

#include <QList>
#include <QString>

// The allowed moves of the lifecycle (DOMAIN.md "Lifecycle"). Forward through the funnel
// (Subscriber -> Lead -> MQL -> SQL -> Opportunity -> Customer) in any step size: scoring makes MQL,
// BANT makes SQL, a deal makes Opportunity, a won deal makes Customer. Any open stage can go to
// Nurturing ("not now", a lost deal) or Disqualified. Nurturing comes back into the funnel at Lead,
// MQL, SQL or Opportunity when the lead re-engages; a Disqualified lead can be re-opened as a Lead;
// a Customer who churns goes to Nurturing. Everything else, and any move back down the funnel or to
// Subscriber, is refused.
namespace StageMachine {

bool canMove(Stage from, Stage to);
// The stages a lead at `from` may move to, in funnel order.
QList<Stage> targets(Stage from);
// Why a move is refused, for the person (empty when it is allowed).
QString refusal(Stage from, Stage to);

} // namespace StageMachine
