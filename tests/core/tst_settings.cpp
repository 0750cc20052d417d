#include "settings/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_Settings : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAndTypes();
    void changedSignal();
    void recentWorkspaces();
};

void tst_Settings::defaultsAndTypes()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(s.value(Settings::Key::BackupKeep).toInt(), 7);
    QCOMPARE(s.value(Settings::Key::BackupEnabled).toBool(), true);
    QCOMPARE(s.value(Settings::Key::OpenAtStart).toString(), QStringLiteral("last"));
    QVERIFY(!s.userName().isEmpty());
    s.setValue(Settings::Key::BackupKeep, 12);
    Settings again(dir.filePath(QStringLiteral("s.ini")));
    QCOMPARE(again.value(Settings::Key::BackupKeep).metaType(), QMetaType::fromType<int>());
    QCOMPARE(again.value(Settings::Key::BackupKeep).toInt(), 12);
    again.reset(Settings::Key::BackupKeep);
    QCOMPARE(again.value(Settings::Key::BackupKeep).toInt(), 7);
}

void tst_Settings::changedSignal()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    QSignalSpy spy(&s, &Settings::changed);
    s.setValue(Settings::Key::UserName, QStringLiteral("Claire"));
    s.setValue(Settings::Key::UserName, QStringLiteral("Claire")); // unchanged: no signal
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<Settings::Key>(), Settings::Key::UserName);
    QCOMPARE(s.userName(), QStringLiteral("Claire"));
}

void tst_Settings::recentWorkspaces()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    for (int i = 0; i < 12; ++i)
        s.addRecentWorkspace(dir.filePath(QStringLiteral("w%1.leadbench").arg(i)));
    s.addRecentWorkspace(dir.filePath(QStringLiteral("w5.leadbench")));
    const QStringList recent = s.recentWorkspaces();
    QCOMPARE(recent.size(), Settings::MaxRecentWorkspaces);
    QCOMPARE(recent.first(), dir.filePath(QStringLiteral("w5.leadbench")));
    QCOMPARE(recent.count(dir.filePath(QStringLiteral("w5.leadbench"))), 1);
    s.removeRecentWorkspace(dir.filePath(QStringLiteral("w5.leadbench")));
    QVERIFY(!s.recentWorkspaces().contains(dir.filePath(QStringLiteral("w5.leadbench"))));
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
