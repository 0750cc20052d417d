// The Salesforce connector plug-in against the loopback fake of the REST API (tests/fakes/fake_salesforce.py):
// full and incremental syncs of Leads and Opportunities both ways, checked record by record,
// through nextRecordsUrl paging, expired query locators, access tokens expiring mid-run (refresh
// on 401), rotated refresh tokens, per-record errors of sObject Collections, duplicate rules,
// 429, 5xx, dropped connections and the organisation's request limit.
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
struct Killed
{
};

QString statusOf(Stage s)
{
    switch (s) {
    case Stage::Subscriber:
    case Stage::Lead: return u"Open - Not Contacted"_s;
    case Stage::MQL:
    case Stage::SQL:
    case Stage::Nurturing: return u"Working - Contacted"_s;
    case Stage::Opportunity:
    case Stage::Customer: return u"Closed - Converted"_s;
    case Stage::Disqualified: return u"Closed - Not Converted"_s;
    }
    return QString();
}
} // namespace

class tst_SalesforceSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullSyncBothWaysWithPaging();
    void incrementalSyncBothWays();
    void expiredSessionIsRefreshedMidRun();
    void rotatedRefreshTokenIsReturned();
    void revokedRefreshTokenFailsCleanly();
    void expiredQueryLocatorRestarts();
    void perRecordErrorsKeepTheRest();
    void duplicateRuleLinksTheExistingLead();
    void transientFaultsAreRetried();
    void requestLimitIsReported();
    void missingExternalIdFieldIsExplained();
    void opportunities();

private:
    SyncReport sync(std::function<void(const char *)> hook = {});
    void verifyBothSides();
    QJsonObject leads();
    QVariantMap m_secrets;

    Connector *m_connector = nullptr;
    std::unique_ptr<ConnectorRegistry> m_registry;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SyncTest::FakeServer> m_server;
    qint64 m_connection = 0;
    HttpClient::Options m_http;
};

void tst_SalesforceSync::initTestCase()
{
    m_registry = std::make_unique<ConnectorRegistry>(QStringList{QStringLiteral(LEADBENCH_PLUGIN_BUILD_DIR)});
    m_connector = m_registry->connector(u"salesforce"_s);
    QVERIFY2(m_connector, "the Salesforce plug-in was not found in the build's plug-in folder");
    m_http.baseBackoffMs = 20;
    m_http.maxBackoffMs = 300;
}

void tst_SalesforceSync::init()
{
    m_secrets = {{u"client_secret"_s, u"test-client-secret"_s}, {u"refresh_token"_s, u"5Aep-test-refresh"_s}};
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(u"ws.leadbench"_s));
    m_server = std::make_unique<SyncTest::FakeServer>(u"fake_salesforce.py"_s);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    SyncStore store(m_ws->db());
    Connection c;
    c.name = u"Salesforce"_s;
    c.connector = u"salesforce"_s;
    c.settings = {{u"instance_url"_s, m_server->baseUrl()}, {u"login_url"_s, m_server->baseUrl()},
                  {u"client_id"_s, u"3MVG9-test-client"_s}};
    m_connection = store.addConnection(c, m_connector->entities());
}

void tst_SalesforceSync::cleanup()
{
    m_server.reset();
    m_ws.reset();
    m_dir.reset();
}

SyncReport tst_SalesforceSync::sync(std::function<void(const char *)> hook)
{
    SyncEngine engine(m_ws->db(), *m_connector, u"tester"_s);
    engine.setHttpOptions(m_http);
    engine.setCrashHook(std::move(hook));
    return engine.run(m_connection, m_secrets, SyncOptions());
}

QJsonObject tst_SalesforceSync::leads()
{
    const QJsonObject all = m_server->state().value(u"Lead"_s).toObject();
    QJsonObject live;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.value().toObject().value(u"deleted"_s).toBool())
            live.insert(it.key(), it.value());
    }
    return live;
}

void tst_SalesforceSync::verifyBothSides()
{
    SyncStore store(m_ws->db());
    const QJsonObject remote = leads();
    QSet<QString> linked;
    Query q(m_ws->db(), "SELECT id FROM leads ORDER BY id");
    int count = 0;
    while (q.next()) {
        ++count;
        const Lead lead = m_ws->leads().get(q.int64(0));
        const auto link = store.link(m_connection, Entity::Lead, lead.id);
        QVERIFY2(link, qPrintable(u"lead %1 (%2) has no Salesforce lead"_s.arg(lead.id).arg(lead.email)));
        QVERIFY2(!linked.contains(link->remoteId), "two leads share a Salesforce lead");
        linked.insert(link->remoteId);
        const QJsonObject r = remote.value(link->remoteId).toObject();
        QVERIFY2(!r.isEmpty(), qPrintable(u"Salesforce lead %1 is missing"_s.arg(link->remoteId)));
        QCOMPARE(r.value(u"Email"_s).toString().toLower(), lead.email.toLower());
        QCOMPARE(r.value(u"FirstName"_s).toString(), lead.firstName);
        QCOMPARE(r.value(u"LastName"_s).toString(), lead.lastName);
        QCOMPARE(r.value(u"Company"_s).toString(), lead.company);
        QCOMPARE(r.value(u"City"_s).toString(), lead.city);
        QCOMPARE(r.value(u"Status"_s).toString(), statusOf(lead.stage));
        if (lead.companySize)
            QCOMPARE(qint64(r.value(u"NumberOfEmployees"_s).toDouble()), *lead.companySize);
    }
    QCOMPARE(remote.size(), count);
    QCOMPARE(store.outboxCount(m_connection), 0);
}

void tst_SalesforceSync::fullSyncBothWaysWithPaging()
{
    SyncTest::addLeads(*m_ws, 25);
    for (int i = 0; i < 12; ++i)
        m_server->control(u"put"_s, {{u"object"_s, u"Lead"_s},
                                     {u"fields"_s, QJsonObject{{u"FirstName"_s, u"Sf%1"_s.arg(i)}, {u"LastName"_s, u"Remote"_s},
                                                               {u"Company"_s, u"Acme"_s}, {u"Email"_s, u"sf%1@example.org"_s.arg(i)},
                                                               {u"City"_s, u"Roma"_s}, {u"NumberOfEmployees"_s, 40 + i},
                                                               {u"Status"_s, i % 2 ? u"Working - Contacted"_s : u"Open - Not Contacted"_s}}}});
    m_server->control(u"put"_s, {{u"object"_s, u"Lead"_s},
                                 {u"fields"_s, QJsonObject{{u"LastName"_s, u"Last5"_s}, {u"Company"_s, u"Company5"_s},
                                                           {u"Email"_s, u"first5@example.com"_s}, {u"Status"_s, u"Open - Not Contacted"_s}}}});
    m_server->control(u"faults"_s, {{u"query_batch"_s, 4}});
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    QCOMPARE(m_ws->leads().count(), 37);
    verifyBothSides();
    const QJsonObject stats = m_server->control(u"stats"_s);
    QVERIFY(stats.value(u"PATCH /services/data/v59.0/composite/sobjects/Lead/Leadbench_Key__c"_s).toInt() == 1);
    const qint64 sf3 = Query(m_ws->db(), "SELECT id FROM leads WHERE email = 'sf3@example.org'").scalar().toLongLong();
    QCOMPARE(m_ws->leads().get(sf3).stage, Stage::MQL);
    QCOMPARE(m_ws->leads().get(sf3).companySize.value_or(0), 43);

    const SyncReport again = sync();
    QCOMPARE(again.pushed, 0);
    QCOMPARE(again.pulled, 0);
    verifyBothSides();
}

void tst_SalesforceSync::incrementalSyncBothWays()
{
    SyncTest::addLeads(*m_ws, 8);
    QCOMPARE(sync().status, u"ok"_s);
    SyncStore store(m_ws->db());
    auto lead = [&](int i) {
        return Query(m_ws->db(), "SELECT id FROM leads WHERE email = ?", u"first%1@example.com"_s.arg(i)).scalar().toLongLong();
    };
    auto rid = [&](int i) { return store.link(m_connection, Entity::Lead, lead(i))->remoteId; };
    m_ws->leads().setField(lead(1), LeadField::City, u"Napoli"_s);
    m_ws->leads().changeStage(lead(2), Stage::Disqualified, u"no budget"_s);
    const QString deletedHere = rid(3);
    m_ws->leads().remove({lead(3)});
    m_server->control(u"put"_s, {{u"object"_s, u"Lead"_s}, {u"id"_s, rid(4)}, {u"fields"_s, QJsonObject{{u"City"_s, u"Torino"_s}}}});
    m_server->control(u"put"_s, {{u"object"_s, u"Lead"_s}, {u"id"_s, rid(5)}, {u"fields"_s, QJsonObject{{u"Status"_s, u"Closed - Converted"_s}}}});
    const qint64 goneThere = lead(6);
    m_server->control(u"delete"_s, {{u"object"_s, u"Lead"_s}, {u"id"_s, rid(6)}});

    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    QCOMPARE(report.pushed, 3);
    QCOMPARE(report.pulled, 3);
    QCOMPARE(m_ws->leads().get(lead(4)).city, u"Torino"_s);
    QCOMPARE(m_ws->leads().get(lead(5)).stage, Stage::Opportunity);
    QVERIFY(!m_ws->leads().find(goneThere));
    QVERIFY(m_server->state().value(u"Lead"_s).toObject().value(deletedHere).toObject().value(u"deleted"_s).toBool());
    verifyBothSides();
}

void tst_SalesforceSync::expiredSessionIsRefreshedMidRun()
{
    SyncTest::addLeads(*m_ws, 450); // three collections of 200 and less
    m_server->control(u"faults"_s, {{u"token_uses"_s, 3}});
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    const QJsonObject stats = m_server->control(u"stats"_s);
    QVERIFY(stats.value(u"expired_sessions"_s).toInt() >= 1);
    QVERIFY(stats.value(u"tokens"_s).toInt() >= 2);
    verifyBothSides();
}

void tst_SalesforceSync::rotatedRefreshTokenIsReturned()
{
    SyncTest::addLeads(*m_ws, 1);
    m_server->control(u"faults"_s, {{u"rotate_refresh"_s, true}});
    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    const QString rotated = m_server->state().value(u"refresh_token"_s).toString();
    QCOMPARE(report.changedSecrets.value(u"refresh_token"_s).toString(), rotated);
    // The old one no longer works; the rotated one does.
    QCOMPARE(sync().status, u"failed"_s);
    m_secrets.insert(u"refresh_token"_s, rotated);
    m_server->control(u"faults"_s, {{u"rotate_refresh"_s, false}});
    QCOMPARE(sync().status, u"ok"_s);
}

void tst_SalesforceSync::revokedRefreshTokenFailsCleanly()
{
    SyncTest::addLeads(*m_ws, 2);
    m_secrets.insert(u"refresh_token"_s, u"revoked"_s);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"failed"_s);
    QVERIFY2(report.message.contains(u"refresh token"_s), qPrintable(report.message));
    QVERIFY2(report.message.contains(u"invalid_grant"_s), qPrintable(report.message));
    SyncStore store(m_ws->db());
    QCOMPARE(store.outboxCount(m_connection), 2);
}

void tst_SalesforceSync::expiredQueryLocatorRestarts()
{
    for (int i = 0; i < 14; ++i)
        m_server->control(u"put"_s, {{u"object"_s, u"Lead"_s},
                                     {u"fields"_s, QJsonObject{{u"LastName"_s, u"L%1"_s.arg(i)}, {u"Company"_s, u"C"_s},
                                                               {u"Email"_s, u"l%1@example.org"_s.arg(i)}}}});
    m_server->control(u"faults"_s, {{u"query_batch"_s, 5}});
    bool killed = false;
    try {
        sync([](const char *point) {
            if (QByteArray(point) == "pull-page")
                throw Killed();
        });
    } catch (const Killed &) {
        killed = true;
    }
    QVERIFY(killed);
    QCOMPARE(m_ws->leads().count(), 5);
    // Hours later: the stored nextRecordsUrl has expired.
    m_server->control(u"faults"_s, {{u"expire_locators"_s, true}});
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    QCOMPARE(m_ws->leads().count(), 14);
    QCOMPARE(Query(m_ws->db(), "SELECT count(DISTINCT email) FROM leads").scalar().toInt(), 14);
    verifyBothSides();
}

void tst_SalesforceSync::perRecordErrorsKeepTheRest()
{
    SyncTest::addLeads(*m_ws, 6);
    Lead noCompany;
    noCompany.lastName = u"Solo"_s;
    noCompany.email = u"solo@example.com"_s;
    const qint64 solo = m_ws->leads().create(noCompany);
    Lead badEmail;
    badEmail.lastName = u"Typo"_s;
    badEmail.company = u"Typo SA"_s;
    badEmail.email = u"typo(at)example.com"_s;
    const qint64 typo = m_ws->leads().create(badEmail, LeadRepository::Validation::KeepInvalid);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"partial"_s);
    QCOMPARE(report.pushed, 6);
    QCOMPARE(report.failed, 2);
    SyncStore store(m_ws->db());
    QVERIFY(store.pending(m_connection, Entity::Lead, solo)->lastError.contains(u"REQUIRED_FIELD_MISSING"_s));
    QVERIFY(store.pending(m_connection, Entity::Lead, typo)->lastError.contains(u"INVALID_EMAIL_ADDRESS"_s));
    QCOMPARE(leads().size(), 6);
    m_ws->leads().setField(solo, LeadField::Company, u"Solo Lda"_s);
    m_ws->leads().setField(typo, LeadField::Email, u"typo@example.com"_s);
    QCOMPARE(sync().status, u"ok"_s);
    verifyBothSides();
}

void tst_SalesforceSync::duplicateRuleLinksTheExistingLead()
{
    SyncTest::addLeads(*m_ws, 4);
    const QString existing = m_server->control(u"put"_s, {{u"object"_s, u"Lead"_s}, {u"hidden"_s, true},
                                                           {u"fields"_s, QJsonObject{{u"LastName"_s, u"Last2"_s}, {u"Company"_s, u"Company2"_s},
                                                                                     {u"Email"_s, u"FIRST2@example.com"_s}, {u"Title"_s, u"CTO"_s}}}})
                                 .value(u"id"_s)
                                 .toString();
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    SyncStore store(m_ws->db());
    const qint64 second = Query(m_ws->db(), "SELECT id FROM leads WHERE email = 'first2@example.com'").scalar().toLongLong();
    QCOMPARE(store.link(m_connection, Entity::Lead, second)->remoteId, existing);
    QCOMPARE(m_ws->leads().get(second).jobTitle, u"CTO"_s);
    QCOMPARE(leads().size(), 4);
}

void tst_SalesforceSync::transientFaultsAreRetried()
{
    SyncTest::addLeads(*m_ws, 30);
    for (int i = 0; i < 6; ++i)
        m_server->control(u"put"_s, {{u"object"_s, u"Lead"_s},
                                     {u"fields"_s, QJsonObject{{u"LastName"_s, u"T%1"_s.arg(i)}, {u"Company"_s, u"C"_s}, {u"Email"_s, u"t%1@example.org"_s.arg(i)}}}});
    m_server->control(u"faults"_s, {{u"query_batch"_s, 2},
                                    {u"rate"_s, QJsonObject{{u"max"_s, 4}, {u"interval_ms"_s, 300}}},
                                    {u"retry_after"_s, false},
                                    {u"fail"_s, QJsonArray{QJsonObject{{u"path"_s, u"/composite/sobjects"_s}, {u"status"_s, 503}, {u"count"_s, 2}}}},
                                    {u"drop"_s, QJsonArray{QJsonObject{{u"path"_s, u"/query/"_s}, {u"count"_s, 1}},
                                                           QJsonObject{{u"path"_s, u"Leadbench_Key__c"_s}, {u"count"_s, 1}}}}});
    const SyncReport report = sync();
    QVERIFY2(report.status == u"ok"_s, qPrintable(report.message));
    const QJsonObject stats = m_server->control(u"stats"_s);
    QCOMPARE(stats.value(u"dropped"_s).toInt(), 2);
    QCOMPARE(stats.value(u"failed"_s).toInt(), 2);
    QVERIFY(stats.value(u"rate_limited"_s).toInt() > 0);
    QCOMPARE(m_ws->leads().count(), 36);
    verifyBothSides();
}

void tst_SalesforceSync::requestLimitIsReported()
{
    SyncTest::addLeads(*m_ws, 3);
    m_server->control(u"faults"_s, {{u"daily_limit"_s, 2}});
    const SyncReport report = sync();
    QCOMPARE(report.status, u"failed"_s);
    QVERIFY2(report.message.contains(u"request limit"_s), qPrintable(report.message));
    QVERIFY2(report.message.contains(u"api-usage="_s), qPrintable(report.message));
    SyncStore store(m_ws->db());
    QCOMPARE(store.outboxCount(m_connection), 3);
}

void tst_SalesforceSync::missingExternalIdFieldIsExplained()
{
    m_server->control(u"faults"_s, {{u"no_external_id"_s, true}});
    Connection c = *SyncStore(m_ws->db()).connection(m_connection);
    try {
        SyncEngine::test(*m_connector, c.settings, m_secrets, m_http);
        QFAIL("a set-up without the external id passed the test");
    } catch (const Error &e) {
        QCOMPARE(int(e.kind()), int(Error::Kind::Setup));
        QVERIFY2(e.message().contains(u"Leadbench_Key__c"_s), qPrintable(e.message()));
    }
}

void tst_SalesforceSync::opportunities()
{
    LocalRecords records(m_ws->db(), u"t"_s);
    const qint64 dated = records.create(Entity::Deal, {{u"title"_s, u"Renewal"_s}, {u"amount"_s, u"4800"_s}, {u"stage"_s, u"Negotiation"_s},
                                                       {u"expected_close"_s, u"2026-06-30"_s}}, QString());
    const qint64 undated = records.create(Entity::Deal, {{u"title"_s, u"Someday"_s}, {u"amount"_s, u"10"_s}}, QString());
    const SyncReport report = sync();
    QCOMPARE(report.status, u"partial"_s);
    QCOMPARE(report.failed, 1);
    SyncStore store(m_ws->db());
    QVERIFY(store.pending(m_connection, Entity::Deal, undated)->lastError.contains(u"CloseDate"_s));
    const QString rid = store.link(m_connection, Entity::Deal, dated)->remoteId;
    const QJsonObject opp = m_server->state().value(u"Opportunity"_s).toObject().value(rid).toObject();
    QCOMPARE(opp.value(u"Name"_s).toString(), u"Renewal"_s);
    QCOMPARE(opp.value(u"Amount"_s).toDouble(), 4800.0);
    QCOMPARE(opp.value(u"StageName"_s).toString(), u"Negotiation/Review"_s);
    QCOMPARE(opp.value(u"CloseDate"_s).toString(), u"2026-06-30"_s);

    m_server->control(u"put"_s, {{u"object"_s, u"Opportunity"_s}, {u"id"_s, rid}, {u"fields"_s, QJsonObject{{u"StageName"_s, u"Closed Lost"_s}, {u"Amount"_s, 4500.5}}}});
    records.update(Entity::Deal, undated, {{u"expected_close"_s, u"2026-12-01"_s}}, QString());
    QCOMPARE(sync().status, u"ok"_s);
    QCOMPARE(records.read(Entity::Deal, dated)->value(u"stage"_s), u"Lost"_s);
    QCOMPARE(records.read(Entity::Deal, dated)->value(u"amount"_s), u"4500.5"_s);
    QCOMPARE(Query(m_ws->db(), "SELECT outcome FROM deals WHERE id = ?", dated).scalar().toInt(), 2);
    QVERIFY(store.link(m_connection, Entity::Deal, undated));
}

QTEST_GUILESS_MAIN(tst_SalesforceSync)
#include "tst_salesforcesync.moc"
