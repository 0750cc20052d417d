#pragma once

#include "pipeline/Deal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class DealRepository;

// The cards of one stage of the deal board, a window at a time: rowCount() is the column's count from
// SQL (the board's totals query), data() reads pages of PageSize cards on demand and keeps the most
// recent MaxPages. Memory follows what is on screen, not the number of deals.
class DealColumnModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        DealIdRole = Qt::UserRole + 1,
    };
    static constexpr int PageSize = 50;
    static constexpr int MaxPages = 8;

    explicit DealColumnModel(QObject *parent = nullptr);

    void setSource(DealRepository *deals, const PipelineStage &stage);
    const PipelineStage &stage() const { return m_stage; }
    // New filter or data: drops every cached page.
    void reload(const DealFilter &filter, qint64 count);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const DealCard *card(int row) const;
    qint64 dealId(int row) const;
    int cachedPages() const { return int(m_pages.size()); }

signals:
    void loadFailed(const QString &message);

private:
    DealRepository *m_deals = nullptr;
    PipelineStage m_stage;
    DealFilter m_filter;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<DealCard>> m_pages;
    mutable QList<qint64> m_pageOrder; // most recent last
    mutable bool m_failureReported = false;
};
