#include "Database.h"

#include "StorageError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int BusyTimeoutMs = 5000;

QString sqliteMessage(sqlite3 *db, int rc)
{
    if (db)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(rc));
}

// SQLite creates files 0644; a workspace holds personal data, so create it 0600 ourselves first.
// SQLite gives the -wal and -shm files the same mode as the database file.
void createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return;
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        throw StorageError(errno == EACCES || errno == EROFS ? StorageError::Kind::ReadOnly
                                                            : StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Database", "Cannot create %1: %2").arg(path, reason),
                           path);
    }
    ::close(fd);
}

} // namespace

Database::Database(sqlite3 *db, const QString &path, Access access)
    : m_db(db)
    , m_path(path)
    , m_access(access)
{
}

std::unique_ptr<Database> Database::open(const QString &path, Access access, bool create)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw StorageError(StorageError::Kind::CannotOpen,
                           QCoreApplication::translate("Database", "%1 is a folder, not a workspace file.").arg(path),
                           path);
    if (!info.exists()) {
        if (!create || access != Access::ReadWrite)
            throw StorageError(StorageError::Kind::CannotOpen,
                               QCoreApplication::translate("Database", "%1 does not exist.").arg(path), path);
        if (!QFileInfo(info.absolutePath()).isDir())
            throw StorageError(StorageError::Kind::CannotOpen,
                               QCoreApplication::translate("Database", "The folder %1 does not exist.")
                                   .arg(info.absolutePath()),
                               path);
        createPrivateFile(path);
    }

    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    QByteArray name;
    if (access == Access::Immutable) {
        flags |= SQLITE_OPEN_READONLY;
        // URI form so that "immutable=1" applies; the path is percent-encoded.
        name = "file:" + QFile::encodeName(info.absoluteFilePath()).toPercentEncoding("/") + "?immutable=1";
    } else {
        flags |= access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
        name = "file:" + QFile::encodeName(info.absoluteFilePath()).toPercentEncoding("/");
    }

    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = sqliteMessage(db, rc);
        sqlite3_close_v2(db);
        throw StorageError(StorageError::kindForSqliteCode(rc),
                           QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, msg), path, rc);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, BusyTimeoutMs);

    std::unique_ptr<Database> result(new Database(db, path, access));
    result->exec("PRAGMA foreign_keys = ON");
    // 8 MB of page cache instead of 2: lists and counts over a million leads re-read the same index pages.
    result->exec("PRAGMA cache_size = -8192");
    if (access == Access::ReadWrite)
        result->exec("PRAGMA synchronous = FULL");
    return result;
}

std::unique_ptr<Database> Database::openMemory()
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        throw StorageError(StorageError::Kind::CannotOpen, u"Cannot open an in-memory database"_s);
    }
    sqlite3_extended_result_codes(db, 1);
    std::unique_ptr<Database> result(new Database(db, u":memory:"_s, Access::ReadWrite));
    result->exec("PRAGMA foreign_keys = ON");
    return result;
}

Database::~Database()
{
    for (auto &entry : m_idle) {
        for (sqlite3_stmt *stmt : entry.second)
            sqlite3_finalize(stmt);
    }
    // close_v2 defers the close if a statement escaped; nothing should, but never leak the handle.
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        sqlite3_free(err);
        fail(rc, sql);
    }
}

bool Database::isReadOnlyFile() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::pragmaInt(std::string_view pragma)
{
    const std::string sql = "PRAGMA " + std::string(pragma);
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.c_str(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql);
    rc = sqlite3_step(stmt);
    qint64 value = 0;
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    const int final = sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(final, sql);
    return value;
}

QStringList Database::integrityCheck(bool quick, int maxErrors)
{
    const std::string sql = std::string(quick ? "PRAGMA quick_check(" : "PRAGMA integrity_check(")
        + std::to_string(maxErrors) + ")";
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql);
    QStringList lines;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        fail(rc, sql);
    return lines;
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

void Database::fail(int rc, std::string_view context) const
{
    QString message = sqliteMessage(m_db, rc);
    if (!context.empty() && (rc & 0xff) != SQLITE_CONSTRAINT)
        message += u" ("_s + QString::fromUtf8(context.data(), qsizetype(context.size())).simplified().left(160) + u')';
    throw StorageError(StorageError::kindForSqliteCode(rc), message, m_path, rc);
}

sqlite3_stmt *Database::acquire(std::string_view sql)
{
    auto it = m_idle.find(std::string(sql));
    if (it != m_idle.end() && !it->second.empty()) {
        sqlite3_stmt *stmt = it->second.back();
        it->second.pop_back();
        return stmt;
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        fail(rc, sql);
    }
    if (!stmt)
        throw StorageError(StorageError::Kind::Generic, u"Empty SQL statement"_s, m_path);
    return stmt;
}

void Database::release(std::string &&sql, sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    // Statements built from filters vary without end: cache a bounded number of distinct texts,
    // and a few idle copies of each.
    auto it = m_idle.find(sql);
    if (it == m_idle.end()) {
        if (m_idle.size() >= 256) {
            sqlite3_finalize(stmt);
            return;
        }
        it = m_idle.emplace(std::move(sql), std::vector<sqlite3_stmt *>()).first;
    }
    if (it->second.size() < 4)
        it->second.push_back(stmt);
    else
        sqlite3_finalize(stmt);
}
