// The language Leadbench speaks: the choice and the locale it brings, the catalogues compiled into the
// programs, Qt's own catalogue, percentages, and the CLI following --lang and the settings' choice.

#include "TestSupport.h"

#include "io/Importer.h"
#include "leads/LeadRepository.h"
#include "settings/AppIdentity.h"
#include "settings/Formats.h"
#include "nurture/Sequence.h"
#include "settings/Language.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class tst_Language : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void choices();
    void localeFollowsTheChoice();
    void catalogues();
    void englishPluralsReadWell();
    void applyInstallsQtsCatalogueAndCanBeUndone();
    void percentages();
    void textsOfFreeFunctionsAreTranslated();
    void importPreviewShowsNumbersAsTheLocaleWritesThem();
    void cliLangOption();
    void cliFollowsTheSettingsChoice();
    void cliRefusesAnUnknownLanguage();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QString &configHome = QString());

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_leads = 0;
};

void tst_Language::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("lang.leadbench"));
    auto ws = TestSupport::createWorkspace(m_db, 1234);
    m_leads = ws->leads().count();
    QVERIFY(m_leads >= 1000); // so the count is written with a group separator
}

void tst_Language::cleanup()
{
    Language::apply(QString());
}

void tst_Language::choices()
{
    const QList<Language::Option> options = Language::available();
    QCOMPARE(options.first().code, QStringLiteral("en"));
    QStringList codes;
    for (const Language::Option &o : options) {
        codes << o.code;
        QVERIFY(!o.nativeName.isEmpty());
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("pt_BR"), QStringLiteral("it"),
                                 QStringLiteral("el")}));
    QVERIFY(Language::isKnown(QString()));
    QVERIFY(Language::isKnown(QStringLiteral("pt_BR")));
    QVERIFY(!Language::isKnown(QStringLiteral("pt")));
    QVERIFY(!Language::isKnown(QStringLiteral("de")));
}

void tst_Language::localeFollowsTheChoice()
{
    // The suite runs with LC_ALL=C.UTF-8: a chosen language brings its main country's formats.
    QCOMPARE(Language::localeFor(QStringLiteral("fr")).language(), QLocale::French);
    QCOMPARE(Language::localeFor(QStringLiteral("el")).territory(), QLocale::Greece);
    QCOMPARE(Language::localeFor(QStringLiteral("pt_BR")).territory(), QLocale::Brazil);
    QCOMPARE(Language::localeFor(QString()), QLocale::system());
    QCOMPARE(Language::localeFor(QStringLiteral("xx")), QLocale::system());

    const QLocale fr = Language::apply(QStringLiteral("fr"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(fr.language(), QLocale::French);
    // Numbers people read now follow French rules: "1 234,5".
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), fr.toString(1234.5, 'f', 1));
    QVERIFY(QLocale().toString(1234.5, 'f', 1).contains(QLatin1Char(',')));
}

void tst_Language::catalogues()
{
    for (const Language::Option &o : Language::available()) {
        if (o.code == QStringLiteral("en")) {
            QVERIFY(!Language::hasCatalogue(QLocale(o.code))); // English is the source
            continue;
        }
        QVERIFY2(Language::hasCatalogue(QLocale(o.code)), qPrintable(o.code));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/leadbench_%1.qm").arg(o.code)));
    }
    // Another country's Portuguese gets Brazil's texts rather than English; German gets English.
    QVERIFY(Language::hasCatalogue(QLocale(QLocale::Portuguese, QLocale::Portugal)));
    QVERIFY(Language::hasCatalogue(QLocale(QLocale::French, QLocale::Canada)));
    QVERIFY(!Language::hasCatalogue(QLocale(QLocale::German, QLocale::Germany)));
}

// The sources say "%n lead(s)"; English reads "1 lead", "2 leads" (leadbench_en holds the plurals only,
// and a language Leadbench does not speak gets it too); French keeps its own plurals.
void tst_Language::englishPluralsReadWell()
{
    const auto deleted = [](int n) {
        return QCoreApplication::translate("LeadsPage", "Deleted %n lead(s). Undo brings them back.", nullptr, n);
    };
    Language::apply(QStringLiteral("en"));
    QCOMPARE(deleted(1), QStringLiteral("Deleted 1 lead. Undo brings it back."));
    QCOMPARE(deleted(3), QStringLiteral("Deleted 3 leads. Undo brings them back."));
    QCOMPARE(QCoreApplication::translate("MainWindow", "%Ln lead(s)", nullptr, 1200),
             QStringLiteral("%1 leads").arg(QLocale().toString(1200)));
    QVERIFY(!Language::hasCatalogue(QLocale(QLocale::English)));
    Language::apply(QStringLiteral("fr"));
    QVERIFY2(deleted(1).contains(QLatin1String("1 lead")) && !deleted(1).contains(QLatin1String("(s)")), qPrintable(deleted(1)));
    QVERIFY(!deleted(3).contains(QLatin1String("(s)")));
}

void tst_Language::applyInstallsQtsCatalogueAndCanBeUndone()
{
    // Qt's own buttons come from Qt's catalogue (qt6-translations-l10n) or Leadbench's.
    Language::apply(QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    Language::apply(QStringLiteral("it"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annulla"));
    Language::apply(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void tst_Language::textsOfFreeFunctionsAreTranslated()
{
    // lupdate files a free function's tr() under its namespace; the lookup must use the same name.
    Language::apply(QStringLiteral("fr"));
    const QString email = Nurture::Sequences::typeName(Nurture::StepType::Email);
    QVERIFY2(!email.isEmpty() && email != QStringLiteral("Send e-mail"), qPrintable(email));
    Nurture::Sequence into;
    QString error;
    QJsonObject step{{QStringLiteral("id"), 1}, {QStringLiteral("type"), QStringLiteral("teleport")}};
    QJsonObject flow{{QStringLiteral("steps"), QJsonArray{step}}, {QStringLiteral("entry"), 1}};
    QVERIFY(!Nurture::Sequence::readFlow(flow, into, &error));
    QVERIFY2(!error.isEmpty() && !error.contains(QStringLiteral("unknown type")), qPrintable(error));
    Language::apply(QStringLiteral("en"));
    QCOMPARE(Nurture::Sequences::typeName(Nurture::StepType::Email), QStringLiteral("Send e-mail"));
}

void tst_Language::percentages()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Formats::percent(0.42, 0, en), QStringLiteral("42%"));
    QCOMPARE(Formats::percent(0.125, 1, en), QStringLiteral("12.5%"));
    QCOMPARE(Formats::percentValue(7, 0, en), QStringLiteral("7%"));
    QCOMPARE(Formats::percentAxisFormat(), QStringLiteral("%.0f%"));
    QCOMPARE(Formats::percentSuffix(), QStringLiteral("%"));
    const QLocale fr(QLocale::French, QLocale::France);
    QVERIFY(Formats::percent(0.125, 1, fr).startsWith(QStringLiteral("12,5")));
}

void tst_Language::importPreviewShowsNumbersAsTheLocaleWritesThem()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("leads.csv"));
    TestSupport::writeFile(csv, "email,annual_revenue,company_size\nana@x.com,1234567.5,1200\n");
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("p.leadbench")));
    Language::apply(QStringLiteral("fr"));
    const ImportPreview p = Importer(ws->db(), QStringLiteral("tester")).preview(csv, ImportOptions(), 5);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.targets, (QStringList{QStringLiteral("email"), QStringLiteral("annual_revenue"), QStringLiteral("company_size")}));
    const QLocale fr = QLocale();
    QCOMPARE(p.rows.value(0).values, (QStringList{QStringLiteral("ana@x.com"), fr.toString(1234567.5, 'f', QLocale::FloatingPointShortest),
                                                  fr.toString(1200)}));
    QVERIFY(p.rows.value(0).values.at(1).contains(QLatin1Char(',')));
}

tst_Language::Run tst_Language::cli(const QStringList &args, const QString &configHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = configHome.isEmpty() ? m_dir.filePath(QStringLiteral("empty-config")) : configHome;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_Language::cliLangOption()
{
    const QString total = QLocale(QLocale::French, QLocale::France).toString(m_leads);
    const Run fr = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("leads"),
                        QStringLiteral("list")});
    QCOMPARE(fr.code, 0);
    QVERIFY2(fr.out.contains(total), qPrintable(fr.out.right(200)));
    const Run en = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang=en"), QStringLiteral("leads"), QStringLiteral("list")});
    QCOMPARE(en.code, 0);
    QVERIFY(en.out.contains(QLocale(QLocale::English).toString(m_leads)));
    QVERIFY(!en.out.contains(total));
    // Output for programs never changes with the language.
    const Run json = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("leads"),
                          QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
    const Run jsonEn = cli({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("list"), QStringLiteral("--limit"),
                            QStringLiteral("5"), QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    QVERIFY(!json.out.isEmpty());
    QCOMPARE(json.out, jsonEn.out);
}

void tst_Language::cliFollowsTheSettingsChoice()
{
    // The choice made in the GUI's preferences (the same settings file) applies to the CLI too.
    const QString config = m_dir.filePath(QStringLiteral("config"));
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.toLocal8Bit());
    AppIdentity::apply();
    {
        Settings settings;
        settings.setValue(Settings::Key::Language, QStringLiteral("fr"));
    }
    qputenv("XDG_CONFIG_HOME", saved);
    const QString total = QLocale(QLocale::French, QLocale::France).toString(m_leads);
    const Run chosen = cli({QStringLiteral("--db"), m_db, QStringLiteral("leads"), QStringLiteral("list")}, config);
    QCOMPARE(chosen.code, 0);
    QVERIFY2(chosen.out.contains(total), qPrintable(chosen.out.right(200)));
    // --lang wins over the settings.
    const Run overridden = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("leads"),
                                QStringLiteral("list")},
                               config);
    QVERIFY(!overridden.out.contains(total));
}

void tst_Language::cliRefusesAnUnknownLanguage()
{
    const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("leads"),
                       QStringLiteral("list")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("\"xx\" is not one of system, en, fr, pt_BR, it, el")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const Run missing = cli({QStringLiteral("--lang")});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(QStringLiteral("--lang needs a language code")));
}

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"
