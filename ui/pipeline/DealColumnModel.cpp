#include "DealColumnModel.h"

#include "Money.h"

#include "pipeline/DealRepository.h"
#include "storage/StorageError.h"

DealColumnModel::DealColumnModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DealColumnModel::setSource(DealRepository *deals, const PipelineStage &stage)
{
    beginResetModel();
    m_deals = deals;
    m_stage = stage;
    m_count = 0;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

void DealColumnModel::reload(const DealFilter &filter, qint64 count)
{
    beginResetModel();
    m_filter = filter;
    m_count = count;
    m_pages.clear();
    m_pageOrder.clear();
    m_failureReported = false;
    endResetModel();
}

int DealColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int DealColumnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

const DealCard *DealColumnModel::card(int row) const
{
    if (!m_deals || row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QList<DealCard> cards;
        try {
            cards = m_deals->cards(m_stage.id, m_filter, page * PageSize, PageSize);
        } catch (const StorageError &e) {
            // Keep the empty page: asking again for every painted card would fail again.
            if (!m_failureReported) {
                m_failureReported = true;
                QMetaObject::invokeMethod(const_cast<DealColumnModel *>(this), "loadFailed", Qt::QueuedConnection,
                                          Q_ARG(QString, e.message()));
            }
        }
        m_pages.insert(page, cards);
        m_pageOrder.append(page);
        while (m_pageOrder.size() > MaxPages)
            m_pages.remove(m_pageOrder.takeFirst());
        // Removing from a QHash moves other entries (Qt 6): look the page up again.
        it = m_pages.find(page);
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
    }
    const qint64 offset = row - page * PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 DealColumnModel::dealId(int row) const
{
    const DealCard *c = card(row);
    return c ? c->id : 0;
}

QVariant DealColumnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const DealCard *c = card(index.row());
    if (!c)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // What a screen reader says for the card.
        return tr("%1, %2, %3").arg(c->title, c->company.isEmpty() ? tr("no company") : c->company,
                                     Money::format(c->amount, c->currency));
    case Qt::ToolTipRole:
        return c->company.isEmpty() ? c->title : c->title + QLatin1Char('\n') + c->company;
    case DealIdRole:
        return c->id;
    default:
        break;
    }
    return QVariant();
}
