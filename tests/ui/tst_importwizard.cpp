#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "io/ExportDialog.h"
#include "io/ImportHistoryDialog.h"
#include "io/ImportWizard.h"
#include "leads/LeadsPage.h"

#include "io/ImportHistory.h"
#include "leads/LeadRepository.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace GuiTest;
using namespace Qt::StringLiterals;

// The import wizard and the export dialog, driven as a person does: typing, clicking, choosing.
class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void shot(QWidget *w, const char *name)
    {
        // LEADBENCH_SHOTS=folder keeps pictures of the screens, for looking at them.
        const QString folder = qEnvironmentVariable("LEADBENCH_SHOTS");
        if (!folder.isEmpty())
            w->grab().save(folder + u'/' + QString::fromLatin1(name) + u".png"_s);
    }

    static void next(QWizard &wizard) { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); }

    static qint64 leadId(Workspace &ws, const char *email)
    {
        return Query(ws.db(), "SELECT id FROM leads WHERE email_key = ?", QString::fromLatin1(email)).scalar().toLongLong();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importThenUndo()
    {
        auto ws = TestSupport::createWorkspace(m_dir.filePath(u"w.leadbench"_s));
        Lead claire;
        claire.firstName = u"Claire"_s;
        claire.email = u"claire@dubois.fr"_s;
        claire.jobTitle = u"CEO"_s;
        const qint64 claireId = ws->leads().create(claire);
        // A French Excel export: Windows-1252, semicolons.
        const QString csv = m_dir.filePath(u"prospects.csv"_s);
        TestSupport::writeFile(csv, "Pr\xE9nom;Nom;E-mail;Soci\xE9t\xE9;Fonction;\xC9tape du cycle de vie\r\n"
                                    "Claire;Dubois;CLAIRE@dubois.fr;Atelier Dubois;Directrice;Client\r\n"
                                    "Fran\xE7ois;Lef\xE8vre;francois@lefevre.fr;Lef\xE8vre SA;Acheteur;marketingqualifiedlead\r\n"
                                    "Zo\xE9;Martin;zoe@@martin;;;\r\n"
                                    ";;;;Stagiaire;\r\n");

        ImportWizard wizard(*ws);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
        auto *file = child<QLineEdit>(&wizard, u"importFile"_s);
        QTest::keyClicks(file, csv);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shot(&wizard, "import-1-file");
        next(wizard);

        // Encoding and delimiter, detected.
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        auto *detected = child<QLabel>(&wizard, u"importDetected"_s);
        QVERIFY2(detected->text().contains(u"Windows-1252"_s), qPrintable(detected->text()));
        auto *raw = child<QTableWidget>(&wizard, u"importRawPreview"_s);
        QCOMPARE(raw->columnCount(), 6);
        QCOMPARE(raw->horizontalHeaderItem(3)->text(), u"Société"_s);
        QCOMPARE(raw->item(1, 0)->text(), u"François"_s);
        shot(&wizard, "import-2-format");
        // The wrong delimiter by hand: one column; back to detection.
        auto *delimiter = child<QComboBox>(&wizard, u"importDelimiter"_s);
        delimiter->setCurrentIndex(delimiter->findData(u","_s));
        QCOMPARE(raw->columnCount(), 1);
        delimiter->setCurrentIndex(0);
        QCOMPARE(raw->columnCount(), 6);
        next(wizard);

        // Columns matched from the French names; the preview shows rows as they will be saved.
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(child<QComboBox>(&wizard, u"mapColumn0"_s)->currentData().toString(), u"first_name"_s);
        QCOMPARE(child<QComboBox>(&wizard, u"mapColumn2"_s)->currentData().toString(), u"email"_s);
        QCOMPARE(child<QComboBox>(&wizard, u"mapColumn3"_s)->currentData().toString(), u"company"_s);
        QCOMPARE(child<QComboBox>(&wizard, u"mapColumn5"_s)->currentData().toString(), u"stage"_s);
        auto *preview = child<QTableWidget>(&wizard, u"importPreview"_s);
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(1, 6)->text(), Lifecycle::displayName(Stage::MQL)); // value mapped
        QVERIFY(preview->item(2, preview->columnCount() - 1)->text().contains(u"flagged"_s));
        QVERIFY(preview->item(3, preview->columnCount() - 1)->text().contains(u"rejected"_s));
        shot(&wizard, "import-3-columns");
        // Not importing "Fonction": the column leaves the preview.
        auto *title = child<QComboBox>(&wizard, u"mapColumn4"_s);
        QTest::keyClick(title, Qt::Key_Home); // "Do not import" is first
        QCOMPARE(title->currentData().toString(), QString());
        QCOMPARE(preview->columnCount(), 7);
        // Unmapping every identifying column is refused before the import starts.
        for (int c : {0, 1, 2, 3}) {
            auto *combo = child<QComboBox>(&wizard, u"mapColumn%1"_s.arg(c));
            QTest::keyClick(combo, Qt::Key_Home);
        }
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!child<QLabel>(&wizard, u"importMappingProblem"_s)->text().isEmpty());
        child<QComboBox>(&wizard, u"mapColumn2"_s)->setCurrentIndex(child<QComboBox>(&wizard, u"mapColumn2"_s)->findData(u"email"_s));
        child<QComboBox>(&wizard, u"mapColumn0"_s)->setCurrentIndex(child<QComboBox>(&wizard, u"mapColumn0"_s)->findData(u"first_name"_s));
        child<QComboBox>(&wizard, u"mapColumn1"_s)->setCurrentIndex(child<QComboBox>(&wizard, u"mapColumn1"_s)->findData(u"last_name"_s));
        child<QComboBox>(&wizard, u"mapColumn3"_s)->setCurrentIndex(child<QComboBox>(&wizard, u"mapColumn3"_s)->findData(u"company"_s));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Saved for the next file of this layout.
        onNextModal([](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            edit->selectAll();
            QTest::keyClicks(edit, u"Salon list"_s);
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::mouseClick(child<QPushButton>(&wizard, u"importSaveMapping"_s), Qt::LeftButton);
        QTRY_COMPARE(ImportHistory(ws->db()).mappingNames(ImportKind::Leads), QStringList{u"Salon list"_s});
        next(wizard);

        // Duplicates: overwrite.
        QCOMPARE(wizard.currentId(), int(ImportWizard::DuplicatesPage));
        shot(&wizard, "import-4-duplicates");
        auto *overwrite = child<QRadioButton>(&wizard, u"importPolicyOverwrite"_s);
        QTest::mouseClick(overwrite, Qt::LeftButton, {}, QPoint(8, overwrite->height() / 2));
        QVERIFY(overwrite->isChecked());
        next(wizard);

        // The import runs on its own thread; the summary follows.
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 20000);
        const QString summary = child<QLabel>(&wizard, u"importSummary"_s)->text();
        QVERIFY2(summary.contains(u"Rows read: 4"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"Created: 2"_s));
        QVERIFY(summary.contains(u"Merged with existing: 1"_s));
        QVERIFY(summary.contains(u"Rejected: 1"_s));
        QVERIFY(summary.contains(u"flagged: 1"_s));
        QVERIFY(child<QPushButton>(&wizard, u"importOpenRejects"_s)->isVisible());
        QVERIFY(QFile::exists(wizard.result().rejectsFile));
        shot(&wizard, "import-5-summary");
        QCOMPARE(ws->leads().count(), 3);
        QCOMPARE(ws->leads().get(claireId).company, u"Atelier Dubois"_s);
        QCOMPARE(ws->leads().get(claireId).jobTitle, u"CEO"_s); // "Fonction" was not imported
        QCOMPARE(ws->leads().get(leadId(*ws, "francois@lefevre.fr")).lastName, u"Lefèvre"_s);

        // Undo this import: asked first, then exactly as before.
        onNextModal([](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&wizard, u"importUndo"_s), Qt::LeftButton);
        QTRY_COMPARE(ws->leads().count(), 1);
        QCOMPARE(ws->leads().get(claireId).company, QString());
        QVERIFY(wizard.changedWorkspace());
        QVERIFY(!child<QPushButton>(&wizard, u"importUndo"_s)->isEnabled());
    }

    void cancelKeepsWholeBatches()
    {
        auto ws = TestSupport::createWorkspace(m_dir.filePath(u"c.leadbench"_s));
        QByteArray content = "email,name\n";
        for (int i = 0; i < 60000; ++i)
            content += "n" + QByteArray::number(i) + "@x.com,N " + QByteArray::number(i) + "\n";
        const QString csv = m_dir.filePath(u"many.csv"_s);
        TestSupport::writeFile(csv, content);
        ImportWizard wizard(*ws);
        wizard.setFile(csv);
        wizard.show();
        next(wizard);
        next(wizard);
        next(wizard);
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPage));
        QVERIFY(wizard.isRunning());
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 30000);
        QVERIFY(wizard.isVisible()); // cancel stopped the import, it did not close the wizard
        const ImportResult &r = wizard.result();
        QCOMPARE(ws->leads().count(), r.created);
        QCOMPARE(r.read, r.created + r.merged + r.rejected);
        if (r.status == u"cancelled"_s) {
            QVERIFY(r.read < 60000);
            QCOMPARE(r.read % 5000, 0);
            QVERIFY(child<QLabel>(&wizard, u"importSummary"_s)->text().contains(u"resumes"_s));
        }
    }

    void historyAndExportFromTheMainWindow()
    {
        const QString path = m_dir.filePath(u"m.leadbench"_s);
        TestSupport::createWorkspace(path, 40);
        Settings settings(m_dir.filePath(u"settings.ini"_s));
        settings.setValue(Settings::Key::BackupEnabled, false);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));

        // Export the selection through the Leads menu's action.
        window.leadsPage()->selectLead(window.leadsPage()->currentLeadId());
        const QString out = m_dir.filePath(u"picked.csv"_s);
        onNextModal([out](QWidget *w) {
            auto *dialog = qobject_cast<ExportDialog *>(w);
            QVERIFY(dialog);
            shot(dialog, "export");
            auto *all = dialog->findChild<QRadioButton *>(u"exportAll"_s);
            QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(8, all->height() / 2));
            auto *edit = dialog->findChild<QLineEdit *>(u"exportPath"_s);
            edit->clear();
            QTest::keyClicks(edit, out);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportOk"_s), Qt::LeftButton);
        });
        window.findChild<QAction *>(u"actionExport"_s)->trigger();
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), 41);

        // Import it into the same workspace (all duplicates), then see it in the history.
        onNextModal([out](QWidget *w) {
            auto *wizard = qobject_cast<ImportWizard *>(w);
            QVERIFY(wizard);
            QTest::keyClicks(wizard->findChild<QLineEdit *>(u"importFile"_s), out);
            for (int i = 0; i < 4; ++i)
                QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::SummaryPage), 20000);
            QVERIFY(wizard->findChild<QLabel *>(u"importSummary"_s)->text().contains(u"Merged with existing: 40"_s));
            QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        });
        window.findChild<QAction *>(u"actionImport"_s)->trigger();
        onNextModal([](QWidget *w) {
            auto *dialog = qobject_cast<ImportHistoryDialog *>(w);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(), 1);
            QCOMPARE(dialog->table()->item(0, 6)->text(), u"0"_s);
            QCOMPARE(dialog->table()->item(0, 7)->text(), u"40"_s);
            shot(dialog, "import-history");
            dialog->reject();
        });
        window.findChild<QAction *>(u"actionImportHistory"_s)->trigger();
        QCOMPARE(window.workspace()->leads().count(), 40);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
