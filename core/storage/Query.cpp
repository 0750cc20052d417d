#include "Query.h"

#include "Database.h"
#include "StorageError.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Query::Query(Database &db, std::string_view sql)
    : m_db(&db)
    , m_stmt(db.acquire(sql))
    , m_sql(sql)
{
}

Query::Query(Query &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_sql(std::move(other.m_sql))
    , m_done(other.m_done)
{
    other.m_stmt = nullptr;
}

Query::~Query()
{
    if (m_stmt)
        m_db->release(std::move(m_sql), m_stmt);
}

namespace {
inline void check(Database *db, int rc, const std::string &sql)
{
    if (rc != SQLITE_OK)
        db->fail(rc, sql);
}
} // namespace

Query &Query::bind(int index, qint64 value)
{
    check(m_db, sqlite3_bind_int64(m_stmt, index, value), m_sql);
    return *this;
}

Query &Query::bind(int index, double value)
{
    check(m_db, sqlite3_bind_double(m_stmt, index, value), m_sql);
    return *this;
}

Query &Query::bind(int index, const QString &value)
{
    // A null QString is text too: NULL only comes from bindNull() or a null QVariant.
    const QByteArray utf8 = value.toUtf8();
    check(m_db, sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), m_sql);
    return *this;
}

Query &Query::bind(int index, const char *utf8)
{
    if (!utf8)
        return bind(index, nullptr);
    check(m_db, sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT), m_sql);
    return *this;
}

Query &Query::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bind(index, nullptr);
    check(m_db, sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT), m_sql);
    return *this;
}

Query &Query::bind(int index, std::nullptr_t)
{
    check(m_db, sqlite3_bind_null(m_stmt, index), m_sql);
    return *this;
}

Query &Query::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QDateTime:
        return bind(index, value.toDateTime().toMSecsSinceEpoch());
    default:
        return bind(index, value.toString());
    }
}

int Query::parameterIndex(const char *name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        throw StorageError(StorageError::Kind::Generic,
                           u"No parameter %1 in: %2"_s.arg(QString::fromUtf8(name), QString::fromStdString(m_sql)));
    return index;
}

bool Query::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        m_done = true;
        return false;
    }
    // The error belongs to the statement; reset so the cached statement is usable again.
    sqlite3_reset(m_stmt);
    m_db->fail(rc, m_sql);
}

int Query::exec()
{
    while (next()) {
    }
    return sqlite3_changes(m_db->handle());
}

void Query::reset()
{
    sqlite3_reset(m_stmt);
    m_done = false;
}

int Query::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Query::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Query::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Query::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Query::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Query::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column)));
}

QByteArray Query::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Query::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant();
    }
}

QVariant Query::scalar()
{
    if (!next())
        return QVariant();
    return value(0);
}
