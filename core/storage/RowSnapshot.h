#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <string>
#include <vector>

class Database;

// Everything that deleting some rows would take with it, so the deletion can be undone exactly:
// the rows themselves, the rows that reference them through ON DELETE CASCADE (recursively), and the
// references that ON DELETE SET NULL would clear. Works from the schema's foreign keys, so tables
// added by later features are covered without changes here.
class RowSnapshot
{
public:
    static RowSnapshot capture(Database &db, const QString &table, const QList<qint64> &ids);

    // Columns of other tables that reference table's rows, with their ON DELETE action.
    struct Reference
    {
        QString table;
        QString column;
        QString onDelete; // "CASCADE", "SET NULL", "NO ACTION", ...
    };
    static QList<Reference> referencesTo(Database &db, const QString &table);
    static std::string quoted(const QString &identifier);

    // Puts back every captured row with its original id, and the cleared references.
    void restore(Database &db) const;

    bool isEmpty() const { return m_tables.empty(); }
    QString rootTable() const { return m_rootTable; }
    QList<qint64> rootIds() const { return m_rootIds; }
    qsizetype rowCount(const QString &table) const;

private:
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
        // The rows' primary key is the reference to their parent (one row per parent, e.g. a lead's
        // score): putting the parent back may have made one already (a trigger), which the captured row
        // replaces.
        bool replace = false;
    };
    struct ClearedReferences
    {
        QString table;
        QString column;
        QList<QPair<qint64, QVariant>> rows; // rowid, value before it was cleared
    };

    QString m_rootTable;
    QList<qint64> m_rootIds;
    std::vector<Rows> m_tables;               // parents before children
    std::vector<ClearedReferences> m_cleared;
};
