#pragma once

#include <QLocale>
#include <QString>

// Formats people read that QLocale has no single call for. Numbers inside go through the locale;
// where the sign goes is the translators' call ("45%" in English, "45 %" in French).
namespace Formats {

// share 0.42 -> "42%" (with decimals digits after the point).
QString percent(double share, int decimals = 0, const QLocale &locale = QLocale());
// The same for a value already in percent: 42 -> "42%".
QString percentValue(double value, int decimals = 0, const QLocale &locale = QLocale());
// What follows the number in a spin box of percents: "%" in English, " %" in French.
QString percentSuffix();
// The percent pattern as a chart axis's label format, for charts with localized numbers: "%.0f%"
// or "%.0f %" (QValueAxis then reads only "%.<precision>f"-like specifiers).
QString percentAxisFormat();

} // namespace Formats
