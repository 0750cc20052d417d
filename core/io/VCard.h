#pragma once

#include "CsvReader.h"
#include "TextEncoding.h"

#include "leads/Lead.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// vCard files (.vcf) as address books and business-card apps write them: versions 2.1, 3.0 and 4.0,
// many cards per file, folded lines, quoted-printable values (with soft line breaks), CHARSET
// parameters, backslash escapes, grouped properties ("item1.EMAIL").
namespace VCard {

// The columns a card is read into (named so the importer maps them like a CSV header).
QStringList header();

struct ReadResult
{
    QList<CsvRecord> cards; // one record per card, in header() order; malformed cards carry an error
    TextEncoding encoding = TextEncoding::Utf8;
    QString error;          // the file cannot be read at all
};
ReadResult read(const QString &path, TextEncoding encoding = TextEncoding::Auto);
ReadResult parse(const QByteArray &data, TextEncoding encoding = TextEncoding::Auto);

// Writes one lead as a vCard 4.0 card (folded at 75 octets, escaped).
QByteArray write(const Lead &lead);

} // namespace VCard
