#pragma once

#include "shell/Page.h"

#include "sync/SyncEngine.h"

#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Sync {
class ConnectorRegistry;
class CredentialStore;
class SyncRunner;
class SyncService;
} // namespace Sync

// The "Sync" screen: CRM connections (add, edit, test, field mapping, remove), "Sync now" with
// progress and cancel, a dry run that shows what would change before anything is written, the last
// status and the log of each run, and the conflicts waiting for a choice.
class SyncPage : public Page
{
    Q_OBJECT
public:
    explicit SyncPage(QWidget *parent = nullptr);
    ~SyncPage() override;

    QString pageId() const override { return QStringLiteral("sync"); }
    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void setReadOnly(bool readOnly) override;

    Sync::SyncService *service() const { return m_service.get(); }
    Sync::SyncRunner *runner() const { return m_runner.get(); }
    qint64 currentConnectionId() const;
    void selectConnection(qint64 id);

    static QIcon syncIcon();
    // The plug-ins every Sync page uses: the process's registry over the application's own folders,
    // unless a test gives another one (before the page is made).
    static void setConnectorRegistry(Sync::ConnectorRegistry *registry);

public slots:
    void addConnection();
    void editConnection();
    void removeConnection();
    void testConnection();
    void editMapping();
    void syncNow();
    void dryRun();
    void cancelSync();
    void showConflicts();

private:
    void reloadConnections();
    void updateDetails();
    void updateActions();
    void onFinished(qint64 connectionId, const Sync::SyncReport &report);
    void appendLog(const QString &level, const QString &message);
    bool startRun(bool dryRun);

    Workspace *m_workspace = nullptr;
    bool m_readOnly = false;
    std::unique_ptr<Sync::CredentialStore> m_credentials;
    std::unique_ptr<Sync::SyncService> m_service;
    std::unique_ptr<Sync::SyncRunner> m_runner;
    bool m_runIsDry = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_mapping;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_pending;
    QPushButton *m_conflicts;
    QPushButton *m_syncNow;
    QCheckBox *m_full;
    QPushButton *m_dryRun;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QPlainTextEdit *m_log;
    QLabel *m_empty;
};
