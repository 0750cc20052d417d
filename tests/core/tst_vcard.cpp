#include "io/VCard.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
enum { First, Last, Email, Phone, Company, JobTitle, City, Region, Country, Notes };
}

class TestVCard : public QObject
{
    Q_OBJECT
private slots:
    void version30WithFoldedLines()
    {
        const QByteArray data = "BEGIN:VCARD\r\n"
                                "VERSION:3.0\r\n"
                                "N:Dubois;Claire;Marie;;\r\n"
                                "FN:Claire Dubois\r\n"
                                "ORG:Atelier Moreau\\, Conseil;Ventes\r\n"
                                "TITLE:Directrice\r\n"
                                "  commerciale\r\n"
                                "EMAIL;TYPE=HOME:claire@perso.fr\r\n"
                                "item1.EMAIL;TYPE=INTERNET,PREF:claire@atelier.fr\r\n"
                                "TEL;TYPE=WORK,VOICE:+33 1 23 45 67 89\r\n"
                                "ADR;TYPE=WORK:;;12 rue de la Paix;Paris;Île-de-France;75002;France\r\n"
                                "NOTE:Met at Vivatech\\nWants a demo\\; soon\r\n"
                                "END:VCARD\r\n";
        const VCard::ReadResult r = VCard::parse(data);
        QCOMPARE(r.cards.size(), 1);
        const QStringList &f = r.cards.first().fields;
        QCOMPARE(f.at(First), u"Claire Marie"_s);
        QCOMPARE(f.at(Last), u"Dubois"_s);
        QCOMPARE(f.at(Email), u"claire@atelier.fr"_s); // the preferred one
        QCOMPARE(f.at(Phone), u"+33 1 23 45 67 89"_s);
        QCOMPARE(f.at(Company), u"Atelier Moreau, Conseil"_s);
        QCOMPARE(f.at(JobTitle), u"Directrice commerciale"_s);
        QCOMPARE(f.at(City), u"Paris"_s);
        QCOMPARE(f.at(Region), u"Île-de-France"_s);
        QCOMPARE(f.at(Country), u"France"_s);
        QCOMPARE(f.at(Notes), u"Met at Vivatech\nWants a demo; soon"_s);
        QCOMPARE(r.cards.first().line, 1);
    }

    void version40AndSeveralCards()
    {
        const QByteArray data = "BEGIN:VCARD\nVERSION:4.0\nFN:Γιώργος Παπαδόπουλος\nTEL;VALUE=uri;TYPE=cell:tel:+30-697-1234567\n"
                                "EMAIL:giorgos@naftiliaki.gr\nEND:VCARD\n"
                                "BEGIN:VCARD\nVERSION:4.0\nN:Rossi;Giulia;;;\nORG:Impianti Rossi S.p.A.\nEND:VCARD\n"
                                "BEGIN:VCARD\nVERSION:4.0\nFN:Madonna\nEND:VCARD\n";
        const VCard::ReadResult r = VCard::parse(data);
        QCOMPARE(r.cards.size(), 3);
        QCOMPARE(r.cards[0].fields.at(First), u"Γιώργος"_s);
        QCOMPARE(r.cards[0].fields.at(Last), u"Παπαδόπουλος"_s);
        QCOMPARE(r.cards[0].fields.at(Phone), u"+30-697-1234567"_s);
        QCOMPARE(r.cards[1].fields.at(Company), u"Impianti Rossi S.p.A."_s);
        QCOMPARE(r.cards[1].line, 7);
        QCOMPARE(r.cards[2].fields.at(Last), u"Madonna"_s);
    }

    void quotedPrintable21()
    {
        // Phones and Outlook still write 2.1: quoted-printable with soft line breaks and a charset.
        const QByteArray data = "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=C3=A8vre;Fran=C3=A7ois\r\n"
                                "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Premi=C3=A8re ligne=0D=0A=\r\n"
                                "Deuxi=C3=A8me ligne\r\n"
                                "ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Soci=E9t=E9 G=E9n=E9rale\r\n"
                                "EMAIL;PREF;INTERNET:francois@example.fr\r\n"
                                "END:VCARD\r\n";
        const VCard::ReadResult r = VCard::parse(data);
        QCOMPARE(r.cards.size(), 1);
        const QStringList &f = r.cards.first().fields;
        QCOMPARE(f.at(Last), u"Lefèvre"_s);
        QCOMPARE(f.at(First), u"François"_s);
        QCOMPARE(f.at(Notes), u"Première ligne\r\nDeuxième ligne"_s);
        QCOMPARE(f.at(Company), u"Société Générale"_s);
        QCOMPARE(f.at(Email), u"francois@example.fr"_s);
    }

    void malformedCardsAreReported()
    {
        const QByteArray data = "BEGIN:VCARD\nVERSION:3.0\nFN:No End\nBEGIN:VCARD\nVERSION:3.0\nFN:Fine Card\nEND:VCARD\n"
                                "BEGIN:VCARD\nFN:Cut off";
        const VCard::ReadResult r = VCard::parse(data);
        QCOMPARE(r.cards.size(), 3);
        QVERIFY(!r.cards[0].error.isEmpty());
        QVERIFY(r.cards[0].raw.contains(u"No End"_s));
        QVERIFY(r.cards[1].error.isEmpty());
        QCOMPARE(r.cards[1].fields.at(Last), u"Card"_s);
        QVERIFY(r.cards[2].error.contains(u"END:VCARD"_s));
    }

    void writeThenReadBack()
    {
        Lead l;
        l.firstName = u"Ελένη"_s;
        l.lastName = u"Οικονόμου; Jr"_s;
        l.email = u"eleni@example.gr"_s;
        l.phone = u"+30 210 123 4567"_s;
        l.company = u"Τεχνική Αθηνών, Α.Ε."_s;
        l.jobTitle = u"Υπεύθυνη Μάρκετινγκ"_s;
        l.city = u"Αθήνα"_s;
        l.country = u"Greece"_s;
        l.notes = QString(200, u'λ') + u"\nsecond line"_s;
        const QByteArray card = VCard::write(l);
        for (const QByteArray &line : card.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // folded at 75 octets (+ CR)
        QVERIFY(QString::fromUtf8(card).isValidUtf16());
        const VCard::ReadResult r = VCard::parse(card + card);
        QCOMPARE(r.cards.size(), 2);
        const QStringList &f = r.cards.first().fields;
        QCOMPARE(f.at(First), l.firstName);
        QCOMPARE(f.at(Last), l.lastName);
        QCOMPARE(f.at(Email), l.email);
        QCOMPARE(f.at(Phone), l.phone);
        QCOMPARE(f.at(Company), l.company);
        QCOMPARE(f.at(JobTitle), l.jobTitle);
        QCOMPARE(f.at(City), l.city);
        QCOMPARE(f.at(Country), l.country);
        QCOMPARE(f.at(Notes), l.notes);
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
