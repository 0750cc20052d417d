#include "TextEncoding.h"

using namespace Qt::StringLiterals;

namespace {

// Windows-1252 differs from Latin-1 in 0x80..0x9F only.
const char16_t cp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Windows-1253, 0x80..0xFF (0xFFFD where the code page has no character).
const char16_t cp1253High[128] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0xFFFD, 0x2030, 0xFFFD, 0x2039, 0xFFFD,
    0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0xFFFD, 0x203A, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x00A0, 0x0385, 0x0386, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0xFFFD, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x2015, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x0384, 0x00B5, 0x00B6, 0x00B7, 0x0388, 0x0389, 0x038A, 0x00BB, 0x038C, 0x00BD, 0x038E, 0x038F,
    // 0xC0..0xFF: Greek letters from U+0390, with holes at 0xD2 and 0xFF.
    0x0390, 0x0391, 0x0392, 0x0393, 0x0394, 0x0395, 0x0396, 0x0397, 0x0398, 0x0399, 0x039A, 0x039B, 0x039C,
    0x039D, 0x039E, 0x039F, 0x03A0, 0x03A1, 0xFFFD, 0x03A3, 0x03A4, 0x03A5, 0x03A6, 0x03A7, 0x03A8, 0x03A9,
    0x03AA, 0x03AB, 0x03AC, 0x03AD, 0x03AE, 0x03AF, 0x03B0, 0x03B1, 0x03B2, 0x03B3, 0x03B4, 0x03B5, 0x03B6,
    0x03B7, 0x03B8, 0x03B9, 0x03BA, 0x03BB, 0x03BC, 0x03BD, 0x03BE, 0x03BF, 0x03C0, 0x03C1, 0x03C2, 0x03C3,
    0x03C4, 0x03C5, 0x03C6, 0x03C7, 0x03C8, 0x03C9, 0x03CA, 0x03CB, 0x03CC, 0x03CD, 0x03CE, 0xFFFD};

QString decodeSingleByte(const char *data, qsizetype size, const char16_t *high, int highFrom)
{
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(data[i]);
        dst[i] = c >= highFrom ? QChar(high[c - highFrom]) : QChar(char16_t(c));
    }
    return out;
}

} // namespace

namespace TextEncodings {

QList<TextEncoding> all()
{
    return {TextEncoding::Utf8,        TextEncoding::Utf16LE, TextEncoding::Utf16BE,
            TextEncoding::Windows1252, TextEncoding::Latin1,  TextEncoding::Windows1253};
}

QString key(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return u"auto"_s;
    case TextEncoding::Utf8: return u"utf-8"_s;
    case TextEncoding::Utf16LE: return u"utf-16le"_s;
    case TextEncoding::Utf16BE: return u"utf-16be"_s;
    case TextEncoding::Windows1252: return u"windows-1252"_s;
    case TextEncoding::Latin1: return u"iso-8859-1"_s;
    case TextEncoding::Windows1253: return u"windows-1253"_s;
    }
    return u"utf-8"_s;
}

std::optional<TextEncoding> fromKey(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u'_');
    n.remove(u' ');
    if (n == u"auto"_s || n.isEmpty())
        return TextEncoding::Auto;
    if (n == u"utf-8"_s || n == u"utf8"_s)
        return TextEncoding::Utf8;
    if (n == u"utf-16le"_s || n == u"utf16le"_s || n == u"utf-16"_s || n == u"utf16"_s || n == u"unicode"_s)
        return TextEncoding::Utf16LE;
    if (n == u"utf-16be"_s || n == u"utf16be"_s)
        return TextEncoding::Utf16BE;
    if (n == u"windows-1252"_s || n == u"cp1252"_s || n == u"win1252"_s || n == u"ansi"_s || n == u"western"_s)
        return TextEncoding::Windows1252;
    if (n == u"iso-8859-1"_s || n == u"iso8859-1"_s || n == u"latin1"_s || n == u"latin-1"_s || n == u"l1"_s)
        return TextEncoding::Latin1;
    if (n == u"windows-1253"_s || n == u"cp1253"_s || n == u"win1253"_s || n == u"greek"_s)
        return TextEncoding::Windows1253;
    return std::nullopt;
}

QString displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QCoreApplication::translate("TextEncoding", "Detect automatically");
    case TextEncoding::Utf8: return QCoreApplication::translate("TextEncoding", "Unicode (UTF-8)");
    case TextEncoding::Utf16LE: return QCoreApplication::translate("TextEncoding", "Unicode (UTF-16, little-endian)");
    case TextEncoding::Utf16BE: return QCoreApplication::translate("TextEncoding", "Unicode (UTF-16, big-endian)");
    case TextEncoding::Windows1252: return QCoreApplication::translate("TextEncoding", "Western European (Windows-1252)");
    case TextEncoding::Latin1: return QCoreApplication::translate("TextEncoding", "Western European (ISO-8859-1)");
    case TextEncoding::Windows1253: return QCoreApplication::translate("TextEncoding", "Greek (Windows-1253)");
    }
    return QString();
}

bool isValidUtf8(const char *data, qsizetype size, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        uint cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return allowTruncatedEnd; // a sequence cut by the end of the sample
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

Detected detect(const QByteArray &sample, bool sampleIsWholeFile)
{
    Detected d;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        d.encoding = TextEncoding::Utf8;
        d.bomLength = 3;
        return d;
    }
    if (sample.startsWith("\xFF\xFE")) {
        d.encoding = TextEncoding::Utf16LE;
        d.bomLength = 2;
        return d;
    }
    if (sample.startsWith("\xFE\xFF")) {
        d.encoding = TextEncoding::Utf16BE;
        d.bomLength = 2;
        return d;
    }
    // UTF-16 without a mark: every other byte of ASCII text is zero.
    if (sample.size() >= 4) {
        int zeroEven = 0, zeroOdd = 0;
        const qsizetype n = std::min<qsizetype>(sample.size(), 4096);
        for (qsizetype i = 0; i < n; ++i) {
            if (sample.at(i) == 0)
                (i % 2 ? zeroOdd : zeroEven)++;
        }
        if (zeroOdd > n / 4 && zeroEven == 0) {
            d.encoding = TextEncoding::Utf16LE;
            return d;
        }
        if (zeroEven > n / 4 && zeroOdd == 0) {
            d.encoding = TextEncoding::Utf16BE;
            return d;
        }
    }
    d.encoding = isValidUtf8(sample.constData(), sample.size(), !sampleIsWholeFile) ? TextEncoding::Utf8
                                                                                     : TextEncoding::Windows1252;
    return d;
}

QString decode(TextEncoding encoding, const char *data, qsizetype size)
{
    switch (encoding) {
    case TextEncoding::Windows1252: {
        QString out(size, Qt::Uninitialized);
        QChar *dst = out.data();
        for (qsizetype i = 0; i < size; ++i) {
            const uchar c = uchar(data[i]);
            dst[i] = c >= 0x80 && c < 0xA0 ? QChar(cp1252High[c - 0x80]) : QChar(char16_t(c));
        }
        return out;
    }
    case TextEncoding::Latin1:
        return QString::fromLatin1(data, size);
    case TextEncoding::Windows1253:
        return decodeSingleByte(data, size, cp1253High, 0x80);
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        break;
    }
    return QString::fromUtf8(data, size);
}

} // namespace TextEncodings
