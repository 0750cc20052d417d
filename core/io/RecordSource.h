#pragma once

#include "CsvReader.h"

#include <QList>
#include <QString>
#include <QStringList>

// Rows with named columns, read one after the other from a file: a CSV file, or the cards of a vCard
// file. position() and seek() let an interrupted import resume where its last batch ended.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    virtual const QStringList &header() const = 0;
    virtual bool next(CsvRecord &record) = 0;
    virtual qint64 position() const = 0;
    virtual qint64 line() const = 0;
    virtual qint64 size() const = 0; // in the unit of position(), for progress
    virtual bool seek(qint64 position, qint64 line) = 0;
    virtual QString errorString() const = 0;
    virtual TextEncoding encoding() const = 0;
    virtual QString delimiterName() const { return QString(); }
    virtual qint64 fallbackFields() const { return 0; }
};

class CsvSource : public RecordSource
{
public:
    bool open(const QString &path, const CsvReader::Options &options) { return m_reader.open(path, options); }
    const QStringList &header() const override { return m_reader.header(); }
    bool next(CsvRecord &record) override { return m_reader.next(record); }
    qint64 position() const override { return m_reader.position(); }
    qint64 line() const override { return m_reader.line(); }
    qint64 size() const override { return m_reader.size(); }
    bool seek(qint64 position, qint64 line) override { return m_reader.seek(position, line); }
    QString errorString() const override { return m_reader.errorString(); }
    TextEncoding encoding() const override { return m_reader.encoding(); }
    QString delimiterName() const override
    {
        const QChar d = m_reader.delimiter();
        return d == QLatin1Char('\t') ? QStringLiteral("tab") : QString(d);
    }
    qint64 fallbackFields() const override { return m_reader.fallbackFields(); }
    CsvReader &reader() { return m_reader; }

private:
    CsvReader m_reader;
};

// Records held in memory (the cards of a vCard file): position() is the index of the next one.
class ListSource : public RecordSource
{
public:
    ListSource(const QStringList &header, const QList<CsvRecord> &records, TextEncoding encoding)
        : m_header(header)
        , m_records(records)
        , m_encoding(encoding)
    {
    }
    const QStringList &header() const override { return m_header; }
    bool next(CsvRecord &record) override
    {
        if (m_index >= m_records.size())
            return false;
        record = m_records.at(m_index++);
        return true;
    }
    qint64 position() const override { return m_index; }
    qint64 line() const override { return m_index < m_records.size() ? m_records.at(m_index).line : 0; }
    qint64 size() const override { return m_records.size(); }
    bool seek(qint64 position, qint64) override
    {
        if (position < 0 || position > m_records.size())
            return false;
        m_index = position;
        return true;
    }
    QString errorString() const override { return QString(); }
    TextEncoding encoding() const override { return m_encoding; }

private:
    QStringList m_header;
    QList<CsvRecord> m_records;
    TextEncoding m_encoding;
    qsizetype m_index = 0;
};
