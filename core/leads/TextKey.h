#pragma once

#include <QString>

// Normalised forms of lead text: for sorting (case and accents folded, so "Élodie" sorts with "elodie"
// and Greek with its accents removed) and for finding duplicates.
namespace TextKey {

QString fold(const QString &text);
QString nameKey(const QString &firstName, const QString &lastName);
QString normalizeEmail(const QString &email);
QString phoneDigits(const QString &phone);

} // namespace TextKey
