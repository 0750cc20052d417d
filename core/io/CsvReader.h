#pragma once

#include "TextEncoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;
class QTemporaryFile;

// One record of a CSV file.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;  // the file's line where the record starts (1 is the first line)
    QString error;    // not empty: the record is malformed and says how; `raw` holds its text
    QString raw;
};

// Streaming RFC 4180 reader: quoted fields holding delimiters, quotes ("") and line breaks; CRLF, LF or
// CR line ends; a UTF-8 or UTF-16 byte-order mark; the delimiter (comma, semicolon, tab, pipe) and the
// encoding detected from the first megabyte unless given. Reads the file in chunks: memory stays flat at
// any size. Lenient where real files are sloppy (a quote inside an unquoted field is kept as text, a
// field decoded as UTF-8 that is not valid UTF-8 is read as Windows-1252), strict where data would be
// lost: a quoted field that never closes makes its first line a malformed record, and reading goes on
// with the next line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Options
    {
        TextEncoding encoding;
        QChar delimiter;    // null: detect
        bool header;        // the first record names the columns
        Options() : encoding(TextEncoding::Auto), header(true) {}
    };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    bool open(const QString &path, const Options &options = Options());
    // Reads from bytes in memory (tests, previews of pasted text).
    bool openData(const QByteArray &data, const Options &options = Options());
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    const QStringList &header() const { return m_header; }

    // The next record; false at the end of the file (or on a read error: errorString()). Blank lines are
    // skipped.
    bool next(CsvRecord &record);

    // Where the next record starts: a byte offset and its line, to resume reading there later (seek()).
    qint64 position() const { return m_bufferOffset + m_pos; }
    qint64 line() const { return m_line; }
    qint64 size() const;
    bool seek(qint64 position, qint64 line);
    // Fields decoded as Windows-1252 because they were not valid UTF-8 in a UTF-8 file.
    qint64 fallbackFields() const { return m_fallbackFields; }

    static QChar detectDelimiter(const QByteArray &sample);

private:
    enum class Parse { Complete, NeedMore, Malformed, Blank };
    struct Span
    {
        qsizetype begin;
        qsizetype length;
        bool escaped; // holds "" pairs to collapse
    };

    bool start(const Options &options);
    bool fill();
    Parse parse(bool atEnd, qsizetype *end, qint64 *lines);
    QString decode(const char *data, qsizetype size);
    bool allEmpty() const;
    QString field(const Span &span);
    void recoverLine(CsvRecord &record, const QString &reason);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<QTemporaryFile> m_transcoded;
    QString m_path;
    QString m_error;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    char m_delim = ',';
    QStringList m_header;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferOffset = 0;
    qint64 m_line = 1;
    bool m_eof = false;
    std::vector<Span> m_spans;
    QByteArray m_scratch;
    qint64 m_fallbackFields = 0;
};
