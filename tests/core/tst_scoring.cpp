#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "scoring/RescoreJob.h"
#include "scoring/Rescorer.h"
#include "scoring/RuleSet.h"
#include "scoring/ScoreEngine.h"
#include "scoring/ScoringInsights.h"
#include "scoring/ScoringService.h"
#include "scoring/StageMachine.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowSnapshot.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
// A fixed "now" (2026-03-01 12:00 UTC): decay is relative to it, so every figure here is exact.
constexpr qint64 Now = 1772366400000LL;

ScoringRule behaviour(int id, ActivityType type, int points, int cap = 0, double halfLife = 0, const QString &detail = {})
{
    ScoringRule r;
    r.id = id;
    r.kind = RuleKind::Behaviour;
    r.activity = type;
    r.points = points;
    r.cap = cap;
    r.halfLifeDays = halfLife;
    r.detailContains = detail;
    return r;
}

ScoringRule profile(int id, LeadField field, RuleOperator op, const QStringList &values, int points)
{
    ScoringRule r;
    r.id = id;
    r.kind = RuleKind::Profile;
    r.field = field;
    r.op = op;
    r.values = values;
    r.points = points;
    return r;
}

RuleSet rules(const QList<ScoringRule> &list, int threshold = 50)
{
    RuleSet set;
    set.rules = list;
    set.mqlThreshold = threshold;
    return set;
}

ScoredActivity act(ActivityType type, qint64 daysAgo, const QString &detail = {})
{
    return ScoredActivity{type, Now - daysAgo * DayMs, detail};
}

int sum(const ScoreExplanation &e)
{
    int total = 0;
    for (const ScoreContribution &c : e.contributions)
        total += c.points;
    return total;
}

// Demo leads with activities, at the fixed now.
void generateDemo(Database &db, int leads)
{
    DemoGenerator::Options options;
    options.leads = leads;
    options.now = Now;
    DemoGenerator::generate(db, options);
}

// The rules with every e-mail open worth `points`: a rule change that moves many scores.
RuleSet withEmailOpens(RuleSet set, int points)
{
    for (ScoringRule &r : set.rules) {
        if (r.kind == RuleKind::Behaviour && r.activity == ActivityType::EmailOpened)
            r.points = points;
    }
    return set;
}

} // namespace

class tst_Scoring : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void profileOperators_data();
    void profileOperators();
    void behaviourPointsDetailAndNegative();
    void capCountsTheMostRecent();
    void decayHalvesPerHalfLife();
    void noOpensOfTheLastEmails();
    void explanationsSumToTheScore();
    void ruleSetJsonRoundTripAndErrors();
    void rulesAreStoredAndValidated();
    void activityRescoresAtOnce();
    void fieldChangeAndMergeRescore();
    void crossingTheThresholdMakesMql();
    void stageMachine();
    void forbiddenMovesAreRefused();
    void bulkRescoreOfSomeLeads();
    void fullRescoreAfterRuleChange();
    void runHistoryFollowsDeletesAndUndo();
    void mergeKeepsEachLeadsHistory();
    void purgeThatCannotWriteLeavesTheRescore();
    void parallelRescoreEqualsOneThread();
    void writerBetweenBatchesIsNotOverwritten();
    void failureWhileTheNextBatchIsScored();
    void rollbackJournalScoresOnOneThread();
    void scoresLiveInTheirOwnTable();
    void backgroundJobAndPreview();
    void demoScoresAreTheEngines();
    void thresholdAdvisor();
    void attributeLift();

private:
    qint64 newLead(const QString &title = {}, Stage stage = Stage::Lead);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void tst_Scoring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(u"s.leadbench"_s));
    m_ws->scoring().setClock([] { return Now; });
}

void tst_Scoring::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

qint64 tst_Scoring::newLead(const QString &title, Stage stage)
{
    Lead l;
    l.firstName = u"Ana"_s;
    l.lastName = u"Souza"_s;
    l.jobTitle = title;
    l.stage = stage;
    return m_ws->leads().create(l);
}

void tst_Scoring::profileOperators_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("matches");
    // The lead: "Directeur Général", Énergie, 250 employees, revenue 4.5 M, phone set, no e-mail.
    QTest::newRow("equals ignores case and accents") << int(LeadField::Industry) << int(RuleOperator::Equals) << QStringList{u"energie"_s} << true;
    QTest::newRow("equals is whole") << int(LeadField::Industry) << int(RuleOperator::Equals) << QStringList{u"ener"_s} << false;
    QTest::newRow("contains any") << int(LeadField::JobTitle) << int(RuleOperator::Contains) << QStringList{u"ceo"_s, u"GENERAL"_s} << true;
    QTest::newRow("contains none") << int(LeadField::JobTitle) << int(RuleOperator::Contains) << QStringList{u"manager"_s} << false;
    QTest::newRow("one of") << int(LeadField::Industry) << int(RuleOperator::OneOf) << QStringList{u"Retail"_s, u"ÉNERGIE"_s} << true;
    QTest::newRow("one of none") << int(LeadField::Industry) << int(RuleOperator::OneOf) << QStringList{u"Retail"_s} << false;
    QTest::newRow(">= hit") << int(LeadField::CompanySize) << int(RuleOperator::AtLeast) << QStringList{u"250"_s} << true;
    QTest::newRow(">= miss") << int(LeadField::CompanySize) << int(RuleOperator::AtLeast) << QStringList{u"251"_s} << false;
    QTest::newRow("<= hit") << int(LeadField::AnnualRevenue) << int(RuleOperator::AtMost) << QStringList{u"4500000"_s} << true;
    QTest::newRow("<= miss") << int(LeadField::AnnualRevenue) << int(RuleOperator::AtMost) << QStringList{u"4499999.5"_s} << false;
    QTest::newRow("number equals") << int(LeadField::CompanySize) << int(RuleOperator::Equals) << QStringList{u"250"_s} << true;
    QTest::newRow("is set") << int(LeadField::Phone) << int(RuleOperator::IsSet) << QStringList{} << true;
    QTest::newRow("is not set") << int(LeadField::Email) << int(RuleOperator::IsSet) << QStringList{} << false;
    QTest::newRow("number not set") << int(LeadField::AnnualRevenue) << int(RuleOperator::IsSet) << QStringList{} << true;
}

void tst_Scoring::profileOperators()
{
    QFETCH(int, field);
    QFETCH(int, op);
    QFETCH(QStringList, values);
    QFETCH(bool, matches);
    Lead lead;
    lead.jobTitle = u"Directeur  Général"_s;
    lead.industry = u"Énergie"_s;
    lead.companySize = 250;
    lead.annualRevenue = 4500000.0;
    lead.phone = u"+33 1 23 45 67 89"_s;
    const ScoringRule rule = profile(1, LeadField(field), RuleOperator(op), values, 7);
    QVERIFY2(rule.problem().isEmpty(), qPrintable(rule.problem()));
    const ScoreEngine engine(rules({rule}));
    QCOMPARE(engine.score(lead, {}, Now), matches ? 7 : 0);
    // Negative points work the same way.
    ScoringRule negative = rule;
    negative.points = -4;
    QCOMPARE(ScoreEngine(rules({negative})).score(lead, {}, Now), matches ? -4 : 0);
}

void tst_Scoring::behaviourPointsDetailAndNegative()
{
    const ScoreEngine engine(rules({behaviour(1, ActivityType::EmailOpened, 5),
                                    behaviour(2, ActivityType::PageVisit, 10, 0, 0, u"Pricing"_s),
                                    behaviour(3, ActivityType::Unsubscribed, -25)}));
    const std::vector<ScoredActivity> acts = {
        act(ActivityType::EmailOpened, 10), act(ActivityType::EmailOpened, 5),
        act(ActivityType::PageVisit, 4, u"https://x.example/PRICING/team"_s), act(ActivityType::PageVisit, 3, u"https://x.example/blog"_s),
        act(ActivityType::Note, 2), act(ActivityType::Unsubscribed, 1)};
    const ScoreExplanation e = engine.explain(Lead(), acts, Now);
    QCOMPARE(e.score, 5 + 5 + 10 - 25);
    QCOMPARE(e.contributions.size(), 3);
    QCOMPARE(e.contributions.at(0).counted, 2);
    QCOMPARE(e.contributions.at(1).matched, 1); // the blog visit does not contain "pricing"
    QCOMPARE(e.contributions.at(2).points, -25);
    QCOMPARE(e.contributions.at(2).lastAt, Now - DayMs);
    // A disabled rule counts for nothing and is not explained.
    RuleSet set = engine.ruleSet();
    set.rules[2].enabled = false;
    QCOMPARE(ScoreEngine(set).score(Lead(), acts, Now), 20);
}

void tst_Scoring::capCountsTheMostRecent()
{
    // 6 opens, cap 4, half-life 10 days: the 4 most recent count (ages 1..4 days), not the old ones.
    const ScoreEngine engine(rules({behaviour(1, ActivityType::EmailOpened, 10, 4, 10)}));
    std::vector<ScoredActivity> acts;
    for (int age : {100, 50, 4, 3, 2, 1})
        acts.push_back(act(ActivityType::EmailOpened, age));
    const ScoreExplanation e = engine.explain(Lead(), acts, Now);
    double expected = 0;
    for (int age : {1, 2, 3, 4})
        expected += 10 * std::pow(0.5, age / 10.0);
    QCOMPARE(e.contributions.size(), 1);
    QCOMPARE(e.contributions.first().matched, 6);
    QCOMPARE(e.contributions.first().counted, 4);
    QVERIFY(std::abs(e.contributions.first().exact - expected) < 1e-9);
    QCOMPARE(e.score, int(std::lround(expected)));
    // No cap: all six.
    QCOMPARE(ScoreEngine(rules({behaviour(1, ActivityType::EmailOpened, 10)})).score(Lead(), acts, Now), 60);
}

void tst_Scoring::decayHalvesPerHalfLife()
{
    const ScoreEngine engine(rules({behaviour(1, ActivityType::MeetingBooked, 40, 0, 30)}));
    QCOMPARE(engine.score(Lead(), {act(ActivityType::MeetingBooked, 0)}, Now), 40);
    QCOMPARE(engine.score(Lead(), {act(ActivityType::MeetingBooked, 30)}, Now), 20);
    QCOMPARE(engine.score(Lead(), {act(ActivityType::MeetingBooked, 60)}, Now), 10);
    QCOMPARE(engine.score(Lead(), {act(ActivityType::MeetingBooked, 90)}, Now), 5);
    // The same activity scored at a later "now" counts less: decay is relative to the now given.
    QCOMPARE(engine.score(Lead(), {act(ActivityType::MeetingBooked, 0)}, Now + 30 * DayMs), 20);
    // Something dated in the future counts in full, never more.
    QCOMPARE(engine.score(Lead(), {act(ActivityType::MeetingBooked, -5)}, Now), 40);
    // Negative points decay too.
    const ScoreEngine cancel(rules({behaviour(1, ActivityType::MeetingCancelled, -8, 0, 10)}));
    QCOMPARE(cancel.score(Lead(), {act(ActivityType::MeetingCancelled, 10)}, Now), -4);
}

void tst_Scoring::noOpensOfTheLastEmails()
{
    ScoringRule rule;
    rule.id = 1;
    rule.kind = RuleKind::NoOpens;
    rule.lastEmails = 3;
    rule.points = -10;
    const ScoreEngine engine(rules({rule}));
    const auto sent = [](int daysAgo) { return act(ActivityType::EmailSent, daysAgo); };
    // Three sent, none opened: it fires.
    QCOMPARE(engine.score(Lead(), {sent(30), sent(20), sent(10)}, Now), -10);
    // An open before the three (of an older e-mail) does not help.
    QCOMPARE(engine.score(Lead(), {act(ActivityType::EmailOpened, 40), sent(30), sent(20), sent(10)}, Now), -10);
    // An open (or a click, or a reply) since the third most recent e-mail: it does not fire.
    QCOMPARE(engine.score(Lead(), {sent(30), act(ActivityType::EmailOpened, 25), sent(20), sent(10)}, Now), 0);
    QCOMPARE(engine.score(Lead(), {sent(30), sent(20), sent(10), act(ActivityType::EmailClicked, 5)}, Now), 0);
    QCOMPARE(engine.score(Lead(), {sent(30), sent(20), sent(10), act(ActivityType::EmailReplied, 5)}, Now), 0);
    // Only the last three count: an open of the fourth most recent is too old.
    QCOMPARE(engine.score(Lead(), {sent(40), act(ActivityType::EmailOpened, 35), sent(30), sent(20), sent(10)}, Now), -10);
    // Fewer than three sent: not enough to say.
    QCOMPARE(engine.score(Lead(), {sent(20), sent(10)}, Now), 0);
    QCOMPARE(engine.explain(Lead(), {sent(30), sent(20), sent(10)}, Now).contributions.first().label,
             u"Opened none of the last 3 e-mail(s)"_s);
}

void tst_Scoring::explanationsSumToTheScore()
{
    DemoGenerator::Options options;
    options.leads = 400;
    options.now = Now;
    DemoGenerator::generate(m_ws->db(), options);
    const ScoreEngine engine(RuleSet::defaults());
    Query q(m_ws->db(), "SELECT id, score FROM leads JOIN lead_scores ON lead_id = id");
    int withContributions = 0;
    while (q.next()) {
        const ScoreExplanation e = m_ws->scoring().explain(q.int64(0));
        QCOMPARE(sum(e), e.score);
        QCOMPARE(e.score, q.integer(1)); // the stored score is the explained one
        QCOMPARE(e.now, Now);
        double exact = 0;
        for (const ScoreContribution &c : e.contributions) {
            QVERIFY(c.counted <= c.matched);
            QCOMPARE(c.points, int(std::lround(c.exact)));
            exact += c.exact;
        }
        QVERIFY(std::abs(exact - e.score) <= 0.5 * e.contributions.size());
        if (e.contributions.size() >= 3)
            ++withContributions;
        // JSON carries the same.
        const QJsonObject json = e.toJson();
        int jsonSum = 0;
        for (const QJsonValue &v : json.value(u"contributions"_s).toArray())
            jsonSum += v.toObject().value(u"points"_s).toInt();
        QCOMPARE(jsonSum, json.value(u"score"_s).toInt());
    }
    QVERIFY(withContributions > 50);
}

void tst_Scoring::ruleSetJsonRoundTripAndErrors()
{
    const RuleSet defaults = RuleSet::defaults();
    QVERIFY(defaults.problem().isEmpty());
    QString error;
    const auto back = RuleSet::fromJson(defaults.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == defaults);

    // The seeds' table is there.
    auto points = [&](ActivityType t) {
        for (const ScoringRule &r : defaults.rules) {
            if (r.kind == RuleKind::Behaviour && r.activity == t)
                return r.points;
        }
        return 0;
    };
    QCOMPARE(points(ActivityType::Subscribed), 5);
    QCOMPARE(points(ActivityType::EmailOpened), 5);
    QCOMPARE(points(ActivityType::EmailClicked), 10);
    QCOMPARE(points(ActivityType::PageVisit), 10);
    QCOMPARE(points(ActivityType::EmailReplied), 15);
    QCOMPARE(points(ActivityType::MeetingBooked), 25);
    QCOMPARE(points(ActivityType::TrialStarted), 25);
    QCOMPARE(points(ActivityType::MeetingCancelled), -5);
    QCOMPARE(points(ActivityType::Unsubscribed), -25);

    auto parse = [&](const QByteArray &json) {
        error.clear();
        return RuleSet::fromJson(QJsonDocument::fromJson(json).object(), &error);
    };
    QVERIFY(!parse(R"({"rules":[{"kind":"behaviour","activity":"email_opened","points":5},{"kind":"magic","points":1}]})"));
    QVERIFY2(error.contains(u"Rule 2"_s) && error.contains(u"magic"_s), qPrintable(error));
    QVERIFY(!parse(R"({"rules":[{"kind":"profile","field":"job_title","operator":"at_least","values":["x"],"points":5}]})"));
    QVERIFY2(error.contains(u"Rule 1"_s) && error.contains(u"number"_s), qPrintable(error));
    QVERIFY(!parse(R"({"rules":[{"kind":"behaviour","activity":"email_opened","points":5,"cap":-1}]})"));
    QVERIFY2(error.contains(u"cap"_s), qPrintable(error));
    QVERIFY(!parse(R"({"rules":[{"kind":"behaviour","activity":"teleport","points":5}]})"));
    QVERIFY2(error.contains(u"teleport"_s), qPrintable(error));
    QVERIFY(!parse(R"({"rules":[{"kind":"behaviour","activity":"email_opened"}]})"));
    QVERIFY2(error.contains(u"points"_s), qPrintable(error));
    QVERIFY(!parse(R"({"warm_from":60,"hot_from":50,"rules":[]})"));
    QVERIFY2(error.contains(u"Warm"_s), qPrintable(error));
    // Rules without ids get fresh ones.
    const auto ok = parse(R"({"mql_threshold":30,"rules":[{"kind":"no_opens","last_emails":2,"points":-3},
                             {"id":7,"kind":"behaviour","activity":"call","points":2}]})");
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(ok->mqlThreshold, 30);
    QCOMPARE(ok->rules.at(0).id, 8);
}

void tst_Scoring::rulesAreStoredAndValidated()
{
    QCOMPARE(m_ws->scoring().ruleSet(), RuleSet::defaults()); // nothing saved yet
    RuleSet set = rules({behaviour(1, ActivityType::Call, 3)}, 12);
    set.bands = ScoreBands{5, 9};
    QSignalSpy changed(&m_ws->scoring(), &ScoringService::rulesChanged);
    QSignalSpy bands(m_ws.get(), &Workspace::scoreBandsChanged);
    const qint64 revision = m_ws->scoring().revision();
    m_ws->scoring().setRuleSet(set);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bands.count(), 1);
    QCOMPARE(m_ws->scoring().revision(), revision + 1);
    // One source of truth for the bands.
    QCOMPARE(m_ws->scoreBands().warmFrom, 5);
    QCOMPARE(m_ws->scoreBands().hotFrom, 9);
    const QString path = m_ws->path();
    m_ws.reset();
    m_ws = Workspace::open(path);
    QCOMPARE(m_ws->scoring().ruleSet(), set);

    // A bad set is refused and what was stored stays.
    RuleSet bad = set;
    bad.rules << behaviour(1, ActivityType::EmailOpened, 2); // the same id twice
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->scoring().setRuleSet(bad));
    QCOMPARE(m_ws->scoring().ruleSet(), set);
    // Damaged stored rules are reported, not silently replaced by the defaults.
    m_ws->setMeta(u"scoring.rules"_s, u"{not json"_s);
    m_ws->setMeta(u"scoring.revision"_s, u"99"_s);
    try {
        m_ws->scoring().ruleSet();
        QFAIL("damaged rules were accepted");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(u"scoring rules"_s), qPrintable(e.message()));
    }
}

void tst_Scoring::activityRescoresAtOnce()
{
    m_ws->scoring().setRuleSet(rules({behaviour(1, ActivityType::EmailClicked, 10, 0, 30),
                                      behaviour(2, ActivityType::Unsubscribed, -25)}, 1000));
    const qint64 id = newLead();
    QCOMPARE(m_ws->leads().get(id).score, 0);
    QSignalSpy changed(&m_ws->leads(), &LeadRepository::leadsChanged);
    Activity a;
    a.leadId = id;
    a.type = ActivityType::EmailClicked;
    a.occurredAt = Now - 30 * DayMs; // one half-life ago
    const qint64 click = m_ws->leads().addActivity(a);
    QCOMPARE(m_ws->leads().get(id).score, 5);
    QVERIFY(!changed.isEmpty());
    a.occurredAt = Now;
    m_ws->leads().addActivity(a);
    QCOMPARE(m_ws->leads().get(id).score, 15);
    a.type = ActivityType::Unsubscribed;
    const qint64 unsubscribe = m_ws->leads().addActivity(a);
    QCOMPARE(m_ws->leads().get(id).score, -10);
    m_ws->leads().removeActivity(unsubscribe);
    QCOMPARE(m_ws->leads().get(id).score, 15);
    const Activity old = *m_ws->leads().findActivity(click);
    m_ws->leads().removeActivity(click);
    QCOMPARE(m_ws->leads().get(id).score, 10);
    m_ws->leads().restoreActivity(old); // undo
    QCOMPARE(m_ws->leads().get(id).score, 15);

    // Each change is in the score history: when, old, new, why.
    const QList<ScoreHistoryEntry> history = m_ws->scoring().history(id);
    QCOMPARE(history.size(), 6);
    QCOMPARE(history.at(0).oldScore, 0);
    QCOMPARE(history.at(0).newScore, 5);
    QCOMPARE(history.at(0).changedAt, Now);
    QVERIFY2(history.at(0).reason.contains(u"link clicked"_s), qPrintable(history.at(0).reason));
    QCOMPARE(history.at(2).newScore, -10);
    QVERIFY2(history.at(3).reason.contains(u"deleted"_s), qPrintable(history.at(3).reason));
    QVERIFY2(history.at(5).reason.contains(u"restored"_s), qPrintable(history.at(5).reason));
    for (int i = 1; i < history.size(); ++i)
        QCOMPARE(history.at(i).oldScore, history.at(i - 1).newScore);
    // A note does not move the score, and leaves no history.
    a.type = ActivityType::Note;
    m_ws->leads().addActivity(a);
    QCOMPARE(m_ws->scoring().history(id).size(), 6);
}

void tst_Scoring::fieldChangeAndMergeRescore()
{
    m_ws->scoring().setRuleSet(rules({profile(1, LeadField::JobTitle, RuleOperator::Contains, {u"ceo"_s}, 10),
                                      profile(2, LeadField::CompanySize, RuleOperator::AtLeast, {u"200"_s}, 5),
                                      behaviour(3, ActivityType::EmailOpened, 5)}, 1000));
    const qint64 id = newLead(u"Analyst"_s);
    QCOMPARE(m_ws->leads().get(id).score, 0);
    m_ws->leads().setField(id, LeadField::JobTitle, u"CEO & founder"_s);
    QCOMPARE(m_ws->leads().get(id).score, 10);
    m_ws->leads().setField(id, LeadField::CompanySize, qint64(500));
    QCOMPARE(m_ws->leads().get(id).score, 15);
    QVERIFY(m_ws->scoring().history(id).last().reason.contains(u"Company size"_s));
    Lead edited = m_ws->leads().get(id);
    edited.jobTitle = u"Intern"_s;
    m_ws->leads().update(edited);
    QCOMPARE(m_ws->leads().get(id).score, 5);

    // Merging: the survivor gets the other's activities and is re-scored (not the max of the two).
    const qint64 other = newLead(u"Intern"_s);
    Activity a;
    a.leadId = other;
    a.type = ActivityType::EmailOpened;
    a.occurredAt = Now;
    m_ws->leads().addActivity(a);
    m_ws->leads().addActivity(a);
    QCOMPARE(m_ws->leads().get(other).score, 10);
    MergePlan plan;
    plan.survivorId = id;
    plan.otherId = other;
    const RowSnapshot beforeMerge = m_ws->leads().merge(plan);
    QCOMPARE(m_ws->leads().get(id).score, 15);
    // Re-scored from the higher of the two scores (what crossing the threshold compares against).
    const ScoreHistoryEntry merged = m_ws->scoring().history(id).last();
    QCOMPARE(merged.oldScore, 10);
    QCOMPARE(merged.newScore, 15);
    // Undoing the merge gives each lead its own score back.
    m_ws->leads().unmerge(plan, beforeMerge);
    QCOMPARE(m_ws->leads().get(id).score, 5);
    QCOMPARE(m_ws->leads().get(other).score, 10);

    // Two demo leads with their histories merge, and the survivor is re-scored.
    DemoGenerator::Options options;
    options.leads = 50;
    options.now = Now;
    DemoGenerator::generate(m_ws->db(), options);
    const QList<qint64> demo = {id + 2, id + 3};
    const MergePlan proposed = MergePlan::propose(m_ws->leads().get(demo[0]), m_ws->leads().get(demo[1]));
    m_ws->leads().merge(proposed);
    QVERIFY(!m_ws->leads().find(proposed.otherId));
    QCOMPARE(m_ws->leads().get(proposed.survivorId).score, m_ws->scoring().explain(proposed.survivorId).score);
}

void tst_Scoring::crossingTheThresholdMakesMql()
{
    m_ws->scoring().setRuleSet(rules({behaviour(1, ActivityType::MeetingBooked, 25),
                                      behaviour(2, ActivityType::EmailOpened, 5)}, 30));
    const qint64 id = newLead();
    const qint64 subscriber = newLead({}, Stage::Subscriber);
    const qint64 sql = newLead();
    m_ws->leads().changeStage(sql, Stage::SQL, u"BANT"_s);
    QSignalSpy stages(&m_ws->leads(), &LeadRepository::stageChanged);
    Activity a;
    a.type = ActivityType::MeetingBooked;
    a.occurredAt = Now;
    for (qint64 lead : {id, subscriber, sql}) {
        a.leadId = lead;
        m_ws->leads().addActivity(a);
    }
    // 25 < 30: nobody moves.
    QCOMPARE(m_ws->leads().get(id).stage, Stage::Lead);
    QVERIFY(stages.isEmpty());
    a.type = ActivityType::EmailOpened;
    for (qint64 lead : {id, subscriber, sql}) {
        a.leadId = lead;
        m_ws->leads().addActivity(a);
    }
    QCOMPARE(m_ws->leads().get(id).stage, Stage::MQL);
    QCOMPARE(m_ws->leads().get(subscriber).stage, Stage::MQL);
    QCOMPARE(m_ws->leads().get(sql).stage, Stage::SQL); // beyond MQL already: stays
    QCOMPARE(stages.count(), 2);
    QCOMPARE(stages.first().at(2).value<Stage>(), Stage::MQL);
    StageChange last;
    for (const StageChange &c : m_ws->leads().stageHistory(id)) {
        if (c.to == Stage::MQL)
            last = c;
    }
    QCOMPARE(last.from.value(), Stage::Lead);
    QCOMPARE(last.to, Stage::MQL);
    QCOMPARE(last.actor, u"scoring"_s);
    QCOMPARE(last.score, 30);
    QVERIFY2(last.reason.contains(u"threshold"_s) && last.reason.contains(u"30"_s), qPrintable(last.reason));
    QCOMPARE(last.changedAt, Now);

    // Staying above is not crossing: back in Nurturing, another open does not make it MQL again...
    m_ws->leads().changeStage(id, Stage::Nurturing, u"not now"_s);
    a.leadId = id;
    m_ws->leads().addActivity(a);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::Nurturing);
    // ...but falling below and crossing again does (a recycled lead re-engaging).
    Query(m_ws->db(), "DELETE FROM activities WHERE lead_id = ? AND type = ?", id, int(ActivityType::MeetingBooked)).exec();
    m_ws->leads().addActivity(a); // re-scored: 15
    QCOMPARE(m_ws->leads().get(id).score, 15);
    a.type = ActivityType::MeetingBooked;
    m_ws->leads().addActivity(a);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::MQL);
}

void tst_Scoring::stageMachine()
{
    QVERIFY(StageMachine::canMove(Stage::Subscriber, Stage::Lead));
    QVERIFY(StageMachine::canMove(Stage::Lead, Stage::MQL));
    QVERIFY(StageMachine::canMove(Stage::Lead, Stage::SQL)); // sales qualifies a lead it met directly
    QVERIFY(StageMachine::canMove(Stage::MQL, Stage::SQL));
    QVERIFY(StageMachine::canMove(Stage::MQL, Stage::Nurturing)); // BANT: not now
    QVERIFY(StageMachine::canMove(Stage::SQL, Stage::Opportunity));
    QVERIFY(StageMachine::canMove(Stage::Opportunity, Stage::Customer));
    QVERIFY(StageMachine::canMove(Stage::Opportunity, Stage::Nurturing)); // lost
    QVERIFY(StageMachine::canMove(Stage::Nurturing, Stage::MQL));
    QVERIFY(StageMachine::canMove(Stage::Disqualified, Stage::Lead));
    QVERIFY(StageMachine::canMove(Stage::Customer, Stage::Nurturing));
    QVERIFY(!StageMachine::canMove(Stage::MQL, Stage::Lead));
    QVERIFY(!StageMachine::canMove(Stage::SQL, Stage::MQL));
    QVERIFY(!StageMachine::canMove(Stage::Customer, Stage::Lead));
    QVERIFY(!StageMachine::canMove(Stage::Customer, Stage::Disqualified));
    QVERIFY(!StageMachine::canMove(Stage::Lead, Stage::Subscriber));
    QVERIFY(!StageMachine::canMove(Stage::Disqualified, Stage::Customer));
    QVERIFY(!StageMachine::canMove(Stage::Lead, Stage::Lead));
    QCOMPARE(StageMachine::targets(Stage::Disqualified), QList<Stage>{Stage::Lead});
    QCOMPARE(StageMachine::targets(Stage::Customer), QList<Stage>{Stage::Nurturing});
    for (Stage s : Lifecycle::allStages())
        QVERIFY(!StageMachine::targets(s).contains(Stage::Subscriber));
}

void tst_Scoring::forbiddenMovesAreRefused()
{
    const qint64 id = newLead();
    m_ws->leads().changeStage(id, Stage::SQL, u"BANT: all four"_s);
    const int entries = m_ws->leads().stageHistory(id).size();
    try {
        m_ws->leads().changeStage(id, Stage::Lead, u"oops"_s);
        QFAIL("SQL -> Lead was allowed");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(u"SQL"_s) && e.message().contains(u"Opportunity"_s), qPrintable(e.message()));
    }
    QCOMPARE(m_ws->leads().get(id).stage, Stage::SQL);
    QCOMPARE(m_ws->leads().stageHistory(id).size(), entries);
    // Undo of a move is not a move: it always puts the lead back.
    const qint64 entry = m_ws->leads().changeStage(id, Stage::Opportunity, u"deal"_s);
    m_ws->leads().revertStage(id, entry, Stage::SQL);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::SQL);
}

void tst_Scoring::bulkRescoreOfSomeLeads()
{
    m_ws->scoring().setRuleSet(rules({behaviour(1, ActivityType::EmailOpened, 5)}, 10));
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << newLead();
    // A bulk writer inserts activities by itself, then asks for a re-score of the leads it touched.
    for (qint64 id : std::as_const(ids)) {
        for (int k = 0; k < int(id % 4); ++k)
            Query(m_ws->db(), "INSERT INTO activities (lead_id, type, occurred_at, created_at) VALUES (?, 3, ?, ?)", id,
                  Now, Now)
                .exec();
    }
    QSignalSpy changed(&m_ws->leads(), &LeadRepository::leadsChanged);
    const QList<qint64> some = {ids.at(3), ids.at(1), ids.at(2), ids.at(3), ids.at(29)};
    const Rescorer::Result result = m_ws->scoring().rescoreLeads(some, u"Imported"_s);
    QCOMPARE(result.leads, 4);
    for (qint64 id : std::as_const(ids)) {
        const int expected = some.contains(id) ? int(id % 4) * 5 : 0;
        QCOMPARE(m_ws->leads().get(id).score, expected);
    }
    QCOMPARE(changed.count(), 1);
    // 15 and above crossed 10: MQL.
    for (qint64 id : some) {
        if (id % 4 >= 2)
            QCOMPARE(m_ws->leads().get(id).stage, Stage::MQL);
    }
    QCOMPARE(m_ws->scoring().history(some.last()).last().reason, u"Imported"_s);
}

void tst_Scoring::fullRescoreAfterRuleChange()
{
    DemoGenerator::Options options;
    options.leads = 600;
    options.now = Now;
    DemoGenerator::generate(m_ws->db(), options);
    const qint64 historyBefore = Query(m_ws->db(), "SELECT count(*) FROM score_changes").scalar().toLongLong();
    const qint64 leadHistoryBefore = Query(m_ws->db(), "SELECT count(*) FROM score_history").scalar().toLongLong();
    // The same rules and the same "now": nothing changes.
    Rescorer::Result same = m_ws->scoring().rescoreAll(u"check"_s);
    QCOMPARE(same.leads, 600);
    QCOMPARE(same.changed, 0);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM score_changes").scalar().toLongLong(), historyBefore);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM score_runs WHERE reason = 'check'").scalar().toLongLong(), 0);

    // Opens are worth three times as much now.
    RuleSet set = m_ws->scoring().ruleSet();
    const int previousThreshold = set.mqlThreshold;
    for (ScoringRule &r : set.rules) {
        if (r.kind == RuleKind::Behaviour && r.activity == ActivityType::EmailOpened)
            r.points = 15;
    }
    const qint64 expectedChanged = Query(m_ws->db(), "SELECT count(DISTINCT lead_id) FROM activities WHERE type = 3").scalar().toLongLong();
    m_ws->scoring().setRuleSet(set);
    QCOMPARE(m_ws->scoring().pendingRescoreReason(), u"Scoring rules changed"_s);
    const qint64 promotedBefore =
        Query(m_ws->db(), "SELECT count(*) FROM stage_history WHERE actor = 'scoring' AND changed_at = ?", Now).scalar().toLongLong();
    QList<qint64> progress;
    const Rescorer::Result result = m_ws->scoring().rescoreAll(
        u"Scoring rules changed"_s, [&](qint64 done, qint64) { progress << done; return true; }, previousThreshold);
    QCOMPARE(result.leads, 600);
    QVERIFY(result.changed > 0 && result.changed <= expectedChanged);
    QVERIFY(!progress.isEmpty() && progress.last() == 600);
    QVERIFY(m_ws->scoring().pendingRescoreReason().isEmpty());
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM score_changes WHERE reason = 'Scoring rules changed'").scalar().toLongLong(),
             result.changed);
    // Kept as one run: one row for the run, one per lead changed, none in the per-lead score_history.
    Query run(m_ws->db(), "SELECT r.at, count(c.lead_id) FROM score_runs r JOIN score_run_changes c ON c.run_id = r.id "
                          "WHERE r.reason = 'Scoring rules changed' GROUP BY r.id");
    QVERIFY(run.next());
    QCOMPARE(run.int64(0), Now);
    QCOMPARE(run.int64(1), result.changed);
    QVERIFY(!run.next());
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM score_history").scalar().toLongLong(), leadHistoryBefore);
    // Stored scores are what the engine explains, and the last history entry of each lead ends there.
    Query q(m_ws->db(), "SELECT id, score, (SELECT new_score FROM score_changes h WHERE h.lead_id = l.id "
                        "ORDER BY changed_at DESC, seq DESC, run_id DESC LIMIT 1) "
                        "FROM leads l JOIN lead_scores s ON s.lead_id = l.id");
    while (q.next()) {
        QCOMPARE(m_ws->scoring().explain(q.int64(0)).score, q.integer(1));
        if (!q.isNull(2))
            QCOMPARE(q.integer(2), q.integer(1));
    }
    // Leads that crossed the threshold became MQL, by "scoring".
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM stage_history WHERE actor = 'scoring' AND changed_at = ?", Now)
                 .scalar()
                 .toLongLong(),
             promotedBefore + result.promoted);
    QCOMPARE(result.promoted, result.crossing);
    // A day later the daily re-score is due.
    m_ws->scoring().setClock([] { return Now + 2 * DayMs; });
    QVERIFY(m_ws->scoring().pendingRescoreReason().contains(u"Daily"_s));
}

// A re-score of many leads is kept as one run. A lead's history reads its own changes and the runs in
// the order they were written, also at the same moment. A deleted lead's run changes go at the next
// full re-score, unless the lead came back (undo) by then; a run left without changes goes with them.
void tst_Scoring::runHistoryFollowsDeletesAndUndo()
{
    generateDemo(m_ws->db(), 200);
    auto count = [&](const char *sql, const QVariant &value) { return Query(m_ws->db(), sql, value).scalar().toLongLong(); };
    const RuleSet base = m_ws->scoring().ruleSet();
    m_ws->scoring().setRuleSet(withEmailOpens(base, 15));
    const Rescorer::Result first = m_ws->scoring().rescoreAll(u"opens 15"_s);
    QList<qint64> changed;
    for (Query q(m_ws->db(), "SELECT c.lead_id FROM score_run_changes c JOIN score_runs r ON r.id = c.run_id "
                             "WHERE r.reason = 'opens 15' ORDER BY c.lead_id LIMIT 3");
         q.next();)
        changed << q.int64(0);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(count("SELECT count(*) FROM score_run_changes WHERE lead_id IN (SELECT id FROM leads) AND ?", 1),
             first.changed);
    const qint64 kept = changed.at(0), gone = changed.at(1), back = changed.at(2);
    QCOMPARE(m_ws->scoring().history(kept).last().reason, u"opens 15"_s);

    // A change of the lead alone at the same moment, after the run: last in its history.
    Activity click;
    click.leadId = kept;
    click.type = ActivityType::EmailClicked;
    click.occurredAt = Now;
    m_ws->leads().addActivity(click);
    const QList<ScoreHistoryEntry> history = m_ws->scoring().history(kept);
    QCOMPARE(history.last().changedAt, Now);
    QVERIFY(history.last().reason != u"opens 15"_s);
    QCOMPARE(history.at(history.size() - 2).reason, u"opens 15"_s);
    QCOMPARE(history.at(history.size() - 2).newScore, history.last().oldScore);
    QCOMPARE(history.last().newScore, m_ws->leads().get(kept).score);
    // Reading it probes each run by its key, it never scans the runs' changes (millions of rows).
    QStringList plan;
    for (Query q(m_ws->db(), "EXPLAIN QUERY PLAN SELECT * FROM score_changes WHERE lead_id = ?", kept); q.next();)
        plan << q.text(3);
    QVERIFY2(plan.contains(u"SEARCH c USING PRIMARY KEY (run_id=? AND lead_id=?)"_s), qPrintable(plan.join(u" | "_s)));
    QVERIFY2(!plan.join(u' ').contains(u"SCAN c"_s), qPrintable(plan.join(u" | "_s)));

    // A run of one lead, then that lead and another deleted; a full re-score; the other brought back
    // (undo): its run history is there, a deleted lead's runs stay for a week.
    m_ws->scoring().setRuleSet(withEmailOpens(base, 20));
    QCOMPARE(m_ws->scoring().rescoreLeads({gone}, u"just one"_s).changed, 1);
    m_ws->leads().remove({gone});
    const RowSnapshot removed = m_ws->leads().remove({back});
    QCOMPARE(count("SELECT count(*) FROM score_purge WHERE lead_id IN (?, " + QByteArray::number(back) + ")", gone), 2);
    m_ws->scoring().rescoreAll(u"opens 20"_s);
    m_ws->leads().restore(removed);
    QCOMPARE(m_ws->scoring().history(back).last().reason, u"opens 15"_s);
    QCOMPARE(count("SELECT count(*) FROM score_run_changes WHERE lead_id = ?", gone), 2);

    // Over a week later, the deleted lead's run changes go; the one brought back keeps its own.
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 8 * DayMs;
    m_ws->scoring().setClock([later] { return later; });
    m_ws->scoring().setRuleSet(base);
    m_ws->scoring().rescoreAll(u"opens 5"_s);
    QCOMPARE(count("SELECT count(*) FROM score_run_changes WHERE lead_id = ?", gone), 0);
    QCOMPARE(count("SELECT count(*) FROM score_runs WHERE reason = ?", u"just one"_s), 0);
    QCOMPARE(count("SELECT count(*) FROM score_purge WHERE ?", 1), 0);
    const QList<ScoreHistoryEntry> restored = m_ws->scoring().history(back);
    QVERIFY(std::any_of(restored.cbegin(), restored.cend(), [](const ScoreHistoryEntry &e) { return e.reason == u"opens 15"_s; }));
    QCOMPARE(restored.last().reason, u"opens 5"_s);
    QCOMPARE(restored.last().newScore, m_ws->leads().get(back).score);
    // Every lead still in the workspace has its run changes: only the deleted one's went.
    QCOMPARE(count("SELECT count(*) FROM score_run_changes c JOIN score_runs r ON r.id = c.run_id "
                   "WHERE r.reason = ?",
                   u"opens 15"_s),
             first.changed - 1);
}

// Merging keeps each lead's score history its own: the survivor's shows its changes and the merge, and
// unmerge gives the other lead back its whole history (runs included); the survivor's ends at the score
// it has again.
void tst_Scoring::mergeKeepsEachLeadsHistory()
{
    m_ws->scoring().setRuleSet(rules({behaviour(1, ActivityType::EmailOpened, 5)}, 1000));
    const qint64 survivor = newLead(), other = newLead();
    Activity open;
    open.type = ActivityType::EmailOpened;
    open.occurredAt = Now;
    for (qint64 id : {survivor, other, other}) {
        open.leadId = id;
        open.occurredAt -= 60000; // distinct: a merge leaves an equal activity behind
        m_ws->leads().addActivity(open);
    }
    m_ws->scoring().setRuleSet(rules({behaviour(1, ActivityType::EmailOpened, 7)}, 1000));
    m_ws->scoring().rescoreAll(u"opens 7"_s);
    const QList<ScoreHistoryEntry> otherBefore = m_ws->scoring().history(other);
    const QList<ScoreHistoryEntry> survivorBefore = m_ws->scoring().history(survivor);
    QCOMPARE(otherBefore.last().reason, u"opens 7"_s);
    QCOMPARE(otherBefore.last().newScore, 14);

    MergePlan plan;
    plan.survivorId = survivor;
    plan.otherId = other;
    const RowSnapshot before = m_ws->leads().merge(plan);
    const QList<ScoreHistoryEntry> merged = m_ws->scoring().history(survivor);
    QCOMPARE(merged.size(), survivorBefore.size() + 1);
    QCOMPARE(merged.last().newScore, 21);
    QCOMPARE(m_ws->leads().get(survivor).score, 21);
    // A re-score of the merged lead, then unmerge.
    m_ws->scoring().setRuleSet(rules({behaviour(1, ActivityType::EmailOpened, 9)}, 1000));
    m_ws->scoring().rescoreAll(u"opens 9"_s);
    QCOMPARE(m_ws->scoring().history(survivor).last().newScore, 27);
    m_ws->leads().unmerge(plan, before);

    const QList<ScoreHistoryEntry> otherAfter = m_ws->scoring().history(other);
    QCOMPARE(otherAfter.size(), otherBefore.size());
    for (qsizetype i = 0; i < otherAfter.size(); ++i) {
        QCOMPARE(otherAfter.at(i).reason, otherBefore.at(i).reason);
        QCOMPARE(otherAfter.at(i).newScore, otherBefore.at(i).newScore);
    }
    const QList<ScoreHistoryEntry> survivorAfter = m_ws->scoring().history(survivor);
    QCOMPARE(m_ws->leads().get(survivor).score, 7);
    QCOMPARE(survivorAfter.last().oldScore, 27);
    QCOMPARE(survivorAfter.last().newScore, 7);
    QCOMPARE(survivorAfter.last().reason, u"Merge with #%1 undone"_s.arg(other));
}

// The week-old deleted leads' run changes are housekeeping after a full re-score: when another
// connection holds the write lock then, the re-score still stands and the purge waits for the next one.
void tst_Scoring::purgeThatCannotWriteLeavesTheRescore()
{
    generateDemo(m_ws->db(), 100);
    const RuleSet base = m_ws->scoring().ruleSet();
    m_ws->scoring().setRuleSet(withEmailOpens(base, 15));
    m_ws->scoring().rescoreAll(u"opens 15"_s);
    const qint64 gone = Query(m_ws->db(), "SELECT min(lead_id) FROM score_run_changes").scalar().toLongLong();
    QVERIFY(gone > 0);
    m_ws->leads().remove({gone});
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 8 * DayMs;
    auto other = m_ws->openConnection(false);
    Rescorer::Options o;
    o.now = later;
    o.reason = u"opens 5"_s;
    bool locked = false;
    const Rescorer::Result result = Rescorer(m_ws->db(), base).all(o, [&](qint64 done, qint64 total) {
        if (done == total) {
            other->exec("BEGIN IMMEDIATE");
            locked = true;
        }
        return true;
    });
    QVERIFY(locked);
    QVERIFY(result.changed > 0);
    other->exec("COMMIT");
    auto count = [&](const char *sql) { return Query(m_ws->db(), sql, gone).scalar().toLongLong(); };
    QCOMPARE(count("SELECT count(*) FROM score_run_changes WHERE lead_id = ?"), 1);
    QCOMPARE(count("SELECT count(*) FROM score_purge WHERE lead_id = ?"), 1);
    Rescorer(m_ws->db(), base).all(o);
    QCOMPARE(count("SELECT count(*) FROM score_run_changes WHERE lead_id = ?"), 0);
    QCOMPARE(count("SELECT count(*) FROM score_purge WHERE lead_id = ?"), 0);
}

void tst_Scoring::parallelRescoreEqualsOneThread()
{
    DemoGenerator::Options options;
    options.leads = 700;
    options.now = Now;
    DemoGenerator::generate(m_ws->db(), options);
    RuleSet set = m_ws->scoring().ruleSet();
    const int previousThreshold = set.mqlThreshold;
    for (ScoringRule &r : set.rules) {
        if (r.kind == RuleKind::Behaviour && r.activity == ActivityType::EmailOpened)
            r.points = 15;
    }
    set.mqlThreshold = 30;
    Rescorer::Options o;
    o.now = Now;
    o.write = false;
    o.previousThreshold = previousThreshold;
    o.batchLeads = 150; // several batches, each split between the threads
    auto compute = [&](int threads) {
        Rescorer rescorer(m_ws->db(), set);
        Rescorer::Options c = o;
        c.threads = threads;
        return rescorer.all(c);
    };
    const Rescorer::Result one = compute(1);
    QCOMPARE(one.leads, 700);
    QVERIFY(one.changed > 100);
    QVERIFY(one.crossing > 0);
    for (int threads : {2, 3, 5}) {
        const Rescorer::Result many = compute(threads);
        QCOMPARE(many.leads, one.leads);
        QCOMPARE(many.changed, one.changed);
        QCOMPARE(many.crossing, one.crossing);
        QCOMPARE(many.aboveThreshold, one.aboveThreshold);
        QVERIFY(many.histogram == one.histogram);
        QVERIFY(many.currentHistogram == one.currentHistogram);
    }

    // What one thread would write, lead by lead.
    QList<qint64> ids;
    for (Query q(m_ws->db(), "SELECT id FROM leads"); q.next();)
        ids << q.int64(0);
    QList<Rescorer::Change> expected;
    Rescorer(m_ws->db(), set).leads(ids, o, &expected);
    QVERIFY(expected.size() >= one.changed);

    // Written by three threads: the same scores, history and MQLs.
    Rescorer::Options w = o;
    w.write = true;
    w.threads = 3;
    w.reason = u"parallel"_s;
    const Rescorer::Result written = Rescorer(m_ws->db(), set).all(w);
    QCOMPARE(written.changed, one.changed);
    QCOMPARE(written.promoted, one.crossing);
    QCOMPARE(written.threads, 3);
    QCOMPARE(written.scoredAhead, 4); // 5 batches: each after the first was scored while one was written
    // The WAL the helpers' snapshots kept from being checkpointed is folded back into the file
    // afterwards: a copy of the file alone, without its WAL, holds the new scores.
    {
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(u"alone.leadbench"_s);
        QVERIFY(QFile::copy(m_ws->db().path(), copy));
        auto alone = Database::open(copy, Database::Access::ReadOnly);
        qsizetype checked = 0;
        for (const Rescorer::Change &c : std::as_const(expected)) {
            if (c.oldScore == c.newScore || ++checked > 50)
                continue;
            QCOMPARE(Query(*alone, "SELECT score FROM lead_scores WHERE lead_id = ?", c.leadId).scalar().toInt(),
                     c.newScore);
        }
        QVERIFY(checked > 0);
    }
    for (const Rescorer::Change &c : std::as_const(expected)) {
        const Lead lead = m_ws->leads().get(c.leadId);
        QCOMPARE(lead.score, c.newScore);
        if (c.oldScore != c.newScore) {
            const ScoreHistoryEntry last = m_ws->scoring().history(c.leadId).last();
            QCOMPARE(last.oldScore, c.oldScore);
            QCOMPARE(last.newScore, c.newScore);
            QCOMPARE(last.reason, u"parallel"_s);
        }
        if (c.promotedFrom)
            QCOMPARE(lead.stage, Stage::MQL);
    }
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM score_changes WHERE reason = 'parallel'").scalar().toLongLong(),
             one.changed);
    // Nothing is left to do.
    QCOMPARE(compute(3).changed, 0);
}

void tst_Scoring::writerBetweenBatchesIsNotOverwritten()
{
    generateDemo(m_ws->db(), 400);
    const RuleSet set = withEmailOpens(m_ws->scoring().ruleSet(), 9);
    const qint64 lastId = Query(m_ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong();
    auto fresh = [&](qint64 id) {
        QList<Rescorer::Change> changes;
        Rescorer::Options o;
        o.now = Now;
        o.write = false;
        Rescorer(m_ws->db(), set).leads({id}, o, &changes);
        return changes;
    };
    // The re-score runs on a connection of its own, two threads, batches of 100 leads: while it writes
    // the first batch, the helper scores the second. Between the two, the person books a meeting for
    // a lead of the last batch (another connection commits): that batch is scored again.
    auto db = m_ws->openConnection(false);
    Rescorer rescorer(*db, set);
    Rescorer::Options o;
    o.now = Now;
    o.threads = 2;
    o.batchLeads = 100;
    o.reason = u"rules"_s;
    int calls = 0;
    int before = 0, after = 0;
    const Rescorer::Result result = rescorer.all(o, [&](qint64, qint64) {
        if (++calls == 3) {
            // Let the helper finish the last batch first: its result is then stale.
            QTest::qWait(300);
            before = Rescorer(m_ws->db(), set).explain(lastId, Now).score;
            for (int i = 0; i < 3; ++i) {
                Query(m_ws->db(), "INSERT INTO activities (lead_id, type, occurred_at, detail, actor, created_at) "
                                  "VALUES (?, ?, ?, '', 'x', ?)",
                      lastId, int(ActivityType::EmailReplied), Now - 1000 - i, Now)
                    .exec();
            }
            after = Rescorer(m_ws->db(), set).explain(lastId, Now).score;
        }
        return true;
    });
    QCOMPARE(result.leads, 400);
    QCOMPARE(calls, 4);
    QCOMPARE(result.scoredAhead, 2); // of 3 look-aheads, the stale one was scored again
    QVERIFY2(after != before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    // Every stored score is what the rules compute now, the booked meeting included.
    for (Query q(m_ws->db(), "SELECT id FROM leads"); q.next();)
        QVERIFY2(fresh(q.int64(0)).isEmpty(), qPrintable(QString::number(q.int64(0))));
    QCOMPARE(m_ws->scoring().history(lastId).last().reason, u"rules"_s);
}

// An exception on the writing thread while the helpers score the next batch (here from the progress
// callback) reaches the caller; the threads are joined, and what was committed stays.
void tst_Scoring::failureWhileTheNextBatchIsScored()
{
    generateDemo(m_ws->db(), 400);
    const RuleSet set = withEmailOpens(m_ws->scoring().ruleSet(), 11);
    Rescorer::Options o;
    o.now = Now;
    o.threads = 3;
    o.batchLeads = 100;
    o.reason = u"rules"_s;
    Rescorer::Options preview = o;
    preview.write = false;
    const qint64 pending = Rescorer(m_ws->db(), set).all(preview).changed;
    QVERIFY(pending > 0);
    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Rescorer(m_ws->db(), set).all(o, [&](qint64, qint64) -> bool {
        ++calls;
        throw std::runtime_error("stop");
    }));
    QCOMPARE(calls, 1);
    // The first batch is written; the rest is done by the next run, on a usable connection.
    const qint64 written =
        Query(m_ws->db(), "SELECT count(*) FROM score_changes WHERE reason = 'rules'").scalar().toLongLong();
    QVERIFY(written > 0 && written < pending);
    QCOMPARE(m_ws->db().transactionDepth(), 0);
    const Rescorer::Result rest = Rescorer(m_ws->db(), set).all(o);
    QCOMPARE(rest.changed, pending - written);
}

// With a rollback journal, readers hold up the writer's commits: the re-score stays on one thread.
void tst_Scoring::rollbackJournalScoresOnOneThread()
{
    const QString path = m_dir->filePath(u"journal.leadbench"_s);
    TestSupport::createWorkspace(path).reset();
    auto db = Database::open(path, Database::Access::ReadWrite);
    QCOMPARE(Query(*db, "PRAGMA journal_mode = DELETE").scalar().toString(), u"delete"_s);
    generateDemo(*db, 300);
    const RuleSet set = withEmailOpens(m_ws->scoring().ruleSet(), 13);
    Rescorer::Options o;
    o.now = Now;
    o.threads = 3;
    o.batchLeads = 100;
    Rescorer::Options preview = o;
    preview.write = false;
    const Rescorer::Result expected = Rescorer(*db, set).all(preview);
    const Rescorer::Result result = Rescorer(*db, set).all(o);
    QCOMPARE(result.threads, 1);
    QCOMPARE(result.leads, 300);
    QCOMPARE(result.changed, expected.changed);
    QCOMPARE(Rescorer(*db, set).all(preview).changed, 0);
}

void tst_Scoring::scoresLiveInTheirOwnTable()
{
    auto scalar = [&](const char *sql, qint64 id) { return Query(m_ws->db(), sql, id).scalar().toLongLong(); };
    // A new lead has its row at once, with the rules' score.
    const qint64 id = newLead(u"Chief Marketing Officer"_s);
    Activity a;
    a.leadId = id;
    a.type = ActivityType::MeetingBooked;
    m_ws->leads().addActivity(a);
    const int score = m_ws->leads().get(id).score;
    QVERIFY(score > 0);
    QCOMPARE(scalar("SELECT score FROM lead_scores WHERE lead_id = ?", id), score);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM pragma_table_info('leads') WHERE name = 'score'").scalar().toInt(), 0);
    // The list, its score filter and sort read it.
    LeadPager pager(m_ws->db());
    LeadPager::Spec spec;
    spec.filter.minScore = score;
    spec.sort = LeadSort::Score;
    pager.setSpec(spec);
    QCOMPARE(pager.count(), 1);
    QCOMPARE(pager.fetch(0, 10).first().score, score);
    // Deleting the lead deletes its score; undoing puts the score back.
    const RowSnapshot snapshot = m_ws->leads().remove({id});
    QCOMPARE(scalar("SELECT count(*) FROM lead_scores WHERE lead_id = ?", id), 0);
    m_ws->leads().restore(snapshot);
    QCOMPARE(scalar("SELECT score FROM lead_scores WHERE lead_id = ?", id), score);
    QCOMPARE(m_ws->leads().get(id).score, score);
    QCOMPARE(scalar("SELECT count(*) FROM lead_scores WHERE lead_id = ?", id), 1);
}

void tst_Scoring::backgroundJobAndPreview()
{
    DemoGenerator::Options options;
    options.leads = 500;
    options.now = Now;
    DemoGenerator::generate(m_ws->db(), options);
    const QString before = Query(m_ws->db(), "SELECT group_concat(score) FROM leads JOIN lead_scores ON lead_id = id").scalar().toString();

    // Preview of edited rules: the distribution and how many would cross, nothing written.
    RuleSet edited = m_ws->scoring().ruleSet();
    edited.mqlThreshold = 10;
    RescoreJob::Spec spec;
    spec.rules = edited;
    spec.write = false;
    spec.now = Now;
    spec.previousThreshold = m_ws->scoring().mqlThreshold();
    RescoreJob preview(*m_ws, spec);
    QSignalSpy finished(&preview, &RescoreJob::finished);
    QSignalSpy progress(&preview, &RescoreJob::progress);
    preview.start();
    QVERIFY(finished.wait(20000));
    QVERIFY2(preview.error().isEmpty(), qPrintable(preview.error()));
    QCOMPARE(preview.result().leads, 500);
    QVERIFY(progress.count() >= 1);
    qint64 inHistogram = 0;
    for (const auto &[score, n] : preview.result().histogram)
        inHistogram += n;
    QCOMPARE(inHistogram, 500);
    const qint64 above = Query(m_ws->db(), "SELECT count(*) FROM leads JOIN lead_scores ON lead_id = id WHERE score >= 10").scalar().toLongLong();
    QCOMPARE(preview.result().aboveThreshold, above);
    QVERIFY(preview.result().crossing > 0);
    QCOMPARE(preview.result().promoted, 0);
    QCOMPARE(Query(m_ws->db(), "SELECT group_concat(score) FROM leads JOIN lead_scores ON lead_id = id").scalar().toString(), before);

    // The real thing in the background, on its own connection.
    m_ws->scoring().setRuleSet(edited);
    spec.write = true;
    spec.reason = u"Scoring rules changed"_s;
    RescoreJob job(*m_ws, spec);
    QSignalSpy done(&job, &RescoreJob::finished);
    job.start();
    QVERIFY(done.wait(20000));
    QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
    QCOMPARE(job.result().promoted, preview.result().crossing);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM leads WHERE stage = 3 AND id IN (SELECT lead_id FROM stage_history "
                               "WHERE actor = 'scoring' AND changed_at = ?)", Now).scalar().toLongLong(),
             job.result().promoted);
    QVERIFY(m_ws->scoring().pendingRescoreReason().isEmpty());
}

void tst_Scoring::demoScoresAreTheEngines()
{
    DemoGenerator::Options options;
    options.leads = 800;
    options.now = Now;
    DemoGenerator::generate(m_ws->db(), options);
    auto scalar = [&](const char *sql) { return Query(m_ws->db(), sql).scalar().toLongLong(); };
    // A re-score with the same rules at the same moment changes nothing.
    Rescorer rescorer(m_ws->db(), m_ws->scoring().ruleSet());
    Rescorer::Options o;
    o.now = Now;
    o.write = false;
    const Rescorer::Result result = rescorer.all(o);
    QCOMPARE(result.leads, 800);
    QCOMPARE(result.changed, 0);
    // Every lead's score history ends at its score, and each entry starts where the previous ended.
    QCOMPARE(scalar("SELECT count(*) FROM leads l JOIN lead_scores s ON s.lead_id = l.id WHERE score <> ifnull((SELECT new_score FROM score_changes h "
                    "WHERE h.lead_id = l.id ORDER BY changed_at DESC, seq DESC, run_id DESC LIMIT 1), 0)"),
             0);
    QVERIFY(scalar("SELECT count(*) FROM score_changes") > 800);
    // The demo has every kind of signal the default rules read, the "no opens" one included.
    QVERIFY(scalar("SELECT count(*) FROM activities WHERE type = 2") > 100);
    int noOpens = 0;
    Query q(m_ws->db(), "SELECT id FROM leads");
    while (q.next()) {
        for (const ScoreContribution &c : m_ws->scoring().explain(q.int64(0)).contributions)
            noOpens += c.kind == RuleKind::NoOpens ? 1 : 0;
    }
    QVERIFY(noOpens > 5);
    // Automatic MQLs name the threshold and happened at or above it.
    QVERIFY(scalar("SELECT count(*) FROM stage_history WHERE actor = 'scoring'") > 10);
    QCOMPARE(scalar("SELECT count(*) FROM stage_history WHERE actor = 'scoring' AND score < 40"), 0);
}

void tst_Scoring::thresholdAdvisor()
{
    // A hand-made funnel: scores and outcomes chosen so every figure can be worked out by hand.
    //   customers: 80, 70, 60, 30       lost: 50, 20, 10, 10       open: 90, 40
    struct Row { int score; Stage stage; };
    const Row rows[] = {{80, Stage::Customer}, {70, Stage::Customer}, {60, Stage::Customer}, {30, Stage::Customer},
                        {50, Stage::Disqualified}, {20, Stage::Disqualified}, {10, Stage::Disqualified},
                        {10, Stage::Nurturing}, {90, Stage::MQL}, {40, Stage::Lead}};
    m_ws->scoring().setRuleSet(rules({}, 45));
    qint64 lostDealLead = 0;
    for (const Row &r : rows) {
        const qint64 id = newLead();
        Query(m_ws->db(), "UPDATE leads SET stage = ? WHERE id = ?", int(r.stage), id).exec();
        Query(m_ws->db(), "UPDATE lead_scores SET score = ? WHERE lead_id = ?", r.score, id).exec();
        if (r.stage == Stage::Nurturing)
            lostDealLead = id;
    }
    // The Nurturing lead lost a deal: its outcome is known (lost).
    Query(m_ws->db(), "INSERT INTO pipelines (name) VALUES ('P')").exec();
    Query(m_ws->db(), "INSERT INTO pipeline_stages (pipeline_id, name, position) VALUES (1, 'Lost', 0)").exec();
    Query(m_ws->db(), "INSERT INTO deals (pipeline_id, stage_id, title, lead_id, outcome, stage_entered_at, created_at, "
                      "updated_at) VALUES (1, 1, 'x', ?, 2, 0, 0, 0)", lostDealLead).exec();

    const ScoringInsights::ThresholdAdvice advice = ScoringInsights::advise(m_ws->db(), 45);
    QCOMPARE(advice.leads, 10);
    QCOMPARE(advice.customers, 4);
    QCOMPARE(advice.lost, 4);
    QCOMPARE(advice.known, 8);
    QCOMPARE(advice.currentThreshold, 45);
    const auto *at45 = advice.row(45);
    QVERIFY(at45);
    QCOMPARE(at45->customersAbove, 3);                 // 80, 70, 60
    QCOMPARE(at45->knownAbove, 4);                     // and the lost 50
    QCOMPARE(at45->leadsAbove, 5);                     // and the open 90
    QCOMPARE(at45->customerShare, 0.75);
    QCOMPARE(at45->precision, 0.75);
    QCOMPARE(at45->salesShare, 0.5);
    const auto *at30 = advice.row(30);
    QCOMPARE(at30->customersAbove, 4);
    QCOMPARE(at30->knownAbove, 5);
    QCOMPARE(at30->precision, 0.8);
    // F1: at 21..30 it is 2*0.8*1/(1.8) = 0.889, the best (at 51..60: 0.857; at 45: 0.75).
    QCOMPARE(advice.suggested.value(), 21);
    QVERIFY(!advice.explanation.isEmpty());
    const QJsonObject json = advice.toJson();
    QCOMPARE(json.value(u"suggested_threshold"_s).toInt(), 21);
    QCOMPARE(json.value(u"customers"_s).toInt(), 4);

    // No outcome known yet: no suggestion, and it says why.
    Query(m_ws->db(), "UPDATE leads SET stage = 2").exec();
    Query(m_ws->db(), "DELETE FROM deals").exec();
    const auto none = ScoringInsights::advise(m_ws->db(), 45);
    QVERIFY(!none.suggested);
    QVERIFY(none.explanation.contains(u"outcome"_s));
}

void tst_Scoring::attributeLift()
{
    // Software: 3 customers of 4; Retail: 1 of 4. Overall 4 of 8 = 0.5.
    m_ws->scoring().setRuleSet(rules({}, 45));
    auto add = [&](const QString &industry, Stage stage, qint64 size) {
        Lead l;
        l.firstName = u"X"_s;
        l.industry = industry;
        l.companySize = size;
        l.source = u"webinar"_s;
        const qint64 id = m_ws->leads().create(l);
        Query(m_ws->db(), "UPDATE leads SET stage = ? WHERE id = ?", int(stage), id).exec();
    };
    for (Stage s : {Stage::Customer, Stage::Customer, Stage::Customer, Stage::Disqualified})
        add(u"Software"_s, s, 500);
    for (Stage s : {Stage::Customer, Stage::Disqualified, Stage::Disqualified, Stage::Disqualified})
        add(u"Retail"_s, s, 20);
    add(u"Retail"_s, Stage::Lead, 20); // open: left out
    const ScoringInsights::LiftReport report = ScoringInsights::lift(m_ws->db(), 2);
    QCOMPARE(report.known, 8);
    QCOMPARE(report.customers, 4);
    QCOMPARE(report.overallRate, 0.5);
    const auto find = [&](const QString &key) {
        for (const auto &a : report.attributes) {
            if (a.key == key)
                return a;
        }
        return ScoringInsights::AttributeLift();
    };
    const auto industry = find(u"industry"_s);
    QCOMPARE(industry.rows.size(), 2);
    for (const auto &row : industry.rows) {
        QCOMPARE(row.leads, 4);
        if (row.value == u"Software"_s) {
            QCOMPARE(row.rate, 0.75);
            QCOMPARE(row.lift, 1.5);
        } else {
            QCOMPARE(row.value, u"Retail"_s);
            QCOMPARE(row.rate, 0.25);
            QCOMPARE(row.lift, 0.5);
        }
    }
    const auto size = find(u"company_size"_s);
    QCOMPARE(size.rows.size(), 2);
    QCOMPARE(find(u"source"_s).rows.size(), 1);
    QCOMPARE(find(u"source"_s).rows.first().lift, 1.0);
    // minLeads leaves thin values out.
    QCOMPARE(find(u"industry"_s).rows.size(), 2);
    QCOMPARE(ScoringInsights::lift(m_ws->db(), 5).attributes.first().rows.size(), 0);
}

QTEST_GUILESS_MAIN(tst_Scoring)
#include "tst_scoring.moc"
