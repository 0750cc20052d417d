#include "MainWindow.h"

#include "leads/LeadCommands.h"
#include "leads/LeadDetailPanel.h"
#include "leads/LeadFilterBar.h"
#include "leads/LeadTableModel.h"
#include "leads/LeadsPage.h"
#include "dashboard/DashboardPage.h"
#include "pipeline/LeadBoard.h"
#include "pipeline/PipelinePage.h"
#include "nurture/NurturePage.h"
#include "scoring/ScoringPage.h"
#include "io/ExportDialog.h"
#include "io/ImportHistoryDialog.h"
#include "io/ImportWizard.h"
#include "settings/SettingsDialog.h"
#include "tradeshow/TradeShowPage.h"
#include "queue/QueuePage.h"
#include "queue/ReminderNotifier.h"
#include "shell/ErrorReporting.h"
#include "sync/SyncPage.h"
#include "shell/Icons.h"
#include "workspace/DemoDialog.h"
#include "workspace/WorkspaceDialog.h"

#include "leads/LeadRepository.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "workspace/Schema.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <sqlite3.h>

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::icon(Icons::Glyph::App));
    m_undo = new QUndoStack(this);
    WorkspaceCommand::setErrorHandler([this](const QString &message) {
        QTimer::singleShot(0, this, [this, message] { showError(this, tr("Undo"), message); });
    });

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(28, 28));
    m_sidebar->setViewMode(QListView::ListMode);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setFixedWidth(170);
    m_sidebar->setSpacing(2);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this] { updateActions(); });

    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sidebar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(30 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::maybeBackup);

    createActions();
    createMenus();
    createStatusBar();

    m_leads = new LeadsPage(this);
    addPage(m_leads);
    connect(m_leads, &LeadsPage::countsChanged, this, &MainWindow::updateCounts);
    connect(m_leads, &LeadsPage::selectionChanged, this, [this](int n) {
        m_selectionLabel->setText(n > 1 ? tr("%n selected", nullptr, n) : QString());
        updateActions();
    });
    connect(m_leads, &LeadsPage::demoRequested, this, &MainWindow::loadDemo);
    m_queue = new QueuePage(this);
    addPage(m_queue);
    connect(m_queue, &QueuePage::openLeadRequested, this, &MainWindow::openLead);
    auto *pipeline = new PipelinePage(this);
    addPage(pipeline);
    connect(pipeline->leadBoard(), &LeadBoard::openLeadRequested, this, &MainWindow::openLead);
    m_nurture = new NurturePage(this);
    addPage(m_nurture);
    auto *dashboard = new DashboardPage(this);
    addPage(dashboard);
    connect(dashboard, &DashboardPage::openLeadRequested, this, &MainWindow::openLead);
    addPage(new ScoringPage(this));
    auto *tradeShow = new TradeShowPage(this);
    addPage(tradeShow);
    connect(tradeShow, &TradeShowPage::enrolInSequenceRequested, m_nurture, &NurturePage::enrolDialog);
    m_reminders = new ReminderNotifier(this);
    addPage(new SyncPage(this));

    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::UserName && m_workspace)
            m_workspace->setActor(m_settings.userName());
    });

    restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings.value(Settings::Key::MainWindowState).toByteArray());
    m_leads->splitter()->restoreState(m_settings.value(Settings::Key::LeadsSplitterState).toByteArray());
    m_leads->table()->horizontalHeader()->restoreState(m_settings.value(Settings::Key::LeadsHeaderState).toByteArray());
    if (!m_settings.value(Settings::Key::MainWindowGeometry).isValid()
        || m_settings.value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty())
        resize(QSize(1400, 860).boundedTo(screen()->availableGeometry().size() * 0.95)); // never beyond a laptop's screen
    showPage(m_settings.value(Settings::Key::LastPage).toString());
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    WorkspaceCommand::setErrorHandler({});
    ++m_workspaceGeneration;
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::addPage(Page *page)
{
    m_pageList << page;
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageId());
    item->setSizeHint(QSize(0, 40));
    // Wide enough for the longest title in the language shown (translations run longer).
    const int needed = m_sidebar->fontMetrics().horizontalAdvance(page->title()) + m_sidebar->iconSize().width() + 32;
    if (needed > m_sidebar->minimumWidth())
        m_sidebar->setFixedWidth(needed);
    page->setWorkspace(m_workspace.get(), m_undo);
    connect(page, &Page::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    const int index = int(m_pageList.size());
    if (m_viewMenu) {
        QAction *show = m_viewMenu->addAction(page->icon(), page->title(), this,
                                              [this, id = page->pageId()] { showPage(id); });
        if (index <= 9)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
    }
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
}

void MainWindow::openLead(qint64 leadId)
{
    showPage(QStringLiteral("leads"));
    m_leads->showLead(leadId);
}

void MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        if (m_sidebar->item(i)->data(Qt::UserRole).toString() == pageId)
            m_sidebar->setCurrentRow(i);
    }
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem *item = m_sidebar->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, Icons::Glyph glyph, bool withIcon = true) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (withIcon)
            action->setIcon(Icons::icon(glyph));
        return action;
    };
    m_newWorkspace = make(tr("&New Workspace…"), "actionNewWorkspace", Icons::Glyph::NewWorkspace);
    m_newWorkspace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newWorkspace, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_openWorkspace = make(tr("&Open Workspace…"), "actionOpenWorkspace", Icons::Glyph::Open);
    m_openWorkspace->setShortcut(QKeySequence::Open);
    connect(m_openWorkspace, &QAction::triggered, this, &MainWindow::openWorkspaceFile);
    m_workspaces = make(tr("&Workspaces…"), "actionWorkspaces", Icons::Glyph::App);
    connect(m_workspaces, &QAction::triggered, this, &MainWindow::showWorkspaces);
    m_backup = make(tr("&Back Up Now…"), "actionBackup", Icons::Glyph::Backup);
    connect(m_backup, &QAction::triggered, this, &MainWindow::backupNow);
    m_restore = make(tr("&Restore from Backup…"), "actionRestore", Icons::Glyph::Backup, false);
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreBackup);
    m_demo = make(tr("Load &Demo Data…"), "actionLoadDemo", Icons::Glyph::Demo);
    connect(m_demo, &QAction::triggered, this, &MainWindow::loadDemo);
    m_import = make(tr("&Import…"), "actionImport", Icons::Glyph::Open);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, [this] { importFile(); });
    m_export = make(tr("&Export Leads…"), "actionExport", Icons::Glyph::Backup, false);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportLeads);
    m_importHistory = make(tr("Import &History…"), "actionImportHistory", Icons::Glyph::App, false);
    connect(m_importHistory, &QAction::triggered, this, &MainWindow::showImportHistory);
    m_quit = make(tr("&Quit"), "actionQuit", Icons::Glyph::App, false);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(Icons::icon(Icons::Glyph::Undo));
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setIcon(Icons::icon(Icons::Glyph::Redo));
    m_find = make(tr("&Find Leads"), "actionFind", Icons::Glyph::Search);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("leads"));
        m_leads->focusSearch();
    });
    m_preferences = make(tr("&Preferences…"), "actionPreferences", Icons::Glyph::Settings);
    m_preferences->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showSettings);

    m_newLead = make(tr("&New Lead…"), "actionNewLead", Icons::Glyph::NewLead);
    m_newLead->setShortcut(QKeySequence::New);
    connect(m_newLead, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("leads"));
        m_leads->newLead();
    });
    m_deleteLeads = make(tr("&Delete"), "actionDeleteLeads", Icons::Glyph::Delete);
    m_deleteLeads->setShortcut(QKeySequence::Delete);
    connect(m_deleteLeads, &QAction::triggered, this, [this] { m_leads->deleteSelected(); });
    m_mergeLeads = make(tr("&Merge Two Leads…"), "actionMergeLeads", Icons::Glyph::Merge);
    m_mergeLeads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_mergeLeads, &QAction::triggered, this, [this] { m_leads->mergeSelected(); });
    m_changeStage = make(tr("Change &Stage…"), "actionChangeStage", Icons::Glyph::Stage);
    m_changeStage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_changeStage, &QAction::triggered, this, [this] { m_leads->changeStage(); });
    m_qualify = make(tr("&Qualify (BANT)…"), "actionQualify", Icons::Glyph::Stage, false);
    m_qualify->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_qualify, &QAction::triggered, this, [this] { m_leads->detail()->qualify(); });
    m_enrolNurture = make(tr("Add to Nurture S&equence…"), "actionEnrolNurture", Icons::Glyph::Email, false);
    connect(m_enrolNurture, &QAction::triggered, this, [this] { m_nurture->enrolDialog(m_leads->selectedLeadIds()); });
    m_assign = make(tr("&Assign to Rep…"), "actionAssign", Icons::Glyph::Leads, false);
    connect(m_assign, &QAction::triggered, this, [this] { m_leads->assignSelected(); });
    m_route = make(tr("R&oute by the Rules"), "actionRoute", Icons::Glyph::Leads, false);
    connect(m_route, &QAction::triggered, this, [this] { m_leads->routeSelected(); });
    m_logCall = make(tr("Log &Call…"), "actionLogCall", Icons::Glyph::Call);
    m_logCall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logCall, &QAction::triggered, this, [this] { m_leads->logCall(); });
    m_addNote = make(tr("Add &Note…"), "actionAddNote", Icons::Glyph::Note);
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_addNote, &QAction::triggered, this, [this] { m_leads->addNote(); });
    m_saveSegment = make(tr("Save Filters as &Segment…"), "actionSaveSegment", Icons::Glyph::Segment);
    connect(m_saveSegment, &QAction::triggered, this, [this] { m_leads->filterBar()->saveSegment(); });
    m_clearFilters = make(tr("C&lear Filters"), "actionClearFilters", Icons::Glyph::Filter, false);
    m_clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_clearFilters, &QAction::triggered, this, [this] { m_leads->filterBar()->clear(); });
    m_refresh = make(tr("&Refresh"), "actionRefresh", Icons::Glyph::App, false);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, [this] { m_leads->model()->refresh(); });
    m_about = make(tr("&About Leadbench"), "actionAbout", Icons::Glyph::App);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    m_aboutQt = make(tr("About &Qt"), "actionAboutQt", Icons::Glyph::App, false);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newWorkspace);
    file->addAction(m_openWorkspace);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_workspaces);
    file->addSeparator();
    file->addAction(m_backup);
    file->addAction(m_restore);
    file->addSeparator();
    file->addAction(m_demo);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_importHistory);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu *leads = menuBar()->addMenu(tr("&Leads"));
    leads->addAction(m_newLead);
    leads->addAction(m_deleteLeads);
    leads->addAction(m_mergeLeads);
    leads->addSeparator();
    leads->addAction(m_changeStage);
    leads->addAction(m_qualify);
    leads->addAction(m_assign);
    leads->addAction(m_route);
    leads->addAction(m_enrolNurture);
    leads->addAction(m_logCall);
    leads->addAction(m_addNote);
    leads->addSeparator();
    leads->addAction(m_saveSegment);
    leads->addAction(m_clearFilters);
    leads->addSeparator();
    leads->addAction(m_import);
    leads->addAction(m_export);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newLead);
    toolbar->addAction(m_deleteLeads);
    toolbar->addAction(m_mergeLeads);
    toolbar->addAction(m_changeStage);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);

    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentWorkspaces();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool writable = open && !m_readOnly;
    const bool onLeads = currentPageId() == QStringLiteral("leads");
    const int selected = int(m_leads ? m_leads->table()->selectionModel()->selectedRows().size() : 0);
    const bool current = m_leads && m_leads->currentLeadId() != 0;
    m_backup->setEnabled(open);
    m_restore->setEnabled(open);
    m_demo->setEnabled(writable);
    m_import->setEnabled(writable);
    m_importHistory->setEnabled(open);
    m_export->setEnabled(open);
    m_find->setEnabled(open);
    m_newLead->setEnabled(writable);
    m_deleteLeads->setEnabled(writable && onLeads && selected > 0);
    m_mergeLeads->setEnabled(writable && onLeads && selected == 2);
    m_changeStage->setEnabled(writable && onLeads && current);
    m_qualify->setEnabled(writable && onLeads && current);
    m_assign->setEnabled(writable && onLeads && selected > 0);
    m_route->setEnabled(writable && onLeads && selected > 0);
    m_enrolNurture->setEnabled(writable && onLeads && selected > 0);
    m_logCall->setEnabled(writable && onLeads && current);
    m_addNote->setEnabled(writable && onLeads && current);
    m_saveSegment->setEnabled(open && onLeads);
    m_clearFilters->setEnabled(open && onLeads);
    m_refresh->setEnabled(open);
    m_undoAction->setEnabled(writable && m_undo->canUndo());
    m_redoAction->setEnabled(writable && m_undo->canRedo());
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("Leadbench"));
        m_pathLabel->clear();
        return;
    }
    const QString name = QFileInfo(m_workspace->path()).completeBaseName();
    setWindowTitle(m_readOnly ? tr("%1 (read-only) — Leadbench").arg(name) : tr("%1 — Leadbench").arg(name));
    m_pathLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(m_workspace->path()));
}

void MainWindow::updateCounts(qint64 shown, qint64 total)
{
    const QLocale locale;
    if (!m_workspace)
        m_countLabel->clear();
    else if (shown == total)
        m_countLabel->setText(tr("%Ln lead(s)", nullptr, int(total)));
    else
        m_countLabel->setText(tr("%1 of %2 leads").arg(locale.toString(shown), locale.toString(total)));
    updateActions();
}

bool MainWindow::openWorkspace(const QString &path, bool create)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::unique_ptr<Workspace> opened;
    // Shown only when the workspace is upgraded, which takes minutes at a million leads.
    std::unique_ptr<QProgressDialog> upgrading;
    const bool ok = guarded(this, tr("Open workspace"), [&] {
        if (create)
            QDir().mkpath(QFileInfo(absolute).absolutePath());
        Workspace::OpenOptions options;
        // A quick check here keeps opening instant at a million leads; the full integrity check runs
        // in the background right after (startVerification).
        options.verify = Workspace::OpenOptions::Verify::Quick;
        options.create = create;
        options.upgradeProgress = [&](Workspace::OpenOptions::UpgradeStep step, int done, int total) {
            if (!upgrading) {
                upgrading = std::make_unique<QProgressDialog>(this);
                upgrading->setObjectName(QStringLiteral("upgradeProgress"));
                upgrading->setWindowTitle(tr("Upgrading the workspace"));
                upgrading->setCancelButton(nullptr); // a migration half done is rolled back, but not on demand
                upgrading->setWindowModality(Qt::WindowModal);
                upgrading->setMinimumDuration(0);
            }
            const QString name = QFileInfo(absolute).fileName();
            using Step = Workspace::OpenOptions::UpgradeStep;
            upgrading->setLabelText(
                step == Step::Check    ? tr("%1 was made by an earlier version of Leadbench. Checking it before "
                                            "upgrading it…")
                                             .arg(name)
                : step == Step::Backup ? tr("%1 was made by an earlier version of Leadbench. Keeping a backup copy "
                                            "of it before upgrading it…")
                                             .arg(name)
                                       : tr("Upgrading %1 to the current format…").arg(name));
            upgrading->setMaximum(total); // 0: busy, no measure
            upgrading->setValue(done);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        };
        opened = Workspace::open(absolute, options);
    });
    upgrading.reset();
    if (!ok)
        return false;
    closeWorkspace();
    m_workspace = std::move(opened);
    m_workspace->setActor(m_settings.userName());
    ++m_workspaceGeneration;
    m_settings.addRecentWorkspace(absolute);
    m_readOnly = false;
    for (Page *page : std::as_const(m_pageList))
        page->setWorkspace(m_workspace.get(), m_undo);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions, Qt::UniqueConnection);
    m_queue->setCurrentRepByName(m_settings.userName());
    m_reminders->setWorkspace(m_workspace.get());
    m_reminders->setRepId(m_queue->currentRep());
    setReadOnly(m_workspace->isReadOnly(), m_workspace->readOnlyReason());
    updateTitle();
    updateActions();
    emit workspaceChanged(m_workspace.get());
    startVerification();
    if (!m_readOnly) {
        QTimer::singleShot(5000, this, &MainWindow::maybeBackup);
        m_backupTimer->start();
    }
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    ++m_workspaceGeneration; // results of background work on this workspace are dropped
    m_backupTimer->stop();
    m_reminders->setWorkspace(nullptr);
    m_undo->clear();
    for (Page *page : std::as_const(m_pageList))
        page->setWorkspace(nullptr, m_undo);
    QThreadPool::globalInstance()->waitForDone();
    m_workspace.reset();
    m_verifying = false;
    m_readOnly = false;
    updateStateLabel();
    updateTitle();
    updateActions();
    updateCounts(0, 0);
    emit workspaceChanged(nullptr);
}

void MainWindow::openAtStart()
{
    QString path = Workspace::defaultPath();
    const QStringList recent = m_settings.recentWorkspaces();
    if (m_settings.value(Settings::Key::OpenAtStart).toString() == QStringLiteral("last") && !recent.isEmpty())
        path = recent.first();
    if (openWorkspace(path, path == Workspace::defaultPath()))
        return;
    showWorkspaces();
}

void MainWindow::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = readOnly ? reason : QString();
    for (Page *page : std::as_const(m_pageList))
        page->setReadOnly(readOnly);
    updateStateLabel();
    updateTitle();
    updateActions();
}

void MainWindow::updateStateLabel()
{
    QStringList parts;
    if (m_readOnly)
        parts << tr("Read-only: %1").arg(m_readOnlyReason);
    if (m_verifying)
        parts << tr("Checking the workspace…");
    m_stateLabel->setText(parts.join(QStringLiteral(" · ")));
    m_stateLabel->setStyleSheet(m_readOnly ? QStringLiteral("color: #b45309; font-weight: 600;") : QString());
}

void MainWindow::startVerification()
{
    if (!m_workspace)
        return;
    std::shared_ptr<Database> connection;
    try {
        connection = m_workspace->openConnection(true);
    } catch (const StorageError &e) {
        qWarning("Workspace not checked: %s", qPrintable(e.message()));
        return;
    }
    m_verifying = true;
    updateStateLabel();
    const quint64 generation = m_workspaceGeneration;
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, connection, generation]() mutable {
        QStringList problems;
        try {
            problems = connection->integrityCheck(false, 10);
        } catch (const StorageError &e) {
            problems = QStringList{e.message()};
        }
        connection.reset();
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, problems] {
                if (!self || self->m_workspaceGeneration != generation || !self->m_workspace)
                    return;
                const bool sound = problems == QStringList{QStringLiteral("ok")};
                self->m_verifying = false;
                self->updateStateLabel();
                if (!sound) {
                    // Damaged: stop writing to it (writing could spread the damage) and say what to do.
                    self->setReadOnly(true, tr("damaged"));
                    showError(self, tr("Workspace damaged"),
                              tr("The integrity check of %1 found: %2\n\nThe workspace is now read-only so "
                                 "nothing more is written to it. Restore it from a backup (File > Restore from "
                                 "Backup).")
                                  .arg(QDir::toNativeSeparators(self->m_workspace->path()),
                                       problems.mid(0, 3).join(QStringLiteral("; "))));
                }
                emit self->verificationFinished(sound);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::maybeBackup()
{
    if (!m_workspace || m_readOnly || !m_settings.value(Settings::Key::BackupEnabled).toBool())
        return;
    const qint64 interval = qint64(m_settings.value(Settings::Key::BackupIntervalHours).toInt()) * 3600;
    const int keep = m_settings.value(Settings::Key::BackupKeep).toInt();
    RollingBackups backups(m_workspace->path());
    if (!backups.isDue(interval))
        return;
    std::shared_ptr<Database> connection;
    try {
        if (m_workspace->leads().count() == 0)
            return;
        connection = m_workspace->openConnection(true);
    } catch (const StorageError &) {
        return;
    }
    const QString path = m_workspace->path();
    const quint64 generation = m_workspaceGeneration;
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, connection, path, keep, generation]() mutable {
        QString message;
        try {
            const QString file = RollingBackups(path).run(*connection, QStringLiteral("auto"), keep);
            message = tr("Automatic backup saved to %1").arg(QDir::toNativeSeparators(file));
        } catch (const StorageError &e) {
            message = tr("Automatic backup failed: %1").arg(e.message());
        }
        connection.reset();
        QMetaObject::invokeMethod(
            qApp,
            [self, message, generation] {
                if (self && self->m_workspaceGeneration == generation)
                    self->statusBar()->showMessage(message, 8000);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"),
                                                QDir::homePath() + QStringLiteral("/leads.leadbench"),
                                                tr("Leadbench workspaces (*.leadbench)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".leadbench");
    if (QFileInfo::exists(path)) {
        showError(this, tr("New workspace"),
                  tr("%1 already exists. Open it, or choose another name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWorkspace(path, true);
}

void MainWindow::openWorkspaceFile()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), start,
                                                      tr("Leadbench workspaces (*.leadbench);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::showWorkspaces()
{
    WorkspaceDialog dialog(m_settings.recentWorkspaces(), m_workspace ? m_workspace->path() : QString(), this);
    connect(&dialog, &WorkspaceDialog::forgetRequested, this,
            [this](const QString &path) { m_settings.removeRecentWorkspace(path); });
    if (dialog.exec() == QDialog::Accepted)
        openWorkspace(dialog.chosenPath(), dialog.createRequested());
}

void MainWindow::backupNow()
{
    if (!m_workspace)
        return;
    const QString suggested = QFileInfo(m_workspace->path()).absolutePath() + QLatin1Char('/')
        + QFileInfo(m_workspace->path()).completeBaseName() + QStringLiteral("-")
        + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".leadbench");
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up workspace"), suggested,
                                                      tr("Leadbench workspaces (*.leadbench)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = guarded(this, tr("Back up workspace"), [&] { m_workspace->backupTo(path); });
    QApplication::restoreOverrideCursor();
    if (ok)
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreBackup()
{
    if (!m_workspace)
        return;
    const QString workspacePath = m_workspace->path();
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from backup"),
                                                        RollingBackups(workspacePath).folder(),
                                                        tr("Leadbench workspaces (*.leadbench);;All files (*)"));
    if (backup.isEmpty())
        return;
    if (!askYesNo(this, tr("Restore from backup"),
                  tr("Replace %1 with the backup %2?\n\nThe workspace as it is now is kept in %3.")
                      .arg(QDir::toNativeSeparators(workspacePath), QDir::toNativeSeparators(backup),
                           QDir::toNativeSeparators(RollingBackups(workspacePath).folder())),
                  QMessageBox::No))
        return;
    // The backup is checked before the open workspace is closed: a bad file changes nothing.
    if (!guarded(this, tr("Restore from backup"), [&] { Workspace::inspect(backup, true); }))
        return;
    closeWorkspace();
    QString safety;
    const bool ok = guarded(this, tr("Restore from backup"), [&] { safety = Workspace::restore(workspacePath, backup); });
    openWorkspace(workspacePath);
    if (ok)
        statusBar()->showMessage(tr("Restored from %1").arg(QDir::toNativeSeparators(backup)), 8000);
}

void MainWindow::loadDemo()
{
    if (!m_workspace || m_readOnly)
        return;
    DemoDialog dialog(*m_workspace, this);
    dialog.exec();
    if (dialog.leadsAdded() > 0) {
        m_undo->clear(); // bulk data underneath the stack: earlier commands may no longer apply
        statusBar()->showMessage(tr("Added %1 demo leads").arg(QLocale().toString(dialog.leadsAdded())), 8000);
    }
}

void MainWindow::importFile(const QString &path)
{
    if (!m_workspace || m_readOnly)
        return;
    ImportWizard wizard(*m_workspace, this);
    if (!path.isEmpty())
        wizard.setFile(path);
    wizard.exec();
    if (wizard.changedWorkspace()) {
        m_undo->clear(); // bulk data underneath the stack: earlier commands may no longer apply
        const ImportResult &r = wizard.result();
        statusBar()->showMessage(tr("Imported %1: %2 created, %3 merged, %4 rejected")
                                     .arg(QFileInfo(r.file).fileName(), QLocale().toString(r.created),
                                          QLocale().toString(r.merged), QLocale().toString(r.rejected)),
                                 10000);
    }
}

void MainWindow::exportLeads()
{
    if (!m_workspace)
        return;
    ExportDialog dialog(*m_workspace, m_leads->selectedLeadIds(), m_leads->filterBar()->filter(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1 leads").arg(QLocale().toString(dialog.written())), 8000);
}

void MainWindow::showImportHistory()
{
    if (!m_workspace)
        return;
    ImportHistoryDialog dialog(*m_workspace, this);
    dialog.exec();
    if (dialog.changedWorkspace())
        m_undo->clear();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Leadbench"));
    box.setIconPixmap(Icons::icon(Icons::Glyph::App).pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Leadbench %1").arg(QString::fromLatin1(AppIdentity::version())));
    box.setInformativeText(
        tr("An offline-first workbench for sales and marketing: leads, scoring, qualification, pipeline, nurturing "
           "and KPIs, in a local database.\n\nQt %1 · SQLite %2 · workspace format %3\nWorkspace: %4")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion()))
            .arg(Schema::currentVersion())
            .arg(m_workspace ? QDir::toNativeSeparators(m_workspace->path()) : tr("none")));
    box.exec();
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::LeadsSplitterState, m_leads->splitter()->saveState());
    m_settings.setValue(Settings::Key::LeadsHeaderState, m_leads->table()->horizontalHeader()->saveState());
    m_settings.setValue(Settings::Key::LastPage, currentPageId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A field being edited commits when it loses focus; take the focus away before closing.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    saveWindowState();
    closeWorkspace();
    event->accept();
}
