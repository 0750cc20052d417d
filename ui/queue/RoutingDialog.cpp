#include "RoutingDialog.h"

#include "leads/LeadRepository.h"
#include "qualification/Qualification.h"
#include "shell/ErrorReporting.h"
#include "tasks/Queue.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

RoutingDialog::RoutingDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("routingDialog"));
    setWindowTitle(tr("Team and routing"));
    quietly([&] { m_config = Router(workspace).config(); });
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildTeamTab(), tr("Team"));
    m_tabs->addTab(buildRulesTab(), tr("Assignment rules"));
    m_tabs->addTab(buildPreviewTab(), tr("Preview"));
    m_tabs->addTab(buildQualificationTab(), tr("Qualification"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    reloadReps();
    showRule(m_ruleList->currentRow()); // now that the rep and team choices are filled
    resize(1000, 640);
}

QWidget *RoutingDialog::buildTeamTab()
{
    auto *tab = new QWidget(this);
    m_repList = new QListWidget(tab);
    m_repList->setObjectName(QStringLiteral("repList"));
    m_repList->setAccessibleName(tr("Reps"));
    connect(m_repList, &QListWidget::currentRowChanged, this, &RoutingDialog::showRep);
    auto *add = new QPushButton(tr("Add rep"), tab);
    add->setObjectName(QStringLiteral("addRepButton"));
    connect(add, &QPushButton::clicked, this, &RoutingDialog::addRep);
    auto *left = new QVBoxLayout;
    left->addWidget(m_repList, 1);
    left->addWidget(add);

    auto *form = new QFormLayout;
    auto named = [](QWidget *w, const QString &object, const QString &accessible) {
        w->setObjectName(object);
        w->setAccessibleName(accessible);
        return w;
    };
    m_repName = static_cast<QLineEdit *>(named(new QLineEdit(tab), QStringLiteral("repName"), tr("Name")));
    m_repEmail = static_cast<QLineEdit *>(named(new QLineEdit(tab), QStringLiteral("repEmail"), tr("E-mail")));
    m_repTeam = static_cast<QComboBox *>(named(new QComboBox(tab), QStringLiteral("repTeam"), tr("Team")));
    m_repTeam->setEditable(true);
    m_repSeniority = static_cast<QComboBox *>(named(new QComboBox(tab), QStringLiteral("repSeniority"), tr("Seniority")));
    for (Rep::Seniority s : {Rep::Seniority::Junior, Rep::Seniority::Confirmed, Rep::Seniority::Senior})
        m_repSeniority->addItem(RepRepository::seniorityName(s), int(s));
    m_repCapacity = static_cast<QSpinBox *>(named(new QSpinBox(tab), QStringLiteral("repCapacity"), tr("Capacity")));
    m_repCapacity->setRange(0, 1000000);
    m_repCapacity->setSpecialValueText(tr("no limit"));
    m_repCapacity->setSuffix(tr(" open leads"));
    m_repAway = new QCheckBox(tr("Away"), tab);
    m_repAway->setObjectName(QStringLiteral("repAway"));
    m_awayFrom = static_cast<QDateTimeEdit *>(named(new QDateTimeEdit(QDateTime::currentDateTime(), tab), QStringLiteral("awayFrom"), tr("Away from")));
    m_awayTo = static_cast<QDateTimeEdit *>(named(new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), tab), QStringLiteral("awayTo"), tr("Away until")));
    for (QDateTimeEdit *e : {m_awayFrom, m_awayTo}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    connect(m_repAway, &QCheckBox::toggled, m_awayFrom, &QWidget::setEnabled);
    connect(m_repAway, &QCheckBox::toggled, m_awayTo, &QWidget::setEnabled);
    auto *awayRow = new QHBoxLayout;
    awayRow->addWidget(m_repAway);
    awayRow->addWidget(m_awayFrom);
    awayRow->addWidget(new QLabel(QStringLiteral("–"), tab));
    awayRow->addWidget(m_awayTo);
    m_repIndustries = static_cast<QLineEdit *>(named(new QLineEdit(tab), QStringLiteral("repIndustries"), tr("Industries")));
    m_repIndustries->setPlaceholderText(tr("comma-separated, e.g. Retail, Hospitality"));
    m_repProducts = static_cast<QLineEdit *>(named(new QLineEdit(tab), QStringLiteral("repProducts"), tr("Products")));
    m_repProducts->setPlaceholderText(tr("comma-separated"));
    m_repRegions = static_cast<QLineEdit *>(named(new QLineEdit(tab), QStringLiteral("repRegions"), tr("Regions")));
    m_repRegions->setPlaceholderText(tr("comma-separated countries or regions"));
    m_repActive = new QCheckBox(tr("Active (receives leads)"), tab);
    m_repActive->setObjectName(QStringLiteral("repActive"));
    auto *save = new QPushButton(tr("Save rep"), tab);
    save->setObjectName(QStringLiteral("saveRepButton"));
    connect(save, &QPushButton::clicked, this, &RoutingDialog::saveRep);
    form->addRow(tr("&Name:"), m_repName);
    form->addRow(tr("E-&mail:"), m_repEmail);
    form->addRow(tr("&Team:"), m_repTeam);
    form->addRow(tr("&Seniority:"), m_repSeniority);
    form->addRow(tr("&Capacity:"), m_repCapacity);
    form->addRow(tr("Availability:"), awayRow);
    form->addRow(tr("&Industries:"), m_repIndustries);
    form->addRow(tr("&Products:"), m_repProducts);
    form->addRow(tr("&Regions:"), m_repRegions);
    form->addRow(m_repActive);
    form->addRow(save);

    auto *layout = new QHBoxLayout(tab);
    layout->addLayout(left, 1);
    layout->addLayout(form, 2);
    return tab;
}

void RoutingDialog::reloadReps(qint64 select)
{
    quietly([&] { m_reps = m_workspace.reps().all(); });
    const QHash<qint64, qint64> open = [&] {
        QHash<qint64, qint64> o;
        quietly([&] { o = m_workspace.reps().openLeadCounts(); });
        return o;
    }();
    const QSignalBlocker blocker(m_repList);
    m_repList->clear();
    int row = 0;
    for (int i = 0; i < m_reps.size(); ++i) {
        const Rep &r = m_reps.at(i);
        QString text = r.name;
        if (!r.team.isEmpty())
            text += QStringLiteral(" · ") + r.team;
        text += QStringLiteral(" · ") + tr("%n open lead(s)", nullptr, int(open.value(r.id)));
        if (!r.active)
            text += QStringLiteral(" · ") + tr("inactive");
        else if (r.isAwayAt(QDateTime::currentMSecsSinceEpoch()))
            text += QStringLiteral(" · ") + tr("away");
        auto *item = new QListWidgetItem(text, m_repList);
        item->setData(Qt::UserRole, r.id);
        if (r.id == select)
            row = i;
    }
    m_repTeam->clear();
    quietly([&] { m_repTeam->addItems(m_workspace.reps().teams()); });
    // The rule editor's choices follow the team.
    if (m_ruleRep) {
        const qint64 rep = m_ruleRep->currentData().toLongLong();
        const QString team = m_ruleTeam->currentText();
        m_ruleRep->clear();
        for (const Rep &r : std::as_const(m_reps))
            m_ruleRep->addItem(r.name, r.id);
        m_ruleTeam->clear();
        quietly([&] { m_ruleTeam->addItems(m_workspace.reps().teams()); });
        m_ruleRep->setCurrentIndex(std::max(0, m_ruleRep->findData(rep)));
        m_ruleTeam->setCurrentText(team);
    }
    if (m_repList->count()) {
        m_repList->setCurrentRow(row);
        showRep(row);
    } else {
        showRep(-1);
    }
}

void RoutingDialog::showRep(int row)
{
    const Rep r = row >= 0 && row < m_reps.size() ? m_reps.at(row) : Rep();
    m_repName->setText(r.name);
    m_repEmail->setText(r.email);
    m_repTeam->setCurrentText(r.team);
    m_repSeniority->setCurrentIndex(std::max(0, m_repSeniority->findData(int(r.seniority))));
    m_repCapacity->setValue(r.capacity.value_or(0));
    m_repAway->setChecked(r.awayFrom || r.awayTo);
    if (r.awayFrom)
        m_awayFrom->setDateTime(QDateTime::fromMSecsSinceEpoch(*r.awayFrom));
    if (r.awayTo)
        m_awayTo->setDateTime(QDateTime::fromMSecsSinceEpoch(*r.awayTo));
    m_awayFrom->setEnabled(m_repAway->isChecked());
    m_awayTo->setEnabled(m_repAway->isChecked());
    m_repIndustries->setText(r.industries.join(QStringLiteral(", ")));
    m_repProducts->setText(r.products.join(QStringLiteral(", ")));
    m_repRegions->setText(r.regions.join(QStringLiteral(", ")));
    m_repActive->setChecked(r.active);
}

void RoutingDialog::addRep()
{
    m_repList->clearSelection();
    m_repList->setCurrentRow(-1);
    showRep(-1);
    m_repName->setFocus();
}

void RoutingDialog::saveRep()
{
    const int row = m_repList->currentRow();
    Rep r = row >= 0 && row < m_reps.size() ? m_reps.at(row) : Rep();
    r.name = m_repName->text().trimmed();
    r.email = m_repEmail->text().trimmed();
    r.team = m_repTeam->currentText().trimmed();
    r.seniority = Rep::Seniority(m_repSeniority->currentData().toInt());
    r.capacity = m_repCapacity->value() > 0 ? std::optional<int>(m_repCapacity->value()) : std::nullopt;
    if (m_repAway->isChecked()) {
        r.awayFrom = m_awayFrom->dateTime().toMSecsSinceEpoch();
        r.awayTo = m_awayTo->dateTime().toMSecsSinceEpoch();
    } else {
        r.awayFrom.reset();
        r.awayTo.reset();
    }
    r.industries = splitList(m_repIndustries->text());
    r.products = splitList(m_repProducts->text());
    r.regions = splitList(m_repRegions->text());
    r.active = m_repActive->isChecked();
    qint64 id = r.id;
    if (guarded(this, tr("Save rep"), [&] {
            if (r.id)
                m_workspace.reps().update(r);
            else
                id = m_workspace.reps().add(r);
        }))
        reloadReps(id);
}

QWidget *RoutingDialog::buildRulesTab()
{
    auto *tab = new QWidget(this);
    m_ruleList = new QListWidget(tab);
    m_ruleList->setObjectName(QStringLiteral("ruleList"));
    m_ruleList->setAccessibleName(tr("Rules, first match wins"));
    connect(m_ruleList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeRule();
        showRule(row);
    });
    auto *add = new QPushButton(tr("Add rule"), tab);
    add->setObjectName(QStringLiteral("addRuleButton"));
    connect(add, &QPushButton::clicked, this, &RoutingDialog::addRule);
    auto *remove = new QPushButton(tr("Remove"), tab);
    remove->setObjectName(QStringLiteral("removeRuleButton"));
    connect(remove, &QPushButton::clicked, this, &RoutingDialog::removeRule);
    auto *up = new QPushButton(tr("Up"), tab);
    up->setObjectName(QStringLiteral("ruleUpButton"));
    connect(up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    auto *down = new QPushButton(tr("Down"), tab);
    down->setObjectName(QStringLiteral("ruleDownButton"));
    connect(down, &QPushButton::clicked, this, [this] { moveRule(1); });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    listButtons->addWidget(up);
    listButtons->addWidget(down);
    m_fallbackWeighted = new QCheckBox(tr("When no rule matches: round-robin weighted by deals won in the last 30 days"), tab);
    m_fallbackWeighted->setObjectName(QStringLiteral("fallbackWeighted"));
    m_fallbackWeighted->setChecked(m_config.fallbackWeighted);
    m_autoRoute = new QCheckBox(tr("Assign leads automatically when they become MQL"), tab);
    m_autoRoute->setObjectName(QStringLiteral("autoRoute"));
    m_autoRoute->setChecked(m_config.autoRoute);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Rules (tried in order; the first that matches decides):"), tab));
    left->addWidget(m_ruleList, 1);
    left->addLayout(listButtons);

    auto *editor = new QGroupBox(tr("Rule"), tab);
    auto *form = new QFormLayout(editor);
    m_ruleName = new QLineEdit(editor);
    m_ruleName->setObjectName(QStringLiteral("ruleName"));
    m_ruleName->setAccessibleName(tr("Rule name"));
    m_ruleActive = new QCheckBox(tr("Active"), editor);
    m_ruleActive->setObjectName(QStringLiteral("ruleActive"));
    m_conditions = new QTableWidget(0, 3, editor);
    m_conditions->setObjectName(QStringLiteral("ruleConditions"));
    m_conditions->setAccessibleName(tr("Conditions"));
    m_conditions->setHorizontalHeaderLabels({tr("Field"), tr("Test"), tr("Value(s), comma-separated")});
    m_conditions->horizontalHeader()->setStretchLastSection(true);
    m_conditions->verticalHeader()->hide();
    auto *addCondition = new QPushButton(tr("Add condition"), editor);
    addCondition->setObjectName(QStringLiteral("addConditionButton"));
    connect(addCondition, &QPushButton::clicked, this, &RoutingDialog::addCondition);
    auto *removeCondition = new QPushButton(tr("Remove condition"), editor);
    connect(removeCondition, &QPushButton::clicked, this, &RoutingDialog::removeCondition);
    auto *conditionButtons = new QHBoxLayout;
    conditionButtons->addWidget(addCondition);
    conditionButtons->addWidget(removeCondition);
    conditionButtons->addStretch(1);
    m_toRep = new QRadioButton(tr("To the rep"), editor);
    m_toRep->setObjectName(QStringLiteral("toRep"));
    m_toTeam = new QRadioButton(tr("In turn to the team"), editor);
    m_toTeam->setObjectName(QStringLiteral("toTeam"));
    m_ruleRep = new QComboBox(editor);
    m_ruleRep->setObjectName(QStringLiteral("ruleRep"));
    m_ruleRep->setAccessibleName(tr("Rep"));
    m_ruleTeam = new QComboBox(editor);
    m_ruleTeam->setObjectName(QStringLiteral("ruleTeam"));
    m_ruleTeam->setAccessibleName(tr("Team"));
    m_ruleWeighted = new QCheckBox(tr("weighted by deals won in the last 30 days"), editor);
    m_ruleWeighted->setObjectName(QStringLiteral("ruleWeighted"));
    auto *repRow = new QHBoxLayout;
    repRow->addWidget(m_toRep);
    repRow->addWidget(m_ruleRep, 1);
    auto *teamRow = new QHBoxLayout;
    teamRow->addWidget(m_toTeam);
    teamRow->addWidget(m_ruleTeam, 1);
    form->addRow(tr("&Name:"), m_ruleName);
    form->addRow(m_ruleActive);
    form->addRow(tr("When all hold:"), m_conditions);
    form->addRow(conditionButtons);
    form->addRow(tr("Give the lead:"), repRow);
    form->addRow(QString(), teamRow);
    form->addRow(QString(), m_ruleWeighted);

    // The settings for every lead span the tab under the rules and the editor: their texts are long,
    // longer still in translation.
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(editor, 3);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(columns, 1);
    layout->addWidget(m_fallbackWeighted);
    layout->addWidget(m_autoRoute);
    for (const RoutingRule &r : std::as_const(m_config.rules))
        m_ruleList->addItem(r.name);
    if (!m_config.rules.isEmpty())
        m_ruleList->setCurrentRow(0);
    else
        showRule(-1);
    return tab;
}

QString RoutingDialog::repName(qint64 id) const
{
    for (const Rep &r : m_reps) {
        if (r.id == id)
            return r.name;
    }
    return id ? tr("rep #%1").arg(id) : tr("nobody");
}

void RoutingDialog::showRule(int row)
{
    m_ruleRow = row;
    const bool valid = row >= 0 && row < m_config.rules.size();
    const RoutingRule r = valid ? m_config.rules.at(row) : RoutingRule();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ruleName, m_ruleActive, m_conditions, m_toRep, m_toTeam,
                                                       m_ruleRep, m_ruleTeam, m_ruleWeighted})
        w->setEnabled(valid);
    m_ruleName->setText(r.name);
    m_ruleActive->setChecked(r.active);
    m_conditions->setRowCount(0);
    for (const FieldCondition &c : r.conditions) {
        addCondition();
        const int i = m_conditions->rowCount() - 1;
        auto *field = static_cast<QComboBox *>(m_conditions->cellWidget(i, 0));
        auto *op = static_cast<QComboBox *>(m_conditions->cellWidget(i, 1));
        field->setCurrentIndex(std::max(0, field->findData(int(c.field))));
        op->setCurrentIndex(std::max(0, op->findData(int(c.op))));
        m_conditions->item(i, 2)->setText(c.values.join(QStringLiteral(", ")));
    }
    (r.targetTeam.isEmpty() ? m_toRep : m_toTeam)->setChecked(true);
    m_ruleRep->setCurrentIndex(std::max(0, m_ruleRep->findData(r.targetRep)));
    m_ruleTeam->setCurrentText(r.targetTeam);
    m_ruleWeighted->setChecked(r.weighted);
}

void RoutingDialog::storeRule()
{
    if (m_ruleRow < 0 || m_ruleRow >= m_config.rules.size())
        return;
    RoutingRule &r = m_config.rules[m_ruleRow];
    r.name = m_ruleName->text().trimmed();
    r.active = m_ruleActive->isChecked();
    r.conditions.clear();
    for (int i = 0; i < m_conditions->rowCount(); ++i) {
        FieldCondition c;
        c.field = LeadField(static_cast<QComboBox *>(m_conditions->cellWidget(i, 0))->currentData().toInt());
        c.op = FieldCondition::Op(static_cast<QComboBox *>(m_conditions->cellWidget(i, 1))->currentData().toInt());
        c.values = c.op == FieldCondition::Op::OneOf ? splitList(m_conditions->item(i, 2)->text())
                                                     : QStringList{m_conditions->item(i, 2)->text().trimmed()};
        if (c.op == FieldCondition::Op::IsSet)
            c.values.clear();
        r.conditions << c;
    }
    if (m_toRep->isChecked()) {
        r.targetRep = m_ruleRep->currentData().toLongLong();
        r.targetTeam.clear();
    } else {
        r.targetRep = 0;
        r.targetTeam = m_ruleTeam->currentText().trimmed();
    }
    r.weighted = m_ruleWeighted->isChecked();
    if (QListWidgetItem *item = m_ruleList->item(m_ruleRow))
        item->setText(r.name.isEmpty() ? tr("(unnamed rule)") : r.name);
}

void RoutingDialog::addRule()
{
    storeRule();
    RoutingRule r;
    r.name = tr("Rule %1").arg(m_config.rules.size() + 1);
    if (!m_reps.isEmpty())
        r.targetRep = m_reps.first().id;
    m_config.rules << r;
    m_ruleList->addItem(r.name);
    m_ruleRow = -1;
    m_ruleList->setCurrentRow(int(m_config.rules.size()) - 1);
    m_ruleName->setFocus();
    m_ruleName->selectAll();
}

void RoutingDialog::removeRule()
{
    const int row = m_ruleList->currentRow();
    if (row < 0)
        return;
    m_ruleRow = -1;
    m_config.rules.removeAt(row);
    delete m_ruleList->takeItem(row);
    showRule(m_ruleList->currentRow());
}

void RoutingDialog::moveRule(int delta)
{
    storeRule();
    const int row = m_ruleList->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_config.rules.size())
        return;
    m_config.rules.swapItemsAt(row, to);
    m_ruleRow = -1;
    const QSignalBlocker blocker(m_ruleList);
    QListWidgetItem *item = m_ruleList->takeItem(row);
    m_ruleList->insertItem(to, item);
    m_ruleList->setCurrentRow(to);
    showRule(to);
}

void RoutingDialog::addCondition()
{
    const int i = m_conditions->rowCount();
    m_conditions->insertRow(i);
    auto *field = new QComboBox(m_conditions);
    for (LeadField f : FieldCondition::routableFields())
        field->addItem(LeadFields::label(f), int(f));
    auto *op = new QComboBox(m_conditions);
    for (FieldCondition::Op o : {FieldCondition::Op::Equals, FieldCondition::Op::OneOf, FieldCondition::Op::Contains,
                                 FieldCondition::Op::AtLeast, FieldCondition::Op::AtMost, FieldCondition::Op::IsSet})
        op->addItem(FieldCondition::opName(o), int(o));
    m_conditions->setCellWidget(i, 0, field);
    m_conditions->setCellWidget(i, 1, op);
    m_conditions->setItem(i, 2, new QTableWidgetItem());
    m_conditions->resizeColumnsToContents();
}

void RoutingDialog::removeCondition()
{
    if (m_conditions->currentRow() >= 0)
        m_conditions->removeRow(m_conditions->currentRow());
}

RoutingConfig RoutingDialog::editedConfig()
{
    storeRule();
    RoutingConfig config = m_config;
    config.fallbackWeighted = m_fallbackWeighted->isChecked();
    config.autoRoute = m_autoRoute->isChecked();
    return config;
}

QWidget *RoutingDialog::buildPreviewTab()
{
    auto *tab = new QWidget(this);
    auto *run = new QPushButton(tr("Preview the rules being edited"), tab);
    run->setObjectName(QStringLiteral("previewButton"));
    connect(run, &QPushButton::clicked, this, &RoutingDialog::preview);
    m_previewLeads = new QTableWidget(0, 4, tab);
    m_previewLeads->setObjectName(QStringLiteral("previewLeads"));
    m_previewLeads->setHorizontalHeaderLabels({tr("Lead"), tr("Which"), tr("Would go to"), tr("Why")});
    m_previewLeads->horizontalHeader()->setStretchLastSection(true);
    m_previewLeads->verticalHeader()->hide();
    m_previewLoad = new QTableWidget(0, 3, tab);
    m_previewLoad->setObjectName(QStringLiteral("previewLoad"));
    m_previewLoad->setHorizontalHeaderLabels({tr("Rep"), tr("Open leads now"), tr("After")});
    m_previewLoad->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(tab);
    auto *note = new QLabel(tr("Who would get the last 50 leads that came in, and today's unassigned leads, under the "
                               "rules as edited here (nothing is saved or assigned)."),
                            tab);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(run);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_previewLeads, 3);
    tables->addWidget(m_previewLoad, 1);
    layout->addLayout(tables, 1);
    return tab;
}

void RoutingDialog::preview()
{
    const RoutingConfig config = editedConfig();
    const QString problem = Router(m_workspace).checkConfig(config);
    if (!problem.isEmpty()) {
        showError(this, tr("Preview"), problem);
        return;
    }
    Router::Simulation s;
    if (!guarded(this, tr("Preview"), [&] { s = Router(m_workspace).simulate(config, 50); }))
        return;
    m_previewLeads->setRowCount(0);
    auto addRows = [&](const QList<Router::Decision> &decisions, const QString &which) {
        for (const Router::Decision &d : decisions) {
            const int row = m_previewLeads->rowCount();
            m_previewLeads->insertRow(row);
            QString name;
            quietly([&] { name = m_workspace.leads().get(d.leadId).displayName(); });
            m_previewLeads->setItem(row, 0, readOnlyItem(name));
            m_previewLeads->setItem(row, 1, readOnlyItem(which));
            m_previewLeads->setItem(row, 2, readOnlyItem(d.repId ? repName(d.repId) : tr("nobody")));
            m_previewLeads->setItem(row, 3, readOnlyItem(d.reason));
        }
    };
    addRows(s.incoming, tr("recent"));
    addRows(s.unassignedToday, tr("unassigned today"));
    m_previewLeads->resizeColumnsToContents();
    m_previewLoad->setRowCount(0);
    for (const Rep &r : std::as_const(m_reps)) {
        const int row = m_previewLoad->rowCount();
        m_previewLoad->insertRow(row);
        m_previewLoad->setItem(row, 0, readOnlyItem(r.name));
        m_previewLoad->setItem(row, 1, readOnlyItem(QLocale().toString(s.loadBefore.value(r.id))));
        m_previewLoad->setItem(row, 2, readOnlyItem(QLocale().toString(s.loadAfter.value(r.id))));
    }
    m_previewLoad->resizeColumnsToContents();
}

QWidget *RoutingDialog::buildQualificationTab()
{
    auto *tab = new QWidget(this);
    BantRule rule;
    int notNow = 90;
    quietly([&] {
        rule = Qualification(m_workspace).rule();
        notNow = Queue(m_workspace).notNowDays();
    });
    auto *form = new QFormLayout(tab);
    m_bantMinimum = new QSpinBox(tab);
    m_bantMinimum->setObjectName(QStringLiteral("bantMinimum"));
    m_bantMinimum->setAccessibleName(tr("Criteria to meet"));
    m_bantMinimum->setRange(1, 4);
    m_bantMinimum->setValue(rule.minimumMet);
    m_bantMinimum->setSuffix(tr(" of 4"));
    form->addRow(tr("A lead is sales qualified when at least:"), m_bantMinimum);
    auto *required = new QHBoxLayout;
    for (BantRule::Criterion c : {BantRule::Criterion::Budget, BantRule::Criterion::Authority, BantRule::Criterion::Need,
                                  BantRule::Criterion::Timing}) {
        auto *box = new QCheckBox(BantRule::criterionName(c), tab);
        box->setObjectName(QStringLiteral("bantRequired_%1").arg(int(c)));
        box->setChecked(rule.required.contains(c));
        required->addWidget(box);
        m_bantRequired << box;
    }
    required->addStretch(1);
    form->addRow(tr("and always:"), required);
    m_notNowDays = new QSpinBox(tab);
    m_notNowDays->setObjectName(QStringLiteral("notNowDays"));
    m_notNowDays->setAccessibleName(tr("Days before trying again after \"not now\""));
    m_notNowDays->setRange(1, 3650);
    m_notNowDays->setValue(notNow);
    m_notNowDays->setSuffix(tr(" working days"));
    form->addRow(tr("After \"not now\" or nurturing, follow up in:"), m_notNowDays);
    return tab;
}

void RoutingDialog::accept()
{
    const RoutingConfig config = editedConfig();
    BantRule rule;
    rule.minimumMet = m_bantMinimum->value();
    const BantRule::Criterion criteria[] = {BantRule::Criterion::Budget, BantRule::Criterion::Authority,
                                            BantRule::Criterion::Need, BantRule::Criterion::Timing};
    for (int i = 0; i < m_bantRequired.size(); ++i) {
        if (m_bantRequired.at(i)->isChecked())
            rule.required << criteria[i];
    }
    if (!rule.check().isEmpty()) {
        m_tabs->setCurrentIndex(3);
        showError(this, windowTitle(), rule.check());
        return;
    }
    const QString problem = Router(m_workspace).checkConfig(config);
    if (!problem.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        showError(this, windowTitle(), problem);
        return;
    }
    if (guarded(this, windowTitle(), [&] {
            Router(m_workspace).saveConfig(config);
            Qualification(m_workspace).setRule(rule);
            Queue(m_workspace).setNotNowDays(m_notNowDays->value());
        }))
        QDialog::accept();
}
