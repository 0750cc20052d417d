#include "TextKey.h"

namespace TextKey {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Mark_SpacingCombining)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    return out.toCaseFolded();
}

QString nameKey(const QString &firstName, const QString &lastName)
{
    // Sorted by last name, then first name.
    return fold(lastName + QLatin1Char(' ') + firstName);
}

QString normalizeEmail(const QString &email)
{
    QString out;
    out.reserve(email.size());
    for (const QChar c : email) {
        if (!c.isSpace())
            out += c;
    }
    return out.toCaseFolded();
}

QString phoneDigits(const QString &phone)
{
    QString out;
    for (const QChar c : phone) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

} // namespace TextKey
