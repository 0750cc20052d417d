#include "SyncPage.h"

#include "SyncDialogs.h"

#include "shell/ErrorReporting.h"

#include "sync/Connector.h"
#include "sync/ConnectorRegistry.h"
#include "sync/CredentialStore.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Sync;

namespace {

template<typename F>
bool syncGuarded(QWidget *parent, const QString &title, F &&work)
{
    try {
        work();
        return true;
    } catch (const Error &e) {
        showError(parent, title, e.message());
    } catch (const StorageError &e) {
        showError(parent, title, e.message());
    }
    return false;
}

QString statusText(const QString &status)
{
    if (status == u"ok"_s)
        return SyncPage::tr("succeeded");
    if (status == u"partial"_s)
        return SyncPage::tr("done, but the CRM refused some records");
    if (status == u"failed"_s)
        return SyncPage::tr("failed");
    if (status == u"cancelled"_s)
        return SyncPage::tr("cancelled");
    return SyncPage::tr("never run");
}

Sync::ConnectorRegistry *registryOverride = nullptr;

} // namespace

void SyncPage::setConnectorRegistry(ConnectorRegistry *registry)
{
    registryOverride = registry;
}

QIcon SyncPage::syncIcon()
{
    // Two arrows chasing each other, drawn like the other sidebar icons (no theme needed).
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = QApplication::palette().color(QPalette::WindowText);
        QPen pen(color, std::max(1.5, size / 11.0), Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        const QRectF r(size * 0.18, size * 0.18, size * 0.64, size * 0.64);
        p.drawArc(r, 30 * 16, 150 * 16);
        p.drawArc(r, 210 * 16, 150 * 16);
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        const double a = size * 0.16;
        QPainterPath top;
        top.moveTo(r.right() + a * 0.1, r.center().y() - a * 1.2);
        top.lineTo(r.right() + a, r.center().y() - a * 0.2);
        top.lineTo(r.right() - a * 0.8, r.center().y() - a * 0.2);
        top.closeSubpath();
        p.drawPath(top);
        QPainterPath bottom;
        bottom.moveTo(r.left() - a * 0.1, r.center().y() + a * 1.2);
        bottom.lineTo(r.left() - a, r.center().y() + a * 0.2);
        bottom.lineTo(r.left() + a * 0.8, r.center().y() + a * 0.2);
        bottom.closeSubpath();
        p.drawPath(bottom);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

SyncPage::SyncPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(u"syncPage"_s);
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter);

    auto *left = new QGroupBox(tr("Connections"), splitter);
    auto *leftLayout = new QVBoxLayout(left);
    m_list = new QListWidget(left);
    m_list->setObjectName(u"syncConnections"_s);
    m_list->setAccessibleName(tr("CRM connections"));
    leftLayout->addWidget(m_list, 1);
    auto makeButton = [this](QWidget *parent, const QString &text, const QString &name) {
        auto *b = new QPushButton(text, parent);
        b->setObjectName(name);
        return b;
    };
    m_add = makeButton(left, tr("&Add…"), u"syncAdd"_s);
    m_edit = makeButton(left, tr("&Edit…"), u"syncEdit"_s);
    m_remove = makeButton(left, tr("&Remove"), u"syncRemove"_s);
    m_test = makeButton(left, tr("&Test"), u"syncTest"_s);
    m_mapping = makeButton(left, tr("Field &Mapping…"), u"syncMapping"_s);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_add);
    row1->addWidget(m_edit);
    row1->addWidget(m_remove);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_test);
    row2->addWidget(m_mapping);
    leftLayout->addLayout(row1);
    leftLayout->addLayout(row2);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    m_title = new QLabel(right);
    m_title->setObjectName(u"syncTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    rightLayout->addWidget(m_title);
    m_status = new QLabel(right);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    m_pending = new QLabel(right);
    m_pending->setObjectName(u"syncPending"_s);
    m_pending->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_pending);

    auto *actions = new QHBoxLayout;
    m_syncNow = makeButton(right, tr("&Sync Now"), u"syncNow"_s);
    m_syncNow->setDefault(true);
    m_full = new QCheckBox(tr("&Full (compare every record)"), right);
    m_full->setObjectName(u"syncFull"_s);
    m_full->setAccessibleName(tr("Full sync"));
    m_dryRun = makeButton(right, tr("&Dry Run…"), u"syncDryRun"_s);
    m_dryRun->setToolTip(tr("Shows what a sync would change, field by field, without writing anything."));
    m_cancel = makeButton(right, tr("&Cancel"), u"syncCancel"_s);
    m_conflicts = makeButton(right, tr("Conflicts…"), u"syncConflicts"_s);
    actions->addWidget(m_syncNow);
    actions->addWidget(m_full);
    actions->addWidget(m_dryRun);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    actions->addWidget(m_conflicts);
    rightLayout->addLayout(actions);

    m_progress = new QProgressBar(right);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setTextVisible(false);
    m_phase = new QLabel(right);
    m_phase->setObjectName(u"syncPhase"_s);
    m_phase->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_phase);

    auto *logLabel = new QLabel(tr("Log of the last run:"), right);
    rightLayout->addWidget(logLabel);
    m_log = new QPlainTextEdit(right);
    m_log->setObjectName(u"syncLog"_s);
    m_log->setAccessibleName(tr("Sync log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    rightLayout->addWidget(m_log, 1);

    m_empty = new QLabel(tr("Connect Leadbench to HubSpot or Salesforce to share leads and deals with your team: "
                            "\"Add…\" a connection, then \"Sync Now\". Leadbench keeps working offline and sends "
                            "your changes when you sync."),
                         right);
    m_empty->setObjectName(u"syncEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    rightLayout->insertWidget(0, m_empty);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 900});

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateDetails(); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SyncPage::editConnection);
    connect(m_add, &QPushButton::clicked, this, &SyncPage::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &SyncPage::editConnection);
    connect(m_remove, &QPushButton::clicked, this, &SyncPage::removeConnection);
    connect(m_test, &QPushButton::clicked, this, &SyncPage::testConnection);
    connect(m_mapping, &QPushButton::clicked, this, &SyncPage::editMapping);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_dryRun, &QPushButton::clicked, this, &SyncPage::dryRun);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPage::cancelSync);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncPage::showConflicts);
    updateDetails();
}

SyncPage::~SyncPage()
{
    if (m_runner) {
        m_runner->cancel();
        m_runner->wait();
    }
}

QString SyncPage::title() const
{
    return tr("Sync");
}

QIcon SyncPage::icon() const
{
    return syncIcon();
}

void SyncPage::setWorkspace(Workspace *workspace, QUndoStack *)
{
    if (m_runner) {
        m_runner->cancel();
        m_runner->wait();
    }
    m_runner.reset();
    m_service.reset();
    m_workspace = workspace;
    if (workspace) {
        if (!m_credentials)
            m_credentials = std::make_unique<CredentialStore>();
        m_service = std::make_unique<SyncService>(*workspace, registryOverride ? *registryOverride : ConnectorRegistry::global(),
                                                  *m_credentials);
        m_runner = std::make_unique<SyncRunner>(*m_service);
        connect(m_service.get(), &SyncService::connectionsChanged, this, &SyncPage::reloadConnections);
        connect(m_service.get(), &SyncService::conflictsChanged, this, &SyncPage::updateDetails);
        connect(m_runner.get(), &SyncRunner::progress, this, [this](const QString &phase, qint64 done, qint64 total) {
            m_phase->setText(phase);
            if (total > 0) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / std::max<qint64>(total, 1))));
            } else {
                m_progress->setRange(0, 0);
            }
        });
        connect(m_runner.get(), &SyncRunner::logLine, this, &SyncPage::appendLog);
        connect(m_runner.get(), &SyncRunner::finished, this, &SyncPage::onFinished);
    }
    reloadConnections();
}

void SyncPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

qint64 SyncPage::currentConnectionId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SyncPage::selectConnection(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
    }
}

void SyncPage::reloadConnections()
{
    const qint64 current = currentConnectionId();
    m_list->clear();
    if (m_service) {
        quietly([&] {
            for (const Connection &c : m_service->connections()) {
                Connector *connector = m_service->registry().connector(c.connector);
                auto *item = new QListWidgetItem(connector ? tr("%1 (%2)").arg(c.name, connector->name())
                                                           : tr("%1 (plug-in \"%2\" missing)").arg(c.name, c.connector),
                                                 m_list);
                item->setData(Qt::UserRole, c.id);
            }
        });
    }
    selectConnection(current);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateDetails();
}

void SyncPage::updateDetails()
{
    const qint64 id = currentConnectionId();
    m_empty->setVisible(m_list->count() == 0);
    std::optional<Connection> c;
    if (m_service && id)
        quietly([&] { c = m_service->store().connection(id); });
    m_title->setText(c ? c->name : QString());
    if (c) {
        const QString when = c->lastRunAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(c->lastRunAt), QLocale::ShortFormat)
                                          : QString();
        m_status->setText(c->lastRunAt ? tr("Last sync %1 %2: %3").arg(when, statusText(c->lastStatus), c->lastMessage)
                                       : tr("Not synced yet."));
        qint64 pending = 0;
        qint64 conflicts = 0;
        quietly([&] {
            pending = m_service->store().outboxCount(id);
            conflicts = m_service->store().conflictCount(id);
        });
        m_pending->setText(pending ? tr("Changes waiting to be sent: %1.").arg(QLocale().toString(pending))
                                   : tr("No changes waiting to be sent."));
        m_conflicts->setText(conflicts ? tr("Conflicts (%1)…").arg(conflicts) : tr("Conflicts…"));
        m_conflicts->setProperty("count", conflicts);
        if (!(m_runner && m_runner->isRunning())) {
            m_log->clear();
            quietly([&] {
                const QList<RunInfo> runs = m_service->store().runs(id, 1);
                if (!runs.isEmpty()) {
                    for (const LogLine &line : m_service->store().runLog(runs.first().id))
                        appendLog(line.level, line.message);
                }
            });
        }
    } else {
        m_status->clear();
        m_pending->clear();
        m_conflicts->setText(tr("Conflicts…"));
        m_conflicts->setProperty("count", 0);
        m_log->clear();
    }
    updateActions();
}

void SyncPage::updateActions()
{
    const bool have = m_service != nullptr;
    const bool selected = have && currentConnectionId() != 0;
    const bool running = m_runner && m_runner->isRunning();
    m_add->setEnabled(have && !m_readOnly && !running);
    m_edit->setEnabled(selected && !m_readOnly && !running);
    m_remove->setEnabled(selected && !m_readOnly && !running);
    m_test->setEnabled(selected && !running);
    m_mapping->setEnabled(selected && !m_readOnly && !running);
    m_syncNow->setEnabled(selected && !m_readOnly && !running);
    m_dryRun->setEnabled(selected && !running);
    m_full->setEnabled(selected && !running);
    m_cancel->setEnabled(running);
    m_conflicts->setEnabled(selected && !m_readOnly && !running && m_conflicts->property("count").toLongLong() > 0);
    m_progress->setVisible(running);
    m_phase->setVisible(running);
}

void SyncPage::addConnection()
{
    if (!m_service)
        return;
    ConnectionDialog dialog(*m_service, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadConnections();
    selectConnection(dialog.connectionId());
    emit statusMessage(tr("Connection added. Test it, then Sync Now."));
}

void SyncPage::editConnection()
{
    if (!m_service || !currentConnectionId() || m_readOnly)
        return;
    ConnectionDialog dialog(*m_service, currentConnectionId(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadConnections();
}

void SyncPage::removeConnection()
{
    const qint64 id = currentConnectionId();
    if (!m_service || !id)
        return;
    const auto c = m_service->store().connection(id);
    if (!c || !askYesNo(this, tr("Remove Connection"),
                        tr("Remove the connection \"%1\" and its secrets from the keychain? The leads stay here and "
                           "in the CRM; they are simply no longer synced.")
                            .arg(c->name),
                        QMessageBox::No))
        return;
    syncGuarded(this, tr("Remove Connection"), [&] { m_service->removeConnection(id); });
}

void SyncPage::testConnection()
{
    const qint64 id = currentConnectionId();
    if (!m_service || !id)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    try {
        m_service->test(id);
    } catch (const Error &e) {
        problem = e.message();
    } catch (const StorageError &e) {
        problem = e.message();
    }
    QApplication::restoreOverrideCursor();
    if (problem.isEmpty())
        inform(this, tr("Test Connection"), tr("The connection works."));
    else
        showError(this, tr("Test Connection"), problem);
}

void SyncPage::editMapping()
{
    if (!m_service || !currentConnectionId())
        return;
    FieldMappingDialog dialog(*m_service, currentConnectionId(), this);
    dialog.exec();
}

bool SyncPage::startRun(bool dry)
{
    const qint64 id = currentConnectionId();
    if (!m_runner || !id)
        return false;
    SyncOptions options;
    options.full = m_full->isChecked();
    options.dryRun = dry;
    m_runIsDry = dry;
    m_log->clear();
    const bool ok = syncGuarded(this, dry ? tr("Dry Run") : tr("Sync"), [&] { m_runner->start(id, options); });
    if (ok) {
        m_progress->setRange(0, 0);
        m_phase->setText(tr("Starting…"));
    }
    updateActions();
    return ok;
}

void SyncPage::syncNow()
{
    if (startRun(false))
        emit statusMessage(tr("Syncing…"));
}

void SyncPage::dryRun()
{
    startRun(true);
}

void SyncPage::cancelSync()
{
    if (m_runner)
        m_runner->cancel();
    m_phase->setText(tr("Cancelling after the request in flight…"));
}

void SyncPage::showConflicts()
{
    if (!m_service || !currentConnectionId())
        return;
    ConflictsDialog dialog(*m_service, currentConnectionId(), this);
    dialog.exec();
    updateDetails();
}

void SyncPage::appendLog(const QString &level, const QString &message)
{
    const QString prefix = level == u"error"_s ? tr("Error: ") : level == u"warning"_s ? tr("Warning: ") : QString();
    m_log->appendPlainText(prefix + message);
}

void SyncPage::onFinished(qint64 connectionId, const SyncReport &report)
{
    const bool dry = m_runIsDry;
    updateDetails();
    if (dry) {
        appendLog(u"info"_s, report.message);
        const auto c = m_service ? m_service->store().connection(connectionId) : std::nullopt;
        DryRunDialog dialog(c ? c->name : QString(), report, this);
        if (dialog.exec() == QDialog::Accepted) {
            selectConnection(connectionId);
            syncNow();
        }
        return;
    }
    emit statusMessage(tr("Sync %1: %2").arg(statusText(report.status), report.message));
    if (report.status == u"failed"_s)
        showError(this, tr("Sync"), report.message);
}
