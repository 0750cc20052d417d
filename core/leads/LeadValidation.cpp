#include "LeadValidation.h"

#include "TextKey.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LeadValidation)
};

bool isLabelChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

} // namespace

namespace LeadValidation {

QString checkEmail(const QString &email)
{
    const QString e = email.trimmed();
    if (e.isEmpty())
        return QString(); // an e-mail address is optional
    for (const QChar c : e) {
        if (c.isSpace())
            return Text::tr("The e-mail address contains a space.");
    }
    const qsizetype at = e.lastIndexOf(u'@');
    if (at < 0)
        return Text::tr("The e-mail address has no \"@\".");
    if (e.indexOf(u'@') != at)
        return Text::tr("The e-mail address has more than one \"@\".");
    const QString local = e.left(at);
    const QString domain = e.mid(at + 1);
    if (local.isEmpty())
        return Text::tr("The e-mail address has nothing before the \"@\".");
    if (domain.isEmpty())
        return Text::tr("The e-mail address has no domain after the \"@\".");
    if (local.size() > 64)
        return Text::tr("The part before the \"@\" is longer than 64 characters.");
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."_s))
        return Text::tr("The part before the \"@\" has a misplaced dot.");
    static const QRegularExpression localChars(u"^[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+$"_s);
    if (!localChars.match(local).hasMatch())
        return Text::tr("The part before the \"@\" contains a character that e-mail addresses do not allow.");
    if (!domain.contains(u'.'))
        return Text::tr("The domain \"%1\" has no dot (for example example.com).").arg(domain);
    const QStringList labels = domain.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Text::tr("The domain \"%1\" has an empty part between dots.").arg(domain);
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return Text::tr("The domain \"%1\" has a part that starts or ends with a hyphen.").arg(domain);
        for (const QChar c : label) {
            if (!isLabelChar(c))
                return Text::tr("The domain \"%1\" contains a character that domains do not allow.").arg(domain);
        }
    }
    if (labels.last().size() < 2)
        return Text::tr("The domain \"%1\" ends with a one-letter part.").arg(domain);
    return QString();
}

QString checkPhone(const QString &phone)
{
    const QString p = phone.trimmed();
    if (p.isEmpty())
        return QString();
    // An extension ("ext. 12", "x12") does not count towards the number's digits.
    static const QRegularExpression extension(u"\\s*(?:ext\\.?|x|#)\\s*\\d{1,6}$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QString number = p;
    number.remove(extension);
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (c.isDigit() || c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/')
            continue;
        if (c == u'+' && number.left(i).trimmed().isEmpty())
            continue;
        return Text::tr("The phone number contains \"%1\": use digits, spaces, + ( ) - . / and an extension.").arg(c);
    }
    const qsizetype digits = TextKey::phoneDigits(number).size();
    if (digits < 6)
        return Text::tr("The phone number has %n digit(s); a phone number has at least 6.", nullptr, int(digits));
    if (digits > 15)
        return Text::tr("The phone number has %n digits; international numbers have at most 15.", nullptr, int(digits));
    return QString();
}

QString checkField(LeadField field, const QVariant &value)
{
    switch (field) {
    case LeadField::Email:
        return checkEmail(value.toString());
    case LeadField::Phone:
        return checkPhone(value.toString());
    case LeadField::CompanySize:
        if (!value.isNull() && value.toLongLong() < 0)
            return Text::tr("The company size cannot be negative.");
        return QString();
    case LeadField::AnnualRevenue:
        if (!value.isNull() && value.toDouble() < 0)
            return Text::tr("The annual revenue cannot be negative.");
        return QString();
    case LeadField::Stage:
        if (!Lifecycle::isValid(value.toInt()))
            return Text::tr("Unknown lifecycle stage.");
        return QString();
    default:
        return QString();
    }
}

std::optional<std::pair<LeadField, QString>> check(const Lead &lead)
{
    for (const LeadFields::Info &info : LeadFields::all()) {
        const QString message = checkField(info.field, lead.value(info.field));
        if (!message.isEmpty())
            return std::make_pair(info.field, message);
    }
    return std::nullopt;
}

} // namespace LeadValidation
