#include "StorageError.h"

#include <sqlite3.h>

StorageError::StorageError(Kind kind, const QString &message, const QString &path, int sqliteCode)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_path(path)
    , m_sqliteCode(sqliteCode)
{
}

StorageError::Kind StorageError::kindForSqliteCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
        return Kind::Corrupt;
    case SQLITE_NOTADB:
        return Kind::NotADatabase;
    case SQLITE_READONLY:
        return Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Busy;
    case SQLITE_CONSTRAINT:
        return Kind::Constraint;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Kind::CannotOpen;
    case SQLITE_INTERRUPT:
        return Kind::Cancelled;
    default:
        return Kind::Generic;
    }
}
