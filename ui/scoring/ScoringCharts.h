#pragma once

#include "scoring/ScoringInsights.h"
#include "scoring/ScoringService.h"

#include <QList>

#include <map>

class QChartView;
class QWidget;

// The scoring screens' charts (Qt Charts), filled from core results.
namespace ScoringCharts {

QChartView *create(QWidget *parent, const QString &objectName);

// Leads per score band under the stored scores and under the edited rules, and the threshold.
void showDistribution(QChartView *view, const std::map<int, qint64> &current, const std::map<int, qint64> &edited,
                      int threshold);

// Share of eventual customers above, share of leads to sales and precision per candidate threshold,
// with the current and the suggested threshold.
void showAdvice(QChartView *view, const ScoringInsights::ThresholdAdvice &advice);

// A lead's score over time, from its score history up to now.
void showHistory(QChartView *view, const QList<ScoreHistoryEntry> &history, int currentScore, qint64 now);

} // namespace ScoringCharts
