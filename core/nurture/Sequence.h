#pragma once

#include "leads/FieldCondition.h"
#include "leads/LifecycleStage.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Nurture {

// A nurture sequence is a flow of steps (DOMAIN.md "Nurturing"): send an e-mail, wait, test a condition
// (yes and no branches), or act on the lead. Steps point to the step that follows by id; 0 ends the
// sequence. Ids are stable: enrolments, the send log and the statistics refer to them.
enum class StepType : int { Email = 0, Wait = 1, Condition = 2, Action = 3 };
enum class WaitUnit : int { Hours = 0, Days = 1, BusinessDays = 2 };
enum class ConditionKind : int { Opened = 0, Clicked = 1, Replied = 2, ScoreAtLeast = 3, StageIs = 4, FieldValue = 5 };
enum class ActionKind : int { AddPoints = 0, SetStage = 1, AssignRep = 2, CreateTask = 3, NotifyOwner = 4 };
enum class SequenceStatus : int { Draft = 0, Active = 1, Paused = 2 };

struct Step
{
    int id = 0;
    StepType type = StepType::Email;
    QString label; // optional; describe() names the step when empty
    int next = 0;  // Email, Wait, Action
    int yes = 0;   // Condition
    int no = 0;

    qint64 templateId = 0; // Email

    int amount = 1; // Wait
    WaitUnit unit = WaitUnit::Days;

    ConditionKind condition = ConditionKind::Opened;
    int score = 50;            // ScoreAtLeast
    Stage stage = Stage::MQL;  // StageIs, SetStage
    FieldCondition field;      // FieldValue

    ActionKind action = ActionKind::AddPoints;
    int points = 10;           // AddPoints
    qint64 repId = 0;          // AssignRep: that rep; 0: by the routing rules
    TaskType taskType = TaskType::Call; // CreateTask
    QString text;              // CreateTask: the title; NotifyOwner: the message
    int dueDays = 1;           // CreateTask

    QList<int> successors() const; // the steps this one can go to (0 excluded)
    bool operator==(const Step &other) const = default;
};

// When a lead leaves a sequence before its end (checked before every step and every e-mail).
struct ExitRules
{
    bool replied = true;      // replied to an e-mail since it was enrolled
    bool converted = true;    // became SQL, an opportunity or a customer
    bool unsubscribed = true;
    bool bounced = true;      // its address bounced
    bool disqualified = true;
    bool operator==(const ExitRules &other) const = default;
};

struct Sequence
{
    Q_DECLARE_TR_FUNCTIONS(Nurture::Sequence)
public:
    qint64 id = 0;
    QString name;
    QString description;
    SequenceStatus status = SequenceStatus::Draft;
    QList<Step> steps;
    int entry = 0;            // the first step
    ExitRules exits;
    qint64 autoSegmentId = 0; // leads entering this segment are enrolled at every run (0: none)
    bool bantDefault = false; // leads that BANT sends to Nurturing are enrolled here unless told otherwise
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    const Step *step(int id) const;
    Step *step(int id);
    int nextStepId() const;
    // Removes a step; whatever pointed to it now points to what followed it (its "next", or for a
    // condition its "yes" branch).
    void removeStep(int id);

    // The flow (steps, entry, exits) as stored; fromFlowJson reports the first problem in *error.
    QJsonObject flowJson() const;
    static bool readFlow(const QJsonObject &json, Sequence &into, QString *error);
    // The whole sequence, for files (CLI); templates by name.
    QJsonObject toJson(const std::function<QString(qint64)> &templateName) const;
    static std::optional<Sequence> fromJson(const QJsonObject &json, const std::function<qint64(const QString &)> &templateId,
                                            QString *error);

    bool operator==(const Sequence &other) const = default;
};

// A problem that keeps a sequence from running, on a step (0: the sequence as a whole).
struct Problem
{
    int stepId = 0;
    QString message;
};

namespace Sequences {
QString typeKey(StepType type);
std::optional<StepType> typeFromKey(const QString &key);
QString typeName(StepType type);
QString unitKey(WaitUnit unit);
QString unitName(WaitUnit unit, int amount);
QString conditionKey(ConditionKind kind);
QString conditionName(ConditionKind kind);
QString actionKey(ActionKind kind);
QString actionName(ActionKind kind);
QString statusKey(SequenceStatus status);
std::optional<SequenceStatus> statusFromKey(const QString &key);
QString statusName(SequenceStatus status);

// One line that says what the step does ("Wait 2 business days", "Opened the last e-mail?").
QString describe(const Step &step, const std::function<QString(qint64)> &templateName = {},
                 const std::function<QString(qint64)> &repName = {});

// What keeps the sequence from running: no dead end (every step reachable from the first one, every
// reference to an existing step, no wait or condition that leads nowhere), no loop without a wait,
// every e-mail step with a template (templateExists), sound parameters. Empty: it can run.
QList<Problem> validate(const Sequence &sequence, const std::function<bool(qint64)> &templateExists,
                        const std::function<bool(qint64)> &repExists = {});
} // namespace Sequences

} // namespace Nurture
