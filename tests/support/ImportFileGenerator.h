#pragma once

#include <QString>
#include <QtGlobal>

// Writes CSV files in the layout of a HubSpot contacts export, with the mess real exports have:
// quoted fields holding commas, quotes and newlines, accents, Greek, e-mails that repeat with another
// capitalisation or with spaces, blank cells, invalid e-mails, both HubSpot lifecycle spellings
// ("marketingqualifiedlead" and "Marketing Qualified Lead"). The same seed gives the same file.
namespace ImportFileGenerator {

struct Options
{
    qint64 rows = 1000;
    quint64 seed = 20261124;
    double duplicateShare = 0.03;    // rows repeating an earlier e-mail, capitalised differently
    double blankEmailShare = 0.04;   // rows without an e-mail
    double invalidEmailShare = 0.005;
    bool crlf = true;                 // HubSpot writes CRLF
    bool bom = false;
};

struct Result
{
    qint64 rows = 0;            // data rows written (the header is not counted)
    qint64 duplicates = 0;      // rows whose e-mail repeats an earlier row's, differently written
    qint64 blankEmails = 0;
    qint64 invalidEmails = 0;
    qint64 distinctEmails = 0;  // normalised
    qint64 bytes = 0;
};

// The header line's column names, in order.
QStringList hubSpotHeader();
Result writeHubSpotContacts(const QString &path, const Options &options);

} // namespace ImportFileGenerator
