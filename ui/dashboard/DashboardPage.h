#pragma once

#include "kpi/Kpi.h"
#include "shell/Page.h"

#include <QMap>

#include <memory>

class Database;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

// The managers' dashboard: the KPIs of a date range grouped by campaign, source, rep or month, as charts
// (funnel, sales per month with growth, CPL / CPA / ROI by campaign, leads by source, cycle-time
// distribution) and a table. Clicking a bar or a slice lists the leads or deals behind it. The page
// follows edits in the workspace, and exports a PDF report, a PNG per chart and a CSV per table.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    enum class Chart { Funnel, SalesPerMonth, CostByCampaign, LeadsBySource, CycleTime };

    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack = nullptr) override;
    void setReadOnly(bool readOnly) override;

    Kpi::Range range() const;
    void setRange(const Kpi::Range &range);
    Kpi::Grouping grouping() const;
    void setGrouping(Kpi::Grouping grouping);
    const Kpi::Report &report() const { return m_report; }
    QChartView *chartView(Chart chart) const { return m_charts.value(chart); }

    // Recomputes now (edits and control changes schedule it).
    void refreshNow();

    // Writes the report; false (and *error says why) when a file cannot be written.
    bool exportPdf(const QString &path, QString *error) const;
    bool exportPngs(const QString &folder, QStringList *written, QString *error) const;
    bool exportCsvs(const QString &folder, QStringList *written, QString *error) const;

    // What the drill-down list shows: leads or deals behind a figure.
    void showLeadsBehind(const Kpi::Selection &selection, const QString &what);
    void showDealsBehind(const Kpi::Selection &selection, const QString &what);

signals:
    void refreshed();
    void openLeadRequested(qint64 leadId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void fillCharts();
    void fillTable();
    void exportWithDialog(int kind);
    QString fileStem(Chart chart) const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<Database> m_helper; // a second read connection: KpiService reads part of a report on it
    Kpi::Report m_report;
    bool m_dirty = true;
    QTimer *m_refreshTimer;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_grouping;
    QPushButton *m_export;
    QPushButton *m_campaignsButton;
    bool m_readOnly = false;
    QLabel *m_summary;
    QLabel *m_leak;
    QMap<Chart, QChartView *> m_charts;
    QTableWidget *m_table;
    QLabel *m_drillTitle;
    QTableWidget *m_drill;
};
