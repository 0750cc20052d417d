#pragma once

#include <QList>
#include <QMainWindow>

#include <memory>

class LeadsPage;
class NurturePage;
class QueuePage;
class ReminderNotifier;
class Page;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;
class Settings;
class Workspace;

// The shell: a sidebar of pages, menus and toolbar with the platform's shortcuts, a status bar, the
// workspace (open, new, recent, backup, restore) and the undo stack every page's edits go to.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace; reports a failure to the person and keeps the current one.
    bool openWorkspace(const QString &path, bool create = false);
    void closeWorkspace();
    // The workspace the settings say to open at start; falls back to the picker when it cannot open.
    void openAtStart();

    Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    LeadsPage *leadsPage() const { return m_leads; }
    Settings &settings() const { return m_settings; }
    bool isReadOnly() const { return m_readOnly; }

    void addPage(Page *page);
    void showPage(const QString &pageId);
    // Shows the lead in the lead list, whichever page asked (queue, boards, dashboard).
    void openLead(qint64 leadId);
    QString currentPageId() const;

public slots:
    void newWorkspace();
    void openWorkspaceFile();
    void showWorkspaces();
    void backupNow();
    void restoreBackup();
    void loadDemo();
    void importFile(const QString &path = QString());
    void exportLeads();
    void showImportHistory();
    void showSettings();
    void about();

signals:
    void workspaceChanged(Workspace *workspace);
    void verificationFinished(bool sound);

protected:
    void closeEvent(class QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void updateActions();
    void updateRecentMenu();
    void updateTitle();
    void updateCounts(qint64 shown, qint64 total);
    void setReadOnly(bool readOnly, const QString &reason);
    void updateStateLabel();
    void startVerification();
    void maybeBackup();
    void saveWindowState();

    Settings &m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undo;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QList<Page *> m_pageList;
    LeadsPage *m_leads = nullptr;
    QueuePage *m_queue = nullptr;
    ReminderNotifier *m_reminders = nullptr;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_verifying = false;
    quint64 m_workspaceGeneration = 0;
    QTimer *m_backupTimer;

    QLabel *m_countLabel;
    QLabel *m_selectionLabel;
    QLabel *m_stateLabel;
    QLabel *m_pathLabel;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_newWorkspace = nullptr;
    QAction *m_openWorkspace = nullptr;
    QAction *m_workspaces = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_demo = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_importHistory = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_find = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_newLead = nullptr;
    QAction *m_deleteLeads = nullptr;
    QAction *m_mergeLeads = nullptr;
    QAction *m_changeStage = nullptr;
    QAction *m_qualify = nullptr;
    QAction *m_enrolNurture = nullptr;
    NurturePage *m_nurture = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_route = nullptr;
    QAction *m_logCall = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_saveSegment = nullptr;
    QAction *m_clearFilters = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
};
