#include "BadgeParser.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace BadgeParser {

namespace {

QString decodeQuotedPrintable(const QString &value, const QString &charset)
{
    QByteArray out;
    const QByteArray in = value.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size()) {
            const QByteArray hex = in.mid(i + 1, 2);
            bool ok = false;
            const int byte = hex.toInt(&ok, 16);
            if (ok && hex.size() == 2) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        out += in.at(i);
    }
    if (charset.compare(u"ISO-8859-1"_s, Qt::CaseInsensitive) == 0 || charset.compare(u"LATIN1"_s, Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(out);
    return QString::fromUtf8(out);
}

// Backslash escapes of vCard 3/4 and MECARD: \, \; \: \n
QString unescape(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == u'\\' && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += c;
        }
    }
    return out;
}

// Splits on sep, not on an escaped sep.
QStringList splitEscaped(const QString &text, QChar sep)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == sep) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

void splitFullName(const QString &full, Fields &f)
{
    const QString name = full.simplified();
    const qsizetype space = name.lastIndexOf(u' ');
    if (space < 0) {
        f.lastName = name;
    } else {
        f.firstName = name.left(space);
        f.lastName = name.mid(space + 1);
    }
}

std::optional<Fields> parseVCard(const QString &text)
{
    // Unfold: a line starting with a space or tab continues the previous one; quoted-printable soft
    // breaks end a line with '='.
    QStringList lines;
    for (const QString &raw : text.split(QRegularExpression(u"\r\n|\r|\n"_s))) {
        if ((raw.startsWith(u' ') || raw.startsWith(u'\t')) && !lines.isEmpty())
            lines.last() += raw.mid(1);
        else if (!lines.isEmpty() && lines.last().endsWith(u'=') && lines.last().contains(u"QUOTED-PRINTABLE"_s, Qt::CaseInsensitive))
            lines.last() = lines.last().chopped(1) + raw;
        else
            lines << raw;
    }
    Fields f;
    QString fullName;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QStringList head = line.left(colon).split(u';');
        QString name = head.first().toUpper();
        if (name.contains(u'.'))
            name = name.section(u'.', -1); // grouped properties: item1.EMAIL
        QString value = line.mid(colon + 1);
        QString charset = u"UTF-8"_s;
        bool qp = false;
        for (const QString &param : head.mid(1)) {
            if (param.compare(u"ENCODING=QUOTED-PRINTABLE"_s, Qt::CaseInsensitive) == 0 || param.compare(u"QUOTED-PRINTABLE"_s, Qt::CaseInsensitive) == 0)
                qp = true;
            else if (param.startsWith(u"CHARSET="_s, Qt::CaseInsensitive))
                charset = param.mid(8);
        }
        if (qp)
            value = decodeQuotedPrintable(value, charset);
        if (name == u"N"_s) {
            const QStringList parts = splitEscaped(value, u';');
            f.lastName = unescape(parts.value(0)).trimmed();
            f.firstName = unescape(parts.value(1)).trimmed();
        } else if (name == u"FN"_s) {
            fullName = unescape(value).trimmed();
        } else if (name == u"ORG"_s) {
            f.company = unescape(splitEscaped(value, u';').value(0)).trimmed();
        } else if (name == u"TITLE"_s) {
            f.jobTitle = unescape(value).trimmed();
        } else if (name == u"EMAIL"_s && f.email.isEmpty()) {
            f.email = unescape(value).trimmed();
        } else if (name == u"TEL"_s && f.phone.isEmpty()) {
            f.phone = unescape(value).remove(QRegularExpression(u"^tel:"_s, QRegularExpression::CaseInsensitiveOption)).trimmed();
        }
    }
    if (f.firstName.isEmpty() && f.lastName.isEmpty() && !fullName.isEmpty())
        splitFullName(fullName, f);
    if (f.isEmpty())
        return std::nullopt;
    return f;
}

std::optional<Fields> parseMeCard(const QString &text)
{
    QString body = text.trimmed().mid(7); // after "MECARD:"
    Fields f;
    for (const QString &part : splitEscaped(body, u';')) {
        const qsizetype colon = part.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = part.left(colon).trimmed().toUpper();
        const QString value = unescape(part.mid(colon + 1)).trimmed();
        if (key == u"N"_s) {
            const QStringList names = splitEscaped(part.mid(colon + 1), u',');
            f.lastName = unescape(names.value(0)).trimmed();
            f.firstName = unescape(names.value(1)).trimmed();
        } else if (key == u"ORG"_s) {
            f.company = value;
        } else if (key == u"TITLE"_s) {
            f.jobTitle = value;
        } else if (key == u"EMAIL"_s && f.email.isEmpty()) {
            f.email = value;
        } else if (key == u"TEL"_s && f.phone.isEmpty()) {
            f.phone = value;
        }
    }
    if (f.isEmpty())
        return std::nullopt;
    return f;
}

std::optional<Fields> parseKeyValue(const QString &text)
{
    Fields f;
    const QStringList pairs = text.trimmed().split(QRegularExpression(u"[;&|\\n\\t]"_s), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = pair.left(eq).trimmed().toLower().remove(u'_').remove(u'-').remove(u' ');
        const QString value = QUrl::fromPercentEncoding(pair.mid(eq + 1).trimmed().replace(u'+', u' ').toUtf8()).trimmed();
        if (key == u"first"_s || key == u"firstname"_s || key == u"given"_s || key == u"givenname"_s || key == u"prenom"_s || key == u"nome"_s)
            f.firstName = value;
        else if (key == u"last"_s || key == u"lastname"_s || key == u"surname"_s || key == u"family"_s || key == u"familyname"_s || key == u"nom"_s || key == u"cognome"_s || key == u"sobrenome"_s)
            f.lastName = value;
        else if (key == u"name"_s || key == u"fullname"_s)
            splitFullName(value, f);
        else if (key == u"company"_s || key == u"org"_s || key == u"organisation"_s || key == u"organization"_s || key == u"societe"_s || key == u"azienda"_s || key == u"empresa"_s)
            f.company = value;
        else if (key == u"title"_s || key == u"jobtitle"_s || key == u"job"_s || key == u"position"_s || key == u"role"_s)
            f.jobTitle = value;
        else if (key == u"email"_s || key == u"mail"_s)
            f.email = value;
        else if (key == u"phone"_s || key == u"tel"_s || key == u"telephone"_s || key == u"mobile"_s)
            f.phone = value;
    }
    if (f.isEmpty())
        return std::nullopt;
    return f;
}

} // namespace

Kind detect(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u"BEGIN:VCARD"_s, Qt::CaseInsensitive))
        return Kind::VCard;
    if (t.startsWith(u"MECARD:"_s, Qt::CaseInsensitive))
        return Kind::MeCard;
    // At least two key=value pairs, so that an ordinary value with one '=' is not taken for a scan.
    static const QRegularExpression pairs(u"^[A-Za-z_ -]{1,20}=[^;&|]*[;&|][A-Za-z_ -]{1,20}="_s);
    if (pairs.match(t).hasMatch())
        return Kind::KeyValue;
    return Kind::None;
}

bool isComplete(const QString &text)
{
    switch (detect(text)) {
    case Kind::VCard:
        return text.contains(u"END:VCARD"_s, Qt::CaseInsensitive);
    case Kind::None:
        return false;
    default:
        return true;
    }
}

std::optional<Fields> parse(const QString &text)
{
    switch (detect(text)) {
    case Kind::VCard:
        return parseVCard(text);
    case Kind::MeCard:
        return parseMeCard(text);
    case Kind::KeyValue:
        return parseKeyValue(text);
    case Kind::None:
        break;
    }
    return std::nullopt;
}

} // namespace BadgeParser
