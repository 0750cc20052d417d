#include "TestSupport.h"

#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_LeadRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createAndRead();
    void createRefusesInvalidUnlessAskedToKeep();
    void setFieldValidatesAndKeepsOldValue();
    void setFieldUpdatesKeysAndSearch();
    void stageChangesAreRecorded();
    void activities();
    void deleteAndRestoreEverything();
    void mergeCombinesAndUndoes();
    void segments();
    void searchFindsByPrefixAccentsAndScript();
    void distinctValues();

private:
    qint64 lead(const QString &first, const QString &last, const QString &email = QString(),
                const QString &company = QString());
    qint64 searchCount(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void tst_LeadRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("w.leadbench")));
}

void tst_LeadRepository::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

qint64 tst_LeadRepository::lead(const QString &first, const QString &last, const QString &email, const QString &company)
{
    Lead l;
    l.firstName = first;
    l.lastName = last;
    l.email = email;
    l.company = company;
    return m_ws->leads().create(l);
}

qint64 tst_LeadRepository::searchCount(const QString &text)
{
    LeadPager pager(m_ws->db());
    LeadPager::Spec spec;
    spec.filter.search = text;
    pager.setSpec(spec);
    return pager.count();
}

void tst_LeadRepository::createAndRead()
{
    QSignalSpy added(&m_ws->leads(), &LeadRepository::leadsAdded);
    Lead l;
    l.firstName = QStringLiteral("Giulia");
    l.lastName = QStringLiteral("Rossi");
    l.email = QStringLiteral("Giulia.Rossi@Impianti.it");
    l.companySize = 120;
    l.annualRevenue = 9.5e6;
    l.consentAt = 1700000000000;
    l.stage = Stage::Subscriber;
    const qint64 id = m_ws->leads().create(l);
    QCOMPARE(added.count(), 1);
    const Lead back = m_ws->leads().get(id);
    QCOMPARE(back.firstName, l.firstName);
    QCOMPARE(back.companySize.value_or(0), 120);
    QCOMPARE(back.annualRevenue.value_or(0), 9.5e6);
    QVERIFY(back.hasConsent());
    QVERIFY(!back.campaignId.has_value());
    QVERIFY(back.createdAt > 0);
    QCOMPARE(Query(m_ws->db(), "SELECT email_key || '|' || name_key FROM leads WHERE id = ?", id).scalar().toString(),
             QStringLiteral("giulia.rossi@impianti.it|rossi giulia"));
    // A new lead enters the funnel: its first stage is in the history.
    const auto history = m_ws->leads().stageHistory(id);
    QCOMPARE(history.size(), 1);
    QVERIFY(!history.first().from.has_value());
    QCOMPARE(history.first().to, Stage::Subscriber);
    QCOMPARE(history.first().actor, QStringLiteral("tester"));
    QVERIFY(!m_ws->leads().find(id + 1000));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->leads().get(id + 1000));
}

void tst_LeadRepository::createRefusesInvalidUnlessAskedToKeep()
{
    Lead l;
    l.firstName = QStringLiteral("Bad");
    l.email = QStringLiteral("bad@@example");
    try {
        m_ws->leads().create(l);
        QFAIL("an invalid e-mail must be refused");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("E-mail:")), qPrintable(e.message()));
    }
    QCOMPARE(m_ws->leads().count(), 0);
    const qint64 id = m_ws->leads().create(l, LeadRepository::Validation::KeepInvalid);
    QCOMPARE(m_ws->leads().get(id).email, QStringLiteral("bad@@example"));
}

void tst_LeadRepository::setFieldValidatesAndKeepsOldValue()
{
    const qint64 id = lead(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("ana@empresa.com.br"));
    QSignalSpy changed(&m_ws->leads(), &LeadRepository::leadsChanged);
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->leads().setField(id, LeadField::Email, QStringLiteral("ana at empresa")));
    QCOMPARE(m_ws->leads().get(id).email, QStringLiteral("ana@empresa.com.br"));
    QCOMPARE(changed.count(), 0);
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->leads().setField(id, LeadField::Phone, QStringLiteral("abc")));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->leads().setField(id, LeadField::CreatedAt, 1));
    // The score is the rules' (in lead_scores), not a field a person sets.
    const int score = m_ws->leads().get(id).score;
    try {
        m_ws->leads().setField(id, LeadField::Score, 70);
        QFAIL("the score must be refused");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::Constraint);
        QCOMPARE(e.message(), QStringLiteral("Score cannot be changed."));
    }
    QCOMPARE(m_ws->leads().get(id).score, score);
    try {
        m_ws->leads().setField(id, LeadField::OwnerId, 4242);
        QFAIL("an owner that does not exist must be refused");
    } catch (const StorageError &e) {
        QCOMPARE(e.message(), QStringLiteral("Owner: there is no rep #4242."));
    }
    const QVariant old = m_ws->leads().setField(id, LeadField::Phone, QStringLiteral("+55 11 91234-5678"));
    QCOMPARE(old.toString(), QString());
    QCOMPARE(changed.count(), 1);
    m_ws->leads().setField(id, LeadField::CompanySize, QVariant());
    QVERIFY(!m_ws->leads().get(id).companySize);
    m_ws->leads().setField(id, LeadField::CompanySize, 250);
    QCOMPARE(m_ws->leads().get(id).companySize.value_or(0), 250);
}

void tst_LeadRepository::setFieldUpdatesKeysAndSearch()
{
    const qint64 id = lead(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("ana@x.com"));
    QCOMPARE(searchCount(QStringLiteral("silva")), 1);
    m_ws->leads().setField(id, LeadField::LastName, QStringLiteral("Gonçalves"));
    QCOMPARE(searchCount(QStringLiteral("silva")), 0);
    QCOMPARE(searchCount(QStringLiteral("goncal")), 1);
    QCOMPARE(Query(m_ws->db(), "SELECT name_key FROM leads WHERE id = ?", id).scalar().toString(),
             QStringLiteral("goncalves ana"));
    m_ws->leads().setField(id, LeadField::Notes, QStringLiteral("Wants the enterprise plan"));
    QCOMPARE(searchCount(QStringLiteral("enterpr")), 1);
}

void tst_LeadRepository::stageChangesAreRecorded()
{
    const qint64 id = lead(QStringLiteral("Nikos"), QStringLiteral("Georgiou"));
    m_ws->leads().setField(id, LeadField::FirstName, QStringLiteral("Nikos")); // no-op
    QSignalSpy stage(&m_ws->leads(), &LeadRepository::stageChanged);
    const qint64 entry = m_ws->leads().changeStage(id, Stage::SQL, QStringLiteral("BANT: all four met"));
    QVERIFY(entry > 0);
    QCOMPARE(stage.count(), 1);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::SQL);
    auto history = m_ws->leads().stageHistory(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().from.value(), Stage::Lead);
    QCOMPARE(history.first().reason, QStringLiteral("BANT: all four met"));
    QCOMPARE(m_ws->leads().changeStage(id, Stage::SQL, QStringLiteral("again")), 0);
    m_ws->leads().revertStage(id, entry, Stage::Lead);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::Lead);
    QCOMPARE(m_ws->leads().stageHistory(id).size(), 1);
}

void tst_LeadRepository::activities()
{
    const qint64 id = lead(QStringLiteral("Tom"), QStringLiteral("Walker"));
    QSignalSpy spy(&m_ws->leads(), &LeadRepository::activitiesChanged);
    Activity call;
    call.leadId = id;
    call.type = ActivityType::Call;
    call.occurredAt = 1700000000000;
    call.detail = QStringLiteral("Connected: call back in March");
    const qint64 a1 = m_ws->leads().addActivity(call);
    Activity note;
    note.leadId = id;
    note.type = ActivityType::Note;
    note.detail = QStringLiteral("<b>not markup</b>");
    const qint64 a2 = m_ws->leads().addActivity(note);
    QCOMPARE(spy.count(), 2);
    const auto list = m_ws->leads().activities(id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().id, a2); // newest first
    QCOMPARE(list.first().actor, QStringLiteral("tester"));
    QCOMPARE(list.last().detail, call.detail);
    const Activity stored = *m_ws->leads().findActivity(a1);
    m_ws->leads().removeActivity(a1);
    QCOMPARE(m_ws->leads().activities(id).size(), 1);
    m_ws->leads().restoreActivity(stored);
    QCOMPARE(m_ws->leads().activities(id).size(), 2);
    Activity orphan;
    orphan.leadId = 99999;
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->leads().addActivity(orphan));
}

void tst_LeadRepository::deleteAndRestoreEverything()
{
    QTemporaryDir dir;
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("demo.leadbench")), 300);
    // A lead with a deal (the deal survives a deletion, its link is cleared), activities and history.
    const qint64 withDeal = Query(ws->db(), "SELECT lead_id FROM deals WHERE lead_id IS NOT NULL LIMIT 1").scalar().toLongLong();
    QVERIFY(withDeal > 0);
    const QList<qint64> ids{withDeal, withDeal == 5 ? 7 : 5, withDeal == 6 ? 8 : 6};
    auto count = [&](const char *sql) { return Query(ws->db(), sql).scalar().toLongLong(); };
    const qint64 leads = count("SELECT count(*) FROM leads");
    const qint64 activities = count("SELECT count(*) FROM activities");
    const qint64 history = count("SELECT count(*) FROM stage_history");
    const qint64 linkedDeals = count("SELECT count(*) FROM deals WHERE lead_id IS NOT NULL");
    const QString before = Query(ws->db(), "SELECT group_concat(id || first_name || email || score, ';') FROM leads JOIN lead_scores ON lead_id = id").scalar().toString();

    const RowSnapshot snapshot = ws->leads().remove(ids);
    QCOMPARE(count("SELECT count(*) FROM leads"), leads - 3);
    QVERIFY(count("SELECT count(*) FROM activities") < activities);
    QVERIFY(count("SELECT count(*) FROM deals WHERE lead_id IS NOT NULL") < linkedDeals);
    QVERIFY(snapshot.rowCount(QStringLiteral("activities")) > 0);

    ws->leads().restore(snapshot);
    QCOMPARE(count("SELECT count(*) FROM leads"), leads);
    QCOMPARE(count("SELECT count(*) FROM activities"), activities);
    QCOMPARE(count("SELECT count(*) FROM stage_history"), history);
    QCOMPARE(count("SELECT count(*) FROM deals WHERE lead_id IS NOT NULL"), linkedDeals);
    QCOMPARE(Query(ws->db(), "SELECT group_concat(id || first_name || email || score, ';') FROM leads JOIN lead_scores ON lead_id = id").scalar().toString(), before);
    // The restored leads are searchable again.
    LeadPager pager(ws->db());
    LeadPager::Spec spec;
    spec.filter.search = ws->leads().get(5).lastName;
    pager.setSpec(spec);
    QVERIFY(pager.count() >= 1);
    QCOMPARE(ws->db().integrityCheck(), QStringList{QStringLiteral("ok")});
}

void tst_LeadRepository::mergeCombinesAndUndoes()
{
    Lead a;
    a.firstName = QStringLiteral("Sophie");
    a.lastName = QStringLiteral("Laurent");
    a.email = QStringLiteral("sophie@atelier.fr");
    a.notes = QStringLiteral("Met at Vivatech.");
    a.createdAt = 1600000000000;
    const qint64 idA = m_ws->leads().create(a);
    Lead b;
    b.firstName = QStringLiteral("Sophie");
    b.lastName = QStringLiteral("Laurent");
    b.email = QStringLiteral("SOPHIE@atelier.fr");
    b.phone = QStringLiteral("+33 6 12 34 56 78");
    b.jobTitle = QStringLiteral("Directrice");
    b.notes = QStringLiteral("Asked for pricing.");
    b.stage = Stage::MQL;
    const qint64 idB = m_ws->leads().create(b);
    Activity visit;
    visit.leadId = idB;
    visit.type = ActivityType::PageVisit;
    visit.detail = QStringLiteral("/pricing");
    m_ws->leads().addActivity(visit);

    const MergePlan plan = MergePlan::propose(m_ws->leads().get(idA), m_ws->leads().get(idB));
    QCOMPARE(plan.survivorId, idA); // the older lead stays
    QCOMPARE(plan.values.value(LeadField::Phone).toString(), b.phone);
    QCOMPARE(plan.values.value(LeadField::Stage).toInt(), int(Stage::MQL));
    QVERIFY(plan.values.value(LeadField::Notes).toString().contains(QStringLiteral("Vivatech")));
    QVERIFY(plan.values.value(LeadField::Notes).toString().contains(QStringLiteral("pricing")));
    QVERIFY(!plan.values.contains(LeadField::Email)); // survivor's own value kept

    const RowSnapshot before = m_ws->leads().merge(plan);
    QVERIFY(!m_ws->leads().find(idB));
    const Lead merged = m_ws->leads().get(idA);
    QCOMPARE(merged.phone, b.phone);
    QCOMPARE(merged.jobTitle, b.jobTitle);
    QCOMPARE(merged.stage, Stage::MQL);
    const auto activities = m_ws->leads().activities(idA);
    QCOMPARE(activities.size(), 2); // the visit moved over, plus the merge note
    const auto history = m_ws->leads().stageHistory(idA);
    QCOMPARE(history.size(), 3); // both creations and the merge's stage change
    QVERIFY(history.first().reason.contains(QStringLiteral("Merged")));

    m_ws->leads().unmerge(plan, before);
    QCOMPARE(m_ws->leads().get(idB).phone, b.phone);
    QCOMPARE(m_ws->leads().get(idA).phone, QString());
    QCOMPARE(m_ws->leads().activities(idA).size(), 0);
    QCOMPARE(m_ws->leads().activities(idB).size(), 1);
    QCOMPARE(m_ws->leads().stageHistory(idA).size(), 1);
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->leads().merge(MergePlan{idA, idA, {}}));
}

void tst_LeadRepository::segments()
{
    QSignalSpy spy(&m_ws->segments(), &SegmentRepository::changed);
    LeadFilter f;
    f.stages = {Stage::MQL};
    f.countries = {QStringLiteral("Italy")};
    const qint64 id = m_ws->segments().save(QStringLiteral("MQL Italia"), f);
    QCOMPARE(m_ws->segments().find(id)->filter, f);
    f.countries = {QStringLiteral("Greece")};
    QCOMPARE(m_ws->segments().save(QStringLiteral(" MQL Italia "), f), id); // same name: replaced
    QCOMPARE(m_ws->segments().all().size(), 1);
    QCOMPARE(m_ws->segments().findByName(QStringLiteral("MQL Italia"))->filter.countries.first(), QStringLiteral("Greece"));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->segments().save(QStringLiteral("  "), f));
    m_ws->segments().remove(id);
    QVERIFY(m_ws->segments().all().isEmpty());
    QCOMPARE(spy.count(), 3);
}

void tst_LeadRepository::searchFindsByPrefixAccentsAndScript()
{
    lead(QStringLiteral("José"), QStringLiteral("Araújo"), QStringLiteral("jose.araujo@varejo.com.br"),
         QStringLiteral("Araújo Varejo Ltda"));
    lead(QStringLiteral("Γιώργος"), QStringLiteral("Παπαδόπουλος"), QStringLiteral("g.papadopoulos@naftiliaki.gr"));
    lead(QStringLiteral("Marco"), QStringLiteral("De Luca"), QStringLiteral("m.deluca@impianti.it"));
    QCOMPARE(searchCount(QStringLiteral("jos")), 1);
    QCOMPARE(searchCount(QStringLiteral("araujo")), 1);       // accent-insensitive
    QCOMPARE(searchCount(QStringLiteral("ARAÚ")), 1);
    QCOMPARE(searchCount(QStringLiteral("γιωργ")), 1);         // Greek, accents folded
    QCOMPARE(searchCount(QStringLiteral("ΠΑΠΑΔΌΠΟΥΛΟΣ")), 1);    // and case, final sigma included
    QCOMPARE(searchCount(QStringLiteral("naftil")), 1);        // e-mail domain
    QCOMPARE(searchCount(QStringLiteral("de luca")), 1);
    QCOMPARE(searchCount(QStringLiteral("marco varejo")), 0);  // all words must match
    QCOMPARE(searchCount(QStringLiteral("\"")), 3);            // nothing to search: everything
}

void tst_LeadRepository::distinctValues()
{
    for (const char *c : {"France", "France", "Italy", ""}) {
        Lead l;
        l.firstName = QStringLiteral("x");
        l.country = QString::fromLatin1(c);
        m_ws->leads().create(l);
    }
    const auto values = m_ws->leads().distinctValues(LeadField::Country);
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.first().first, QStringLiteral("France"));
    QCOMPARE(values.first().second, 2);
    QVERIFY(m_ws->leads().distinctValues(LeadField::Score).isEmpty());
}

QTEST_GUILESS_MAIN(tst_LeadRepository)
#include "tst_leadrepository.moc"
