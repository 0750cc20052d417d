#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;
class QWidget;
class Workspace;

// Reminders of tasks while the app runs: a desktop notification (the system tray's) when the desktop has
// one, otherwise a small window of the app's own. Each reminder is shown once; snoozing sets a new time.
class ReminderNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ReminderNotifier(QWidget *window);

    void setWorkspace(Workspace *workspace);
    void setRepId(qint64 repId); // whose reminders; 0: everyone's

public slots:
    void check();

signals:
    void reminded(qint64 taskId, const QString &text);

private:
    QWidget *m_window;
    Workspace *m_workspace = nullptr;
    qint64 m_repId = 0;
    QTimer *m_timer;
    QSystemTrayIcon *m_tray = nullptr;
};
