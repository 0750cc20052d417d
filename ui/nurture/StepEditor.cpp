#include "StepEditor.h"

#include "tasks/TaskRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Nurture;

namespace {

QComboBox *combo(const QString &objectName, const QString &accessible)
{
    auto *c = new QComboBox;
    c->setObjectName(objectName);
    c->setAccessibleName(accessible);
    return c;
}

} // namespace

StepEditor::StepEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);

    auto *top = new QFormLayout;
    m_type = combo(QStringLiteral("stepType"), tr("Step type"));
    for (StepType t : {StepType::Email, StepType::Wait, StepType::Condition, StepType::Action})
        m_type->addItem(Sequences::typeName(t), int(t));
    top->addRow(tr("&Type:"), m_type);
    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("stepLabel"));
    m_label->setAccessibleName(tr("Step label"));
    m_label->setPlaceholderText(tr("Optional: a name shown on the card"));
    top->addRow(tr("&Label:"), m_label);
    layout->addLayout(top);

    m_pages = new QStackedWidget;
    // E-mail
    auto *email = new QWidget;
    auto *emailForm = new QFormLayout(email);
    m_template = combo(QStringLiteral("stepTemplate"), tr("E-mail template"));
    emailForm->addRow(tr("T&emplate:"), m_template);
    m_pages->addWidget(email);
    // Wait
    auto *wait = new QWidget;
    auto *waitForm = new QFormLayout(wait);
    m_amount = new QSpinBox;
    m_amount->setObjectName(QStringLiteral("stepWaitAmount"));
    m_amount->setAccessibleName(tr("Wait length"));
    m_amount->setRange(1, 24 * 366);
    m_unit = combo(QStringLiteral("stepWaitUnit"), tr("Wait unit"));
    m_unit->addItem(tr("hours"), int(WaitUnit::Hours));
    m_unit->addItem(tr("days"), int(WaitUnit::Days));
    m_unit->addItem(tr("business days"), int(WaitUnit::BusinessDays));
    auto *row = new QHBoxLayout;
    row->addWidget(m_amount);
    row->addWidget(m_unit);
    waitForm->addRow(tr("Wait:"), row);
    m_pages->addWidget(wait);
    // Condition
    auto *cond = new QWidget;
    m_conditionForm = new QFormLayout(cond);
    m_condition = combo(QStringLiteral("stepCondition"), tr("Condition"));
    for (ConditionKind k : {ConditionKind::Opened, ConditionKind::Clicked, ConditionKind::Replied, ConditionKind::ScoreAtLeast,
                            ConditionKind::StageIs, ConditionKind::FieldValue})
        m_condition->addItem(Sequences::conditionName(k), int(k));
    m_conditionForm->addRow(tr("&If:"), m_condition);
    m_score = new QSpinBox;
    m_score->setObjectName(QStringLiteral("stepScore"));
    m_score->setAccessibleName(tr("Score at least"));
    m_score->setRange(-1000, 1000);
    m_conditionForm->addRow(tr("Sc&ore ≥"), m_score);
    m_conditionStage = combo(QStringLiteral("stepConditionStage"), tr("Stage"));
    for (Stage s : Lifecycle::allStages())
        m_conditionStage->addItem(Lifecycle::displayName(s), int(s));
    m_conditionForm->addRow(tr("Sta&ge:"), m_conditionStage);
    m_field = combo(QStringLiteral("stepField"), tr("Lead field"));
    for (LeadField f : FieldCondition::routableFields())
        m_field->addItem(LeadFields::label(f), int(f));
    m_conditionForm->addRow(tr("&Field:"), m_field);
    m_fieldOp = combo(QStringLiteral("stepFieldOp"), tr("Comparison"));
    for (FieldCondition::Op o : {FieldCondition::Op::Equals, FieldCondition::Op::OneOf, FieldCondition::Op::Contains,
                                 FieldCondition::Op::AtLeast, FieldCondition::Op::AtMost, FieldCondition::Op::IsSet})
        m_fieldOp->addItem(FieldCondition::opName(o), int(o));
    m_conditionForm->addRow(tr("Com&parison:"), m_fieldOp);
    m_fieldValues = new QLineEdit;
    m_fieldValues->setObjectName(QStringLiteral("stepFieldValues"));
    m_fieldValues->setAccessibleName(tr("Value (several: separated by commas)"));
    m_fieldValues->setPlaceholderText(tr("Value; for \"one of\": values separated by commas"));
    m_conditionForm->addRow(tr("&Value:"), m_fieldValues);
    m_pages->addWidget(cond);
    // Action
    auto *act = new QWidget;
    m_actionForm = new QFormLayout(act);
    m_action = combo(QStringLiteral("stepAction"), tr("Action"));
    for (ActionKind k : {ActionKind::SetStage, ActionKind::AssignRep, ActionKind::CreateTask, ActionKind::NotifyOwner})
        m_action->addItem(Sequences::actionName(k), int(k));
    m_actionForm->addRow(tr("&Do:"), m_action);
    m_actionStage = combo(QStringLiteral("stepActionStage"), tr("New stage"));
    for (Stage s : Lifecycle::allStages()) {
        if (s != Stage::Subscriber)
            m_actionStage->addItem(Lifecycle::displayName(s), int(s));
    }
    m_actionForm->addRow(tr("S&tage:"), m_actionStage);
    m_rep = combo(QStringLiteral("stepRep"), tr("Rep"));
    m_actionForm->addRow(tr("&Rep:"), m_rep);
    m_taskType = combo(QStringLiteral("stepTaskType"), tr("Task type"));
    for (TaskType t : {TaskType::Call, TaskType::Email, TaskType::Meeting, TaskType::Todo})
        m_taskType->addItem(TaskRepository::typeName(t), int(t));
    m_actionForm->addRow(tr("Tas&k:"), m_taskType);
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("stepText"));
    m_text->setAccessibleName(tr("Task title or message"));
    m_actionForm->addRow(tr("Te&xt:"), m_text);
    m_dueDays = new QSpinBox;
    m_dueDays->setObjectName(QStringLiteral("stepDueDays"));
    m_dueDays->setAccessibleName(tr("Due in days"));
    m_dueDays->setRange(0, 365);
    m_actionForm->addRow(tr("Due in (days):"), m_dueDays);
    m_pages->addWidget(act);
    layout->addWidget(m_pages);

    m_linkForm = new QFormLayout;
    m_next = combo(QStringLiteral("stepNext"), tr("Next step"));
    m_yes = combo(QStringLiteral("stepYes"), tr("If yes, go to"));
    m_no = combo(QStringLiteral("stepNo"), tr("If no, go to"));
    m_linkForm->addRow(tr("&Then:"), m_next);
    m_linkForm->addRow(tr("If &yes:"), m_yes);
    m_linkForm->addRow(tr("If &no:"), m_no);
    layout->addLayout(m_linkForm);
    layout->addStretch();

    const auto changed = [this] { read(); };
    for (QComboBox *c : {m_type, m_template, m_unit, m_condition, m_conditionStage, m_field, m_fieldOp, m_action, m_actionStage,
                         m_rep, m_taskType, m_next, m_yes, m_no})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *s : {m_amount, m_score, m_dueDays})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_label, &QLineEdit::textEdited, this, changed);
    connect(m_text, &QLineEdit::textEdited, this, changed);
    connect(m_fieldValues, &QLineEdit::textEdited, this, changed);
    clear();
}

void StepEditor::selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

void StepEditor::clear()
{
    m_loading = true;
    m_step = Step();
    m_title->setText(tr("Select a step in the flow, or add one."));
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_pages)})
        w->setEnabled(false);
    m_next->setEnabled(false);
    m_yes->setEnabled(false);
    m_no->setEnabled(false);
    m_loading = false;
}

void StepEditor::setStep(const Step &step, const Sequence &seq, const Choices &choices)
{
    m_loading = true;
    m_step = step;
    for (QWidget *w : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_label), static_cast<QWidget *>(m_pages)})
        w->setEnabled(true);
    m_next->setEnabled(true);
    m_yes->setEnabled(true);
    m_no->setEnabled(true);
    m_title->setText(tr("Step #%1").arg(step.id));
    selectData(m_type, int(step.type));
    m_label->setText(step.label);

    m_template->clear();
    m_template->addItem(tr("(choose a template)"), 0);
    for (const auto &t : choices.templates)
        m_template->addItem(t.second, t.first);
    selectData(m_template, step.templateId);
    m_amount->setValue(step.amount);
    selectData(m_unit, int(step.unit));

    selectData(m_condition, int(step.condition));
    m_score->setValue(step.score);
    selectData(m_conditionStage, int(step.stage));
    selectData(m_field, int(step.field.field));
    selectData(m_fieldOp, int(step.field.op));
    m_fieldValues->setText(step.field.values.join(QStringLiteral(", ")));

    selectData(m_action, int(step.action));
    selectData(m_actionStage, int(step.stage));
    m_rep->clear();
    m_rep->addItem(tr("By the routing rules"), 0);
    for (const auto &r : choices.reps)
        m_rep->addItem(r.second, r.first);
    selectData(m_rep, step.repId);
    selectData(m_taskType, int(step.taskType));
    m_text->setText(step.text);
    m_dueDays->setValue(step.dueDays);

    for (QComboBox *c : {m_next, m_yes, m_no}) {
        c->clear();
        c->addItem(tr("End of the sequence"), 0);
        for (const Step &s : seq.steps) {
            if (s.id != step.id)
                c->addItem(tr("#%1 %2").arg(s.id).arg(Sequences::describe(s)), s.id);
        }
    }
    selectData(m_next, step.next);
    selectData(m_yes, step.yes);
    selectData(m_no, step.no);
    m_loading = false;
    updateVisibility();
}

void StepEditor::updateVisibility()
{
    const auto type = StepType(m_type->currentData().toInt());
    m_pages->setCurrentIndex(int(type));
    const auto cond = ConditionKind(m_condition->currentData().toInt());
    m_conditionForm->setRowVisible(m_score, cond == ConditionKind::ScoreAtLeast);
    m_conditionForm->setRowVisible(m_conditionStage, cond == ConditionKind::StageIs);
    const bool field = cond == ConditionKind::FieldValue;
    m_conditionForm->setRowVisible(m_field, field);
    m_conditionForm->setRowVisible(m_fieldOp, field);
    m_conditionForm->setRowVisible(m_fieldValues, field && FieldCondition::Op(m_fieldOp->currentData().toInt()) != FieldCondition::Op::IsSet);
    const auto action = ActionKind(m_action->currentData().toInt());
    m_actionForm->setRowVisible(m_actionStage, action == ActionKind::SetStage);
    m_actionForm->setRowVisible(m_rep, action == ActionKind::AssignRep);
    m_actionForm->setRowVisible(m_taskType, action == ActionKind::CreateTask);
    m_actionForm->setRowVisible(m_text, action == ActionKind::CreateTask || action == ActionKind::NotifyOwner);
    m_actionForm->setRowVisible(m_dueDays, action == ActionKind::CreateTask);
    m_linkForm->setRowVisible(m_next, type != StepType::Condition);
    m_linkForm->setRowVisible(m_yes, type == StepType::Condition);
    m_linkForm->setRowVisible(m_no, type == StepType::Condition);
}

void StepEditor::read()
{
    if (m_loading || !m_step.id)
        return;
    // Only what the step's type uses is read, so a step keeps the values it had for the others.
    Step s = m_step;
    s.type = StepType(m_type->currentData().toInt());
    s.label = m_label->text().trimmed();
    switch (s.type) {
    case StepType::Email:
        s.templateId = m_template->currentData().toLongLong();
        break;
    case StepType::Wait:
        s.amount = m_amount->value();
        s.unit = WaitUnit(m_unit->currentData().toInt());
        break;
    case StepType::Condition:
        s.condition = ConditionKind(m_condition->currentData().toInt());
        if (s.condition == ConditionKind::ScoreAtLeast)
            s.score = m_score->value();
        if (s.condition == ConditionKind::StageIs)
            s.stage = Stage(m_conditionStage->currentData().toInt());
        if (s.condition == ConditionKind::FieldValue) {
            s.field.field = LeadField(m_field->currentData().toInt());
            s.field.op = FieldCondition::Op(m_fieldOp->currentData().toInt());
            s.field.values.clear();
            if (s.field.op == FieldCondition::Op::OneOf) {
                for (const QString &v : m_fieldValues->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    if (!v.trimmed().isEmpty())
                        s.field.values << v.trimmed();
            } else if (s.field.op != FieldCondition::Op::IsSet && !m_fieldValues->text().trimmed().isEmpty()) {
                s.field.values << m_fieldValues->text().trimmed();
            }
        }
        break;
    case StepType::Action:
        s.action = ActionKind(m_action->currentData().toInt());
        if (s.action == ActionKind::SetStage)
            s.stage = Stage(m_actionStage->currentData().toInt());
        if (s.action == ActionKind::AssignRep)
            s.repId = m_rep->currentData().toLongLong();
        if (s.action == ActionKind::CreateTask) {
            s.taskType = TaskType(m_taskType->currentData().toInt());
            s.dueDays = m_dueDays->value();
        }
        if (s.action == ActionKind::CreateTask || s.action == ActionKind::NotifyOwner)
            s.text = m_text->text();
        break;
    }
    if (s.type == StepType::Condition) {
        s.yes = m_yes->currentData().toInt();
        s.no = m_no->currentData().toInt();
    } else {
        s.next = m_next->currentData().toInt();
    }
    updateVisibility();
    if (s == m_step)
        return;
    m_step = s;
    emit edited(s);
}
