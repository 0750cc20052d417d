#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <string>
#include <string_view>

class Database;
struct sqlite3_stmt;

// A prepared statement borrowed from the connection's cache for the lifetime of this object.
// Values only ever reach SQL through bind(); parameter indexes are 1-based as in SQLite (?1, ?2).
class Query
{
public:
    Query(Database &db, std::string_view sql);
    template<typename... Args>
    Query(Database &db, std::string_view sql, const Args &...args)
        : Query(db, sql)
    {
        int i = 0;
        (bind(++i, args), ...);
    }
    ~Query();
    Query(Query &&other) noexcept;
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    Query &operator=(Query &&) = delete;

    Query &bind(int index, qint64 value);
    Query &bind(int index, int value) { return bind(index, qint64(value)); }
    Query &bind(int index, uint value) { return bind(index, qint64(value)); }
    Query &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Query &bind(int index, double value);
    Query &bind(int index, const QString &value);       // always text ('' for a null QString)
    Query &bind(int index, const char *utf8);
    Query &bind(int index, const QByteArray &blob);
    Query &bind(int index, std::nullptr_t);
    Query &bind(int index, const QVariant &value);
    Query &bindNull(int index) { return bind(index, nullptr); }
    int parameterIndex(const char *name) const;

    // Steps once; true while there is a row.
    bool next();
    // Runs to completion (INSERT/UPDATE/DELETE); returns the number of rows changed.
    int exec();
    // Puts the statement back at its start, keeping the bindings, to run it again.
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes without a copy, valid until the next step or reset (hot loops).
    std::string_view utf8(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

    // Convenience for "SELECT one value" queries: runs and returns column 0 of the first row.
    QVariant scalar();

private:
    Database *m_db;
    sqlite3_stmt *m_stmt;
    std::string m_sql;
    bool m_done = false;
};
