// leadbench-cli's sync commands end to end, with the real keychain of a private D-Bus session
// (see tests/sync/CMakeLists.txt) and the fake HubSpot: connections (secrets only on standard
// input and only in the keychain; no keychain, no secret stored), dry run, sync, conflicts, and a
// sync process killed mid-push then run again.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "sync/CredentialStore.h"
#include "sync/SyncStore.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Token = u"pat-na1-cli-secret-0123456789"_s;

struct Result
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class tst_SyncCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void credentialStoreRoundTrip();
    void noKeychainNoSecret();
    void secretsNeverOnTheCommandLine();
    void plainHttpOutsideLoopbackIsRefused();
    void addTestDryRunSyncAndLog();
    void conflictsFromTheCommandLine();
    void killedSyncLosesAndDuplicatesNothing();

private:
    Result cli(const QStringList &args, const QByteArray &input = QByteArray(), const QProcessEnvironment &env = QProcessEnvironment());
    void addConnection();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<SyncTest::FakeServer> m_server;
};

void tst_SyncCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(u"ws.leadbench"_s);
    auto ws = TestSupport::createWorkspace(m_db);
    SyncTest::addLeads(*ws, 20);
    m_server = std::make_unique<SyncTest::FakeServer>(u"fake_hubspot.py"_s, QStringList{u"--token"_s, Token});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void tst_SyncCli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Result tst_SyncCli::cli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    p.setProcessEnvironment(e);
    p.start(TestSupport::cliPath(), QStringList{u"--db"_s, m_db} + args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void tst_SyncCli::addConnection()
{
    const Result r = cli({u"connections"_s, u"add"_s, u"HubSpot EU"_s, u"--connector"_s, u"hubspot"_s,
                          u"--set"_s, u"base_url="_s + m_server->baseUrl(), u"--secret-stdin"_s},
                         Token.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(u"Connection test: ok"_s));
}

void tst_SyncCli::credentialStoreRoundTrip()
{
    Sync::CredentialStore store(u"Leadbench tests"_s);
    QString reason;
    QVERIFY2(store.isAvailable(&reason), qPrintable(reason));
    store.store(u"ws/1"_s, {{u"token"_s, u"abc"_s}, {u"refresh_token"_s, u"def"_s}});
    const QVariantMap back = store.load(u"ws/1"_s);
    QCOMPARE(back.value(u"token"_s).toString(), u"abc"_s);
    QCOMPARE(back.value(u"refresh_token"_s).toString(), u"def"_s);
    store.remove(u"ws/1"_s);
    QVERIFY(store.load(u"ws/1"_s).isEmpty());
}

void tst_SyncCli::noKeychainNoSecret()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/leadbench-no-bus"_s);
    const Result r = cli({u"connections"_s, u"add"_s, u"HS"_s, u"--connector"_s, u"hubspot"_s, u"--set"_s,
                          u"base_url="_s + m_server->baseUrl(), u"--secret-stdin"_s},
                         Token.toUtf8(), env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"not stored"_s), qPrintable(r.err));
    // Nothing was added, and the secret is nowhere on disk.
    const Result list = cli({u"connections"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(Token.toUtf8()), qPrintable(file));
    }
}

void tst_SyncCli::secretsNeverOnTheCommandLine()
{
    const Result r = cli({u"connections"_s, u"add"_s, u"HS"_s, u"--connector"_s, u"hubspot"_s, u"--set"_s, u"token="_s + Token});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"secret"_s), qPrintable(r.err));
    // Without a terminal and without --secret-stdin: said, not guessed.
    const Result none = cli({u"connections"_s, u"add"_s, u"HS"_s, u"--connector"_s, u"hubspot"_s, u"--set"_s,
                             u"base_url="_s + m_server->baseUrl()});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(u"--secret-stdin"_s), qPrintable(none.err));
}

void tst_SyncCli::plainHttpOutsideLoopbackIsRefused()
{
    const Result r = cli({u"connections"_s, u"add"_s, u"HS"_s, u"--connector"_s, u"hubspot"_s, u"--set"_s,
                          u"base_url=http://api.hubapi.com"_s, u"--secret-stdin"_s},
                         Token.toUtf8());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Plain http is refused"_s), qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(cli({u"connections"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array().size(), 0);
}

void tst_SyncCli::addTestDryRunSyncAndLog()
{
    addConnection();
    // The secret is in the keychain only: not in the workspace, not in the settings.
    for (const QString &file : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(Token.toUtf8()), qPrintable(file));
    }
    QCOMPARE(cli({u"connections"_s, u"test"_s, u"HubSpot EU"_s}).code, 0);
    const Result listed = cli({u"connections"_s, u"list"_s});
    QVERIFY2(listed.out.contains(u"20 changes to send"_s), qPrintable(listed.out)); // English plurals

    const Result dry = cli({u"sync"_s, u"HubSpot EU"_s, u"--dry-run"_s});
    QVERIFY2(dry.code == 0, qPrintable(dry.err + dry.out));
    QVERIFY2(dry.out.contains(u"create email: \"\" -> \"first7@example.com\""_s), qPrintable(dry.out));
    QCOMPARE(m_server->state().value(u"contacts"_s).toObject().size(), 0);

    const Result run = cli({u"sync"_s, u"HubSpot EU"_s, u"--json"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(report.value(u"pushed"_s).toInt(), 20);
    QCOMPARE(m_server->state().value(u"contacts"_s).toObject().size(), 20);
    const Result log = cli({u"connections"_s, u"log"_s, u"HubSpot EU"_s});
    QVERIFY2(log.out.contains(u"20 pushed"_s), qPrintable(log.out));
    QVERIFY(!log.out.contains(Token));

    // Field mapping from the command line.
    QCOMPARE(cli({u"connections"_s, u"map"_s, u"HubSpot EU"_s, u"lead"_s, u"notes"_s, u"message"_s, u"--direction"_s, u"push"_s}).code, 0);
    const Result mapping = cli({u"connections"_s, u"mapping"_s, u"HubSpot EU"_s, u"--json"_s});
    const QJsonArray leadMap = QJsonDocument::fromJson(mapping.out.toUtf8()).object().value(u"lead"_s).toArray();
    QVERIFY(std::any_of(leadMap.begin(), leadMap.end(), [](const QJsonValue &v) {
        return v.toObject().value(u"local"_s).toString() == u"notes"_s && v.toObject().value(u"direction"_s).toString() == u"push"_s;
    }));
    QCOMPARE(cli({u"connections"_s, u"map"_s, u"HubSpot EU"_s, u"lead"_s, u"nonsense"_s, u"x"_s}).code, 1);
    QCOMPARE(cli({u"connections"_s, u"remove"_s, u"HubSpot EU"_s}).code, 0);
    QCOMPARE(cli({u"sync"_s, u"HubSpot EU"_s}).code, 1);
}

void tst_SyncCli::conflictsFromTheCommandLine()
{
    addConnection();
    QCOMPARE(cli({u"sync"_s, u"HubSpot EU"_s}).code, 0);
    qint64 lead = 0;
    QString remote;
    {
        auto ws = Workspace::open(m_db);
        Sync::SyncStore store(ws->db());
        lead = Query(ws->db(), "SELECT id FROM leads WHERE email = 'first4@example.com'").scalar().toLongLong();
        remote = store.link(store.connections().first().id, Sync::Entity::Lead, lead)->remoteId;
        ws->leads().setField(lead, LeadField::City, u"Here"_s);
    }
    m_server->control(u"put"_s, {{u"object"_s, u"contacts"_s}, {u"id"_s, remote}, {u"properties"_s, QJsonObject{{u"city"_s, u"There"_s}}}});
    const Result run = cli({u"sync"_s, u"HubSpot EU"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"1 conflict wait"_s) || run.out.contains(u"conflict(s) wait"_s) || run.out.contains(u"conflicts wait"_s),
             qPrintable(run.out));
    const Result list = cli({u"conflicts"_s, u"list"_s, u"--json"_s});
    const QJsonArray conflicts = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().toObject().value(u"local"_s).toString(), u"Here"_s);
    QCOMPARE(conflicts.first().toObject().value(u"remote"_s).toString(), u"There"_s);
    const QString id = QString::number(conflicts.first().toObject().value(u"id"_s).toInt());
    QCOMPARE(cli({u"conflicts"_s, u"resolve"_s, id, u"local"_s}).code, 0);
    QCOMPARE(cli({u"sync"_s, u"HubSpot EU"_s}).code, 0);
    QCOMPARE(m_server->state().value(u"contacts"_s).toObject().value(remote).toObject().value(u"properties"_s).toObject().value(u"city"_s).toString(),
             u"Here"_s);
    QCOMPARE(cli({u"conflicts"_s, u"resolve"_s, id, u"local"_s}).code, 1); // already settled
}

void tst_SyncCli::killedSyncLosesAndDuplicatesNothing()
{
    {
        auto ws = Workspace::open(m_db);
        SyncTest::addLeads(*ws, 480, 100); // 500 leads: five upserts of 100
    }
    addConnection();
    m_server->control(u"faults"_s, {{u"slow_ms"_s, 150}});
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), {u"--db"_s, m_db, u"sync"_s, u"HubSpot EU"_s});
    QVERIFY(p.waitForStarted());
    // Killed (SIGKILL: no clean-up) once the CRM has taken two batches and is answering the third.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->control(u"stats"_s).value(u"POST /crm/v3/objects/contacts/batch/upsert"_s).toInt() >= 3, 60000);
    p.kill();
    p.waitForFinished();
    const int partial = m_server->state().value(u"contacts"_s).toObject().size();
    QVERIFY2(partial >= 200 && partial < 500, qPrintable(QString::number(partial)));

    m_server->control(u"faults"_s, {{u"slow_ms"_s, 0}});
    const Result again = cli({u"sync"_s, u"HubSpot EU"_s});
    QVERIFY2(again.code == 0, qPrintable(again.err + again.out));
    const QJsonObject contacts = m_server->state().value(u"contacts"_s).toObject();
    QCOMPARE(contacts.size(), 500);
    QSet<QString> emails;
    QSet<QString> keys;
    for (auto it = contacts.begin(); it != contacts.end(); ++it) {
        const QJsonObject p = it.value().toObject().value(u"properties"_s).toObject();
        emails.insert(p.value(u"email"_s).toString());
        keys.insert(p.value(u"leadbench_key"_s).toString());
    }
    QCOMPARE(emails.size(), 500);
    QCOMPARE(keys.size(), 500);
    auto ws = Workspace::open(m_db);
    QCOMPARE(ws->leads().count(), 500);
    Sync::SyncStore store(ws->db());
    const qint64 connection = store.connections().first().id;
    QCOMPARE(store.linkCount(connection, Sync::Entity::Lead), 500);
    QCOMPARE(store.outboxCount(connection), 0);
    QCOMPARE(ws->db().integrityCheck(), QStringList{u"ok"_s});
}

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_synccli.moc"
