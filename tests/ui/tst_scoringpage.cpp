#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "leads/ChangeStageDialog.h"
#include "leads/LeadDetailPanel.h"
#include "leads/LeadRepository.h"
#include "scoring/RuleEditor.h"
#include "scoring/ScoringCharts.h"
#include "scoring/ScoreExplanationView.h"
#include "scoring/ScoringPage.h"
#include "scoring/ScoringService.h"
#include "storage/Query.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>

using namespace GuiTest;
using namespace Qt::StringLiterals;

// The scoring screen and the score in the lead detail, driven as a person would.
class tst_ScoringPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void previewShowsEditedRulesBeforeSaving();
    void invalidRuleCannotBeSaved();
    void saveRescoresInTheBackgroundAndUndoes();
    void advisorSuggestsAThreshold();
    void leadDetailExplainsTheScore();
    void historyAxisTellsItsTicksApart_data();
    void historyAxisTellsItsTicksApart();
    void changeStageOffersOnlyAllowedMoves();

private:
    void setSpin(QSpinBox *spin, int value);
    void selectRule(const QString &label);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ScoringPage> m_page;
};

void tst_ScoringPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(u"s.leadbench"_s), 500);
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ScoringPage>();
    m_page->resize(1400, 900);
    QSignalSpy preview(m_page.get(), &ScoringPage::previewUpdated);
    m_page->setWorkspace(m_ws.get(), m_undo.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(!m_page->isRescoring()); // the demo's scores are current: nothing to do on opening
    QTRY_VERIFY(preview.count() >= 1);
}

void tst_ScoringPage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_ws.reset();
    m_dir.reset();
}

void tst_ScoringPage::screenshot(QWidget *widget, const QString &name)
{
    // LEADBENCH_SCREENSHOTS=folder keeps pictures of the screens for a person to look at.
    const QString folder = qEnvironmentVariable("LEADBENCH_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png"_s);
}

void tst_ScoringPage::setSpin(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Enter);
    QCOMPARE(spin->value(), value);
}

void tst_ScoringPage::selectRule(const QString &label)
{
    auto *table = child<QTableView>(m_page.get(), u"rulesTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 2);
        if (index.data().toString() == label) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            QCOMPARE(table->currentIndex().row(), row);
            return;
        }
    }
    QFAIL(qPrintable(u"no rule "_s + label));
}

void tst_ScoringPage::previewShowsEditedRulesBeforeSaving()
{
    auto *table = child<QTableView>(m_page.get(), u"rulesTable"_s);
    QAbstractItemModelTester tester(table->model());
    QCOMPARE(table->model()->rowCount(), RuleSet::defaults().rules.size());
    auto *summary = child<QLabel>(m_page.get(), u"previewSummary"_s);
    QVERIFY2(summary->text().contains(u"of 500 leads"_s), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"0 would become MQL"_s), qPrintable(summary->text()));
    const qint64 aboveNow = Query(m_ws->db(), "SELECT count(*) FROM leads JOIN lead_scores ON lead_id = id WHERE score >= 10").scalar().toLongLong();
    const qint64 crossing = Query(m_ws->db(), "SELECT count(*) FROM leads JOIN lead_scores ON lead_id = id WHERE score >= 10 AND score < 40 AND stage IN (1, 2, 7)")
                                .scalar()
                                .toLongLong();
    QVERIFY(crossing > 0);

    // Lower the threshold: the preview says how many would be above it and become MQL.
    QSignalSpy preview(m_page.get(), &ScoringPage::previewUpdated);
    setSpin(child<QSpinBox>(m_page.get(), u"thresholdSpin"_s), 10);
    QTRY_VERIFY(preview.count() >= 1);
    QTRY_VERIFY2(summary->text().contains(u"threshold of 10"_s), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"%1 of 500 leads"_s.arg(aboveNow)), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"%1 would become MQL"_s.arg(crossing)), qPrintable(summary->text()));
    auto *chart = child<QChartView>(m_page.get(), u"previewChart"_s);
    QCOMPARE(chart->chart()->series().size(), 3); // edited, now, threshold

    // Opens worth 50: many scores would change.
    selectRule(u"E-mail opened"_s);
    preview.clear();
    setSpin(child<QSpinBox>(m_page->findChild<RuleEditor *>(), u"rulePoints"_s), 50);
    QTRY_VERIFY(preview.count() >= 1);
    const qint64 withOpens = Query(m_ws->db(), "SELECT count(DISTINCT lead_id) FROM activities WHERE type = 3").scalar().toLongLong();
    QRegularExpression changed(u"(\\d+) scores would change"_s);
    QTRY_VERIFY(changed.match(summary->text()).hasMatch() && changed.match(summary->text()).captured(1).toLongLong() > withOpens / 2);
    screenshot(m_page.get(), u"scoring-rules"_s);

    // Nothing was saved.
    QVERIFY(m_page->isDirty());
    QCOMPARE(m_ws->scoring().ruleSet(), RuleSet::defaults());
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM leads JOIN lead_scores ON lead_id = id WHERE score >= 10").scalar().toLongLong(), aboveNow);
    // Revert brings the stored rules back.
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"revertRules"_s), Qt::LeftButton);
    QVERIFY(!m_page->isDirty());
    QCOMPARE(child<QSpinBox>(m_page.get(), u"thresholdSpin"_s)->value(), 40);
}

void tst_ScoringPage::invalidRuleCannotBeSaved()
{
    auto *save = child<QPushButton>(m_page.get(), u"saveRules"_s);
    QVERIFY(!save->isEnabled()); // nothing to save
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"addProfileRule"_s), Qt::LeftButton);
    auto *editor = m_page->findChild<RuleEditor *>();
    // A new profile rule without a value to compare with is not sound yet.
    auto *problem = child<QLabel>(editor, u"ruleProblem"_s);
    QVERIFY2(problem->text().contains(u"value"_s), qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());
    auto *values = child<QLineEdit>(editor, u"ruleValues"_s);
    values->setFocus();
    QTest::keyClicks(values, u"ceo, founder"_s);
    QVERIFY(problem->text().isEmpty());
    QVERIFY(save->isEnabled());
    // "is at least" on a job title: refused, with the reason.
    auto *op = child<QComboBox>(editor, u"ruleOperator"_s);
    op->setCurrentIndex(op->findData(int(RuleOperator::AtLeast)));
    QVERIFY2(problem->text().contains(u"number"_s), qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());
    QVERIFY2(child<QLabel>(m_page.get(), u"scoringStatus"_s)->text().contains(u"Cannot save"_s),
             qPrintable(child<QLabel>(m_page.get(), u"scoringStatus"_s)->text()));
    // Warm above hot is refused too.
    op->setCurrentIndex(op->findData(int(RuleOperator::Contains)));
    QVERIFY(save->isEnabled());
    setSpin(child<QSpinBox>(m_page.get(), u"warmSpin"_s), 80);
    QVERIFY(!save->isEnabled());
    QCOMPARE(m_ws->scoring().ruleSet(), RuleSet::defaults());
}

void tst_ScoringPage::saveRescoresInTheBackgroundAndUndoes()
{
    const QString before = Query(m_ws->db(), "SELECT group_concat(score) FROM leads JOIN lead_scores ON lead_id = id").scalar().toString();
    selectRule(u"E-mail opened"_s);
    setSpin(child<QSpinBox>(m_page->findChild<RuleEditor *>(), u"rulePoints"_s), 20);
    QSignalSpy finished(m_page.get(), &ScoringPage::rescoreFinished);
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"saveRules"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!m_page->isDirty());
    const RuleSet saved = m_ws->scoring().ruleSet();
    for (const ScoringRule &r : saved.rules) {
        if (r.kind == RuleKind::Behaviour && r.activity == ActivityType::EmailOpened)
            QCOMPARE(r.points, 20);
    }
    // Every stored score is what the saved rules explain.
    Query q(m_ws->db(), "SELECT id, score FROM leads JOIN lead_scores ON lead_id = id");
    int checked = 0;
    while (q.next() && checked++ < 100)
        QCOMPARE(m_ws->scoring().explain(q.int64(0)).score, q.integer(1));
    QVERIFY(Query(m_ws->db(), "SELECT group_concat(score) FROM leads JOIN lead_scores ON lead_id = id").scalar().toString() != before);
    QVERIFY2(child<QLabel>(m_page.get(), u"scoringStatus"_s)->text().contains(u"Re-scored 500 leads"_s),
             qPrintable(child<QLabel>(m_page.get(), u"scoringStatus"_s)->text()));
    QVERIFY(Query(m_ws->db(), "SELECT count(*) FROM score_changes WHERE reason = 'Scoring rules changed'").scalar().toLongLong() > 0);

    // Undo: the previous rules, re-scored again.
    QCOMPARE(m_undo->count(), 1);
    m_undo->undo();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(m_ws->scoring().ruleSet().rules, RuleSet::defaults().rules);
    QCOMPARE(child<QTableView>(m_page.get(), u"rulesTable"_s)->model()->index(1, 3).data().toString(), u"+5"_s);
}

void tst_ScoringPage::advisorSuggestsAThreshold()
{
    auto *tabs = child<QTabWidget>(m_page.get(), u"scoringTabs"_s);
    QSignalSpy updated(m_page.get(), &ScoringPage::previewUpdated);
    tabs->setCurrentIndex(1);
    auto *table = child<QTreeWidget>(m_page.get(), u"advisorTable"_s);
    QTRY_VERIFY(table->topLevelItemCount() > 3);
    auto *summary = child<QLabel>(m_page.get(), u"advisorSummary"_s);
    QVERIFY2(summary->text().contains(u"known outcome"_s), qPrintable(summary->text()));
    bool current = false;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        current = current || table->topLevelItem(i)->text(0).contains(u"current"_s);
    QVERIFY(current);
    auto *use = child<QPushButton>(m_page.get(), u"useSuggested"_s);
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 0);
    const int suggested = child<QSpinBox>(m_page.get(), u"thresholdSpin"_s)->value();
    QVERIFY(use->text().contains(QString::number(suggested)));
    screenshot(tabs->widget(1), u"scoring-advisor"_s);

    tabs->setCurrentIndex(2);
    auto *lift = child<QTreeWidget>(m_page.get(), u"liftTable"_s);
    auto *attribute = child<QComboBox>(m_page.get(), u"liftAttribute"_s);
    QCOMPARE(attribute->count(), 6);
    // Five size bands: enough leads with an outcome in each of some of them (values under 5 are left out).
    attribute->setCurrentIndex(attribute->findData(u"company_size"_s));
    QVERIFY(lift->topLevelItemCount() > 0);
    for (int i = 0; i < lift->topLevelItemCount(); ++i)
        QVERIFY(lift->topLevelItem(i)->text(1).toInt() >= 5);
    screenshot(tabs->widget(2), u"scoring-lift"_s);
}

void tst_ScoringPage::leadDetailExplainsTheScore()
{
    LeadDetailPanel panel;
    panel.resize(700, 800);
    panel.setWorkspace(m_ws.get(), m_undo.get());
    panel.show();
    const qint64 id = Query(m_ws->db(), "SELECT id FROM leads JOIN lead_scores ON lead_id = id WHERE score > 20 ORDER BY id LIMIT 1").scalar().toLongLong();
    panel.setLead(id);
    auto *tabs = child<QTabWidget>(&panel, u"leadTabs"_s);
    tabs->setCurrentWidget(panel.scoreView());
    auto *tree = child<QTreeWidget>(&panel, u"scoreContributions"_s);
    auto check = [&] {
        const int score = m_ws->leads().get(id).score;
        QVERIFY(tree->topLevelItemCount() >= 2);
        int sum = 0;
        for (int i = 0; i < tree->topLevelItemCount() - 1; ++i)
            sum += tree->topLevelItem(i)->data(2, Qt::UserRole).toInt();
        QTreeWidgetItem *total = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QCOMPARE(total->text(0), u"Total"_s);
        QCOMPARE(total->data(2, Qt::UserRole).toInt(), sum);
        QCOMPARE(sum, score);
        QVERIFY(child<QLabel>(&panel, u"scoreSummary"_s)->text().contains(QString::number(score)));
    };
    check();
    auto *chart = child<QChartView>(&panel, u"scoreHistoryChart"_s);
    QVERIFY(!chart->chart()->series().isEmpty());
    screenshot(&panel, u"lead-score"_s);

    // A meeting booked: the explanation follows at once, with a new row and the history.
    const int rows = tree->topLevelItemCount();
    const qint64 history = m_ws->scoring().history(id).size();
    Activity a;
    a.leadId = id;
    a.type = ActivityType::MeetingBooked;
    m_ws->leads().addActivity(a);
    check();
    bool meeting = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        meeting = meeting || tree->topLevelItem(i)->text(0) == ActivityTypes::displayName(ActivityType::MeetingBooked);
    QVERIFY(meeting);
    QVERIFY(tree->topLevelItemCount() >= rows);
    QCOMPARE(m_ws->scoring().history(id).size(), history + 1);
}

void tst_ScoringPage::historyAxisTellsItsTicksApart_data()
{
    QTest::addColumn<qint64>("span");
    const qint64 hour = 3600 * 1000LL;
    QTest::newRow("ten minutes") << hour / 6;
    QTest::newRow("two hours") << 2 * hour;
    QTest::newRow("a day and a half") << 36 * hour;
    QTest::newRow("a month") << 30 * 24 * hour;
    QTest::newRow("two years") << 730 * 24 * hour;
}

// A lead created this morning and re-scored this afternoon: the score history's time axis labels each
// of its ticks differently (four times "24 Nov 26" said nothing).
void tst_ScoringPage::historyAxisTellsItsTicksApart()
{
    QFETCH(qint64, span);
    const qint64 now = QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch();
    ScoreHistoryEntry created;
    created.changedAt = now - span;
    created.newScore = 10;
    ScoreHistoryEntry rescored = created;
    rescored.changedAt = now - span / 3;
    rescored.oldScore = 10;
    rescored.newScore = 25;
    QChartView view;
    ScoringCharts::showHistory(&view, {created, rescored}, 25, now);
    const auto axes = view.chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *axis = qobject_cast<QDateTimeAxis *>(axes.first());
    QVERIFY(axis);
    const qint64 from = axis->min().toMSecsSinceEpoch(), to = axis->max().toMSecsSinceEpoch();
    QStringList labels;
    for (int i = 0; i < axis->tickCount(); ++i)
        labels << QDateTime::fromMSecsSinceEpoch(from + (to - from) * i / (axis->tickCount() - 1)).toString(axis->format());
    labels.removeDuplicates();
    QVERIFY2(labels.size() == axis->tickCount(), qPrintable(labels.join(u" | ")));
}

void tst_ScoringPage::changeStageOffersOnlyAllowedMoves()
{
    ChangeStageDialog customer(Stage::Customer, u"Ana"_s);
    auto *combo = child<QComboBox>(&customer, u"stageCombo"_s);
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->itemData(0).toInt(), int(Stage::Nurturing));
    ChangeStageDialog mql(Stage::MQL, u"Ana"_s);
    combo = child<QComboBox>(&mql, u"stageCombo"_s);
    QList<int> offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemData(i).toInt();
    QVERIFY(!offered.contains(int(Stage::Lead)));
    QVERIFY(!offered.contains(int(Stage::Subscriber)));
    QVERIFY(offered.contains(int(Stage::SQL)));
    QVERIFY(offered.contains(int(Stage::Nurturing)));
}

QTEST_MAIN(tst_ScoringPage)
#include "tst_scoringpage.moc"
