// The HubSpot connector plug-in against the loopback fake of the CRM API v3 (tests/fakes/fake_hubspot.py):
// full and incremental syncs both ways, checked record by record on both sides, through every
// fault the fake can play: paging, the search cap, 429 with rate-limit headers, partial batch
// failures (400 narrowed down, 207), duplicate e-mails (409), a refused token, dropped connections, 5xx.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "leads/LeadRepository.h"
#include "storage/Query.h"
#include "sync/Connector.h"
#include "sync/ConnectorRegistry.h"
#include "sync/LocalRecords.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStore.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sync;

namespace {
const QString Token = u"pat-na1-test-token"_s;

QString stageToHubSpot(Stage s)
{
    switch (s) {
    case Stage::Subscriber: return u"subscriber"_s;
    case Stage::Lead: return u"lead"_s;
    case Stage::MQL: return u"marketingqualifiedlead"_s;
    case Stage::SQL: return u"salesqualifiedlead"_s;
    case Stage::Opportunity: return u"opportunity"_s;
    case Stage::Customer: return u"customer"_s;
    case Stage::Nurturing:
    case Stage::Disqualified: return u"other"_s;
    }
    return QString();
}
} // namespace

class tst_HubSpotSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullSyncBothWaysWithPaging();
    void incrementalSyncBothWays();
    void searchCapIsWalkedThrough();
    void rateLimitIsHonoured_data();
    void rateLimitIsHonoured();
    void invalidRecordsAreNarrowedDown();
    void missingRecordsAnswer207();
    void duplicateEmailIsLinked();
    void duplicateEmailOnUpdateFailsThatRecordOnly();
    void refusedTokenFailsCleanly();
    void droppedConnectionsAreRetried();
    void serverErrorsAreRetriedThenReported();
    void plainHttpIsRefusedOutsideLoopback();
    void dealsWithTheirContacts();

private:
    SyncReport sync(bool full = false);
    // Every lead has a contact with its values and every contact a lead: both sides, record by record.
    void verifyBothSides();
    QJsonObject contacts();
    QString put(const QJsonObject &properties, const QString &id = QString(), bool hidden = false);

    Connector *m_connector = nullptr;
    std::unique_ptr<ConnectorRegistry> m_registry;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SyncTest::FakeServer> m_server;
    qint64 m_connection = 0;
    HttpClient::Options m_http;
};

void tst_HubSpotSync::initTestCase()
{
    m_registry = std::make_unique<ConnectorRegistry>(QStringList{QStringLiteral(LEADBENCH_PLUGIN_BUILD_DIR)});
    m_connector = m_registry->connector(u"hubspot"_s);
    QVERIFY2(m_connector, "the HubSpot plug-in was not found in the build's plug-in folder");
    m_http.baseBackoffMs = 20;
    m_http.maxBackoffMs = 400;
    m_http.maxAttempts = 6;
}

void tst_HubSpotSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(u"ws.leadbench"_s));
    m_server = std::make_unique<SyncTest::FakeServer>(u"fake_hubspot.py"_s, QStringList{u"--token"_s, Token});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    SyncStore store(m_ws->db());
    Connection c;
    c.name = u"HubSpot"_s;
    c.connector = u"hubspot"_s;
    c.settings = {{u"base_url"_s, m_server->baseUrl()}};
    m_connection = store.addConnection(c, m_connector->entities());
}

void tst_HubSpotSync::cleanup()
{
    m_server.reset();
    m_ws.reset();
    m_dir.reset();
}

SyncReport tst_HubSpotSync::sync(bool full)
{
    SyncEngine engine(m_ws->db(), *m_connector, u"tester"_s);
    engine.setHttpOptions(m_http);
    SyncOptions options;
    options.full = full;
    return engine.run(m_connection, {{u"token"_s, Token}}, options);
}

QJsonObject tst_HubSpotSync::contacts()
{
    const QJsonObject all = m_server->state().value(u"contacts"_s).toObject();
    QJsonObject live;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.value().toObject().value(u"archived"_s).toBool())
            live.insert(it.key(), it.value().toObject().value(u"properties"_s));
    }
    return live;
}

QString tst_HubSpotSync::put(const QJsonObject &properties, const QString &id, bool hidden)
{
    QJsonObject body{{u"object"_s, u"contacts"_s}, {u"properties"_s, properties}, {u"hidden"_s, hidden}};
    if (!id.isEmpty())
        body.insert(u"id"_s, id);
    return m_server->control(u"put"_s, body).value(u"id"_s).toString();
}

void tst_HubSpotSync::verifyBothSides()
{
    SyncStore store(m_ws->db());
    const QJsonObject remote = contacts();
    QSet<QString> linked;
    Query q(m_ws->db(), "SELECT id FROM leads ORDER BY id");
    int leads = 0;
    while (q.next()) {
        ++leads;
        const Lead lead = m_ws->leads().get(q.int64(0));
        const auto link = store.link(m_connection, Entity::Lead, lead.id);
        QVERIFY2(link, qPrintable(u"lead %1 (%2) has no contact"_s.arg(lead.id).arg(lead.email)));
        QVERIFY2(!linked.contains(link->remoteId), "two leads share a contact");
        linked.insert(link->remoteId);
        const QJsonObject p = remote.value(link->remoteId).toObject();
        QVERIFY2(!p.isEmpty(), qPrintable(u"contact %1 of lead %2 is missing"_s.arg(link->remoteId).arg(lead.id)));
        QCOMPARE(p.value(u"email"_s).toString().toLower(), lead.email.toLower());
        QCOMPARE(p.value(u"firstname"_s).toString(), lead.firstName);
        QCOMPARE(p.value(u"lastname"_s).toString(), lead.lastName);
        QCOMPARE(p.value(u"company"_s).toString(), lead.company);
        QCOMPARE(p.value(u"city"_s).toString(), lead.city);
        QCOMPARE(p.value(u"lifecyclestage"_s).toString(), stageToHubSpot(lead.stage));
    }
    QCOMPARE(remote.size(), leads);
    QCOMPARE(store.outboxCount(m_connection), 0);
}

void tst_HubSpotSync::fullSyncBothWaysWithPaging()
{
    SyncTest::addLeads(*m_ws, 30);
    for (int i = 0; i < 10; ++i)
        put({{u"firstname"_s, u"Remote%1"_s.arg(i)}, {u"lastname"_s, u"Person"_s}, {u"email"_s, u"remote%1@example.org"_s.arg(i)},
             {u"company"_s, u"Remote Co"_s}, {u"city"_s, u"Braga"_s}, {u"lifecyclestage"_s, i % 2 ? u"customer"_s : u"lead"_s}});
    // Two of ours are already there (same e-mail), one of them with a city of its own.
    put({{u"email"_s, u"first7@example.com"_s}, {u"firstname"_s, u"First7"_s}});
    put({{u"email"_s, u"FIRST8@example.com"_s}, {u"city"_s, u"City8"_s}, {u"lifecyclestage"_s, u"lead"_s}});
    m_server->control(u"faults"_s, {{u"page_cap"_s, 7}});

    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    QCOMPARE(m_ws->leads().count(), 40);
    verifyBothSides();
    // What was created from here carries its Leadbench key.
    const QJsonObject remote = contacts();
    SyncStore store(m_ws->db());
    const qint64 first = Query(m_ws->db(), "SELECT id FROM leads WHERE email = 'first1@example.com'").scalar().toLongLong();
    QCOMPARE(remote.value(store.link(m_connection, Entity::Lead, first)->remoteId).toObject().value(u"leadbench_key"_s).toString(),
             SyncEngine::recordKey(store.workspaceKey(), Entity::Lead, first));
    const QJsonObject stats = m_server->control(u"stats"_s);
    QVERIFY(stats.value(u"POST /crm/v3/objects/contacts/search"_s).toInt() >= 2); // paged
    QCOMPARE(stats.value(u"POST /crm/v3/objects/contacts/batch/upsert"_s).toInt(), 1); // 28 new in one batch
    const qint64 remote7 = Query(m_ws->db(), "SELECT id FROM leads WHERE email = 'remote7@example.org'").scalar().toLongLong();
    QCOMPARE(m_ws->leads().get(remote7).stage, Stage::Customer);
    QCOMPARE(m_ws->leads().get(remote7).city, u"Braga"_s);

    // A second run pulls our own writes back but changes nothing and sends nothing.
    const int before = m_server->control(u"stats"_s).value(u"requests"_s).toInt();
    const SyncReport again = sync();
    QCOMPARE(again.pushed, 0);
    QCOMPARE(again.pulled, 0);
    const QJsonObject after = m_server->control(u"stats"_s);
    QCOMPARE(after.value(u"POST /crm/v3/objects/contacts/batch/upsert"_s).toInt(), 1);
    QCOMPARE(after.value(u"POST /crm/v3/objects/contacts/batch/update"_s).toInt(), 1);
    QVERIFY(after.value(u"requests"_s).toInt() > before);
    verifyBothSides();
}

void tst_HubSpotSync::incrementalSyncBothWays()
{
    SyncTest::addLeads(*m_ws, 12);
    QCOMPARE(sync().status, u"ok"_s);
    SyncStore store(m_ws->db());
    auto rid = [&](int i) {
        const qint64 id = Query(m_ws->db(), "SELECT id FROM leads WHERE email = ?", u"first%1@example.com"_s.arg(i)).scalar().toLongLong();
        return store.link(m_connection, Entity::Lead, id)->remoteId;
    };
    auto lead = [&](int i) {
        return Query(m_ws->db(), "SELECT id FROM leads WHERE email = ?", u"first%1@example.com"_s.arg(i)).scalar().toLongLong();
    };
    // Here: two edits, a stage change, a deletion, a new lead.
    m_ws->leads().setField(lead(1), LeadField::City, u"Coimbra"_s);
    m_ws->leads().setField(lead(2), LeadField::Company, u"Nova"_s);
    m_ws->leads().changeStage(lead(3), Stage::SQL, u"BANT"_s);
    const QString deletedHere = rid(4);
    m_ws->leads().remove({lead(4)});
    SyncTest::addLeads(*m_ws, 1, 50);
    // There: an edit, a stage change, an archive, a new contact.
    put({{u"city"_s, u"Évora"_s}}, rid(5));
    put({{u"lifecyclestage"_s, u"opportunity"_s}}, rid(6));
    const QString deletedThere = rid(7);
    const qint64 deletedThereLocal = lead(7);
    m_server->control(u"archive"_s, {{u"object"_s, u"contacts"_s}, {u"id"_s, deletedThere}});
    put({{u"email"_s, u"new@example.net"_s}, {u"firstname"_s, u"Nuno"_s}, {u"lifecyclestage"_s, u"subscriber"_s}});

    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    QCOMPARE(report.pushed, 5); // 3 edits, 1 deletion, 1 new
    QCOMPARE(report.pulled, 4); // 2 edits, 1 deletion, 1 new
    QVERIFY(!m_ws->leads().find(deletedThereLocal));
    QCOMPARE(m_ws->leads().get(lead(5)).city, u"Évora"_s);
    QCOMPARE(m_ws->leads().get(lead(6)).stage, Stage::Opportunity);
    QCOMPARE(m_server->state().value(u"contacts"_s).toObject().value(deletedHere).toObject().value(u"archived"_s).toBool(), true);
    verifyBothSides();
    const QJsonObject stats = m_server->control(u"stats"_s);
    QCOMPARE(stats.value(u"POST /crm/v3/objects/contacts/batch/update"_s).toInt(), 1);
    QCOMPARE(stats.value(u"POST /crm/v3/objects/contacts/batch/archive"_s).toInt(), 1);
    QCOMPARE(stats.value(u"POST /crm/v3/objects/contacts/batch/upsert"_s).toInt(), 2);
}

void tst_HubSpotSync::searchCapIsWalkedThrough()
{
    for (int i = 0; i < 40; ++i)
        put({{u"email"_s, u"capped%1@example.org"_s.arg(i)}, {u"firstname"_s, u"C%1"_s.arg(i)}});
    m_server->control(u"faults"_s, {{u"search_cap"_s, 12}, {u"page_cap"_s, 5}});
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    QCOMPARE(m_ws->leads().count(), 40);
    QCOMPARE(Query(m_ws->db(), "SELECT count(DISTINCT email) FROM leads").scalar().toInt(), 40);
    verifyBothSides();
}

void tst_HubSpotSync::rateLimitIsHonoured_data()
{
    QTest::addColumn<bool>("retryAfter");
    QTest::newRow("rate-limit headers only") << false;
    QTest::newRow("with Retry-After") << true;
}

void tst_HubSpotSync::rateLimitIsHonoured()
{
    QFETCH(bool, retryAfter);
    SyncTest::addLeads(*m_ws, 450); // 5 batches of 100
    m_server->control(u"faults"_s, {{u"rate"_s, QJsonObject{{u"max"_s, 3}, {u"interval_ms"_s, 600}}}, {u"retry_after"_s, retryAfter},
                                    {u"search_rate"_s, QJsonObject{{u"max"_s, 2}, {u"interval_ms"_s, 300}}}});
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    QCOMPARE(report.pushed, 450);
    verifyBothSides();
    // The headers taught the client the budget: after the first 429 it paces itself.
    const QJsonObject stats = m_server->control(u"stats"_s);
    QVERIFY2(stats.value(u"rate_limited"_s).toInt() <= 3, qPrintable(QString::number(stats.value(u"rate_limited"_s).toInt())));
    QCOMPARE(report.rateLimited, qint64(stats.value(u"rate_limited"_s).toInt()));
}

void tst_HubSpotSync::invalidRecordsAreNarrowedDown()
{
    SyncTest::addLeads(*m_ws, 20);
    Lead bad;
    bad.firstName = u"Broken"_s;
    bad.email = u"not-an-address"_s;
    const qint64 badId = m_ws->leads().create(bad, LeadRepository::Validation::KeepInvalid);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"partial"_s);
    QCOMPARE(report.pushed, 20);
    QCOMPARE(report.failed, 1);
    SyncStore store(m_ws->db());
    const auto pending = store.pending(m_connection, Entity::Lead, badId);
    QVERIFY(pending);
    QVERIFY2(pending->lastError.contains(u"Email address not-an-address is invalid"_s), qPrintable(pending->lastError));
    QCOMPARE(contacts().size(), 20);
    // Fixed here, it goes through on the next run.
    m_ws->leads().setField(badId, LeadField::Email, u"broken@example.com"_s);
    QCOMPARE(sync().status, u"ok"_s);
    verifyBothSides();
}

void tst_HubSpotSync::missingRecordsAnswer207()
{
    SyncTest::addLeads(*m_ws, 2);
    QCOMPARE(sync().status, u"ok"_s);
    SyncStore store(m_ws->db());
    const qint64 a = Query(m_ws->db(), "SELECT min(id) FROM leads").scalar().toLongLong();
    const qint64 b = Query(m_ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong();
    HttpClient http(m_http);
    SessionContext context{{{u"base_url"_s, m_server->baseUrl()}}, {{u"token"_s, Token}}, &http, false};
    auto session = m_connector->openSession(context);
    PushItem gone;
    gone.localId = a;
    gone.remoteId = u"987654"_s;
    gone.fields = {{u"city"_s, u"Nowhere"_s}};
    PushItem there;
    there.localId = b;
    there.remoteId = store.link(m_connection, Entity::Lead, b)->remoteId;
    there.fields = {{u"city"_s, u"Somewhere"_s}};
    const QList<PushResult> results = session->push(Entity::Lead, {gone, there});
    QCOMPARE(results.size(), 2);
    for (const PushResult &r : results) {
        if (r.localId == a)
            QCOMPARE(int(r.status), int(PushResult::Status::NotFound));
        else
            QCOMPARE(int(r.status), int(PushResult::Status::Ok));
    }
    QCOMPARE(contacts().value(there.remoteId).toObject().value(u"city"_s).toString(), u"Somewhere"_s);

    // Through the engine: a contact archived after the pull is created again from here.
    m_server->control(u"archive"_s, {{u"object"_s, u"contacts"_s}, {u"id"_s, there.remoteId}});
    Query(m_ws->db(), "UPDATE sync_cursors SET cursor = ? WHERE kind = 'deletions'", u"{\"since\":9e15}"_s).exec();
    m_ws->leads().setField(b, LeadField::City, u"Again"_s);
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    verifyBothSides();
}

void tst_HubSpotSync::duplicateEmailIsLinked()
{
    SyncTest::addLeads(*m_ws, 6);
    // Created in HubSpot a moment ago: not in the search index yet, so the pull does not see it.
    const QString existing = put({{u"email"_s, u"First3@Example.com"_s}, {u"phone"_s, u"+351 912 345 678"_s}, {u"city"_s, QString()}}, QString(), true);
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    const qint64 third = Query(m_ws->db(), "SELECT id FROM leads WHERE email = 'first3@example.com'").scalar().toLongLong();
    SyncStore store(m_ws->db());
    QCOMPARE(store.link(m_connection, Entity::Lead, third)->remoteId, existing);
    QCOMPARE(m_ws->leads().get(third).phone, u"+351 912 345 678"_s); // filled from HubSpot
    QCOMPARE(m_ws->leads().count(), 6);
    verifyBothSides();
    const QJsonObject stats = m_server->control(u"stats"_s);
    QVERIFY(stats.value(u"GET /crm/v3/objects/contacts/"_s + existing).toInt() >= 1);
}

void tst_HubSpotSync::duplicateEmailOnUpdateFailsThatRecordOnly()
{
    SyncTest::addLeads(*m_ws, 3);
    QCOMPARE(sync().status, u"ok"_s);
    const qint64 first = Query(m_ws->db(), "SELECT min(id) FROM leads").scalar().toLongLong();
    const qint64 last = Query(m_ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong();
    m_ws->leads().setField(first, LeadField::Email, u"first3@example.com"_s); // the third one's
    m_ws->leads().setField(last, LeadField::City, u"Kept"_s);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"partial"_s);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.pushed, 1);
    SyncStore store(m_ws->db());
    QVERIFY(store.pending(m_connection, Entity::Lead, first)->lastError.contains(u"already used"_s));
    QCOMPARE(contacts().value(store.link(m_connection, Entity::Lead, last)->remoteId).toObject().value(u"city"_s).toString(), u"Kept"_s);
}

void tst_HubSpotSync::refusedTokenFailsCleanly()
{
    SyncTest::addLeads(*m_ws, 3);
    m_server->control(u"token"_s, {{u"token"_s, u"rotated"_s}});
    const SyncReport report = sync();
    QCOMPARE(report.status, u"failed"_s);
    QVERIFY2(report.message.contains(u"token"_s), qPrintable(report.message));
    SyncStore store(m_ws->db());
    QCOMPARE(store.outboxCount(m_connection), 3);
    QCOMPARE(m_ws->leads().count(), 3);
    try {
        SyncEngine::test(*m_connector, {{u"base_url"_s, m_server->baseUrl()}}, {{u"token"_s, Token}}, m_http);
        QFAIL("a refused token passed the test");
    } catch (const Error &e) {
        QCOMPARE(int(e.kind()), int(Error::Kind::Auth));
    }
    m_server->control(u"token"_s, {{u"token"_s, Token}});
    SyncEngine::test(*m_connector, {{u"base_url"_s, m_server->baseUrl()}}, {{u"token"_s, Token}}, m_http);
}

void tst_HubSpotSync::droppedConnectionsAreRetried()
{
    SyncTest::addLeads(*m_ws, 150);
    for (int i = 0; i < 9; ++i)
        put({{u"email"_s, u"r%1@example.org"_s.arg(i)}});
    // Mid-page: the search answer and an upsert answer cut in half (the upsert was applied).
    m_server->control(u"faults"_s, {{u"page_cap"_s, 4},
                                    {u"drop"_s, QJsonArray{QJsonObject{{u"path"_s, u"/search"_s}, {u"count"_s, 2}},
                                                           QJsonObject{{u"path"_s, u"/batch/upsert"_s}, {u"count"_s, 1}}}}});
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    QCOMPARE(m_server->control(u"stats"_s).value(u"dropped"_s).toInt(), 3);
    QCOMPARE(m_ws->leads().count(), 159);
    verifyBothSides();
}

void tst_HubSpotSync::serverErrorsAreRetriedThenReported()
{
    SyncTest::addLeads(*m_ws, 5);
    m_server->control(u"faults"_s, {{u"fail"_s, QJsonArray{QJsonObject{{u"path"_s, u"/batch/upsert"_s}, {u"status"_s, 502}, {u"count"_s, 2}},
                                                           QJsonObject{{u"path"_s, u"/search"_s}, {u"status"_s, 503}, {u"count"_s, 1}}}}});
    QCOMPARE(sync().status, u"ok"_s);
    verifyBothSides();

    // A server down for longer than the retries: the run fails, nothing is lost, the next run finishes.
    SyncTest::addLeads(*m_ws, 2, 100);
    m_server->control(u"faults"_s, {{u"fail"_s, QJsonArray{QJsonObject{{u"path"_s, u"/batch/upsert"_s}, {u"status"_s, 503}, {u"count"_s, 100}}}}});
    const SyncReport failed = sync();
    QCOMPARE(failed.status, u"failed"_s);
    QVERIFY2(failed.message.contains(u"503"_s), qPrintable(failed.message));
    SyncStore store(m_ws->db());
    QCOMPARE(store.outboxCount(m_connection), 2);
    m_server->control(u"faults"_s, {{u"fail"_s, QJsonArray()}});
    QCOMPARE(sync().status, u"ok"_s);
    verifyBothSides();
}

void tst_HubSpotSync::plainHttpIsRefusedOutsideLoopback()
{
    QVERIFY(HttpClient::checkUrl(u"http://127.0.0.1:8080/x"_s).isEmpty());
    QVERIFY(HttpClient::checkUrl(u"http://localhost:8080/x"_s).isEmpty());
    QVERIFY(HttpClient::checkUrl(u"http://[::1]:8080/x"_s).isEmpty());
    QVERIFY(HttpClient::checkUrl(u"https://api.hubapi.com"_s).isEmpty());
    QVERIFY(!HttpClient::checkUrl(u"http://api.hubapi.com"_s).isEmpty());
    QVERIFY(!HttpClient::checkUrl(u"http://10.0.0.5/"_s).isEmpty());
    QVERIFY(!HttpClient::checkUrl(u"ftp://127.0.0.1/"_s).isEmpty());

    SyncTest::addLeads(*m_ws, 1);
    SyncStore store(m_ws->db());
    Connection c = *store.connection(m_connection);
    c.settings.insert(u"base_url"_s, u"http://api.hubapi.com"_s);
    store.updateConnection(c);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"failed"_s);
    QVERIFY2(report.message.contains(u"Plain http is refused"_s), qPrintable(report.message));
    QCOMPARE(m_server->control(u"stats"_s).value(u"requests"_s).toInt(), 0);
}

void tst_HubSpotSync::dealsWithTheirContacts()
{
    SyncTest::addLeads(*m_ws, 2);
    const qint64 lead = Query(m_ws->db(), "SELECT min(id) FROM leads").scalar().toLongLong();
    LocalRecords records(m_ws->db(), u"t"_s);
    const qint64 deal = records.create(Entity::Deal, {{u"title"_s, u"Rollout"_s}, {u"amount"_s, u"25000"_s}, {u"stage"_s, u"Proposal"_s},
                                                      {u"expected_close"_s, u"2026-03-31"_s}, {u"currency"_s, u"EUR"_s}}, QString());
    records.setLeadOfDeal(deal, lead);
    QCOMPARE(sync().status, u"ok"_s);
    const QJsonObject state = m_server->state();
    const QJsonObject deals = state.value(u"deals"_s).toObject();
    QCOMPARE(deals.size(), 1);
    const QString dealId = deals.keys().first();
    const QJsonObject p = deals.value(dealId).toObject().value(u"properties"_s).toObject();
    QCOMPARE(p.value(u"dealname"_s).toString(), u"Rollout"_s);
    QCOMPARE(p.value(u"amount"_s).toString(), u"25000"_s);
    QCOMPARE(p.value(u"dealstage"_s).toString(), u"decisionmakerboughtin"_s);
    QCOMPARE(Canonical::date(p.value(u"closedate"_s).toString()), u"2026-03-31"_s);
    SyncStore store(m_ws->db());
    QCOMPARE(state.value(u"associations"_s).toObject().value(dealId).toString(), store.link(m_connection, Entity::Lead, lead)->remoteId);

    // Won in HubSpot; and a new deal there on the other contact.
    m_server->control(u"put"_s, {{u"object"_s, u"deals"_s}, {u"id"_s, dealId}, {u"properties"_s, QJsonObject{{u"dealstage"_s, u"closedwon"_s}}}});
    const qint64 other = Query(m_ws->db(), "SELECT max(id) FROM leads").scalar().toLongLong();
    m_server->control(u"put"_s, {{u"object"_s, u"deals"_s}, {u"contact"_s, store.link(m_connection, Entity::Lead, other)->remoteId},
                                 {u"properties"_s, QJsonObject{{u"dealname"_s, u"Pilot"_s}, {u"amount"_s, u"900.5"_s}, {u"dealstage"_s, u"appointmentscheduled"_s}}}});
    QCOMPARE(sync().status, u"ok"_s);
    QCOMPARE(records.read(Entity::Deal, deal)->value(u"stage"_s), u"Won"_s);
    const qint64 pilot = Query(m_ws->db(), "SELECT id FROM deals WHERE title = 'Pilot'").scalar().toLongLong();
    QVERIFY(pilot > 0);
    QCOMPARE(records.read(Entity::Deal, pilot)->value(u"amount"_s), u"900.5"_s);
    QCOMPARE(records.read(Entity::Deal, pilot)->value(u"stage"_s), u"Qualified"_s);
    QCOMPARE(records.leadOfDeal(pilot).value_or(0), other);
}

QTEST_GUILESS_MAIN(tst_HubSpotSync)
#include "tst_hubspotsync.moc"
