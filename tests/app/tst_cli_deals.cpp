#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// leadbench-cli deals and pipelines, as a script runs them: a separate process, its output, its exit code.
class tst_CliDeals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpNamesTheCommands();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void pipelinesListAgreesWithDealsList();
    void addMoveAndTheLeadFollows();
    void refusalsSayWhy();

private:
    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args);
    QJsonObject json(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliDeals::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::cliPath()), qPrintable(TestSupport::cliPath()));
    m_db = m_dir.filePath(QStringLiteral("deals.leadbench"));
    const Result demo = run({QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("800")});
    QCOMPARE(demo.code, 0);
}

tst_CliDeals::Result tst_CliDeals::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), QStringList{QStringLiteral("--db"), m_db} + args);
    if (!p.waitForFinished(120000))
        qFatal("leadbench-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject tst_CliDeals::json(const QStringList &args)
{
    const Result r = run(args);
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void tst_CliDeals::helpNamesTheCommands()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *text : {"deals list", "deals show ID", "deals add TITLE", "deals move ID STAGE", "pipelines list"})
        QVERIFY2(r.out.contains(text), text);
}

void tst_CliDeals::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("deals")} << QStringLiteral("subcommand");
    QTest::newRow("unknown") << QStringList{QStringLiteral("deals"), QStringLiteral("fly")} << QStringLiteral("fly");
    QTest::newRow("bad limit") << QStringList{QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--limit"),
                                              QStringLiteral("many")}
                               << QStringLiteral("--limit");
    QTest::newRow("bad date") << QStringList{QStringLiteral("deals"), QStringLiteral("list"),
                                             QStringLiteral("--close-from"), QStringLiteral("31/12/2030")}
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("move without stage") << QStringList{QStringLiteral("deals"), QStringLiteral("move"), QStringLiteral("3")}
                                        << QStringLiteral("deal id and a stage");
    QTest::newRow("bad amount") << QStringList{QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("X"),
                                               QStringLiteral("--amount"), QStringLiteral("12k")}
                                << QStringLiteral("--amount");
    QTest::newRow("bad probability") << QStringList{QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("X"),
                                                    QStringLiteral("--probability"), QStringLiteral("150")}
                                     << QStringLiteral("--probability");
    QTest::newRow("pipelines") << QStringList{QStringLiteral("pipelines")} << QStringLiteral("list");
}

void tst_CliDeals::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void tst_CliDeals::pipelinesListAgreesWithDealsList()
{
    const QJsonObject pipelines = json({QStringLiteral("pipelines"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray list = pipelines.value(QStringLiteral("pipelines")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject sales = list.first().toObject();
    QCOMPARE(sales.value(QStringLiteral("name")).toString(), QStringLiteral("Sales"));
    qint64 sum = 0;
    for (const QJsonValue &v : sales.value(QStringLiteral("stages")).toArray()) {
        const QJsonObject stage = v.toObject();
        const QJsonObject deals = json({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--stage"),
                                       stage.value(QStringLiteral("name")).toString(), QStringLiteral("--limit"),
                                       QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(deals.value(QStringLiteral("total")).toInteger(), stage.value(QStringLiteral("deals")).toInteger());
        sum += stage.value(QStringLiteral("deals")).toInteger();
    }
    const QJsonObject all = json({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(all.value(QStringLiteral("total")).toInteger(), sum);
    QVERIFY(sum > 0);
    QCOMPARE(all.value(QStringLiteral("count")).toInteger(), std::min<qint64>(50, sum));
}

void tst_CliDeals::addMoveAndTheLeadFollows()
{
    // A lead that has no deal yet: an MQL.
    const QJsonObject leads = json({QStringLiteral("leads"), QStringLiteral("list"), QStringLiteral("--stage"),
                                    QStringLiteral("mql"), QStringLiteral("--limit"), QStringLiteral("1"),
                                    QStringLiteral("--json")});
    const qint64 leadId = leads.value(QStringLiteral("leads")).toArray().first().toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(leadId > 0);
    const QJsonObject added = json({QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("Scripted deal"),
                                    QStringLiteral("--lead"), QString::number(leadId), QStringLiteral("--amount"),
                                    QStringLiteral("12500.5"), QStringLiteral("--close"), QStringLiteral("2031-03-31"),
                                    QStringLiteral("--probability"), QStringLiteral("40"), QStringLiteral("--json")});
    const qint64 id = added.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(added.value(QStringLiteral("stage")).toString(), QStringLiteral("Qualified"));
    QCOMPARE(added.value(QStringLiteral("amount")).toDouble(), 12500.5);
    QCOMPARE(added.value(QStringLiteral("probability")).toDouble(), 0.4);
    QCOMPARE(added.value(QStringLiteral("expected_close")).toString(), QStringLiteral("2031-03-31"));
    auto leadStage = [&] {
        return json({QStringLiteral("leads"), QStringLiteral("show"), QString::number(leadId), QStringLiteral("--json")})
            .value(QStringLiteral("stage"))
            .toString();
    };
    QCOMPARE(leadStage(), QStringLiteral("opportunity"));

    QJsonObject moved = json({QStringLiteral("deals"), QStringLiteral("move"), QString::number(id),
                              QStringLiteral("proposal"), QStringLiteral("--json")});
    QCOMPARE(moved.value(QStringLiteral("stage")).toString(), QStringLiteral("Proposal"));
    moved = json({QStringLiteral("deals"), QStringLiteral("move"), QString::number(id), QStringLiteral("Lost"),
                  QStringLiteral("--reason"), QStringLiteral("Went with a competitor"), QStringLiteral("--date"),
                  QDate::currentDate().addDays(-1).toString(Qt::ISODate), QStringLiteral("--json")});
    QCOMPARE(moved.value(QStringLiteral("outcome")).toString(), QStringLiteral("lost"));
    QCOMPARE(moved.value(QStringLiteral("close_reason")).toString(), QStringLiteral("Went with a competitor"));
    QCOMPARE(moved.value(QStringLiteral("lead_stage")).toString(), QStringLiteral("nurturing"));
    QCOMPARE(leadStage(), QStringLiteral("nurturing"));

    const QJsonObject shown = json({QStringLiteral("deals"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    const QJsonArray history = shown.value(QStringLiteral("stage_history")).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("Lost"));
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Went with a competitor"));
    QCOMPARE(history.at(2).toObject().value(QStringLiteral("from")), QJsonValue());
    // Search finds it, accents and case aside.
    const QJsonObject found = json({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--search"),
                                    QStringLiteral("SCRIPTED"), QStringLiteral("--json")});
    QCOMPARE(found.value(QStringLiteral("total")).toInteger(), 1);
}

void tst_CliDeals::refusalsSayWhy()
{
    const QJsonObject open = json({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--stage"),
                                   QStringLiteral("Demo"), QStringLiteral("--limit"), QStringLiteral("1"),
                                   QStringLiteral("--json")});
    const QString id = QString::number(open.value(QStringLiteral("deals")).toArray().first().toObject().value(QStringLiteral("id")).toInteger());
    Result r = run({QStringLiteral("deals"), QStringLiteral("move"), id, QStringLiteral("Lost")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("reason"), r.err.constData());
    r = run({QStringLiteral("deals"), QStringLiteral("move"), id, QStringLiteral("Won"), QStringLiteral("--date"),
             QDate::currentDate().addDays(3).toString(Qt::ISODate)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("future"), r.err.constData());
    r = run({QStringLiteral("deals"), QStringLiteral("move"), id, QStringLiteral("Nowhere")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Qualified, Demo, Proposal"), r.err.constData());
    // Nothing of that changed the deal.
    QCOMPARE(json({QStringLiteral("deals"), QStringLiteral("show"), id, QStringLiteral("--json")})
                 .value(QStringLiteral("stage"))
                 .toString(),
             QStringLiteral("Demo"));
    r = run({QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--currency"),
             QStringLiteral("EURO")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Currency"), r.err.constData());
    r = run({QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--lead"),
             QStringLiteral("99999999")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Lead"), r.err.constData());
    r = run({QStringLiteral("deals"), QStringLiteral("show"), QStringLiteral("99999999")});
    QCOMPARE(r.code, 1);
    r = run({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--owner"), QStringLiteral("Nobody Here")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("Nobody Here"), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliDeals)
#include "tst_cli_deals.moc"
