#pragma once

#include "SyncEngine.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace Sync {

class SyncService;

// Runs a sync off the GUI thread, on its own connection to the workspace, reporting progress and
// log lines as it goes; cancel() stops it between requests (what was recorded stays recorded).
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit SyncRunner(SyncService &service, QObject *parent = nullptr);
    ~SyncRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    qint64 connectionId() const { return m_connectionId; }
    void setHttpOptions(const HttpClient::Options &options) { m_httpOptions = options; }

    // Secrets are read from the keychain here (this thread); throws Sync::Error when that fails.
    void start(qint64 connectionId, const SyncOptions &options);
    void cancel();
    // Blocks until the run in progress ended (closing the workspace or the window).
    void wait();

signals:
    void progress(const QString &phase, qint64 done, qint64 total);
    void logLine(const QString &level, const QString &message);
    void finished(qint64 connectionId, const Sync::SyncReport &report);

private:
    SyncService &m_service;
    HttpClient::Options m_httpOptions;
    QThread *m_thread = nullptr;
    qint64 m_connectionId = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::SyncReport)
