#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/Importer.h"
#include "io/LeadExporter.h"
#include "io/VCard.h"

#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLeadExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QList<QStringList> readCsv(const QString &path, CsvReader::Options options = CsvReader::Options())
    {
        CsvReader reader;
        QList<QStringList> rows;
        if (!reader.open(path, options))
            return rows;
        rows << reader.header();
        CsvRecord r;
        while (reader.next(r))
            rows << r.fields;
        return rows;
    }

private slots:
    void csvEscapingAndFormulas()
    {
        auto ws = TestSupport::createWorkspace(m_dir.filePath(u"a.leadbench"_s));
        Lead evil;
        evil.firstName = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
        evil.lastName = u"O'Brien, \"Jr\""_s;
        evil.company = u"@SUM(1+1)"_s;
        evil.phone = u"+44 20 7946 0958"_s;
        evil.notes = u"two\nlines"_s;
        evil.email = u"evil@example.com"_s;
        ws->leads().create(evil);
        const QString path = m_dir.filePath(u"out.csv"_s);
        LeadExporter::Options options;
        options.bom = true;
        QCOMPARE(LeadExporter::write(ws->db(), ws->scoreBands(), path, LeadExporter::Scope::all(), options), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
        QVERIFY(bytes.contains(",'@SUM(1+1),"));
        QVERIFY(bytes.contains(",'+44 20 7946 0958,"));
        QVERIFY(!bytes.contains(",=HYPERLINK"));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].at(2), u"O'Brien, \"Jr\""_s);
        QCOMPARE(rows[1].at(22), u"two\nlines"_s);

        // Round trip: importing our own export gives the same lead back, apostrophes removed.
        auto other = TestSupport::createWorkspace(m_dir.filePath(u"b.leadbench"_s));
        Importer importer(other->db(), u"tester"_s);
        ImportOptions o;
        o.workspacePath = other->path();
        const ImportResult r = importer.run(path, o);
        QCOMPARE(r.created, 1);
        const Lead back = other->leads().get(Query(other->db(), "SELECT id FROM leads").scalar().toLongLong());
        QCOMPARE(back.firstName, evil.firstName);
        QCOMPARE(back.lastName, evil.lastName);
        QCOMPARE(back.company, evil.company);
        QCOMPARE(back.phone, evil.phone);
        QCOMPARE(back.notes, evil.notes);
    }

    void scopes()
    {
        auto ws = TestSupport::createWorkspace(m_dir.filePath(u"c.leadbench"_s), 300);
        const QString all = m_dir.filePath(u"all.csv"_s);
        QCOMPARE(LeadExporter::write(ws->db(), ws->scoreBands(), all, LeadExporter::Scope::all(), {}), 300);
        QCOMPARE(readCsv(all).size(), 301);
        LeadFilter mqls;
        mqls.stages = {Stage::MQL};
        const qint64 expected = Query(ws->db(), "SELECT count(*) FROM leads WHERE stage = 3").scalar().toLongLong();
        QVERIFY(expected > 0);
        const QString segment = m_dir.filePath(u"mql.csv"_s);
        QCOMPARE(LeadExporter::write(ws->db(), ws->scoreBands(), segment, LeadExporter::Scope::of(mqls), {}), expected);
        for (const QStringList &row : readCsv(segment).mid(1))
            QCOMPARE(row.at(19), u"mql"_s);
        const QString picked = m_dir.filePath(u"picked.vcf"_s);
        LeadExporter::Options vcard;
        vcard.format = LeadExporter::formatForPath(picked);
        QCOMPARE(vcard.format, LeadExporter::Format::VCard);
        QCOMPARE(LeadExporter::write(ws->db(), ws->scoreBands(), picked, LeadExporter::Scope::of(QList<qint64>{3, 5, 7}), vcard),
                 3);
        const VCard::ReadResult cards = VCard::read(picked);
        QCOMPARE(cards.cards.size(), 3);
        QCOMPARE(cards.cards[0].fields.at(1), ws->leads().get(3).lastName);
    }

    void failedExportLeavesNoFile()
    {
        auto ws = TestSupport::createWorkspace(m_dir.filePath(u"d.leadbench"_s), 20);
        QVERIFY_THROWS_EXCEPTION(StorageError, LeadExporter::write(ws->db(), ws->scoreBands(), u"/nonexistent/x.csv"_s,
                                                                   LeadExporter::Scope::all(), {}));
        const QString path = m_dir.filePath(u"cancelled.csv"_s);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestLeadExporter)
#include "tst_leadexporter.moc"
