#include "LeadTableModel.h"

#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace {

QColor temperatureColor(Temperature t)
{
    switch (t) {
    case Temperature::Hot: return QColor(0xdc, 0x26, 0x26);
    case Temperature::Warm: return QColor(0xd9, 0x77, 0x06);
    case Temperature::Cold: break;
    }
    return QColor(0x25, 0x63, 0xeb);
}

} // namespace

LeadTableModel::LeadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LeadTableModel::~LeadTableModel()
{
    if (m_cancelScan)
        m_cancelScan->store(true);
}

void LeadTableModel::setWorkspace(Workspace *workspace, const LeadPager::Spec &spec)
{
    beginResetModel();
    if (m_workspace)
        disconnect(&m_workspace->leads(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_pager.reset();
    m_spec = spec;
    if (m_workspace) {
        m_pager = std::make_unique<LeadPager>(m_workspace->db());
        m_pager->setBands(m_workspace->scoreBands());
        m_pager->setSpec(m_spec);
        LeadRepository *leads = &m_workspace->leads();
        connect(leads, &LeadRepository::leadsAdded, this, &LeadTableModel::scheduleRefresh);
        connect(leads, &LeadRepository::leadsRemoved, this, &LeadTableModel::scheduleRefresh);
        connect(leads, &LeadRepository::leadsChanged, this, &LeadTableModel::scheduleRefresh);
        connect(leads, &LeadRepository::reset, this, &LeadTableModel::scheduleRefresh);
        connect(&m_workspace->reps(), &RepRepository::changed, this, &LeadTableModel::scheduleRefresh);
        connect(m_workspace, &Workspace::scoreBandsChanged, this, [this] {
            m_pager->setBands(m_workspace->scoreBands());
            scheduleRefresh();
        });
    }
    resetQuery();
    endResetModel();
    emit countsChanged(m_count, m_total);
}

void LeadTableModel::loadNames()
{
    m_repNames.clear();
    if (!m_workspace)
        return;
    for (const Rep &rep : m_workspace->reps().all())
        m_repNames.insert(rep.id, rep.name);
}

void LeadTableModel::resetQuery()
{
    m_pages.clear();
    m_pageOrder.clear();
    m_failureReported = false;
    ++m_generation;
    if (m_cancelScan)
        m_cancelScan->store(true);
    m_count = 0;
    m_total = 0;
    if (!m_pager)
        return;
    try {
        loadNames();
        m_pager->setSpec(m_spec);
        m_pager->invalidate();
        m_count = m_pager->count();
        m_total = m_spec.filter.isEmpty() ? m_count : m_workspace->leads().count();
    } catch (const StorageError &e) {
        qWarning("Lead list: %s", qPrintable(e.message()));
        m_count = 0;
    }
    startAnchorScan();
}

void LeadTableModel::startAnchorScan()
{
    // Near the top, windows chain from each other; anchors are for jumps into a long list.
    if (!m_workspace || m_count <= qint64(LeadPager::AnchorSpacing) * 4)
        return;
    const quint64 generation = m_generation;
    const LeadPager::Spec spec = m_spec;
    const ScoreBands bands = m_workspace->scoreBands();
    const QString path = m_workspace->path();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelScan = cancel;
    QPointer<LeadTableModel> self(this);
    std::shared_ptr<Database> connection;
    try {
        connection = m_workspace->openConnection(true);
    } catch (const StorageError &e) {
        qWarning("Lead list: no second connection for anchors: %s", qPrintable(e.message()));
        return;
    }
    QThreadPool::globalInstance()->start([=]() mutable {
        std::vector<LeadPager::Key> anchors;
        qint64 count = 0;
        try {
            anchors = LeadPager::scanAnchors(*connection, spec, bands, cancel.get(), &count);
        } catch (const StorageError &) {
            return; // the list keeps working from fetched windows
        }
        connection.reset();
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, anchors = std::move(anchors), count] {
                if (!self || self->m_generation != generation || !self->m_pager)
                    return;
                self->m_pager->setAnchors(anchors, count);
            },
            Qt::QueuedConnection);
    });
}

void LeadTableModel::setFilter(const LeadFilter &filter)
{
    if (filter == m_spec.filter)
        return;
    beginResetModel();
    m_spec.filter = filter;
    resetQuery();
    endResetModel();
    emit countsChanged(m_count, m_total);
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<LeadSort> key = sortKey(column);
    if (!key)
        return;
    if (m_spec.sort == *key && m_spec.order == order)
        return;
    beginResetModel();
    m_spec.sort = *key;
    m_spec.order = order;
    resetQuery();
    endResetModel();
}

std::optional<LeadSort> LeadTableModel::sortKey(int column)
{
    switch (column) {
    case NameColumn: return LeadSort::Name;
    case CompanyColumn: return LeadSort::Company;
    case EmailColumn: return LeadSort::Email;
    case StageColumn: return LeadSort::Stage;
    case ScoreColumn:
    case TemperatureColumn: return LeadSort::Score;
    case OwnerColumn: return LeadSort::Owner;
    case SourceColumn: return LeadSort::Source;
    case CountryColumn: return LeadSort::Country;
    case CreatedColumn: return LeadSort::Created;
    case UpdatedColumn: return LeadSort::Updated;
    default: return std::nullopt;
    }
}

void LeadTableModel::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, &LeadTableModel::refresh);
}

void LeadTableModel::refresh()
{
    m_refreshScheduled = false;
    beginResetModel();
    resetQuery();
    endResetModel();
    emit countsChanged(m_count, m_total);
    emit refreshed();
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // QAbstractItemModel counts in int; a workspace beyond 2^31 leads is not a desktop workspace.
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LeadListRow *LeadTableModel::row(int r) const
{
    if (!m_pager || r < 0 || r >= m_count)
        return nullptr;
    const qint64 page = r / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QList<LeadListRow> rows;
        try {
            rows = m_pager->fetch(page * PageSize, PageSize);
        } catch (const StorageError &e) {
            // Keep the empty page: the view asks again for every cell, and asking SQL again would fail
            // again, a thousand times a second.
            if (!m_failureReported) {
                m_failureReported = true;
                QMetaObject::invokeMethod(const_cast<LeadTableModel *>(this), "loadFailed", Qt::QueuedConnection,
                                          Q_ARG(QString, e.message()));
            }
        }
        m_pages.insert(page, rows);
        m_pageOrder.append(page);
        while (m_pageOrder.size() > MaxPages)
            m_pages.remove(m_pageOrder.takeFirst());
        // Removing from a QHash moves other entries (Qt 6): look the page up again.
        it = m_pages.find(page);
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
    }
    const qint64 offset = r - page * PageSize;
    if (offset >= it->size())
        return nullptr;
    return &it->at(offset);
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const LeadListRow *r = row(index.row());
    if (!r)
        return QVariant();
    const ScoreBands bands = m_workspace ? m_workspace->scoreBands() : ScoreBands();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return (r->firstName + QLatin1Char(' ') + r->lastName).trimmed();
        case CompanyColumn: return r->company;
        case EmailColumn: return r->email;
        case StageColumn: return Lifecycle::displayName(r->stage);
        case ScoreColumn: return QLocale().toString(r->score);
        case TemperatureColumn: return Temperatures::displayName(bands.of(r->score));
        case OwnerColumn: return r->ownerId ? m_repNames.value(r->ownerId) : QString();
        case SourceColumn: return LeadSources::displayName(r->source);
        case CountryColumn: return r->country;
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->createdAt).date(), QLocale::ShortFormat);
        case UpdatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->updatedAt), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !r->jobTitle.isEmpty())
            return r->jobTitle;
        break;
    case Qt::ForegroundRole:
        if (index.column() == TemperatureColumn)
            return QBrush(temperatureColor(bands.of(r->score)));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LeadIdRole:
        return r->id;
    case StageRole:
        return int(r->stage);
    case ScoreRole:
        return r->score;
    default:
        break;
    }
    return QVariant();
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case CompanyColumn: return tr("Company");
        case EmailColumn: return tr("E-mail");
        case StageColumn: return tr("Stage");
        case ScoreColumn: return tr("Score");
        case TemperatureColumn: return tr("Temperature");
        case OwnerColumn: return tr("Owner");
        case SourceColumn: return tr("Source");
        case CountryColumn: return tr("Country");
        case CreatedColumn: return tr("Created");
        case UpdatedColumn: return tr("Updated");
        }
    } else if (role == Qt::ToolTipRole) {
        if (section == NameColumn)
            return tr("Sorted by last name, then first name");
        if (section == OwnerColumn)
            return tr("Sorted by rep, in the order reps were added");
    }
    return QVariant();
}

qint64 LeadTableModel::leadId(int r) const
{
    const LeadListRow *lead = row(r);
    return lead ? lead->id : 0;
}

int LeadTableModel::rowOf(qint64 id) const
{
    if (!m_pager || id <= 0)
        return -1;
    // Cached pages first: the common case is a lead on screen.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return int(it.key() * PageSize + i);
        }
    }
    try {
        return int(m_pager->rowOf(id));
    } catch (const StorageError &) {
        return -1;
    }
}

QList<qint64> LeadTableModel::leadIds(const QItemSelection &selection) const
{
    QList<qint64> ids;
    if (!m_pager)
        return ids;
    for (const QItemSelectionRange &range : selection) {
        const int first = range.top();
        const int count = range.bottom() - range.top() + 1;
        if (count <= PageSize) {
            for (int r = first; r < first + count; ++r) {
                if (const qint64 id = leadId(r))
                    ids << id;
            }
        } else {
            try {
                ids << m_pager->ids(first, count);
            } catch (const StorageError &e) {
                qWarning("Lead list: %s", qPrintable(e.message()));
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}
