#include "ScoringCharts.h"
#include "settings/Formats.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ScoringCharts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScoringCharts", text);
}

const QColor accent(0x25, 0x63, 0xeb);
const QColor muted(0x94, 0xa3, 0xb8);
const QColor good(0x15, 0x80, 0x3d);
const QColor warn(0xd9, 0x77, 0x06);
const QColor danger(0xdc, 0x26, 0x26);

QChart *reset(QChartView *view)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    return chart;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QLineSeries *vertical(const QString &name, double x, double top, const QColor &color)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(x, 0);
    line->append(x, top);
    QPen pen(color, 2, Qt::DashLine);
    line->setPen(pen);
    return line;
}

} // namespace

QChartView *create(QWidget *parent, const QString &objectName)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    // Axis labels as the person's locale writes numbers (the default locale the language choice set).
    // Localized, Qt Charts reads only "%.<precision><d|e|f|g|i>" label formats: write "%.0f", never "%d".
    chart->setLocalizeNumbers(true);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

void showDistribution(QChartView *view, const std::map<int, qint64> &current, const std::map<int, qint64> &edited,
                      int threshold)
{
    QChart *chart = reset(view);
    chart->setTitle(tr("Leads by score"));
    if (current.empty() && edited.empty())
        return;
    int low = threshold, high = threshold;
    for (const auto *m : {&current, &edited}) {
        if (!m->empty()) {
            low = std::min(low, m->begin()->first);
            high = std::max(high, m->rbegin()->first);
        }
    }
    // About 40 bins of a round width.
    int width = std::max(1, int(std::ceil(double(high - low + 1) / 40.0)));
    if (width > 2)
        width = int(std::ceil(width / 5.0)) * 5;
    const int first = int(std::floor(double(low) / width)) * width;
    const int bins = (high - first) / width + 1;
    auto binned = [&](const std::map<int, qint64> &m) {
        std::vector<qint64> counts(size_t(bins), 0);
        for (const auto &[score, n] : m)
            counts[size_t((score - first) / width)] += n;
        return counts;
    };
    const std::vector<qint64> a = binned(current);
    const std::vector<qint64> b = binned(edited);
    qint64 top = 1;
    for (size_t i = 0; i < size_t(bins); ++i)
        top = std::max({top, a[i], b[i]});

    auto stairs = [&](const std::vector<qint64> &counts) {
        auto *line = new QLineSeries;
        line->append(first, 0);
        for (int i = 0; i < bins; ++i) {
            line->append(first + i * width, double(counts[size_t(i)]));
            line->append(first + (i + 1) * width, double(counts[size_t(i)]));
        }
        line->append(first + bins * width, 0);
        return line;
    };
    auto *x = new QValueAxis;
    x->setRange(first, first + bins * width);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("Score"));
    auto *y = new QValueAxis;
    y->setRange(0, double(top) * 1.08);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("Leads"));
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto *upper = stairs(b);
    auto *area = new QAreaSeries(upper);
    area->setName(tr("With the edited rules"));
    QColor fill = accent;
    fill.setAlpha(90);
    area->setBrush(fill);
    area->setPen(QPen(accent, 1.5));
    attach(chart, area, x, y);
    auto *now = stairs(a);
    now->setName(tr("Scores now"));
    now->setPen(QPen(muted, 1.5));
    attach(chart, now, x, y);
    attach(chart, vertical(tr("MQL threshold"), threshold, y->max(), danger), x, y);
}

void showAdvice(QChartView *view, const ScoringInsights::ThresholdAdvice &advice)
{
    QChart *chart = reset(view);
    chart->setTitle(tr("What each threshold would do"));
    if (advice.rows.isEmpty())
        return;
    auto *x = new QValueAxis;
    x->setRange(advice.rows.first().threshold, advice.rows.last().threshold);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->applyNiceNumbers();
    x->setTitleText(tr("Threshold"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(Formats::percentAxisFormat());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto *customers = new QLineSeries;
    customers->setName(tr("Eventual customers above"));
    customers->setPen(QPen(good, 2));
    auto *sales = new QLineSeries;
    sales->setName(tr("Leads sent to sales"));
    sales->setPen(QPen(warn, 2));
    auto *precision = new QLineSeries;
    precision->setName(tr("Precision"));
    precision->setPen(QPen(accent, 2));
    for (const ScoringInsights::ThresholdRow &r : advice.rows) {
        customers->append(r.threshold, r.customerShare * 100);
        sales->append(r.threshold, r.salesShare * 100);
        if (r.knownAbove > 0)
            precision->append(r.threshold, r.precision * 100);
    }
    attach(chart, customers, x, y);
    attach(chart, sales, x, y);
    attach(chart, precision, x, y);
    attach(chart, vertical(tr("Current threshold"), advice.currentThreshold, 100, muted), x, y);
    if (advice.suggested)
        attach(chart, vertical(tr("Suggested"), *advice.suggested, 100, danger), x, y);
}

void showHistory(QChartView *view, const QList<ScoreHistoryEntry> &history, int currentScore, qint64 now)
{
    QChart *chart = reset(view);
    chart->legend()->hide();
    auto *line = new QLineSeries;
    line->setPen(QPen(accent, 2));
    auto *marks = new QScatterSeries;
    marks->setMarkerSize(6);
    marks->setColor(accent);
    int low = std::min(0, currentScore), high = std::max(10, currentScore);
    qint64 start = now;
    if (!history.isEmpty()) {
        start = history.first().changedAt;
        line->append(double(start), history.first().oldScore);
        for (const ScoreHistoryEntry &e : history) {
            line->append(double(e.changedAt), e.oldScore);
            line->append(double(e.changedAt), e.newScore);
            marks->append(double(e.changedAt), e.newScore);
            low = std::min({low, e.oldScore, e.newScore});
            high = std::max({high, e.oldScore, e.newScore});
        }
    }
    const int last = history.isEmpty() ? currentScore : history.last().newScore;
    line->append(double(std::max(now, start + 1)), last);
    auto *x = new QDateTimeAxis;
    // Four ticks that each say something, short enough for a narrow chart: the seconds within an hour,
    // the time within a day, the weekday and time within a few days.
    const qint64 span = std::max(now, start + 1) - start;
    constexpr qint64 HourMs = 3600 * 1000LL;
    if (span < HourMs)
        x->setFormat(QStringLiteral("HH:mm:ss"));
    else if (span < 24 * HourMs)
        x->setFormat(QStringLiteral("HH:mm"));
    else if (span < 4 * 24 * HourMs)
        x->setFormat(QStringLiteral("ddd HH:mm"));
    else
        x->setFormat(QStringLiteral("d MMM yy"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(std::max(now, start + 1)));
    x->setTickCount(4);
    auto *y = new QValueAxis;
    const int pad = std::max(2, (high - low) / 10);
    y->setRange(low - pad, high + pad);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, line, x, y);
    attach(chart, marks, x, y);
}

} // namespace ScoringCharts
