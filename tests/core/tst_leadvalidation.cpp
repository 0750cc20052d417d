#include "leads/LeadValidation.h"
#include "leads/TextKey.h"

#include <QTest>

class tst_LeadValidation : public QObject
{
    Q_OBJECT
private slots:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void fields();
    void textKeys();
};

void tst_LeadValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("problem"); // empty: valid; else a word of the message
    QTest::newRow("plain") << "ana.silva@empresa.com.br" << "";
    QTest::newRow("plus") << "j.smith+leads@example.co.uk" << "";
    QTest::newRow("accented local") << "élodie@atelier.fr" << "";
    QTest::newRow("idn") << "info@παράδειγμα.gr" << "";
    QTest::newRow("empty is allowed") << "" << "";
    QTest::newRow("spaces around") << "  ana@example.com " << "";
    QTest::newRow("no at") << "ana.example.com" << "\"@\"";
    QTest::newRow("two ats") << "ana@x@example.com" << "more than one";
    QTest::newRow("nothing before") << "@example.com" << "nothing before";
    QTest::newRow("no domain") << "ana@" << "no domain";
    QTest::newRow("no dot") << "ana@localhost" << "no dot";
    QTest::newRow("space inside") << "ana silva@example.com" << "space";
    QTest::newRow("double dot") << "ana..silva@example.com" << "dot";
    QTest::newRow("empty label") << "ana@example..com" << "empty part";
    QTest::newRow("hyphen") << "ana@-example.com" << "hyphen";
    QTest::newRow("bad char") << "ana@exa_mple.com" << "character";
    QTest::newRow("one-letter tld") << "ana@example.c" << "one-letter";
    QTest::newRow("comma") << "ana,silva@example.com" << "character";
}

void tst_LeadValidation::email()
{
    QFETCH(QString, email);
    QFETCH(QString, problem);
    const QString message = LeadValidation::checkEmail(email);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void tst_LeadValidation::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fr") << "+33 1 23 45 67 89" << true;
    QTest::newRow("br") << "+55 (11) 91234-5678" << true;
    QTest::newRow("it") << "02/1234567" << true;
    QTest::newRow("gr") << "+30 210 123 4567" << true;
    QTest::newRow("ext") << "+44 20 7946 0958 ext. 12" << true;
    QTest::newRow("x ext") << "020 7946 0958 x12" << true;
    QTest::newRow("empty") << "" << true;
    QTest::newRow("letters") << "call me maybe" << false;
    QTest::newRow("short") << "12345" << false;
    QTest::newRow("long") << "+1234567890123456" << false;
    QTest::newRow("plus inside") << "33+1234567" << false;
}

void tst_LeadValidation::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    const QString message = LeadValidation::checkPhone(phone);
    QCOMPARE(message.isEmpty(), valid);
}

void tst_LeadValidation::fields()
{
    QVERIFY(!LeadValidation::checkField(LeadField::CompanySize, -3).isEmpty());
    QVERIFY(LeadValidation::checkField(LeadField::CompanySize, QVariant()).isEmpty());
    QVERIFY(!LeadValidation::checkField(LeadField::AnnualRevenue, -1.5).isEmpty());
    QVERIFY(!LeadValidation::checkField(LeadField::Stage, 42).isEmpty());
    Lead lead;
    lead.email = QStringLiteral("broken@");
    const auto problem = LeadValidation::check(lead);
    QVERIFY(problem);
    QCOMPARE(problem->first, LeadField::Email);
}

void tst_LeadValidation::textKeys()
{
    QCOMPARE(TextKey::fold(QStringLiteral("Élodie  LEFÈVRE")), QStringLiteral("elodie lefevre"));
    QCOMPARE(TextKey::fold(QStringLiteral("Παπαδόπουλος")), QStringLiteral("παπαδοπουλοσ"));
    QCOMPARE(TextKey::nameKey(QStringLiteral("João"), QStringLiteral("Gonçalves")), QStringLiteral("goncalves joao"));
    QCOMPARE(TextKey::normalizeEmail(QStringLiteral(" Ana.Silva@Example.COM ")), QStringLiteral("ana.silva@example.com"));
    QCOMPARE(TextKey::phoneDigits(QStringLiteral("+33 (1) 23-45")), QStringLiteral("3312345"));
}

QTEST_GUILESS_MAIN(tst_LeadValidation)
#include "tst_leadvalidation.moc"
