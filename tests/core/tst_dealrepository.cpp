#include "TestSupport.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "pipeline/DealRepository.h"
#include "pipeline/PipelineRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Schema.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

// Deals, pipelines and the lifecycle coupling, through the core services the boards and the CLI use.
class tst_DealRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultPipeline();
    void pipelineChecksRefuseAndSaveNothing();
    void pipelineSaveRenamesReordersAddsDeletes();
    void createMakesTheLeadAnOpportunity();
    void createRefusesBadInput();
    void moveRecordsHistoryAndReverts();
    void wonNeedsADateAndMakesACustomer();
    void lostNeedsAReasonAndSendsToNurturing();
    void lostKeepsAnOpportunityWithAnotherOpenDeal();
    void reopenMakesAnOpportunityAgain();
    void orderWithinAColumn();
    void equalPositionsAreRenumbered();
    void totalsCountSumAndWeight();
    void filtersOwnerTextAndCloseDate();
    void windowsAndRowOf();
    void cardsShowTheNextStep();
    void updateAndLinkingALead();
    void removeAndRestoreWithHistory();
    void migrationKeepsDealsOfEarlierVersions();

private:
    qint64 lead(const QString &name, Stage stage, const QString &company = QStringLiteral("Atelier Moreau"));
    qint64 deal(const QString &title, qint64 leadId = 0, double amount = 1000, qint64 stageId = 0);
    QList<qint64> column(qint64 stageId, const DealFilter &filter = DealFilter());
    const PipelineStage &stage(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Pipeline m_pipeline;
};

void tst_DealRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("d.leadbench")));
    m_ws->pipelines().ensureDefault();
    m_pipeline = m_ws->pipelines().all().first();
}

void tst_DealRepository::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

qint64 tst_DealRepository::lead(const QString &name, Stage stage, const QString &company)
{
    Lead l;
    l.firstName = name;
    l.lastName = QStringLiteral("Test");
    l.company = company;
    l.stage = stage;
    return m_ws->leads().create(l);
}

qint64 tst_DealRepository::deal(const QString &title, qint64 leadId, double amount, qint64 stageId)
{
    Deal d;
    d.pipelineId = m_pipeline.id;
    d.stageId = stageId;
    d.title = title;
    if (leadId)
        d.leadId = leadId;
    d.amount = amount;
    return m_ws->deals().create(d).id;
}

QList<qint64> tst_DealRepository::column(qint64 stageId, const DealFilter &filter)
{
    QList<qint64> ids;
    for (const DealCard &c : m_ws->deals().cards(stageId, filter, 0, 1000))
        ids << c.id;
    return ids;
}

const PipelineStage &tst_DealRepository::stage(const QString &name)
{
    const PipelineStage *s = m_pipeline.stageNamed(name);
    if (!s)
        qFatal("no stage %s", qPrintable(name));
    return *s;
}

void tst_DealRepository::defaultPipeline()
{
    QCOMPARE(m_ws->pipelines().all().size(), 1);
    QCOMPARE(m_pipeline.name, QStringLiteral("Sales"));
    QStringList names;
    for (const PipelineStage &s : m_pipeline.stages)
        names << s.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Qualified"), QStringLiteral("Demo"), QStringLiteral("Proposal"),
                                 QStringLiteral("Negotiation"), QStringLiteral("Won"), QStringLiteral("Lost")}));
    QCOMPARE(stage(QStringLiteral("Proposal")).probability, 0.5);
    QCOMPARE(stage(QStringLiteral("Won")).outcome, DealOutcome::Won);
    QCOMPARE(stage(QStringLiteral("Lost")).outcome, DealOutcome::Lost);
    QCOMPARE(stage(QStringLiteral("Qualified")).rottingDays, 14);
    // Asking again creates nothing more.
    QCOMPARE(m_ws->pipelines().ensureDefault(), m_pipeline.id);
    QCOMPARE(m_ws->pipelines().all().size(), 1);
}

void tst_DealRepository::pipelineChecksRefuseAndSaveNothing()
{
    auto refused = [&](const Pipeline &p, const char *expected) {
        try {
            m_ws->pipelines().save(p);
        } catch (const StorageError &e) {
            if (!e.message().contains(QString::fromUtf8(expected))) {
                qWarning("message: %s", qPrintable(e.message()));
                return false;
            }
            return m_ws->pipelines().get(m_pipeline.id) == m_pipeline; // nothing saved
        }
        return false;
    };
    Pipeline p = m_pipeline;
    p.name = QStringLiteral("  ");
    QVERIFY(refused(p, "needs a name"));
    p = m_pipeline;
    p.stages[1].name = QStringLiteral("qualified");
    QVERIFY(refused(p, "two stages named"));
    p = m_pipeline;
    p.stages[2].probability = 1.5;
    QVERIFY(refused(p, "between 0 and 100%"));
    p = m_pipeline;
    p.stages.removeLast(); // no Lost stage
    QVERIFY(refused(p, "exactly one Won stage and one Lost stage"));
    p = m_pipeline;
    p.stages[0].outcome = DealOutcome::Won;
    QVERIFY(refused(p, "exactly one Won stage"));
    p = m_pipeline;
    p.stages[2].rottingDays = -3;
    QVERIFY(refused(p, "rot after"));

    // A stage holding deals can neither go nor change kind.
    deal(QStringLiteral("Stays"), 0, 10, stage(QStringLiteral("Demo")).id);
    p = m_pipeline;
    p.stages.removeAt(1);
    QVERIFY(refused(p, "holds 1 deal"));
    p = m_pipeline;
    p.stages[1].outcome = DealOutcome::Lost;
    p.stages[5].outcome = DealOutcome::Open;
    QVERIFY(refused(p, "cannot change"));
    // Nor the pipeline itself.
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->pipelines().remove(m_pipeline.id));
    // Another pipeline cannot take the same name.
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->pipelines().create(QStringLiteral("sales")));
}

void tst_DealRepository::pipelineSaveRenamesReordersAddsDeletes()
{
    QSignalSpy changed(&m_ws->pipelines(), &PipelineRepository::changed);
    Pipeline p = m_pipeline;
    p.name = QStringLiteral("New business");
    p.stages[0].name = QStringLiteral("Discovery");
    p.stages[0].rottingDays = 0;
    p.stages.move(1, 2); // Proposal before Demo
    p.stages.removeAt(3); // Negotiation
    PipelineStage trial;
    trial.name = QStringLiteral("Free trial");
    trial.probability = 0.4;
    trial.rottingDays = 30;
    p.stages.insert(2, trial);
    m_ws->pipelines().save(p);
    QCOMPARE(changed.count(), 1);
    const Pipeline saved = m_ws->pipelines().get(p.id);
    QCOMPARE(saved.name, QStringLiteral("New business"));
    QStringList names;
    for (const PipelineStage &s : saved.stages)
        names << s.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Discovery"), QStringLiteral("Proposal"), QStringLiteral("Free trial"),
                                 QStringLiteral("Demo"), QStringLiteral("Won"), QStringLiteral("Lost")}));
    QCOMPARE(saved.stages[0].rottingDays, 0);
    QCOMPARE(saved.stages[2].probability, 0.4);
    QCOMPARE(saved.stages[2].rottingDays, 30);

    // A second pipeline with the default stages, then deleted (it holds no deals).
    const qint64 second = m_ws->pipelines().create(QStringLiteral("Partners"));
    QCOMPARE(m_ws->pipelines().get(second).stages.size(), 6);
    m_ws->pipelines().remove(second);
    QVERIFY(!m_ws->pipelines().find(second));
}

void tst_DealRepository::createMakesTheLeadAnOpportunity()
{
    const Rep rep{0, QStringLiteral("Claire Dubois"), QString(), QString(), true};
    const qint64 repId = m_ws->reps().add(rep);
    Lead l;
    l.firstName = QStringLiteral("Élodie");
    l.lastName = QStringLiteral("Moreau");
    l.company = QStringLiteral("Atelier Moreau SAS");
    l.stage = Stage::SQL;
    l.ownerId = repId;
    const qint64 leadId = m_ws->leads().create(l);
    QSignalSpy changed(&m_ws->deals(), &DealRepository::dealsChanged);

    Deal d;
    d.title = QStringLiteral("Atelier Moreau – 40 seats");
    d.leadId = leadId;
    d.amount = 48000;
    const DealRepository::Created created = m_ws->deals().create(d);
    QCOMPARE(changed.count(), 1);
    const Deal stored = m_ws->deals().get(created.id);
    QCOMPARE(stored.pipelineId, m_pipeline.id);
    QCOMPARE(stored.stageId, m_pipeline.stages.first().id); // the first open stage
    QCOMPARE(stored.company, QStringLiteral("Atelier Moreau SAS")); // from the lead
    QCOMPARE(stored.ownerId.value_or(0), repId);
    QCOMPARE(stored.outcome, DealOutcome::Open);
    QVERIFY(stored.stageEnteredAt > 0);

    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Opportunity);
    QVERIFY(created.lead.happened());
    QCOMPARE(created.lead.from, Stage::SQL);
    QCOMPARE(m_ws->leads().stageHistory(leadId).first().reason, QStringLiteral("Deal created: Atelier Moreau – 40 seats"));
    const QList<DealStageChange> history = m_ws->deals().history(created.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().fromStageId, 0);
    QCOMPARE(history.first().toStageId, stored.stageId);

    // Undo of a creation: the lead goes back.
    m_ws->deals().remove({created.id});
    m_ws->deals().revertLead(created.lead);
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::SQL);
    QCOMPARE(m_ws->leads().stageHistory(leadId).size(), 1);

    // A customer buying again stays a customer.
    const qint64 customer = lead(QStringLiteral("Ana"), Stage::Customer);
    const DealRepository::Created upsell = [&] {
        Deal u;
        u.title = QStringLiteral("Upsell");
        u.leadId = customer;
        return m_ws->deals().create(u);
    }();
    QVERIFY(!upsell.lead.happened());
    QCOMPARE(m_ws->leads().get(customer).stage, Stage::Customer);
}

void tst_DealRepository::createRefusesBadInput()
{
    auto refused = [&](Deal d, const char *expected) {
        const qint64 before = m_ws->deals().count();
        try {
            m_ws->deals().create(d);
        } catch (const StorageError &e) {
            if (!e.message().contains(QString::fromUtf8(expected))) {
                qWarning("message: %s", qPrintable(e.message()));
                return false;
            }
            return m_ws->deals().count() == before;
        }
        return false;
    };
    Deal d;
    d.title = QStringLiteral("Fine");
    Deal bad = d;
    bad.title = QStringLiteral("   ");
    QVERIFY(refused(bad, "Title"));
    bad = d;
    bad.amount = -5;
    QVERIFY(refused(bad, "Amount"));
    bad = d;
    bad.amount = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(refused(bad, "Amount"));
    bad = d;
    bad.currency = QStringLiteral("EURO");
    QVERIFY(refused(bad, "Currency"));
    bad = d;
    bad.probability = 2.0;
    QVERIFY(refused(bad, "Probability"));
    bad = d;
    bad.leadId = 999999;
    QVERIFY(refused(bad, "Lead"));
    bad = d;
    bad.ownerId = 999999;
    QVERIFY(refused(bad, "Owner"));
    bad = d;
    bad.stageId = stage(QStringLiteral("Won")).id;
    QVERIFY(refused(bad, "open stage"));
    bad = d;
    bad.stageId = 999999;
    QVERIFY(refused(bad, "Stage"));
    // Lower-case currencies are fine: they are stored upper-case.
    d.currency = QStringLiteral("brl");
    QCOMPARE(m_ws->deals().get(m_ws->deals().create(d).id).currency, QStringLiteral("BRL"));
}

void tst_DealRepository::moveRecordsHistoryAndReverts()
{
    const qint64 leadId = lead(QStringLiteral("Marco"), Stage::SQL);
    const qint64 a = deal(QStringLiteral("A"), leadId);
    const qint64 b = deal(QStringLiteral("B"));
    const qint64 c = deal(QStringLiteral("C"));
    const qint64 qualified = stage(QStringLiteral("Qualified")).id;
    const qint64 demo = stage(QStringLiteral("Demo")).id;
    QCOMPARE(column(qualified), (QList<qint64>{c, b, a})); // new deals on top
    const Deal before = m_ws->deals().get(b);
    QTest::qWait(5); // a later stage_entered_at

    const DealMove m = m_ws->deals().move(b, demo, DealPlacement::top());
    QCOMPARE(column(qualified), (QList<qint64>{c, a}));
    QCOMPARE(column(demo), (QList<qint64>{b}));
    const Deal moved = m_ws->deals().get(b);
    QCOMPARE(moved.stageId, demo);
    QVERIFY(moved.stageEnteredAt > before.stageEnteredAt);
    QCOMPARE(m.followerBefore, a);
    const QList<DealStageChange> history = m_ws->deals().history(b);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().fromStageId, qualified);
    QCOMPARE(history.first().toStageId, demo);
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Opportunity); // unchanged by an open-to-open move

    m_ws->deals().revertMove(m);
    QCOMPARE(column(qualified), (QList<qint64>{c, b, a}));
    QVERIFY(column(demo).isEmpty());
    const Deal back = m_ws->deals().get(b);
    QCOMPARE(back.stageId, qualified);
    QCOMPARE(back.stageEnteredAt, before.stageEnteredAt);
    QCOMPARE(m_ws->deals().history(b).size(), 1);

    // A stage that does not exist.
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->deals().move(b, 999999, DealPlacement::top()));
    QCOMPARE(m_ws->deals().get(b).stageId, qualified);
}

void tst_DealRepository::wonNeedsADateAndMakesACustomer()
{
    const qint64 leadId = lead(QStringLiteral("Giorgos"), Stage::MQL);
    const qint64 d = deal(QStringLiteral("Ναυτιλιακή"), leadId, 12000);
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Opportunity);
    const qint64 won = stage(QStringLiteral("Won")).id;

    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->deals().move(d, won, DealPlacement::top()));
    CloseDetails future{QDate::currentDate().addDays(2), QString(), std::nullopt};
    try {
        m_ws->deals().move(d, won, DealPlacement::top(), future);
        QFAIL("a close date in the future was accepted");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("future")), qPrintable(e.message()));
    }
    QCOMPARE(m_ws->deals().get(d).outcome, DealOutcome::Open);

    const QDate yesterday = QDate::currentDate().addDays(-1);
    const DealMove m = m_ws->deals().move(d, won, DealPlacement::top(), CloseDetails{yesterday, QStringLiteral("Best fit"), 5400.0});
    const Deal closed = m_ws->deals().get(d);
    QCOMPARE(closed.outcome, DealOutcome::Won);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(*closed.closedAt).date(), yesterday);
    QCOMPARE(closed.closeReason, QStringLiteral("Best fit"));
    QCOMPARE(closed.grossMargin.value_or(0), 5400.0);
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Customer);
    QCOMPARE(m_ws->leads().stageHistory(leadId).first().reason, QStringLiteral("Deal won: Ναυτιλιακή"));
    QCOMPARE(m_ws->deals().history(d).first().reason, QStringLiteral("Best fit"));

    m_ws->deals().revertMove(m);
    const Deal open = m_ws->deals().get(d);
    QCOMPARE(open.outcome, DealOutcome::Open);
    QVERIFY(!open.closedAt);
    QVERIFY(!open.grossMargin);
    QCOMPARE(open.closeReason, QString());
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Opportunity);
}

void tst_DealRepository::lostNeedsAReasonAndSendsToNurturing()
{
    const qint64 leadId = lead(QStringLiteral("Inês"), Stage::SQL);
    const qint64 d = deal(QStringLiteral("Lisboa"), leadId);
    const qint64 lost = stage(QStringLiteral("Lost")).id;
    try {
        m_ws->deals().move(d, lost, DealPlacement::top(), CloseDetails{QDate::currentDate(), QStringLiteral("  "), {}});
        QFAIL("lost without a reason");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("reason")), qPrintable(e.message()));
    }
    const DealMove m = m_ws->deals().move(d, lost, DealPlacement::top(),
                                          CloseDetails{QDate::currentDate(), QStringLiteral("Not now: budget frozen"), {}});
    QCOMPARE(m_ws->deals().get(d).outcome, DealOutcome::Lost);
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Nurturing);
    QCOMPARE(m_ws->leads().stageHistory(leadId).first().reason,
             QStringLiteral("Deal lost: Lisboa (Not now: budget frozen)"));
    m_ws->deals().revertMove(m);
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Opportunity);
}

void tst_DealRepository::lostKeepsAnOpportunityWithAnotherOpenDeal()
{
    const qint64 leadId = lead(QStringLiteral("Luca"), Stage::SQL);
    const qint64 first = deal(QStringLiteral("First"), leadId);
    deal(QStringLiteral("Second"), leadId);
    m_ws->deals().move(first, stage(QStringLiteral("Lost")).id, DealPlacement::top(),
                       CloseDetails{QDate::currentDate(), QStringLiteral("Competitor"), {}});
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Opportunity);
}

void tst_DealRepository::reopenMakesAnOpportunityAgain()
{
    const qint64 leadId = lead(QStringLiteral("Sofia"), Stage::SQL);
    const qint64 d = deal(QStringLiteral("Reopen"), leadId);
    m_ws->deals().move(d, stage(QStringLiteral("Lost")).id, DealPlacement::top(),
                       CloseDetails{QDate::currentDate(), QStringLiteral("No budget"), {}});
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Nurturing);
    const DealMove m = m_ws->deals().move(d, stage(QStringLiteral("Negotiation")).id, DealPlacement::top());
    const Deal reopened = m_ws->deals().get(d);
    QCOMPARE(reopened.outcome, DealOutcome::Open);
    QVERIFY(!reopened.closedAt);
    QCOMPARE(reopened.closeReason, QString());
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Opportunity);
    m_ws->deals().revertMove(m);
    QCOMPARE(m_ws->deals().get(d).outcome, DealOutcome::Lost);
    QCOMPARE(m_ws->deals().get(d).closeReason, QStringLiteral("No budget"));
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Nurturing);
}

void tst_DealRepository::orderWithinAColumn()
{
    const qint64 q = stage(QStringLiteral("Qualified")).id;
    const qint64 a = deal(QStringLiteral("A"));
    const qint64 b = deal(QStringLiteral("B"));
    const qint64 c = deal(QStringLiteral("C"));
    const qint64 d = deal(QStringLiteral("D"));
    QCOMPARE(column(q), (QList<qint64>{d, c, b, a}));
    m_ws->deals().move(a, q, DealPlacement::before(c));
    QCOMPARE(column(q), (QList<qint64>{d, a, c, b}));
    m_ws->deals().move(d, q, DealPlacement::after(b));
    QCOMPARE(column(q), (QList<qint64>{a, c, b, d}));
    const DealMove m = m_ws->deals().move(c, q, DealPlacement::bottom());
    QCOMPARE(column(q), (QList<qint64>{a, b, d, c}));
    QCOMPARE(m.historyId, 0); // same stage: no history entry
    QCOMPARE(m_ws->deals().history(c).size(), 1);
    m_ws->deals().revertMove(m);
    QCOMPARE(column(q), (QList<qint64>{a, c, b, d}));
    // Many moves into the same gap: positions are halved until they run out, then renumbered.
    for (int i = 0; i < 80; ++i)
        m_ws->deals().move(i % 2 ? b : c, q, DealPlacement::after(a));
    QCOMPARE(column(q), (QList<qint64>{a, b, c, d}));
    // A neighbour from another column: the card goes to the nearest end.
    const qint64 other = deal(QStringLiteral("Elsewhere"), 0, 10, stage(QStringLiteral("Demo")).id);
    m_ws->deals().move(d, q, DealPlacement::before(other));
    QCOMPARE(column(q).first(), d);
}

void tst_DealRepository::equalPositionsAreRenumbered()
{
    // Deals written without positions (earlier versions, bulk loads) share position 0: ordered by id.
    const qint64 q = stage(QStringLiteral("Qualified")).id;
    const qint64 a = deal(QStringLiteral("A"));
    const qint64 b = deal(QStringLiteral("B"));
    const qint64 c = deal(QStringLiteral("C"));
    Query(m_ws->db(), "UPDATE deals SET board_position = 0").exec();
    QCOMPARE(column(q), (QList<qint64>{a, b, c}));
    m_ws->deals().move(c, q, DealPlacement::before(b));
    QCOMPARE(column(q), (QList<qint64>{a, c, b}));
    m_ws->deals().move(a, q, DealPlacement::after(b));
    QCOMPARE(column(q), (QList<qint64>{c, b, a}));
}

void tst_DealRepository::totalsCountSumAndWeight()
{
    const qint64 proposal = stage(QStringLiteral("Proposal")).id; // 50%
    const qint64 qualified = stage(QStringLiteral("Qualified")).id; // 10%
    deal(QStringLiteral("P1"), 0, 10000, proposal);
    const qint64 p2 = deal(QStringLiteral("P2"), 0, 30000, proposal);
    deal(QStringLiteral("Q1"), 0, 2000, qualified);
    Deal usd;
    usd.title = QStringLiteral("Dollar deal");
    usd.stageId = proposal;
    usd.amount = 5000;
    usd.currency = QStringLiteral("USD");
    m_ws->deals().create(usd);
    // A deal's own probability overrides its stage's.
    Deal d = m_ws->deals().get(p2);
    d.probability = 0.9;
    m_ws->deals().update(d);

    const QList<StageTotals> totals = m_ws->deals().totals(m_pipeline.id, DealFilter());
    auto of = [&](qint64 stageId) {
        for (const StageTotals &t : totals) {
            if (t.stageId == stageId)
                return t;
        }
        return StageTotals();
    };
    const StageTotals p = of(proposal);
    QCOMPARE(p.count, 3);
    QCOMPARE(p.currencies.size(), 2);
    QCOMPARE(p.currencies[0].currency, QStringLiteral("EUR")); // the larger sum first
    QCOMPARE(p.currencies[0].amount, 40000.0);
    QCOMPARE(p.currencies[0].weighted, 10000 * 0.5 + 30000 * 0.9);
    QCOMPARE(p.currencies[0].count, 2);
    QCOMPARE(p.currencies[1].currency, QStringLiteral("USD"));
    QCOMPARE(p.currencies[1].weighted, 2500.0);
    QCOMPARE(of(qualified).count, 1);
    QCOMPARE(of(qualified).currencies[0].weighted, 200.0);
    QCOMPARE(of(stage(QStringLiteral("Won")).id).count, 0);
}

void tst_DealRepository::filtersOwnerTextAndCloseDate()
{
    const qint64 claire = m_ws->reps().add(Rep{0, QStringLiteral("Claire Dubois"), QString(), QString(), true});
    const qint64 q = stage(QStringLiteral("Qualified")).id;
    Deal d;
    d.title = QStringLiteral("Ναυτιλιακή Α.Ε. – fleet");
    d.company = QStringLiteral("Ναυτιλιακή");
    d.ownerId = claire;
    d.expectedClose = QDate(2030, 3, 15);
    const qint64 greek = m_ws->deals().create(d).id;
    d = Deal();
    d.title = QStringLiteral("Crème brûlée 100%_off");
    d.expectedClose = QDate(2030, 6, 1);
    const qint64 french = m_ws->deals().create(d).id;
    const qint64 plain = deal(QStringLiteral("Plain"));

    DealFilter f;
    f.owners = {claire};
    QCOMPARE(column(q, f), QList<qint64>{greek});
    f.owners = {0};
    QCOMPARE(column(q, f), (QList<qint64>{plain, french}));
    f = DealFilter();
    f.search = QStringLiteral("NAUTILIAKI");
    QCOMPARE(column(q, f), QList<qint64>{}); // not a transliteration
    f.search = QStringLiteral("ναυτιλιακη"); // accents ignored
    QCOMPARE(column(q, f), QList<qint64>{greek});
    f.search = QStringLiteral("creme BRULEE");
    QCOMPARE(column(q, f), QList<qint64>{french});
    f.search = QStringLiteral("100%_");  // LIKE wildcards are taken literally
    QCOMPARE(column(q, f), QList<qint64>{french});
    f.search = QStringLiteral("0%");
    QCOMPARE(column(q, f), QList<qint64>{french});
    f.search = QStringLiteral("_");
    QCOMPARE(column(q, f), QList<qint64>{french});
    f = DealFilter();
    f.closeFrom = QDate(2030, 1, 1);
    f.closeTo = QDate(2030, 4, 1);
    QCOMPARE(column(q, f), QList<qint64>{greek});
    // A closed deal counts by the day it closed.
    m_ws->deals().move(plain, stage(QStringLiteral("Won")).id, DealPlacement::top(),
                       CloseDetails{QDate::currentDate().addDays(-3), QString(), {}});
    f = DealFilter();
    f.closeFrom = QDate::currentDate().addDays(-3);
    f.closeTo = QDate::currentDate().addDays(-3);
    QCOMPARE(column(stage(QStringLiteral("Won")).id, f), QList<qint64>{plain});
    f.closeFrom = QDate::currentDate().addDays(-2);
    f.closeTo = std::nullopt;
    QCOMPARE(column(stage(QStringLiteral("Won")).id, f), QList<qint64>{});
}

void tst_DealRepository::windowsAndRowOf()
{
    const qint64 q = stage(QStringLiteral("Qualified")).id;
    QList<qint64> ids;
    for (int i = 0; i < 250; ++i)
        ids.prepend(deal(QStringLiteral("Deal %1").arg(i), 0, i));
    QCOMPARE(column(q), ids);
    const QList<DealCard> window = m_ws->deals().cards(q, DealFilter(), 100, 50);
    QCOMPARE(window.size(), 50);
    QCOMPARE(window.first().id, ids.at(100));
    QCOMPARE(window.last().id, ids.at(149));
    QCOMPARE(m_ws->deals().cards(q, DealFilter(), 240, 50).size(), 10);
    QCOMPARE(m_ws->deals().rowOf(ids.at(0), DealFilter()), 0);
    QCOMPARE(m_ws->deals().rowOf(ids.at(177), DealFilter()), 177);
    DealFilter f;
    f.search = QStringLiteral("Deal 1");
    QCOMPARE(m_ws->deals().rowOf(ids.at(0), f), -1); // "Deal 249" is filtered out
    QCOMPARE(m_ws->deals().rowOf(999999, DealFilter()), -1);
}

void tst_DealRepository::updateAndLinkingALead()
{
    const qint64 d = deal(QStringLiteral("Unlinked"));
    const qint64 leadId = lead(QStringLiteral("Zoé"), Stage::MQL);
    Deal edited = m_ws->deals().get(d);
    const Deal before = edited;
    edited.title = QStringLiteral("Linked now");
    edited.leadId = leadId;
    edited.amount = 2500;
    edited.expectedClose = QDate(2031, 1, 31);
    const LeadStageEffect effect = m_ws->deals().update(edited);
    QVERIFY(effect.happened());
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::Opportunity);
    const Deal stored = m_ws->deals().get(d);
    QCOMPARE(stored.title, QStringLiteral("Linked now"));
    QCOMPARE(stored.amount, 2500.0);
    QCOMPARE(stored.expectedClose, QDate(2031, 1, 31));
    DealFilter f;
    f.search = QStringLiteral("linked");
    QCOMPARE(column(stored.stageId, f), QList<qint64>{d});
    // Undo: the old values, and the lead back where it was.
    m_ws->deals().update(before, false);
    m_ws->deals().revertLead(effect);
    QCOMPARE(m_ws->deals().get(d).title, QStringLiteral("Unlinked"));
    QCOMPARE(m_ws->leads().get(leadId).stage, Stage::MQL);
    // Bad values are refused and nothing changes.
    edited = m_ws->deals().get(d);
    edited.currency = QStringLiteral("€");
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->deals().update(edited));
    QCOMPARE(m_ws->deals().get(d).currency, QStringLiteral("EUR"));
}

void tst_DealRepository::removeAndRestoreWithHistory()
{
    const qint64 d = deal(QStringLiteral("Gone"));
    m_ws->deals().move(d, stage(QStringLiteral("Demo")).id, DealPlacement::top());
    QCOMPARE(m_ws->deals().history(d).size(), 2);
    const RowSnapshot snapshot = m_ws->deals().remove({d});
    QVERIFY(!m_ws->deals().find(d));
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM deal_stage_history WHERE deal_id = ?", d).scalar().toInt(), 0);
    m_ws->deals().restore(snapshot);
    QCOMPARE(m_ws->deals().get(d).stageId, stage(QStringLiteral("Demo")).id);
    QCOMPARE(m_ws->deals().history(d).size(), 2);
}

void tst_DealRepository::migrationKeepsDealsOfEarlierVersions()
{
    // The migration that added the board, by its description (the integrator renumbers migrations).
    int boardVersion = 0;
    for (const Schema::Migration &m : Schema::migrations()) {
        if (std::strncmp(m.description, "pipeline board", 14) == 0)
            boardVersion = m.version;
    }
    QVERIFY(boardVersion > 0);
    const QString path = m_dir->filePath(QStringLiteral("old.leadbench"));
    {
        auto db = Database::open(path, Database::Access::ReadWrite, true);
        db->exec("PRAGMA journal_mode = WAL");
        Schema::migrate(*db, boardVersion - 1);
        db->exec(R"(
INSERT INTO pipelines (id, name, position) VALUES (1, 'Sales', 0);
INSERT INTO pipeline_stages (id, pipeline_id, name, position, probability, outcome, rotting_days)
  VALUES (1, 1, 'Qualified', 0, 0.1, 0, 14), (2, 1, 'Won', 1, 1.0, 1, NULL), (3, 1, 'Lost', 2, 0.0, 2, NULL);
INSERT INTO deals (id, pipeline_id, stage_id, title, company, amount, stage_entered_at, created_at, updated_at)
  VALUES (1, 1, 1, 'Équipement', 'Société Générale d''Élec', 1000, 1700000000000, 1700000000000, 1700000000000),
         (2, 1, 1, 'Second', 'X', 500, 1700000100000, 1700000100000, 1700000100000);
)");
    }
    auto ws = Workspace::open(path);
    QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
    DealFilter f;
    f.search = QStringLiteral("societe generale elec");
    QCOMPARE(ws->deals().cards(1, f, 0, 10).size(), 1);
    QCOMPARE(ws->deals().cards(1, DealFilter(), 0, 10).first().id, 1); // by id while positions are equal
    const QList<DealStageChange> history = ws->deals().history(1);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toStageId, 1);
    QCOMPARE(history.first().changedAt, 1700000000000);
    // And the board works on them.
    ws->deals().move(2, 1, DealPlacement::top());
    QCOMPARE(ws->deals().cards(1, DealFilter(), 0, 10).first().id, 2);
}

void tst_DealRepository::cardsShowTheNextStep()
{
    const qint64 leadId = lead(QStringLiteral("Nadia"), Stage::SQL, QStringLiteral("Nadia SARL"));
    const qint64 withLead = deal(QStringLiteral("With a lead"), leadId, 1000);
    const qint64 alone = deal(QStringLiteral("Alone"), 0, 500);
    const qint64 firstStage = m_ws->deals().get(withLead).stageId;
    auto nextOf = [&](qint64 dealId) {
        for (const DealCard &c : m_ws->deals().cards(firstStage, DealFilter(), 0, 100)) {
            if (c.id == dealId)
                return c.nextTaskDue;
        }
        return qint64(-1);
    };
    QCOMPARE(nextOf(withLead), qint64(0)); // no next step planned
    QCOMPARE(nextOf(alone), qint64(0));
    const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toMSecsSinceEpoch();
    Task onLead;
    onLead.leadId = leadId;
    onLead.title = QStringLiteral("Call back");
    onLead.dueAt = t0 + 3600000;
    m_ws->tasks().add(onLead);
    QCOMPARE(nextOf(withLead), t0 + 3600000); // the lead's task is the deal's next step
    Task onDeal;
    onDeal.dealId = withLead;
    onDeal.type = TaskType::Meeting;
    onDeal.title = QStringLiteral("Demo");
    onDeal.dueAt = t0;
    const qint64 demo = m_ws->tasks().add(onDeal);
    QCOMPARE(nextOf(withLead), t0); // the earliest of both
    m_ws->tasks().complete(demo, QStringLiteral("done"));
    QCOMPARE(nextOf(withLead), t0 + 3600000); // done tasks are no next step
    QCOMPARE(nextOf(alone), qint64(0));
}

QTEST_GUILESS_MAIN(tst_DealRepository)
#include "tst_dealrepository.moc"
