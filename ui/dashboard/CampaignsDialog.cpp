#include "CampaignsDialog.h"

#include "campaigns/CampaignRepository.h"
#include "leads/Lead.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Roles { IdRole = Qt::UserRole };

// A date edit whose lowest value stands for "not set".
QDateEdit *optionalDate(QWidget *parent, const char *name, const QString &accessible)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1999, 12, 31));
    edit->setSpecialValueText(CampaignsDialog::tr("not set"));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate optionalValue(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

CampaignsDialog::CampaignsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("campaignsDialog"));
    setWindowTitle(tr("Campaigns"));
    resize(900, 560);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("campaignList"));
    m_list->setAccessibleName(tr("Campaigns"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("campaignAdd"));
    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("campaignDelete"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    leftLayout->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setAccessibleName(tr("Name"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("campaignChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("(none)"), QString());
    for (const QString &key : LeadSources::keys()) {
        const QString direction = LeadSources::direction(key) == LeadSources::Direction::Inbound ? tr("inbound")
                                                                                                 : tr("outbound");
        m_channel->addItem(tr("%1 (%2)").arg(LeadSources::displayName(key), direction), key);
    }
    m_cost = new QDoubleSpinBox(this);
    m_cost->setObjectName(QStringLiteral("campaignCost"));
    m_cost->setAccessibleName(tr("Cost"));
    m_cost->setRange(0, 1e12);
    m_cost->setDecimals(2);
    m_cost->setGroupSeparatorShown(true);
    m_visitors = new QSpinBox(this);
    m_visitors->setObjectName(QStringLiteral("campaignVisitors"));
    m_visitors->setAccessibleName(tr("Visitors"));
    m_visitors->setRange(0, 2000000000);
    m_starts = optionalDate(this, "campaignStarts", tr("Starts on"));
    m_ends = optionalDate(this, "campaignEnds", tr("Ends on"));
    m_costNote = new QLabel(this);
    m_costNote->setTextFormat(Qt::PlainText);
    m_costNote->setWordWrap(true);
    m_save = new QPushButton(tr("&Save Campaign"), this);
    m_save->setObjectName(QStringLiteral("campaignSave"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("&Cost"), m_cost);
    form->addRow(tr("&Visitors"), m_visitors);
    form->addRow(tr("&Starts on"), m_starts);
    form->addRow(tr("&Ends on"), m_ends);
    form->addRow(QString(), m_costNote);
    form->addRow(QString(), m_save);

    auto *entries = new QGroupBox(tr("Cost entries per day"), this);
    m_costs = new QTableWidget(entries);
    m_costs->setObjectName(QStringLiteral("campaignCosts"));
    m_costs->setAccessibleName(tr("Cost entries"));
    m_costs->setColumnCount(3);
    m_costs->setHorizontalHeaderLabels({tr("Day"), tr("Cost"), tr("Visitors")});
    m_costs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_costs->verticalHeader()->hide();
    m_costs->horizontalHeader()->setStretchLastSection(true);
    m_costDay = new QDateEdit(QDateTime::currentDateTimeUtc().date(), entries);
    m_costDay->setObjectName(QStringLiteral("costDay"));
    m_costDay->setAccessibleName(tr("Day of the entry"));
    m_costDay->setCalendarPopup(true);
    m_costAmount = new QDoubleSpinBox(entries);
    m_costAmount->setObjectName(QStringLiteral("costAmount"));
    m_costAmount->setAccessibleName(tr("Cost of the day"));
    m_costAmount->setRange(0, 1e12);
    m_costVisitors = new QSpinBox(entries);
    m_costVisitors->setObjectName(QStringLiteral("costVisitors"));
    m_costVisitors->setAccessibleName(tr("Visitors of the day"));
    m_costVisitors->setRange(0, 2000000000);
    auto *addCost = new QPushButton(tr("Add or &Replace"), entries);
    addCost->setObjectName(QStringLiteral("costAdd"));
    auto *removeCost = new QPushButton(tr("&Remove"), entries);
    removeCost->setObjectName(QStringLiteral("costRemove"));
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_costDay);
    entryRow->addWidget(m_costAmount);
    entryRow->addWidget(m_costVisitors);
    entryRow->addWidget(addCost);
    entryRow->addWidget(removeCost);
    auto *entriesLayout = new QVBoxLayout(entries);
    entriesLayout->addWidget(m_costs, 1);
    entriesLayout->addLayout(entryRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(entries, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &CampaignsDialog::showCampaign);
    connect(add, &QPushButton::clicked, this, &CampaignsDialog::addCampaign);
    connect(remove, &QPushButton::clicked, this, &CampaignsDialog::removeCampaign);
    connect(m_save, &QPushButton::clicked, this, &CampaignsDialog::saveCampaign);
    connect(addCost, &QPushButton::clicked, this, &CampaignsDialog::addCost);
    connect(removeCost, &QPushButton::clicked, this, &CampaignsDialog::removeCost);
    reload(0);
}

qint64 CampaignsDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void CampaignsDialog::selectCampaign(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == id)
            m_list->setCurrentRow(i);
    }
}

void CampaignsDialog::reload(qint64 select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    quietly([&] {
        for (const Campaign &c : m_workspace->campaigns().all()) {
            auto *item = new QListWidgetItem(c.name, m_list);
            item->setData(IdRole, c.id);
        }
    });
    int row = m_list->count() ? 0 : -1;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toLongLong() == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    showCampaign();
}

void CampaignsDialog::showCampaign()
{
    const qint64 id = currentId();
    std::optional<Campaign> c;
    QList<CampaignCost> costs;
    if (id)
        quietly([&] {
            c = m_workspace->campaigns().find(id);
            costs = m_workspace->campaigns().costs(id);
        });
    const bool has = c.has_value();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_channel), static_cast<QWidget *>(m_starts),
                       static_cast<QWidget *>(m_ends), static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_costs)})
        w->setEnabled(has);
    m_name->setText(has ? c->name : QString());
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(has ? c->channel : QString())));
    m_cost->setValue(has ? c->cost : 0);
    m_visitors->setValue(has ? int(std::min<qint64>(c->visitors, m_visitors->maximum())) : 0);
    m_starts->setDate(has && c->startsOn.isValid() ? c->startsOn : m_starts->minimumDate());
    m_ends->setDate(has && c->endsOn.isValid() ? c->endsOn : m_ends->minimumDate());
    // With entries, cost and visitors are their sums.
    m_cost->setEnabled(has && costs.isEmpty());
    m_visitors->setEnabled(has && costs.isEmpty());
    m_costNote->setText(costs.isEmpty()
                            ? tr("Without cost entries, the cost and visitors are spread evenly over the campaign's days.")
                            : tr("Cost and visitors are the sums of the %n cost entries.", nullptr, int(costs.size())));
    const QLocale locale;
    m_costs->setRowCount(int(costs.size()));
    for (qsizetype i = 0; i < costs.size(); ++i) {
        const CampaignCost &e = costs.at(i);
        auto *day = new QTableWidgetItem(locale.toString(e.day, QLocale::ShortFormat));
        day->setData(IdRole, e.day);
        m_costs->setItem(int(i), 0, day);
        auto *cost = new QTableWidgetItem(locale.toString(e.cost, 'f', 2));
        cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_costs->setItem(int(i), 1, cost);
        auto *visitors = new QTableWidgetItem(locale.toString(e.visitors));
        visitors->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_costs->setItem(int(i), 2, visitors);
    }
}

bool CampaignsDialog::saveCampaign()
{
    const qint64 id = currentId();
    if (!id)
        return false;
    Campaign c;
    c.id = id;
    c.name = m_name->text();
    c.channel = m_channel->currentData().toString();
    c.cost = m_cost->value();
    c.visitors = m_visitors->value();
    c.startsOn = optionalValue(m_starts);
    c.endsOn = optionalValue(m_ends);
    if (!guarded(this, tr("Save Campaign"), [&] { m_workspace->campaigns().update(c); }))
        return false;
    reload(id);
    return true;
}

void CampaignsDialog::addCampaign()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Campaign"), tr("Name of the campaign:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    Campaign c;
    c.name = name;
    c.startsOn = QDateTime::currentDateTimeUtc().date();
    qint64 id = 0;
    if (guarded(this, tr("New Campaign"), [&] { id = m_workspace->campaigns().add(c); }))
        reload(id);
}

void CampaignsDialog::removeCampaign()
{
    const qint64 id = currentId();
    if (!id)
        return;
    if (!askYesNo(this, tr("Delete Campaign"),
                  tr("Delete the campaign “%1” and its cost entries? Its leads stay, without a campaign.")
                      .arg(m_list->currentItem()->text()),
                  QMessageBox::No))
        return;
    if (guarded(this, tr("Delete Campaign"), [&] { m_workspace->campaigns().remove(id); }))
        reload(0);
}

void CampaignsDialog::addCost()
{
    const qint64 id = currentId();
    if (!id)
        return;
    CampaignCost e;
    e.campaignId = id;
    e.day = m_costDay->date();
    e.cost = m_costAmount->value();
    e.visitors = m_costVisitors->value();
    if (guarded(this, tr("Cost Entry"), [&] { m_workspace->campaigns().setCost(e); }))
        reload(id);
}

void CampaignsDialog::removeCost()
{
    const qint64 id = currentId();
    const QTableWidgetItem *day = m_costs->item(m_costs->currentRow(), 0);
    if (!id || !day)
        return;
    if (guarded(this, tr("Cost Entry"), [&] { m_workspace->campaigns().removeCost(id, day->data(IdRole).toDate()); }))
        reload(id);
}
