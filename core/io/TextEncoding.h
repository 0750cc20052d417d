#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The encodings files arrive in. Every one of them but UTF-16 keeps ASCII as ASCII, so the CSV reader
// splits the raw bytes and decodes field by field.
enum class TextEncoding {
    Auto,        // detect: a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252, // Western Europe (Excel on Windows in fr, pt, it, en)
    Latin1,      // ISO-8859-1
    Windows1253, // Greek (Excel on Windows in el)
};

namespace TextEncodings {

QList<TextEncoding> all(); // without Auto
QString key(TextEncoding encoding);                       // "utf-8", "windows-1252", ...
std::optional<TextEncoding> fromKey(const QString &name); // accepts common aliases ("latin1", "cp1252", "greek")
QString displayName(TextEncoding encoding);

// What a sample of a file's first bytes says: the encoding, and how long its byte-order mark is.
struct Detected
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;
};
Detected detect(const QByteArray &sample, bool sampleIsWholeFile);
bool isValidUtf8(const char *data, qsizetype size, bool allowTruncatedEnd);

// Decodes bytes of one of the ASCII-compatible encodings (not UTF-16).
QString decode(TextEncoding encoding, const char *data, qsizetype size);

} // namespace TextEncodings
