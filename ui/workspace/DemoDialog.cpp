#include "DemoDialog.h"

#include "demo/DemoGenerator.h"
#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>

DemoDialog::DemoDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("demoDialog"));
    setWindowTitle(tr("Load demo data"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Adds sales reps, campaigns with their costs, and leads from France, Brazil, "
                                "Portugal, Italy, Greece and elsewhere, with their e-mail opens, clicks, page "
                                "visits, meetings, stage history and deals."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("demoLeadCount"));
    m_count->setAccessibleName(tr("Number of leads"));
    m_count->setRange(10, 1000000);
    m_count->setSingleStep(1000);
    m_count->setValue(5000);
    m_count->setGroupSeparatorShown(true);
    form->addRow(tr("&Leads:"), m_count);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    form->addRow(m_progress);
    m_status = new QLabel(this);
    form->addRow(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Load"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("demoLoad"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DemoDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DemoDialog::reject);
    form->addRow(m_buttons);
    setMinimumWidth(460);
}

DemoDialog::~DemoDialog()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void DemoDialog::start()
{
    if (m_thread)
        return;
    m_count->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(tr("Writing…"));
    DemoGenerator::Options options;
    options.leads = m_count->value();
    const QString path = m_workspace.path();
    std::shared_ptr<Database> connection;
    try {
        connection = m_workspace.openConnection(false);
    } catch (const StorageError &e) {
        finished(0, e.message());
        return;
    }
    QPointer<DemoDialog> self(this);
    m_thread = QThread::create([this, self, options, connection] {
        QString error;
        qint64 done = 0;
        try {
            const auto result = DemoGenerator::generate(*connection, options, [&](qint64 written, qint64 total) {
                done = written;
                const int percent = int(written * 100 / std::max<qint64>(1, total));
                QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, percent));
                return !m_cancel.load();
            });
            done = result.leads;
        } catch (const StorageError &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(
            qApp, [self, done, error] {
                if (self)
                    self->finished(done, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void DemoDialog::finished(qint64 leads, const QString &error)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_added = leads;
    if (leads > 0)
        m_workspace.leads().announceReset();
    if (!error.isEmpty()) {
        showError(this, windowTitle(), error);
        QDialog::reject();
        return;
    }
    if (m_cancel) {
        QDialog::reject();
        return;
    }
    QDialog::accept();
}

void DemoDialog::reject()
{
    if (m_thread) {
        m_cancel = true; // the worker stops after its current batch; finished() closes the dialog
        m_status->setText(tr("Stopping after the current batch…"));
        return;
    }
    QDialog::reject();
}
