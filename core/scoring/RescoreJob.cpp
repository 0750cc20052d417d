#include "RescoreJob.h"

#include "ScoringService.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QThread>

RescoreJob::RescoreJob(Workspace &workspace, const Spec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_path(workspace.path())
    , m_readOnly(workspace.isReadOnly())
{
}

RescoreJob::~RescoreJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void RescoreJob::start()
{
    if (m_thread)
        return;
    // The connection is opened here, on the caller's thread, so a workspace that cannot be opened
    // again fails at once; it is then used by the worker only.
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, this, &RescoreJob::finished);
    m_thread->start(QThread::LowPriority);
}

void RescoreJob::cancel()
{
    m_cancel = true;
}

bool RescoreJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void RescoreJob::run()
{
    try {
        if (m_spec.write && m_readOnly)
            throw StorageError(StorageError::Kind::ReadOnly, tr("The workspace is read-only: scores cannot be saved."),
                               m_path);
        // Only what the constructor copied is used here: the workspace belongs to the other thread.
        std::unique_ptr<Database> db =
            Database::open(m_path, m_spec.write ? Database::Access::ReadWrite : Database::Access::ReadOnly);
        Rescorer::tuneForBulk(*db, m_spec.write);
        const qint64 revision = RuleSet::revision(*db);
        Rescorer rescorer(*db, m_spec.rules);
        Rescorer::Options options;
        options.now = m_spec.now ? m_spec.now : QDateTime::currentMSecsSinceEpoch();
        options.reason = m_spec.reason;
        options.write = m_spec.write;
        options.previousThreshold = m_spec.previousThreshold;
        m_result = rescorer.all(options, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        if (m_spec.write && !m_result.cancelled)
            ScoringService::markFullRescore(*db, revision, options.now);
    } catch (const StorageError &e) {
        m_error = e.message();
    }
}
