// The sync engine through the fake connector plug-in (no network): plug-in loading, the outbox
// triggers, merges (conflicts, rules, sources of truth, empty values), deletes, dry runs, partial
// failures, duplicates, and runs killed at the worst moments.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "leads/LeadRepository.h"
#include "storage/Database.h"
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
using SyncTest::FakeStore;

namespace {
struct Killed
{
};
} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void registryLoadsOnlyItsFoldersAndRefusesOtherVersions();
    void firstSyncPushesEveryLead();
    void localEditIsPushedAloneAndOnce();
    void remoteEditIsPulledAndNotEchoed();
    void remoteRecordsAreCreatedOrLinkedByEmail();
    void bothChangedAsksThePerson();
    void conflictRules_data();
    void conflictRules();
    void sourceOfTruthPerField();
    void emptyNeverOverwritesFilled();
    void deletesBothWays();
    void deletedRemotelyChangedLocallyIsAConflict();
    void dryRunWritesNothing();
    void killedAfterPushDuplicatesNothing();
    void killedMidPullResumes();
    void partialFailureKeepsTheRest();
    void duplicateIsLinkedAndMerged();
    void dealsFollowTheirLead();
    void refusedTokenChangesNothing();
    void otherWritersReachTheOutbox();

private:
    SyncReport sync(const SyncOptions &options = SyncOptions(), std::function<void(const char *)> hook = {});
    qint64 leadId(int index) const;
    QString remoteIdOf(qint64 leadId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<FakeStore> m_remote;
    std::unique_ptr<ConnectorRegistry> m_registry;
    Connector *m_connector = nullptr;
    qint64 m_connection = 0;
    QVariantMap m_secrets{{u"token"_s, u"good"_s}};
};

void tst_SyncEngine::init()
{
    m_secrets = {{u"token"_s, u"good"_s}};
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(u"ws.leadbench"_s));
    m_remote = std::make_unique<FakeStore>(m_dir->filePath(u"remote.json"_s));
    m_registry = std::make_unique<ConnectorRegistry>(QStringList{QStringLiteral(LEADBENCH_TEST_PLUGIN_DIR)});
    m_connector = m_registry->connector(u"fake"_s);
    QVERIFY(m_connector);
    SyncTest::addLeads(*m_ws, 5);
    SyncStore store(m_ws->db());
    Connection c;
    c.name = u"Fake"_s;
    c.connector = u"fake"_s;
    c.settings = {{u"store"_s, m_remote->path()}, {u"page_size"_s, 2}};
    m_connection = store.addConnection(c, m_connector->entities());
}

void tst_SyncEngine::cleanup()
{
    m_ws.reset();
    m_registry.reset();
    m_dir.reset();
}

SyncReport tst_SyncEngine::sync(const SyncOptions &options, std::function<void(const char *)> hook)
{
    SyncEngine engine(m_ws->db(), *m_connector, u"tester"_s);
    engine.setCrashHook(std::move(hook));
    return engine.run(m_connection, m_secrets, options);
}

qint64 tst_SyncEngine::leadId(int index) const
{
    return Query(m_ws->db(), "SELECT id FROM leads WHERE email = ?", u"first%1@example.com"_s.arg(index)).scalar().toLongLong();
}

QString tst_SyncEngine::remoteIdOf(qint64 id) const
{
    SyncStore store(m_ws->db());
    const auto link = store.link(m_connection, Entity::Lead, id);
    return link ? link->remoteId : QString();
}

void tst_SyncEngine::registryLoadsOnlyItsFoldersAndRefusesOtherVersions()
{
    const QList<ConnectorRegistry::PluginInfo> plugins = m_registry->plugins();
    QCOMPARE(plugins.size(), 2);
    int loaded = 0;
    for (const auto &p : plugins) {
        if (p.loaded) {
            ++loaded;
            QCOMPARE(p.id, u"fake"_s);
            QCOMPARE(p.name, u"Fake CRM"_s);
        } else {
            QVERIFY2(p.error.contains(u"org.leadbench.Connector/2"_s), qPrintable(p.error));
        }
    }
    QCOMPARE(loaded, 1);
    QCOMPARE(m_registry->connectors().size(), 1);

    // Another folder: nothing from the test folder leaks in, and the error names what was looked for.
    QTemporaryDir empty;
    ConnectorRegistry none(QStringList{empty.path()});
    QVERIFY(none.connectors().isEmpty());
    try {
        none.require(u"fake"_s);
        QFAIL("an unknown connector was accepted");
    } catch (const Error &e) {
        QVERIFY(e.message().contains(u"fake"_s));
    }
    // The default folders are the application's own, relative to the executable.
    for (const QString &folder : ConnectorRegistry::defaultFolders())
        QVERIFY2(folder.contains(u"plugins"_s), qPrintable(folder));
}

void tst_SyncEngine::firstSyncPushesEveryLead()
{
    SyncStore store(m_ws->db());
    QCOMPARE(store.outboxCount(m_connection), 5); // queued when the connection was added
    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    QCOMPARE(report.pushed, 5);
    QCOMPARE(report.failed, 0);
    QCOMPARE(m_remote->counter(u"pushes"_s), 2); // batches of 3
    const QJsonObject remote = m_remote->live(u"lead"_s);
    QCOMPARE(remote.size(), 5);
    QCOMPARE(store.outboxCount(m_connection), 0);
    QCOMPARE(store.linkCount(m_connection, Entity::Lead), 5);
    const QString wsKey = store.workspaceKey();
    for (int i = 1; i <= 5; ++i) {
        const qint64 id = leadId(i);
        const QJsonObject r = remote.value(remoteIdOf(id)).toObject();
        QCOMPARE(r.value(u"key"_s).toString(), SyncEngine::recordKey(wsKey, Entity::Lead, id));
        const QJsonObject f = r.value(u"fields"_s).toObject();
        QCOMPARE(f.value(u"firstname"_s).toString(), u"First%1"_s.arg(i));
        QCOMPARE(f.value(u"email"_s).toString(), u"first%1@example.com"_s.arg(i));
        QCOMPARE(f.value(u"size"_s).toString(), QString::number(10 * i));
        QCOMPARE(f.value(u"status"_s).toString(), i % 3 == 0 ? u"qualified"_s : u"new"_s);
    }
    // A second run has nothing to do.
    const int pushes = m_remote->counter(u"pushes"_s);
    const SyncReport again = sync();
    QCOMPARE(again.pushed, 0);
    QCOMPARE(again.pulled, 0);
    QCOMPARE(m_remote->counter(u"pushes"_s), pushes);
}

void tst_SyncEngine::localEditIsPushedAloneAndOnce()
{
    sync();
    const qint64 id = leadId(2);
    m_ws->leads().setField(id, LeadField::City, u"Lyon"_s);
    SyncStore store(m_ws->db());
    QCOMPARE(store.outboxCount(m_connection), 1);
    const int pushes = m_remote->counter(u"pushes"_s);
    const SyncReport report = sync();
    QCOMPARE(report.pushed, 1);
    QCOMPARE(m_remote->counter(u"pushes"_s), pushes + 1);
    QCOMPARE(m_remote->record(u"lead"_s, remoteIdOf(id)).value(u"fields"_s).toObject().value(u"city"_s).toString(), u"Lyon"_s);
    QCOMPARE(store.outboxCount(m_connection), 0);
    QCOMPARE(sync().pushed, 0);
    QCOMPARE(m_remote->counter(u"pushes"_s), pushes + 1);
}

void tst_SyncEngine::remoteEditIsPulledAndNotEchoed()
{
    sync();
    const qint64 id = leadId(1);
    m_remote->put(u"lead"_s, remoteIdOf(id), {{u"city"_s, u"Porto"_s}, {u"status"_s, u"won"_s}});
    const int pushes = m_remote->counter(u"pushes"_s);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    QCOMPARE(report.pulled, 1);
    const Lead lead = m_ws->leads().get(id);
    QCOMPARE(lead.city, u"Porto"_s);
    QCOMPARE(lead.stage, Stage::Customer);
    // The stage change is in the history, with the connection as the reason.
    const QList<StageChange> history = m_ws->leads().stageHistory(id);
    QVERIFY(history.size() >= 2);
    QVERIFY(std::any_of(history.begin(), history.end(), [](const StageChange &c) {
        return c.to == Stage::Customer && c.reason.contains(u"Fake"_s);
    }));
    // What was pulled does not go back.
    SyncStore store(m_ws->db());
    QCOMPARE(store.outboxCount(m_connection), 0);
    QCOMPARE(m_remote->counter(u"pushes"_s), pushes);
}

void tst_SyncEngine::remoteRecordsAreCreatedOrLinkedByEmail()
{
    // Before the first sync, the CRM already has one of our people (same e-mail, other case) and a new one.
    m_remote->put(u"lead"_s, QString(), {{u"firstname"_s, u"Ana"_s}, {u"lastname"_s, u"Silva"_s}, {u"email"_s, u"ana@example.pt"_s}, {u"status"_s, u"qualified"_s}});
    const QString known = m_remote->put(u"lead"_s, QString(), {{u"email"_s, u"FIRST4@example.com"_s}, {u"company"_s, u"Company4"_s}, {u"city"_s, QString()}});
    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    QCOMPARE(m_ws->leads().count(), 6);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 6);
    const qint64 ana = Query(m_ws->db(), "SELECT id FROM leads WHERE email = 'ana@example.pt'").scalar().toLongLong();
    QVERIFY(ana > 0);
    QCOMPARE(m_ws->leads().get(ana).stage, Stage::MQL);
    QCOMPARE(m_ws->leads().get(ana).lastName, u"Silva"_s);
    // Lead 4 is linked to the existing record, its empty city filled from here.
    QCOMPARE(remoteIdOf(leadId(4)), known);
    QCOMPARE(m_remote->record(u"lead"_s, known).value(u"fields"_s).toObject().value(u"city"_s).toString(), u"City4"_s);
}

void tst_SyncEngine::bothChangedAsksThePerson()
{
    sync();
    const qint64 id = leadId(3);
    const QString rid = remoteIdOf(id);
    m_ws->leads().setField(id, LeadField::City, u"Athens"_s);
    m_ws->leads().setField(id, LeadField::Company, u"Local Co"_s);
    m_remote->put(u"lead"_s, rid, {{u"city"_s, u"Thessaloniki"_s}});
    const SyncReport report = sync();
    QCOMPARE(report.conflicts, 1);
    // Neither side's city changed; the other local change went out.
    QCOMPARE(m_ws->leads().get(id).city, u"Athens"_s);
    const QJsonObject f = m_remote->record(u"lead"_s, rid).value(u"fields"_s).toObject();
    QCOMPARE(f.value(u"city"_s).toString(), u"Thessaloniki"_s);
    QCOMPARE(f.value(u"company"_s).toString(), u"Local Co"_s);

    SyncStore store(m_ws->db());
    const QList<Conflict> conflicts = store.conflicts(m_connection);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, u"city"_s);
    QCOMPARE(conflicts.first().localValue, u"Athens"_s);
    QCOMPARE(conflicts.first().remoteValue, u"Thessaloniki"_s);
    QCOMPARE(conflicts.first().baseValue, u"City3"_s);
    // A second run leaves it waiting.
    QCOMPARE(sync().conflicts, 0);
    QCOMPARE(store.conflictCount(m_connection), 1);
    QCOMPARE(m_ws->leads().get(id).city, u"Athens"_s);
}

void tst_SyncEngine::conflictRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("remoteNewer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("local") << u"local"_s << true << u"Athens"_s;
    QTest::newRow("remote") << u"remote"_s << false << u"Thessaloniki"_s;
    QTest::newRow("newest, remote newer") << u"newest"_s << true << u"Thessaloniki"_s;
    QTest::newRow("newest, local newer") << u"newest"_s << false << u"Athens"_s;
}

void tst_SyncEngine::conflictRules()
{
    QFETCH(QString, rule);
    QFETCH(bool, remoteNewer);
    QFETCH(QString, expected);
    SyncStore store(m_ws->db());
    Connection c = *store.connection(m_connection);
    c.conflictRule = *conflictRuleFromKey(rule);
    store.updateConnection(c);
    sync();
    const qint64 id = leadId(3);
    const QString rid = remoteIdOf(id);
    m_ws->leads().setField(id, LeadField::City, u"Athens"_s);
    m_remote->put(u"lead"_s, rid, {{u"city"_s, u"Thessaloniki"_s}});
    // The fake's clock is a counter: make the remote change newer or older than the local one.
    QJsonObject s = m_remote->state();
    QJsonObject leads = s.value(u"lead"_s).toObject();
    QJsonObject r = leads.value(rid).toObject();
    const qint64 localUpdated = m_ws->leads().get(id).updatedAt;
    r.insert(u"modifiedAt"_s, double(remoteNewer ? localUpdated + 1000 : 5000));
    leads.insert(rid, r);
    s.insert(u"lead"_s, leads);
    m_remote->setState(s);

    const SyncReport report = sync();
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(store.conflictCount(m_connection), 0);
    QCOMPARE(m_ws->leads().get(id).city, expected);
    QCOMPARE(m_remote->record(u"lead"_s, rid).value(u"fields"_s).toObject().value(u"city"_s).toString(), expected);
}

void tst_SyncEngine::sourceOfTruthPerField()
{
    SyncStore store(m_ws->db());
    QList<FieldMapping> mapping = store.mapping(m_connection, Entity::Lead);
    for (FieldMapping &m : mapping) {
        if (m.localField == u"city"_s)
            m.direction = Direction::Push; // Leadbench decides the city
        if (m.localField == u"company"_s)
            m.direction = Direction::Pull; // the CRM decides the company
    }
    store.setMapping(m_connection, Entity::Lead, mapping);
    sync();
    const qint64 id = leadId(2);
    const QString rid = remoteIdOf(id);
    m_ws->leads().setField(id, LeadField::City, u"Lisboa"_s);
    m_ws->leads().setField(id, LeadField::Company, u"Ours"_s);
    m_remote->put(u"lead"_s, rid, {{u"city"_s, u"Faro"_s}, {u"company"_s, u"Theirs"_s}});
    const SyncReport report = sync();
    QCOMPARE(report.conflicts, 0);
    const Lead lead = m_ws->leads().get(id);
    QCOMPARE(lead.city, u"Lisboa"_s);
    QCOMPARE(lead.company, u"Theirs"_s);
    const QJsonObject f = m_remote->record(u"lead"_s, rid).value(u"fields"_s).toObject();
    QCOMPARE(f.value(u"city"_s).toString(), u"Lisboa"_s);
    QCOMPARE(f.value(u"company"_s).toString(), u"Theirs"_s);
}

void tst_SyncEngine::emptyNeverOverwritesFilled()
{
    sync();
    const qint64 id = leadId(1);
    const QString rid = remoteIdOf(id);
    m_remote->put(u"lead"_s, rid, {{u"company"_s, QString()}, {u"city"_s, QString()}});
    sync();
    QCOMPARE(m_ws->leads().get(id).company, u"Company1"_s);
    // ... and the filled value goes back to the CRM.
    QCOMPARE(m_remote->record(u"lead"_s, rid).value(u"fields"_s).toObject().value(u"company"_s).toString(), u"Company1"_s);

    // Allowed for the city: the CRM's clearing is taken.
    SyncStore store(m_ws->db());
    QList<FieldMapping> mapping = store.mapping(m_connection, Entity::Lead);
    for (FieldMapping &m : mapping) {
        if (m.localField == u"city"_s)
            m.clearAllowed = true;
    }
    store.setMapping(m_connection, Entity::Lead, mapping);
    m_remote->put(u"lead"_s, rid, {{u"city"_s, QString()}});
    sync();
    QCOMPARE(m_ws->leads().get(id).city, QString());
    // A local clearing is not pushed where it is not allowed.
    m_ws->leads().setField(leadId(2), LeadField::Company, QString());
    sync();
    QCOMPARE(m_remote->record(u"lead"_s, remoteIdOf(leadId(2))).value(u"fields"_s).toObject().value(u"company"_s).toString(),
             u"Company2"_s);
}

void tst_SyncEngine::deletesBothWays()
{
    sync();
    const qint64 local = leadId(1);
    const QString localRid = remoteIdOf(local);
    const qint64 remote = leadId(2);
    const QString remoteRid = remoteIdOf(remote);
    m_ws->leads().remove({local});
    m_remote->remove(u"lead"_s, remoteRid);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    QVERIFY(m_remote->record(u"lead"_s, localRid).value(u"deleted"_s).toBool());
    QVERIFY(!m_ws->leads().find(remote));
    QCOMPARE(m_ws->leads().count(), 3);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 3);
    SyncStore store(m_ws->db());
    QCOMPARE(store.linkCount(m_connection, Entity::Lead), 3);
    QCOMPARE(store.outboxCount(m_connection), 0);
}

void tst_SyncEngine::deletedRemotelyChangedLocallyIsAConflict()
{
    sync();
    const qint64 id = leadId(5);
    const QString rid = remoteIdOf(id);
    m_ws->leads().setField(id, LeadField::City, u"Roma"_s);
    m_remote->remove(u"lead"_s, rid);
    const SyncReport report = sync();
    QCOMPARE(report.conflicts, 1);
    QVERIFY(m_ws->leads().find(id)); // kept until the person decides
    SyncStore store(m_ws->db());
    const QList<Conflict> conflicts = store.conflicts(m_connection);
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(conflicts.first().field.isEmpty());
    QCOMPARE(m_remote->live(u"lead"_s).size(), 4); // not recreated behind the person's back
}

void tst_SyncEngine::dryRunWritesNothing()
{
    sync();
    const qint64 a = leadId(1);
    const qint64 b = leadId(2);
    m_ws->leads().setField(a, LeadField::City, u"Napoli"_s);
    m_remote->put(u"lead"_s, remoteIdOf(b), {{u"city"_s, u"Milano"_s}});
    SyncTest::addLeads(*m_ws, 1, 9);
    const QJsonObject remoteBefore = m_remote->state();
    SyncStore store(m_ws->db());
    const qint64 runsBefore = store.runs(m_connection).size();

    SyncOptions options;
    options.dryRun = true;
    const SyncReport report = sync(options);
    QCOMPARE(report.status, u"ok"_s);
    auto has = [&](PlannedChange::Side side, const QString &action, const QString &field, const QString &to) {
        return std::any_of(report.changes.begin(), report.changes.end(), [&](const PlannedChange &c) {
            return c.side == side && c.action == action && c.field == field && c.to == to;
        });
    };
    QVERIFY(has(PlannedChange::Side::Remote, u"update"_s, u"city"_s, u"Napoli"_s));
    QVERIFY(has(PlannedChange::Side::Local, u"update"_s, u"city"_s, u"Milano"_s));
    QVERIFY(has(PlannedChange::Side::Remote, u"create"_s, u"email"_s, u"first9@example.com"_s));

    // Nothing changed on either side.
    QCOMPARE(m_ws->leads().get(b).city, u"City2"_s);
    QJsonObject remoteAfter = m_remote->state();
    remoteAfter.insert(u"pulls"_s, remoteBefore.value(u"pulls"_s));
    QCOMPARE(remoteAfter, remoteBefore);
    QCOMPARE(store.outboxCount(m_connection), 2);
    QCOMPARE(store.runs(m_connection).size(), runsBefore);
    // The real run then does what the dry run said.
    sync();
    QCOMPARE(m_ws->leads().get(b).city, u"Milano"_s);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 6);
}

void tst_SyncEngine::killedAfterPushDuplicatesNothing()
{
    // Killed right after the CRM accepted the first batch, before anything was recorded here.
    bool killed = false;
    try {
        sync(SyncOptions(), [](const char *point) {
            if (QByteArray(point) == "push-sent")
                throw Killed();
        });
    } catch (const Killed &) {
        killed = true;
    }
    QVERIFY(killed);
    SyncStore store(m_ws->db());
    QCOMPARE(store.linkCount(m_connection, Entity::Lead), 0);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 3);

    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 5);
    QCOMPARE(store.linkCount(m_connection, Entity::Lead), 5);
    QCOMPARE(store.outboxCount(m_connection), 0);
    QCOMPARE(m_ws->leads().count(), 5);
    QSet<QString> keys;
    const QJsonObject remote = m_remote->live(u"lead"_s);
    for (auto it = remote.begin(); it != remote.end(); ++it)
        keys.insert(it.value().toObject().value(u"key"_s).toString());
    QCOMPARE(keys.size(), 5);
}

void tst_SyncEngine::killedMidPullResumes()
{
    sync();
    for (int i = 0; i < 7; ++i)
        m_remote->put(u"lead"_s, QString(), {{u"firstname"_s, u"Remote%1"_s.arg(i)}, {u"email"_s, u"remote%1@example.org"_s.arg(i)}});
    // Pages of two, oldest change first: our own 5 (pushed by the first sync) then the 7 new ones.
    int pages = 0;
    bool killed = false;
    try {
        sync(SyncOptions(), [&pages](const char *point) {
            if (QByteArray(point) == "pull-page" && ++pages == 4)
                throw Killed();
        });
    } catch (const Killed &) {
        killed = true;
    }
    QVERIFY(killed);
    QCOMPARE(m_ws->leads().count(), 8); // four pages were applied: 3 new leads
    const int pullsBefore = m_remote->counter(u"pulls"_s);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    QCOMPARE(m_ws->leads().count(), 12);
    // Resumed from the stored cursor: the 4 records left in two pages, then one (empty) page of deals.
    QCOMPARE(m_remote->counter(u"pulls"_s) - pullsBefore, 3);
    QCOMPARE(Query(m_ws->db(), "SELECT count(DISTINCT email) FROM leads").scalar().toInt(), 12);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 12);
}

void tst_SyncEngine::partialFailureKeepsTheRest()
{
    m_remote->setFault(u"fail_emails"_s, QJsonArray{u"first2@example.com"_s});
    const SyncReport report = sync();
    QCOMPARE(report.status, u"partial"_s);
    QCOMPARE(report.pushed, 4);
    QCOMPARE(report.failed, 1);
    SyncStore store(m_ws->db());
    const auto pending = store.pending(m_connection, Entity::Lead, leadId(2));
    QVERIFY(pending);
    QVERIFY2(pending->lastError.contains(u"invalid"_s), qPrintable(pending->lastError));
    QCOMPARE(m_remote->live(u"lead"_s).size(), 4);

    m_remote->setFault(u"fail_emails"_s, QJsonArray());
    const SyncReport again = sync();
    QCOMPARE(again.status, u"ok"_s);
    QCOMPARE(again.pushed, 1);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 5);
}

void tst_SyncEngine::duplicateIsLinkedAndMerged()
{
    // Someone created lead 1 in the CRM a moment ago: not in the search results yet.
    const QString existing = m_remote->put(u"lead"_s, QString(), {{u"email"_s, u"first1@example.com"_s}, {u"city"_s, u"Paris"_s}, {u"company"_s, QString()}}, true);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 5);
    QCOMPARE(remoteIdOf(leadId(1)), existing);
    // Merged with no agreed base: the empty company is filled, the differing city asks the person.
    QCOMPARE(m_remote->record(u"lead"_s, existing).value(u"fields"_s).toObject().value(u"company"_s).toString(), u"Company1"_s);
    SyncStore store(m_ws->db());
    const QList<Conflict> conflicts = store.conflicts(m_connection);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, u"city"_s);
    QCOMPARE(conflicts.first().remoteValue, u"Paris"_s);
}

void tst_SyncEngine::dealsFollowTheirLead()
{
    const qint64 lead = leadId(1);
    LocalRecords records(m_ws->db(), u"tester"_s);
    const qint64 deal = records.create(Entity::Deal, {{u"title"_s, u"Big one"_s}, {u"amount"_s, u"1200.5"_s}, {u"stage"_s, u"Demo"_s}}, QString());
    records.setLeadOfDeal(deal, lead);
    const SyncReport report = sync();
    QCOMPARE(report.status, u"ok"_s);
    const QString rid = m_remote->idWith(u"deal"_s, u"name"_s, u"Big one"_s);
    QVERIFY(!rid.isEmpty());
    const QJsonObject f = m_remote->record(u"deal"_s, rid).value(u"fields"_s).toObject();
    QCOMPARE(f.value(u"amount"_s).toString(), u"1200.5"_s);
    QCOMPARE(f.value(u"stage"_s).toString(), u"Demo"_s);
    QCOMPARE(f.value(u"@related"_s).toString(), remoteIdOf(lead));

    m_remote->put(u"deal"_s, rid, {{u"stage"_s, u"Won"_s}, {u"amount"_s, u"1500"_s}});
    sync();
    QCOMPARE(records.read(Entity::Deal, deal)->value(u"stage"_s), u"Won"_s);
    QCOMPARE(records.read(Entity::Deal, deal)->value(u"amount"_s), u"1500"_s);
    QCOMPARE(Query(m_ws->db(), "SELECT outcome FROM deals WHERE id = ?", deal).scalar().toInt(), 1);
    QVERIFY(!Query(m_ws->db(), "SELECT closed_at FROM deals WHERE id = ?", deal).scalar().isNull());
}

void tst_SyncEngine::refusedTokenChangesNothing()
{
    m_secrets = {{u"token"_s, u"expired"_s}};
    const SyncReport report = sync();
    QCOMPARE(report.status, u"failed"_s);
    QVERIFY2(report.message.contains(u"token"_s), qPrintable(report.message));
    SyncStore store(m_ws->db());
    QCOMPARE(store.outboxCount(m_connection), 5);
    QCOMPARE(store.connection(m_connection)->lastStatus, u"failed"_s);
    QCOMPARE(m_remote->live(u"lead"_s).size(), 0);
    QVERIFY(!store.runLog(report.runId).isEmpty());
}

void tst_SyncEngine::otherWritersReachTheOutbox()
{
    const SyncReport first = sync();
    QVERIFY2(first.status == u"ok"_s, qPrintable(first.message));
    SyncStore store(m_ws->db());
    // A bulk writer (an import, the demo) writing with plain SQL is captured by the triggers.
    Lead lead;
    lead.firstName = u"Bulk"_s;
    lead.email = u"bulk@example.com"_s;
    lead.createdAt = lead.updatedAt = 1;
    Query insert(m_ws->db(), LeadRepository::insertSql());
    LeadRepository::bindLeadColumns(insert, lead, 1);
    insert.exec();
    QCOMPARE(store.outboxCount(m_connection), 1);
    // A score change alone is not a change the CRM cares about.
    Query(m_ws->db(), "UPDATE lead_scores SET score = score + 10").exec();
    QCOMPARE(store.outboxCount(m_connection), 1);
    sync();
    QVERIFY(!m_remote->idWith(u"lead"_s, u"email"_s, u"bulk@example.com"_s).isEmpty());
    // Two connections: what one pulls goes out to the other, not back to itself.
    Connection other;
    other.name = u"Other"_s;
    other.connector = u"fake"_s;
    other.settings = {{u"store"_s, m_dir->filePath(u"other.json"_s)}};
    FakeStore otherRemote(m_dir->filePath(u"other.json"_s));
    const qint64 otherId = store.addConnection(other, m_connector->entities());
    SyncEngine(m_ws->db(), *m_connector, u"t"_s).run(otherId, m_secrets, SyncOptions());
    QCOMPARE(store.outboxCount(otherId), 0);
    m_remote->put(u"lead"_s, remoteIdOf(leadId(3)), {{u"city"_s, u"Patras"_s}});
    sync();
    QCOMPARE(store.outboxCount(m_connection), 0);
    QCOMPARE(store.outboxCount(otherId), 1);
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
