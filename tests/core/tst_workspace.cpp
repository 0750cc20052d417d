#include "TestSupport.h"

#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Schema.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using TestSupport::fileHash;

class tst_Workspace : public QObject
{
    Q_OBJECT
private slots:
    void createsNewWorkspace();
    void zeroByteFileBecomesWorkspace();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesOtherSqliteDatabase();
    void refusesNewerVersion();
    void refusesCorruptFile();
    void refusesTruncatedFile();
    void refusesFolderAndMissingFile();
    void readOnlyFolderOpensReadOnly();
    void readOnlyFolderCannotHoldNewWorkspace();
    void readOnlyFile();
    void metaAndBands();
    void upgradeReportsItsProgress();
};

void tst_Workspace::createsNewWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path);
        QVERIFY(!ws->isReadOnly());
        QCOMPARE(ws->leads().count(), 0);
    }
    struct stat st;
    QCOMPARE(stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    // Opening it again finds it sound and current.
    const auto state = Workspace::inspect(path, true);
    QVERIFY(state.exists);
    QVERIFY(!state.empty);
    QVERIFY(!state.needsMigration);
}

void tst_Workspace::zeroByteFileBecomesWorkspace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.leadbench"));
    TestSupport::writeFile(path, QByteArray());
    auto ws = Workspace::open(path);
    QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
}

void tst_Workspace::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("said");
    QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    jpeg += QByteArray(4000, '\x7f');
    QTest::newRow("jpeg") << jpeg << QStringLiteral("JPEG");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n0000", 12) << QStringLiteral("PNG");
    QTest::newRow("csv") << QByteArray("first_name,last_name,email\nAna,Silva,ana@example.com\n")
                         << QStringLiteral("text file");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << QStringLiteral("PDF");
}

void tst_Workspace::refusesForeignFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.leadbench"));
    TestSupport::writeFile(path, bytes);
    const QByteArray before = fileHash(path);
    try {
        Workspace::open(path);
        QFAIL("a foreign file must not open");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::NotADatabase);
        QVERIFY2(e.message().contains(said), qPrintable(e.message()));
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_Workspace::refusesOtherSqliteDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(path, Database::Access::ReadWrite, true);
        db->exec("CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO places (url) VALUES ('x')");
    }
    const QByteArray before = fileHash(path);
    try {
        Workspace::open(path);
        QFAIL("another application's database must not open");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::NotLeadbench);
        QVERIFY2(e.message().contains(QStringLiteral("another application")), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(path), before);
}

void tst_Workspace::refusesNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path, 20);
        ws->db().exec("PRAGMA user_version = 999");
        ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray before = fileHash(path);
    try {
        Workspace::open(path);
        QFAIL("a newer workspace must not open");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::TooNew);
        QVERIFY2(e.message().contains(QStringLiteral("999")), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(path), before);
}

void tst_Workspace::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path, 400);
        ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    // Scribble over pages in the middle of the file, past the schema page.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 100000);
        for (qint64 at = 8192; at < size - 4096; at += 16384) {
            f.seek(at + 100);
            f.write(QByteArray(700, '\xA5'));
        }
    }
    const QByteArray before = fileHash(path);
    try {
        Workspace::open(path); // full verification by default
        QFAIL("a damaged workspace must not open");
    } catch (const StorageError &e) {
        QCOMPARE(e.kind(), StorageError::Kind::Corrupt);
        QVERIFY2(e.message().contains(QStringLiteral("damaged")), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(path), before);
}

void tst_Workspace::refusesTruncatedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path, 300);
        ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile f(path);
    QVERIFY(f.resize(f.size() / 3));
    const QByteArray before = fileHash(path);
    QVERIFY_THROWS_EXCEPTION(StorageError, Workspace::open(path));
    QCOMPARE(fileHash(path), before);
}

void tst_Workspace::refusesFolderAndMissingFile()
{
    QTemporaryDir dir;
    try {
        Workspace::open(dir.path());
        QFAIL("a folder is not a workspace");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("folder")), qPrintable(e.message()));
    }
    const QString missing = dir.filePath(QStringLiteral("missing.leadbench"));
    QVERIFY_THROWS_EXCEPTION(StorageError, Workspace::open(missing));
    QVERIFY(!QFile::exists(missing));
}

void tst_Workspace::readOnlyFolderOpensReadOnly()
{
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    TestSupport::Unprivileged::handOver(folder);
    TestSupport::Unprivileged user;
    const QString path = folder + QStringLiteral("/team.leadbench");
    qint64 id = 0;
    {
        auto ws = TestSupport::createWorkspace(path, 30);
        id = ws->leads().create(Lead{.firstName = QStringLiteral("Ana"), .email = QStringLiteral("ana@example.com")});
    }
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QByteArray before = fileHash(path);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws->isReadOnly());
        QVERIFY(!ws->readOnlyReason().isEmpty());
        QCOMPARE(ws->leads().get(id).firstName, QStringLiteral("Ana"));
        QVERIFY_THROWS_EXCEPTION(StorageError, ws->leads().setField(id, LeadField::FirstName, QStringLiteral("Bea")));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void tst_Workspace::readOnlyFolderCannotHoldNewWorkspace()
{
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    TestSupport::Unprivileged::handOver(folder);
    TestSupport::Unprivileged user;
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString path = folder + QStringLiteral("/new.leadbench");
    try {
        Workspace::open(path, Workspace::OpenOptions{Workspace::OpenOptions::Verify::Full, true, false});
        QFAIL("a workspace cannot be created in a read-only folder");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("denied"), Qt::CaseInsensitive), qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void tst_Workspace::readOnlyFile()
{
    QTemporaryDir root;
    TestSupport::Unprivileged::handOver(root.path());
    TestSupport::Unprivileged user;
    const QString path = root.filePath(QStringLiteral("ro.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path, 10);
        ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws->isReadOnly());
        QCOMPARE(ws->leads().count(), 10);
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void tst_Workspace::metaAndBands()
{
    QTemporaryDir dir;
    auto ws = TestSupport::createWorkspace(dir.filePath(QStringLiteral("m.leadbench")));
    QCOMPARE(ws->meta(QStringLiteral("nothing"), QStringLiteral("default")), QStringLiteral("default"));
    ws->setMeta(QStringLiteral("k"), QStringLiteral("v1"));
    ws->setMeta(QStringLiteral("k"), QStringLiteral("v2"));
    QCOMPARE(ws->meta(QStringLiteral("k")), QStringLiteral("v2"));
    QSignalSpy spy(ws.get(), &Workspace::scoreBandsChanged);
    ws->setScoreBands(ScoreBands{30, 70});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(ws->scoreBands().hotFrom, 70);
    QCOMPARE(ws->scoreBands().of(69), Temperature::Warm);
    QCOMPARE(ws->scoreBands().of(70), Temperature::Hot);
    QCOMPARE(ws->scoreBands().of(29), Temperature::Cold);
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"

void tst_Workspace::upgradeReportsItsProgress()
{
    // A workspace of version 10: checked, a backup copy (pages), then each migration after 10.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.leadbench"));
    QVERIFY(TestSupport::copyWorkspaceFixture(10, path));
    using Step = Workspace::OpenOptions::UpgradeStep;
    QList<std::tuple<Step, int, int>> calls;
    Workspace::OpenOptions options;
    options.verify = Workspace::OpenOptions::Verify::Quick; // as the GUI and CLI open
    options.upgradeProgress = [&](Step step, int done, int total) { calls.append({step, done, total}); };
    auto ws = Workspace::open(path, options);
    QCOMPARE(ws->schemaVersion(), Schema::currentVersion());
    QVERIFY(calls.size() > 2);
    QCOMPARE(calls.first(), std::make_tuple(Step::Check, 0, 0)); // the check has no measure
    QCOMPARE(std::get<0>(calls.at(1)), Step::Backup);
    const auto firstMigrate = std::find_if(calls.cbegin(), calls.cend(), [](const auto &c) { return std::get<0>(c) == Step::Migrate; });
    QVERIFY(firstMigrate != calls.cend());
    const auto lastBackup = *(firstMigrate - 1);
    QVERIFY(std::get<2>(lastBackup) > 0);
    QCOMPARE(std::get<1>(lastBackup), std::get<2>(lastBackup)); // every page copied
    const int migrations = Schema::currentVersion() - 10;
    QCOMPARE(*firstMigrate, std::make_tuple(Step::Migrate, 0, migrations));
    QCOMPARE(calls.last(), std::make_tuple(Step::Migrate, migrations, migrations));
    for (auto it = firstMigrate; it != calls.cend(); ++it)
        QCOMPARE(std::get<0>(*it), Step::Migrate); // the backup is done before the first migration
    ws.reset();

    // Opening it again: nothing to upgrade, nothing reported.
    calls.clear();
    ws = Workspace::open(path, options);
    QVERIFY(calls.isEmpty());
}
