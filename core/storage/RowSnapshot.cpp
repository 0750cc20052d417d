#include "RowSnapshot.h"

#include "Database.h"
#include "Query.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {


QByteArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array << id;
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

std::string RowSnapshot::quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(u'"', u"\"\""_s);
    return (u'"' + q + u'"').toStdString();
}

QList<RowSnapshot::Reference> RowSnapshot::referencesTo(Database &db, const QString &parent)
{
    QList<Reference> keys;
    Query tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "AND sql NOT LIKE 'CREATE VIRTUAL%'");
    while (tables.next()) {
        const QString child = tables.text(0);
        Query fks(db, "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)", child);
        while (fks.next()) {
            if (fks.text(0).compare(parent, Qt::CaseInsensitive) == 0)
                keys << Reference{child, fks.text(1), fks.text(2).toUpper()};
        }
    }
    return keys;
}

RowSnapshot RowSnapshot::capture(Database &db, const QString &table, const QList<qint64> &ids)
{
    RowSnapshot snapshot;
    snapshot.m_rootTable = table;
    snapshot.m_rootIds = ids;

    struct Pending
    {
        QString table;
        QString column; // empty: select by rowid
        QList<qint64> keys;
    };
    QList<Pending> queue{{table, QString(), ids}};
    while (!queue.isEmpty()) {
        const Pending next = queue.takeFirst();
        if (next.keys.isEmpty())
            continue;
        const std::string where = next.column.isEmpty() ? std::string("rowid") : quoted(next.column);
        Query q(db, "SELECT rowid, * FROM " + quoted(next.table) + " WHERE " + where
                        + " IN (SELECT value FROM json_each(?))");
        q.bind(1, idArray(next.keys));
        Rows rows;
        rows.table = next.table;
        if (!next.column.isEmpty()) {
            Query pk(db, "SELECT count(*), sum(name = ?) FROM pragma_table_info(?) WHERE pk > 0", next.column,
                     next.table);
            rows.replace = pk.next() && pk.integer(0) == 1 && pk.integer(1) == 1;
        }
        QList<qint64> rowids;
        const int columns = q.columnCount();
        bool haveNames = false;
        while (q.next()) {
            if (!haveNames) {
                for (int c = 1; c < columns; ++c)
                    rows.columns << q.columnName(c);
                haveNames = true;
            }
            rowids << q.int64(0);
            QVariantList values;
            values.reserve(columns - 1);
            for (int c = 1; c < columns; ++c)
                values << q.value(c);
            rows.rows << values;
        }
        if (rows.rows.isEmpty())
            continue;
        snapshot.m_tables.push_back(std::move(rows));

        for (const Reference &fk : referencesTo(db, next.table)) {
            if (fk.onDelete == u"CASCADE"_s) {
                queue << Pending{fk.table, fk.column, rowids};
            } else if (fk.onDelete == u"SET NULL"_s) {
                ClearedReferences cleared;
                cleared.table = fk.table;
                cleared.column = fk.column;
                Query refs(db, "SELECT rowid, " + quoted(fk.column) + " FROM " + quoted(fk.table)
                                   + " WHERE " + quoted(fk.column) + " IN (SELECT value FROM json_each(?))");
                refs.bind(1, idArray(rowids));
                while (refs.next())
                    cleared.rows << qMakePair(refs.int64(0), refs.value(1));
                if (!cleared.rows.isEmpty())
                    snapshot.m_cleared.push_back(std::move(cleared));
            }
        }
    }
    return snapshot;
}

void RowSnapshot::restore(Database &db) const
{
    for (const Rows &rows : m_tables) {
        std::string sql = (rows.replace ? "INSERT OR REPLACE INTO " : "INSERT INTO ") + quoted(rows.table) + " (";
        std::string values;
        for (qsizetype c = 0; c < rows.columns.size(); ++c) {
            sql += (c ? ", " : "") + quoted(rows.columns.at(c));
            values += c ? ", ?" : "?";
        }
        sql += ") VALUES (" + values + ")";
        for (const QVariantList &row : rows.rows) {
            Query q(db, sql);
            int i = 0;
            for (const QVariant &v : row)
                q.bind(++i, v);
            q.exec();
        }
    }
    for (const ClearedReferences &cleared : m_cleared) {
        const std::string sql = "UPDATE " + quoted(cleared.table) + " SET " + quoted(cleared.column)
            + " = ? WHERE rowid = ?";
        for (const auto &ref : cleared.rows) {
            Query q(db, sql);
            q.bind(1, ref.second).bind(2, ref.first);
            q.exec();
        }
    }
}

qsizetype RowSnapshot::rowCount(const QString &table) const
{
    qsizetype n = 0;
    for (const Rows &rows : m_tables) {
        if (rows.table == table)
            n += rows.rows.size();
    }
    return n;
}
