#include "ScoreExplanationView.h"

#include "ScoringCharts.h"

#include "leads/LeadRepository.h"
#include "scoring/ScoringService.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QChartView>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

ScoreExplanationView::ScoreExplanationView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreExplanation"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scoreSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("scoreContributions"));
    m_tree->setAccessibleName(tr("Score contributions"));
    m_tree->setHeaderLabels({tr("Rule"), tr("Occurrences"), tr("Points")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 3);
    m_chart = ScoringCharts::create(this, QStringLiteral("scoreHistoryChart"));
    m_chart->setAccessibleName(tr("Score history"));
    m_chart->setMinimumHeight(160);
    layout->addWidget(m_chart, 2);
}

void ScoreExplanationView::showLead(Workspace *workspace, qint64 leadId)
{
    m_tree->clear();
    if (!workspace || !leadId) {
        m_summary->clear();
        ScoringCharts::showHistory(m_chart, {}, 0, QDateTime::currentMSecsSinceEpoch());
        return;
    }
    const QLocale locale;
    quietly([&] {
        const auto lead = workspace->leads().find(leadId);
        if (!lead)
            return;
        ScoringService &scoring = workspace->scoring();
        const ScoreExplanation e = scoring.explain(leadId);
        const int threshold = scoring.mqlThreshold();
        QString summary = tr("Score %1; the MQL threshold is %2.").arg(locale.toString(e.score), locale.toString(threshold));
        if (e.score != lead->score)
            summary += QLatin1Char(' ')
                + tr("The list shows %1, from the last re-score: older behaviour has faded since.").arg(locale.toString(lead->score));
        if (e.contributions.isEmpty())
            summary += QLatin1Char(' ') + tr("No rule applies to this lead yet.");
        m_summary->setText(summary);
        QList<QTreeWidgetItem *> items;
        for (const ScoreContribution &c : e.contributions) {
            const QString occurrences = c.kind == RuleKind::Profile || c.kind == RuleKind::NoOpens
                ? QString()
                : c.counted == c.matched ? locale.toString(c.counted)
                                         : tr("%1 of %2 (at most %1 count)").arg(locale.toString(c.counted), locale.toString(c.matched));
            auto *item = new QTreeWidgetItem({c.label, occurrences, (c.points > 0 ? QStringLiteral("+") : QString()) + locale.toString(c.points)});
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(2, Qt::UserRole, c.points);
            if (std::abs(c.exact - c.points) > 0.05 || c.lastAt)
                item->setToolTip(2, tr("%1 points after decay; last on %2")
                                        .arg(locale.toString(c.exact, 'f', 1),
                                             c.lastAt ? locale.toString(QDateTime::fromMSecsSinceEpoch(c.lastAt), QLocale::ShortFormat)
                                                      : QString()));
            item->setForeground(2, c.points < 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x15, 0x80, 0x3d));
            items << item;
        }
        auto *total = new QTreeWidgetItem({tr("Total"), QString(), locale.toString(e.score)});
        QFont bold = total->font(0);
        bold.setBold(true);
        for (int c = 0; c < 3; ++c)
            total->setFont(c, bold);
        total->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        total->setData(2, Qt::UserRole, e.score);
        items << total;
        m_tree->addTopLevelItems(items);
        m_tree->resizeColumnToContents(1);
        m_tree->resizeColumnToContents(2);
        ScoringCharts::showHistory(m_chart, scoring.history(leadId), lead->score, scoring.now());
    });
}
