#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// leadbench-cli score as a user runs it: a separate process, its output and its exit code.
class tst_CliScore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void explainAddsUpToTheScore();
    void rescoreAll();
    void rulesRoundTripAndBadFiles();
    void advise();
    void usageErrors();

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

void tst_CliScore::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::cliPath()), qPrintable(TestSupport::cliPath()));
    m_db = m_dir.filePath(u"score.leadbench"_s);
    QCOMPARE(run({u"--db"_s, m_db, u"demo"_s, u"--leads"_s, u"800"_s}).code, 0);
}

tst_CliScore::Result tst_CliScore::run(const QStringList &args)
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

QJsonObject tst_CliScore::json(const QStringList &args)
{
    const Result r = run(args);
    if (r.code != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void tst_CliScore::explainAddsUpToTheScore()
{
    for (const QString &id : {u"1"_s, u"42"_s, u"400"_s}) {
        const QJsonObject o = json({u"--db"_s, m_db, u"score"_s, u"--explain"_s, id, u"--json"_s});
        QCOMPARE(o.value(u"lead_id"_s).toInt(), id.toInt());
        int sum = 0;
        for (const QJsonValue &c : o.value(u"contributions"_s).toArray()) {
            const QJsonObject contribution = c.toObject();
            QVERIFY(!contribution.value(u"rule"_s).toString().isEmpty());
            QVERIFY(contribution.contains(u"occurrences"_s));
            QVERIFY(contribution.contains(u"points_exact"_s));
            sum += contribution.value(u"points"_s).toInt();
        }
        QCOMPARE(sum, o.value(u"score"_s).toInt());
        QCOMPARE(o.value(u"mql_threshold"_s).toInt(), 40);
        QVERIFY(o.contains(u"stored_score"_s));
        // The history ends at the stored score.
        const QJsonArray history = o.value(u"history"_s).toArray();
        if (!history.isEmpty())
            QCOMPARE(history.last().toObject().value(u"new"_s).toInt(), o.value(u"stored_score"_s).toInt());
    }
    // Decay is relative to --now: a year later, behaviour counts less.
    const QJsonObject later = json({u"--db"_s, m_db, u"score"_s, u"--explain"_s, u"42"_s, u"--json"_s, u"--now"_s,
                                    QDateTime::currentDateTimeUtc().addYears(1).toString(Qt::ISODate)});
    const QJsonObject today = json({u"--db"_s, m_db, u"score"_s, u"--explain"_s, u"42"_s, u"--json"_s});
    QVERIFY(later.value(u"score"_s).toInt() <= today.value(u"score"_s).toInt());
    // Text output names the rules and the total.
    const Result text = run({u"--db"_s, m_db, u"score"_s, u"--explain"_s, u"42"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("total"));
    // A lead that does not exist.
    const Result missing = run({u"--db"_s, m_db, u"score"_s, u"--explain"_s, u"999999"_s, u"--json"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("999999"));
}

void tst_CliScore::rescoreAll()
{
    const QJsonObject o = json({u"--db"_s, m_db, u"score"_s, u"--all"_s, u"--json"_s});
    QCOMPARE(o.value(u"leads"_s).toInt(), 800);
    QVERIFY(o.contains(u"changed"_s));
    QVERIFY(o.contains(u"promoted_to_mql"_s));
    // Straight after, with the same rules, nothing changes any more.
    QCOMPARE(json({u"--db"_s, m_db, u"score"_s, u"--all"_s, u"--json"_s}).value(u"changed"_s).toInt(), 0);
}

void tst_CliScore::rulesRoundTripAndBadFiles()
{
    const Result rules = run({u"--db"_s, m_db, u"score"_s, u"--rules"_s, u"--json"_s});
    QCOMPARE(rules.code, 0);
    QJsonObject set = QJsonDocument::fromJson(rules.out).object();
    QCOMPARE(set.value(u"mql_threshold"_s).toInt(), 40);
    QJsonArray list = set.value(u"rules"_s).toArray();
    QVERIFY(list.size() >= 10);
    // Clicks worth 30, threshold 35: saved, and every lead re-scored.
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject r = list.at(i).toObject();
        if (r.value(u"activity"_s).toString() == u"email_clicked"_s) {
            r[u"points"_s] = 30;
            list[i] = r;
        }
    }
    set[u"rules"_s] = list;
    set[u"mql_threshold"_s] = 35;
    const QString file = m_dir.filePath(u"rules.json"_s);
    TestSupport::writeFile(file, QJsonDocument(set).toJson());
    const Result saved = run({u"--db"_s, m_db, u"score"_s, u"--set-rules"_s, file});
    QCOMPARE(saved.code, 0);
    QVERIFY2(saved.out.contains("Re-scored 800 leads"), saved.out.constData());
    const QJsonObject back = json({u"--db"_s, m_db, u"score"_s, u"--rules"_s, u"--json"_s});
    QCOMPARE(back.value(u"mql_threshold"_s).toInt(), 35);
    QCOMPARE(back.value(u"rules"_s).toArray(), list);

    // A bad file is refused with the rule and the field, and nothing changes.
    list[0] = QJsonObject{{u"kind"_s, u"behaviour"_s}, {u"activity"_s, u"email_opened"_s}, {u"points"_s, 5}, {u"cap"_s, -3}};
    set[u"rules"_s] = list;
    TestSupport::writeFile(file, QJsonDocument(set).toJson());
    const Result bad = run({u"--db"_s, m_db, u"score"_s, u"--set-rules"_s, file});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains("Rule 1") && bad.err.contains("cap") && bad.err.contains("Nothing was changed"), bad.err.constData());
    TestSupport::writeFile(file, "{ not json");
    const Result broken = run({u"--db"_s, m_db, u"score"_s, u"--set-rules"_s, file});
    QCOMPARE(broken.code, 1);
    QVERIFY2(broken.err.contains("rules.json"), broken.err.constData());
    QCOMPARE(json({u"--db"_s, m_db, u"score"_s, u"--rules"_s, u"--json"_s}).value(u"rules"_s).toArray(), back.value(u"rules"_s).toArray());
}

void tst_CliScore::advise()
{
    const QJsonObject o = json({u"--db"_s, m_db, u"score"_s, u"--advise"_s, u"--json"_s});
    QCOMPARE(o.value(u"leads"_s).toInt(), 800);
    QVERIFY(o.value(u"known_outcome"_s).toInt() > 0);
    QCOMPARE(o.value(u"known_outcome"_s).toInt(), o.value(u"customers"_s).toInt() + o.value(u"lost"_s).toInt());
    QVERIFY(o.value(u"suggested_threshold"_s).isDouble());
    const QJsonArray rows = o.value(u"thresholds"_s).toArray();
    QVERIFY(rows.size() > 10);
    // Shares fall as the threshold rises.
    double previous = 2;
    for (const QJsonValue &v : rows) {
        const double share = v.toObject().value(u"sales_share"_s).toDouble();
        QVERIFY(share <= previous);
        previous = share;
    }
    const QJsonArray attributes = o.value(u"lift"_s).toObject().value(u"attributes"_s).toArray();
    QCOMPARE(attributes.size(), 6);
    QCOMPARE(attributes.first().toObject().value(u"attribute"_s).toString(), u"industry"_s);
}

void tst_CliScore::usageErrors()
{
    QCOMPARE(run({u"--db"_s, m_db, u"score"_s}).code, 2);
    QCOMPARE(run({u"--db"_s, m_db, u"score"_s, u"--all"_s, u"--advise"_s}).code, 2);
    QCOMPARE(run({u"--db"_s, m_db, u"score"_s, u"--explain"_s, u"abc"_s}).code, 2);
    const Result now = run({u"--db"_s, m_db, u"score"_s, u"--explain"_s, u"1"_s, u"--now"_s, u"yesterday"_s});
    QCOMPARE(now.code, 2);
    QVERIFY(now.err.contains("--now"));
    QVERIFY(run({u"--help"_s}).out.contains("score --explain ID"));
}

QTEST_GUILESS_MAIN(tst_CliScore)
#include "tst_cliscore.moc"
