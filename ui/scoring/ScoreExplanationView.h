#pragma once

#include <QWidget>

class QChartView;
class QLabel;
class QTreeWidget;
class Workspace;

// Why a lead has its score: each rule that counts (occurrences, points after decay, adding up to the
// score) and the score over time from the score history. Shown in the lead detail.
class ScoreExplanationView : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreExplanationView(QWidget *parent = nullptr);

    void showLead(Workspace *workspace, qint64 leadId);
    QTreeWidget *contributions() const { return m_tree; }
    QChartView *historyChart() const { return m_chart; }

private:
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QChartView *m_chart;
};
