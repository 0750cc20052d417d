#include "RuleEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QLabel *plain(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}
} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ruleEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *common = new QFormLayout;
    m_kind = plain(this);
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    common->addRow(tr("Kind:"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setAccessibleName(tr("Rule name"));
    m_name->setPlaceholderText(tr("optional; the rule describes itself"));
    common->addRow(tr("&Name:"), m_name);
    m_points = new QSpinBox(this);
    m_points->setObjectName(QStringLiteral("rulePoints"));
    m_points->setAccessibleName(tr("Points"));
    m_points->setRange(-1000, 1000);
    m_points->setToolTip(tr("Points per occurrence; negative points lower the score"));
    common->addRow(tr("&Points:"), m_points);
    m_enabled = new QCheckBox(tr("Counts"), this);
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    common->addRow(QString(), m_enabled);
    layout->addLayout(common);

    m_stack = new QStackedWidget(this);
    // Profile.
    auto *profile = new QWidget(m_stack);
    auto *pf = new QFormLayout(profile);
    pf->setContentsMargins(0, 0, 0, 0);
    m_field = new QComboBox(profile);
    m_field->setObjectName(QStringLiteral("ruleField"));
    m_field->setAccessibleName(tr("Field"));
    for (LeadField f : ScoringRules::profileFields())
        m_field->addItem(LeadFields::label(f), int(f));
    pf->addRow(tr("&Field:"), m_field);
    m_operator = new QComboBox(profile);
    m_operator->setObjectName(QStringLiteral("ruleOperator"));
    m_operator->setAccessibleName(tr("Comparison"));
    for (RuleOperator op : ScoringRules::operators())
        m_operator->addItem(ScoringRules::operatorName(op), int(op));
    pf->addRow(tr("&Comparison:"), m_operator);
    m_values = new QLineEdit(profile);
    m_values->setObjectName(QStringLiteral("ruleValues"));
    m_values->setAccessibleName(tr("Values"));
    m_values->setPlaceholderText(tr("values separated by commas; case and accents are ignored"));
    pf->addRow(tr("&Values:"), m_values);
    m_stack->addWidget(profile);
    // Behaviour.
    auto *behaviour = new QWidget(m_stack);
    auto *bf = new QFormLayout(behaviour);
    bf->setContentsMargins(0, 0, 0, 0);
    m_activity = new QComboBox(behaviour);
    m_activity->setObjectName(QStringLiteral("ruleActivity"));
    m_activity->setAccessibleName(tr("Activity"));
    for (ActivityType t : ScoringRules::behaviourTypes())
        m_activity->addItem(ActivityTypes::displayName(t), int(t));
    bf->addRow(tr("&Activity:"), m_activity);
    m_detail = new QLineEdit(behaviour);
    m_detail->setObjectName(QStringLiteral("ruleDetail"));
    m_detail->setAccessibleName(tr("Detail contains"));
    m_detail->setPlaceholderText(tr("e.g. pricing (page address, e-mail subject); empty: any"));
    bf->addRow(tr("&Detail contains:"), m_detail);
    m_cap = new QSpinBox(behaviour);
    m_cap->setObjectName(QStringLiteral("ruleCap"));
    m_cap->setAccessibleName(tr("Count at most"));
    m_cap->setRange(0, 1000);
    m_cap->setSpecialValueText(tr("no limit"));
    bf->addRow(tr("Count at &most (occurrences):"), m_cap);
    m_halfLife = new QDoubleSpinBox(behaviour);
    m_halfLife->setObjectName(QStringLiteral("ruleHalfLife"));
    m_halfLife->setAccessibleName(tr("Half-life"));
    m_halfLife->setRange(0, 3650);
    m_halfLife->setDecimals(0);
    m_halfLife->setSpecialValueText(tr("never fades"));
    m_halfLife->setSuffix(tr(" days"));
    m_halfLife->setToolTip(tr("After this many days an occurrence counts half, after twice as many a quarter"));
    bf->addRow(tr("&Half-life:"), m_halfLife);
    m_stack->addWidget(behaviour);
    // No opens.
    auto *noOpens = new QWidget(m_stack);
    auto *nf = new QFormLayout(noOpens);
    nf->setContentsMargins(0, 0, 0, 0);
    m_lastEmails = new QSpinBox(noOpens);
    m_lastEmails->setObjectName(QStringLiteral("ruleLastEmails"));
    m_lastEmails->setAccessibleName(tr("Last e-mails"));
    m_lastEmails->setRange(1, 100);
    nf->addRow(tr("None opened of the &last:"), m_lastEmails);
    m_stack->addWidget(noOpens);
    layout->addWidget(m_stack);

    m_problem = plain(this);
    m_problem->setObjectName(QStringLiteral("ruleProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, &RuleEditor::changed);
    connect(m_points, &QSpinBox::valueChanged, this, &RuleEditor::changed);
    connect(m_enabled, &QCheckBox::toggled, this, &RuleEditor::changed);
    connect(m_field, &QComboBox::currentIndexChanged, this, &RuleEditor::changed);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &RuleEditor::changed);
    connect(m_values, &QLineEdit::textEdited, this, &RuleEditor::changed);
    connect(m_activity, &QComboBox::currentIndexChanged, this, &RuleEditor::changed);
    connect(m_detail, &QLineEdit::textEdited, this, &RuleEditor::changed);
    connect(m_cap, &QSpinBox::valueChanged, this, &RuleEditor::changed);
    connect(m_halfLife, &QDoubleSpinBox::valueChanged, this, &RuleEditor::changed);
    connect(m_lastEmails, &QSpinBox::valueChanged, this, &RuleEditor::changed);
    clear();
}

void RuleEditor::setRule(const ScoringRule &rule)
{
    m_loading = true;
    m_rule = rule;
    setEnabled(true);
    m_kind->setText(ScoringRules::kindName(rule.kind));
    m_name->setText(rule.name);
    m_points->setValue(rule.points);
    m_enabled->setChecked(rule.enabled);
    m_field->setCurrentIndex(std::max(0, m_field->findData(int(rule.field))));
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(int(rule.op))));
    m_values->setText(rule.values.join(QStringLiteral(", ")));
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(int(rule.activity))));
    m_detail->setText(rule.detailContains);
    m_cap->setValue(rule.cap);
    m_halfLife->setValue(rule.halfLifeDays);
    m_lastEmails->setValue(rule.lastEmails);
    showKind();
    m_problem->setText(rule.problem());
    m_loading = false;
}

ScoringRule RuleEditor::rule() const
{
    ScoringRule r = m_rule;
    r.name = m_name->text();
    r.points = m_points->value();
    r.enabled = m_enabled->isChecked();
    switch (r.kind) {
    case RuleKind::Profile: {
        r.field = LeadField(m_field->currentData().toInt());
        r.op = RuleOperator(m_operator->currentData().toInt());
        r.values.clear();
        if (r.op != RuleOperator::IsSet) {
            for (const QString &v : m_values->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!v.trimmed().isEmpty())
                    r.values << v.trimmed();
            }
        }
        break;
    }
    case RuleKind::Behaviour:
        r.activity = ActivityType(m_activity->currentData().toInt());
        r.detailContains = m_detail->text().trimmed();
        r.cap = m_cap->value();
        r.halfLifeDays = m_halfLife->value();
        break;
    case RuleKind::NoOpens:
        r.lastEmails = m_lastEmails->value();
        break;
    }
    return r;
}

void RuleEditor::clear()
{
    m_loading = true;
    m_kind->setText(tr("Select a rule, or add one"));
    m_name->clear();
    m_values->clear();
    m_detail->clear();
    m_problem->clear();
    setEnabled(false);
    m_loading = false;
}

void RuleEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_points, m_enabled, m_field, m_operator, m_values,
                                                        m_activity, m_detail, m_cap, m_halfLife, m_lastEmails})
        w->setEnabled(!readOnly);
}

void RuleEditor::showKind()
{
    m_stack->setCurrentIndex(int(m_rule.kind));
    const bool isSet = RuleOperator(m_operator->currentData().toInt()) == RuleOperator::IsSet;
    m_values->setEnabled(!isSet);
}

void RuleEditor::changed()
{
    if (m_loading)
        return;
    const ScoringRule r = rule();
    m_rule = r;
    showKind();
    m_problem->setText(r.problem());
    emit ruleEdited(r);
}
