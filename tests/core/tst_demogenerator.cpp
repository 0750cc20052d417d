#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "leads/LeadRepository.h"
#include "leads/LeadValidation.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

class tst_DemoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void realisticAndConsistent();
    void sameSeedSameWorkspace();
    void stopsBetweenBatches();
};

void tst_DemoGenerator::realisticAndConsistent()
{
    QTemporaryDir dir;
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("d.leadbench")));
    DemoGenerator::Options options;
    options.leads = 3000;
    const auto result = DemoGenerator::generate(ws->db(), options);
    QCOMPARE(result.leads, 3000);
    QVERIFY(result.activities > 3000 * 3 && result.activities < 3000 * 8);
    QVERIFY(result.deals > 0);
    QCOMPARE(result.reps, 12);
    auto scalar = [&](const char *sql) { return Query(ws->db(), sql).scalar().toLongLong(); };
    QCOMPARE(scalar("SELECT count(*) FROM leads"), 3000);
    // Every lead's current stage is the last entry of its stage history.
    QCOMPARE(scalar("SELECT count(*) FROM leads l WHERE l.stage <> (SELECT to_stage FROM stage_history h "
                    "WHERE h.lead_id = l.id ORDER BY changed_at DESC, id DESC LIMIT 1)"),
             0);
    // A funnel: fewer customers than MQLs than leads; every stage is present.
    QCOMPARE(scalar("SELECT count(DISTINCT stage) FROM leads"), 8);
    QVERIFY(scalar("SELECT count(*) FROM leads WHERE stage = 6") < scalar("SELECT count(*) FROM leads WHERE stage >= 3"));
    // Customers have a won deal; deals belong to the pipeline.
    QCOMPARE(scalar("SELECT count(*) FROM leads WHERE stage = 6 AND id NOT IN (SELECT lead_id FROM deals WHERE outcome = 1)"), 0);
    QCOMPARE(scalar("SELECT count(*) FROM deals WHERE stage_id NOT IN (SELECT id FROM pipeline_stages)"), 0);
    // Nothing happens in the future, nothing before the lead existed.
    QCOMPARE(scalar("SELECT count(*) FROM activities a JOIN leads l ON l.id = a.lead_id WHERE a.occurred_at < l.created_at"), 0);
    QVERIFY(scalar("SELECT max(occurred_at) FROM activities") <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY(scalar("SELECT max(updated_at) FROM leads") <= QDateTime::currentMSecsSinceEpoch());
    // Several languages and scripts, valid contact data.
    QVERIFY(scalar("SELECT count(*) FROM leads WHERE country = 'Greece'") > 0);
    QVERIFY(scalar("SELECT count(*) FROM leads WHERE country = 'Brazil'") > 0);
    Query all(ws->db(), "SELECT email, phone FROM leads");
    while (all.next()) {
        QVERIFY2(LeadValidation::checkEmail(all.text(0)).isEmpty(), qPrintable(all.text(0)));
        QVERIFY2(LeadValidation::checkPhone(all.text(1)).isEmpty(), qPrintable(all.text(1)));
    }
    // Campaigns carry costs; unsubscribed leads have an unsubscribe activity.
    QVERIFY(scalar("SELECT sum(cost) FROM campaigns") > 0);
    QCOMPARE(scalar("SELECT count(*) FROM leads WHERE unsubscribed_at IS NOT NULL AND id NOT IN "
                    "(SELECT lead_id FROM activities WHERE type = 17)"),
             0);
    QCOMPARE(ws->db().integrityCheck(), QStringList{QStringLiteral("ok")});
}

void tst_DemoGenerator::sameSeedSameWorkspace()
{
    QTemporaryDir dir;
    auto a = TestSupport::createWorkspace(dir.filePath(QStringLiteral("a.leadbench")), 400, 99);
    auto b = TestSupport::createWorkspace(dir.filePath(QStringLiteral("b.leadbench")), 400, 99);
    const char *sql = "SELECT group_concat(first_name || last_name || email || stage || score, ';') FROM leads JOIN lead_scores ON lead_id = id";
    QCOMPARE(Query(a->db(), sql).scalar().toString(), Query(b->db(), sql).scalar().toString());
}

void tst_DemoGenerator::stopsBetweenBatches()
{
    QTemporaryDir dir;
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("c.leadbench")));
    DemoGenerator::Options options;
    options.leads = 12000;
    const auto result = DemoGenerator::generate(ws->db(), options, [](qint64, qint64) { return false; });
    QCOMPARE(result.leads, 5000); // one whole batch
    QCOMPARE(ws->leads().count(), 5000);
}

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
