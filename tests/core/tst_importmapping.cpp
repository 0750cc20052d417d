#include "io/ImportMapping.h"

#include "leads/Activity.h"
#include "leads/LifecycleStage.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportMapping : public QObject
{
    Q_OBJECT
private slots:
    void headers_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        // HubSpot contacts export
        QTest::newRow("hubspot first") << u"First Name"_s << u"first_name"_s;
        QTest::newRow("hubspot email") << u"Email"_s << u"email"_s;
        QTest::newRow("hubspot phone") << u"Phone Number"_s << u"phone"_s;
        QTest::newRow("hubspot company") << u"Company Name"_s << u"company"_s;
        QTest::newRow("hubspot country") << u"Country/Region"_s << u"country"_s;
        QTest::newRow("hubspot state") << u"State/Region"_s << u"region"_s;
        QTest::newRow("hubspot stage") << u"Lifecycle Stage"_s << u"stage"_s;
        QTest::newRow("hubspot source") << u"Original Source"_s << u"source"_s;
        QTest::newRow("hubspot owner") << u"Contact owner"_s << u"owner_id"_s;
        QTest::newRow("hubspot employees") << u"Number of Employees"_s << u"company_size"_s;
        QTest::newRow("hubspot created") << u"Create Date"_s << u"created_at"_s;
        QTest::newRow("hubspot record id") << u"Record ID"_s << QString();
        // Salesforce
        QTest::newRow("salesforce title") << u"Title"_s << u"job_title"_s;
        QTest::newRow("salesforce lead source") << u"Lead Source"_s << u"source"_s;
        QTest::newRow("salesforce account") << u"Account Name"_s << u"company"_s;
        QTest::newRow("salesforce employees") << u"No. of Employees"_s << u"company_size"_s;
        QTest::newRow("salesforce mailing country") << u"Mailing Country"_s << u"country"_s;
        QTest::newRow("salesforce owner") << u"Lead Owner"_s << u"owner_id"_s;
        // Pipedrive
        QTest::newRow("pipedrive email") << u"Person - Email"_s << u"email"_s;
        QTest::newRow("pipedrive work email") << u"Person - Email - Work"_s << u"email"_s;
        QTest::newRow("pipedrive org") << u"Person - Organization"_s << u"company"_s;
        QTest::newRow("pipedrive org name") << u"Organization - Name"_s << u"company"_s;
        QTest::newRow("pipedrive owner") << u"Person - Owner"_s << u"owner_id"_s;
        // French
        QTest::newRow("fr prénom") << u"Prénom"_s << u"first_name"_s;
        QTest::newRow("fr e-mail") << u"E-mail"_s << u"email"_s;
        QTest::newRow("fr courriel") << u"Adresse e-mail"_s << u"email"_s;
        QTest::newRow("fr société") << u"Société"_s << u"company"_s;
        QTest::newRow("fr téléphone") << u"Téléphone"_s << u"phone"_s;
        QTest::newRow("fr chiffre") << u"Chiffre d'affaires"_s << u"annual_revenue"_s;
        QTest::newRow("fr secteur") << u"Secteur d'activité"_s << u"industry"_s;
        // Portuguese
        QTest::newRow("pt empresa") << u"Empresa"_s << u"company"_s;
        QTest::newRow("pt sobrenome") << u"Sobrenome"_s << u"last_name"_s;
        QTest::newRow("pt cargo") << u"Cargo"_s << u"job_title"_s;
        QTest::newRow("pt país") << u"País"_s << u"country"_s;
        QTest::newRow("pt faturamento") << u"Faturamento"_s << u"annual_revenue"_s;
        // Italian
        QTest::newRow("it azienda") << u"Azienda"_s << u"company"_s;
        QTest::newRow("it cognome") << u"Cognome"_s << u"last_name"_s;
        QTest::newRow("it città") << u"Città"_s << u"city"_s;
        QTest::newRow("it fatturato") << u"Fatturato"_s << u"annual_revenue"_s;
        QTest::newRow("it telefono") << u"Telefono"_s << u"phone"_s;
        // Greek
        QTest::newRow("el εταιρεία") << u"Εταιρεία"_s << u"company"_s;
        QTest::newRow("el επώνυμο") << u"Επώνυμο"_s << u"last_name"_s;
        QTest::newRow("el τηλέφωνο") << u"Τηλέφωνο"_s << u"phone"_s;
        QTest::newRow("el χώρα") << u"ΧΩΡΑ"_s << u"country"_s;
        QTest::newRow("el πόλη") << u"Πόλη"_s << u"city"_s;
        QTest::newRow("el υπεύθυνος (final sigma)") << u"Υπεύθυνος"_s << u"owner_id"_s;
        QTest::newRow("el σημειώσεις") << u"Σημειώσεις"_s << u"notes"_s;
    }
    void headers()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        QCOMPARE(ColumnMapping::suggest(ImportKind::Leads, header), target);
    }

    void automaticMapping()
    {
        // Phone wins over mobile; a target goes to one column only; unknown columns are not imported.
        const QStringList h{u"Mobile Phone Number"_s, u"Email"_s, u"Phone Number"_s, u"E-mail"_s, u"Favourite colour"_s};
        const ColumnMapping m = ColumnMapping::automatic(ImportKind::Leads, h);
        QCOMPARE(m.target(0), QString());
        QCOMPARE(m.target(1), u"email"_s);
        QCOMPARE(m.target(2), u"phone"_s);
        QCOMPARE(m.target(3), QString());
        QCOMPARE(m.target(4), QString());
        // Only mobile: it is the phone.
        QCOMPARE(ColumnMapping::automatic(ImportKind::Leads, {u"Cellulare"_s, u"Nome"_s}).target(0), u"phone"_s);
    }

    void nameAloneIsTheFullName()
    {
        // "Nome" next to "Cognome" is the first name; alone it is the whole name.
        const ColumnMapping it = ColumnMapping::automatic(ImportKind::Leads, {u"Nome"_s, u"Cognome"_s, u"Azienda"_s});
        QCOMPARE(it.target(0), u"first_name"_s);
        QCOMPARE(it.target(1), u"last_name"_s);
        const ColumnMapping pt = ColumnMapping::automatic(ImportKind::Leads, {u"Nome"_s, u"E-mail"_s});
        QCOMPARE(pt.target(0), u"full_name"_s);
        const ColumnMapping fr = ColumnMapping::automatic(ImportKind::Leads, {u"Nom"_s, u"Courriel"_s});
        QCOMPARE(fr.target(0), u"full_name"_s);
        const ColumnMapping en = ColumnMapping::automatic(ImportKind::Leads, {u"Name"_s, u"First name"_s, u"Last name"_s});
        QCOMPARE(en.target(0), QString()); // the parts win
    }

    void otherKinds()
    {
        const ColumnMapping a = ColumnMapping::automatic(ImportKind::Activities,
                                                         {u"Recipient"_s, u"Event"_s, u"Timestamp"_s, u"Subject"_s});
        QCOMPARE(a.mappedTargets(), (QStringList{u"email"_s, u"type"_s, u"occurred_at"_s, u"detail"_s}));
        const ColumnMapping c = ColumnMapping::automatic(ImportKind::Campaigns,
                                                         {u"Day"_s, u"Campaign name"_s, u"Amount spent (EUR)"_s, u"Link clicks"_s});
        QCOMPARE(c.mappedTargets(), (QStringList{u"date"_s, u"campaign"_s, u"cost"_s, u"clicks"_s}));
        const ColumnMapping d = ColumnMapping::automatic(ImportKind::Deals,
                                                         {u"Deal Name"_s, u"Amount"_s, u"Deal Stage"_s, u"Close Date"_s});
        QCOMPARE(d.mappedTargets(), (QStringList{u"title"_s, u"amount"_s, u"stage"_s, u"close_date"_s}));
    }

    void savedMappingAppliesByName()
    {
        ColumnMapping saved(ImportKind::Leads, {u"Mail"_s, u"Boîte"_s, u"Code"_s});
        saved.setTarget(0, u"email"_s);
        saved.setTarget(1, u"company"_s);
        const ColumnMapping restored = ColumnMapping::fromJson(saved.toJson());
        QCOMPARE(restored, saved);
        // Another file with the columns in another order, one spelled differently.
        ColumnMapping m(ImportKind::Leads, {u"Code"_s, u"boite"_s, u"Mail"_s});
        m.apply(restored);
        QCOMPARE(m.target(0), QString());
        QCOMPARE(m.target(1), u"company"_s);
        QCOMPARE(m.target(2), u"email"_s);
        // setTarget keeps one column per target.
        m.setTarget(0, u"email"_s);
        QCOMPARE(m.target(2), QString());
        QCOMPARE(m.column(u"email"_s), 0);
    }

    void stageValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("stage");
        QTest::newRow("hubspot internal") << u"marketingqualifiedlead"_s << int(Stage::MQL);
        QTest::newRow("hubspot label") << u"Marketing Qualified Lead"_s << int(Stage::MQL);
        QTest::newRow("hubspot sql") << u"salesqualifiedlead"_s << int(Stage::SQL);
        QTest::newRow("hubspot evangelist") << u"evangelist"_s << int(Stage::Customer);
        QTest::newRow("key") << u"nurturing"_s << int(Stage::Nurturing);
        QTest::newRow("salesforce") << u"Closed - Not Converted"_s << int(Stage::Disqualified);
        QTest::newRow("fr") << u"Opportunité"_s << int(Stage::Opportunity);
        QTest::newRow("pt") << u"Cliente"_s << int(Stage::Customer);
        QTest::newRow("it") << u"Iscritto"_s << int(Stage::Subscriber);
        QTest::newRow("el") << u"Πελάτης"_s << int(Stage::Customer);
        QTest::newRow("unknown") << u"VIP"_s << 0;
    }
    void stageValues()
    {
        QFETCH(QString, text);
        QFETCH(int, stage);
        QCOMPARE(ImportValues::stage(text).value_or(0), stage);
    }

    void otherValues()
    {
        QCOMPARE(ImportValues::source(u"ORGANIC_SEARCH"_s), u"seo"_s);
        QCOMPARE(ImportValues::source(u"Paid Social"_s), u"ads"_s);
        QCOMPARE(ImportValues::source(u"Trade Show"_s), u"trade_show"_s);
        QCOMPARE(ImportValues::source(u"webinar"_s), u"webinar"_s);
        QCOMPARE(ImportValues::source(u"Podcast XYZ"_s), u"Podcast XYZ"_s); // kept as it is
        QCOMPARE(ImportValues::activityType(u"Opened"_s).value_or(0), int(ActivityType::EmailOpened));
        QCOMPARE(ImportValues::activityType(u"clic"_s).value_or(0), int(ActivityType::EmailClicked));
        QCOMPARE(ImportValues::activityType(u"page_visit"_s).value_or(0), int(ActivityType::PageVisit));
        QVERIFY(!ImportValues::activityType(u"teleported"_s));
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << u"5000"_s << 5000.0;
        QTest::newRow("en grouping") << u"1,234,567.5"_s << 1234567.5;
        QTest::newRow("fr") << u"1 234 567,5"_s << 1234567.5;
        QTest::newRow("de") << u"1.234.567,50"_s << 1234567.5;
        QTest::newRow("decimal comma") << u"12,5"_s << 12.5;
        QTest::newRow("thousands comma") << u"1,234"_s << 1234.0;
        QTest::newRow("currency") << u"€ 2.500,00"_s << 2500.0;
        QTest::newRow("code") << u"2500 EUR"_s << 2500.0;
        QTest::newRow("k") << u"12k"_s << 12000.0;
        QTest::newRow("negative") << u"-3.5"_s << -3.5;
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto n = ImportValues::number(text);
        QVERIFY2(n, qPrintable(text));
        QCOMPARE(*n, value);
    }

    void notNumbers()
    {
        QVERIFY(!ImportValues::number(u"about fifty"_s));
        QVERIFY(!ImportValues::number(u""_s));
        QVERIFY(!ImportValues::number(u"50-200"_s));
    }

    void dates()
    {
        const auto utc = [](int y, int m, int d, int h = 0, int min = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toMSecsSinceEpoch();
        };
        const auto local = [](int y, int m, int d, int h = 0, int min = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toMSecsSinceEpoch();
        };
        QCOMPARE(ImportValues::dateTime(u"2024-05-04T13:22:00Z"_s).value_or(0), utc(2024, 5, 4, 13, 22));
        QCOMPARE(ImportValues::dateTime(u"2024-05-04T13:22:00+02:00"_s).value_or(0), utc(2024, 5, 4, 11, 22));
        QCOMPARE(ImportValues::dateTime(u"2024-05-04 13:22"_s).value_or(0), local(2024, 5, 4, 13, 22));
        QCOMPARE(ImportValues::dateTime(u"04/05/2024"_s).value_or(0), local(2024, 5, 4));      // day first
        QCOMPARE(ImportValues::dateTime(u"12/25/2024"_s).value_or(0), local(2024, 12, 25));    // month first
        QCOMPARE(ImportValues::dateTime(u"25.12.2024 8:05 PM"_s).value_or(0), local(2024, 12, 25, 20, 5));
        QCOMPARE(ImportValues::dateTime(u"1714828920"_s).value_or(0), 1714828920000LL);
        QCOMPARE(ImportValues::dateTime(u"1714828920123"_s).value_or(0), 1714828920123LL);
        QVERIFY(!ImportValues::dateTime(u"next Tuesday"_s));
        QVERIFY(!ImportValues::dateTime(u"2024-13-45"_s));
        QCOMPARE(ImportValues::boolean(u"Sí"_s), std::optional<bool>(true));
        QCOMPARE(ImportValues::boolean(u"Όχι"_s), std::optional<bool>(false));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
