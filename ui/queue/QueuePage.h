#pragma once

#include "shell/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QUndoStack;
class Workspace;

// "My queue": a rep's leads in the order to work them, a call outcome logged with one key (and the next
// follow-up planned), and the rep's open tasks with snooze.
class QueuePage : public Page
{
    Q_OBJECT
public:
    explicit QueuePage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("queue"); }
    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace, QUndoStack *undoStack) override;
    void setReadOnly(bool readOnly) override;

    // Whose queue: the rep of this name when there is one (the person using the app).
    void setCurrentRepByName(const QString &name);
    qint64 currentRep() const;
    QTreeWidget *queueList() const { return m_queue; }
    QTreeWidget *taskList() const { return m_tasks; }

public slots:
    void refresh();
    void logOutcome(int outcome);
    void newTask();
    void completeTask();
    void snoozeTask(int minutes);
    void deleteTask();
    void editRouting();

signals:
    void openLeadRequested(qint64 leadId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void reloadReps();
    qint64 selectedLead() const;
    qint64 selectedTask() const;

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_readOnly = false;
    QComboBox *m_rep;
    QPushButton *m_routing;
    QTabWidget *m_tabs;
    QTreeWidget *m_queue;
    QLineEdit *m_note;
    QLabel *m_hint;
    QTreeWidget *m_tasks;
    QList<QPushButton *> m_taskButtons;
    QTimer *m_refresh;
};
