// The Sync screen driven as a person would, in the real main window, against the fake HubSpot and
// a private keychain: add a connection, sync now, settle a conflict, edit the field mapping, dry
// run, and a refused address that keeps the dialog open with the reason.
#include "GuiTestSupport.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "leads/LeadRepository.h"
#include "settings/Settings.h"
#include "storage/Query.h"
#include "sync/SyncPage.h"
#include "sync/ConnectorRegistry.h"
#include "sync/SyncDialogs.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {
const QString Token = u"pat-na1-gui-token"_s;

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LEADBENCH_SHOTS");
    if (!dir.isEmpty())
        w->window()->grab().save(dir + u'/' + name + u".png"_s);
}
} // namespace

class tst_SyncPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addSyncConflictMappingDryRun();
    void refusedAddressKeepsTheDialogOpen();
    void readOnlyWorkspaceCannotSync();

private:
    void addConnection(const QString &baseUrl);
    void waitForRun();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncTest::FakeServer> m_server;
    SyncPage *m_page = nullptr;
    std::unique_ptr<Sync::ConnectorRegistry> m_registry;
};

void tst_SyncPage::initTestCase()
{
    m_registry = std::make_unique<Sync::ConnectorRegistry>(QStringList{QStringLiteral(LEADBENCH_PLUGIN_BUILD_DIR)});
    SyncPage::setConnectorRegistry(m_registry.get());
}

void tst_SyncPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString db = m_dir->filePath(u"ws.leadbench"_s);
    {
        auto ws = TestSupport::createWorkspace(db);
        SyncTest::addLeads(*ws, 12);
    }
    m_server = std::make_unique<SyncTest::FakeServer>(u"fake_hubspot.py"_s, QStringList{u"--token"_s, Token});
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openWorkspace(db));
    m_window->show();
    m_window->showPage(u"sync"_s);
    m_page = m_window->findChild<SyncPage *>();
    QVERIFY(m_page);
    QCOMPARE(m_window->currentPageId(), u"sync"_s);
}

void tst_SyncPage::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_server.reset();
    m_dir.reset();
}

void tst_SyncPage::addConnection(const QString &baseUrl)
{
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<ConnectionDialog *>(w);
        QVERIFY(dialog);
        auto *name = child<QLineEdit>(dialog, u"connectionName"_s);
        QTest::keyClicks(name, u"HubSpot (sales)"_s);
        auto *connector = child<QComboBox>(dialog, u"connectionConnector"_s);
        connector->setCurrentIndex(connector->findData(u"hubspot"_s));
        auto *url = child<QLineEdit>(dialog, u"setting_base_url"_s);
        url->clear();
        QTest::keyClicks(url, baseUrl);
        auto *token = child<QLineEdit>(dialog, u"setting_token"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, Token);
        shot(dialog, u"connection-dialog"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"connectionOk"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_page, u"syncAdd"_s), Qt::LeftButton);
}

void tst_SyncPage::waitForRun()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->runner()->isRunning(), 30000);
    QTRY_VERIFY(child<QPushButton>(m_page, u"syncNow"_s)->isEnabled());
}

void tst_SyncPage::addSyncConflictMappingDryRun()
{
    addConnection(m_server->baseUrl());
    auto *list = child<QListWidget>(m_page, u"syncConnections"_s);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"HubSpot (sales)"_s));
    QVERIFY(child<QLabel>(m_page, u"syncPending"_s)->text().contains(u"12"_s));

    // Sync now: every lead becomes a contact.
    QTest::mouseClick(child<QPushButton>(m_page, u"syncNow"_s), Qt::LeftButton);
    QVERIFY(child<QPushButton>(m_page, u"syncCancel"_s)->isEnabled() || !m_page->runner()->isRunning());
    waitForRun();
    QTRY_VERIFY2(child<QLabel>(m_page, u"syncStatus"_s)->text().contains(u"succeeded"_s),
                 qPrintable(child<QLabel>(m_page, u"syncStatus"_s)->text()));
    QCOMPARE(m_server->state().value(u"contacts"_s).toObject().size(), 12);
    QVERIFY(child<QPlainTextEdit>(m_page, u"syncLog"_s)->toPlainText().contains(u"12 pushed"_s));
    shot(m_page, u"sync-page"_s);

    // Both sides change the same city: the conflicts button counts it; the person takes the CRM's.
    Workspace *ws = m_window->workspace();
    Sync::SyncStore store(ws->db());
    const qint64 connection = store.connections().first().id;
    const qint64 lead = Query(ws->db(), "SELECT id FROM leads WHERE email = 'first5@example.com'").scalar().toLongLong();
    const QString remote = store.link(connection, Sync::Entity::Lead, lead)->remoteId;
    ws->leads().setField(lead, LeadField::City, u"Here"_s);
    m_server->control(u"put"_s, {{u"object"_s, u"contacts"_s}, {u"id"_s, remote}, {u"properties"_s, QJsonObject{{u"city"_s, u"There"_s}}}});
    QTest::mouseClick(child<QPushButton>(m_page, u"syncNow"_s), Qt::LeftButton);
    waitForRun();
    auto *conflicts = child<QPushButton>(m_page, u"syncConflicts"_s);
    QTRY_VERIFY(conflicts->isEnabled());
    QVERIFY(conflicts->text().contains(u"(1)"_s));
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<ConflictsDialog *>(w);
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), u"Here"_s);
        QCOMPARE(table->item(0, 3)->text(), u"There"_s);
        shot(dialog, u"conflicts-dialog"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"conflictsAllRemote"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, u"conflictsApply"_s), Qt::LeftButton);
    });
    QTest::mouseClick(conflicts, Qt::LeftButton);
    QCOMPARE(ws->leads().get(lead).city, u"There"_s);
    QTRY_VERIFY(!conflicts->isEnabled());

    // Field mapping: the CRM decides the city from now on.
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<FieldMappingDialog *>(w);
        QVERIFY(dialog);
        QTableWidget *table = dialog->table(Sync::Entity::Lead);
        bool found = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            auto *local = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
            if (local->currentData().toString() == u"city"_s) {
                qobject_cast<QComboBox *>(table->cellWidget(row, 2))->setCurrentIndex(2);
                found = true;
            }
        }
        QVERIFY(found);
        shot(dialog, u"mapping-dialog"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"mappingSave"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_page, u"syncMapping"_s), Qt::LeftButton);
    bool pull = false;
    for (const Sync::FieldMapping &m : store.mapping(connection, Sync::Entity::Lead)) {
        if (m.localField == u"city"_s)
            pull = m.direction == Sync::Direction::Pull;
    }
    QVERIFY(pull);

    // Dry run: the change is listed, nothing is sent.
    ws->leads().setField(lead, LeadField::Company, u"Dry Co"_s);
    int rows = 0;
    onNextModal(
        [&](QWidget *w) {
            auto *dialog = qobject_cast<DryRunDialog *>(w);
            QVERIFY(dialog);
            rows = dialog->table()->rowCount();
            shot(dialog, u"dry-run-dialog"_s);
            dialog->reject();
        },
        30000);
    QTest::mouseClick(child<QPushButton>(m_page, u"syncDryRun"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rows > 0, 30000);
    waitForRun();
    QCOMPARE(m_server->state().value(u"contacts"_s).toObject().value(remote).toObject().value(u"properties"_s).toObject().value(u"company"_s).toString(),
             u"Company5"_s);
}

void tst_SyncPage::refusedAddressKeepsTheDialogOpen()
{
    QString message;
    bool stillOpen = false;
    onNextModal([&](QWidget *w) {
        auto *dialog = qobject_cast<ConnectionDialog *>(w);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"connectionName"_s), u"Plain"_s);
        auto *connector = child<QComboBox>(dialog, u"connectionConnector"_s);
        connector->setCurrentIndex(connector->findData(u"hubspot"_s));
        auto *url = child<QLineEdit>(dialog, u"setting_base_url"_s);
        url->clear();
        QTest::keyClicks(url, u"http://api.hubapi.com"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"setting_token"_s), Token);
        captureNextMessage(&message);
        QTest::mouseClick(child<QPushButton>(dialog, u"connectionOk"_s), Qt::LeftButton);
        stillOpen = dialog->isVisible();
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(m_page, u"syncAdd"_s), Qt::LeftButton);
    QVERIFY2(message.contains(u"Plain http is refused"_s), qPrintable(message));
    QVERIFY(stillOpen);
    QCOMPARE(child<QListWidget>(m_page, u"syncConnections"_s)->count(), 0);
    QVERIFY(child<QLabel>(m_page, u"syncEmpty"_s)->isVisible());
}

void tst_SyncPage::readOnlyWorkspaceCannotSync()
{
    addConnection(m_server->baseUrl());
    QTRY_COMPARE(child<QListWidget>(m_page, u"syncConnections"_s)->count(), 1);
    m_page->setReadOnly(true);
    QVERIFY(!child<QPushButton>(m_page, u"syncNow"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(m_page, u"syncAdd"_s)->isEnabled());
    QVERIFY(child<QPushButton>(m_page, u"syncDryRun"_s)->isEnabled());
}

QTEST_MAIN(tst_SyncPage)
#include "tst_syncpage.moc"
