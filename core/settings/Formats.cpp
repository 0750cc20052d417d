#include "Formats.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Formats {

namespace {

QString pattern()
{
    //: A percentage; %1 is the number. Write the sign as your language does ("%1 %" in French).
    return QCoreApplication::translate("Formats", "%1%");
}

} // namespace

QString percent(double share, int decimals, const QLocale &locale)
{
    return percentValue(share * 100.0, decimals, locale);
}

QString percentValue(double value, int decimals, const QLocale &locale)
{
    return pattern().arg(locale.toString(value, 'f', decimals));
}

QString percentSuffix()
{
    const QString p = pattern();
    return p.startsWith(u"%1"_s) ? p.mid(2) : u" %"_s; // a sign before the number cannot be a suffix
}

QString percentAxisFormat()
{
    QString format = pattern();
    format.replace(u"%1"_s, u"%.0f"_s); // the only form a localized chart axis reads
    return format;
}

} // namespace Formats
