#include "RuleListModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

RuleListModel::RuleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RuleListModel::setRules(const QList<ScoringRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void RuleListModel::replace(int row, const ScoringRule &rule)
{
    if (row < 0 || row >= m_rules.size() || m_rules.at(row) == rule)
        return;
    m_rules[row] = rule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

int RuleListModel::append(const ScoringRule &rule)
{
    const int row = int(m_rules.size());
    beginInsertRows({}, row, row);
    m_rules << rule;
    endInsertRows();
    emit edited();
    return row;
}

void RuleListModel::remove(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
    emit edited();
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const ScoringRule &r = m_rules.at(index.row());
    const QLocale locale;
    if (role == RuleIdRole)
        return r.id;
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return r.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole) {
        if (!r.problem().isEmpty())
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (!r.enabled)
            return QBrush(QColor(0x94, 0xa3, 0xb8));
        if (index.column() == PointsColumn)
            return QBrush(r.points < 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x15, 0x80, 0x3d));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        const QString problem = r.problem();
        return problem.isEmpty() ? r.description() : problem;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= PointsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case EnabledColumn:
        return {};
    case KindColumn:
        return ScoringRules::kindName(r.kind);
    case RuleColumn:
        return r.label();
    case PointsColumn:
        return (r.points > 0 ? QStringLiteral("+") : QString()) + locale.toString(r.points);
    case CapColumn:
        return r.kind == RuleKind::Behaviour && r.cap > 0 ? locale.toString(r.cap) : QString();
    case HalfLifeColumn:
        return r.kind == RuleKind::Behaviour && r.halfLifeDays > 0 ? tr("%1 d").arg(locale.toString(r.halfLifeDays))
                                                                   : QString();
    case ColumnCount:
        break;
    }
    return {};
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != EnabledColumn || role != Qt::CheckStateRole)
        return false;
    ScoringRule r = m_rules.at(index.row());
    r.enabled = Qt::CheckState(value.toInt()) == Qt::Checked;
    replace(index.row(), r);
    return true;
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case EnabledColumn: return tr("On");
    case KindColumn: return tr("Kind");
    case RuleColumn: return tr("Rule");
    case PointsColumn: return tr("Points");
    case CapColumn: return tr("At most");
    case HalfLifeColumn: return tr("Half-life");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}
