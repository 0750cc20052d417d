#include "DashboardPage.h"

#include "CampaignsDialog.h"

#include "campaigns/CampaignRepository.h"
#include "kpi/KpiService.h"
#include "leads/LeadRepository.h"
#include "pipeline/DealRepository.h"
#include "shell/ErrorReporting.h"
#include "storage/Database.h"
#include "shell/Icons.h"
#include "workspace/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Kpi;

namespace {

enum DrillRole { IdRole = Qt::UserRole };

const QColor accent(0x25, 0x63, 0xeb);
const QColor second(0x0d, 0x94, 0x88);
const QColor warn(0xd9, 0x77, 0x06);
const QColor danger(0xdc, 0x26, 0x26);

QChart *resetChart(QChartView *view, const QString &title)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    return chart;
}

// "Dec 2025"; on a chart's axis, where a year of months must fit, "Dec 25".
QString monthLabel(const QString &key, bool shortForm = false)
{
    const QDate d = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, shortForm ? QStringLiteral("MMM yy") : QStringLiteral("MMM yyyy")) : key;
}

double niceMax(double v)
{
    if (v <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= v)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QValueAxis *valueAxis(double max, const QString &format = QStringLiteral("%.0f"))
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(format);
    if (max <= 5) {
        // Small counts: a tick per whole number, never "0 0 1 1".
        const int top = std::max(1, int(std::ceil(max)));
        axis->setRange(0, top);
        axis->setTickCount(top + 1);
        return axis;
    }
    axis->setRange(0, niceMax(max));
    axis->applyNiceNumbers();
    return axis;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = DashboardPage::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : Page(parent)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshNow();
        else
            m_dirty = true;
    });

    auto *bar = new QHBoxLayout;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto dateEdit = [this](const char *name, const QString &accessible, const QDate &date) {
        auto *edit = new QDateEdit(date, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::scheduleRefresh);
        return edit;
    };
    m_from = dateEdit("dashboardFrom", tr("First day"), QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to = dateEdit("dashboardTo", tr("Last day"), today);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("dashboardGrouping"));
    m_grouping->setAccessibleName(tr("Group by"));
    for (Grouping g : {Grouping::Campaign, Grouping::Source, Grouping::Rep, Grouping::Month})
        m_grouping->addItem(groupingName(g), int(g));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardPage::scheduleRefresh);
    m_export = new QPushButton(tr("Export"), this);
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("PDF Report…"), this, [this] { exportWithDialog(0); });
    menu->addAction(tr("Charts as PNG…"), this, [this] { exportWithDialog(1); });
    menu->addAction(tr("Tables as CSV…"), this, [this] { exportWithDialog(2); });
    m_export->setMenu(menu);
    m_campaignsButton = new QPushButton(tr("&Campaigns…"), this);
    m_campaignsButton->setObjectName(QStringLiteral("dashboardCampaigns"));
    m_campaignsButton->setToolTip(tr("Campaigns, their channel, cost entries per day, visitors and dates"));
    connect(m_campaignsButton, &QPushButton::clicked, this, [this] {
        if (!m_workspace)
            return;
        CampaignsDialog dialog(m_workspace, this);
        dialog.exec();
    });
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto *byLabel = new QLabel(tr("&Group by"), this);
    byLabel->setBuddy(m_grouping);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(byLabel);
    bar->addWidget(m_grouping);
    bar->addStretch(1);
    bar->addWidget(m_campaignsButton);
    bar->addWidget(m_export);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_leak = new QLabel(this);
    m_leak->setObjectName(QStringLiteral("dashboardLeak"));
    m_leak->setTextFormat(Qt::PlainText);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    auto makeChart = [&](Chart which, const char *name, int row, int column) {
        auto *chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        auto *view = new QChartView(chart, content);
        view->setObjectName(QString::fromLatin1(name));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
        m_charts.insert(which, view);
        grid->addWidget(view, row, column);
    };
    makeChart(Chart::Funnel, "chartFunnel", 0, 0);
    makeChart(Chart::SalesPerMonth, "chartSales", 0, 1);
    makeChart(Chart::CostByCampaign, "chartCampaignCost", 1, 0);
    makeChart(Chart::LeadsBySource, "chartSources", 1, 1);
    makeChart(Chart::CycleTime, "chartCycle", 2, 0);
    m_table = new QTableWidget(content);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setAccessibleName(tr("KPIs by group"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(260);
    m_table->verticalHeader()->hide();
    grid->addWidget(m_table, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *drillBox = new QWidget(this);
    auto *drillLayout = new QVBoxLayout(drillBox);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    m_drillTitle = new QLabel(tr("Click a bar or a slice to list the leads or deals behind it."), drillBox);
    m_drillTitle->setObjectName(QStringLiteral("dashboardDrillTitle"));
    m_drillTitle->setTextFormat(Qt::PlainText);
    m_drillTitle->setWordWrap(true);
    m_drill = new QTableWidget(drillBox);
    m_drill->setObjectName(QStringLiteral("dashboardDrillList"));
    m_drill->setAccessibleName(tr("Leads or deals behind the figure"));
    m_drill->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_drill->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_drill->verticalHeader()->hide();
    m_drill->horizontalHeader()->setStretchLastSection(true);
    connect(m_drill, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem *item = m_drill->item(row, 0);
        if (item && item->data(IdRole).toLongLong() > 0)
            emit openLeadRequested(item->data(IdRole).toLongLong());
    });
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_drill, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(drillBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_leak);
    layout->addWidget(splitter, 1);
}

DashboardPage::~DashboardPage() = default;

QIcon DashboardPage::icon() const
{
    return Icons::icon(Icons::Glyph::Dashboard);
}

void DashboardPage::setWorkspace(Workspace *workspace, QUndoStack *)
{
    if (m_workspace) {
        disconnect(&m_workspace->leads(), nullptr, this, nullptr);
        disconnect(&m_workspace->deals(), nullptr, this, nullptr);
        disconnect(&m_workspace->campaigns(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_report = Report();
    m_helper.reset();
    if (m_workspace) {
        quietly([&] { m_helper = m_workspace->openConnection(true); });
        LeadRepository *leads = &m_workspace->leads();
        connect(leads, &LeadRepository::leadsAdded, this, &DashboardPage::scheduleRefresh);
        connect(leads, &LeadRepository::leadsChanged, this, &DashboardPage::scheduleRefresh);
        connect(leads, &LeadRepository::leadsRemoved, this, &DashboardPage::scheduleRefresh);
        connect(leads, &LeadRepository::stageChanged, this, &DashboardPage::scheduleRefresh);
        connect(leads, &LeadRepository::activitiesChanged, this, &DashboardPage::scheduleRefresh);
        connect(leads, &LeadRepository::reset, this, &DashboardPage::scheduleRefresh);
        DealRepository *deals = &m_workspace->deals();
        connect(deals, &DealRepository::dealsChanged, this, &DashboardPage::scheduleRefresh);
        connect(deals, &DealRepository::dealsRemoved, this, &DashboardPage::scheduleRefresh);
        connect(deals, &DealRepository::reset, this, &DashboardPage::scheduleRefresh);
        connect(&m_workspace->campaigns(), &CampaignRepository::changed, this, &DashboardPage::scheduleRefresh);
    }
    m_drill->clear();
    m_drill->setRowCount(0);
    m_campaignsButton->setEnabled(m_workspace && !m_readOnly);
    m_dirty = true;
    if (isVisible())
        refreshNow();
}

void DashboardPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_campaignsButton->setEnabled(m_workspace && !m_readOnly);
}

Range DashboardPage::range() const
{
    return {m_from->date(), m_to->date()};
}

void DashboardPage::setRange(const Range &range)
{
    m_from->setDate(range.from);
    m_to->setDate(range.to);
}

Grouping DashboardPage::grouping() const
{
    return Grouping(m_grouping->currentData().toInt());
}

void DashboardPage::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        refreshNow();
}

void DashboardPage::scheduleRefresh()
{
    m_dirty = true;
    m_refreshTimer->start();
}

void DashboardPage::refreshNow()
{
    m_refreshTimer->stop();
    m_dirty = false;
    m_export->setEnabled(false);
    if (!m_workspace) {
        m_report = Report();
        m_summary->setText(tr("Open a workspace to see its KPIs."));
        m_leak->clear();
        fillCharts();
        fillTable();
        return;
    }
    if (!range().isValid()) {
        m_summary->setText(tr("The first day (%1) is after the last day (%2): choose a range that starts before it ends.")
                               .arg(QLocale().toString(m_from->date(), QLocale::ShortFormat),
                                    QLocale().toString(m_to->date(), QLocale::ShortFormat)));
        m_leak->clear();
        return;
    }
    bool ok = quietly([&] { m_report = KpiService(m_workspace->db(), m_helper.get()).compute(range(), grouping()); });
    if (!ok) {
        m_summary->setText(tr("The KPIs could not be computed; see the workspace check (File menu)."));
        return;
    }
    const Group &t = m_report.total;
    auto f = [&](Metric m) { return format(t.value(m), metricUnit(m)); };
    m_summary->setText(tr("Leads %1 · MQL %2 · SQL %3 · Free trials %4 · New customers %5 · Total sales %6 · "
                          "Gross margin %7 · Cost %8 · CPL %9 · CPA %10 · ROI %11 · Lifetime value %12 · "
                          "Average deal %13 · Sales cycle %14 days (median), %15 (90%)")
                           .arg(f(Metric::Leads), f(Metric::Mql), f(Metric::Sql), f(Metric::Trials),
                                f(Metric::NewCustomers), f(Metric::Revenue), f(Metric::GrossMargin), f(Metric::Cost),
                                f(Metric::Cpl))
                           .arg(f(Metric::Cpa), f(Metric::Roi), f(Metric::Clv), f(Metric::AvgDealSize),
                                f(Metric::CycleMedian), f(Metric::CycleP90)));
    if (m_report.biggestLeak > 0) {
        const FunnelStep &to = m_report.funnel.at(m_report.biggestLeak);
        const FunnelStep &from = m_report.funnel.at(m_report.biggestLeak - 1);
        m_leak->setText(tr("Biggest leak: %1 → %2, only %3 go on.")
                            .arg(from.name, to.name, format(to.conversion, Unit::Percent)));
    } else {
        m_leak->setText(tr("Biggest leak: %1 (no leads in the range).").arg(dash()));
    }
    fillCharts();
    fillTable();
    m_export->setEnabled(true);
    emit refreshed();
}

void DashboardPage::fillCharts()
{
    const Report &r = m_report;
    const QLocale locale;

    // Funnel: horizontal bars, the first step on top.
    {
        QChart *chart = resetChart(m_charts[Chart::Funnel], tr("Funnel"));
        auto *set = new QBarSet(tr("Leads"));
        QStringList categories;
        qint64 top = 0;
        for (qsizetype i = r.funnel.size() - 1; i >= 0; --i) {
            const FunnelStep &s = r.funnel.at(i);
            *set << double(s.reached);
            QString label = s.name;
            if (s.conversion)
                label += QStringLiteral(" (%1)").arg(format(s.conversion, Unit::Percent));
            categories << label;
            top = std::max(top, s.reached);
        }
        set->setColor(accent);
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        auto *x = valueAxis(double(top));
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        chart->legend()->hide();
        connect(set, &QBarSet::clicked, this, [this](int index) {
            const qsizetype step = m_report.funnel.size() - 1 - index;
            if (step < 0 || step >= m_report.funnel.size())
                return;
            Selection s;
            s.grouping = grouping();
            s.stages = m_report.funnel.at(step).stages;
            showLeadsBehind(s, tr("funnel step “%1”").arg(m_report.funnel.at(step).name));
        });
    }

    // Sales per month: bars, and growth over the month before as a line on its own axis.
    {
        QChart *chart = resetChart(m_charts[Chart::SalesPerMonth], tr("Total sales per month"));
        auto *set = new QBarSet(tr("Total sales"));
        set->setColor(accent);
        auto *growth = new QLineSeries;
        growth->setName(tr("Growth over the month before (%)"));
        growth->setPen(QPen(warn, 2));
        growth->setPointsVisible(true);
        QStringList categories;
        double top = 0, low = 0, high = 0;
        for (qsizetype i = 0; i < r.months.size(); ++i) {
            const MonthSales &m = r.months.at(i);
            *set << m.revenue;
            categories << monthLabel(m.month, true);
            top = std::max(top, m.revenue);
            if (m.growth) {
                growth->append(double(i), *m.growth);
                low = std::min(low, *m.growth);
                high = std::max(high, *m.growth);
            }
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        chart->addSeries(growth);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        // Upright and whole: "Dec 25" is short, but Qt Charts cuts slanted labels to "…" on a small chart
        // and drops the first and last ones.
        x->setLabelsAngle(-90);
        x->setTruncateLabels(false);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        growth->attachAxis(x);
        auto *y = valueAxis(top);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        auto *g = new QValueAxis;
        g->setRange(std::floor(low / 10) * 10, std::max(10.0, std::ceil(high / 10) * 10));
        g->setLabelFormat(QStringLiteral("%.0f%%"));
        chart->addAxis(g, Qt::AlignRight);
        growth->attachAxis(g);
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index < 0 || index >= m_report.months.size())
                return;
            Selection s;
            s.grouping = Grouping::Month;
            s.key = m_report.months.at(index).month;
            showDealsBehind(s, tr("sales of %1").arg(monthLabel(*s.key)));
        });
    }

    // CPL and CPA by campaign (bars), ROI (points on its own axis); the campaigns that cost the most.
    {
        QChart *chart = resetChart(m_charts[Chart::CostByCampaign], tr("CPL, CPA and ROI by campaign"));
        QList<Group> campaigns;
        for (const Group &g : r.byCampaign) {
            if (g.cost.value_or(0) > 0 || g.leads() > 0)
                campaigns << g;
        }
        std::stable_sort(campaigns.begin(), campaigns.end(),
                         [](const Group &a, const Group &b) { return a.cost.value_or(0) > b.cost.value_or(0); });
        if (campaigns.size() > 10)
            campaigns.resize(10);
        auto *cpl = new QBarSet(tr("CPL"));
        cpl->setColor(accent);
        auto *cpa = new QBarSet(tr("CPA"));
        cpa->setColor(second);
        auto *roi = new QScatterSeries;
        roi->setName(tr("ROI (%)"));
        roi->setColor(danger);
        roi->setMarkerSize(10);
        QStringList categories;
        double top = 0, low = 0, high = 0;
        for (qsizetype i = 0; i < campaigns.size(); ++i) {
            const Group &g = campaigns.at(i);
            const double a = g.value(Metric::Cpl).value_or(0);
            const double b = g.value(Metric::Cpa).value_or(0);
            *cpl << a;
            *cpa << b;
            top = std::max({top, a, b});
            if (const auto v = g.value(Metric::Roi)) {
                roi->append(double(i), *v);
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
            categories << g.label;
        }
        auto *series = new QBarSeries;
        series->append(cpl);
        series->append(cpa);
        chart->addSeries(series);
        chart->addSeries(roi);
        // Campaign names are cut here, to a width the chart has room for, rather than by Qt Charts (which
        // leaves "S..." on a small chart); the whole name shows when a bar is hovered.
        auto *x = new QBarCategoryAxis;
        const QFontMetrics metrics(x->labelsFont());
        QStringList shown;
        for (const QString &name : std::as_const(categories)) {
            QString label = metrics.elidedText(name, Qt::ElideMiddle, metrics.averageCharWidth() * 11);
            while (shown.contains(label))
                label += QChar(0x200B); // campaigns whose names start alike keep a category each
            shown << label;
        }
        x->append(shown);
        x->setLabelsAngle(-90); // slanted, the first and last labels would fall off the chart's edges
        x->setTruncateLabels(false);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        roi->attachAxis(x);
        connect(series, &QBarSeries::hovered, this, [categories](bool on, int index) {
            if (on && index >= 0 && index < categories.size())
                QToolTip::showText(QCursor::pos(), QStringLiteral("<p>%1</p>").arg(categories.at(index).toHtmlEscaped()));
            else
                QToolTip::hideText();
        });
        auto *y = valueAxis(top);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        auto *g = new QValueAxis;
        g->setRange(std::floor(low / 50) * 50, std::max(50.0, std::ceil(high / 50) * 50));
        g->setLabelFormat(QStringLiteral("%.0f%%"));
        chart->addAxis(g, Qt::AlignRight);
        roi->attachAxis(g);
        QStringList keys;
        for (const Group &c : campaigns)
            keys << c.key;
        auto open = [this, keys, categories](int index) {
            if (index < 0 || index >= keys.size())
                return;
            Selection s;
            s.grouping = Grouping::Campaign;
            s.key = keys.at(index);
            showLeadsBehind(s, tr("campaign “%1”").arg(categories.at(index)));
        };
        connect(cpl, &QBarSet::clicked, this, open);
        connect(cpa, &QBarSet::clicked, this, open);
    }

    // Leads by source.
    {
        QChart *chart = resetChart(m_charts[Chart::LeadsBySource], tr("Leads by source"));
        auto *series = new QPieSeries;
        const double all = double(r.total.leads());
        for (const Group &g : r.bySource) {
            if (g.leads() == 0)
                continue;
            QPieSlice *slice = series->append(
                QStringLiteral("%1 (%2)").arg(g.label, format(100.0 * double(g.leads()) / all, Unit::Percent, locale)),
                double(g.leads()));
            const QString key = g.key;
            const QString label = g.label;
            connect(slice, &QPieSlice::clicked, this, [this, key, label] {
                Selection s;
                s.grouping = Grouping::Source;
                s.key = key;
                showLeadsBehind(s, tr("source “%1”").arg(label));
            });
        }
        series->setLabelsVisible(series->count() <= 8);
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
    }

    // Cycle time distribution.
    {
        QChart *chart = resetChart(m_charts[Chart::CycleTime],
                                   tr("Sales cycle (first touch to close): median %1 days, 90% within %2")
                                       .arg(format(r.total.value(Metric::CycleMedian), Unit::Days),
                                            format(r.total.value(Metric::CycleP90), Unit::Days)));
        auto *set = new QBarSet(tr("Won deals"));
        set->setColor(second);
        QStringList categories;
        qint64 top = 0;
        for (const CycleBucket &b : r.cycleBuckets) {
            *set << double(b.deals);
            categories << (b.maxDays < 0 ? QStringLiteral("%1+").arg(b.minDays)
                                         : QStringLiteral("%1–%2").arg(b.minDays).arg(b.maxDays));
            top = std::max(top, b.deals);
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        x->setTitleText(tr("Days"));
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = valueAxis(double(top));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        chart->legend()->hide();
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index < 0 || index >= m_report.cycleBuckets.size())
                return;
            const CycleBucket &b = m_report.cycleBuckets.at(index);
            Selection s;
            s.minCycleDays = b.minDays;
            s.maxCycleDays = b.maxDays;
            showDealsBehind(s, tr("deals closed in %1").arg(b.label()));
        });
    }
}

void DashboardPage::fillTable()
{
    const QList<Metric> metrics = allMetrics();
    m_table->clear();
    m_table->setColumnCount(int(metrics.size()) + 1);
    QStringList headers{groupingName(m_report.grouping)};
    for (Metric m : metrics)
        headers << metricName(m);
    m_table->setHorizontalHeaderLabels(headers);
    const qsizetype rows = m_workspace ? m_report.groups.size() + 1 : 0;
    m_table->setRowCount(int(rows));
    auto fill = [&](int row, const Group &g, const QString &label, bool bold) {
        QTableWidgetItem *first = cell(label);
        if (bold) {
            QFont font = first->font();
            font.setBold(true);
            first->setFont(font);
        }
        m_table->setItem(row, 0, first);
        for (qsizetype c = 0; c < metrics.size(); ++c)
            m_table->setItem(row, int(c) + 1, cell(format(g.value(metrics.at(c)), metricUnit(metrics.at(c))), true));
    };
    if (rows == 0)
        return;
    for (qsizetype i = 0; i < m_report.groups.size(); ++i) {
        const Group &g = m_report.groups.at(i);
        fill(int(i), g, m_report.grouping == Grouping::Month ? monthLabel(g.key) : g.label, false);
    }
    fill(int(rows) - 1, m_report.total, tr("Total"), true);
    m_table->resizeColumnsToContents();
}

void DashboardPage::showLeadsBehind(const Selection &selection, const QString &what)
{
    if (!m_workspace || !range().isValid())
        return;
    constexpr int limit = 500;
    QList<LeadItem> leads;
    qint64 total = 0;
    if (!guarded(this, tr("Dashboard"), [&] {
            leads = KpiService(m_workspace->db()).leadsBehind(range(), selection, limit, &total);
        }))
        return;
    m_drill->clear();
    m_drill->setColumnCount(4);
    m_drill->setHorizontalHeaderLabels({tr("Lead"), tr("Company"), tr("Stage"), tr("Created")});
    m_drill->setRowCount(int(leads.size()));
    const QLocale locale;
    for (qsizetype i = 0; i < leads.size(); ++i) {
        const LeadItem &l = leads.at(i);
        QTableWidgetItem *name = cell(l.name);
        name->setData(IdRole, l.id);
        m_drill->setItem(int(i), 0, name);
        m_drill->setItem(int(i), 1, cell(l.company));
        m_drill->setItem(int(i), 2, cell(Lifecycle::displayName(l.stage)));
        m_drill->setItem(int(i), 3,
                         cell(locale.toString(QDateTime::fromMSecsSinceEpoch(l.createdAt).date(), QLocale::ShortFormat)));
    }
    m_drill->resizeColumnsToContents();
    m_drillTitle->setText(total > leads.size()
                              ? tr("Leads behind %1: the newest %2 of %3. Double-click one to open it.")
                                    .arg(what, locale.toString(qint64(leads.size())), locale.toString(total))
                              : tr("Leads behind %1: %2. Double-click one to open it.").arg(what, locale.toString(total)));
}

void DashboardPage::showDealsBehind(const Selection &selection, const QString &what)
{
    if (!m_workspace || !range().isValid())
        return;
    constexpr int limit = 500;
    QList<DealItem> deals;
    qint64 total = 0;
    if (!guarded(this, tr("Dashboard"), [&] {
            deals = KpiService(m_workspace->db()).dealsBehind(range(), selection, limit, &total);
        }))
        return;
    m_drill->clear();
    m_drill->setColumnCount(4);
    m_drill->setHorizontalHeaderLabels({tr("Deal"), tr("Company"), tr("Amount"), tr("Won on")});
    m_drill->setRowCount(int(deals.size()));
    const QLocale locale;
    for (qsizetype i = 0; i < deals.size(); ++i) {
        const DealItem &d = deals.at(i);
        QTableWidgetItem *title = cell(d.title);
        title->setData(IdRole, d.leadId.value_or(0));
        m_drill->setItem(int(i), 0, title);
        m_drill->setItem(int(i), 1, cell(d.company));
        m_drill->setItem(int(i), 2, cell(locale.toString(d.amount, 'f', 2) + QLatin1Char(' ') + d.currency, true));
        m_drill->setItem(int(i), 3,
                         cell(locale.toString(QDateTime::fromMSecsSinceEpoch(d.closedAt, QTimeZone::utc()).date(),
                                              QLocale::ShortFormat)));
    }
    m_drill->resizeColumnsToContents();
    m_drillTitle->setText(total > deals.size()
                              ? tr("Won deals behind %1: the latest %2 of %3. Double-click one to open its lead.")
                                    .arg(what, locale.toString(qint64(deals.size())), locale.toString(total))
                              : tr("Won deals behind %1: %2. Double-click one to open its lead.").arg(what, locale.toString(total)));
}

QString DashboardPage::fileStem(Chart chart) const
{
    switch (chart) {
    case Chart::Funnel: return QStringLiteral("funnel");
    case Chart::SalesPerMonth: return QStringLiteral("sales_per_month");
    case Chart::CostByCampaign: return QStringLiteral("cpl_cpa_roi_by_campaign");
    case Chart::LeadsBySource: return QStringLiteral("leads_by_source");
    case Chart::CycleTime: return QStringLiteral("sales_cycle");
    }
    return {};
}

bool DashboardPage::exportPngs(const QString &folder, QStringList *written, QString *error) const
{
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        const QString path = QDir(folder).filePath(fileStem(it.key()) + QStringLiteral(".png"));
        QChartView *view = it.value();
        QPixmap image(view->size().expandedTo(QSize(900, 520)));
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            view->render(&painter, QRectF(image.rect()), view->viewport()->rect());
        }
        if (!image.save(path, "PNG")) {
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        *written << path;
    }
    return true;
}

bool DashboardPage::exportCsvs(const QString &folder, QStringList *written, QString *error) const
{
    const QDir dir(folder);
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("kpi_by_%1.csv").arg(groupingKey(m_report.grouping)), tableCsv(m_report.groups, &m_report.total)},
        {QStringLiteral("sales_per_month.csv"), monthsCsv(m_report.months)},
        {QStringLiteral("funnel.csv"), funnelCsv(m_report.funnel)},
        {QStringLiteral("sales_cycle.csv"), cycleCsv(m_report.cycleBuckets)},
    };
    for (const auto &[name, bytes] : files) {
        if (!writeFile(dir.filePath(name), bytes, error))
            return false;
        *written << dir.filePath(name);
    }
    return true;
}

bool DashboardPage::exportPdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(tr("KPI report"));
    writer.setCreator(QStringLiteral("Leadbench"));
    QPainter p;
    if (!p.begin(&writer)) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QLocale locale;
    const QRect page = p.viewport();
    QFont body = p.font();
    body.setPointSizeF(9);
    QFont heading = body;
    heading.setPointSizeF(16);
    heading.setBold(true);
    const int line = QFontMetrics(body, &writer).height() + 6;
    int y = 0;

    auto newPage = [&] {
        writer.newPage();
        y = 0;
    };
    auto title = [&](const QString &text) {
        p.setFont(heading);
        const int h = QFontMetrics(heading, &writer).height();
        p.drawText(QRect(0, y, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += h + line / 2;
        p.setFont(body);
    };
    // A table across the page, continued on new pages as needed (the header repeated).
    auto table = [&](const QString &caption, const QStringList &headers, const QList<QStringList> &rows) {
        if (y + 4 * line > page.height())
            newPage();
        title(caption);
        const int columns = int(headers.size());
        const int first = std::max(page.width() / 5, page.width() / std::max(1, columns) * 2);
        const int rest = columns > 1 ? (page.width() - first) / (columns - 1) : 0;
        auto drawRow = [&](const QStringList &cells, bool bold) {
            QFont f = body;
            f.setBold(bold);
            p.setFont(f);
            int x = 0;
            for (int c = 0; c < columns; ++c) {
                const int w = c == 0 ? first : rest;
                p.drawText(QRect(x + 4, y, w - 8, line), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                           QFontMetrics(f, &writer).elidedText(cells.value(c), Qt::ElideRight, w - 8));
                x += w;
            }
            y += line;
        };
        drawRow(headers, true);
        for (const QStringList &r : rows) {
            if (y + line > page.height()) {
                newPage();
                drawRow(headers, true);
            }
            drawRow(r, false);
        }
        y += line;
    };

    // Page 1: what, when, the totals.
    title(tr("KPI report"));
    p.drawText(QRect(0, y, page.width(), line), Qt::AlignLeft,
               tr("%1 to %2, by %3 · made %4")
                   .arg(locale.toString(m_report.range.from, QLocale::LongFormat),
                        locale.toString(m_report.range.to, QLocale::LongFormat),
                        groupingName(m_report.grouping).toLower(),
                        locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    y += 2 * line;
    QList<QStringList> totals;
    for (Metric m : allMetrics())
        totals << QStringList{metricName(m), format(m_report.total.value(m), metricUnit(m))};
    if (m_report.biggestLeak > 0)
        totals << QStringList{tr("Biggest leak"), QStringLiteral("%1 → %2 (%3)")
                                                      .arg(m_report.funnel.at(m_report.biggestLeak - 1).name,
                                                           m_report.funnel.at(m_report.biggestLeak).name,
                                                           format(m_report.funnel.at(m_report.biggestLeak).conversion, Unit::Percent))};
    table(tr("Totals"), {tr("KPI"), tr("Value")}, totals);

    // A page per chart.
    for (auto it = m_charts.cbegin(); it != m_charts.cend(); ++it) {
        newPage();
        QChartView *view = it.value();
        const QSize size = view->size().expandedTo(QSize(900, 520));
        QPixmap image(size * 2);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter ip(&image);
            ip.setRenderHint(QPainter::Antialiasing);
            view->render(&ip, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
        }
        QSizeF target = QSizeF(size).scaled(QSizeF(page.size()), Qt::KeepAspectRatio);
        p.drawPixmap(QRectF(QPointF(0, 0), target), image, QRectF(image.rect()));
    }

    // The tables.
    newPage();
    const QList<Metric> metrics = allMetrics();
    const qsizetype half = metrics.size() / 2;
    for (int part = 0; part < 2; ++part) {
        QStringList headers{groupingName(m_report.grouping)};
        const qsizetype from = part == 0 ? 0 : half;
        const qsizetype to = part == 0 ? half : metrics.size();
        for (qsizetype c = from; c < to; ++c)
            headers << metricName(metrics.at(c));
        QList<QStringList> rows;
        auto add = [&](const Group &g, const QString &label) {
            QStringList row{label};
            for (qsizetype c = from; c < to; ++c)
                row << format(g.value(metrics.at(c)), metricUnit(metrics.at(c)));
            rows << row;
        };
        for (const Group &g : m_report.groups)
            add(g, m_report.grouping == Grouping::Month ? monthLabel(g.key) : g.label);
        add(m_report.total, tr("Total"));
        table(part == 0 ? tr("KPIs by %1 (1/2)").arg(groupingName(m_report.grouping).toLower())
                        : tr("KPIs by %1 (2/2)").arg(groupingName(m_report.grouping).toLower()),
              headers, rows);
    }
    QList<QStringList> months;
    for (const MonthSales &m : m_report.months)
        months << QStringList{monthLabel(m.month), format(m.revenue, Unit::Money), locale.toString(m.wonDeals),
                              format(m.growth, Unit::Percent)};
    table(tr("Total sales per month"), {tr("Month"), tr("Total sales"), tr("Won deals"), tr("Growth")}, months);
    QList<QStringList> funnel;
    for (qsizetype i = 0; i < m_report.funnel.size(); ++i) {
        const FunnelStep &f = m_report.funnel.at(i);
        funnel << QStringList{f.name, locale.toString(f.reached), format(f.conversion, Unit::Percent),
                              i == m_report.biggestLeak ? tr("biggest leak") : QString()};
    }
    table(tr("Funnel"), {tr("Step"), tr("Leads"), tr("Conversion"), QString()}, funnel);
    QList<QStringList> cycle;
    for (const CycleBucket &b : m_report.cycleBuckets)
        cycle << QStringList{b.label(), locale.toString(b.deals)};
    table(tr("Sales cycle"), {tr("First touch to close"), tr("Won deals")}, cycle);

    if (!p.end()) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void DashboardPage::exportWithDialog(int kind)
{
    QString error;
    QStringList written;
    bool ok = false;
    if (kind == 0) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF Report"),
                                                          QDir::home().filePath(tr("kpi-report.pdf")), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        ok = exportPdf(path, &error);
        written << path;
    } else {
        const QString folder = QFileDialog::getExistingDirectory(
            this, kind == 1 ? tr("Export Charts as PNG") : tr("Export Tables as CSV"), QDir::homePath());
        if (folder.isEmpty())
            return;
        ok = kind == 1 ? exportPngs(folder, &written, &error) : exportCsvs(folder, &written, &error);
    }
    if (!ok) {
        showError(this, tr("Export"), error);
        return;
    }
    emit statusMessage(tr("Exported %n file(s).", nullptr, int(written.size())));
}
