#pragma once

#include "distribution/RepRepository.h"
#include "leads/LeadPager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QItemSelection>
#include <QList>
#include <QPointer>

#include <atomic>
#include <memory>

class Workspace;

// The lead list over the whole workspace, a window of rows at a time (LeadPager): rowCount() is a
// SQL count, data() reads pages of PageSize rows on demand and keeps the most recent MaxPages.
// Anchors for far windows are collected on a worker thread with its own connection; results from an
// outdated query are dropped (generation counter), as DB Browser for SQLite does.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CompanyColumn,
        EmailColumn,
        StageColumn,
        ScoreColumn,
        TemperatureColumn,
        OwnerColumn,
        SourceColumn,
        CountryColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        LeadIdRole = Qt::UserRole + 1,
        StageRole,
        ScoreRole,
    };

    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 40;

    explicit LeadTableModel(QObject *parent = nullptr);
    ~LeadTableModel() override;

    void setWorkspace(Workspace *workspace) { setWorkspace(workspace, LeadPager::Spec()); }
    // With an order and a filter from the start: one query instead of one per setting.
    void setWorkspace(Workspace *workspace, const LeadPager::Spec &spec);
    Workspace *workspace() const { return m_workspace; }

    void setFilter(const LeadFilter &filter);
    LeadFilter filter() const { return m_spec.filter; }
    LeadPager::Spec spec() const { return m_spec; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static std::optional<LeadSort> sortKey(int column);

    qint64 leadId(int row) const;
    // Row of a lead in the current order and filter, -1 when it is not in the list.
    int rowOf(qint64 leadId) const;
    // Ids of the selected rows, ranges read from SQL (a selection of 100,000 rows stays cheap).
    QList<qint64> leadIds(const QItemSelection &selection) const;
    qint64 totalLeads() const { return m_total; }
    bool hasAnchors() const { return m_pager && m_pager->hasAnchors(); }

public slots:
    // The data changed: recount and re-read (coalesced).
    void scheduleRefresh();
    void refresh();

signals:
    void countsChanged(qint64 shown, qint64 total);
    // Reading rows failed (a damaged file, a lost folder); said once per query, not once per row.
    void loadFailed(const QString &message);
    void refreshed();

private:
    const LeadListRow *row(int r) const;
    void resetQuery();
    void startAnchorScan();
    void loadNames();

    Workspace *m_workspace = nullptr;
    std::unique_ptr<LeadPager> m_pager;
    LeadPager::Spec m_spec;
    qint64 m_count = 0;
    qint64 m_total = 0;
    mutable QHash<qint64, QList<LeadListRow>> m_pages;
    mutable QList<qint64> m_pageOrder; // most recent last
    QHash<qint64, QString> m_repNames;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelScan;
    bool m_refreshScheduled = false;
    mutable bool m_failureReported = false;
};
