#pragma once

#include "TaskRepository.h"

#include "leads/LifecycleStage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// A rep's leads in the order to work them: overdue follow-ups first (oldest first), then hot leads by
// score, then new assignments not yet touched. One call outcome logs the call and plans what comes next.
class Queue
{
    Q_DECLARE_TR_FUNCTIONS(Queue)
public:
    struct Item
    {
        enum class Kind { Overdue, Hot, New };
        Kind kind = Kind::Hot;
        qint64 leadId = 0;
        qint64 taskId = 0; // the overdue task
        QString title;     // the task's title, or why the lead is here
        QString leadName;
        QString company;
        int score = 0;
        Stage stage = Stage::Lead;
        qint64 when = 0;   // due time, or time of assignment
    };

    enum class CallOutcome { Connected, NoAnswer, Voicemail, NotNow, WrongContact };

    // What logCall() did, so that it can be undone.
    struct Logged
    {
        qint64 leadId = 0;
        qint64 activityId = 0;
        qint64 completedTaskId = 0;
        qint64 nextTaskId = 0;
        qint64 nextDue = 0;
        qint64 stageHistoryId = 0;
        Stage previousStage = Stage::Lead;
    };

    explicit Queue(Workspace &workspace);

    QList<Item> forRep(qint64 repId, qint64 now = 0, int limit = 100) const;
    Logged logCall(qint64 leadId, qint64 repId, CallOutcome outcome, const QString &note = QString(), qint64 now = 0);
    void undo(const Logged &logged);

    static QString outcomeName(CallOutcome outcome);
    static QList<CallOutcome> outcomes();
    // Days until the next follow-up after an outcome (none after a wrong contact).
    std::optional<int> followUpDays(CallOutcome outcome) const;
    int notNowDays() const;          // "not now": when to try again (workspace setting, default 90)
    void setNotNowDays(int days);
    // 9:00 on the day `days` working days after `now` (Saturdays and Sundays skipped).
    static qint64 followUpTime(qint64 now, int days);

private:
    Workspace &m_workspace;
};
