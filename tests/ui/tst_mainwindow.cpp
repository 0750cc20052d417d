#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "nurture/NurtureService.h"
#include "tradeshow/TradeShow.h"
#include "tradeshow/TradeShowPage.h"
#include "leads/LeadRepository.h"
#include "leads/LeadTableModel.h"
#include "pipeline/BoardColumnView.h"
#include "pipeline/LeadBoard.h"
#include "pipeline/PipelinePage.h"
#include "leads/LeadDetailPanel.h"
#include "leads/LeadFilterBar.h"
#include "leads/LeadTableModel.h"
#include "leads/LeadsPage.h"
#include "workspace/WorkspaceDialog.h"

#include "leads/LeadRepository.h"
#include "settings/Language.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "workspace/Schema.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace GuiTest;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensDefaultWorkspaceAtFirstStart();
    void opensWorkspaceAndShowsCounts();
    void upgradeShowsItsProgress();
    void jpegIsRefusedAndCurrentWorkspaceStays();
    void damagedWorkspaceFoundInTheBackgroundBecomesReadOnly();
    void readOnlyFolderOpensReadOnly();
    void keyboardShortcuts();
    void deleteKeyAndUndoMenu();
    void demoOnEmptyWorkspace();
    void workspacePickerAndRecent();
    void settingsDialogChangesWhoIsRecorded();
    void windowStateIsRestored();
    void leadBoardOpensTheLeadInTheLeadList();
    void tradeShowLeadsGoToAFollowUpSequence();

private:
    QAction *action(const char *name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en")); // as main() does: English with its plurals
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(Settings::Key::BackupEnabled, false);
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

QAction *tst_MainWindow::action(const char *name)
{
    auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

void tst_MainWindow::opensDefaultWorkspaceAtFirstStart()
{
    QFile::remove(Workspace::defaultPath());
    m_window->openAtStart();
    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->path(), Workspace::defaultPath());
    QVERIFY(m_window->workspace()->path().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCOMPARE(m_settings->recentWorkspaces().first(), Workspace::defaultPath());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("emptyLeads"))->isVisible());
    m_window->closeWorkspace();
    QFile::remove(Workspace::defaultPath());
}

void tst_MainWindow::opensWorkspaceAndShowsCounts()
{
    const QString path = m_dir->filePath(QStringLiteral("sales.leadbench"));
    TestSupport::createWorkspace(path, 250);
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("sales")));
    auto *count = child<QLabel>(m_window.get(), QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("250 leads"));
    QTest::keyClicks(m_window->leadsPage()->filterBar()->searchField(), QStringLiteral("zzzz-nobody"));
    QTRY_COMPARE(count->text(), QStringLiteral("0 of 250 leads"));
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("pathLabel"))->text(), QDir::toNativeSeparators(path));
    // The background integrity check finds it sound.
    QTRY_VERIFY(child<QLabel>(m_window.get(), QStringLiteral("stateLabel"))->text().isEmpty());
}

void tst_MainWindow::upgradeShowsItsProgress()
{
    // A workspace of an earlier version: a progress dialog says what happens (backup, then upgrade) and
    // goes away once the workspace is open; an up-to-date workspace opens without it.
    const QString path = m_dir->filePath(QStringLiteral("old.leadbench"));
    QVERIFY(TestSupport::copyWorkspaceFixture(12, path));
    struct Watcher : QObject
    {
        QStringList labels;
        bool eventFilter(QObject *o, QEvent *e) override
        {
            if (auto *d = qobject_cast<QProgressDialog *>(o); d && e->type() == QEvent::Show &&
                d->objectName() == QStringLiteral("upgradeProgress"))
                labels << d->labelText();
            return false;
        }
    } watcher;
    qApp->installEventFilter(&watcher);
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(!watcher.labels.isEmpty());
    QVERIFY2(watcher.labels.first().contains(QStringLiteral("old.leadbench was made by an earlier version of "
                                                            "Leadbench. Checking it")),
             qPrintable(watcher.labels.first()));
    QVERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("upgradeProgress")));
    QCOMPARE(m_window->workspace()->schemaVersion(), Schema::currentVersion());
    m_window->closeWorkspace();
    watcher.labels.clear();
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(watcher.labels.isEmpty());
    qApp->removeEventFilter(&watcher);
}

void tst_MainWindow::jpegIsRefusedAndCurrentWorkspaceStays()
{
    const QString good = m_dir->filePath(QStringLiteral("good.leadbench"));
    TestSupport::createWorkspace(good, 20);
    QVERIFY(m_window->openWorkspace(good));
    const QString jpeg = m_dir->filePath(QStringLiteral("photo.leadbench"));
    TestSupport::writeFile(jpeg, QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11) + QByteArray(5000, '\x10'));
    const QByteArray before = TestSupport::fileHash(jpeg);
    QString message;
    captureNextMessage(&message);
    QVERIFY(!m_window->openWorkspace(jpeg));
    QVERIFY2(message.contains(QStringLiteral("JPEG")), qPrintable(message));
    QVERIFY2(message.contains(jpeg), qPrintable(message));
    QCOMPARE(m_window->workspace()->path(), good);
    QCOMPARE(TestSupport::fileHash(jpeg), before);
    QVERIFY(!m_settings->recentWorkspaces().contains(jpeg));
}

void tst_MainWindow::damagedWorkspaceFoundInTheBackgroundBecomesReadOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged.leadbench"));
    {
        auto ws = TestSupport::createWorkspace(path, 500);
        ws->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    {
        // Damage index pages deep in the file; the header and schema stay readable.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        for (qint64 at = f.size() / 2; at < f.size() - 8192; at += 8192) {
            f.seek(at + 200);
            f.write(QByteArray(600, '\x5A'));
        }
    }
    QString message;
    captureNextMessage(&message);
    QSignalSpy verified(m_window.get(), &MainWindow::verificationFinished);
    QVERIFY(m_window->openWorkspace(path));
    QTRY_COMPARE(verified.count(), 1);
    QCOMPARE(verified.first().first().toBool(), false);
    QTRY_VERIFY2(message.contains(QStringLiteral("integrity")), qPrintable(message));
    QVERIFY(m_window->isReadOnly());
    QVERIFY(!action("actionNewLead")->isEnabled());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
}

void tst_MainWindow::readOnlyFolderOpensReadOnly()
{
    const QString folder = m_dir->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    TestSupport::Unprivileged::handOver(folder);
    TestSupport::Unprivileged user;
    const QString path = folder + QStringLiteral("/team.leadbench");
    TestSupport::createWorkspace(path, 15);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QVERIFY(m_window->openWorkspace(path));
    QVERIFY(m_window->isReadOnly());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
    QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("stateLabel"))->text().contains(QStringLiteral("read-only")));
    QVERIFY(!action("actionNewLead")->isEnabled());
    QVERIFY(!action("actionLoadDemo")->isEnabled());
    QVERIFY(!m_window->leadsPage()->detail()->editor(LeadField::Email)->isEnabled());
    QCOMPARE(m_window->leadsPage()->model()->rowCount(), 15);
    m_window->closeWorkspace();
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void tst_MainWindow::keyboardShortcuts()
{
    const QString path = m_dir->filePath(QStringLiteral("k.leadbench"));
    TestSupport::createWorkspace(path, 30);
    QVERIFY(m_window->openWorkspace(path));
    QCOMPARE(action("actionFind")->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(action("actionNewLead")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(action("actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
    m_window->leadsPage()->table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->leadsPage()->filterBar()->searchField()->hasFocus());
    // Ctrl+N opens the new-lead dialog.
    bool opened = false;
    onNextModal([&opened](QWidget *dialog) {
        opened = dialog->objectName() == QStringLiteral("newLeadDialog");
        dialog->close();
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(opened);
}

void tst_MainWindow::deleteKeyAndUndoMenu()
{
    const QString path = m_dir->filePath(QStringLiteral("d.leadbench"));
    TestSupport::createWorkspace(path, 40);
    QVERIFY(m_window->openWorkspace(path));
    QTableView *table = m_window->leadsPage()->table();
    const QModelIndex first = table->model()->index(0, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    const qint64 id = m_window->leadsPage()->currentLeadId();
    QVERIFY(action("actionDeleteLeads")->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_COMPARE(table->model()->rowCount(), 39);
    QVERIFY(!m_window->workspace()->leads().find(id));
    QVERIFY(action("actionUndo")->isEnabled());
    QVERIFY(action("actionUndo")->text().contains(QStringLiteral("Delete")));
    action("actionUndo")->trigger();
    QTRY_COMPARE(table->model()->rowCount(), 40);
    QVERIFY(m_window->workspace()->leads().find(id));
}

void tst_MainWindow::demoOnEmptyWorkspace()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.leadbench"));
    QVERIFY(m_window->openWorkspace(path, true));
    auto *load = child<QPushButton>(m_window.get(), QStringLiteral("emptyLoadDemo"));
    QVERIFY(load->isVisible());
    onNextModal([](QWidget *dialog) {
        auto *count = dialog->findChild<QSpinBox *>(QStringLiteral("demoLeadCount"));
        count->selectAll();
        QTest::keyClicks(count, QStringLiteral("300"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("demoLoad")), Qt::LeftButton);
    });
    QTest::mouseClick(load, Qt::LeftButton);
    QTRY_COMPARE(m_window->leadsPage()->model()->rowCount(), 300);
    QVERIFY(m_window->leadsPage()->table()->isVisible());
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("countLabel"))->text(), QStringLiteral("300 leads"));
}

void tst_MainWindow::workspacePickerAndRecent()
{
    const QString a = m_dir->filePath(QStringLiteral("a.leadbench"));
    const QString b = m_dir->filePath(QStringLiteral("b.leadbench"));
    TestSupport::createWorkspace(a, 10);
    TestSupport::createWorkspace(b, 20);
    QVERIFY(m_window->openWorkspace(a));
    QVERIFY(m_window->openWorkspace(b));
    QCOMPARE(m_settings->recentWorkspaces().mid(0, 2), (QStringList{b, a}));
    onNextModal([a](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("recentWorkspaces"));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == a)
                list->setCurrentRow(i);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openSelectedWorkspace")), Qt::LeftButton);
    });
    m_window->showWorkspaces();
    QCOMPARE(m_window->workspace()->path(), a);
    QCOMPARE(m_window->leadsPage()->model()->rowCount(), 10);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_MainWindow::settingsDialogChangesWhoIsRecorded()
{
    const QString path = m_dir->filePath(QStringLiteral("s.leadbench"));
    TestSupport::createWorkspace(path, 5);
    QVERIFY(m_window->openWorkspace(path));
    onNextModal([](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("userName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Claire Dubois"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    action("actionPreferences")->trigger();
    QCOMPARE(m_settings->userName(), QStringLiteral("Claire Dubois"));
    QCOMPARE(m_window->workspace()->actor(), QStringLiteral("Claire Dubois"));
    const qint64 id = m_window->workspace()->leads().create(Lead{.firstName = QStringLiteral("X")});
    m_window->workspace()->leads().changeStage(id, Stage::MQL, QStringLiteral("test"));
    QCOMPARE(m_window->workspace()->leads().stageHistory(id).first().actor, QStringLiteral("Claire Dubois"));
}

void tst_MainWindow::windowStateIsRestored()
{
    m_window->resize(1180, 777);
    m_window->leadsPage()->splitter()->setSizes({700, 400});
    const QList<int> sizes = m_window->leadsPage()->splitter()->sizes();
    m_window->close();
    QVERIFY(!m_settings->value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty());
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1180, 777)); // fits a 1280-pixel laptop screen
    QCOMPARE(m_window->leadsPage()->splitter()->sizes(), sizes);
}

void tst_MainWindow::leadBoardOpensTheLeadInTheLeadList()
{
    const QString path = m_dir->filePath(QStringLiteral("board.leadbench"));
    TestSupport::createWorkspace(path, 30);
    QVERIFY(m_window->openWorkspace(path));
    Lead l;
    l.lastName = QStringLiteral("Board Opened");
    l.stage = Stage::MQL;
    const qint64 id = m_window->workspace()->leads().create(l);
    m_window->showPage(QStringLiteral("pipeline"));
    auto *pipeline = m_window->findChild<PipelinePage *>();
    QVERIFY(pipeline);
    pipeline->tabs()->setCurrentIndex(1);
    LeadBoard *board = pipeline->leadBoard();
    int column = 0;
    while (board->stage(column) != Stage::MQL)
        ++column;
    BoardColumnView *view = board->view(column);
    QTRY_VERIFY(board->model(column)->rowOf(id) >= 0);
    const QModelIndex index = view->model()->index(board->model(column)->rowOf(id), 0);
    view->scrollTo(index);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(m_window->currentPageId(), QStringLiteral("leads"));
    QCOMPARE(m_window->leadsPage()->currentLeadId(), id);
}

void tst_MainWindow::tradeShowLeadsGoToAFollowUpSequence()
{
    const QString path = m_dir->filePath(QStringLiteral("event.leadbench"));
    qint64 event = 0, sequenceId = 0;
    {
        auto prepared = TestSupport::createWorkspace(path, 5);
        TradeShow show(*prepared);
        event = show.createEvent(QStringLiteral("Salon Lyon"), QDate(2026, 11, 20), QDate(2026, 11, 22), 3000);
        for (int i = 0; i < 3; ++i) {
            CaptureInput in;
            in.lastName = QStringLiteral("Visitor %1").arg(i);
            show.capture(event, in);
        }
        Nurture::Sequence sequence;
        sequence.name = QStringLiteral("After the show");
        sequenceId = Nurture::NurtureService(*prepared).saveSequence(sequence);
    }
    QVERIFY(m_window->openWorkspace(path));
    Workspace &ws = *m_window->workspace();
    m_window->showPage(QStringLiteral("tradeshow"));
    auto *page = m_window->findChild<TradeShowPage *>();
    QVERIFY(page);
    page->selectEvent(event);
    bool offered = false;
    GuiTest::onNextModal([&](QWidget *dialog) {
        auto *box = dialog->findChild<QComboBox *>();
        offered = box && box->currentText().startsWith(QStringLiteral("After the show"));
        if (!offered)
            qWarning() << dialog->metaObject()->className() << (box ? box->currentText() : QString());
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("enrolEventLeads")), Qt::LeftButton);
    QVERIFY(offered);
    QCOMPARE(Query(ws.db(), "SELECT count(*) FROM nurture_enrolments WHERE sequence_id = ?", sequenceId).scalar().toInt(), 3);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
