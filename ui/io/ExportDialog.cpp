#include "ExportDialog.h"

#include "io/LeadExporter.h"
#include "leads/LeadPager.h"
#include "leads/SegmentRepository.h"
#include "shell/ErrorReporting.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

#include <atomic>

ExportDialog::ExportDialog(Workspace &workspace, const QList<qint64> &selection, const LeadFilter &shown, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_selection(selection)
    , m_shown(shown)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export leads"));
    const QLocale locale;
    qint64 shownCount = 0, allCount = 0;
    quietly([&] {
        LeadPager pager(workspace.db());
        pager.setBands(workspace.scoreBands());
        LeadPager::Spec spec;
        spec.filter = shown;
        pager.setSpec(spec);
        shownCount = pager.count();
        pager.setSpec(LeadPager::Spec());
        allCount = pager.count();
    });
    auto *layout = new QVBoxLayout(this);
    m_selected = new QRadioButton(tr("The selected leads: %1").arg(locale.toString(qint64(selection.size()))), this);
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_selected->setEnabled(!selection.isEmpty());
    m_shownLeads = new QRadioButton(tr("The leads shown (search and filters): %1").arg(locale.toString(shownCount)), this);
    m_shownLeads->setObjectName(QStringLiteral("exportShown"));
    m_shownLeads->setEnabled(!shown.isEmpty());
    auto *segmentRow = new QHBoxLayout;
    m_segment = new QRadioButton(tr("The segment"), this);
    m_segment->setObjectName(QStringLiteral("exportSegment"));
    m_segments = new QComboBox(this);
    m_segments->setObjectName(QStringLiteral("exportSegments"));
    m_segments->setAccessibleName(tr("Segment"));
    quietly([&] {
        for (const Segment &s : workspace.segments().all())
            m_segments->addItem(s.name, s.id);
    });
    m_segment->setEnabled(m_segments->count() > 0);
    m_segments->setEnabled(m_segments->count() > 0);
    segmentRow->addWidget(m_segment);
    segmentRow->addWidget(m_segments, 1);
    m_all = new QRadioButton(tr("All leads: %1").arg(locale.toString(allCount)), this);
    m_all->setObjectName(QStringLiteral("exportAll"));
    (selection.size() > 1 ? m_selected : !shown.isEmpty() ? m_shownLeads : m_all)->setChecked(true);
    layout->addWidget(m_selected);
    layout->addWidget(m_shownLeads);
    layout->addLayout(segmentRow);
    layout->addWidget(m_all);
    connect(m_segments, &QComboBox::activated, this, [this] { m_segment->setChecked(true); });

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("CSV (UTF-8)"), 0);
    m_format->addItem(tr("CSV for Excel (UTF-8 with byte-order mark)"), 1);
    m_format->addItem(tr("vCard (.vcf)"), 2);
    form->addRow(tr("&Format:"), m_format);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("F&ile:"), pathRow);
    m_bom = new QCheckBox(tr("Cells starting with = + - @ get an apostrophe (spreadsheets never run them)"), this);
    m_bom->setObjectName(QStringLiteral("exportNeutralize"));
    m_bom->setChecked(true);
    form->addRow(QString(), m_bom);
    layout->addLayout(form);
    m_path->setText(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/leads.csv")));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormat);
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool vcard = m_format->currentData().toInt() == 2;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export leads"), m_path->text(),
                                                          vcard ? tr("vCard files (*.vcf)") : tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // At least 560 px wide, and as wide as its texts need (the layout keeps that minimum).
    resize(std::max(560, sizeHint().width()), sizeHint().height());
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::updateFormat()
{
    const bool vcard = m_format->currentData().toInt() == 2;
    QString path = m_path->text();
    const QFileInfo info(path);
    path = QDir::toNativeSeparators(info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
                                    + (vcard ? QStringLiteral(".vcf") : QStringLiteral(".csv")));
    m_path->setText(path);
    m_bom->setEnabled(!vcard);
}

void ExportDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty() || QFileInfo(path).isDir() || !QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        showError(this, windowTitle(), tr("Choose a file to write in an existing folder."));
        return;
    }
    if (QFileInfo::exists(path)
        && !askYesNo(this, windowTitle(), tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path)), QMessageBox::No))
        return;
    LeadExporter::Scope scope = LeadExporter::Scope::all();
    if (m_selected->isChecked())
        scope = LeadExporter::Scope::of(m_selection);
    else if (m_shownLeads->isChecked())
        scope = LeadExporter::Scope::of(m_shown);
    else if (m_segment->isChecked()) {
        bool found = false;
        quietly([&] {
            for (const Segment &s : m_workspace.segments().all()) {
                if (s.id == m_segments->currentData().toLongLong()) {
                    scope = LeadExporter::Scope::of(s.filter);
                    found = true;
                }
            }
        });
        if (!found)
            return;
    }
    LeadExporter::Options options;
    const int format = m_format->currentData().toInt();
    options.format = format == 2 ? LeadExporter::Format::VCard : LeadExporter::Format::Csv;
    options.bom = format == 1;
    options.neutralizeFormulas = m_bom->isChecked();

    std::shared_ptr<Database> connection;
    if (!guarded(this, windowTitle(), [&] { connection = m_workspace.openConnection(true); }))
        return;
    const ScoreBands bands = m_workspace.scoreBands();
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    std::atomic_bool cancel{false};
    QString error;
    qint64 written = 0;
    QPointer<QProgressDialog> bar(&progress);
    QEventLoop loop;
    QThread *thread = QThread::create([&, bar] {
        try {
            written = LeadExporter::write(*connection, bands, path, scope, options, [&](qint64 n) {
                QMetaObject::invokeMethod(
                    qApp, [bar, n] { if (bar) bar->setLabelText(tr("%1 leads written…").arg(QLocale().toString(n))); },
                    Qt::QueuedConnection);
                return !cancel.load();
            });
        } catch (const StorageError &e) {
            error = e.message();
        }
    });
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancel = true; });
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.disconnect(); // closing a progress dialog emits canceled()
    progress.close();
    if (!error.isEmpty()) {
        if (!cancel)
            showError(this, windowTitle(), error);
        return;
    }
    m_written = written;
    QDialog::accept();
}
