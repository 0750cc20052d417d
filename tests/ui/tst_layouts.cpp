// Every page and dialog, in every language Leadbench speaks and in a "German-length" pseudo language
// (each text ~40% longer), on the offscreen platform: no label, button or group title may be cut, and
// no dialog may need more room than a 1366x768 laptop screen gives.
//
// A new dialog or page gets a line in dialogs() below (pages are found through the main window).

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "io/ExportDialog.h"
#include "io/ImportHistoryDialog.h"
#include "io/ImportWizard.h"
#include "leads/ActivityDialog.h"
#include "leads/ChangeStageDialog.h"
#include "leads/MergeLeadsDialog.h"
#include "leads/NewLeadDialog.h"
#include "pipeline/CloseDealDialog.h"
#include "pipeline/DealEditorDialog.h"
#include "pipeline/PipelineSettingsDialog.h"
#include "qualification/BantDialog.h"
#include "queue/RoutingDialog.h"
#include "queue/TaskDialog.h"
#include "settings/SettingsDialog.h"
#include "shell/Page.h"
#include "sync/SyncDialogs.h"
#include "tradeshow/CaptureWindow.h"
#include "workspace/DemoDialog.h"
#include "workspace/WorkspaceDialog.h"

#include "leads/Lead.h"
#include "leads/LeadFilter.h"
#include "leads/LeadRepository.h"
#include "pipeline/Deal.h"
#include "pipeline/DealRepository.h"
#include "pipeline/PipelineRepository.h"
#include "settings/Language.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "sync/Connector.h"
#include "sync/ConnectorRegistry.h"
#include "sync/CredentialStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "tasks/TaskRepository.h"
#include "tradeshow/TradeShow.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QWizard>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

// Returns every text ~40% longer (German runs 30-40% longer than English, short texts more), keeping
// what Qt replaces (%1, %n) and the mnemonic intact: the padding goes at the end of each line, before
// a closing colon or ellipsis. Rich text is left as is (its markup must stay valid).
class PseudoLongTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString source = QString::fromUtf8(sourceText);
        if (source.trimmed().isEmpty() || Qt::mightBeRichText(source))
            return source;
        QStringList lines = source.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            qsizetype end = line.size();
            while (end > 0 && QStringLiteral(":.…?! ").contains(line.at(end - 1)))
                --end;
            const qsizetype letters = line.size();
            const qsizetype extra = std::max<qsizetype>(3, (letters * 2 + 4) / 5);
            static const QString pad = QStringLiteral("äöüßÄÖÜëéè");
            QString padding;
            for (qsizetype i = 0; i < extra; ++i)
                padding += pad.at(i % pad.size());
            line.insert(end, padding);
        }
        return lines.join(QLatin1Char('\n'));
    }
    bool isEmpty() const override { return false; }
};

QString describe(const QWidget *w)
{
    QString path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path = p->objectName();
            break;
        }
    }
    return QStringLiteral("%1%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                       path.isEmpty() ? QString() : QStringLiteral(" in ") + path);
}

bool insideScrolledViewport(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget())) {
            if (area->viewport() == p)
                return true;
        }
    }
    return false;
}

// The texts cut in the visible widgets of window (a top-level), one line each.
QStringList cutTexts(QWidget *window, const QString &where)
{
    // Texts set by background work that just finished: lay them out first.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList problems;
    const auto report = [&](const QWidget *w, const QString &text, const QString &why) {
        problems << QStringLiteral("%1: %2 \"%3\": %4").arg(where, describe(w), text.left(70), why);
    };
    const auto fits = [](const QWidget *w) {
        // Drawn whole inside its parent (a scroll area's content may be larger than the viewport).
        const QWidget *parent = w->parentWidget();
        if (!parent || w->isWindow())
            return true;
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()); area && area->viewport() == parent)
            return true;
        return parent->rect().contains(w->geometry());
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        // A scroll area that cannot scroll sideways cuts what is wider than its viewport.
        if (auto *area = qobject_cast<QScrollArea *>(w); area && area->widget() && area->widget()->isVisible()
            && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && area->widget()->width() > area->viewport()->width()) {
            problems << QStringLiteral("%1: %2 shows %3 px of a %4 px wide content and cannot scroll sideways")
                            .arg(where, describe(area)).arg(area->viewport()->width()).arg(area->widget()->width());
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            // Labels placed by item views (index widgets) scroll with the view.
            if (insideScrolledViewport(label) && !fits(label))
                continue;
            const QSize hint = label->minimumSizeHint();
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    report(label, label->text(), QStringLiteral("needs %1 px of height, has %2").arg(needed).arg(label->height()));
            } else if (label->width() < hint.width() || label->height() < hint.height()) {
                report(label, label->text(), QStringLiteral("needs %1x%2, has %3x%4").arg(hint.width()).arg(hint.height())
                                                 .arg(label->width()).arg(label->height()));
            } else if (!fits(label)) {
                report(label, label->text(), QStringLiteral("reaches outside its parent"));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            const QSize hint = button->sizeHint();
            if (button->width() < hint.width())
                report(button, button->text(), QStringLiteral("needs %1 px, has %2").arg(hint.width()).arg(button->width()));
            else if (!fits(button))
                report(button, button->text(), QStringLiteral("reaches outside its parent"));
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            if (box->title().isEmpty())
                continue;
            const int needed = box->minimumSizeHint().width();
            if (box->width() < needed)
                report(box, box->title(), QStringLiteral("needs %1 px, has %2").arg(needed).arg(box->width()));
        }
    }
    // The sidebar's entries (list items, not widgets) are elided when the list is too narrow.
    if (auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar")); sidebar && sidebar->isVisible()) {
        for (int i = 0; i < sidebar->count(); ++i) {
            const QString text = sidebar->item(i)->text();
            const int needed = sidebar->fontMetrics().horizontalAdvance(text) + sidebar->iconSize().width() + 16;
            if (sidebar->viewport()->width() < needed)
                problems << QStringLiteral("%1: sidebar entry \"%2\": needs %3 px, has %4").arg(where, text).arg(needed)
                                .arg(sidebar->viewport()->width());
        }
    }
    // Everything must be reachable on a common laptop screen.
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (least.width() > 1366 || least.height() > 740) {
        problems << QStringLiteral("%1: needs at least %2x%3 px, more than a 1366x768 screen")
                        .arg(where).arg(least.width()).arg(least.height());
        // What asks for the room: the widest and tallest widgets, to start looking there.
        const auto large = [&](const QWidget *w) {
            const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
            return (least.width() > 1366 && m.width() > 1366 / 2) || (least.height() > 740 && m.height() > 740 / 2);
        };
        for (QWidget *w : window->findChildren<QWidget *>()) {
            // The innermost such widgets (in any tab, shown or not: a tab widget is as large as its largest tab).
            const QList<QWidget *> inner = w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
            if (large(w) && std::none_of(inner.begin(), inner.end(), large)) {
                const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
                problems << QStringLiteral("    %1 needs %2x%3").arg(describe(w)).arg(m.width()).arg(m.height());
            }
        }
    }
    return problems;
}

// cutTexts, and again with each tab of each tab widget shown (a hidden tab's texts are not laid out).
QStringList cutTextsInEveryTab(QWidget *window, const QString &where)
{
    QStringList problems = cutTexts(window, where);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == shown || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            problems += cutTexts(window, QStringLiteral("%1, tab \"%2\"").arg(where, tabs->tabText(i)));
        }
        tabs->setCurrentIndex(shown);
    }
    problems.removeDuplicates();
    return problems;
}

// Shows window at the size it opens with, lets layouts settle, and checks it.
QStringList check(QWidget *window, const QString &where, bool fullScreen = false)
{
    if (fullScreen)
        window->showFullScreen();
    else
        window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return {QStringLiteral("%1: never shown").arg(where)};
    QApplication::processEvents();
    return cutTextsInEveryTab(window, where);
}

} // namespace

class tst_Layouts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pseudoTranslatorPadsAndKeepsPlaceholders();
    void checkFindsACutLabel();
    void everyScreen_data();
    void everyScreen();
    void preferencesChooseTheLanguage();
    void cleanupTestCase();

private:
    QStringList checkDialogs();
    QStringList checkMainWindow();

    QTemporaryDir m_dir;
    QString m_path;
    QString m_csv;
};

void tst_Layouts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("layouts.leadbench"));
    // Demo data: leads with activities, deals, reps, campaigns, so lists and panels show real texts.
    auto ws = TestSupport::createWorkspace(m_path, 120);
    QVERIFY(ws);
    // A French export for the import wizard's pages.
    m_csv = m_dir.filePath(QStringLiteral("prospects.csv"));
    TestSupport::writeFile(m_csv, "Pr\xC3\xA9nom;Nom;E-mail;Soci\xC3\xA9t\xC3\xA9;Fonction\r\n"
                                  "Claire;Dubois;claire@dubois.fr;Atelier Dubois;Directrice\r\n"
                                  "Zo\xC3\xA9;Martin;zoe@@martin;;\r\n");
    TradeShow(*ws).createEvent(QStringLiteral("Salon des entrepreneurs"), QDate(2026, 2, 3), QDate(2026, 2, 4), 12000);
}

void tst_Layouts::cleanupTestCase()
{
    Language::apply(QString());
}

void tst_Layouts::pseudoTranslatorPadsAndKeepsPlaceholders()
{
    PseudoLongTranslator pseudo;
    const QString out = pseudo.translate("X", "&Delete %1 leads…");
    QVERIFY(out.startsWith(QStringLiteral("&Delete %1 leads")));
    QVERIFY(out.endsWith(QStringLiteral("…")));
    QVERIFY(out.size() >= QStringLiteral("&Delete %1 leads…").size() * 13 / 10);
    QCOMPARE(pseudo.translate("X", "<b>rich</b>"), QStringLiteral("<b>rich</b>"));
    QCoreApplication::installTranslator(&pseudo);
    QVERIFY(QCoreApplication::translate("X", "%n lead(s)", nullptr, 3).startsWith(QStringLiteral("3 lead(s)")));
    QCoreApplication::removeTranslator(&pseudo);
}

void tst_Layouts::checkFindsACutLabel()
{
    // The check itself: a label squeezed below its text's width is reported, a roomy one is not.
    QWidget window;
    auto *label = new QLabel(QStringLiteral("A label much longer than its box"), &window);
    window.resize(400, 100);
    label->setGeometry(0, 0, 40, 20);
    QCOMPARE(check(&window, QStringLiteral("t")).size(), 1);
    label->setGeometry(0, 0, label->sizeHint().width(), label->sizeHint().height());
    QCOMPARE(check(&window, QStringLiteral("t")), QStringList());
}

void tst_Layouts::everyScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pseudo-long") << QStringLiteral("pseudo");
    for (const Language::Option &o : Language::available()) {
        if (o.code != QStringLiteral("en"))
            QTest::newRow(qPrintable(o.code)) << o.code;
    }
}

void tst_Layouts::everyScreen()
{
    QFETCH(QString, language);
    PseudoLongTranslator pseudo;
    if (language == QStringLiteral("pseudo")) {
        Language::apply(QStringLiteral("en"));
        QCoreApplication::installTranslator(&pseudo);
    } else {
        Language::apply(language);
    }
    QStringList problems = checkMainWindow();
    problems += checkDialogs();
    QCoreApplication::removeTranslator(&pseudo);
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem; // QVERIFY2 cuts long messages
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void tst_Layouts::preferencesChooseTheLanguage()
{
    Language::apply(QStringLiteral("en"));
    Settings settings(m_dir.filePath(QStringLiteral("choice.ini")));
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *language = GuiTest::child<QComboBox>(&dialog, QStringLiteral("language"));
    // The system's language first, then each language under its own name.
    QCOMPARE(language->currentData().toString(), QString());
    QCOMPARE(language->count(), int(Language::available().size()) + 1);
    const int greek = language->findData(QStringLiteral("el"));
    QVERIFY(greek > 0);
    QCOMPARE(language->itemText(greek), QStringLiteral("Ελληνικά"));
    language->setCurrentIndex(greek);
    QString message;
    GuiTest::captureNextMessage(&message);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(settings.value(Settings::Key::Language).toString(), QStringLiteral("el"));
    QVERIFY2(message.contains(QStringLiteral("next time Leadbench starts")), qPrintable(message));

    // Opened again, it shows the choice; leaving it as it is says nothing.
    SettingsDialog again(settings);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(GuiTest::child<QComboBox>(&again, QStringLiteral("language"))->currentData().toString(), QStringLiteral("el"));
    QTest::mouseClick(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(again.result() == QDialog::Accepted);
    QCOMPARE(settings.value(Settings::Key::Language).toString(), QStringLiteral("el"));
}

QStringList tst_Layouts::checkMainWindow()
{
    QStringList problems;
    Settings settings(m_dir.filePath(QStringLiteral("layouts.ini")));
    settings.setValue(Settings::Key::BackupEnabled, false);
    MainWindow window(settings);
    // At first start it opens within the screen.
    const QSize screen = window.screen()->availableGeometry().size();
    if (window.width() > screen.width() || window.height() > screen.height())
        problems << QStringLiteral("main window: opens at %1x%2 on a %3x%4 screen").arg(window.width()).arg(window.height())
                        .arg(screen.width()).arg(screen.height());
    window.resize(1280, 720);
    if (!window.openWorkspace(m_path))
        return {QStringLiteral("main window: the workspace did not open")};
    problems += check(&window, QStringLiteral("main window"));
    for (Page *page : window.findChildren<Page *>()) {
        window.showPage(page->pageId());
        QApplication::processEvents();
        problems += cutTextsInEveryTab(&window, QStringLiteral("page %1").arg(page->pageId()));
    }
    window.closeWorkspace();
    return problems;
}

QStringList tst_Layouts::checkDialogs()
{
    QStringList problems;
    auto ws = Workspace::open(m_path);
    Settings settings(m_dir.filePath(QStringLiteral("dialogs.ini")));
    const auto ids = [&] {
        QList<qint64> out;
        Query q(ws->db(), "SELECT id FROM leads ORDER BY id LIMIT 2");
        while (q.next())
            out << q.int64(0);
        return out;
    }();
    const Lead a = ws->leads().get(ids.value(0));
    const Lead b = ws->leads().get(ids.value(1));
    const Pipeline pipeline = ws->pipelines().all().value(0);
    Deal deal;
    {
        Query q(ws->db(), "SELECT id FROM deals ORDER BY id LIMIT 1");
        if (q.next())
            deal = ws->deals().get(q.int64(0));
    }
    Task task;
    task.leadId = a.id;
    Sync::SyncReport report;
    report.pulled = 3;
    report.pushed = 12;
    report.changes.append(Sync::PlannedChange{});
    const qint64 event = TradeShow(*ws).events().value(0).id;
    // The connectors built next to the programs; the dialog for a new connection reads no secret.
    Sync::ConnectorRegistry registry({QStringLiteral(LEADBENCH_PLUGIN_BUILD_DIR)});
    Sync::CredentialStore credentials(QStringLiteral("Leadbench layout test"));
    Sync::SyncService sync(*ws, registry, credentials);
    // A connection for the mapping and conflict dialogs (stored directly: no secret, no keychain).
    qint64 connection = 0;
    for (const Sync::Connection &c : sync.connections())
        connection = c.id; // added by an earlier language's round
    if (Sync::Connector *hubspot = registry.connector(QStringLiteral("hubspot")); hubspot && !connection) {
        Sync::Connection c;
        c.name = QStringLiteral("HubSpot");
        c.connector = QStringLiteral("hubspot");
        try {
            connection = sync.store().addConnection(c, hubspot->entities());
        } catch (const std::exception &e) {
            return {QStringLiteral("cannot add a connection: %1").arg(QString::fromUtf8(e.what()))};
        }
    }

    const std::vector<std::pair<QString, std::function<QWidget *()>>> dialogs = {
        {QStringLiteral("SettingsDialog"), [&] { return new SettingsDialog(settings); }},
        {QStringLiteral("WorkspaceDialog"), [&] { return new WorkspaceDialog({m_path}, m_path); }},
        {QStringLiteral("DemoDialog"), [&] { return new DemoDialog(*ws); }},
        {QStringLiteral("NewLeadDialog"), [&] { return new NewLeadDialog; }},
        {QStringLiteral("ChangeStageDialog"), [&] { return new ChangeStageDialog(a.stage, QStringLiteral("Ana Souza")); }},
        {QStringLiteral("ActivityDialog"), [&] { return new ActivityDialog(ActivityType::Call); }},
        {QStringLiteral("MergeLeadsDialog"), [&] { return new MergeLeadsDialog(a, b, 3, 4); }},
        {QStringLiteral("BantDialog"), [&] { return new BantDialog(*ws, a.id); }},
        {QStringLiteral("RoutingDialog"), [&] { return new RoutingDialog(*ws); }},
        {QStringLiteral("TaskDialog"), [&] { return new TaskDialog(*ws, task); }},
        {QStringLiteral("DealEditorDialog"), [&] { return new DealEditorDialog(*ws, deal); }},
        {QStringLiteral("CloseDealDialog won"), [&] { return new CloseDealDialog(DealOutcome::Won, QStringLiteral("Renewal 2026"), 12500, QStringLiteral("EUR")); }},
        {QStringLiteral("CloseDealDialog lost"), [&] { return new CloseDealDialog(DealOutcome::Lost, QStringLiteral("Renewal 2026"), 12500, QStringLiteral("EUR")); }},
        {QStringLiteral("PipelineSettingsDialog"), [&] { return new PipelineSettingsDialog(*ws, pipeline); }},
        {QStringLiteral("ImportHistoryDialog"), [&] { return new ImportHistoryDialog(*ws); }},
        {QStringLiteral("ExportDialog"), [&] { return new ExportDialog(*ws, {a.id, b.id}, LeadFilter()); }},
        {QStringLiteral("ConnectionDialog"), [&] { return new ConnectionDialog(sync, 0); }},
        {QStringLiteral("ConnectionDialog (edit)"), [&] { return new ConnectionDialog(sync, connection); }},
        {QStringLiteral("FieldMappingDialog"), [&] { return new FieldMappingDialog(sync, connection); }},
        {QStringLiteral("ConflictsDialog"), [&] { return new ConflictsDialog(sync, connection); }},
        {QStringLiteral("DryRunDialog"), [&] { return new DryRunDialog(QStringLiteral("HubSpot"), report); }},
        {QStringLiteral("CaptureWindow"), [&] { return new CaptureWindow(*ws, event); }},
    };
    if (!connection)
        problems << QStringLiteral("the HubSpot connector plug-in was not found in " LEADBENCH_PLUGIN_BUILD_DIR);
    for (const auto &[name, make] : dialogs) {
        std::unique_ptr<QWidget> dialog;
        try {
            dialog.reset(make());
        } catch (const std::exception &e) {
            problems << QStringLiteral("%1: cannot be opened: %2").arg(name, QString::fromUtf8(e.what()));
            continue;
        }
        // The capture window runs full screen at a booth (TradeShowPage::startCapture).
        problems += check(dialog.get(), name, name == QStringLiteral("CaptureWindow"));
        dialog->close();
    }

    // The import wizard, page by page up to the choice about duplicates (the next one imports).
    ImportWizard wizard(*ws);
    problems += check(&wizard, QStringLiteral("ImportWizard, file"));
    wizard.findChild<QLineEdit *>(QStringLiteral("importFile"))->setText(m_csv);
    for (const char *page : {"format", "columns", "duplicates"}) {
        wizard.next();
        QApplication::processEvents();
        problems += cutTextsInEveryTab(&wizard, QStringLiteral("ImportWizard, %1").arg(QLatin1String(page)));
    }
    if (wizard.currentId() != ImportWizard::DuplicatesPage)
        problems << QStringLiteral("ImportWizard: did not reach the duplicates page (at page %1)").arg(wizard.currentId());
    wizard.close();
    return problems;
}

int main(int argc, char *argv[])
{
    // Windows open at most 2/3 of the screen: test on a 1366x768 laptop screen, not on the offscreen
    // platform's default 800x800 one.
    QTemporaryDir screenDir;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen") {
        const QString config = screenDir.filePath(QStringLiteral("screen.json"));
        QFile file(config);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    tst_Layouts test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_layouts.moc"
