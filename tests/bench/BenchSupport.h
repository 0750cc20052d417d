#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantList>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include <sys/resource.h>

// Shared by the benchmark programs: timing, medians, JSON lines and the raw sqlite3 baseline.
namespace Bench {

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

inline double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

inline double peakRssMb()
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

inline void report(const char *name, double value, const char *unit, double baseline, double target = -1,
                   const char *note = nullptr)
{
    QJsonObject o;
    o[QStringLiteral("name")] = QString::fromLatin1(name);
    o[QStringLiteral("value")] = std::round(value * 1000.0) / 1000.0;
    o[QStringLiteral("unit")] = QString::fromLatin1(unit);
    o[QStringLiteral("baseline")] = std::round(baseline * 1000.0) / 1000.0;
    o[QStringLiteral("ratio")] = baseline > 0 ? std::round(value / baseline * 100.0) / 100.0 : 0.0;
    if (target >= 0)
        o[QStringLiteral("target")] = target;
    if (note)
        o[QStringLiteral("note")] = QString::fromLatin1(note);
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// The raw C API, nothing of ours in between: the baseline.
class Raw
{
public:
    explicit Raw(const QByteArray &path)
    {
        if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open");
        sqlite3_exec(m_db, "PRAGMA cache_size = -8192", nullptr, nullptr, nullptr); // as the app's connections
    }
    ~Raw() { sqlite3_close_v2(m_db); }
    sqlite3 *handle() const { return m_db; }

    // Prepares, binds, steps to the end; returns the number of rows (or the first column of a 1-row count).
    qint64 run(const QByteArray &sql, const QVariantList &params, bool scalar = false)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_db));
        int i = 0;
        for (const QVariant &p : params) {
            ++i;
            switch (p.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
                sqlite3_bind_int64(stmt, i, p.toLongLong());
                break;
            case QMetaType::Double:
                sqlite3_bind_double(stmt, i, p.toDouble());
                break;
            default: {
                const QByteArray utf8 = p.toString().toUtf8();
                sqlite3_bind_text(stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            }
            }
        }
        qint64 rows = 0;
        qint64 first = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            if (rows == 0)
                first = sqlite3_column_int64(stmt, 0);
            // Read every column as the app would.
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
            ++rows;
        }
        sqlite3_finalize(stmt);
        return scalar ? first : rows;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace Bench
