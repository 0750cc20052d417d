#include "TestSupport.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "qualification/Bant.h"
#include "qualification/Qualification.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using Answer = BantAnswers::Answer;
using Criterion = BantRule::Criterion;

class tst_Qualification : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ruleVariants_data();
    void ruleVariants();
    void authorityNeedsTheDecider();
    void explanationsSayWhy();
    void ruleIsCheckedAndStored();
    void qualifiedToSqlWithDeal();
    void notQualifiedGoesToNurturingWithFollowUp();
    void everyQualificationIsKept();
    void undoPutsEverythingBack();

private:
    BantAnswers answers(bool b, bool a, bool n, bool t);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_lead = 0;
    qint64 m_rep = 0;
};

void tst_Qualification::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("q.leadbench")));
    Rep r;
    r.name = QStringLiteral("Claire");
    m_rep = m_ws->reps().add(r);
    Lead l;
    l.firstName = QStringLiteral("Marco");
    l.company = QStringLiteral("Impianti Rossi");
    l.stage = Stage::MQL;
    l.ownerId = m_rep;
    m_lead = m_ws->leads().create(l);
}

void tst_Qualification::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

BantAnswers tst_Qualification::answers(bool b, bool a, bool n, bool t)
{
    BantAnswers x;
    x.budget = b ? Answer::Met : Answer::NotMet;
    x.authority = a ? BantAnswers::Authority::DecisionMaker : BantAnswers::Authority::User;
    x.need = n ? Answer::Met : Answer::NotMet;
    x.timing = t ? Answer::Met : Answer::Unknown;
    return x;
}

void tst_Qualification::ruleVariants_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<QList<int>>("required");
    QTest::addColumn<QList<bool>>("met"); // budget, authority, need, timing
    QTest::addColumn<bool>("qualifies");
    const QList<int> none;
    const QList<int> need{int(Criterion::Need)};
    QTest::newRow("default, all met") << 4 << none << QList<bool>{true, true, true, true} << true;
    QTest::newRow("default, timing missing") << 4 << none << QList<bool>{true, true, true, false} << false;
    QTest::newRow("3 of 4 with need, need met") << 3 << need << QList<bool>{true, false, true, true} << true;
    QTest::newRow("3 of 4 with need, need missing") << 3 << need << QList<bool>{true, true, false, true} << false;
    QTest::newRow("3 of 4 with need, only 2") << 3 << need << QList<bool>{false, false, true, true} << false;
    QTest::newRow("2 of 4, any") << 2 << none << QList<bool>{false, true, false, true} << true;
    QTest::newRow("need and budget required, 2") << 2 << QList<int>{int(Criterion::Need), int(Criterion::Budget)}
                                                 << QList<bool>{true, false, true, false} << true;
}

void tst_Qualification::ruleVariants()
{
    QFETCH(int, minimum);
    QFETCH(QList<int>, required);
    QFETCH(QList<bool>, met);
    QFETCH(bool, qualifies);
    BantRule rule;
    rule.minimumMet = minimum;
    for (int c : required)
        rule.required << Criterion(c);
    QVERIFY(rule.check().isEmpty());
    QCOMPARE(rule.qualifies(answers(met[0], met[1], met[2], met[3])), qualifies);
}

void tst_Qualification::authorityNeedsTheDecider()
{
    BantAnswers a = answers(true, false, true, true);
    a.authority = BantAnswers::Authority::Influencer;
    QVERIFY(!a.authorityMet());
    a.decisionMaker = QStringLiteral("Dr. Papadopoulos, CFO");
    QVERIFY(a.authorityMet()); // the person influences and the decider is known
    a.authority = BantAnswers::Authority::Unknown;
    QVERIFY(!a.authorityMet());
}

void tst_Qualification::explanationsSayWhy()
{
    BantRule rule;
    QVERIFY(rule.explain(answers(true, true, true, true)).startsWith(QStringLiteral("Sales qualified")));
    QVERIFY(rule.explain(answers(true, true, true, false)).contains(QStringLiteral("Timing")));
    rule.minimumMet = 3;
    rule.required = {Criterion::Need};
    QVERIFY(rule.explain(answers(true, true, false, true)).contains(QStringLiteral("Need is required")));
    QCOMPARE(rule.describe(), QStringLiteral("3 of the four criteria met, including Need"));
}

void tst_Qualification::ruleIsCheckedAndStored()
{
    Qualification q(*m_ws);
    QCOMPARE(q.rule(), BantRule()); // default: all four
    BantRule rule;
    rule.minimumMet = 3;
    rule.required = {Criterion::Need};
    q.setRule(rule);
    QCOMPARE(Qualification(*m_ws).rule(), rule);
    BantRule bad;
    bad.minimumMet = 1;
    bad.required = {Criterion::Need, Criterion::Budget};
    QVERIFY_THROWS_EXCEPTION(StorageError, q.setRule(bad));
    bad.minimumMet = 0;
    bad.required.clear();
    QVERIFY_THROWS_EXCEPTION(StorageError, q.setRule(bad));
    QCOMPARE(Qualification(*m_ws).rule(), rule);
}

void tst_Qualification::qualifiedToSqlWithDeal()
{
    Qualification q(*m_ws);
    Qualification::Request request;
    request.answers = answers(true, true, true, true);
    request.answers.budgetAmount = 48000;
    request.answers.budgetCurrency = QStringLiteral("EUR");
    request.createDeal = true;
    request.dealAmount = 45000;
    const auto result = q.qualify(m_lead, request);
    QCOMPARE(result.outcome, Stage::SQL);
    QVERIFY(result.dealId > 0);
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::Opportunity); // a deal makes it an opportunity
    const auto history = m_ws->leads().stageHistory(m_lead);
    QCOMPARE(history.at(0).to, Stage::Opportunity);
    QCOMPARE(history.at(1).to, Stage::SQL);
    QVERIFY(history.at(1).reason.startsWith(QStringLiteral("Sales qualified")));
    QCOMPARE(Query(m_ws->db(), "SELECT title || '|' || amount || '|' || owner_id FROM deals WHERE id = ?", result.dealId)
                 .scalar().toString(),
             QStringLiteral("Impianti Rossi|45000.0|%1").arg(m_rep));
    QVERIFY(m_ws->tasks().forLead(m_lead).isEmpty());
}

void tst_Qualification::notQualifiedGoesToNurturingWithFollowUp()
{
    Qualification q(*m_ws);
    Qualification::Request request;
    request.answers = answers(true, true, true, false);
    QVERIFY_THROWS_EXCEPTION(StorageError, q.qualify(m_lead, request)); // nurturing needs a reason
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::MQL);
    request.reason = QStringLiteral("Budget frozen until next year");
    const auto result = q.qualify(m_lead, request);
    QCOMPARE(result.outcome, Stage::Nurturing);
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::Nurturing);
    const auto tasks = m_ws->tasks().forLead(m_lead);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().repId, m_rep);
    QVERIFY(tasks.first().title.contains(QStringLiteral("Budget frozen")));
    const qint64 days = (tasks.first().dueAt - QDateTime::currentMSecsSinceEpoch()) / (24 * 3600 * 1000LL);
    QVERIFY2(days >= 120 && days <= 130, qPrintable(QString::number(days))); // 90 working days
}

void tst_Qualification::everyQualificationIsKept()
{
    Qualification q(*m_ws);
    Qualification::Request first;
    first.answers = answers(false, true, true, false);
    first.answers.needPain = QStringLiteral("Spreadsheets everywhere");
    first.reason = QStringLiteral("No budget");
    q.qualify(m_lead, first);
    Qualification::Request second;
    second.answers = answers(true, true, true, true);
    second.answers.purchaseBy = QStringLiteral("Q2 2027");
    q.qualify(m_lead, second);
    const auto history = q.history(m_lead);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).outcome, Stage::SQL);
    QCOMPARE(history.at(0).answers.purchaseBy, QStringLiteral("Q2 2027"));
    QCOMPARE(history.at(1).outcome, Stage::Nurturing);
    QCOMPARE(history.at(1).answers.needPain, QStringLiteral("Spreadsheets everywhere"));
    QCOMPARE(history.at(1).reason, QStringLiteral("No budget"));
    QCOMPARE(history.at(1).rule, QStringLiteral("all four criteria met"));
    QCOMPARE(history.at(1).actor, QStringLiteral("tester"));
}

void tst_Qualification::undoPutsEverythingBack()
{
    Qualification q(*m_ws);
    const auto historyBefore = m_ws->leads().stageHistory(m_lead).size();
    Qualification::Request request;
    request.answers = answers(true, true, true, true);
    request.createDeal = true;
    auto result = q.qualify(m_lead, request);
    q.undo(result);
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::MQL);
    QCOMPARE(m_ws->leads().stageHistory(m_lead).size(), historyBefore);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM deals").scalar().toInt(), 0);
    QVERIFY(q.history(m_lead).isEmpty());
    request.answers = answers(false, false, false, false);
    request.reason = QStringLiteral("Not now");
    result = q.qualify(m_lead, request);
    q.undo(result);
    QCOMPARE(m_ws->leads().get(m_lead).stage, Stage::MQL);
    QVERIFY(m_ws->tasks().forLead(m_lead).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Qualification)
#include "tst_qualification.moc"
