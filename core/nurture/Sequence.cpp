#include "Sequence.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Nurture {

namespace {

template<typename E>
struct Key
{
    E value;
    const char *key;
};

const Key<StepType> typeKeys[] = {
    {StepType::Email, "email"}, {StepType::Wait, "wait"}, {StepType::Condition, "condition"}, {StepType::Action, "action"}};
const Key<WaitUnit> unitKeys[] = {{WaitUnit::Hours, "hours"}, {WaitUnit::Days, "days"}, {WaitUnit::BusinessDays, "business_days"}};
const Key<ConditionKind> conditionKeys[] = {{ConditionKind::Opened, "opened"},        {ConditionKind::Clicked, "clicked"},
                                            {ConditionKind::Replied, "replied"},      {ConditionKind::ScoreAtLeast, "score_at_least"},
                                            {ConditionKind::StageIs, "stage_is"},     {ConditionKind::FieldValue, "field_value"}};
const Key<ActionKind> actionKeys[] = {{ActionKind::AddPoints, "add_points"}, {ActionKind::SetStage, "set_stage"},
                                      {ActionKind::AssignRep, "assign_rep"}, {ActionKind::CreateTask, "create_task"},
                                      {ActionKind::NotifyOwner, "notify_owner"}};
const Key<SequenceStatus> statusKeys[] = {
    {SequenceStatus::Draft, "draft"}, {SequenceStatus::Active, "active"}, {SequenceStatus::Paused, "paused"}};
const Key<TaskType> taskKeys[] = {
    {TaskType::Call, "call"}, {TaskType::Email, "email"}, {TaskType::Meeting, "meeting"}, {TaskType::Todo, "todo"}};

template<typename E, size_t N>
QString keyOf(const Key<E> (&table)[N], E value)
{
    for (const auto &k : table) {
        if (k.value == value)
            return QString::fromLatin1(k.key);
    }
    return QString();
}

template<typename E, size_t N>
std::optional<E> fromKeyOf(const Key<E> (&table)[N], const QString &key)
{
    for (const auto &k : table) {
        if (key.compare(QLatin1StringView(k.key), Qt::CaseInsensitive) == 0)
            return k.value;
    }
    return std::nullopt;
}

// lupdate files a free tr() under the namespace it is called in: "Nurture" here, "Nurture::Sequences"
// below; the translations are looked up under the same names.
QString tr(const char *text)
{
    return QCoreApplication::translate("Nurture", text);
}

QJsonObject stepJson(const Step &s)
{
    QJsonObject o{{u"id"_s, s.id}, {u"type"_s, Sequences::typeKey(s.type)}};
    if (!s.label.isEmpty())
        o[u"label"_s] = s.label;
    switch (s.type) {
    case StepType::Email:
        o[u"template"_s] = double(s.templateId);
        o[u"next"_s] = s.next;
        break;
    case StepType::Wait:
        o[u"amount"_s] = s.amount;
        o[u"unit"_s] = Sequences::unitKey(s.unit);
        o[u"next"_s] = s.next;
        break;
    case StepType::Condition:
        o[u"condition"_s] = Sequences::conditionKey(s.condition);
        if (s.condition == ConditionKind::ScoreAtLeast)
            o[u"score"_s] = s.score;
        if (s.condition == ConditionKind::StageIs)
            o[u"stage"_s] = Lifecycle::key(s.stage);
        if (s.condition == ConditionKind::FieldValue)
            o[u"field"_s] = s.field.toJson();
        o[u"yes"_s] = s.yes;
        o[u"no"_s] = s.no;
        break;
    case StepType::Action:
        o[u"action"_s] = Sequences::actionKey(s.action);
        switch (s.action) {
        case ActionKind::AddPoints: o[u"points"_s] = s.points; break;
        case ActionKind::SetStage: o[u"stage"_s] = Lifecycle::key(s.stage); break;
        case ActionKind::AssignRep: o[u"rep"_s] = double(s.repId); break;
        case ActionKind::CreateTask:
            o[u"task_type"_s] = keyOf(taskKeys, s.taskType);
            o[u"text"_s] = s.text;
            o[u"due_days"_s] = s.dueDays;
            break;
        case ActionKind::NotifyOwner: o[u"text"_s] = s.text; break;
        }
        o[u"next"_s] = s.next;
        break;
    }
    return o;
}

bool readStep(const QJsonObject &o, Step &s, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = tr("step %1: %2").arg(o.value(u"id"_s).toInt()).arg(what);
        return false;
    };
    s.id = o.value(u"id"_s).toInt();
    if (s.id <= 0)
        return fail(tr("the step needs a positive \"id\""));
    const auto type = Sequences::typeFromKey(o.value(u"type"_s).toString());
    if (!type)
        return fail(tr("unknown type \"%1\" (email, wait, condition, action)").arg(o.value(u"type"_s).toString()));
    s.type = *type;
    s.label = o.value(u"label"_s).toString();
    s.next = o.value(u"next"_s).toInt();
    s.yes = o.value(u"yes"_s).toInt();
    s.no = o.value(u"no"_s).toInt();
    switch (s.type) {
    case StepType::Email:
        s.templateId = qint64(o.value(u"template"_s).toDouble());
        break;
    case StepType::Wait: {
        s.amount = o.value(u"amount"_s).toInt(1);
        const auto unit = fromKeyOf(unitKeys, o.value(u"unit"_s).toString(u"days"_s));
        if (!unit)
            return fail(tr("unknown unit \"%1\" (hours, days, business_days)").arg(o.value(u"unit"_s).toString()));
        s.unit = *unit;
        break;
    }
    case StepType::Condition: {
        const auto c = fromKeyOf(conditionKeys, o.value(u"condition"_s).toString());
        if (!c)
            return fail(tr("unknown condition \"%1\"").arg(o.value(u"condition"_s).toString()));
        s.condition = *c;
        s.score = o.value(u"score"_s).toInt(50);
        if (o.contains(u"stage"_s)) {
            const auto stage = Lifecycle::fromKey(o.value(u"stage"_s).toString());
            if (!stage)
                return fail(tr("unknown stage \"%1\"").arg(o.value(u"stage"_s).toString()));
            s.stage = *stage;
        }
        if (s.condition == ConditionKind::FieldValue) {
            QString e;
            s.field = FieldCondition::fromJson(o.value(u"field"_s).toObject(), &e);
            if (!e.isEmpty())
                return fail(e);
        }
        break;
    }
    case StepType::Action: {
        const auto a = fromKeyOf(actionKeys, o.value(u"action"_s).toString());
        if (!a)
            return fail(tr("unknown action \"%1\"").arg(o.value(u"action"_s).toString()));
        s.action = *a;
        s.points = o.value(u"points"_s).toInt(10);
        if (o.contains(u"stage"_s)) {
            const auto stage = Lifecycle::fromKey(o.value(u"stage"_s).toString());
            if (!stage)
                return fail(tr("unknown stage \"%1\"").arg(o.value(u"stage"_s).toString()));
            s.stage = *stage;
        }
        s.repId = qint64(o.value(u"rep"_s).toDouble());
        if (o.contains(u"task_type"_s)) {
            const auto t = fromKeyOf(taskKeys, o.value(u"task_type"_s).toString());
            if (!t)
                return fail(tr("unknown task type \"%1\" (call, email, meeting, todo)").arg(o.value(u"task_type"_s).toString()));
            s.taskType = *t;
        }
        s.text = o.value(u"text"_s).toString();
        s.dueDays = o.value(u"due_days"_s).toInt(1);
        break;
    }
    }
    return true;
}

} // namespace

QList<int> Step::successors() const
{
    QList<int> list;
    if (type == StepType::Condition) {
        if (yes)
            list << yes;
        if (no && no != yes)
            list << no;
    } else if (next) {
        list << next;
    }
    return list;
}

const Step *Sequence::step(int id) const
{
    for (const Step &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Step *Sequence::step(int id)
{
    for (Step &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

int Sequence::nextStepId() const
{
    int max = 0;
    for (const Step &s : steps)
        max = std::max(max, s.id);
    return max + 1;
}

void Sequence::removeStep(int id)
{
    const Step *gone = step(id);
    if (!gone)
        return;
    const int follow = gone->type == StepType::Condition ? gone->yes : gone->next;
    const int replacement = follow == id ? 0 : follow;
    steps.removeIf([id](const Step &s) { return s.id == id; });
    for (Step &s : steps) {
        if (s.next == id)
            s.next = replacement;
        if (s.yes == id)
            s.yes = replacement;
        if (s.no == id)
            s.no = replacement;
    }
    if (entry == id)
        entry = replacement ? replacement : (steps.isEmpty() ? 0 : steps.first().id);
}

QJsonObject Sequence::flowJson() const
{
    QJsonArray list;
    for (const Step &s : steps)
        list << stepJson(s);
    return QJsonObject{{u"entry"_s, entry},
                       {u"steps"_s, list},
                       {u"exits"_s, QJsonObject{{u"replied"_s, exits.replied},
                                                {u"converted"_s, exits.converted},
                                                {u"unsubscribed"_s, exits.unsubscribed},
                                                {u"bounced"_s, exits.bounced},
                                                {u"disqualified"_s, exits.disqualified}}}};
}

bool Sequence::readFlow(const QJsonObject &json, Sequence &into, QString *error)
{
    QList<Step> steps;
    QSet<int> ids;
    for (const QJsonValue &v : json.value(u"steps"_s).toArray()) {
        Step s;
        if (!readStep(v.toObject(), s, error))
            return false;
        if (ids.contains(s.id)) {
            if (error)
                *error = tr("step %1: two steps have this id").arg(s.id);
            return false;
        }
        ids.insert(s.id);
        steps << s;
    }
    into.steps = steps;
    into.entry = json.value(u"entry"_s).toInt(steps.isEmpty() ? 0 : steps.first().id);
    const QJsonObject e = json.value(u"exits"_s).toObject();
    into.exits.replied = e.value(u"replied"_s).toBool(true);
    into.exits.converted = e.value(u"converted"_s).toBool(true);
    into.exits.unsubscribed = e.value(u"unsubscribed"_s).toBool(true);
    into.exits.bounced = e.value(u"bounced"_s).toBool(true);
    into.exits.disqualified = e.value(u"disqualified"_s).toBool(true);
    return true;
}

QJsonObject Sequence::toJson(const std::function<QString(qint64)> &templateName) const
{
    QJsonObject flow = flowJson();
    QJsonArray steps;
    for (const QJsonValue &v : flow.value(u"steps"_s).toArray()) {
        QJsonObject o = v.toObject();
        if (o.contains(u"template"_s)) {
            const qint64 id = qint64(o.value(u"template"_s).toDouble());
            o[u"template"_s] = id && templateName ? templateName(id) : QString();
        }
        steps << o;
    }
    flow[u"steps"_s] = steps;
    flow[u"name"_s] = name;
    flow[u"description"_s] = description;
    flow[u"status"_s] = Sequences::statusKey(status);
    flow[u"bant_default"_s] = bantDefault;
    return flow;
}

std::optional<Sequence> Sequence::fromJson(const QJsonObject &json, const std::function<qint64(const QString &)> &templateId,
                                           QString *error)
{
    Sequence s;
    s.name = json.value(u"name"_s).toString().trimmed();
    s.description = json.value(u"description"_s).toString();
    if (json.contains(u"status"_s)) {
        const auto status = Sequences::statusFromKey(json.value(u"status"_s).toString());
        if (!status) {
            if (error)
                *error = tr("unknown status \"%1\" (draft, active, paused)").arg(json.value(u"status"_s).toString());
            return std::nullopt;
        }
        s.status = *status;
    }
    s.bantDefault = json.value(u"bant_default"_s).toBool();
    QJsonObject flow = json;
    QJsonArray steps;
    for (const QJsonValue &v : json.value(u"steps"_s).toArray()) {
        QJsonObject o = v.toObject();
        if (o.value(u"template"_s).isString()) {
            const QString name = o.value(u"template"_s).toString();
            const qint64 id = name.isEmpty() ? 0 : templateId(name);
            if (!name.isEmpty() && !id) {
                if (error)
                    *error = tr("step %1: there is no template named \"%2\"").arg(o.value(u"id"_s).toInt()).arg(name);
                return std::nullopt;
            }
            o[u"template"_s] = double(id);
        }
        steps << o;
    }
    flow[u"steps"_s] = steps;
    if (!readFlow(flow, s, error))
        return std::nullopt;
    return s;
}

namespace Sequences {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Nurture::Sequences", text);
}
} // namespace

QString typeKey(StepType type) { return keyOf(typeKeys, type); }
std::optional<StepType> typeFromKey(const QString &key) { return fromKeyOf(typeKeys, key); }
QString unitKey(WaitUnit unit) { return keyOf(unitKeys, unit); }
QString conditionKey(ConditionKind kind) { return keyOf(conditionKeys, kind); }
QString actionKey(ActionKind kind) { return keyOf(actionKeys, kind); }
QString statusKey(SequenceStatus status) { return keyOf(statusKeys, status); }
std::optional<SequenceStatus> statusFromKey(const QString &key) { return fromKeyOf(statusKeys, key); }

QString typeName(StepType type)
{
    switch (type) {
    case StepType::Email: return tr("Send e-mail");
    case StepType::Wait: return tr("Wait");
    case StepType::Condition: return tr("Condition");
    case StepType::Action: return tr("Action");
    }
    return QString();
}

QString unitName(WaitUnit unit, int amount)
{
    switch (unit) {
    case WaitUnit::Hours: return QCoreApplication::translate("Nurture::Sequence", "%n hour(s)", nullptr, amount);
    case WaitUnit::Days: return QCoreApplication::translate("Nurture::Sequence", "%n day(s)", nullptr, amount);
    case WaitUnit::BusinessDays: return QCoreApplication::translate("Nurture::Sequence", "%n business day(s)", nullptr, amount);
    }
    return QString();
}

QString conditionName(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::Opened: return tr("Opened the last e-mail");
    case ConditionKind::Clicked: return tr("Clicked in the last e-mail");
    case ConditionKind::Replied: return tr("Replied");
    case ConditionKind::ScoreAtLeast: return tr("Score at least");
    case ConditionKind::StageIs: return tr("Stage is");
    case ConditionKind::FieldValue: return tr("Field value");
    }
    return QString();
}

QString actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::AddPoints: return tr("Add points");
    case ActionKind::SetStage: return tr("Set stage");
    case ActionKind::AssignRep: return tr("Assign a rep");
    case ActionKind::CreateTask: return tr("Create a task");
    case ActionKind::NotifyOwner: return tr("Notify the owner");
    }
    return QString();
}

QString statusName(SequenceStatus status)
{
    switch (status) {
    case SequenceStatus::Draft: return tr("Draft");
    case SequenceStatus::Active: return tr("Active");
    case SequenceStatus::Paused: return tr("Paused");
    }
    return QString();
}

QString describe(const Step &s, const std::function<QString(qint64)> &templateName,
                 const std::function<QString(qint64)> &repName)
{
    switch (s.type) {
    case StepType::Email: {
        const QString name = s.templateId && templateName ? templateName(s.templateId) : QString();
        return name.isEmpty() ? tr("Send e-mail (no template)") : tr("Send \"%1\"").arg(name);
    }
    case StepType::Wait:
        return tr("Wait %1").arg(unitName(s.unit, s.amount));
    case StepType::Condition:
        switch (s.condition) {
        case ConditionKind::Opened: return tr("Opened the last e-mail?");
        case ConditionKind::Clicked: return tr("Clicked in the last e-mail?");
        case ConditionKind::Replied: return tr("Replied?");
        case ConditionKind::ScoreAtLeast: return tr("Score ≥ %1?").arg(s.score);
        case ConditionKind::StageIs: return tr("Stage is %1?").arg(Lifecycle::displayName(s.stage));
        case ConditionKind::FieldValue: return tr("%1?").arg(s.field.describe());
        }
        break;
    case StepType::Action:
        switch (s.action) {
        case ActionKind::AddPoints: return s.points >= 0 ? tr("Add %1 points").arg(s.points) : tr("Remove %1 points").arg(-s.points);
        case ActionKind::SetStage: return tr("Set stage to %1").arg(Lifecycle::displayName(s.stage));
        case ActionKind::AssignRep: {
            const QString rep = s.repId && repName ? repName(s.repId) : QString();
            return s.repId ? tr("Assign to %1").arg(rep.isEmpty() ? tr("rep #%1").arg(s.repId) : rep)
                           : tr("Assign a rep by the routing rules");
        }
        case ActionKind::CreateTask: return tr("Task: %1").arg(s.text);
        case ActionKind::NotifyOwner: return tr("Notify the owner");
        }
        break;
    }
    return QString();
}

QList<Problem> validate(const Sequence &seq, const std::function<bool(qint64)> &templateExists,
                        const std::function<bool(qint64)> &repExists)
{
    QList<Problem> problems;
    if (seq.name.trimmed().isEmpty())
        problems << Problem{0, tr("The sequence needs a name.")};
    if (seq.steps.isEmpty()) {
        problems << Problem{0, tr("The sequence has no step.")};
        return problems;
    }
    if (!seq.step(seq.entry))
        problems << Problem{0, tr("The first step (#%1) does not exist.").arg(seq.entry)};

    // References and parameters.
    for (const Step &s : seq.steps) {
        auto check = [&](int target, const QString &what) {
            if (target && !seq.step(target))
                problems << Problem{s.id, tr("%1 goes to step #%2, which does not exist.").arg(what).arg(target)};
        };
        if (s.type == StepType::Condition) {
            check(s.yes, tr("The \"yes\" branch"));
            check(s.no, tr("The \"no\" branch"));
            if (!s.yes && !s.no)
                problems << Problem{s.id, tr("Dead end: both branches of this condition end the sequence.")};
        } else {
            check(s.next, tr("This step"));
        }
        switch (s.type) {
        case StepType::Email:
            if (!s.templateId)
                problems << Problem{s.id, tr("This e-mail step has no template.")};
            else if (templateExists && !templateExists(s.templateId))
                problems << Problem{s.id, tr("The template of this e-mail step was deleted.")};
            break;
        case StepType::Wait:
            if (s.amount < 1)
                problems << Problem{s.id, tr("A wait must last at least 1.")};
            else if ((s.unit == WaitUnit::Hours && s.amount > 24 * 366) || (s.unit != WaitUnit::Hours && s.amount > 366))
                problems << Problem{s.id, tr("A wait cannot last more than a year.")};
            if (!s.next)
                problems << Problem{s.id, tr("Dead end: nothing comes after this wait.")};
            break;
        case StepType::Condition:
            if (s.condition == ConditionKind::FieldValue && !s.field.check().isEmpty())
                problems << Problem{s.id, s.field.check()};
            break;
        case StepType::Action:
            switch (s.action) {
            case ActionKind::AddPoints:
                if (s.points == 0)
                    problems << Problem{s.id, tr("Adding 0 points does nothing.")};
                break;
            case ActionKind::CreateTask:
                if (s.text.trimmed().isEmpty())
                    problems << Problem{s.id, tr("The task needs a title.")};
                if (s.dueDays < 0)
                    problems << Problem{s.id, tr("The task cannot be due in the past.")};
                break;
            case ActionKind::AssignRep:
                if (s.repId && repExists && !repExists(s.repId))
                    problems << Problem{s.id, tr("The rep of this step no longer exists.")};
                break;
            case ActionKind::SetStage:
                if (s.stage == Stage::Subscriber)
                    problems << Problem{s.id, tr("A lead cannot be moved back to Subscriber.")};
                break;
            case ActionKind::NotifyOwner:
                break;
            }
            break;
        }
    }

    // Reachability from the first step.
    QSet<int> reached;
    QList<int> todo;
    if (seq.step(seq.entry))
        todo << seq.entry;
    while (!todo.isEmpty()) {
        const int id = todo.takeLast();
        if (reached.contains(id))
            continue;
        reached.insert(id);
        if (const Step *s = seq.step(id)) {
            for (int n : s->successors()) {
                if (seq.step(n))
                    todo << n;
            }
        }
    }
    for (const Step &s : seq.steps) {
        if (!reached.contains(s.id))
            problems << Problem{s.id, tr("Dead end: no path from the first step leads here.")};
    }

    // Loops: a cycle through steps none of which waits would run forever at once.
    QHash<int, int> colour; // 0 new, 1 on the path, 2 done
    QSet<int> inLoop;
    std::function<void(int, QList<int> &)> visit = [&](int id, QList<int> &path) {
        colour[id] = 1;
        path << id;
        const Step *s = seq.step(id);
        for (int n : s->successors()) {
            const Step *t = seq.step(n);
            if (!t || t->type == StepType::Wait)
                continue;
            if (colour.value(n) == 1) {
                for (qsizetype i = path.indexOf(n); i < path.size(); ++i)
                    inLoop.insert(path.at(i));
            } else if (colour.value(n) == 0) {
                visit(n, path);
            }
        }
        path.removeLast();
        colour[id] = 2;
    };
    for (const Step &s : seq.steps) {
        if (s.type != StepType::Wait && colour.value(s.id) == 0) {
            QList<int> path;
            visit(s.id, path);
        }
    }
    for (const Step &s : seq.steps) {
        if (inLoop.contains(s.id))
            problems << Problem{s.id, tr("This step is in a loop without a wait: the lead would go round it at once, "
                                         "forever.")};
    }
    return problems;
}

} // namespace Sequences

} // namespace Nurture
