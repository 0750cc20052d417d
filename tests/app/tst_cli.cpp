#include "TestSupport.h"

#include "campaigns/CampaignRepository.h"
#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "scoring/ScoringService.h"
#include "tradeshow/TradeShow.h"
#include "distribution/Router.h"
#include "storage/Query.h"
#include "workspace/Schema.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// leadbench-cli as a user runs it: a separate process, its output and its exit code.
class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void demoThenList();
    void listFilters();
    void showLead();
    void backupRestoreAndCheck();
    void badWorkspaceFiles();
    void defaultWorkspaceIsCreatedInAppData();
    void eventSummaries();
    void queueAndRoute();
    void scoresFollowAnActivitiesImport();
    void upgradeIsAnnounced();
    void readOnlyCommandSaysHowToUpgrade();

private:
    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args);
    QJsonObject json(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::cliPath()), qPrintable(TestSupport::cliPath()));
    m_db = m_dir.filePath(QStringLiteral("cli.leadbench"));
}

tst_Cli::Result tst_Cli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("USER"), QStringLiteral("cli-tester"));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), args);
    if (!p.waitForFinished(300000))
        qFatal("leadbench-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject tst_Cli::json(const QStringList &args)
{
    const Result r = run(args);
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), r.out.left(400).constData());
    return doc.object();
}

void tst_Cli::helpAndVersion()
{
    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *command : {"demo", "leads list", "leads show", "backup", "restore", "check", "--db"})
        QVERIFY2(help.out.contains(command), command);
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("leadbench-cli "));
}

void tst_Cli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("said");
    QTest::newRow("nothing") << QStringList{} << QByteArray("no command");
    QTest::newRow("unknown") << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("leads"), QStringLiteral("list"), QStringLiteral("--limit"),
                                             QStringLiteral("lots")}
                               << QByteArray("--limit");
    QTest::newRow("bad stage") << QStringList{QStringLiteral("leads"), QStringLiteral("list"), QStringLiteral("--stage"),
                                             QStringLiteral("mql,hot")}
                               << QByteArray("hot");
    QTest::newRow("bad sort") << QStringList{QStringLiteral("leads"), QStringLiteral("list"), QStringLiteral("--sort"),
                                            QStringLiteral("shoe_size")}
                              << QByteArray("shoe_size");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("leads"), QStringLiteral("list"),
                                                   QStringLiteral("--colour")}
                                    << QByteArray("colour");
    QTest::newRow("show without id") << QStringList{QStringLiteral("leads"), QStringLiteral("show")}
                                     << QByteArray("lead id");
    QTest::newRow("demo negative") << QStringList{QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("-5")}
                                   << QByteArray("--leads");
    QTest::newRow("backup no file") << QStringList{QStringLiteral("backup")} << QByteArray("OUT");
}

void tst_Cli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, said);
    const Result r = run(QStringList{QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(said), r.err.constData());
}

void tst_Cli::demoThenList()
{
    const QJsonObject demo = json({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--leads"),
                                   QStringLiteral("800"), QStringLiteral("--json")});
    QCOMPARE(demo.value(QStringLiteral("leads")).toInt(), 800);
    QVERIFY(demo.value(QStringLiteral("activities")).toInt() > 800);
    const QJsonObject list = json({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("list"),
                                   QStringLiteral("--limit"), QStringLiteral("25"), QStringLiteral("--json")});
    QCOMPARE(list.value(QStringLiteral("total")).toInt(), 800);
    const QJsonArray leads = list.value(QStringLiteral("leads")).toArray();
    QCOMPARE(leads.size(), 25);
    // Newest first by default.
    QVERIFY(leads.first().toObject().value(QStringLiteral("created_at")).toString()
            >= leads.last().toObject().value(QStringLiteral("created_at")).toString());
    for (const char *key : {"id", "first_name", "email", "company", "stage", "score", "temperature", "owner"})
        QVERIFY2(leads.first().toObject().contains(QLatin1StringView(key)), key);
}

void tst_Cli::listFilters()
{
    const QJsonObject mql = json({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("list"),
                                  QStringLiteral("--stage"), QStringLiteral("mql,sql"), QStringLiteral("--limit"),
                                  QStringLiteral("1000"), QStringLiteral("--json")});
    const QJsonArray leads = mql.value(QStringLiteral("leads")).toArray();
    QVERIFY(!leads.isEmpty());
    for (const QJsonValue &v : leads) {
        const QString stage = v.toObject().value(QStringLiteral("stage")).toString();
        QVERIFY2(stage == QStringLiteral("mql") || stage == QStringLiteral("sql"), qPrintable(stage));
    }
    QCOMPARE(mql.value(QStringLiteral("total")).toInt(), leads.size());

    // Search: take a real last name and find it.
    const QString name = leads.first().toObject().value(QStringLiteral("last_name")).toString();
    const QJsonObject found = json({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("list"),
                                    QStringLiteral("--search"), name.left(4), QStringLiteral("--json")});
    QVERIFY(found.value(QStringLiteral("total")).toInt() >= 1);

    const QJsonObject byScore = json({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("list"),
                                      QStringLiteral("--sort"), QStringLiteral("score"), QStringLiteral("--limit"),
                                      QStringLiteral("50"), QStringLiteral("--json")});
    const QJsonArray sorted = byScore.value(QStringLiteral("leads")).toArray();
    for (qsizetype i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted.at(i - 1).toObject().value(QStringLiteral("score")).toInt()
                >= sorted.at(i).toObject().value(QStringLiteral("score")).toInt());

    const Result noSegment = run({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("list"),
                                  QStringLiteral("--segment"), QStringLiteral("Nope")});
    QCOMPARE(noSegment.code, 1);
    QVERIFY(noSegment.err.contains("Nope"));
}

void tst_Cli::showLead()
{
    const QJsonObject lead = json({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("show"),
                                   QStringLiteral("7"), QStringLiteral("--json")});
    QCOMPARE(lead.value(QStringLiteral("id")).toInt(), 7);
    QVERIFY(lead.value(QStringLiteral("stage_history")).toArray().size() >= 1);
    QVERIFY(lead.contains(QStringLiteral("activities")));
    QVERIFY(lead.contains(QStringLiteral("consent_at")));
    const Result missing = run({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("show"),
                                QStringLiteral("999999")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("999999"));
}

void tst_Cli::backupRestoreAndCheck()
{
    const QString backup = m_dir.filePath(QStringLiteral("b.leadbench"));
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("backup"), backup}).code, 0);
    QVERIFY(QFile::exists(backup));
    const Result check = run({QStringLiteral("--db"), backup, QStringLiteral("check")});
    QCOMPARE(check.code, 0);
    QVERIFY(check.out.contains("ok"));
    // Restore over a workspace that has changed since: the backup's 800 leads come back.
    json({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("20"),
          QStringLiteral("--json")});
    QCOMPARE(json({QStringLiteral("--db"), m_db, QStringLiteral("info"), QStringLiteral("--json")})
                 .value(QStringLiteral("leads")).toInt(),
             820);
    const Result restore = run({QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup});
    QCOMPARE(restore.code, 0);
    QCOMPARE(json({QStringLiteral("--db"), m_db, QStringLiteral("info"), QStringLiteral("--json")})
                 .value(QStringLiteral("leads")).toInt(),
             800);
}

void tst_Cli::badWorkspaceFiles()
{
    const QString jpeg = m_dir.filePath(QStringLiteral("photo.jpg"));
    TestSupport::writeFile(jpeg, QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10) + QByteArray(2000, 'x'));
    const QByteArray before = TestSupport::fileHash(jpeg);
    for (const QStringList &args : {QStringList{QStringLiteral("leads"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("check")},
                                    QStringList{QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("5")},
                                    QStringList{QStringLiteral("restore"), jpeg}}) {
        const Result r = run(QStringList{QStringLiteral("--db"), args.first() == QStringLiteral("restore") ? m_db : jpeg} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("JPEG"), r.err.constData());
    }
    QCOMPARE(TestSupport::fileHash(jpeg), before);
    const Result missing = run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nope.leadbench")),
                                QStringLiteral("leads"), QStringLiteral("list")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("does not exist"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.leadbench"))));
}

void tst_Cli::defaultWorkspaceIsCreatedInAppData()
{
    const Result r = run({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("10")});
    QCOMPARE(r.code, 0);
    const QString expected = m_dir.filePath(QStringLiteral("home/.local/share/Leadbench/Leadbench/default.leadbench"));
    QVERIFY2(QFile::exists(expected), r.out.constData());
}

void tst_Cli::eventSummaries()
{
    const QString db = m_dir.filePath(QStringLiteral("events.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(db);
        TradeShow show(*ws);
        const qint64 event = show.createEvent(QStringLiteral("Salon Vivatech"), QDate(2026, 6, 10), QDate(2026, 6, 13), 24000);
        for (int i = 0; i < 3; ++i) {
            CaptureInput in;
            in.lastName = QStringLiteral("Visitor %1").arg(i);
            in.interest = i == 0 ? Temperature::Hot : Temperature::Warm;
            show.capture(event, in);
        }
    }
    const QJsonObject summary = json({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("summary"),
                                      QStringLiteral("Salon Vivatech"), QStringLiteral("--json")});
    QCOMPARE(summary.value(QStringLiteral("leads")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("hot")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("cost_per_lead")).toDouble(), 8000.0);
    const QJsonObject list = json({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("list"),
                                   QStringLiteral("--json")});
    QCOMPARE(list.value(QStringLiteral("events")).toArray().size(), 1);
    const Result missing = run({QStringLiteral("--db"), db, QStringLiteral("events"), QStringLiteral("summary"),
                                QStringLiteral("Nope")});
    QCOMPARE(missing.code, 1);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("events")}).code, 2);
}

void tst_Cli::queueAndRoute()
{
    const QString db = m_dir.filePath(QStringLiteral("queue.leadbench"));
    qint64 hot = 0, fresh = 0;
    {
        auto ws = TestSupport::createWorkspace(db);
        Rep r;
        r.name = QStringLiteral("Tom Walker");
        const qint64 rep = ws->reps().add(r);
        Lead l;
        l.lastName = QStringLiteral("Hot");
        l.score = 80;
        l.ownerId = rep;
        hot = ws->leads().create(l);
        Query(ws->db(), "UPDATE lead_scores SET score = 80 WHERE lead_id = ?", hot).exec(); // scores are the engine's
        Lead m;
        m.lastName = QStringLiteral("Fresh MQL");
        fresh = ws->leads().create(m);
        RoutingConfig off = Router(*ws).config();
        off.autoRoute = false;
        Router(*ws).saveConfig(off);
        ws->leads().changeStage(fresh, Stage::MQL, QStringLiteral("score"));
    }
    const QJsonObject routed = json({QStringLiteral("--db"), db, QStringLiteral("route"), QStringLiteral("--unassigned-mqls"),
                                     QStringLiteral("--json")});
    const QJsonArray list = routed.value(QStringLiteral("routed")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("rep")).toString(), QStringLiteral("Tom Walker"));
    QCOMPARE(list.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("round-robin"));
    const QJsonObject queue = json({QStringLiteral("--db"), db, QStringLiteral("queue"), QStringLiteral("--rep"),
                                    QStringLiteral("Tom Walker"), QStringLiteral("--json")});
    const QJsonArray items = queue.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("hot"));
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("lead_id")).toInteger(), hot);
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("new"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("lead_id")).toInteger(), fresh);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("queue")}).code, 2);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("queue"), QStringLiteral("--rep"), QStringLiteral("Nobody")}).code, 1);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("route"), QStringLiteral("--lead"), QStringLiteral("999")}).code, 1);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("route")}).code, 2);
}

void tst_Cli::scoresFollowAnActivitiesImport()
{
    const QString db = m_dir.filePath(QStringLiteral("scores.leadbench"));
    qint64 id = 0;
    int before = 0;
    {
        auto ws = TestSupport::createWorkspace(db);
        Lead l;
        l.email = QStringLiteral("ana@empresa.com.br");
        id = ws->leads().create(l);
        before = ws->leads().get(id).score;
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString csv = m_dir.filePath(QStringLiteral("clicks.csv"));
    TestSupport::writeFile(csv, QStringLiteral("Recipient,Event,Timestamp,Subject\n"
                                               "ana@empresa.com.br,clicked,%1 10:00,Spring offer\n"
                                               "ana@empresa.com.br,replied,%1 11:00,Spring offer\n")
                                    .arg(today)
                                    .toUtf8());
    const Result r = run({QStringLiteral("--db"), db, QStringLiteral("import"), csv, QStringLiteral("--kind"),
                          QStringLiteral("activities")});
    QCOMPARE(r.code, 0);
    auto ws = Workspace::open(db);
    // +10 for the click and +15 for the reply (the default rules), counted at once, with the history.
    QCOMPARE(ws->leads().get(id).score, before + 25);
    QVERIFY(ws->scoring().history(id).last().reason.contains(QStringLiteral("clicks.csv")));
}

void tst_Cli::upgradeIsAnnounced()
{
    // Upgrading can take minutes: the CLI says what it is doing, once, before the command's output.
    const QString old = m_dir.filePath(QStringLiteral("old.leadbench"));
    QVERIFY(TestSupport::copyWorkspaceFixture(12, old));
    const Result first = run({QStringLiteral("--db"), old, QStringLiteral("nurture"), QStringLiteral("list")});
    QCOMPARE(first.code, 0);
    QVERIFY2(first.err.contains("was made by an earlier version; keeping a backup copy, then upgrading it"),
             first.err.constData());
    QCOMPARE(first.err.count("earlier version"), 1);
    const Result again = run({QStringLiteral("--db"), old, QStringLiteral("nurture"), QStringLiteral("list")});
    QCOMPARE(again.code, 0);
    QVERIFY2(!again.err.contains("earlier version"), again.err.constData());
}

// A read-only command (leads list, info, kpi...) on a workspace of an earlier version does not change
// the file; it says how to upgrade it, and `upgrade` does, keeping a backup copy first.
void tst_Cli::readOnlyCommandSaysHowToUpgrade()
{
    const QString old = m_dir.filePath(QStringLiteral("older.leadbench"));
    QVERIFY(TestSupport::copyWorkspaceFixture(13, old));
    const QByteArray before = [&] {
        QFile f(old);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Result refused = run({QStringLiteral("--db"), old, QStringLiteral("leads"), QStringLiteral("list")});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("leadbench-cli --db " + QFile::encodeName(old) + " upgrade"), refused.err.constData());
    QFile f(old);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    f.close();

    const Result upgraded = run({QStringLiteral("--db"), old, QStringLiteral("upgrade")});
    QCOMPARE(upgraded.code, 0);
    QVERIFY2(upgraded.out.contains("from format 13 to " + QByteArray::number(Schema::currentVersion())),
             upgraded.out.constData());
    const QFileInfoList backups = QDir(old + QStringLiteral(".backups")).entryInfoList(QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(upgraded.out.contains(QFile::encodeName(backups.first().absoluteFilePath())), upgraded.out.constData());

    const Result listed = run({QStringLiteral("--db"), old, QStringLiteral("leads"), QStringLiteral("list")});
    QCOMPARE(listed.code, 0);
    QVERIFY(listed.out.contains("Moreau"));
    const Result again = run({QStringLiteral("--db"), old, QStringLiteral("upgrade")});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains("already"), again.out.constData());
    QCOMPARE(QDir(old + QStringLiteral(".backups")).entryInfoList(QDir::Files).size(), 1);
    const Result missing = run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.leadbench")), QStringLiteral("upgrade")});
    QCOMPARE(missing.code, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.leadbench"))));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
