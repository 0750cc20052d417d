#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class tst_Database : public QObject
{
    Q_OBJECT
private slots:
    void createsPrivateFile();
    void connectionSettings();
    void boundParametersAreData();
    void nullsAndEmptyText();
    void statementsAreReusedAndNest();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionsUseSavepoints();
    void errorsSayWhat();
    void missingFileIsNotCreatedUnlessAsked();
};

void tst_Database::createsPrivateFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.db"));
    auto db = Database::open(path, Database::Access::ReadWrite, true);
    db->exec("CREATE TABLE t (x)");
    struct stat st;
    QCOMPARE(stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
}

void tst_Database::connectionSettings()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.db")), Database::Access::ReadWrite, true);
    QCOMPARE(db->pragmaInt("foreign_keys"), 1);
    QCOMPARE(db->pragmaInt("busy_timeout"), 5000);
    QCOMPARE(db->pragmaInt("synchronous"), 2); // FULL
}

void tst_Database::boundParametersAreData()
{
    auto db = Database::openMemory();
    db->exec("CREATE TABLE t (name TEXT)");
    const QString hostile = QStringLiteral("x'); DROP TABLE t; --");
    Query(*db, "INSERT INTO t (name) VALUES (?)", hostile).exec();
    QCOMPARE(Query(*db, "SELECT name FROM t").scalar().toString(), hostile);
    QCOMPARE(Query(*db, "SELECT count(*) FROM t").scalar().toInt(), 1);
    const QString greek = QStringLiteral("Παπαδόπουλος «Α.Ε.» — ünïcødé");
    Query(*db, "INSERT INTO t (name) VALUES (?)", greek).exec();
    QCOMPARE(Query(*db, "SELECT name FROM t WHERE rowid = 2").scalar().toString(), greek);
}

void tst_Database::nullsAndEmptyText()
{
    auto db = Database::openMemory();
    db->exec("CREATE TABLE t (a, b, c)");
    Query q(*db, "INSERT INTO t VALUES (?, ?, ?)");
    q.bind(1, QString()).bind(2, QVariant()).bindNull(3);
    q.exec();
    Query r(*db, "SELECT typeof(a), typeof(b), typeof(c) FROM t");
    QVERIFY(r.next());
    QCOMPARE(r.text(0), QStringLiteral("text")); // a null QString is text: NOT NULL columns stay safe
    QCOMPARE(r.text(1), QStringLiteral("null"));
    QCOMPARE(r.text(2), QStringLiteral("null"));
}

void tst_Database::statementsAreReusedAndNest()
{
    auto db = Database::openMemory();
    db->exec("CREATE TABLE t (x INTEGER)");
    for (int i = 0; i < 5; ++i)
        Query(*db, "INSERT INTO t VALUES (?)", i).exec();
    // The same SQL, nested: each Query has its own statement.
    int pairs = 0;
    Query outer(*db, "SELECT x FROM t ORDER BY x");
    while (outer.next()) {
        Query inner(*db, "SELECT x FROM t ORDER BY x");
        while (inner.next())
            ++pairs;
    }
    QCOMPARE(pairs, 25);
    // Reused after an error: the cached statement is reset.
    db->exec("CREATE UNIQUE INDEX tx ON t(x)");
    QVERIFY_THROWS_EXCEPTION(StorageError, Query(*db, "INSERT INTO t VALUES (?)", 1).exec());
    Query(*db, "INSERT INTO t VALUES (?)", 99).exec();
    QCOMPARE(Query(*db, "SELECT count(*) FROM t").scalar().toInt(), 6);
}

void tst_Database::transactionRollsBackUnlessCommitted()
{
    auto db = Database::openMemory();
    db->exec("CREATE TABLE t (x)");
    {
        Transaction tx(*db);
        Query(*db, "INSERT INTO t VALUES (1)").exec();
    }
    QCOMPARE(Query(*db, "SELECT count(*) FROM t").scalar().toInt(), 0);
    {
        Transaction tx(*db);
        Query(*db, "INSERT INTO t VALUES (1)").exec();
        tx.commit();
    }
    QCOMPARE(Query(*db, "SELECT count(*) FROM t").scalar().toInt(), 1);
    QCOMPARE(db->transactionDepth(), 0);
}

void tst_Database::nestedTransactionsUseSavepoints()
{
    auto db = Database::openMemory();
    db->exec("CREATE TABLE t (x)");
    {
        Transaction outer(*db);
        Query(*db, "INSERT INTO t VALUES (1)").exec();
        {
            Transaction inner(*db);
            Query(*db, "INSERT INTO t VALUES (2)").exec();
        } // inner rolled back
        {
            Transaction inner(*db);
            Query(*db, "INSERT INTO t VALUES (3)").exec();
            inner.commit();
        }
        outer.commit();
    }
    QCOMPARE(Query(*db, "SELECT group_concat(x) FROM t").scalar().toString(), QStringLiteral("1,3"));
}

void tst_Database::errorsSayWhat()
{
    auto db = Database::openMemory();
    db->exec("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER NOT NULL REFERENCES p(id))");
    try {
        Query(*db, "INSERT INTO c VALUES (42)").exec();
        QFAIL("a foreign key violation must throw");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::Constraint);
        QVERIFY2(e.message().contains(QStringLiteral("FOREIGN KEY")), qPrintable(e.message()));
    }
    try {
        Query(*db, "SELECT nope FROM p");
        QFAIL("bad SQL must throw");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("nope")), qPrintable(e.message()));
    }
}

void tst_Database::missingFileIsNotCreatedUnlessAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(path, Database::Access::ReadWrite, false));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::open(dir.filePath(QStringLiteral("no/such/folder/x.db")),
                                                          Database::Access::ReadWrite, true));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
