#pragma once

#include "pipeline/Deal.h"

#include <QLocale>
#include <QString>

// Amounts as the person's locale writes money, with the currency's usual symbol.
namespace Money {

inline QString symbol(const QString &currency)
{
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("BRL"))
        return QStringLiteral("R$");
    return currency;
}

inline QString format(double amount, const QString &currency)
{
    return QLocale().toCurrencyString(amount, symbol(currency), 0);
}

// "€12,300 · $4,000": one sum per currency (amounts in different currencies do not add up).
inline QString sums(const QList<CurrencyTotal> &totals, bool weighted)
{
    QStringList parts;
    for (const CurrencyTotal &t : totals)
        parts << format(weighted ? t.weighted : t.amount, t.currency);
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(" · "));
}

} // namespace Money
