#pragma once

#include <QString>

#include <stdexcept>

// The one exception type of core/storage. Every failure says what went wrong and where
// (the file, and the SQLite message), so the GUI and the CLI can show it as it is.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        Generic,
        CannotOpen,     // missing folder, no permission, is a directory
        NotADatabase,   // not an SQLite file at all (a JPEG, a text file, ...)
        NotLeadbench,   // an SQLite file, but another application's
        Corrupt,        // integrity check failed or SQLite reported corruption
        TooNew,         // schema written by a newer Leadbench
        ReadOnly,       // a write was needed but the file or folder is read-only
        Busy,           // another process holds a lock longer than the busy timeout
        Constraint,     // a constraint (unique, foreign key, check) refused the change
        Cancelled,
    };

    StorageError(Kind kind, const QString &message, const QString &path = QString(), int sqliteCode = 0);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString path() const { return m_path; }
    int sqliteCode() const { return m_sqliteCode; }

    static Kind kindForSqliteCode(int code);

private:
    Kind m_kind;
    QString m_message;
    QString m_path;
    int m_sqliteCode;
};
