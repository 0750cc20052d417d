#pragma once

#include <QDialog>

#include <atomic>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class Workspace;

// Loads the demo data set into the open workspace, on a worker thread with its own connection, with
// progress and cancel (a cancel keeps the leads written so far, whole).
class DemoDialog : public QDialog
{
    Q_OBJECT
public:
    DemoDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~DemoDialog() override;

    QSpinBox *leadCount() const { return m_count; }
    qint64 leadsAdded() const { return m_added; }

public slots:
    void start();
    void reject() override;

private:
    void finished(qint64 leads, const QString &error);

    Workspace &m_workspace;
    QSpinBox *m_count;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    class QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    qint64 m_added = 0;
};
