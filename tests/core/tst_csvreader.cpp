#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/TextEncoding.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<CsvRecord> readAll(const QByteArray &data, CsvReader::Options options = CsvReader::Options(), CsvReader *out = nullptr)
{
    CsvReader local;
    CsvReader &reader = out ? *out : local;
    if (!reader.openData(data, options))
        qWarning("open failed: %s", qPrintable(reader.errorString()));
    QList<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records << r;
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void quotedFields()
    {
        CsvReader reader;
        const QByteArray data = "name,company,notes\r\n"
                                "\"Dubois, Claire\",\"Atelier \"\"Le Nord\"\" SAS\",\"line one\r\nline two\"\r\n"
                                "Rossi,Impianti,plain\r\n";
        const auto records = readAll(data, CsvReader::Options(), &reader);
        QCOMPARE(reader.header(), (QStringList{u"name"_s, u"company"_s, u"notes"_s}));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].fields, (QStringList{u"Dubois, Claire"_s, u"Atelier \"Le Nord\" SAS"_s, u"line one\r\nline two"_s}));
        QCOMPARE(records[0].line, 2);
        // The quoted line break moved the next record to line 4.
        QCOMPARE(records[1].line, 4);
        QCOMPARE(records[1].fields, (QStringList{u"Rossi"_s, u"Impianti"_s, u"plain"_s}));
    }

    void lineEndsAndBlanks()
    {
        // LF, CR alone, CRLF, blank lines, no final line end, an empty last field.
        const QByteArray data = "a,b\n1,2\r3,4\r\n\r\n\n5,\n6,7";
        CsvReader reader;
        const auto records = readAll(data, CsvReader::Options(), &reader);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].fields, (QStringList{u"1"_s, u"2"_s}));
        QCOMPARE(records[1].fields, (QStringList{u"3"_s, u"4"_s}));
        QCOMPARE(records[2].fields, (QStringList{u"5"_s, QString()}));
        QCOMPARE(records[2].line, 6);
        QCOMPARE(records[3].fields, (QStringList{u"6"_s, u"7"_s}));
        QCOMPARE(records[3].line, 7);
    }

    void bomAndUtf8()
    {
        CsvReader reader;
        const auto records = readAll("\xEF\xBB\xBF" "E-mail,Εταιρεία\nélodie@x.fr,Τεχνική Α.Ε.\n", CsvReader::Options(), &reader);
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QCOMPARE(reader.header().first(), u"E-mail"_s); // no BOM left in the first header
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields.at(1), u"Τεχνική Α.Ε."_s);
    }

    void detectsWindows1252()
    {
        // "Société;Prénom" and "Œuvre €" in Windows-1252: not valid UTF-8.
        const QByteArray data = "Soci\xE9t\xE9;Pr\xE9nom\n\x8C" "uvre \x80;Fran\xE7ois\n";
        CsvReader reader;
        const auto records = readAll(data, CsvReader::Options(), &reader);
        QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
        QCOMPARE(reader.delimiter(), QChar(u';'));
        QCOMPARE(reader.header(), (QStringList{u"Société"_s, u"Prénom"_s}));
        QCOMPARE(records[0].fields, (QStringList{u"Œuvre €"_s, u"François"_s}));
    }

    void manualEncodingOverride()
    {
        // Greek in Windows-1253 ("Εταιρεία"): detection says Windows-1252, the person says Greek.
        const QByteArray greek = "\xC5\xF4\xE1\xE9\xF1\xE5\xDF\xE1\n\xD4\xE5\xF7\xED\xE9\xEA\xDE\n";
        CsvReader::Options options;
        options.encoding = TextEncoding::Windows1253;
        CsvReader reader;
        const auto records = readAll(greek, options, &reader);
        QCOMPARE(reader.header().first(), u"Εταιρεία"_s);
        QCOMPARE(records[0].fields.first(), u"Τεχνική"_s);
        QCOMPARE(TextEncodings::fromKey(u"cp1253"_s), std::optional<TextEncoding>(TextEncoding::Windows1253));
        QCOMPARE(TextEncodings::fromKey(u"latin1"_s), std::optional<TextEncoding>(TextEncoding::Latin1));
        QVERIFY(!TextEncodings::fromKey(u"klingon"_s));
    }

    void utf16WithBom()
    {
        // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
        const QString text = u"Nome\tCognome\nGiulia\tD'Angelo\nΝίκος\tΓεωργίου\n"_s;
        QByteArray data("\xFF\xFE", 2);
        data.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        CsvReader reader;
        const auto records = readAll(data, CsvReader::Options(), &reader);
        QCOMPARE(reader.encoding(), TextEncoding::Utf16LE);
        QCOMPARE(reader.delimiter(), QChar(u'\t'));
        QCOMPARE(reader.header(), (QStringList{u"Nome"_s, u"Cognome"_s}));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields, (QStringList{u"Νίκος"_s, u"Γεωργίου"_s}));
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<QChar>("expected");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',');
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("Nom;Montant;Ville\nDupont;1,5;Lyon\nMartin;2,75;Paris\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QChar(u'\t');
        QTest::newRow("commas inside quotes do not count")
            << QByteArray("name;notes\n\"A, B, C\";\"x, y\"\n") << QChar(u';');
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << QChar(u'|');
    }
    void delimiterDetection()
    {
        QFETCH(QByteArray, sample);
        QFETCH(QChar, expected);
        QCOMPARE(CsvReader::detectDelimiter(sample), expected);
    }

    void manualDelimiter()
    {
        CsvReader::Options options;
        options.delimiter = u';';
        CsvReader reader;
        const auto records = readAll("a,b;c\n1,2;3\n", options, &reader);
        QCOMPARE(reader.header(), (QStringList{u"a,b"_s, u"c"_s}));
        QCOMPARE(records[0].fields, (QStringList{u"1,2"_s, u"3"_s}));
    }

    void unclosedQuoteRejectsOneLineAndGoesOn()
    {
        const QByteArray data = "name,notes\nok,fine\nbroken,\"never closed\nnext,row\nlast,one\n";
        const auto records = readAll(data);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].fields, (QStringList{u"ok"_s, u"fine"_s}));
        QVERIFY(!records[1].error.isEmpty());
        QCOMPARE(records[1].line, 3);
        QCOMPARE(records[1].raw, u"broken,\"never closed"_s);
        QCOMPARE(records[2].fields, (QStringList{u"next"_s, u"row"_s}));
        QCOMPARE(records[2].line, 4);
        QCOMPARE(records[3].line, 5);
    }

    void strayQuotesKeptAsText()
    {
        const auto records = readAll("a,b\nsay \"hi\",x\n\"quoted\"tail,y\n");
        QCOMPARE(records[0].fields, (QStringList{u"say \"hi\""_s, u"x"_s}));
        QCOMPARE(records[1].fields.first(), u"\"quoted\"tail"_s);
    }

    void invalidUtf8FieldFallsBackToWindows1252()
    {
        // A UTF-8 file with one Latin-1 field far from the start (concatenated exports).
        QByteArray data = "name,city\n";
        for (int i = 0; i < 80000; ++i) // past the 1 MB the detection reads
            data += "Élodie,Zürich\n";
        data += "Fran\xE7ois,Besan\xE7on\n";
        CsvReader reader;
        const auto records = readAll(data, CsvReader::Options(), &reader);
        QCOMPARE(reader.encoding(), TextEncoding::Utf8);
        QCOMPARE(records.last().fields, (QStringList{u"François"_s, u"Besançon"_s}));
        QCOMPARE(reader.fallbackFields(), 2);
        QCOMPARE(records.first().fields.first(), u"Élodie"_s);
    }

    void recordsAcrossChunksAndSeek()
    {
        // More than the reader's 1 MB chunk, with a multi-line field straddling the boundary, read from a
        // file; then resume from a position in the middle.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,text\n");
        const QByteArray long1 = QByteArray(300, 'x');
        for (int i = 0; i < 6000; ++i)
            f.write(QByteArray::number(i) + ",\"" + long1 + "\n\"\"q\"\"" + "\"\n");
        f.close();
        CsvReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        CsvRecord r;
        int n = 0;
        qint64 midPosition = 0, midLine = 0;
        while (reader.next(r)) {
            QCOMPARE(r.fields.size(), 2);
            QCOMPARE(r.fields.at(0), QString::number(n));
            QCOMPARE(r.fields.at(1), QString::fromLatin1(long1) + u"\n\"q\""_s);
            QCOMPARE(r.line, 2 + 2 * n);
            ++n;
            if (n == 4000) {
                midPosition = reader.position();
                midLine = reader.line();
            }
        }
        QCOMPARE(n, 6000);
        QVERIFY(reader.seek(midPosition, midLine));
        QVERIFY(reader.next(r));
        QCOMPARE(r.fields.at(0), u"4000"_s);
        QCOMPARE(r.line, 2 + 2 * 4000);
    }

    void emptyFileHasNoHeader()
    {
        CsvReader reader;
        QVERIFY(!reader.openData(QByteArray()));
        QVERIFY(reader.errorString().contains(u"empty"_s));
        QVERIFY(!reader.open(u"/nonexistent/file.csv"_s));
        QVERIFY(reader.errorString().contains(u"/nonexistent/file.csv"_s));
    }

    void writerEscapesAndNeutralises()
    {
        QCOMPARE(CsvWriter::escapeField(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvWriter::escapeField(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvWriter::escapeField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvWriter::escapeField(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvWriter::escapeField(u"=HYPERLINK(\"http://x\")"_s), u"\"'=HYPERLINK(\"\"http://x\"\")\""_s);
        QCOMPARE(CsvWriter::escapeField(u"+33 1 23 45 67 89"_s), u"'+33 1 23 45 67 89"_s);
        QCOMPARE(CsvWriter::escapeField(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(CsvWriter::escapeField(u"-2+3"_s), u"'-2+3"_s);
        QCOMPARE(CsvWriter::escapeField(u"-12.5"_s), u"-12.5"_s); // a number stays a number
        QCOMPARE(CsvWriter::escapeField(u"=1+1"_s, ',', false), u"=1+1"_s);

        // What the writer writes, the reader reads back.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, CsvWriter::Options{';', true, false});
        const QStringList row{u"a;b"_s, u"\"q\""_s, u"x\r\ny"_s, u"Ζήτησε"_s, QString()};
        writer.writeRow({u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s});
        writer.writeRow(row);
        buffer.close();
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        const auto records = readAll(buffer.data());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields, row);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
