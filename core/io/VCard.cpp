#include "VCard.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace VCard {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VCard)
};

enum Column { First, Last, Email, Phone, Company, JobTitle, City, Region, Country, Notes, ColumnCount };

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size() + 1 && i + 2 <= in.size() - 1) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Backslash escapes of 3.0 and 4.0: \n \N \, \; \\ .
QString unescape(const QString &value)
{
    if (!value.contains(u'\\'))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            if (n == u'n' || n == u'N')
                out += u'\n';
            else
                out += n;
        } else {
            out += c;
        }
    }
    return out;
}

// Splits a structured value (N, ADR, ORG) at unescaped semicolons.
QStringList components(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == u';') {
            parts << unescape(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts << unescape(current);
    return parts;
}

struct Property
{
    QString name;
    QStringList params; // upper-cased "TYPE=WORK", "PREF", "ENCODING=QUOTED-PRINTABLE"...
    QString value;
};

bool hasParam(const Property &p, const QString &word)
{
    for (const QString &param : p.params) {
        if (param == word || param.endsWith(u'=' + word) || param.split(u',').contains(word)
            || param.section(u'=', 1).split(u',').contains(word))
            return true;
    }
    return false;
}

Property parseLine(const QByteArray &line, TextEncoding fileEncoding)
{
    Property p;
    // The name and parameters end at the first colon outside quotes.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == '"')
            quoted = !quoted;
        else if (line.at(i) == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return p;
    const QString head = QString::fromUtf8(line.left(colon));
    QStringList parts = head.split(u';');
    QString name = parts.takeFirst().toUpper();
    if (const qsizetype dot = name.indexOf(u'.'); dot >= 0)
        name = name.mid(dot + 1); // "item1.EMAIL"
    p.name = name;
    QString charset;
    bool qp = false;
    for (const QString &param : std::as_const(parts)) {
        const QString up = param.toUpper().remove(u'"');
        p.params << up;
        if (up == u"ENCODING=QUOTED-PRINTABLE"_s || up == u"QUOTED-PRINTABLE"_s)
            qp = true;
        if (up.startsWith(u"CHARSET="_s))
            charset = up.mid(8);
    }
    QByteArray raw = line.mid(colon + 1);
    if (qp)
        raw = decodeQuotedPrintable(raw);
    TextEncoding enc = fileEncoding == TextEncoding::Utf16LE || fileEncoding == TextEncoding::Utf16BE ? TextEncoding::Utf8
                                                                                                       : fileEncoding;
    if (!charset.isEmpty()) {
        if (const auto e = TextEncodings::fromKey(charset); e && *e != TextEncoding::Auto
            && *e != TextEncoding::Utf16LE && *e != TextEncoding::Utf16BE)
            enc = *e;
    }
    if (enc == TextEncoding::Utf8 && !TextEncodings::isValidUtf8(raw.constData(), raw.size(), false))
        enc = TextEncoding::Windows1252;
    p.value = TextEncodings::decode(enc, raw.constData(), raw.size());
    return p;
}

int preference(const Property &p)
{
    if (hasParam(p, u"PREF"_s) || p.params.contains(u"PREF=1"_s))
        return 0;
    if (hasParam(p, u"WORK"_s))
        return 1;
    return 2;
}

} // namespace

QStringList header()
{
    // Fixed English names: the importer maps them like a CSV header, whatever the interface language.
    return {u"First name"_s, u"Last name"_s, u"E-mail"_s, u"Phone"_s, u"Company"_s,
            u"Job title"_s, u"City"_s, u"Region"_s, u"Country"_s, u"Notes"_s};
}

ReadResult read(const QString &path, TextEncoding encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.error = Text::tr("Cannot read %1: %2").arg(path, file.errorString());
        return r;
    }
    return parse(file.readAll(), encoding);
}

ReadResult parse(const QByteArray &input, TextEncoding encoding)
{
    ReadResult result;
    QByteArray data = input;
    const TextEncodings::Detected detected = TextEncodings::detect(data.left(1 << 20), data.size() <= (1 << 20));
    result.encoding = encoding == TextEncoding::Auto ? detected.encoding : encoding;
    if (result.encoding == TextEncoding::Utf16LE || result.encoding == TextEncoding::Utf16BE) {
        QStringDecoder decoder(result.encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                        : QStringConverter::Utf16BE);
        data = QString(decoder(data.mid(detected.bomLength))).toUtf8();
    } else if (detected.bomLength > 0 && detected.encoding == result.encoding) {
        data = data.mid(detected.bomLength);
    }

    // Physical lines, then logical ones: a line starting with a space or tab continues the previous one
    // (folding), a quoted-printable line ending with "=" continues on the next (2.1 soft breaks).
    struct Logical
    {
        QByteArray text;
        qint64 line;
    };
    QList<Logical> lines;
    qint64 lineNo = 0;
    qsizetype start = 0;
    bool softBreak = false;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArray l = data.mid(start, end - start);
        if (l.endsWith('\r'))
            l.chop(1);
        ++lineNo;
        if (softBreak && !lines.isEmpty()) {
            lines.last().text += l;
        } else if ((l.startsWith(' ') || l.startsWith('\t')) && !lines.isEmpty()) {
            lines.last().text += l.mid(1);
        } else if (!l.isEmpty()) {
            lines.append({l, lineNo});
        }
        softBreak = false;
        if (!lines.isEmpty() && lines.last().text.endsWith('=')) {
            const QByteArray upper = lines.last().text.toUpper();
            const qsizetype colon = upper.indexOf(':');
            if (colon > 0 && upper.left(colon).contains("QUOTED-PRINTABLE")) {
                lines.last().text.chop(1);
                softBreak = true;
            }
        }
        start = end + 1;
    }

    bool inCard = false;
    CsvRecord card;
    QString fullName;
    int emailPref = 99, phonePref = 99;
    QStringList notes;
    QString raw;
    auto finish = [&] {
        if (card.fields.at(First).isEmpty() && card.fields.at(Last).isEmpty() && !fullName.isEmpty()) {
            // No N property (or an empty one): split the formatted name.
            const QString name = fullName.simplified();
            const qsizetype space = name.lastIndexOf(u' ');
            card.fields[First] = space > 0 ? name.left(space) : QString();
            card.fields[Last] = space > 0 ? name.mid(space + 1) : name;
        }
        card.fields[Notes] = notes.join(u'\n');
        result.cards.append(card);
    };
    for (const Logical &l : std::as_const(lines)) {
        const QByteArray upper = l.text.trimmed().toUpper();
        if (upper == "BEGIN:VCARD") {
            if (inCard) {
                card.error = Text::tr("the card has no END:VCARD before the next card");
                card.raw = raw;
                finish();
            }
            inCard = true;
            card = CsvRecord();
            card.line = l.line;
            for (int i = 0; i < ColumnCount; ++i)
                card.fields << QString();
            fullName.clear();
            notes.clear();
            raw.clear();
            emailPref = phonePref = 99;
            continue;
        }
        if (!inCard)
            continue; // text between cards
        raw += QString::fromUtf8(l.text) + u'\n';
        if (upper == "END:VCARD") {
            inCard = false;
            finish();
            continue;
        }
        const Property p = parseLine(l.text, result.encoding);
        if (p.name == u"FN"_s) {
            fullName = unescape(p.value).trimmed();
        } else if (p.name == u"N"_s) {
            const QStringList n = components(p.value);
            card.fields[Last] = n.value(0).trimmed();
            QStringList given{n.value(1).trimmed()};
            if (!n.value(2).trimmed().isEmpty())
                given << n.value(2).trimmed(); // additional names
            card.fields[First] = given.join(u' ').trimmed();
        } else if (p.name == u"EMAIL"_s) {
            const int pref = preference(p);
            if (pref < emailPref && !p.value.trimmed().isEmpty()) {
                card.fields[Email] = unescape(p.value).trimmed();
                emailPref = pref;
            }
        } else if (p.name == u"TEL"_s) {
            QString value = unescape(p.value).trimmed();
            if (value.startsWith(u"tel:"_s, Qt::CaseInsensitive))
                value = value.mid(4); // 4.0 writes phones as URIs
            const int pref = preference(p);
            if (pref < phonePref && !value.isEmpty()) {
                card.fields[Phone] = value;
                phonePref = pref;
            }
        } else if (p.name == u"ORG"_s) {
            card.fields[Company] = components(p.value).value(0).trimmed();
        } else if (p.name == u"TITLE"_s) {
            card.fields[JobTitle] = unescape(p.value).trimmed();
        } else if (p.name == u"ROLE"_s && card.fields.at(JobTitle).isEmpty()) {
            card.fields[JobTitle] = unescape(p.value).trimmed();
        } else if (p.name == u"ADR"_s) {
            const QStringList a = components(p.value);
            if (card.fields.at(City).isEmpty() && card.fields.at(Country).isEmpty()) {
                card.fields[City] = a.value(3).trimmed();
                card.fields[Region] = a.value(4).trimmed();
                card.fields[Country] = a.value(6).trimmed();
            }
        } else if (p.name == u"NOTE"_s) {
            notes << unescape(p.value);
        }
    }
    if (inCard) {
        card.error = Text::tr("the card has no END:VCARD (the file ends inside it)");
        card.raw = raw;
        finish();
    }
    return result;
}

namespace {

QString escape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n') {
            out += u"\\n"_s;
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

// Lines longer than 75 octets are folded (RFC 6350 3.2), never inside a UTF-8 sequence.
QByteArray fold(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        const bool startsCharacter = (c & 0xC0) != 0x80;
        if (startsCharacter && lineLength >= 75) {
            out += "\r\n ";
            lineLength = 1;
        }
        out += char(c);
        ++lineLength;
    }
    out += "\r\n";
    return out;
}

} // namespace

QByteArray write(const Lead &lead)
{
    QByteArray out = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    QString fn = (lead.firstName + u' ' + lead.lastName).trimmed();
    if (fn.isEmpty())
        fn = !lead.company.isEmpty() ? lead.company : lead.email;
    out += fold(u"FN:"_s + escape(fn));
    out += fold(u"N:"_s + escape(lead.lastName) + u';' + escape(lead.firstName) + u";;;"_s);
    if (!lead.email.isEmpty())
        out += fold(u"EMAIL;TYPE=work:"_s + escape(lead.email));
    if (!lead.phone.isEmpty())
        out += fold(u"TEL;TYPE=work;VALUE=text:"_s + escape(lead.phone));
    if (!lead.company.isEmpty())
        out += fold(u"ORG:"_s + escape(lead.company));
    if (!lead.jobTitle.isEmpty())
        out += fold(u"TITLE:"_s + escape(lead.jobTitle));
    if (!lead.city.isEmpty() || !lead.region.isEmpty() || !lead.country.isEmpty())
        out += fold(u"ADR;TYPE=work:;;;"_s + escape(lead.city) + u';' + escape(lead.region) + u';' + u';'
                    + escape(lead.country));
    if (!lead.notes.isEmpty())
        out += fold(u"NOTE:"_s + escape(lead.notes));
    out += "END:VCARD\r\n";
    return out;
}

} // namespace VCard
