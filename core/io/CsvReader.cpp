#include "CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ChunkBytes = 1 << 20;
constexpr qint64 SampleBytes = 1 << 20;
// A record longer than this is a quote that never closes, not data.
constexpr qsizetype MaxRecordBytes = 16 << 20;

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString &path, const Options &options)
{
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        m_error = tr("%1 does not exist.").arg(path);
        return false;
    }
    if (info.isDir()) {
        m_error = tr("%1 is a folder, not a file.").arg(path);
        return false;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(path, file->errorString());
        return false;
    }
    m_device = std::move(file);
    return start(options);
}

bool CsvReader::openData(const QByteArray &data, const Options &options)
{
    m_path = tr("(text)");
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    m_device = std::move(buffer);
    return start(options);
}

qint64 CsvReader::size() const
{
    return m_device ? m_device->size() : 0;
}

bool CsvReader::start(const Options &options)
{
    const QByteArray sample = m_device->peek(SampleBytes);
    const TextEncodings::Detected detected = TextEncodings::detect(sample, sample.size() == m_device->size());
    m_encoding = options.encoding == TextEncoding::Auto ? detected.encoding : options.encoding;
    const bool bomMatches = detected.bomLength > 0 && detected.encoding == m_encoding;
    const int skip = bomMatches ? detected.bomLength : 0;

    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) {
        // The only encoding where ASCII is not ASCII: transcode to UTF-8 once, then read that.
        m_transcoded = std::make_unique<QTemporaryFile>();
        if (!m_transcoded->open()) {
            m_error = tr("Cannot create a temporary file to read %1: %2").arg(m_path, m_transcoded->errorString());
            return false;
        }
        QStringDecoder decoder(m_encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                   : QStringConverter::Utf16BE);
        m_device->seek(skip);
        while (!m_device->atEnd()) {
            const QByteArray chunk = m_device->read(ChunkBytes);
            if (chunk.isEmpty())
                break;
            const QString text = decoder(chunk);
            m_transcoded->write(text.toUtf8());
        }
        m_transcoded->flush();
        m_transcoded->seek(0);
        m_device.reset();
        m_bufferOffset = 0;
    } else {
        m_device->seek(skip);
        m_bufferOffset = skip;
    }
    m_buffer.clear();
    m_pos = 0;
    m_line = 1;
    m_eof = false;

    if (!options.delimiter.isNull()) {
        m_delimiter = options.delimiter;
    } else {
        QIODevice *device = m_transcoded ? static_cast<QIODevice *>(m_transcoded.get()) : m_device.get();
        m_delimiter = detectDelimiter(device->peek(64 * 1024));
    }
    if (m_delimiter.unicode() > 127) {
        m_error = tr("The delimiter must be a single ASCII character (comma, semicolon, tab…).");
        return false;
    }
    m_delim = char(m_delimiter.unicode());

    m_header.clear();
    if (options.header) {
        CsvRecord first;
        if (!next(first)) {
            if (m_error.isEmpty())
                m_error = tr("%1 is empty: it has no header line.").arg(m_path);
            return false;
        }
        if (!first.error.isEmpty()) {
            m_error = tr("%1, line %2: the header line is malformed: %3").arg(m_path).arg(first.line).arg(first.error);
            return false;
        }
        m_header = first.fields;
        for (QString &h : m_header)
            h = h.trimmed();
    }
    return true;
}

QChar CsvReader::detectDelimiter(const QByteArray &sample)
{
    const char candidates[] = {',', ';', '\t', '|'};
    struct Count
    {
        std::vector<int> perLine;
    };
    Count counts[4];
    int current[4] = {0, 0, 0, 0};
    bool quoted = false;
    int lines = 0;
    qsizetype start = sample.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = start; i < sample.size() && lines < 50; ++i) {
        const char c = sample.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < sample.size() && sample.at(i + 1) == '\n')
                ++i;
            for (int k = 0; k < 4; ++k) {
                counts[k].perLine.push_back(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (int k = 0; k < 4; ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
    }
    if (lines == 0) {
        for (int k = 0; k < 4; ++k)
            counts[k].perLine.push_back(current[k]);
    }
    // The delimiter appears the same number of times on every line, the header's count.
    int best = 0;
    int bestConsistent = -1;
    int bestCount = 0;
    for (int k = 0; k < 4; ++k) {
        const int headerCount = counts[k].perLine.empty() ? 0 : counts[k].perLine.front();
        if (headerCount == 0)
            continue;
        int consistent = 0;
        for (int n : counts[k].perLine) {
            if (n == headerCount)
                ++consistent;
        }
        if (consistent > bestConsistent || (consistent == bestConsistent && headerCount > bestCount)) {
            best = k;
            bestConsistent = consistent;
            bestCount = headerCount;
        }
    }
    return QLatin1Char(candidates[best]);
}

bool CsvReader::fill()
{
    QIODevice *device = m_transcoded ? static_cast<QIODevice *>(m_transcoded.get()) : m_device.get();
    if (m_eof || !device)
        return false;
    // Keep the unread part, then append a chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_bufferOffset += m_pos;
        m_pos = 0;
    }
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + ChunkBytes);
    const qint64 got = device->read(m_buffer.data() + before, ChunkBytes);
    if (got < 0) {
        m_buffer.resize(before);
        m_error = tr("Cannot read %1: %2").arg(m_path, device->errorString());
        m_eof = true;
        return false;
    }
    m_buffer.resize(before + got);
    if (got == 0)
        m_eof = true;
    return got > 0;
}

CsvReader::Parse CsvReader::parse(bool atEnd, qsizetype *endOut, qint64 *linesOut)
{
    m_spans.clear();
    const char *buf = m_buffer.constData();
    const qsizetype end = m_buffer.size();
    qsizetype i = m_pos;
    qint64 lines = 0;
    if (i >= end)
        return atEnd ? Parse::Blank : Parse::NeedMore;
    for (;;) {
        if (i < end && buf[i] == '"') {
            // Quoted field: up to the closing quote, "" stands for one quote.
            const qsizetype begin = i + 1;
            qsizetype j = begin;
            bool escaped = false;
            for (;;) {
                const void *q = std::memchr(buf + j, '"', size_t(end - j));
                if (!q) {
                    if (!atEnd)
                        return Parse::NeedMore;
                    *endOut = end;
                    return Parse::Malformed;
                }
                const qsizetype k = static_cast<const char *>(q) - buf;
                for (qsizetype n = j; n < k; ++n) {
                    if (buf[n] == '\n' || (buf[n] == '\r' && (n + 1 >= end || buf[n + 1] != '\n')))
                        ++lines;
                }
                if (k + 1 >= end && !atEnd)
                    return Parse::NeedMore;
                if (k + 1 < end && buf[k + 1] == '"') {
                    escaped = true;
                    j = k + 2;
                    continue;
                }
                m_spans.push_back({begin, k - begin, escaped});
                i = k + 1;
                break;
            }
            // Text after the closing quote and before the delimiter (sloppy writers): keep it.
            const qsizetype after = i;
            while (i < end && buf[i] != m_delim && buf[i] != '\n' && buf[i] != '\r')
                ++i;
            if (i > after) {
                Span &s = m_spans.back();
                // Re-read the whole field as unquoted text from the opening quote.
                s = {begin - 1, i - (begin - 1), false};
            }
        } else {
            const qsizetype begin = i;
            while (i < end && buf[i] != m_delim && buf[i] != '\n' && buf[i] != '\r')
                ++i;
            m_spans.push_back({begin, i - begin, false});
        }
        if (i >= end) {
            if (!atEnd)
                return Parse::NeedMore;
            *endOut = end;
            *linesOut = lines + 1;
            return allEmpty() ? Parse::Blank : Parse::Complete;
        }
        if (buf[i] == m_delim) {
            ++i;
            if (i >= end && !atEnd)
                return Parse::NeedMore;
            if (i >= end) {
                m_spans.push_back({i, 0, false});
                *endOut = end;
                *linesOut = lines + 1;
                return Parse::Complete;
            }
            continue;
        }
        // Line end: CRLF, LF or CR.
        if (buf[i] == '\r') {
            if (i + 1 >= end && !atEnd)
                return Parse::NeedMore;
            i += (i + 1 < end && buf[i + 1] == '\n') ? 2 : 1;
        } else {
            ++i;
        }
        *endOut = i;
        *linesOut = lines + 1;
        return allEmpty() ? Parse::Blank : Parse::Complete;
    }
}

bool CsvReader::allEmpty() const
{
    // A line of nothing but delimiters (spreadsheets write them below the data) is a blank line.
    for (const Span &span : m_spans) {
        if (span.length > 0)
            return false;
    }
    return true;
}

QString CsvReader::decode(const char *data, qsizetype size)
{
    if (m_encoding == TextEncoding::Utf8 || m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) {
        QString s = QString::fromUtf8(data, size);
        if (s.contains(QChar::ReplacementCharacter)
            && !QByteArrayView(data, size).contains(QByteArrayView("\xEF\xBF\xBD"))) {
            ++m_fallbackFields;
            return TextEncodings::decode(TextEncoding::Windows1252, data, size);
        }
        return s;
    }
    return TextEncodings::decode(m_encoding, data, size);
}

QString CsvReader::field(const Span &span)
{
    const char *p = m_buffer.constData() + span.begin;
    if (!span.escaped)
        return decode(p, span.length);
    m_scratch.resize(span.length);
    char *out = m_scratch.data();
    qsizetype n = 0;
    for (qsizetype i = 0; i < span.length; ++i) {
        out[n++] = p[i];
        if (p[i] == '"' && i + 1 < span.length && p[i + 1] == '"')
            ++i;
    }
    return decode(out, n);
}

void CsvReader::recoverLine(CsvRecord &record, const QString &reason)
{
    // The record's first physical line becomes the malformed record; reading goes on after it.
    const char *buf = m_buffer.constData();
    qsizetype i = m_pos;
    while (i < m_buffer.size() && buf[i] != '\n' && buf[i] != '\r')
        ++i;
    record.fields.clear();
    record.line = m_line;
    record.error = reason;
    record.raw = decode(buf + m_pos, i - m_pos);
    if (i < m_buffer.size())
        i += (buf[i] == '\r' && i + 1 < m_buffer.size() && buf[i + 1] == '\n') ? 2 : 1;
    m_pos = i;
    ++m_line;
}

bool CsvReader::next(CsvRecord &record)
{
    for (;;) {
        qsizetype end = 0;
        qint64 lines = 0;
        const Parse result = parse(m_eof, &end, &lines);
        if (result == Parse::NeedMore) {
            if (m_buffer.size() - m_pos > MaxRecordBytes) {
                recoverLine(record, tr("a quoted field opened on this line is not closed within 16 MB"));
                return true;
            }
            if (!fill() && !m_error.isEmpty())
                return false;
            continue;
        }
        if (result == Parse::Malformed) {
            recoverLine(record, tr("a quoted field opened on this line is never closed"));
            return true;
        }
        if (result == Parse::Blank) {
            if (m_pos >= m_buffer.size() && m_eof)
                return false;
            m_pos = end;
            m_line += lines;
            continue;
        }
        record.fields.clear();
        record.fields.reserve(qsizetype(m_spans.size()));
        for (const Span &span : m_spans)
            record.fields.append(field(span));
        record.line = m_line;
        record.error.clear();
        record.raw.clear();
        m_pos = end;
        m_line += lines;
        return true;
    }
}

bool CsvReader::seek(qint64 position, qint64 line)
{
    QIODevice *device = m_transcoded ? static_cast<QIODevice *>(m_transcoded.get()) : m_device.get();
    if (!device || !device->seek(position))
        return false;
    m_buffer.clear();
    m_pos = 0;
    m_bufferOffset = position;
    m_line = line;
    m_eof = false;
    return true;
}
