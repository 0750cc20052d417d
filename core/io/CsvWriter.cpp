#include "CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Options())
{
}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvWriter::looksLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar c = field.at(0);
    if (c == u'-') {
        // A negative number is data, not a formula: "-12.5" stays as it is.
        bool digits = field.size() > 1;
        bool dot = false;
        for (qsizetype i = 1; i < field.size() && digits; ++i) {
            const QChar d = field.at(i);
            if (d == u'.' && !dot && i > 1 && i + 1 < field.size())
                dot = true;
            else if (!d.isDigit() || d.unicode() > 127)
                digits = false;
        }
        if (digits)
            return false;
    }
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CsvWriter::escapeField(const QString &field, char delimiter, bool neutralizeFormulas)
{
    QString value = field;
    if (neutralizeFormulas && looksLikeFormula(value))
        value.prepend(u'\'');
    bool quote = false;
    for (const QChar c : value) {
        if (c == QLatin1Char(delimiter) || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    value.replace(u'"', u"\"\""_s);
    return u'"' + value + u'"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QByteArray line;
    if (!m_started) {
        m_started = true;
        if (m_options.bom)
            line += "\xEF\xBB\xBF";
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += m_options.delimiter;
        line += escapeField(fields.at(i), m_options.delimiter, m_options.neutralizeFormulas).toUtf8();
    }
    line += "\r\n";
    if (m_device->write(line) != line.size())
        m_error = true;
}

bool CsvWriter::hasError() const
{
    return m_error;
}
