#include "ImportHistoryDialog.h"

#include "io/ImportHistory.h"
#include "io/Importer.h"
#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>

namespace {

QString statusText(const QString &status)
{
    if (status == QLatin1String("done"))
        return ImportHistoryDialog::tr("done");
    if (status == QLatin1String("running"))
        return ImportHistoryDialog::tr("interrupted");
    if (status == QLatin1String("cancelled"))
        return ImportHistoryDialog::tr("stopped");
    if (status == QLatin1String("failed"))
        return ImportHistoryDialog::tr("failed");
    if (status == QLatin1String("undoing"))
        return ImportHistoryDialog::tr("partly undone");
    if (status == QLatin1String("undone"))
        return ImportHistoryDialog::tr("undone");
    return status;
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    resize(960, 480);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setAccessibleName(tr("Imports"));
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("What"), tr("File"), tr("Status"), tr("Read"),
                                        tr("Created"), tr("Merged"), tr("Rejected")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("importHistoryDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo This Import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("importHistoryUndo"));
    m_rejects = buttons->addButton(tr("Open &Rejects File"), QDialogButtonBox::ActionRole);
    m_rejects->setObjectName(QStringLiteral("importHistoryRejects"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const qint64 id = currentId();
        if (id > 0 && undoImport(m_workspace, id, this)) {
            m_changed = true;
            reload();
        }
    });
    connect(m_rejects, &QPushButton::clicked, this, [this] {
        quietly([&] {
            if (const auto r = ImportHistory(m_workspace.db()).find(currentId()))
                QDesktopServices::openUrl(QUrl::fromLocalFile(r->rejectsFile));
        });
    });
    reload();
}

void ImportHistoryDialog::reload()
{
    QList<ImportRecord> list;
    quietly([&] { list = ImportHistory(m_workspace.db()).list(); });
    const QLocale locale;
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const ImportRecord &rec = list.at(r);
        const QStringList cells{QString::number(rec.id),
                                locale.toString(QDateTime::fromMSecsSinceEpoch(rec.startedAt), QLocale::ShortFormat),
                                ImportKinds::displayName(rec.kind).section(QLatin1Char(' '), 0, 0),
                                QDir::toNativeSeparators(rec.file),
                                statusText(rec.status),
                                locale.toString(rec.read),
                                locale.toString(rec.created),
                                locale.toString(rec.merged),
                                locale.toString(rec.rejected)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, rec.id);
            if (c >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!list.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

qint64 ImportHistoryDialog::currentId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
}

void ImportHistoryDialog::updateButtons()
{
    std::optional<ImportRecord> rec;
    quietly([&] { rec = ImportHistory(m_workspace.db()).find(currentId()); });
    m_undo->setEnabled(rec && rec->canUndo() && !m_workspace.isReadOnly());
    m_rejects->setEnabled(rec && rec->rejected > 0 && QFileInfo::exists(rec->rejectsFile));
    if (!rec) {
        m_details->clear();
        return;
    }
    QStringList lines;
    const std::optional<DuplicatePolicy> policy = DuplicatePolicies::fromKey(rec->policy);
    lines << tr("Duplicates: %1 · by %2 · %3 s")
                 .arg(policy ? DuplicatePolicies::displayName(*policy) : rec->policy, rec->actor,
                      QLocale().toString(double(rec->durationMs) / 1000.0, 'f', 1));
    if (rec->flagged > 0)
        lines << tr("%n invalid e-mail(s) kept and flagged.", nullptr, int(rec->flagged));
    if (rec->isInterrupted())
        lines << tr("Stopped at line %L1: importing the same file again resumes it.").arg(rec->resumeLine);
    if (!rec->error.isEmpty())
        lines << rec->error;
    lines << rec->warnings;
    m_details->setText(lines.join(QLatin1Char('\n')));
}

bool ImportHistoryDialog::undoImport(Workspace &workspace, qint64 importId, QWidget *parent)
{
    ImportHistory::UndoPlan plan;
    std::optional<ImportRecord> record;
    if (!guarded(parent, tr("Undo import"), [&] {
            ImportHistory history(workspace.db());
            record = history.find(importId);
            plan = history.plan(importId);
        }))
        return false;
    if (!record)
        return false;
    const QLocale locale;
    QString question = tr("Undo import #%1 of %2?\n\n%3 rows it created will be removed and %4 rows it changed get "
                          "their previous values back.")
                           .arg(importId)
                           .arg(QFileInfo(record->file).fileName(), locale.toString(plan.toRemove),
                                locale.toString(plan.toRestore));
    if (plan.editedSince > 0)
        question += QStringLiteral("\n\n") + tr("%1 of the leads it created were edited since; they are removed too.")
                                                 .arg(locale.toString(plan.editedSince));
    if (!askYesNo(parent, tr("Undo import"), question, QMessageBox::No))
        return false;

    std::shared_ptr<Database> connection;
    if (!guarded(parent, tr("Undo import"), [&] { connection = workspace.openConnection(false); }))
        return false;
    QProgressDialog progress(tr("Undoing import #%1…").arg(importId), tr("Stop"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("undoImportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool stop{false};
    QString error;
    QEventLoop loop;
    QPointer<QProgressDialog> bar(&progress);
    QThread *thread = QThread::create([&, bar] {
        try {
            ImportHistory(*connection).undo(importId, [&](qint64 done, qint64 total) {
                const int value = int(done * 1000 / std::max<qint64>(1, total));
                QMetaObject::invokeMethod(qApp, [bar, value] { if (bar) bar->setValue(value); }, Qt::QueuedConnection);
                return !stop.load();
            });
        } catch (const StorageError &e) {
            error = e.message();
        }
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { stop = true; });
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.disconnect(); // closing a progress dialog emits canceled()
    progress.close();
    workspace.leads().announceReset();
    if (!error.isEmpty()) {
        showError(parent, tr("Undo import"), error);
        return false;
    }
    bool undone = false;
    quietly([&] {
        const auto after = ImportHistory(workspace.db()).find(importId);
        undone = after && after->status == QLatin1String("undone");
    });
    if (!undone)
        inform(parent, tr("Undo import"),
               tr("Stopped part of the way. Undo the import again to finish; nothing is undone twice."));
    return undone;
}
