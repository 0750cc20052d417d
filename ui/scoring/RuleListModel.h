#pragma once

#include "scoring/ScoringRule.h"

#include <QAbstractTableModel>
#include <QList>

// The rules of the rule set being edited (a draft: nothing is saved until the page saves it).
class RuleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EnabledColumn, KindColumn, RuleColumn, PointsColumn, CapColumn, HalfLifeColumn, ColumnCount };
    enum Role { RuleIdRole = Qt::UserRole + 1 };

    explicit RuleListModel(QObject *parent = nullptr);

    void setRules(const QList<ScoringRule> &rules);
    const QList<ScoringRule> &rules() const { return m_rules; }
    const ScoringRule &rule(int row) const { return m_rules.at(row); }
    void replace(int row, const ScoringRule &rule);
    int append(const ScoringRule &rule);
    void remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void edited();

private:
    QList<ScoringRule> m_rules;
};
