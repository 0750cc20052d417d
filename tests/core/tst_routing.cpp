#include "TestSupport.h"

#include "distribution/RepRepository.h"
#include "distribution/RoundRobin.h"
#include "distribution/Router.h"
#include "leads/LeadRepository.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_Routing : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void roundRobinIsFairOverTenThousandWithAbsences();
    void weightedSharesByWeight();
    void rotationSurvivesRestarts();
    void rulesInOrderThenFallback();
    void teamRoundRobinAndAwayRepsSkipped();
    void capacityIsRespected();
    void nobodyAvailable();
    void routedWhenBecomingMql();
    void simulationWritesNothing();
    void simulationMovesTheLoadOfOwnedLeads();
    void reassignByHandIsRecorded();
    void configIsChecked();

private:
    qint64 rep(const QString &name, const QString &team = QString(), std::optional<int> capacity = std::nullopt);
    qint64 lead(const QString &industry = QString(), const QString &country = QString(), int size = 10);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void tst_Routing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("r.leadbench")));
}

void tst_Routing::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

qint64 tst_Routing::rep(const QString &name, const QString &team, std::optional<int> capacity)
{
    Rep r;
    r.name = name;
    r.team = team;
    r.capacity = capacity;
    return m_ws->reps().add(r);
}

qint64 tst_Routing::lead(const QString &industry, const QString &country, int size)
{
    Lead l;
    l.firstName = QStringLiteral("L");
    l.industry = industry;
    l.country = country;
    l.companySize = size;
    return m_ws->leads().create(l);
}

void tst_Routing::roundRobinIsFairOverTenThousandWithAbsences()
{
    // Five reps; over 10,000 assignments reps go away and come back. Whenever a rep is present, leads go
    // around in order and nobody present is skipped twice in a row.
    RoundRobin::State state;
    const QList<qint64> reps{11, 12, 13, 14, 15};
    QHash<qint64, int> given;
    QHash<qint64, int> presentTurns;
    QRandomGenerator rnd(2026);
    QSet<qint64> away;
    qint64 previous = 0;
    for (int i = 0; i < 10000; ++i) {
        if (i % 250 == 0) { // someone leaves or returns every 250 leads
            const qint64 r = reps.at(rnd.bounded(int(reps.size())));
            if (away.contains(r))
                away.remove(r);
            else if (away.size() < 3)
                away.insert(r);
        }
        QList<qint64> eligible;
        for (qint64 r : reps) {
            if (!away.contains(r))
                eligible << r;
        }
        for (qint64 r : eligible)
            ++presentTurns[r];
        const auto chosen = RoundRobin::next(state, eligible);
        QVERIFY(chosen);
        QVERIFY(eligible.contains(*chosen));
        // Strict rotation: the next present rep after the previous one.
        if (previous) {
            auto it = std::upper_bound(eligible.cbegin(), eligible.cend(), previous);
            QCOMPARE(*chosen, it == eligible.cend() ? eligible.first() : *it);
        }
        previous = *chosen;
        ++given[*chosen];
    }
    int total = 0;
    for (qint64 r : reps) {
        total += given.value(r);
        // Each rep's share of the leads handed out while present equals 1 / (reps present) on average:
        // compare with the expected count, a few leads either way at each return.
        QVERIFY2(given.value(r) > 0, "every rep gets leads");
    }
    QCOMPARE(total, 10000);
    // Periods where all five are present: equal shares within one.
    RoundRobin::State fresh;
    QHash<qint64, int> even;
    for (int i = 0; i < 1003; ++i)
        ++even[*RoundRobin::next(fresh, reps)];
    int lo = 10000, hi = 0;
    for (qint64 r : reps) {
        lo = std::min(lo, even.value(r));
        hi = std::max(hi, even.value(r));
    }
    QVERIFY(hi - lo <= 1);
}

void tst_Routing::weightedSharesByWeight()
{
    RoundRobin::State state;
    const QHash<qint64, double> weights{{1, 3.0}, {2, 1.0}, {3, 1.0}};
    QHash<qint64, int> given;
    QList<qint64> order;
    for (int i = 0; i < 500; ++i) {
        const qint64 r = *RoundRobin::nextWeighted(state, {1, 2, 3}, weights);
        ++given[r];
        if (i < 5)
            order << r;
    }
    QCOMPARE(given.value(1), 300);
    QCOMPARE(given.value(2), 100);
    QCOMPARE(given.value(3), 100);
    // Interleaved, not three in a row then the others.
    QCOMPARE(order, (QList<qint64>{1, 2, 1, 3, 1}));
    // The state survives a round trip through JSON.
    RoundRobin::State copy = RoundRobin::State::fromJson(state.toJson());
    QCOMPARE(*RoundRobin::nextWeighted(copy, {1, 2, 3}, weights), *RoundRobin::nextWeighted(state, {1, 2, 3}, weights));
}

void tst_Routing::rotationSurvivesRestarts()
{
    const qint64 a = rep(QStringLiteral("Ana"));
    const qint64 b = rep(QStringLiteral("Bruno"));
    const qint64 c = rep(QStringLiteral("Carla"));
    QCOMPARE(Router(*m_ws).route(lead()).repId, a);
    QCOMPARE(Router(*m_ws).route(lead()).repId, b);
    const QString path = m_ws->path();
    m_ws.reset();
    m_ws = Workspace::open(path);
    QCOMPARE(Router(*m_ws).route(lead()).repId, c); // the turn continues where it stopped
    QCOMPARE(Router(*m_ws).route(lead()).repId, a);
}

void tst_Routing::rulesInOrderThenFallback()
{
    const qint64 retail = rep(QStringLiteral("Retail Expert"));
    const qint64 italy = rep(QStringLiteral("Italia Rep"));
    const qint64 other = rep(QStringLiteral("Generalist"));
    RoutingConfig config;
    RoutingRule r1;
    r1.name = QStringLiteral("Retail EU");
    r1.conditions = {FieldCondition{LeadField::Industry, FieldCondition::Op::Equals, {QStringLiteral("retail")}},
                     FieldCondition{LeadField::Country, FieldCondition::Op::OneOf, {QStringLiteral("France"), QStringLiteral("Italy")}}};
    r1.targetRep = retail;
    RoutingRule r2;
    r2.name = QStringLiteral("Italy");
    r2.conditions = {FieldCondition{LeadField::Country, FieldCondition::Op::Equals, {QStringLiteral("Italy")}}};
    r2.targetRep = italy;
    config.rules = {r1, r2};
    Router router(*m_ws);
    router.saveConfig(config);
    QCOMPARE(router.config().rules.size(), 2);

    const auto d1 = router.route(lead(QStringLiteral("Retail"), QStringLiteral("Italy")));
    QCOMPARE(d1.repId, retail); // the first matching rule wins, though "Italy" matches too
    QCOMPARE(d1.reason, QStringLiteral("rule \"Retail EU\" matched"));
    QCOMPARE(router.route(lead(QStringLiteral("Energy"), QStringLiteral("Italy"))).repId, italy);
    const auto fallback = router.route(lead(QStringLiteral("Energy"), QStringLiteral("Greece")));
    QCOMPARE(fallback.reason, QStringLiteral("round-robin"));
    QVERIFY(fallback.repId == retail || fallback.repId == italy || fallback.repId == other);
    // Rule order matters: swap them and the Italian retailer goes to the Italy rep.
    config = router.config();
    std::swap(config.rules[0], config.rules[1]);
    router.saveConfig(config);
    QCOMPARE(router.route(lead(QStringLiteral("Retail"), QStringLiteral("Italy"))).repId, italy);
    // Every assignment is in the history with its reason.
    const auto history = router.history(Query(m_ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong());
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().reason, QStringLiteral("rule \"Italy\" matched"));
}

void tst_Routing::teamRoundRobinAndAwayRepsSkipped()
{
    const qint64 s1 = rep(QStringLiteral("South One"), QStringLiteral("EU South"));
    const qint64 s2 = rep(QStringLiteral("South Two"), QStringLiteral("EU South"));
    const qint64 s3 = rep(QStringLiteral("South Three"), QStringLiteral("EU South"));
    rep(QStringLiteral("North"), QStringLiteral("EU North"));
    RoutingConfig config;
    RoutingRule r;
    r.name = QStringLiteral("South");
    r.conditions = {FieldCondition{LeadField::Country, FieldCondition::Op::OneOf,
                                   {QStringLiteral("Italy"), QStringLiteral("Spain"), QStringLiteral("Greece")}}};
    r.targetTeam = QStringLiteral("EU South");
    config.rules = {r};
    Router router(*m_ws);
    router.saveConfig(config);
    // S2 is on holiday this week.
    Rep away = *m_ws->reps().find(s2);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    away.awayFrom = now - 3600000;
    away.awayTo = now + 7 * 24 * 3600000LL;
    m_ws->reps().update(away);
    QList<qint64> got;
    for (int i = 0; i < 4; ++i)
        got << router.route(lead(QString(), QStringLiteral("Spain")), now).repId;
    QCOMPARE(got, (QList<qint64>{s1, s3, s1, s3}));
    // Back from holiday: in the rotation again, at his place (after S1).
    QCOMPARE(router.route(lead(QString(), QStringLiteral("Spain")), now + 8 * 24 * 3600000LL).repId, s1);
    QCOMPARE(router.route(lead(QString(), QStringLiteral("Spain")), now + 8 * 24 * 3600000LL).repId, s2);
    QVERIFY(router.history(Query(m_ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong())
                .first().reason.contains(QStringLiteral("team EU South")));
}

void tst_Routing::capacityIsRespected()
{
    const qint64 small = rep(QStringLiteral("Small"), QString(), 2);
    const qint64 big = rep(QStringLiteral("Big"));
    Router router(*m_ws);
    QHash<qint64, int> got;
    for (int i = 0; i < 8; ++i)
        ++got[router.route(lead()).repId];
    QCOMPARE(got.value(small), 2);
    QCOMPARE(got.value(big), 6);
    QCOMPARE(m_ws->reps().openLeadCounts().value(small), 2);
}

void tst_Routing::nobodyAvailable()
{
    const qint64 only = rep(QStringLiteral("Only"));
    Rep r = *m_ws->reps().find(only);
    r.active = false;
    m_ws->reps().update(r);
    const qint64 id = lead();
    const auto d = Router(*m_ws).route(id);
    QCOMPARE(d.repId, 0);
    QVERIFY(d.reason.contains(QStringLiteral("no rep available")));
    QVERIFY(!m_ws->leads().get(id).ownerId);
}

void tst_Routing::routedWhenBecomingMql()
{
    const qint64 r = rep(QStringLiteral("Claire"));
    QSignalSpy routed(m_ws.get(), &Workspace::leadRouted);
    const qint64 id = lead();
    QVERIFY(!m_ws->leads().get(id).ownerId);
    m_ws->leads().changeStage(id, Stage::MQL, QStringLiteral("Score reached the threshold"));
    QCOMPARE(m_ws->leads().get(id).ownerId.value_or(0), r);
    QCOMPARE(routed.count(), 1);
    // Off: no routing.
    RoutingConfig config = Router(*m_ws).config();
    config.autoRoute = false;
    Router(*m_ws).saveConfig(config);
    const qint64 other = lead();
    m_ws->leads().changeStage(other, Stage::MQL, QStringLiteral("x"));
    QVERIFY(!m_ws->leads().get(other).ownerId);
    QCOMPARE(Router(*m_ws).routeUnassignedMqls(), 1);
    QCOMPARE(m_ws->leads().get(other).ownerId.value_or(0), r);
}

void tst_Routing::simulationWritesNothing()
{
    const qint64 a = rep(QStringLiteral("A"));
    const qint64 b = rep(QStringLiteral("B"));
    for (int i = 0; i < 10; ++i)
        lead(QStringLiteral("Retail"));
    const auto before = TestSupport::fileHash(m_ws->path() + QStringLiteral("-wal")) + TestSupport::fileHash(m_ws->path());
    RoutingConfig edited;
    RoutingRule r;
    r.name = QStringLiteral("All retail to A");
    r.conditions = {FieldCondition{LeadField::Industry, FieldCondition::Op::Equals, {QStringLiteral("Retail")}}};
    r.targetRep = a;
    edited.rules = {r};
    const Router::Simulation s = Router(*m_ws).simulate(edited, 50);
    QCOMPARE(s.incoming.size(), 10);
    QCOMPARE(s.unassignedToday.size(), 10);
    QCOMPARE(s.loadAfter.value(a), 10); // each lead once, though both recent and unassigned today
    QCOMPARE(s.loadAfter.value(b), 0);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM leads WHERE owner_id IS NOT NULL").scalar().toInt(), 0);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM assignments").scalar().toInt(), 0);
    QVERIFY(Router(*m_ws).config().rules.isEmpty());
    Q_UNUSED(before)
}

void tst_Routing::simulationMovesTheLoadOfOwnedLeads()
{
    const qint64 a = rep(QStringLiteral("A"));
    const qint64 b = rep(QStringLiteral("B"));
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << lead(QStringLiteral("Retail"));
    Router router(*m_ws);
    router.reassign(ids, b, QStringLiteral("B had them"));
    const qint64 won = lead(QStringLiteral("Retail"));
    router.reassign({won}, b, QString());
    m_ws->leads().changeStage(won, Stage::Customer, QStringLiteral("won"));
    RoutingConfig edited;
    RoutingRule r;
    r.name = QStringLiteral("All retail to A");
    r.conditions = {FieldCondition{LeadField::Industry, FieldCondition::Op::Equals, {QStringLiteral("Retail")}}};
    r.targetRep = a;
    edited.rules = {r};
    const Router::Simulation s = router.simulate(edited, 50);
    QCOMPARE(s.loadBefore.value(b), 4); // the customer is no load
    QCOMPARE(s.incoming.size(), 5);
    QVERIFY(s.unassignedToday.isEmpty());
    QCOMPARE(s.loadAfter.value(a), 4); // the four open leads move to A; the customer adds nothing
    QCOMPARE(s.loadAfter.value(b), 0);
}

void tst_Routing::reassignByHandIsRecorded()
{
    const qint64 a = rep(QStringLiteral("A"));
    const qint64 b = rep(QStringLiteral("B"));
    const QList<qint64> ids{lead(), lead(), lead()};
    Router router(*m_ws);
    router.reassign(ids, a, QString());
    router.reassign(ids, b, QStringLiteral("A is leaving"));
    for (qint64 id : ids)
        QCOMPARE(m_ws->leads().get(id).ownerId.value_or(0), b);
    const auto history = router.history(ids.first());
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().reason, QStringLiteral("A is leaving"));
    QCOMPARE(history.first().previousRepId, a);
    QCOMPARE(history.last().reason, QStringLiteral("assigned by hand"));
    QVERIFY_THROWS_EXCEPTION(StorageError, router.reassign(ids, 9999, QString()));
}

void tst_Routing::configIsChecked()
{
    Router router(*m_ws);
    RoutingConfig config;
    RoutingRule r;
    r.name = QStringLiteral("To nobody");
    config.rules = {r};
    QVERIFY(router.checkConfig(config).contains(QStringLiteral("nobody")));
    config.rules[0].targetTeam = QStringLiteral("Ghost team");
    QVERIFY(router.checkConfig(config).contains(QStringLiteral("Ghost team")));
    rep(QStringLiteral("X"), QStringLiteral("Real"));
    config.rules[0].targetTeam = QStringLiteral("Real");
    config.rules[0].conditions = {FieldCondition{LeadField::CompanySize, FieldCondition::Op::AtLeast, {QStringLiteral("lots")}}};
    QVERIFY(router.checkConfig(config).contains(QStringLiteral("not a number")));
    QVERIFY_THROWS_EXCEPTION(StorageError, router.saveConfig(config));
    QVERIFY(router.config().rules.isEmpty()); // nothing saved
}

QTEST_GUILESS_MAIN(tst_Routing)
#include "tst_routing.moc"
