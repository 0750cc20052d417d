#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// An open SQLite connection, owned. One thread uses a connection at a time; long work on another
// thread opens its own. Statements are prepared once and reused (see Query).
class Database
{
public:
    enum class Access {
        ReadWrite,
        ReadOnly,
        Immutable, // read-only and promise that nobody writes it: needs no -wal/-shm (read-only folders)
    };

    // Opens (and, when asked, creates with mode 0600) the file, with no schema check: that is
    // WorkspaceFile's job. Applies the connection settings: foreign keys, busy timeout, and for
    // writable connections synchronous=FULL (WAL is set by the schema, once per file).
    static std::unique_ptr<Database> open(const QString &path, Access access, bool create = false);
    // A private in-memory database, for tests and scratch work.
    static std::unique_ptr<Database> openMemory();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access != Access::ReadWrite || isReadOnlyFile(); }
    // SQLite opened the file read-only although read-write was asked (file permissions).
    bool isReadOnlyFile() const;
    sqlite3 *handle() const { return m_db; }

    // Runs statements without parameters (DDL, pragmas). Never pass values in here: use Query.
    void exec(std::string_view sql);
    qint64 lastInsertId() const;
    int changes() const;
    qint64 pragmaInt(std::string_view pragma);
    // Returns the text results of an integrity check, "ok" alone when the file is sound.
    QStringList integrityCheck(bool quick = false, int maxErrors = 20);

    // Safe to call from another thread: makes the running statement fail with Cancelled.
    void interrupt();

    // Throws a StorageError for an SQLite result code, with the connection's message.
    [[noreturn]] void fail(int rc, std::string_view context = {}) const;

    int transactionDepth() const { return m_txDepth; }

private:
    friend class Query;
    friend class Transaction;

    Database(sqlite3 *db, const QString &path, Access access);
    sqlite3_stmt *acquire(std::string_view sql);
    void release(std::string &&sql, sqlite3_stmt *stmt);

    sqlite3 *m_db = nullptr;
    QString m_path;
    Access m_access;
    int m_txDepth = 0;
    // Idle prepared statements by SQL text. A statement in use is taken out, so the same SQL can
    // run nested (a second one is prepared) without two users sharing one sqlite3_stmt.
    std::unordered_map<std::string, std::vector<sqlite3_stmt *>> m_idle;
};
