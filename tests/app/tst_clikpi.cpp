#include "TestSupport.h"

#include "kpi/KpiService.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// leadbench-cli kpi: the same figures as the dashboard's service, as JSON and CSV; clear usage errors.
class tst_CliKpi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonMatchesTheService();
    void csvTables();
    void usageErrors();

private:
    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args);
    Kpi::Range range() const;

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_CliKpi::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::cliPath()), qPrintable(TestSupport::cliPath()));
    m_db = m_dir.filePath(u"kpi.leadbench"_s);
    QCOMPARE(run({u"--db"_s, m_db, u"demo"_s, u"--leads"_s, u"600"_s}).code, 0);
}

tst_CliKpi::Result tst_CliKpi::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/.config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
    p.setProcessEnvironment(env);
    p.start(TestSupport::cliPath(), args);
    if (!p.waitForFinished(120000))
        qFatal("leadbench-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

Kpi::Range tst_CliKpi::range() const
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return {today.addYears(-2), today};
}

void tst_CliKpi::jsonMatchesTheService()
{
    const Kpi::Range r = range();
    for (const QString &by : {u"campaign"_s, u"source"_s, u"rep"_s, u"month"_s}) {
        const Result res = run({u"--db"_s, m_db, u"kpi"_s, u"--from"_s, r.from.toString(Qt::ISODate), u"--to"_s,
                                r.to.toString(Qt::ISODate), u"--by"_s, by, u"--format"_s, u"json"_s});
        QCOMPARE(res.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(res.out).object();
        QCOMPARE(o.value(u"by"_s).toString(), by);
        auto ws = Workspace::open(m_db, Workspace::OpenOptions{Workspace::OpenOptions::Verify::Quick, false, true});
        const Kpi::Report expected = KpiService(ws->db()).compute(r, *Kpi::groupingFromKey(by));
        const QJsonObject total = o.value(u"total"_s).toObject();
        QVERIFY(expected.total.leads() > 0);
        QCOMPARE(total.value(u"leads"_s).toInteger(), expected.total.leads());
        QCOMPARE(total.value(u"won_deals"_s).toInteger(), expected.total.wonDeals);
        QCOMPARE(total.value(u"revenue"_s).toDouble(), std::round(expected.total.revenue * 100) / 100);
        QCOMPARE(o.value(u"groups"_s).toArray().size(), expected.groups.size());
        QCOMPARE(o.value(u"funnel"_s).toArray().size(), 5);
        for (const QJsonValue &g : o.value(u"groups"_s).toArray()) {
            for (const QString &key : g.toObject().keys()) {
                const QJsonValue v = g.toObject().value(key);
                QVERIFY2(v.isNull() || v.isString() || std::isfinite(v.toDouble()), qPrintable(key));
            }
        }
    }
}

void tst_CliKpi::csvTables()
{
    const Result groups = run({u"--db"_s, m_db, u"kpi"_s, u"--by"_s, u"source"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(groups.code, 0);
    QVERIFY(groups.out.startsWith("key,label,leads,iql,mql,sql,trials,visitors,opt_in_rate,"));
    const Result months = run({u"--db"_s, m_db, u"kpi"_s, u"--format"_s, u"csv"_s, u"--table"_s, u"months"_s});
    QCOMPARE(months.code, 0);
    QVERIFY(months.out.startsWith("month,revenue,won_deals,growth_percent\r\n"));
    QCOMPARE(months.out.count("\r\n"), 13); // header and the 12 months of the default range
    const Result funnel = run({u"--db"_s, m_db, u"kpi"_s, u"--format"_s, u"csv"_s, u"--table"_s, u"funnel"_s});
    QVERIFY(funnel.out.startsWith("step,reached,conversion_percent\r\nLeads,"));
}

void tst_CliKpi::usageErrors()
{
    Result r = run({u"--db"_s, m_db, u"kpi"_s, u"--by"_s, u"week"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--by: \"week\" is not one of campaign, source, rep, month"), r.err.constData());
    r = run({u"--db"_s, m_db, u"kpi"_s, u"--from"_s, u"2026-13-01"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--from: \"2026-13-01\" is not a date"));
    r = run({u"--db"_s, m_db, u"kpi"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-01-01"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--from 2026-03-01 is after --to 2026-01-01"));
    r = run({u"--db"_s, m_db, u"kpi"_s, u"--format"_s, u"xml"_s});
    QCOMPARE(r.code, 2);
    r = run({u"--db"_s, m_db, u"kpi"_s, u"--table"_s, u"months"_s});
    QCOMPARE(r.code, 2); // --table needs csv
    r = run({u"--db"_s, m_dir.filePath(u"missing.leadbench"_s), u"kpi"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(run({u"--help"_s}).out.contains("kpi [--from D] [--to D]"));
}

QTEST_GUILESS_MAIN(tst_CliKpi)
#include "tst_clikpi.moc"
