#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/ImportHistory.h"
#include "io/ImportSupport.h"
#include "io/Importer.h"

#include "campaigns/CampaignRepository.h"
#include "distribution/RepRepository.h"
#include "leads/LeadFilter.h"
#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 scalar(Workspace &ws, const char *sql)
{
    return Query(ws.db(), sql).scalar().toLongLong();
}

qint64 leadIdByEmail(Workspace &ws, const QString &email)
{
    Query q(ws.db(), "SELECT id FROM leads WHERE email_key = ?", email.toLower());
    return q.next() ? q.int64(0) : 0;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_files = 0;

    QString file(const QByteArray &content, const char *suffix = "csv")
    {
        const QString path = m_dir.filePath(u"in%1.%2"_s.arg(++m_files).arg(QString::fromLatin1(suffix)));
        TestSupport::writeFile(path, content);
        return path;
    }

    ImportResult import(const QString &path, ImportOptions options = ImportOptions(), const Importer::Progress &progress = {})
    {
        options.workspacePath = m_ws->path();
        Importer importer(m_ws->db(), u"tester"_s);
        return importer.run(path, options, progress);
    }

    static QList<QStringList> rejects(const QString &path)
    {
        CsvReader reader;
        QList<QStringList> rows;
        if (!reader.open(path))
            return rows;
        rows << reader.header();
        CsvRecord r;
        while (reader.next(r))
            rows << r.fields;
        return rows;
    }

private slots:
    void init()
    {
        m_ws = TestSupport::createWorkspace(m_dir.filePath(u"ws%1.leadbench"_s.arg(++m_files)));
    }
    void cleanup() { m_ws.reset(); }

    void hubSpotFileWithValueMapping()
    {
        const QString path = file("\xEF\xBB\xBF" "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage,"
                                  "Original Source,Number of Employees,Create Date,Message\r\n"
                                  "1,Élodie,Moreau,elodie@atelier.fr,+33 1 23 45 67 89,\"Atelier \"\"Moreau\"\", SAS\","
                                  "marketingqualifiedlead,ORGANIC_SEARCH,\"1,200\",2024-05-04 13:22,\"Needs a quote.\r\nSoon.\"\r\n"
                                  "2,Νίκος,Γεωργίου,nikos@techniki.gr,,Τεχνική Α.Ε.,Customer,Referrals,about fifty,,\r\n");
        const ImportResult r = import(path);
        QCOMPARE(r.read, 2);
        QCOMPARE(r.created, 2);
        QCOMPARE(r.rejected, 0);
        QVERIFY(r.rejectsFile.isEmpty());
        const Lead e = m_ws->leads().get(leadIdByEmail(*m_ws, u"elodie@atelier.fr"_s));
        QCOMPARE(e.firstName, u"Élodie"_s);
        QCOMPARE(e.company, u"Atelier \"Moreau\", SAS"_s);
        QCOMPARE(e.stage, Stage::MQL);
        QCOMPARE(e.source, u"seo"_s);
        QCOMPARE(e.companySize, std::optional<qint64>(1200));
        QCOMPARE(e.notes, u"Needs a quote.\r\nSoon."_s);
        QCOMPARE(e.createdAt, QDateTime(QDate(2024, 5, 4), QTime(13, 22)).toMSecsSinceEpoch());
        const Lead n = m_ws->leads().get(leadIdByEmail(*m_ws, u"nikos@techniki.gr"_s));
        QCOMPARE(n.stage, Stage::Customer);
        // Nothing is lost: the value no field takes is in the notes, and the import says so.
        QCOMPARE(n.notes, u"Number of Employees: about fifty"_s);
        QVERIFY(r.warnings.join(u'\n').contains(u"Number of Employees"_s));
        // The stage history records the import as the origin, at the file's creation date.
        const QList<StageChange> history = m_ws->leads().stageHistory(e.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().to, Stage::MQL);
        QVERIFY(history.first().reason.contains(u"in"_s));
        // The search finds imported leads, accents and Greek folded.
        LeadPager pager(m_ws->db());
        LeadPager::Spec spec;
        spec.filter.search = u"γεωργιου"_s;
        pager.setSpec(spec);
        QCOMPARE(pager.count(), 1);
    }

    void duplicatesWithinTheFile()
    {
        const QString path = file("email,first name,company\n"
                                  "anna@x.com,Anna,\n"
                                  " ANNA@X.com ,Anna,Acme\n"
                                  "bob@x.com,Bob,Beta\n");
        ImportOptions o;
        o.policy = DuplicatePolicy::Skip;
        ImportResult r = import(path, o);
        QCOMPARE(r.read, 3);
        QCOMPARE(r.created, 2);
        QCOMPARE(r.merged, 1);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(r.read, r.created + r.merged + r.rejected);
        QCOMPARE(m_ws->leads().get(leadIdByEmail(*m_ws, u"anna@x.com"_s)).company, QString());
    }

    void policiesAgainstTheWorkspace_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("stage");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << QString() << u"CEO"_s << int(Stage::Lead);
        QTest::newRow("fill") << int(DuplicatePolicy::Fill) << u"Acme"_s << u"CEO"_s << int(Stage::Lead);
        QTest::newRow("overwrite") << int(DuplicatePolicy::Overwrite) << u"Acme"_s << u"CTO"_s << int(Stage::SQL);
    }
    void policiesAgainstTheWorkspace()
    {
        QFETCH(int, policy);
        QFETCH(QString, company);
        QFETCH(QString, title);
        QFETCH(int, stage);
        Lead existing;
        existing.firstName = u"Claire"_s;
        existing.email = u"claire@dubois.fr"_s;
        existing.jobTitle = u"CEO"_s;
        const qint64 id = m_ws->leads().create(existing);
        const QString path = file("E-mail;Entreprise;Fonction;Étape du cycle de vie;Prénom\n"
                                  "Claire@Dubois.fr;Acme;CTO;SQL;\n");
        ImportOptions o;
        o.policy = DuplicatePolicy(policy);
        const ImportResult r = import(path, o);
        QCOMPARE(r.created, 0);
        QCOMPARE(r.merged, 1);
        QCOMPARE(r.unchanged, policy == int(DuplicatePolicy::Skip) ? 1 : 0);
        const Lead after = m_ws->leads().get(id);
        QCOMPARE(after.company, company);
        QCOMPARE(after.jobTitle, title);
        QCOMPARE(int(after.stage), stage);
        QCOMPARE(after.firstName, u"Claire"_s); // an empty cell never erases
        QCOMPARE(m_ws->leads().count(), 1);

        // Undo gives every field back and removes the stage change the import recorded.
        ImportHistory history(m_ws->db());
        history.undo(r.importId);
        const Lead undone = m_ws->leads().get(id);
        QCOMPARE(undone.company, QString());
        QCOMPARE(undone.jobTitle, u"CEO"_s);
        QCOMPARE(undone.stage, Stage::Lead);
        QCOMPARE(m_ws->leads().stageHistory(id).size(), 1);
        QCOMPARE(history.find(r.importId)->status, u"undone"_s);
        QVERIFY_THROWS_EXCEPTION(StorageError, history.undo(r.importId));
    }

    void duplicatesByPhoneThenNameAndCompany()
    {
        Lead a;
        a.firstName = u"Marco"_s;
        a.lastName = u"Bianchi"_s;
        a.phone = u"+39 02 1234 5678"_s;
        const qint64 byPhone = m_ws->leads().create(a);
        Lead b;
        b.firstName = u"Giulia"_s;
        b.lastName = u"Conti"_s;
        b.company = u"Impianti Rossi S.p.A."_s;
        const qint64 byName = m_ws->leads().create(b);
        Lead c;
        c.firstName = u"Sara"_s;
        c.lastName = u"Greco"_s;
        c.company = u"Meccanica"_s;
        c.email = u"sara@meccanica.it"_s;
        m_ws->leads().create(c);
        const QString path = file("Nome,Cognome,Telefono,Azienda,E-mail\n"
                                  "Marco,Bianchi,+39 (02) 1234-5678,Studio B,\n"   // same phone digits
                                  "giulia,CONTI,,impianti rossi s.p.a.,giulia@rossi.it\n" // same name+company, the lead has no e-mail
                                  "Sara,Greco,,Meccanica,sara.greco@other.it\n");  // another e-mail: another person
        ImportOptions o;
        o.policy = DuplicatePolicy::Fill;
        const ImportResult r = import(path, o);
        QCOMPARE(r.merged, 2);
        QCOMPARE(r.created, 1);
        QCOMPARE(m_ws->leads().get(byPhone).company, u"Studio B"_s);
        QCOMPARE(m_ws->leads().get(byName).email, u"giulia@rossi.it"_s);
    }

    void rejectsWithLineNumbersAndFlags()
    {
        const QString path = file("Email,First Name,Company,Record ID\n"
                                  "ok@x.com,Ok,Acme,1\n"
                                  ",,,\n"                                          // blank: skipped, not a row
                                  "\"multi\nline@x\",Multi,\"Two\nlines\",2\n"     // invalid e-mail, kept and flagged
                                  ",,,3\n"                                         // nothing that identifies a lead
                                  "a@x.com,A,B,4,D\n"                              // too many fields
                                  "b@x.com,\"Never closed,Acme,5\n"               // unclosed quote
                                  "c@x.com,C,Gamma,6\n");
        const ImportResult r = import(path);
        QCOMPARE(r.read, 6);
        QCOMPARE(r.created, 3);
        QCOMPARE(r.rejected, 3);
        QCOMPARE(r.flagged, 1);
        QCOMPARE(r.read, r.created + r.merged + r.rejected);
        const QList<QStringList> rows = rejects(r.rejectsFile);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].mid(0, 3), (QStringList{u"line"_s, u"reason"_s, u"Email"_s}));
        QCOMPARE(rows[1].at(0), u"7"_s); // the row above spans lines 4 to 6
        QVERIFY(rows[1].at(1).contains(u"nothing identifies"_s));
        QCOMPARE(rows[2].at(0), u"8"_s);
        QVERIFY(rows[2].at(1).contains(u"5 fields"_s));
        QCOMPARE(rows[2].mid(2), (QStringList{u"a@x.com"_s, u"A"_s, u"B"_s, u"4"_s, u"D"_s}));
        QCOMPARE(rows[3].at(0), u"9"_s);
        QVERIFY(rows[3].at(1).contains(u"never closed"_s));
        QCOMPARE(rows[3].at(2), u"b@x.com,\"Never closed,Acme,5"_s);
        // The row after the broken one is imported.
        QVERIFY(leadIdByEmail(*m_ws, u"c@x.com"_s) > 0);

        // The invalid e-mail is kept as written, flagged; a person's correction clears the flag.
        Query q(m_ws->db(), "SELECT id, email, import_flags FROM leads WHERE import_flags <> 0");
        QVERIFY(q.next());
        const qint64 id = q.int64(0);
        QCOMPARE(q.text(1), u"multi\nline@x"_s); // kept as written
        QCOMPARE(q.integer(2), int(ImportSupport::InvalidEmail));
        q.reset();
        m_ws->leads().setField(id, LeadField::Email, u"multi@x.com"_s);
        QCOMPARE(ImportSupport::leadFlags(m_ws->db(), id), 0);
    }

    void undoRemovesExactlyItsLeads()
    {
        Lead before;
        before.email = u"kept@x.com"_s;
        const qint64 kept = m_ws->leads().create(before);
        const QString path = file("email,company\nnew1@x.com,A\nnew2@x.com,B\nkept@x.com,Filled\n");
        ImportOptions o;
        o.policy = DuplicatePolicy::Fill;
        o.batchSize = 1; // several batches: several id ranges
        const ImportResult r = import(path, o);
        QCOMPARE(r.created, 2);
        // A lead added by a person after the import is not the import's.
        Lead later;
        later.email = u"later@x.com"_s;
        const qint64 laterId = m_ws->leads().create(later);
        ImportHistory history(m_ws->db());
        const auto plan = history.plan(r.importId);
        QCOMPARE(plan.toRemove, 2);
        QCOMPARE(plan.toRestore, 1);
        const auto undone = history.undo(r.importId);
        QCOMPARE(undone.removed, 2);
        QCOMPARE(undone.restored, 1);
        QCOMPARE(m_ws->leads().count(), 2);
        QVERIFY(m_ws->leads().find(kept));
        QVERIFY(m_ws->leads().find(laterId));
        QCOMPARE(m_ws->leads().get(kept).company, QString());
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'new1'"), 0);
    }

    void resumesWhereItStopped()
    {
        QByteArray content = "email,first name\n";
        for (int i = 0; i < 1000; ++i)
            content += "p" + QByteArray::number(i) + "@x.com,P" + QByteArray::number(i) + "\n";
        content += "broken\",\"x\n"; // one reject near the end
        const QString path = file(content);
        ImportOptions o;
        o.batchSize = 100;
        int batches = 0;
        const ImportResult first = import(path, o, [&](const ImportProgress &) { return ++batches < 3; });
        QCOMPARE(first.status, u"cancelled"_s);
        QCOMPARE(first.read, 300);
        QCOMPARE(m_ws->leads().count(), 300);
        Importer importer(m_ws->db(), u"tester"_s);
        QCOMPARE(importer.interruptedImport(path, ImportKind::Leads), std::optional<qint64>(first.importId));

        const ImportResult second = import(path, o);
        QVERIFY(second.resumed);
        QCOMPARE(second.importId, first.importId);
        QCOMPARE(second.resumedAtLine, 302);
        QCOMPARE(second.status, u"done"_s);
        QCOMPARE(second.read, 1001);
        QCOMPARE(second.created, 1000);
        QCOMPARE(second.rejected, 1);
        QCOMPARE(m_ws->leads().count(), 1000);
        QCOMPARE(scalar(*m_ws, "SELECT count(DISTINCT email_key) FROM leads"), 1000);
        QCOMPARE(rejects(second.rejectsFile).size(), 2);
        QVERIFY(!importer.interruptedImport(path, ImportKind::Leads));
    }

    void bulkModeGivesTheSameWorkspace()
    {
        QByteArray content = "email,first name,last name,company,country\n";
        for (int i = 0; i < 300; ++i)
            content += "u" + QByteArray::number(i % 250) + "@x.com,Ana,Silva " + QByteArray::number(i) + ",Soluções,Brazil\n";
        const QString path = file(content);
        ImportOptions o;
        o.bulk = BulkMode::Always;
        o.batchSize = 50;
        const ImportResult r = import(path, o);
        QCOMPARE(r.created, 250);
        QCOMPARE(r.merged, 50);
        QVERIFY(!ImportSupport::leadIndexesSuspended(m_ws->db()));
        // Every index and trigger is back, the full-text index is whole.
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM sqlite_schema WHERE name IN ('leads_name', 'leads_facets', "
                               "'leads_fts_insert', 'leads_fts_update', 'leads_import_flags')"),
                 5);
        m_ws->db().exec("INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')");
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'solucoes'"), 250);
        QCOMPARE(m_ws->db().integrityCheck(), QStringList{u"ok"_s});
    }

    void suspendedIndexesHealOnOpen()
    {
        Lead l;
        l.email = u"a@x.com"_s;
        l.company = u"Acme"_s;
        m_ws->leads().create(l);
        ImportSupport::suspendLeadIndexes(m_ws->db());
        QVERIFY(ImportSupport::leadIndexesSuspended(m_ws->db()));
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM sqlite_schema WHERE name = 'leads_facets'"), 0);
        // A lead written while suspended (as by a killed import) is found after the repair.
        Query(m_ws->db(), "INSERT INTO leads (first_name, company, company_key, created_at, updated_at) "
                          "VALUES ('Zoé', 'Zeta', 'zeta', 1, 1)")
            .exec();
        const QString path = m_ws->path();
        m_ws.reset();
        m_ws = Workspace::open(path);
        QVERIFY(!ImportSupport::leadIndexesSuspended(m_ws->db()));
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM sqlite_schema WHERE name = 'leads_facets'"), 1);
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM leads_fts WHERE leads_fts MATCH 'zeta'"), 1);
    }

    void ownersAndCampaignsByName()
    {
        Rep rep;
        rep.name = u"Claire Dubois"_s;
        const qint64 repId = m_ws->reps().add(rep);
        Campaign c;
        c.name = u"Salon Vivatech Paris"_s;
        c.channel = u"trade_show"_s;
        const qint64 campaignId = m_ws->campaigns().add(c);
        const QString path = file("email,owner,campaign\na@x.com,claire dubois,Salon Vivatech Paris\nb@x.com,Nobody,Unknown\n");
        const ImportResult r = import(path);
        QCOMPARE(r.created, 2);
        const Lead a = m_ws->leads().get(leadIdByEmail(*m_ws, u"a@x.com"_s));
        QCOMPARE(a.ownerId, std::optional<qint64>(repId));
        QCOMPARE(a.campaignId, std::optional<qint64>(campaignId));
        const Lead b = m_ws->leads().get(leadIdByEmail(*m_ws, u"b@x.com"_s));
        QVERIFY(!b.ownerId);
        QCOMPARE(b.notes, u"owner: Nobody\ncampaign: Unknown"_s);
    }

    void previewShowsRowsAsSaved()
    {
        const QString path = file("Email,Lifecycle Stage,Nom\nbad-email,marketingqualifiedlead,Dupont\n,,\nx@y.com,Client,Martin\n");
        ImportOptions o;
        Importer importer(m_ws->db(), u"tester"_s);
        const ImportPreview p = importer.preview(path, o, 10);
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.targets, (QStringList{u"email"_s, u"stage"_s, u"full_name"_s}));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows[0].values, (QStringList{u"bad-email"_s, Lifecycle::displayName(Stage::MQL), u"Dupont"_s}));
        QVERIFY(!p.rows[0].notes.isEmpty());
        QCOMPARE(p.rows[1].values.at(1), Lifecycle::displayName(Stage::Customer));
        QCOMPARE(m_ws->leads().count(), 0); // a preview writes nothing
    }

    void activitiesMatchedByEmail()
    {
        Lead l;
        l.email = u"ana@x.com"_s;
        const qint64 id = m_ws->leads().create(l);
        const QString path = file("Recipient,Event,Timestamp,Subject\n"
                                  "ANA@x.com,Opened,2024-03-01 10:00,Spring offer\n"
                                  "ana@x.com,clicked,2024-03-01 10:05,Spring offer\n"
                                  "ghost@x.com,Opened,2024-03-01 10:00,Spring offer\n"
                                  "ana@x.com,teleported,2024-03-01 10:00,?\n");
        ImportOptions o;
        o.kind = ImportKind::Activities;
        const ImportResult r = import(path, o);
        QCOMPARE(r.created, 2);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.touchedLeads, QList<qint64>{id});
        const QList<Activity> activities = m_ws->leads().activities(id);
        QCOMPARE(activities.size(), 2);
        QCOMPARE(activities.first().type, ActivityType::EmailClicked);
        const QList<QStringList> rows = rejects(r.rejectsFile);
        QVERIFY(rows[1].at(1).contains(u"ghost@x.com"_s));
        QVERIFY(rows[2].at(1).contains(u"teleported"_s));
        // The same file again: nothing twice.
        const ImportResult again = import(path, o);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.merged, 2);
        QCOMPARE(m_ws->leads().activities(id).size(), 2);
        // A webinar's attendance list has no type column: the type is given for the file.
        const QString attendance = file("Attendee Email,Join Time\nana@x.com,2024-04-02 18:00\n");
        ImportOptions w = o;
        w.activityType = u"webinar_attended"_s;
        QCOMPARE(import(attendance, w).created, 1);
        ImportHistory(m_ws->db()).undo(r.importId);
        QCOMPARE(m_ws->leads().activities(id).size(), 1);
    }

    void campaignCostsAddUpAndUndo()
    {
        const QString path = file("Day,Campaign name,Amount spent (EUR),Link clicks\n"
                                  "2024-03-01,LinkedIn Ads: CTOs,\"1,250.50\",300\n"
                                  "2024-03-02,LinkedIn Ads: CTOs,749.50,200\n"
                                  "2024-03-02,,10,1\n");
        ImportOptions o;
        o.kind = ImportKind::Campaigns;
        const ImportResult r = import(path, o);
        QCOMPARE(r.created, 2);
        QCOMPARE(r.rejected, 1);
        const auto c = m_ws->campaigns().findByName(u"LinkedIn Ads: CTOs"_s);
        QVERIFY(c);
        QCOMPARE(c->cost, 2000.0);
        QCOMPARE(c->visitors, 500);
        QCOMPARE(c->startsOn, QDate(2024, 3, 1));
        QCOMPARE(c->endsOn, QDate(2024, 3, 2));
        // Corrected figures for one day, overwriting.
        const QString fix = file("Day,Campaign name,Amount spent (EUR),Link clicks\n2024-03-02,linkedin ads: ctos,800,200\n");
        o.policy = DuplicatePolicy::Overwrite;
        const ImportResult r2 = import(fix, o);
        QCOMPARE(r2.merged, 1);
        QCOMPARE(m_ws->campaigns().findByName(u"LinkedIn Ads: CTOs"_s)->cost, 2050.5);
        ImportHistory history(m_ws->db());
        history.undo(r2.importId);
        QCOMPARE(m_ws->campaigns().findByName(u"LinkedIn Ads: CTOs"_s)->cost, 2000.0);
        history.undo(r.importId);
        QVERIFY(!m_ws->campaigns().findByName(u"LinkedIn Ads: CTOs"_s));
    }

    void dealsLinkedToLeads()
    {
        Lead l;
        l.email = u"buyer@acme.com"_s;
        const qint64 id = m_ws->leads().create(l);
        const QString path = file("Deal Name,Contact email,Amount,Status,Close Date,Gross margin\n"
                                  "Acme – team plan,buyer@acme.com,\"12 000\",won,2024-06-30,4000\n"
                                  "Beta – trial,nobody@beta.com,500,open,,\n"
                                  "Gamma,,1000,maybe,,\n");
        ImportOptions o;
        o.kind = ImportKind::Deals;
        const ImportResult r = import(path, o);
        QCOMPARE(r.created, 1);
        QCOMPARE(r.rejected, 2);
        Query q(m_ws->db(), "SELECT lead_id, amount, outcome, gross_margin, closed_at FROM deals");
        QVERIFY(q.next());
        QCOMPARE(q.int64(0), id);
        QCOMPARE(q.real(1), 12000.0);
        QCOMPARE(q.integer(2), 1);
        QCOMPARE(q.real(3), 4000.0);
        QVERIFY(!q.isNull(4));
        q.reset();
        QCOMPARE(import(path, o).merged, 1); // the same deal is not added twice
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM deals"), 1);
    }

    void vCardFile()
    {
        const QString path = file("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lefèvre;Camille;;;\r\nFN:Camille Lefèvre\r\n"
                                  "ORG:Numérique & Associés\r\nEMAIL;TYPE=INTERNET:camille@numerique.fr\r\nEND:VCARD\r\n"
                                  "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Μαρία Οικονόμου\r\nTEL;VALUE=uri:tel:+30-210-1234567\r\n"
                                  "END:VCARD\r\n",
                                  "vcf");
        const ImportResult r = import(path);
        QCOMPARE(r.created, 2);
        const Lead c = m_ws->leads().get(leadIdByEmail(*m_ws, u"camille@numerique.fr"_s));
        QCOMPARE(c.lastName, u"Lefèvre"_s);
        QCOMPARE(c.company, u"Numérique & Associés"_s);
        Query q(m_ws->db(), "SELECT first_name, last_name, phone FROM leads WHERE last_name = ?", u"Οικονόμου"_s);
        QVERIFY(q.next());
        QCOMPARE(q.text(0), u"Μαρία"_s);
        QCOMPARE(q.text(2), u"+30-210-1234567"_s);
    }

    void unmappableFileIsRefused()
    {
        const QString path = file("colour,size\nred,XL\n");
        QVERIFY_THROWS_EXCEPTION(StorageError, import(path));
        QCOMPARE(m_ws->leads().count(), 0);
        QCOMPARE(scalar(*m_ws, "SELECT count(*) FROM imports"), 0);
    }

    void savedMappings()
    {
        ImportHistory history(m_ws->db());
        ColumnMapping m(ImportKind::Leads, {u"Mail"_s, u"Firma"_s});
        m.setTarget(0, u"email"_s);
        m.setTarget(1, u"company"_s);
        history.saveMapping(u"Kompass list"_s, m);
        QCOMPARE(history.mappingNames(ImportKind::Leads), QStringList{u"Kompass list"_s});
        QCOMPARE(history.mapping(ImportKind::Leads, u"Kompass list"_s), std::optional<ColumnMapping>(m));
        QCOMPARE(history.mappingFor(ImportKind::Leads, {u"Mail"_s, u"Firma"_s})->first, u"Kompass list"_s);
        QVERIFY(!history.mappingFor(ImportKind::Leads, {u"Mail"_s}));
        const QString path = file("Mail,Firma\nx@kompass.de,Kompass GmbH\n");
        ImportOptions o;
        o.mapping = m;
        QCOMPARE(import(path, o).created, 1);
        QCOMPARE(m_ws->leads().get(leadIdByEmail(*m_ws, u"x@kompass.de"_s)).company, u"Kompass GmbH"_s);
        history.removeMapping(ImportKind::Leads, u"Kompass list"_s);
        QVERIFY(history.mappingNames(ImportKind::Leads).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
