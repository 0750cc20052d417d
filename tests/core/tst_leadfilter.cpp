#include "leads/LeadFilter.h"

#include <QJsonDocument>
#include <QTest>

class tst_LeadFilter : public QObject
{
    Q_OBJECT
private slots:
    void ftsQuery_data();
    void ftsQuery();
    void jsonRoundTrip();
    void jsonErrorsAreReported();
    void whereClauseBindsValues();
};

void tst_LeadFilter::ftsQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("one word") << "mar" << "\"mar\"*";
    QTest::newRow("two words") << "Ana Silva" << "\"ana\"* \"silva\"*";
    QTest::newRow("email") << "ana.silva@emp" << "\"ana\"* \"silva\"* \"emp\"*";
    QTest::newRow("quotes and operators") << "\"x\" OR y* NEAR(" << "\"x\"* \"or\"* \"y\"* \"near\"*";
    QTest::newRow("greek") << "Παπά" << "\"παπα\"*";
    QTest::newRow("accents") << "Élo" << "\"elo\"*";
    QTest::newRow("only punctuation") << " .,;- " << "";
}

void tst_LeadFilter::ftsQuery()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(LeadFilter::ftsQuery(text), query);
}

void tst_LeadFilter::jsonRoundTrip()
{
    LeadFilter f;
    f.search = QStringLiteral("mor");
    f.stages = {Stage::MQL, Stage::SQL};
    f.owners = {0, 7};
    f.sources = {QStringLiteral("webinar")};
    f.countries = {QStringLiteral("France"), QStringLiteral("Ελλάδα")};
    f.temperatures = {Temperature::Hot};
    f.minScore = 10;
    f.maxScore = 90;
    f.createdFrom = QDate(2026, 1, 1);
    f.createdTo = QDate(2026, 6, 30);
    const QByteArray json = QJsonDocument(f.toJson()).toJson();
    QString error;
    const LeadFilter back = LeadFilter::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(back == f);
    QVERIFY(LeadFilter().isEmpty());
    QVERIFY(!f.isEmpty());
}

void tst_LeadFilter::jsonErrorsAreReported()
{
    QString error;
    const LeadFilter f = LeadFilter::fromJson(
        QJsonDocument::fromJson(R"({"stages":["mql","bogus"],"created_from":"yesterday"})").object(), &error);
    QCOMPARE(f.stages, QList<Stage>{Stage::MQL});
    QVERIFY(error.contains(QStringLiteral("bogus")));
    QVERIFY(error.contains(QStringLiteral("created_from")));
}

void tst_LeadFilter::whereClauseBindsValues()
{
    LeadFilter f;
    f.countries = {QStringLiteral("x' OR 1=1 --")};
    f.temperatures = {Temperature::Warm};
    QVariantList params;
    const QByteArray where = f.whereClause(ScoreBands{20, 50}, params);
    QVERIFY(!where.contains("OR 1=1"));
    QCOMPARE(params.size(), 3);
    QCOMPARE(params.at(0).toString(), QStringLiteral("x' OR 1=1 --"));
    QCOMPARE(params.at(1).toInt(), 20);
    QCOMPARE(params.at(2).toInt(), 50);
    params.clear();
    QCOMPARE(LeadFilter().whereClause(ScoreBands(), params), QByteArray("1"));
}

QTEST_GUILESS_MAIN(tst_LeadFilter)
#include "tst_leadfilter.moc"
