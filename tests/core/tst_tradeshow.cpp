#include "TestSupport.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "tradeshow/BadgeParser.h"
#include "tradeshow/TradeShow.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

class tst_TradeShow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eventsAreCampaignsWithCost();
    void captureCreatesLeadWithEverything();
    void captureRefusesBadInputAndSavesNothing();
    void duplicatesWhileTyping();
    void updateExistingLeadInstead();
    void countersAndSummary();
    void assignInTurn();
    void draftSurvivesUntilSaved();
    void badgeVCard();
    void badgeVCard21QuotedPrintable();
    void badgeMeCard();
    void badgeKeyValue();
    void notAScan();

private:
    CaptureInput person(const QString &first, const QString &last, const QString &email = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<TradeShow> m_show;
    qint64 m_event = 0;
};

void tst_TradeShow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("t.leadbench")));
    m_show = std::make_unique<TradeShow>(*m_ws);
    m_event = m_show->createEvent(QStringLiteral("Salon Vivatech 2026"), QDate(2026, 6, 10), QDate(2026, 6, 13), 24000);
}

void tst_TradeShow::cleanup()
{
    m_show.reset();
    m_ws.reset();
    m_dir.reset();
}

CaptureInput tst_TradeShow::person(const QString &first, const QString &last, const QString &email)
{
    CaptureInput in;
    in.firstName = first;
    in.lastName = last;
    in.email = email;
    in.company = QStringLiteral("Atelier Moreau SAS");
    return in;
}

void tst_TradeShow::eventsAreCampaignsWithCost()
{
    QCOMPARE(m_show->events().size(), 1);
    QCOMPARE(m_show->events().first().cost, 24000.0);
    QCOMPARE(m_show->events().first().channel, QStringLiteral("trade_show"));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_show->createEvent(QStringLiteral("Salon Vivatech 2026"), {}, {}, 1));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_show->createEvent(QStringLiteral("X"), {}, {}, -5));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_show->createEvent(QStringLiteral("Y"), QDate(2026, 2, 2), QDate(2026, 1, 1), 5));
}

void tst_TradeShow::captureCreatesLeadWithEverything()
{
    CaptureInput in = person(QStringLiteral("Élodie"), QStringLiteral("Moreau"), QStringLiteral("elodie@atelier.fr"));
    in.jobTitle = QStringLiteral("Directrice");
    in.phone = QStringLiteral("+33 6 12 34 56 78");
    in.interest = Temperature::Hot;
    in.productInterest = QStringLiteral("Team plan");
    in.notes = QStringLiteral("Wants a demo in September");
    in.consent = true;
    in.consentText = QStringLiteral("I agree to be contacted.");
    const auto result = m_show->capture(m_event, in);
    QVERIFY(!result.updatedExisting);
    const Lead lead = m_ws->leads().get(result.leadId);
    QCOMPARE(lead.firstName, QStringLiteral("Élodie"));
    QCOMPARE(lead.source, QStringLiteral("trade_show"));
    QCOMPARE(lead.campaignId.value_or(0), m_event);
    QVERIFY(lead.hasConsent());
    QVERIFY(lead.consentSource.contains(QStringLiteral("Vivatech")));
    QCOMPARE(lead.notes, QStringLiteral("Wants a demo in September"));
    const auto activities = m_ws->leads().activities(result.leadId);
    QCOMPARE(activities.size(), 1);
    QCOMPARE(activities.first().type, ActivityType::EventVisit);
    QVERIFY(activities.first().detail.contains(QStringLiteral("Team plan")));
    QVERIFY(m_ws->leads().stageHistory(result.leadId).size() >= 1);
    // Meeting at an event counts in the score (default rule), at once.
    QVERIFY(m_ws->leads().get(result.leadId).score >= 15);
    QCOMPARE(Query(m_ws->db(), "SELECT consent_text || '|' || interest FROM event_captures").scalar().toString(),
             QStringLiteral("I agree to be contacted.|2"));
}

void tst_TradeShow::captureRefusesBadInputAndSavesNothing()
{
    LeadField field;
    QVERIFY(!m_show->check(CaptureInput(), &field).isEmpty());
    CaptureInput in = person(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("ana@"));
    QVERIFY(m_show->check(in, &field).contains(QStringLiteral("E-mail")));
    QCOMPARE(field, LeadField::Email);
    QVERIFY_THROWS_EXCEPTION(StorageError, m_show->capture(m_event, in));
    in.email = QStringLiteral("ana@empresa.com.br");
    in.consent = true; // without wording
    QVERIFY_THROWS_EXCEPTION(StorageError, m_show->capture(m_event, in));
    QVERIFY_THROWS_EXCEPTION(StorageError, m_show->capture(999, person(QStringLiteral("A"), QStringLiteral("B"))));
    QCOMPARE(m_ws->leads().count(), 0);
    QCOMPARE(m_show->capturedAt(m_event), 0);
}

void tst_TradeShow::duplicatesWhileTyping()
{
    Lead existing;
    existing.firstName = QStringLiteral("José");
    existing.lastName = QStringLiteral("Araújo");
    existing.email = QStringLiteral("Jose.Araujo@Varejo.com.br");
    existing.phone = QStringLiteral("+55 (11) 91234-5678");
    existing.company = QStringLiteral("Araújo Varejo Ltda");
    const qint64 id = m_ws->leads().create(existing);
    m_ws->leads().create(Lead{.firstName = QStringLiteral("José"), .lastName = QStringLiteral("Araújo"),
                              .company = QStringLiteral("Another Company")});

    CaptureInput in;
    in.email = QStringLiteral(" jose.araujo@varejo.com.br");
    auto found = m_show->duplicates(in);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().leadId, id);
    QCOMPARE(found.first().reasons, QStringList{QStringLiteral("same e-mail")});

    in = CaptureInput();
    in.phone = QStringLiteral("55 11 91234 5678");
    found = m_show->duplicates(in);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().reasons, QStringList{QStringLiteral("same phone")});

    in = CaptureInput();
    in.firstName = QStringLiteral("jose");
    in.lastName = QStringLiteral("ARAUJO");
    in.company = QStringLiteral("Araujo Varejo LTDA");
    found = m_show->duplicates(in);
    QCOMPARE(found.size(), 1); // the namesake at another company is not proposed
    QVERIFY(found.first().reasons.contains(QStringLiteral("same name and company")));

    in.firstName = QStringLiteral("J");
    found = m_show->duplicates(in);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().reasons.contains(QStringLiteral("similar name, same company")));

    in = person(QStringLiteral("Nobody"), QStringLiteral("Known"));
    QVERIFY(m_show->duplicates(in).isEmpty());
}

void tst_TradeShow::updateExistingLeadInstead()
{
    Lead existing;
    existing.firstName = QStringLiteral("Marco");
    existing.lastName = QStringLiteral("Bianchi");
    existing.email = QStringLiteral("marco@impianti.it");
    existing.jobTitle = QStringLiteral("CTO");
    existing.notes = QStringLiteral("Old note.");
    const qint64 id = m_ws->leads().create(existing);
    CaptureInput in = person(QStringLiteral("Marco"), QStringLiteral("Bianchi"), QStringLiteral("marco@impianti.it"));
    in.jobTitle = QStringLiteral("Chief Technology Officer");
    in.phone = QStringLiteral("+39 02 1234 5678");
    in.notes = QStringLiteral("Met again.");
    in.interest = Temperature::Hot;
    const auto result = m_show->capture(m_event, in, id);
    QVERIFY(result.updatedExisting);
    QCOMPARE(result.leadId, id);
    QCOMPARE(m_ws->leads().count(), 1);
    const Lead lead = m_ws->leads().get(id);
    QCOMPARE(lead.jobTitle, QStringLiteral("CTO"));            // filled values are kept
    QCOMPARE(lead.phone, QStringLiteral("+39 02 1234 5678")); // empty ones are filled
    QCOMPARE(lead.company, QStringLiteral("Atelier Moreau SAS"));
    QCOMPARE(lead.notes, QStringLiteral("Old note.\n\nMet again."));
    QCOMPARE(m_show->summary(m_event).updatedLeads, 1);
}

void tst_TradeShow::countersAndSummary()
{
    const qint64 other = m_show->createEvent(QStringLiteral("Web Summit"), {}, {}, 0);
    for (int i = 0; i < 5; ++i) {
        CaptureInput in = person(QStringLiteral("P%1").arg(i), QStringLiteral("Q"));
        in.interest = i < 2 ? Temperature::Hot : i < 4 ? Temperature::Warm : Temperature::Cold;
        in.consent = i % 2 == 0;
        in.consentText = QStringLiteral("ok");
        m_show->capture(m_event, in);
    }
    m_show->capture(other, person(QStringLiteral("X"), QStringLiteral("Y")));
    QCOMPARE(m_show->capturedAt(m_event), 5);
    QCOMPARE(m_show->capturedAt(other), 1);
    QCOMPARE(m_show->capturedToday(), 6);
    const EventSummary s = m_show->summary(m_event);
    QCOMPARE(s.leads, 5);
    QCOMPARE(s.hot, 2);
    QCOMPARE(s.warm, 2);
    QCOMPARE(s.cold, 1);
    QCOMPARE(s.withConsent, 3);
    QCOMPARE(s.costPerLead.value_or(-1), 24000.0 / 5);
    QVERIFY(!m_show->summary(m_show->createEvent(QStringLiteral("Empty"), {}, {}, 100)).costPerLead);
    QCOMPARE(m_show->summary(other).costPerLead.value_or(-1), 0.0);
}

void tst_TradeShow::assignInTurn()
{
    Rep a;
    a.name = QStringLiteral("Claire Dubois");
    Rep b;
    b.name = QStringLiteral("Marco Bianchi");
    const qint64 ra = m_ws->reps().add(a);
    const qint64 rb = m_ws->reps().add(b);
    for (int i = 0; i < 5; ++i) {
        CaptureInput in = person(QStringLiteral("P%1").arg(i), QStringLiteral("Q"));
        in.interest = i < 2 ? Temperature::Hot : Temperature::Cold;
        m_show->capture(m_event, in);
    }
    QVERIFY_THROWS_EXCEPTION(StorageError, m_show->assignInTurn(m_event, {}));
    QCOMPARE(m_show->assignInTurn(m_event, {ra, rb}), 5);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM leads WHERE owner_id = ?", ra).scalar().toInt(), 3);
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM leads WHERE owner_id = ?", rb).scalar().toInt(), 2);
    // One hot lead each.
    QCOMPARE(Query(m_ws->db(), "SELECT count(DISTINCT l.owner_id) FROM leads l JOIN event_captures c ON c.lead_id = l.id "
                               "WHERE c.interest = 2").scalar().toInt(), 2);
    QCOMPARE(m_show->assignInTurn(m_event, {ra}), 0); // nobody left unassigned
    QCOMPARE(m_show->summary(m_event).unassigned, 0);
}

void tst_TradeShow::draftSurvivesUntilSaved()
{
    QVERIFY(!m_show->draft());
    CaptureInput in = person(QStringLiteral("Half"), QStringLiteral("Typed"));
    in.notes = QStringLiteral("interrupted");
    m_show->saveDraft(m_event, in);
    {
        // Another opening of the same file (the app restarted) finds it.
        auto again = Workspace::open(m_ws->path());
        TradeShow show(*again);
        const auto draft = show.draft();
        QVERIFY(draft);
        QCOMPARE(draft->first, m_event);
        QCOMPARE(draft->second.notes, QStringLiteral("interrupted"));
    }
    m_show->capture(m_event, in);
    QVERIFY(!m_show->draft()); // saving the lead clears it in the same transaction
    m_show->saveDraft(m_event, CaptureInput());
    QVERIFY(!m_show->draft());
}

void tst_TradeShow::badgeVCard()
{
    const QString card = QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nN:Παπαδόπουλος;Γιώργος;;;\nFN:Γιώργος Παπαδόπουλος\n"
                                        "ORG:Ναυτιλιακή Α.Ε.;Sales\nTITLE:Διευθυντής Πωλήσεων\n"
                                        "EMAIL;TYPE=INTERNET,WORK:g.papadopoulos@naftiliaki.gr\n"
                                        "TEL;TYPE=CELL:+30 69 1234 5678\nNOTE:long\n  folded line\nEND:VCARD");
    QCOMPARE(BadgeParser::detect(card.left(12)), BadgeParser::Kind::VCard);
    QVERIFY(!BadgeParser::isComplete(card.left(40)));
    QVERIFY(BadgeParser::isComplete(card));
    const auto f = BadgeParser::parse(card);
    QVERIFY(f);
    QCOMPARE(f->firstName, QStringLiteral("Γιώργος"));
    QCOMPARE(f->lastName, QStringLiteral("Παπαδόπουλος"));
    QCOMPARE(f->company, QStringLiteral("Ναυτιλιακή Α.Ε."));
    QCOMPARE(f->jobTitle, QStringLiteral("Διευθυντής Πωλήσεων"));
    QCOMPARE(f->email, QStringLiteral("g.papadopoulos@naftiliaki.gr"));
    QCOMPARE(f->phone, QStringLiteral("+30 69 1234 5678"));
    // vCard 4.0 with only FN, a tel: URI and escaped commas.
    const auto g = BadgeParser::parse(QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Maria Silva\r\n"
                                                    "ORG:Silva\\, Costa & Cia\r\nTEL;VALUE=uri:tel:+55-11-4002-8922\r\nEND:VCARD\r\n"));
    QVERIFY(g);
    QCOMPARE(g->firstName, QStringLiteral("Ana Maria"));
    QCOMPARE(g->lastName, QStringLiteral("Silva"));
    QCOMPARE(g->company, QStringLiteral("Silva, Costa & Cia"));
    QCOMPARE(g->phone, QStringLiteral("+55-11-4002-8922"));
}

void tst_TradeShow::badgeVCard21QuotedPrintable()
{
    const auto f = BadgeParser::parse(QStringLiteral(
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=C3=A8vre;=C3=89lodie\n"
        "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Atelier Lef=C3=A8vre =\nSAS\nEND:VCARD"));
    QVERIFY(f);
    QCOMPARE(f->lastName, QStringLiteral("Lefèvre"));
    QCOMPARE(f->firstName, QStringLiteral("Élodie"));
    QCOMPARE(f->company, QStringLiteral("Atelier Lefèvre SAS"));
}

void tst_TradeShow::badgeMeCard()
{
    const QString text = QStringLiteral("MECARD:N:Rossi,Giulia;TEL:+390212345678;EMAIL:giulia@impianti.it;ORG:Impianti\\; Rossi;TITLE:CEO;;");
    QCOMPARE(BadgeParser::detect(text), BadgeParser::Kind::MeCard);
    const auto f = BadgeParser::parse(text);
    QVERIFY(f);
    QCOMPARE(f->lastName, QStringLiteral("Rossi"));
    QCOMPARE(f->firstName, QStringLiteral("Giulia"));
    QCOMPARE(f->company, QStringLiteral("Impianti; Rossi"));
    QCOMPARE(f->email, QStringLiteral("giulia@impianti.it"));
    QCOMPARE(f->jobTitle, QStringLiteral("CEO"));
}

void tst_TradeShow::badgeKeyValue()
{
    const QString text = QStringLiteral("first_name=Tom;last_name=Walker;company=Walker%20Partners;email=tom%40walker.co.uk;phone=+44 20 7946 0958");
    QCOMPARE(BadgeParser::detect(text), BadgeParser::Kind::KeyValue);
    const auto f = BadgeParser::parse(text);
    QVERIFY(f);
    QCOMPARE(f->firstName, QStringLiteral("Tom"));
    QCOMPARE(f->company, QStringLiteral("Walker Partners"));
    QCOMPARE(f->email, QStringLiteral("tom@walker.co.uk"));
    const auto g = BadgeParser::parse(QStringLiteral("name=Lucía García&org=Soluciones SL&title=Gerente"));
    QVERIFY(g);
    QCOMPARE(g->firstName, QStringLiteral("Lucía"));
    QCOMPARE(g->lastName, QStringLiteral("García"));
}

void tst_TradeShow::notAScan()
{
    for (const char *text : {"Moreau", "ana@example.com", "a=b", "x = 1 + 2", "BEGIN", "MECARD"}) {
        QCOMPARE(BadgeParser::detect(QString::fromUtf8(text)), BadgeParser::Kind::None);
        QVERIFY(!BadgeParser::parse(QString::fromUtf8(text)));
    }
    QVERIFY(!BadgeParser::parse(QStringLiteral("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD")));
}

QTEST_GUILESS_MAIN(tst_TradeShow)
#include "tst_tradeshow.moc"
