#include "TestSupport.h"

#include "leads/LeadRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class tst_Backup : public QObject
{
    Q_OBJECT
private slots:
    void backupOfOpenWorkspace();
    void backupIsConsistentWhileAnotherConnectionWrites();
    void rollingBackupsKeepTheNewest();
    void restoreReplacesAndKeepsCurrent();
    void restoreRefusesBadBackupAndChangesNothing();
    void restoreOverDamagedWorkspace();
};

void tst_Backup::backupOfOpenWorkspace()
{
    QTemporaryDir dir;
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("w.leadbench")), 200);
    const qint64 extra = ws->leads().create(Lead{.firstName = QStringLiteral("Only"), .lastName = QStringLiteral("InWal")});
    const QString out = dir.filePath(QStringLiteral("copy.leadbench"));
    ws->backupTo(out);
    struct stat st;
    QCOMPARE(stat(QFile::encodeName(out).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QVERIFY(!QFile::exists(out + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(out + QStringLiteral(".partial")));
    auto copy = Workspace::open(out);
    QCOMPARE(copy->leads().count(), 201);
    QCOMPARE(copy->leads().get(extra).lastName, QStringLiteral("InWal"));
}

void tst_Backup::backupIsConsistentWhileAnotherConnectionWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.leadbench"));
    auto ws = TestSupport::createWorkspace(path, 300);
    auto reader = ws->openConnection(true);
    const QString out = dir.filePath(QStringLiteral("b.leadbench"));
    int steps = 0;
    Backup::copyDatabase(*reader, out, [&](int, int) {
        // Writes by the workspace's own connection while the copy is under way.
        if (steps++ < 3)
            ws->leads().create(Lead{.firstName = QStringLiteral("During")});
        return true;
    }, /*pagesPerStep*/ 16);
    QVERIFY(steps > 3);
    auto copy = Workspace::open(out);
    // The snapshot taken at the start: none of the leads written during the copy, no half state.
    QCOMPARE(copy->leads().count(), 300);
    QCOMPARE(copy->db().integrityCheck(), QStringList{QStringLiteral("ok")});
}

void tst_Backup::rollingBackupsKeepTheNewest()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.leadbench"));
    auto ws = TestSupport::createWorkspace(path, 10);
    RollingBackups backups(path);
    QVERIFY(backups.isDue(3600));
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        made << backups.run(ws->db(), QStringLiteral("auto"), 3);
        QTest::qWait(5); // distinct timestamps in the names
    }
    backups.run(ws->db(), QStringLiteral("before-restore"), 3);
    const auto list = backups.list();
    int automatic = 0;
    for (const QFileInfo &f : list)
        automatic += f.fileName().endsWith(QStringLiteral("-auto.leadbench")) ? 1 : 0;
    QCOMPARE(automatic, 3);
    QCOMPARE(list.size(), 4); // the before-restore backup is not pruned
    QVERIFY(!QFile::exists(made.at(0)));
    QVERIFY(QFile::exists(made.at(4)));
    QVERIFY(!backups.isDue(3600));
    QVERIFY(backups.isDue(3600, QDateTime::currentDateTimeUtc().addSecs(7200)));
}

void tst_Backup::restoreReplacesAndKeepsCurrent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.leadbench"));
    const QString backup = dir.filePath(QStringLiteral("monday.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path, 50);
        ws->backupTo(backup);
        ws->leads().remove({1, 2, 3});
        QCOMPARE(ws->leads().count(), 47);
    }
    const QString safety = Workspace::restore(path, backup);
    QVERIFY(QFile::exists(safety));
    auto restored = Workspace::open(path);
    QCOMPARE(restored->leads().count(), 50);
    auto before = Workspace::open(safety);
    QCOMPARE(before->leads().count(), 47);
}

void tst_Backup::restoreRefusesBadBackupAndChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path, 20);
        ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray before = TestSupport::fileHash(path);
    const QString jpeg = dir.filePath(QStringLiteral("holiday.jpg"));
    TestSupport::writeFile(jpeg, QByteArray("\xFF\xD8\xFF\xE1 not a workspace", 21));
    try {
        Workspace::restore(path, jpeg);
        QFAIL("a JPEG is not a backup");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("JPEG")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(StorageError, Workspace::restore(path, dir.filePath(QStringLiteral("missing.leadbench"))));
    QVERIFY_THROWS_EXCEPTION(StorageError, Workspace::restore(path, path));
    QCOMPARE(TestSupport::fileHash(path), before);
    QVERIFY(!QDir(RollingBackups(path).folder()).exists());
}

void tst_Backup::restoreOverDamagedWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.leadbench"));
    const QString backup = dir.filePath(QStringLiteral("good.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path, 30);
        ws->backupTo(backup);
    }
    TestSupport::writeFile(path, QByteArray("garbage that used to be a workspace"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QString safety = Workspace::restore(path, backup);
    QFile kept(safety);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("garbage that used to be a workspace"));
    QCOMPARE(Workspace::open(path)->leads().count(), 30);
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
