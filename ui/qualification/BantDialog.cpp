#include "BantDialog.h"

#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using Answer = BantAnswers::Answer;

namespace {

QPlainTextEdit *notesEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(BantDialog::tr("Notes"));
    edit->setPlaceholderText(BantDialog::tr("Notes"));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(54);
    return edit;
}

} // namespace

QButtonGroup *BantDialog::answerGroup(const QString &name, QWidget *parent, QHBoxLayout *layout)
{
    auto *group = new QButtonGroup(parent);
    const std::pair<Answer, QString> choices[] = {{Answer::Met, tr("Met")}, {Answer::NotMet, tr("Not met")},
                                                  {Answer::Unknown, tr("Unknown")}};
    for (const auto &[answer, text] : choices) {
        auto *radio = new QRadioButton(text, parent);
        radio->setObjectName(name + QLatin1Char('_') + QString::number(int(answer)));
        group->addButton(radio, int(answer));
        layout->addWidget(radio);
    }
    group->button(int(Answer::Unknown))->setChecked(true);
    connect(group, &QButtonGroup::idClicked, this, &BantDialog::updateOutcome);
    layout->addStretch(1);
    return group;
}

BantDialog::BantDialog(Workspace &workspace, qint64 leadId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_leadId(leadId)
    , m_rule(Qualification(workspace).rule())
{
    setObjectName(QStringLiteral("bantDialog"));
    const Lead lead = workspace.leads().get(leadId);
    setWindowTitle(tr("Qualify %1 (BANT)").arg(lead.displayName()));

    // Budget
    auto *budgetBox = new QGroupBox(tr("&Budget: can they afford it?"), this);
    auto *budgetLayout = new QVBoxLayout(budgetBox);
    auto *budgetRow = new QHBoxLayout;
    m_budget = answerGroup(QStringLiteral("budget"), budgetBox, budgetRow);
    budgetLayout->addLayout(budgetRow);
    auto *amountRow = new QHBoxLayout;
    m_amount = new QDoubleSpinBox(budgetBox);
    m_amount->setObjectName(QStringLiteral("budgetAmount"));
    m_amount->setAccessibleName(tr("Budget amount"));
    m_amount->setRange(0, 1e10);
    m_amount->setDecimals(0);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSpecialValueText(tr("amount not known"));
    m_currency = new QComboBox(budgetBox);
    m_currency->setObjectName(QStringLiteral("budgetCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("BRL"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF")});
    amountRow->addWidget(new QLabel(tr("Amount:"), budgetBox));
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    budgetLayout->addLayout(amountRow);
    m_budgetNotes = notesEdit(QStringLiteral("budgetNotes"), budgetBox);
    budgetLayout->addWidget(m_budgetNotes);

    // Authority
    auto *authorityBox = new QGroupBox(tr("&Authority: can this person decide?"), this);
    auto *authorityForm = new QFormLayout(authorityBox);
    m_authority = new QComboBox(authorityBox);
    m_authority->setObjectName(QStringLiteral("authority"));
    m_authority->setAccessibleName(tr("Authority"));
    m_authority->addItem(tr("Unknown"), int(BantAnswers::Authority::Unknown));
    m_authority->addItem(tr("Decision maker"), int(BantAnswers::Authority::DecisionMaker));
    m_authority->addItem(tr("Influencer"), int(BantAnswers::Authority::Influencer));
    m_authority->addItem(tr("User"), int(BantAnswers::Authority::User));
    connect(m_authority, &QComboBox::currentIndexChanged, this, &BantDialog::updateOutcome);
    m_decisionMaker = new QLineEdit(authorityBox);
    m_decisionMaker->setObjectName(QStringLiteral("decisionMaker"));
    m_decisionMaker->setAccessibleName(tr("Decision maker's name"));
    m_decisionMaker->setPlaceholderText(tr("who decides, when it is someone else"));
    connect(m_decisionMaker, &QLineEdit::textChanged, this, &BantDialog::updateOutcome);
    m_authorityNotes = notesEdit(QStringLiteral("authorityNotes"), authorityBox);
    authorityForm->addRow(tr("Role:"), m_authority);
    authorityForm->addRow(tr("Decision maker:"), m_decisionMaker);
    authorityForm->addRow(m_authorityNotes);

    // Need
    auto *needBox = new QGroupBox(tr("&Need: do they really need it?"), this);
    auto *needForm = new QFormLayout(needBox);
    auto *needRow = new QHBoxLayout;
    m_need = answerGroup(QStringLiteral("need"), needBox, needRow);
    m_pain = new QLineEdit(needBox);
    m_pain->setObjectName(QStringLiteral("needPain"));
    m_pain->setAccessibleName(tr("Pain"));
    m_pain->setPlaceholderText(tr("the problem they want solved"));
    m_priority = new QComboBox(needBox);
    m_priority->setObjectName(QStringLiteral("needPriority"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->addItems({tr("Unknown"), tr("Low"), tr("Medium"), tr("High")});
    m_needNotes = notesEdit(QStringLiteral("needNotes"), needBox);
    needForm->addRow(needRow);
    needForm->addRow(tr("Pain:"), m_pain);
    needForm->addRow(tr("Priority:"), m_priority);
    needForm->addRow(m_needNotes);

    // Timing
    auto *timingBox = new QGroupBox(tr("&Timing: when will they buy?"), this);
    auto *timingForm = new QFormLayout(timingBox);
    auto *timingRow = new QHBoxLayout;
    m_timing = answerGroup(QStringLiteral("timing"), timingBox, timingRow);
    m_purchaseBy = new QLineEdit(timingBox);
    m_purchaseBy->setObjectName(QStringLiteral("purchaseBy"));
    m_purchaseBy->setAccessibleName(tr("Expected purchase"));
    m_purchaseBy->setPlaceholderText(tr("a date or a quarter, e.g. Q2 2027"));
    m_delivery = new QLineEdit(timingBox);
    m_delivery->setObjectName(QStringLiteral("deliveryNeed"));
    m_delivery->setAccessibleName(tr("Delivery need"));
    m_timingNotes = notesEdit(QStringLiteral("timingNotes"), timingBox);
    timingForm->addRow(timingRow);
    timingForm->addRow(tr("Purchase by:"), m_purchaseBy);
    timingForm->addRow(tr("Delivery needed:"), m_delivery);
    timingForm->addRow(m_timingNotes);

    auto *grid = new QGridLayout;
    grid->addWidget(budgetBox, 0, 0);
    grid->addWidget(authorityBox, 0, 1);
    grid->addWidget(needBox, 1, 0);
    grid->addWidget(timingBox, 1, 1);

    // Outcome
    auto *outcomeBox = new QGroupBox(tr("Outcome"), this);
    auto *outcomeLayout = new QFormLayout(outcomeBox);
    auto *rule = new QLabel(tr("Rule for SQL: %1").arg(m_rule.describe()), outcomeBox);
    rule->setObjectName(QStringLiteral("bantRule"));
    m_outcome = new QLabel(outcomeBox);
    m_outcome->setObjectName(QStringLiteral("bantOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_createDeal = new QCheckBox(tr("Create a deal"), outcomeBox);
    m_createDeal->setObjectName(QStringLiteral("createDeal"));
    m_dealTitle = new QLineEdit(lead.company.isEmpty() ? lead.displayName() : lead.company, outcomeBox);
    m_dealTitle->setObjectName(QStringLiteral("dealTitle"));
    m_dealTitle->setAccessibleName(tr("Deal title"));
    m_dealAmount = new QDoubleSpinBox(outcomeBox);
    m_dealAmount->setObjectName(QStringLiteral("dealAmount"));
    m_dealAmount->setAccessibleName(tr("Deal amount"));
    m_dealAmount->setRange(0, 1e10);
    m_dealAmount->setDecimals(0);
    m_dealAmount->setGroupSeparatorShown(true);
    connect(m_amount, &QDoubleSpinBox::valueChanged, m_dealAmount, [this](double v) {
        if (m_dealAmount->value() == 0)
            m_dealAmount->setValue(v);
    });
    auto *dealRow = new QHBoxLayout;
    dealRow->addWidget(m_createDeal);
    dealRow->addWidget(m_dealTitle, 2);
    dealRow->addWidget(m_dealAmount, 1);
    m_reason = new QLineEdit(outcomeBox);
    m_reason->setObjectName(QStringLiteral("nurtureReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reasonLabel = new QLabel(outcomeBox);
    outcomeLayout->addRow(rule);
    outcomeLayout->addRow(m_outcome);
    outcomeLayout->addRow(dealRow);
    outcomeLayout->addRow(m_reasonLabel, m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(outcomeBox);
    layout->addWidget(buttons);

    // Start from the last answers, if the lead was qualified before.
    const auto history = Qualification(workspace).history(leadId);
    if (!history.isEmpty())
        setAnswers(history.first().answers);
    updateOutcome();
    resize(900, 640);
}

void BantDialog::setAnswers(const BantAnswers &a)
{
    m_budget->button(int(a.budget))->setChecked(true);
    m_amount->setValue(a.budgetAmount.value_or(0));
    if (!a.budgetCurrency.isEmpty())
        m_currency->setEditText(a.budgetCurrency);
    m_budgetNotes->setPlainText(a.budgetNotes);
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(int(a.authority))));
    m_decisionMaker->setText(a.decisionMaker);
    m_authorityNotes->setPlainText(a.authorityNotes);
    m_need->button(int(a.need))->setChecked(true);
    m_pain->setText(a.needPain);
    m_priority->setCurrentIndex(std::clamp(a.needPriority, 0, 3));
    m_needNotes->setPlainText(a.needNotes);
    m_timing->button(int(a.timing))->setChecked(true);
    m_purchaseBy->setText(a.purchaseBy);
    m_delivery->setText(a.deliveryNeed);
    m_timingNotes->setPlainText(a.timingNotes);
    updateOutcome();
}

BantAnswers BantDialog::answers() const
{
    BantAnswers a;
    a.budget = Answer(m_budget->checkedId());
    if (m_amount->value() > 0)
        a.budgetAmount = m_amount->value();
    a.budgetCurrency = m_currency->currentText().trimmed();
    a.budgetNotes = m_budgetNotes->toPlainText().trimmed();
    a.authority = BantAnswers::Authority(m_authority->currentData().toInt());
    a.decisionMaker = m_decisionMaker->text().trimmed();
    a.authorityNotes = m_authorityNotes->toPlainText().trimmed();
    a.need = Answer(m_need->checkedId());
    a.needPain = m_pain->text().trimmed();
    a.needPriority = m_priority->currentIndex();
    a.needNotes = m_needNotes->toPlainText().trimmed();
    a.timing = Answer(m_timing->checkedId());
    a.purchaseBy = m_purchaseBy->text().trimmed();
    a.deliveryNeed = m_delivery->text().trimmed();
    a.timingNotes = m_timingNotes->toPlainText().trimmed();
    return a;
}

bool BantDialog::qualifies() const
{
    return m_rule.qualifies(answers());
}

void BantDialog::updateOutcome()
{
    const bool sql = qualifies();
    m_outcome->setText(m_rule.explain(answers()) + QLatin1Char(' ')
                       + (sql ? tr("Accepting moves the lead to SQL.") : tr("Accepting moves the lead to Nurturing.")));
    m_outcome->setStyleSheet(sql ? QStringLiteral("color: #15803d;") : QStringLiteral("color: #b45309;"));
    m_createDeal->setVisible(sql);
    m_dealTitle->setVisible(sql);
    m_dealAmount->setVisible(sql);
    m_reasonLabel->setText(sql ? tr("Note:") : tr("Reason for nurturing:"));
    m_reason->setPlaceholderText(sql ? tr("optional") : tr("required: why not now, e.g. budget frozen until next year"));
    m_ok->setText(sql ? tr("Move to SQL") : tr("Move to Nurturing"));
}

Qualification::Request BantDialog::request() const
{
    Qualification::Request r;
    r.answers = answers();
    r.reason = m_reason->text().trimmed();
    r.createDeal = qualifies() && m_createDeal->isChecked();
    r.dealTitle = m_dealTitle->text().trimmed();
    r.dealAmount = m_dealAmount->value();
    r.currency = m_currency->currentText().trimmed().isEmpty() ? QStringLiteral("EUR") : m_currency->currentText().trimmed();
    return r;
}

void BantDialog::accept()
{
    if (!qualifies() && m_reason->text().trimmed().isEmpty()) {
        showError(this, windowTitle(), tr("Give the reason for nurturing: it goes into the stage history and the follow-up."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
