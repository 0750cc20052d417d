#include "ImportFileGenerator.h"
#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/ImportSupport.h"
#include "io/Importer.h"
#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

// leadbench-cli import, imports and export as a person runs them, and an import killed with SIGKILL.
class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
    };

    QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/.config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
        return env;
    }

    Result run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(TestSupport::cliPath(), args);
        if (!p.waitForFinished(300000))
            qFatal("leadbench-cli did not finish: %s", qPrintable(args.join(u' ')));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        TestSupport::writeFile(path, content);
        return path;
    }

    static qint64 scalar(Database &db, const char *sql) { return Query(db, sql).scalar().toLongLong(); }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(TestSupport::cliPath()), qPrintable(TestSupport::cliPath())); }

    void importWithReport()
    {
        const QString db = m_dir.filePath(u"a.leadbench"_s);
        const QString csv = write(u"contacts.csv"_s, "Email;Prénom;Société\nanna@x.fr;Anna;Alpha\n;;\nANNA@x.fr;Anna;Alpha 2\n"
                                                     "bob@x.fr;Bob\";Beta\n;;;;x\n");
        const QString report = m_dir.filePath(u"r.json"_s);
        const Result r = run({u"--db"_s, db, u"import"_s, csv, u"--on-duplicate"_s, u"overwrite"_s, u"--report"_s, report});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("imports undo"), r.out.constData());
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(u"read"_s).toInt(), 4);
        QCOMPARE(o.value(u"created"_s).toInt(), 2);
        QCOMPARE(o.value(u"merged"_s).toInt(), 1);
        QCOMPARE(o.value(u"rejected"_s).toInt(), 1);
        QVERIFY(o.contains(u"duration"_s));
        const QString rejects = o.value(u"rejects_file"_s).toString();
        QVERIFY(QFile::exists(rejects));
        CsvReader reader;
        QVERIFY(reader.open(rejects));
        CsvRecord rec;
        QVERIFY(reader.next(rec));
        QCOMPARE(rec.fields.at(0), u"6"_s);
        QVERIFY(rec.fields.at(1).contains(u"5 fields"_s));

        // The history lists it; undo takes it back.
        const Result list = run({u"--db"_s, db, u"imports"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains("\"created\": 2"));
        const Result undo = run({u"--db"_s, db, u"imports"_s, u"undo"_s, QString::number(o.value(u"import_id"_s).toInt())});
        QCOMPARE(undo.code, 0);
        auto ws = Workspace::open(db);
        QCOMPARE(ws->leads().count(), 0);
    }

    void commandLineErrors()
    {
        const QString db = m_dir.filePath(u"b.leadbench"_s);
        const QString csv = write(u"x.csv"_s, "email\na@b.cd\n");
        QCOMPARE(run({u"--db"_s, db, u"import"_s, csv, u"--on-duplicate"_s, u"merge"_s}).code, 2);
        QCOMPARE(run({u"--db"_s, db, u"import"_s, csv, u"--kind"_s, u"unicorns"_s}).code, 2);
        QCOMPARE(run({u"--db"_s, db, u"import"_s, csv, u"--encoding"_s, u"ebcdic"_s}).code, 2);
        QCOMPARE(run({u"--db"_s, db, u"import"_s}).code, 2);
        const Result missing = run({u"--db"_s, db, u"import"_s, m_dir.filePath(u"nope.csv"_s)});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("nope.csv"));
        const QString junk = write(u"junk.csv"_s, "colour,size\nred,XL\n");
        const Result unmapped = run({u"--db"_s, db, u"import"_s, junk});
        QCOMPARE(unmapped.code, 1);
        QVERIFY2(unmapped.err.contains("colour, size"), unmapped.err.constData());
        // --map fixes what the header names do not say.
        const Result mapped = run({u"--db"_s, db, u"import"_s, junk, u"--map"_s, u"colour=company"_s, u"--save-mapping"_s,
                                   u"Shop list"_s});
        QCOMPARE(mapped.code, 0);
        const Result mappings = run({u"--db"_s, db, u"imports"_s, u"mappings"_s});
        QVERIFY(mappings.out.contains("Shop list\tcolour=company"));
        const Result help = run({u"--help"_s});
        for (const char *s : {"import FILE", "--on-duplicate", "--kind", "imports undo", "export FILE", "--report"})
            QVERIFY2(help.out.contains(s), s);
    }

    void exportCsvAndVCard()
    {
        const QString db = m_dir.filePath(u"c.leadbench"_s);
        QCOMPARE(run({u"--db"_s, db, u"demo"_s, u"--leads"_s, u"50"_s}).code, 0);
        const QString csv = m_dir.filePath(u"all.csv"_s);
        const Result r = run({u"--db"_s, db, u"export"_s, csv, u"--bom"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Exported 50 leads"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF" "Leadbench ID,"));
        const QString vcf = m_dir.filePath(u"some.vcf"_s);
        QCOMPARE(run({u"--db"_s, db, u"export"_s, vcf, u"--ids"_s, u"1,2"_s}).code, 0);
        QFile v(vcf);
        QVERIFY(v.open(QIODevice::ReadOnly));
        QCOMPARE(v.readAll().count("BEGIN:VCARD"), 2);
        QCOMPARE(run({u"--db"_s, db, u"export"_s, vcf, u"--segment"_s, u"nope"_s}).code, 1);
    }

    void killedImportResumesExactlyOnce()
    {
        // A file big enough that the import is still running when it is killed.
        const QString csv = m_dir.filePath(u"hubspot.csv"_s);
        ImportFileGenerator::Options gen;
        gen.rows = 30000;
        ImportFileGenerator::writeHubSpotContacts(csv, gen);

        // What a clean import of the file gives.
        const QString reference = m_dir.filePath(u"reference.leadbench"_s);
        qint64 expectedLeads = 0;
        {
            auto ws = TestSupport::createWorkspace(reference);
            Importer importer(ws->db(), u"tester"_s);
            ImportOptions o;
            o.workspacePath = reference;
            const ImportResult r = importer.run(csv, o);
            QCOMPARE(r.read, gen.rows);
            expectedLeads = ws->leads().count();
            QCOMPARE(expectedLeads, r.created);
        }

        const QString db = m_dir.filePath(u"killed.leadbench"_s);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(TestSupport::cliPath(), {u"--db"_s, db, u"import"_s, csv, u"--batch"_s, u"1000"_s});
        QVERIFY(p.waitForStarted());
        // Wait for a few committed batches, watching the import's own progress from another connection.
        QElapsedTimer timer;
        timer.start();
        qint64 committed = 0;
        while (committed < 3000 && timer.elapsed() < 120000 && p.state() == QProcess::Running) {
            QThread::msleep(10);
            try {
                auto reader = Database::open(db, Database::Access::ReadOnly);
                committed = Query(*reader, "SELECT rows_read FROM imports ORDER BY id DESC LIMIT 1").scalar().toLongLong();
            } catch (const StorageError &) {
                // not created yet
            }
        }
        QVERIFY2(p.state() == QProcess::Running, "the import ended before it could be killed: make the file bigger");
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        {
            // The workspace opens clean and holds whole batches only: the committed counters describe
            // exactly the leads there.
            auto ws = Workspace::open(db);
            QCOMPARE(ws->db().integrityCheck(), QStringList{u"ok"_s});
            QVERIFY(!ImportSupport::leadIndexesSuspended(ws->db())); // healed on open
            ws->db().exec("INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')");
            Query q(ws->db(), "SELECT rows_read, created, merged, rejected, status FROM imports");
            QVERIFY(q.next());
            QCOMPARE(q.text(4), u"running"_s);
            const qint64 read = q.int64(0);
            QVERIFY(read >= 3000 && read < gen.rows);
            QCOMPARE(read % 1000, 0);
            QCOMPARE(q.int64(1), ws->leads().count());
            QCOMPARE(read, q.int64(1) + q.int64(2) + q.int64(3));
        }

        // Running the same import again resumes it; every lead is there exactly once.
        const Result again = run({u"--db"_s, db, u"import"_s, csv, u"--json"_s});
        QCOMPARE(again.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(again.out).object();
        QVERIFY(o.value(u"resumed"_s).toBool());
        QCOMPARE(o.value(u"read"_s).toInteger(), gen.rows);
        auto ws = Workspace::open(db);
        QCOMPARE(ws->leads().count(), expectedLeads);
        QCOMPARE(o.value(u"created"_s).toInteger(), expectedLeads);
        QCOMPARE(scalar(ws->db(), "SELECT count(*) FROM (SELECT email_key FROM leads WHERE email_key <> '' "
                                  "GROUP BY email_key HAVING count(*) > 1)"),
                 0);
        QCOMPARE(scalar(ws->db(), "SELECT count(*) FROM leads WHERE email_key <> ''"),
                 scalar(Workspace::open(reference)->db(), "SELECT count(*) FROM leads WHERE email_key <> ''"));
        QCOMPARE(ws->db().integrityCheck(), QStringList{u"ok"_s});
        // A third run starts a new import in which everything is a duplicate.
        const Result third = run({u"--db"_s, db, u"import"_s, csv, u"--json"_s});
        const QJsonObject t = QJsonDocument::fromJson(third.out).object();
        QVERIFY(!t.value(u"resumed"_s).toBool());
        QCOMPARE(t.value(u"created"_s).toInteger(), 0);
        QCOMPARE(Workspace::open(db)->leads().count(), expectedLeads);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
