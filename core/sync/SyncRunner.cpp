#include "SyncRunner.h"

#include "Connector.h"
#include "SyncService.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Sync {

SyncRunner::SyncRunner(SyncService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<Sync::SyncReport>();
}

SyncRunner::~SyncRunner()
{
    cancel();
    wait();
}

void SyncRunner::start(qint64 connectionId, const SyncOptions &options)
{
    if (m_thread)
        throw Error(Error::Kind::Config, tr("A sync is already running."));
    const std::optional<Connection> connection = m_service.store().connection(connectionId);
    if (!connection)
        throw Error(Error::Kind::Config, tr("The connection #%1 no longer exists.").arg(connectionId));
    Connector *connector = &m_service.connectorOf(*connection);
    const QVariantMap secrets = m_service.secrets(connectionId);
    const QString actor = m_service.workspace().actor();
    std::shared_ptr<Database> db(m_service.workspace().openConnection(false));
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_connectionId = connectionId;
    const HttpClient::Options http = m_httpOptions;
    QPointer<SyncRunner> self(this);
    auto cancelled = m_cancelled;

    m_thread = QThread::create([=] {
        SyncReport report;
        try {
            SyncEngine engine(*db, *connector, actor);
            engine.setHttpOptions(http);
            engine.setCancelFlag(cancelled.get());
            engine.setProgress([self](const QString &phase, qint64 done, qint64 total) {
                if (self)
                    QMetaObject::invokeMethod(self, "progress", Qt::QueuedConnection, Q_ARG(QString, phase),
                                              Q_ARG(qint64, done), Q_ARG(qint64, total));
            });
            engine.setLogSink([self](const QString &level, const QString &message) {
                if (self)
                    QMetaObject::invokeMethod(self, "logLine", Qt::QueuedConnection, Q_ARG(QString, level),
                                              Q_ARG(QString, message));
            });
            report = engine.run(connectionId, secrets, options);
        } catch (const Error &e) {
            report.status = u"failed"_s;
            report.message = e.message();
        } catch (const StorageError &e) {
            report.status = u"failed"_s;
            report.message = e.message();
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, connectionId, report] {
                if (!self)
                    return;
                self->wait();
                try {
                    self->m_service.finishRun(connectionId, report);
                } catch (const Error &e) {
                    emit self->logLine(u"error"_s, e.message());
                }
                emit self->finished(connectionId, report);
            }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void SyncRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void SyncRunner::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace Sync
