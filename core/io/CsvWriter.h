#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV in UTF-8: fields holding the delimiter, quotes or line breaks are quoted, quotes
// doubled, lines end with CRLF. For files meant for spreadsheet programs, cells that start with = + - @
// (or a tab or carriage return) are neutralised with a leading apostrophe, so that a lead named
// "=HYPERLINK(...)" stays text instead of becoming a formula (CSV injection).
class CsvWriter
{
public:
    struct Options
    {
        char delimiter = ',';
        bool bom = false;              // a UTF-8 byte-order mark, for Excel
        bool neutralizeFormulas = true;
    };

    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const Options &options);

    void writeRow(const QStringList &fields);
    bool hasError() const;

    static QString escapeField(const QString &field, char delimiter = ',', bool neutralizeFormulas = true);
    static bool looksLikeFormula(const QString &field);

private:
    QIODevice *m_device;
    Options m_options;
    bool m_started = false;
    bool m_error = false;
};
