#include "TestSupport.h"

#include "io/ImportSupport.h"
#include "leads/LeadFilter.h"
#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Schema.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Every earlier workspace format, as a real file of that version (tests/data/workspace_vN.leadbench),
// opens and migrates with its data intact. Add the file of the current version here whenever a
// migration is appended.
class tst_Schema : public QObject
{
    Q_OBJECT
private slots:
    void migrationsAreNumberedInOrder();
    void freshWorkspaceIsCurrent();
    void migratesEveryEarlierVersion_data();
    void migratesEveryEarlierVersion();
    void failedMigrationLeavesLastCompletedVersion();
    void upgradesWorkspaceLeftMidImport();
};

void tst_Schema::migrationsAreNumberedInOrder()
{
    int expected = 1;
    for (const Schema::Migration &m : Schema::migrations())
        QCOMPARE(m.version, expected++);
    QCOMPARE(Schema::currentVersion(), expected - 1);
}

void tst_Schema::freshWorkspaceIsCurrent()
{
    QTemporaryDir dir;
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("new.leadbench")));
    QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
    QCOMPARE(ws->db().pragmaInt("application_id"), qint64(Schema::ApplicationId));
    QCOMPARE(Query(ws->db(), "PRAGMA journal_mode").scalar().toString(), QStringLiteral("wal"));
    QCOMPARE(ws->db().integrityCheck(), QStringList{QStringLiteral("ok")});
}

void tst_Schema::migratesEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Schema::currentVersion(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
}

void tst_Schema::migratesEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString fixture = TestSupport::dataDir() + QStringLiteral("/workspace_v%1.leadbench").arg(version);
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.leadbench"));
    QVERIFY(TestSupport::copyWorkspaceFixture(version, path));

    const Workspace::FileState before = Workspace::inspect(path, true);
    QCOMPARE(before.version, version);
    QVERIFY(before.needsMigration);

    auto ws = Workspace::open(path);
    QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
    QCOMPARE(ws->db().integrityCheck(), QStringList{QStringLiteral("ok")});

    // The data of that version is all there.
    const Lead elodie = ws->leads().get(1);
    QCOMPARE(elodie.firstName, QStringLiteral("Élodie"));
    QCOMPARE(elodie.stage, Stage::MQL);
    QCOMPARE(elodie.score, 55);
    // Every lead's score moved to lead_scores, and leads no longer has one.
    QCOMPARE(Query(ws->db(), "SELECT count(*) FROM leads").scalar().toLongLong(),
             Query(ws->db(), "SELECT count(*) FROM lead_scores JOIN leads ON leads.id = lead_id").scalar().toLongLong());
    QCOMPARE(Query(ws->db(), "SELECT count(*) FROM pragma_table_info('leads') WHERE name = 'score'").scalar().toInt(), 0);
    QCOMPARE(ws->leads().get(2).score, 10);
    QCOMPARE(elodie.ownerId.value_or(0), 1);
    QCOMPARE(ws->leads().activities(1).size(), 2);
    QCOMPARE(ws->leads().stageHistory(1).size(), 2);
    QCOMPARE(ws->leads().get(2).city, QStringLiteral("Αθήνα"));
    QCOMPARE(ws->segments().all().size(), 1);

    // And what later versions added works on it: search finds the old leads (accents folded).
    LeadPager pager(ws->db());
    LeadPager::Spec spec;
    spec.filter.search = QStringLiteral("elodie");
    pager.setSpec(spec);
    QCOMPARE(pager.count(), 1);
    spec.filter.search = QStringLiteral("παπαδ");
    pager.setSpec(spec);
    QCOMPARE(pager.count(), 1);

    // A backup of the file as it was is kept beside it.
    const auto backups = RollingBackups(path).list();
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().fileName().contains(QStringLiteral("before-v%1").arg(Schema::currentVersion())));
    QCOMPARE(Workspace::inspect(backups.first().absoluteFilePath(), true).version, version);
}

void tst_Schema::failedMigrationLeavesLastCompletedVersion()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("x.db")), Database::Access::ReadWrite, true);
    Schema::migrate(*db, 1);
    QCOMPARE(db->pragmaInt("user_version"), 1);
    // Something in the way of migration 2: it fails as a whole, version 1 stays usable.
    db->exec("CREATE TABLE leads_fts (x)");
    QVERIFY_THROWS_EXCEPTION(StorageError, Schema::migrate(*db));
    QCOMPARE(db->pragmaInt("user_version"), 1);
    QCOMPARE(Query(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'leads_fts_insert'").scalar().toInt(), 0);
}

// A bulk import killed on format 13 left the leads indexes suspended (their definitions in
// meta): the upgrade builds them as that version saved them, then migrates.
void tst_Schema::upgradesWorkspaceLeftMidImport()
{
    const int version = 13; // the last format with leads.score, which migration 14 moves to lead_scores
    QTemporaryDir dir;
    const auto copy = [&](const QString &name) {
        const QString path = dir.filePath(name);
        [&] { QVERIFY(TestSupport::copyWorkspaceFixture(version, path)); }();
        return path;
    };
    const auto schemaOf = [](Database &db) {
        QStringList names;
        Query q(db, "SELECT type || ' ' || name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY 1");
        while (q.next())
            names << q.text(0);
        return names;
    };
    QStringList expected;
    {
        auto ws = Workspace::open(copy(QStringLiteral("clean.leadbench")));
        expected = schemaOf(ws->db());
    }

    const QString path = copy(QStringLiteral("crashed.leadbench"));
    QMap<qint64, int> scores;
    {
        auto db = Database::open(path, Database::Access::ReadWrite);
        Query q(*db, "SELECT id, score FROM leads");
        while (q.next())
            scores.insert(q.int64(0), q.integer(1));
        q.reset();
        ImportSupport::suspendLeadIndexes(*db);
        QVERIFY(ImportSupport::leadIndexesSuspended(*db));
        QCOMPARE(Query(*db, "SELECT count(*) FROM sqlite_schema WHERE name = 'leads_score'").scalar().toInt(), 0);
    }
    QVERIFY(!scores.isEmpty());

    auto ws = Workspace::open(path);
    QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
    QVERIFY(!ImportSupport::leadIndexesSuspended(ws->db()));
    QCOMPARE(schemaOf(ws->db()), expected);
    QMap<qint64, int> after;
    Query q(ws->db(), "SELECT lead_id, score FROM lead_scores");
    while (q.next())
        after.insert(q.int64(0), q.integer(1));
    QCOMPARE(after, scores);
    QCOMPARE(ws->db().integrityCheck(), QStringList{QStringLiteral("ok")});
    LeadPager pager(ws->db());
    LeadPager::Spec spec;
    spec.filter.search = QStringLiteral("elodie");
    pager.setSpec(spec);
    QCOMPARE(pager.count(), 1);

    // The migration alone copes too: it does not need the suspended indexes, and drops the saved ones on
    // the column it removes.
    {
        auto db = Database::open(copy(QStringLiteral("raw.leadbench")), Database::Access::ReadWrite);
        ImportSupport::suspendLeadIndexes(*db);
        Schema::migrate(*db);
        QVERIFY(ImportSupport::resumeLeadIndexes(*db));
        QCOMPARE(schemaOf(*db), expected);
    }
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
