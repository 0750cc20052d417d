#include "StageMachine.h"

#include <QCoreApplication>

namespace StageMachine {

namespace {
bool inFunnel(Stage s)
{
    return int(s) >= int(Stage::Subscriber) && int(s) <= int(Stage::Customer);
}
} // namespace

bool canMove(Stage from, Stage to)
{
    if (from == to)
        return false;
    switch (from) {
    case Stage::Subscriber:
    case Stage::Lead:
    case Stage::MQL:
    case Stage::SQL:
    case Stage::Opportunity:
        return (inFunnel(to) && int(to) > int(from)) || to == Stage::Nurturing || to == Stage::Disqualified;
    case Stage::Customer:
        return to == Stage::Nurturing;
    case Stage::Nurturing:
        return to == Stage::Lead || to == Stage::MQL || to == Stage::SQL || to == Stage::Opportunity
            || to == Stage::Disqualified;
    case Stage::Disqualified:
        return to == Stage::Lead;
    }
    return false;
}

QList<Stage> targets(Stage from)
{
    QList<Stage> list;
    for (Stage s : Lifecycle::allStages()) {
        if (canMove(from, s))
            list << s;
    }
    return list;
}

QString refusal(Stage from, Stage to)
{
    if (canMove(from, to))
        return QString();
    if (from == to)
        return QCoreApplication::translate("StageMachine", "The lead is already at %1.").arg(Lifecycle::displayName(to));
    QStringList allowed;
    for (Stage s : targets(from))
        allowed << Lifecycle::displayName(s);
    return QCoreApplication::translate("StageMachine", "A lead cannot move from %1 to %2; from %1 it can move to %3.")
        .arg(Lifecycle::displayName(from), Lifecycle::displayName(to),
             allowed.isEmpty() ? QCoreApplication::translate("StageMachine", "no other stage")
                               : allowed.join(QStringLiteral(", ")));
}

} // namespace StageMachine
