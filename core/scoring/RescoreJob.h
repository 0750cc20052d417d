#pragma once

#include "Rescorer.h"
#include "RuleSet.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;
class Workspace;

// A re-score of every lead on a worker thread with its own connection, with progress, that can be
// cancelled. Writing (after a rule change, the daily decay re-score) commits in batches; a preview
// (write = false, the rules editor's unsaved rules) only computes the distribution.
// Lives in the thread that starts it; progress() and finished() arrive there.
class RescoreJob : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        RuleSet rules;
        bool write = true;
        QString reason;
        std::optional<int> previousThreshold;
        qint64 now = 0; // 0: the current time
    };

    RescoreJob(Workspace &workspace, const Spec &spec, QObject *parent = nullptr);
    ~RescoreJob() override; // cancels and waits

    void start();
    void cancel();
    bool isRunning() const;

    // Valid after finished().
    const Rescorer::Result &result() const { return m_result; }
    QString error() const { return m_error; }
    const Spec &spec() const { return m_spec; }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void run();

    Spec m_spec;
    QString m_path;
    bool m_readOnly = false;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    Rescorer::Result m_result;
    QString m_error;
};
