// The translation files are complete and current: every message of translations/leadbench_*.ts is
// translated (no "unfinished"), none is left over from texts that are gone ("vanished", "obsolete", or
// no longer found in the sources by lupdate), none of the sources' messages is missing from the file,
// plural messages have the language's number of forms, and a translation keeps the placeholders
// (%1, %L2, %n) of its source.
//
// The files' check (filesAreCompleteAndCurrent) is registered in CTest only with
// -DLEADBENCH_CHECK_TRANSLATIONS=ON; the checks of the checker itself always run.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
    qint64 line = 0;

    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                m.line = xml.lineNumber();
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.forms << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                m.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << m;
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: not a valid .ts file: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// How many plural forms Qt's numerus rules give a language (the .ts files' languages).
int pluralForms(const QString &language)
{
    static const QHash<QString, int> forms = {
        {QStringLiteral("en"), 2}, {QStringLiteral("fr"), 2}, {QStringLiteral("pt_BR"), 2}, {QStringLiteral("it"), 2},
        {QStringLiteral("el"), 2},
        {QStringLiteral("de"), 2}, {QStringLiteral("es"), 2},
    };
    return forms.value(language, 0);
}

QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (withN || !p.endsWith(QLatin1Char('n')))
            out << p;
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

// The problems of one .ts file, each as "file:line: [context] source: what". current: the messages
// lupdate finds in the sources now (null: not compared).
QStringList check(const QString &path, const TsFile &ts, const QList<Message> *current)
{
    QStringList problems;
    const QString file = QFileInfo(path).fileName();
    if (!ts.error.isEmpty())
        return {ts.error};
    const auto where = [&](const Message &m) {
        return QStringLiteral("%1:%2: [%3] \"%4\"").arg(file).arg(m.line).arg(m.context, m.source.left(60));
    };
    const QString expected = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
    if (ts.language != expected)
        problems << QStringLiteral("%1: language=\"%2\", the file name says %3").arg(file, ts.language, expected);
    const int forms = pluralForms(ts.language);
    QSet<QString> inFile;
    for (const Message &m : ts.messages) {
        inFile.insert(m.key());
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems << where(m) + QStringLiteral(": obsolete (its text is gone from the sources)");
            continue;
        }
        if (m.type == QLatin1String("unfinished")) {
            problems << where(m) + QStringLiteral(": unfinished");
            continue;
        }
        if (m.numerus && forms > 0 && m.forms.size() != forms) {
            problems << where(m) + QStringLiteral(": %1 plural forms, %2 has %3").arg(m.forms.size()).arg(ts.language).arg(forms);
            continue;
        }
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const QString &t = m.forms.at(i);
            if (t.trimmed().isEmpty()) {
                problems << where(m) + QStringLiteral(": empty translation");
                break;
            }
            // A singular form may say "one" instead of %n; every other placeholder must stay.
            const bool withN = m.numerus && i > 0 && m.source.contains(QLatin1String("%n"));
            if (placeholders(t, withN) != placeholders(m.source, withN)) {
                problems << where(m) + QStringLiteral(": the translation's placeholders %1 differ from the source's %2")
                                           .arg(placeholders(t, withN).join(QLatin1Char(' ')),
                                                placeholders(m.source, withN).join(QLatin1Char(' ')));
                break;
            }
        }
    }
    if (current) {
        QSet<QString> inSources;
        for (const Message &m : *current)
            inSources.insert(m.key());
        for (const Message &m : ts.messages) {
            if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete") && !inSources.contains(m.key()))
                problems << where(m) + QStringLiteral(": obsolete (lupdate no longer finds it in the sources)");
        }
        for (const Message &m : *current) {
            if (!inFile.contains(m.key()))
                problems << QStringLiteral("%1: [%2] \"%3\": missing (run the update_translations target)")
                                .arg(file, m.context, m.source.left(60));
        }
    }
    return problems;
}

// What lupdate finds in the sources now, in a scratch .ts.
QList<Message> extractCurrent(QString *error)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("current.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(LEADBENCH_SOURCE_DIR));
    lupdate.start(QStringLiteral(LEADBENCH_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-recursive"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("plugins"), QStringLiteral("-ts"), out});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: %1").arg(QString::fromLocal8Bit(lupdate.readAllStandardError()));
        return {};
    }
    const TsFile ts = readTs(out);
    *error = ts.error;
    return ts.messages;
}

const char *sample = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LeadsPage</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="vanished">Ancien texte</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>un lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur</translation>
    </message>
</context>
</TS>
)";

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void checkerFindsEachKindOfProblem();
    void checkerComparesWithTheSources();
    void filesAreCompleteAndCurrent_data();
    void filesAreCompleteAndCurrent();

private:
    QList<Message> m_current;
    bool m_extracted = false;
};

void tst_Translations::checkerFindsEachKindOfProblem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leadbench_fr.ts"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sample);
    f.close();
    const QStringList problems = check(path, readTs(path), nullptr);
    QVERIFY2(problems.size() == 4, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(problems.at(0).contains(QStringLiteral("\"Export…\": unfinished")));
    QVERIFY(problems.at(0).startsWith(QLatin1String("leadbench_fr.ts:10:")));
    QVERIFY(problems.at(1).contains(QLatin1String("\"Old text\": obsolete")));
    QVERIFY(problems.at(2).contains(QLatin1String("1 plural forms, fr has 2")));
    QVERIFY(problems.at(3).contains(QLatin1String("placeholders %1 differ from the source's %1 %2")));

    // The same file under another language's name is caught too.
    const QString misnamed = dir.filePath(QStringLiteral("leadbench_it.ts"));
    QVERIFY(QFile::copy(path, misnamed));
    QVERIFY(check(misnamed, readTs(misnamed), nullptr).first().contains(QLatin1String("language=\"fr\"")));
}

void tst_Translations::checkerComparesWithTheSources()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("leadbench_fr.ts"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sample);
    f.close();
    const TsFile ts = readTs(path);
    QList<Message> current = {ts.messages.at(0), ts.messages.at(1), ts.messages.at(3), ts.messages.at(4), ts.messages.at(5)};
    Message added;
    added.context = QStringLiteral("LeadsPage");
    added.source = QStringLiteral("New text");
    current << added;
    current.removeAt(0); // "Delete" is gone from the sources
    const QStringList problems = check(path, ts, &current);
    QVERIFY(problems.contains(QStringLiteral("leadbench_fr.ts:6: [LeadsPage] \"Delete\": obsolete (lupdate no longer finds it in the sources)")));
    QVERIFY(problems.contains(QStringLiteral("leadbench_fr.ts: [LeadsPage] \"New text\": missing (run the update_translations target)")));
}

void tst_Translations::filesAreCompleteAndCurrent_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(LEADBENCH_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("leadbench_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no translations/leadbench_*.ts");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void tst_Translations::filesAreCompleteAndCurrent()
{
    QFETCH(QString, path);
    if (!m_extracted) {
        QString error;
        m_current = extractCurrent(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_current.isEmpty());
        m_extracted = true;
    }
    const TsFile ts = readTs(path);
    // English is the source language: its file holds the plural messages only (lupdate -pluralonly).
    QList<Message> expected = m_current;
    if (ts.language == QLatin1String("en"))
        expected.removeIf([](const Message &m) { return !m.numerus; });
    const QStringList problems = check(path, ts, &expected);
    constexpr int Shown = 40;
    const auto count = [&](const QString &what) {
        return std::count_if(problems.begin(), problems.end(), [&](const QString &p) { return p.contains(what); });
    };
    QString text = QStringLiteral("%1 problem(s): %2 unfinished, %3 obsolete, %4 missing (fill them in Qt Linguist or with "
                                  "scripts/translate; see docs/DEVELOPING.md)")
                       .arg(problems.size())
                       .arg(count(QStringLiteral(": unfinished")))
                       .arg(count(QStringLiteral(": obsolete")))
                       .arg(count(QStringLiteral(": missing")));
    for (qsizetype i = 0; i < std::min<qsizetype>(Shown, problems.size()); ++i)
        text += QLatin1Char('\n') + problems.at(i);
    if (problems.size() > Shown)
        text += QStringLiteral("\n... and %1 more").arg(problems.size() - Shown);
    QVERIFY2(problems.isEmpty(), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
