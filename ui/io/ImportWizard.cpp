#include "ImportWizard.h"

#include "scoring/ScoringService.h"

#include "scoring/RescoreJob.h"

#include "ImportHistoryDialog.h"

#include "io/ImportHistory.h"
#include "leads/Activity.h"
#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace {

// A wizard page whose completeness and set-up the wizard decides.
class Page : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<void()> enter;
    std::function<bool()> validate;
    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    bool validatePage() override { return validate ? validate() : true; }
    void changed() { emit completeChanged(); }
};

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

QString shortened(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    t.remove(QLatin1Char('\r'));
    return t.size() > 80 ? t.left(79) + QStringLiteral("…") : t;
}

} // namespace

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(980, 680);

    // 1. The file
    auto *filePage = new Page;
    filePage->setTitle(tr("Choose a file"));
    filePage->setSubTitle(tr("A CSV export of another CRM, a bought list, a business-card app's vCard file, an e-mail "
                             "tool's report of opens and clicks, an ad platform's spend, a list of deals."));
    {
        auto *form = new QFormLayout(filePage);
        auto *row = new QHBoxLayout;
        m_file = new QLineEdit(filePage);
        m_file->setObjectName(QStringLiteral("importFile"));
        m_file->setAccessibleName(tr("File to import"));
        m_file->setPlaceholderText(tr("A .csv, .txt or .vcf file"));
        auto *browse = new QPushButton(tr("&Browse…"), filePage);
        browse->setObjectName(QStringLiteral("importBrowse"));
        row->addWidget(m_file, 1);
        row->addWidget(browse);
        form->addRow(tr("&File:"), row);
        m_kind = new QComboBox(filePage);
        m_kind->setObjectName(QStringLiteral("importKind"));
        m_kind->setAccessibleName(tr("What the file holds"));
        for (ImportKind k : {ImportKind::Leads, ImportKind::Activities, ImportKind::Campaigns, ImportKind::Deals})
            m_kind->addItem(ImportKinds::displayName(k), int(k));
        form->addRow(tr("It &holds:"), m_kind);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString start = m_file->text().isEmpty() ? QDir::homePath() : QFileInfo(m_file->text()).absolutePath();
            const QString path = QFileDialog::getOpenFileName(this, tr("Import a file"), start,
                                                              tr("CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)"));
            if (!path.isEmpty())
                m_file->setText(QDir::toNativeSeparators(path));
        });
        connect(m_file, &QLineEdit::textChanged, filePage, [filePage] { filePage->changed(); });
        filePage->complete = [this] { return QFileInfo(file()).isFile(); };
        filePage->validate = [this] {
            QFile f(file());
            if (!f.open(QIODevice::ReadOnly)) {
                showError(this, windowTitle(), tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file()), f.errorString()));
                return false;
            }
            return true;
        };
    }
    setPage(FilePage, filePage);

    // 2. Encoding and delimiter
    auto *formatPage = new Page;
    formatPage->setTitle(tr("Encoding and delimiter"));
    formatPage->setSubTitle(tr("Detected from the file. If accents or Greek letters look wrong below, choose another "
                               "encoding; if the columns are not split, another delimiter."));
    {
        auto *layout = new QVBoxLayout(formatPage);
        auto *form = new QFormLayout;
        m_encoding = new QComboBox(formatPage);
        m_encoding->setObjectName(QStringLiteral("importEncoding"));
        m_encoding->setAccessibleName(tr("Encoding"));
        m_encoding->addItem(TextEncodings::displayName(TextEncoding::Auto), int(TextEncoding::Auto));
        for (TextEncoding e : TextEncodings::all())
            m_encoding->addItem(TextEncodings::displayName(e), int(e));
        form->addRow(tr("&Encoding:"), m_encoding);
        m_delimiter = new QComboBox(formatPage);
        m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
        m_delimiter->setAccessibleName(tr("Delimiter"));
        m_delimiter->addItem(tr("Detect automatically"), QString());
        m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
        m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
        m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
        m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
        form->addRow(tr("&Delimiter:"), m_delimiter);
        layout->addLayout(form);
        m_detected = new QLabel(formatPage);
        m_detected->setObjectName(QStringLiteral("importDetected"));
        m_detected->setTextFormat(Qt::PlainText);
        m_detected->setWordWrap(true);
        layout->addWidget(m_detected);
        m_raw = new QTableWidget(formatPage);
        m_raw->setObjectName(QStringLiteral("importRawPreview"));
        m_raw->setAccessibleName(tr("The first rows of the file"));
        m_raw->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_raw->verticalHeader()->hide();
        m_raw->verticalHeader()->setDefaultSectionSize(m_raw->fontMetrics().height() + 6);
        layout->addWidget(m_raw, 1);
        formatPage->enter = [this] { refreshFormat(); };
        formatPage->complete = [this] { return m_preview.error.isEmpty(); };
        connect(m_encoding, &QComboBox::currentIndexChanged, this, [this, formatPage] {
            refreshFormat();
            formatPage->changed();
        });
        connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this, formatPage] {
            refreshFormat();
            formatPage->changed();
        });
    }
    setPage(FormatPage, formatPage);

    // 3. Columns
    auto *mappingPage = new Page;
    mappingPage->setTitle(tr("Columns"));
    mappingPage->setSubTitle(tr("Where each column goes. The table below shows the first rows as they will be saved."));
    {
        auto *layout = new QVBoxLayout(mappingPage);
        auto *savedRow = new QHBoxLayout;
        m_saved = new QComboBox(mappingPage);
        m_saved->setObjectName(QStringLiteral("importSavedMappings"));
        m_saved->setAccessibleName(tr("Saved mappings"));
        m_saveMapping = new QPushButton(tr("&Save Mapping…"), mappingPage);
        m_saveMapping->setObjectName(QStringLiteral("importSaveMapping"));
        savedRow->addWidget(new QLabel(tr("Saved mapping:"), mappingPage));
        savedRow->addWidget(m_saved, 1);
        savedRow->addWidget(m_saveMapping);
        layout->addLayout(savedRow);
        m_mapping = new QTableWidget(mappingPage);
        m_mapping->setObjectName(QStringLiteral("importMappingTable"));
        m_mapping->setAccessibleName(tr("Column mapping"));
        m_mapping->setColumnCount(3);
        m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Import into")});
        m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_mapping->verticalHeader()->hide();
        m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
        layout->addWidget(m_mapping, 3);
        m_mappingProblem = new QLabel(mappingPage);
        m_mappingProblem->setObjectName(QStringLiteral("importMappingProblem"));
        m_mappingProblem->setTextFormat(Qt::PlainText);
        m_mappingProblem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        layout->addWidget(m_mappingProblem);
        layout->addWidget(new QLabel(tr("As they will be saved:"), mappingPage));
        m_rows = new QTableWidget(mappingPage);
        m_rows->setObjectName(QStringLiteral("importPreview"));
        m_rows->setAccessibleName(tr("Rows as they will be saved"));
        m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_rows->verticalHeader()->hide();
        layout->addWidget(m_rows, 2);
        mappingPage->enter = [this] { refreshMapping(); };
        mappingPage->complete = [this] { return m_mappingProblem->text().isEmpty(); };
        connect(m_saved, &QComboBox::activated, this, [this, mappingPage](int index) {
            if (index <= 0)
                return;
            quietly([&] {
                if (const auto saved = ImportHistory(m_workspace.db()).mapping(kind(), m_saved->itemText(index))) {
                    m_preview.mapping.apply(*saved);
                    fillMappingTable();
                    refreshPreview();
                }
            });
            mappingPage->changed();
        });
        connect(m_saveMapping, &QPushButton::clicked, this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Save mapping"),
                                                       tr("Name (for the next file of the same kind):"), QLineEdit::Normal,
                                                       QFileInfo(file()).completeBaseName(), &ok);
            if (!ok || name.trimmed().isEmpty())
                return;
            if (guarded(this, tr("Save mapping"),
                        [&] { ImportHistory(m_workspace.db()).saveMapping(name, mappingFromTable()); })) {
                if (m_saved->findText(name.trimmed()) < 0)
                    m_saved->addItem(name.trimmed());
                m_saved->setCurrentIndex(m_saved->findText(name.trimmed()));
            }
        });
        connect(this, &QWizard::currentIdChanged, mappingPage, [mappingPage] { mappingPage->changed(); });
    }
    setPage(MappingPage, mappingPage);

    // 4. Duplicates
    auto *dupPage = new Page;
    dupPage->setTitle(tr("Duplicates"));
    {
        auto *layout = new QVBoxLayout(dupPage);
        // On the page rather than as the subtitle: the wizard's header does not grow for a third line,
        // which longer languages need.
        auto *rule = new QLabel(tr("A row is the same lead as one already in the workspace, or earlier in the file, when the "
                                   "e-mail is the same (case and spaces ignored); without an e-mail, when the phone digits "
                                   "are; without either, when name and company are."),
                                dupPage);
        rule->setObjectName(QStringLiteral("importDuplicateRule"));
        rule->setWordWrap(true);
        layout->addWidget(rule);
        layout->addSpacing(8);
        m_skip = new QRadioButton(DuplicatePolicies::displayName(DuplicatePolicy::Skip), dupPage);
        m_skip->setObjectName(QStringLiteral("importPolicySkip"));
        m_fill = new QRadioButton(DuplicatePolicies::displayName(DuplicatePolicy::Fill), dupPage);
        m_fill->setObjectName(QStringLiteral("importPolicyFill"));
        m_overwrite = new QRadioButton(DuplicatePolicies::displayName(DuplicatePolicy::Overwrite), dupPage);
        m_overwrite->setObjectName(QStringLiteral("importPolicyOverwrite"));
        m_skip->setChecked(true);
        layout->addWidget(m_skip);
        layout->addWidget(m_fill);
        layout->addWidget(m_overwrite);
        auto *note = new QLabel(tr("Empty cells never erase a value. Every import can be undone from File > Import "
                                   "History: the leads it created are removed and the fields it changed get their "
                                   "values back."),
                                dupPage);
        note->setWordWrap(true);
        layout->addSpacing(12);
        layout->addWidget(note);
        auto *typeRow = new QFormLayout;
        m_activityType = new QComboBox(dupPage);
        m_activityType->setObjectName(QStringLiteral("importActivityType"));
        m_activityType->setAccessibleName(tr("Activity type for rows without one"));
        m_activityType->addItem(tr("(from the file)"), QString());
        for (ActivityType t : ActivityTypes::all())
            m_activityType->addItem(ActivityTypes::displayName(t), ActivityTypes::key(t));
        typeRow->addRow(tr("Activities without a type are:"), m_activityType);
        layout->addLayout(typeRow);
        m_resumeNote = new QLabel(dupPage);
        m_resumeNote->setObjectName(QStringLiteral("importResumeNote"));
        m_resumeNote->setWordWrap(true);
        m_resumeNote->setTextFormat(Qt::PlainText);
        layout->addWidget(m_resumeNote);
        layout->addStretch(1);
        dupPage->enter = [this, typeRow] {
            const bool activities = kind() == ImportKind::Activities;
            m_activityType->setVisible(activities);
            typeRow->labelForField(m_activityType)->setVisible(activities);
            m_resumeNote->clear();
            quietly([&] {
                Importer importer(m_workspace.db(), m_workspace.actor());
                if (const auto id = importer.interruptedImport(file(), kind()))
                    m_resumeNote->setText(tr("Import #%1 of this file stopped before its end. It will resume where it "
                                             "stopped, with the columns and duplicate rule it had.")
                                              .arg(*id));
            });
        };
    }
    setPage(DuplicatesPage, dupPage);

    // 5. Progress
    auto *progressPage = new Page;
    progressPage->setTitle(tr("Importing"));
    {
        auto *layout = new QVBoxLayout(progressPage);
        m_progress = new QProgressBar(progressPage);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setRange(0, 1000);
        layout->addWidget(m_progress);
        m_status = new QLabel(progressPage);
        m_status->setObjectName(QStringLiteral("importStatus"));
        m_status->setTextFormat(Qt::PlainText);
        layout->addWidget(m_status);
        layout->addStretch(1);
        progressPage->setCommitPage(true);
        progressPage->enter = [this] { startImport(); };
        progressPage->complete = [this] { return m_thread == nullptr; };
    }
    setPage(ProgressPage, progressPage);

    // 6. Summary
    auto *summaryPage = new Page;
    summaryPage->setTitle(tr("Done"));
    {
        auto *layout = new QVBoxLayout(summaryPage);
        m_summary = new QLabel(summaryPage);
        m_summary->setObjectName(QStringLiteral("importSummary"));
        m_summary->setTextFormat(Qt::PlainText);
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_summary);
        m_warnings = new QLabel(summaryPage);
        m_warnings->setObjectName(QStringLiteral("importWarnings"));
        m_warnings->setTextFormat(Qt::PlainText);
        m_warnings->setWordWrap(true);
        layout->addWidget(m_warnings);
        auto *buttons = new QHBoxLayout;
        m_openRejects = new QPushButton(tr("Open the &Rejects File"), summaryPage);
        m_openRejects->setObjectName(QStringLiteral("importOpenRejects"));
        m_undo = new QPushButton(tr("&Undo This Import"), summaryPage);
        m_undo->setObjectName(QStringLiteral("importUndo"));
        buttons->addWidget(m_openRejects);
        buttons->addWidget(m_undo);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        layout->addStretch(1);
        connect(m_openRejects, &QPushButton::clicked, this,
                [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_result.rejectsFile)); });
        connect(m_undo, &QPushButton::clicked, this, &ImportWizard::undoImport);
    }
    setPage(SummaryPage, summaryPage);
    setStartId(FilePage);
}

ImportWizard::~ImportWizard()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QString ImportWizard::file() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

ImportKind ImportWizard::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.kind = kind();
    o.encoding = TextEncoding(m_encoding->currentData().toInt());
    const QString d = m_delimiter->currentData().toString();
    if (!d.isEmpty())
        o.delimiter = d.at(0);
    o.policy = m_overwrite->isChecked() ? DuplicatePolicy::Overwrite
        : m_fill->isChecked()           ? DuplicatePolicy::Fill
                                        : DuplicatePolicy::Skip;
    o.activityType = m_activityType->currentData().toString();
    o.workspacePath = m_workspace.path();
    if (m_preview.mapping.columnCount() > 0)
        o.mapping = mappingFromTable();
    return o;
}

void ImportWizard::refreshFormat()
{
    ImportOptions o = options();
    o.mapping.reset();
    quietly([&] {
        Importer importer(m_workspace.db(), m_workspace.actor());
        m_preview = importer.preview(file(), o, 20);
    });
    m_raw->clear();
    if (!m_preview.error.isEmpty()) {
        m_detected->setText(m_preview.error);
        m_raw->setRowCount(0);
        m_raw->setColumnCount(0);
        return;
    }
    // A saved mapping made for exactly these columns applies by itself.
    quietly([&] {
        if (const auto saved = ImportHistory(m_workspace.db()).mappingFor(kind(), m_preview.header))
            m_preview.mapping.apply(saved->second);
    });
    const QString delimiter = m_preview.delimiter == QLatin1Char('\t') ? tr("tab")
        : m_preview.delimiter.isNull()                                  ? tr("none (vCard)")
                                                                        : QString(m_preview.delimiter);
    m_detected->setText(tr("Read as %1, delimiter “%2”: %L3 columns.")
                            .arg(TextEncodings::displayName(m_preview.encoding), delimiter)
                            .arg(m_preview.header.size()));
    m_raw->setColumnCount(int(m_preview.header.size()));
    m_raw->setHorizontalHeaderLabels(m_preview.header);
    m_raw->setRowCount(int(m_preview.rawRows.size()));
    for (int r = 0; r < m_preview.rawRows.size(); ++r) {
        for (int c = 0; c < m_preview.rawRows.at(r).size() && c < m_preview.header.size(); ++c)
            m_raw->setItem(r, c, item(shortened(m_preview.rawRows.at(r).at(c))));
    }
    m_raw->resizeColumnsToContents();
}

void ImportWizard::fillMappingTable()
{
    m_updatingTable = true;
    const QList<ImportTarget> targets = ColumnMapping::targets(kind());
    m_mapping->setRowCount(m_preview.mapping.columnCount());
    for (int i = 0; i < m_preview.mapping.columnCount(); ++i) {
        m_mapping->setItem(i, 0, item(m_preview.header.value(i)));
        QStringList samples;
        for (const QStringList &row : std::as_const(m_preview.rawRows)) {
            const QString v = row.value(i).trimmed();
            if (!v.isEmpty() && samples.size() < 3 && !samples.contains(v))
                samples << shortened(v);
        }
        m_mapping->setItem(i, 1, item(samples.join(QStringLiteral(" · "))));
        auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 2));
        if (!combo) {
            combo = new QComboBox(m_mapping);
            combo->setObjectName(QStringLiteral("mapColumn%1").arg(i));
            combo->setAccessibleName(tr("Import column %1 into").arg(m_preview.header.value(i)));
            m_mapping->setCellWidget(i, 2, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, i, combo] {
                if (m_updatingTable)
                    return;
                m_preview.mapping.setTarget(i, combo->currentData().toString());
                fillMappingTable(); // a target moved away from another column shows there too
                refreshPreview();
                if (auto *p = dynamic_cast<Page *>(currentPage()))
                    p->changed();
            });
        }
        combo->clear();
        combo->addItem(ColumnMapping::targetLabel(kind(), QString()), QString());
        for (const ImportTarget &t : targets)
            combo->addItem(t.label, t.key);
        combo->setCurrentIndex(std::max(0, combo->findData(m_preview.mapping.target(i))));
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(2, 240);
    m_updatingTable = false;
}

ColumnMapping ImportWizard::mappingFromTable() const
{
    return m_preview.mapping;
}

void ImportWizard::refreshMapping()
{
    m_saved->clear();
    m_saved->addItem(tr("(none)"));
    quietly([&] { m_saved->addItems(ImportHistory(m_workspace.db()).mappingNames(kind())); });
    if (m_preview.mapping.kind() != kind() || m_preview.mapping.columnCount() == 0)
        refreshFormat();
    if (m_preview.mapping.kind() != kind()) {
        const ColumnMapping automatic = ColumnMapping::automatic(kind(), m_preview.header);
        m_preview.mapping = automatic;
    }
    fillMappingTable();
    refreshPreview();
}

void ImportWizard::refreshPreview()
{
    ImportOptions o = options();
    o.mapping = m_preview.mapping;
    ImportPreview p;
    quietly([&] {
        Importer importer(m_workspace.db(), m_workspace.actor());
        p = importer.preview(file(), o, 20);
    });
    QStringList labels;
    for (const QString &t : std::as_const(p.targets))
        labels << ColumnMapping::targetLabel(kind(), t);
    m_rows->clear();
    m_rows->setColumnCount(int(labels.size()) + 2);
    m_rows->setHorizontalHeaderLabels(QStringList{tr("Line")} + labels + QStringList{tr("Check")});
    m_rows->setRowCount(int(p.rows.size()));
    for (int r = 0; r < p.rows.size(); ++r) {
        const PreviewRow &row = p.rows.at(r);
        m_rows->setItem(r, 0, item(QLocale().toString(row.line)));
        for (int c = 0; c < row.values.size(); ++c)
            m_rows->setItem(r, c + 1, item(shortened(row.values.at(c))));
        QStringList notes = row.notes;
        if (!row.problem.isEmpty())
            notes.prepend(tr("will be rejected: %1").arg(row.problem));
        auto *n = item(notes.join(QStringLiteral("; ")));
        if (!row.problem.isEmpty())
            n->setForeground(QColor(0xb9, 0x1c, 0x1c));
        m_rows->setItem(r, int(labels.size()) + 1, n);
    }
    m_rows->resizeColumnsToContents();
    // What the importer would refuse, said before the import starts.
    QString problem;
    const ColumnMapping &m = m_preview.mapping;
    switch (kind()) {
    case ImportKind::Leads:
        if (!m.isMapped(QStringLiteral("email")) && !m.isMapped(QStringLiteral("first_name"))
            && !m.isMapped(QStringLiteral("last_name")) && !m.isMapped(QStringLiteral("full_name"))
            && !m.isMapped(QStringLiteral("phone")) && !m.isMapped(QStringLiteral("company")))
            problem = tr("Map at least one column to a name, an e-mail, a phone or a company.");
        break;
    case ImportKind::Activities:
        if (!m.isMapped(QStringLiteral("email")) && !m.isMapped(QStringLiteral("lead_id")))
            problem = tr("Map a column to the lead's e-mail (or id): activities are matched to leads by it.");
        break;
    case ImportKind::Campaigns:
        if (!m.isMapped(QStringLiteral("campaign")))
            problem = tr("Map a column to the campaign.");
        break;
    case ImportKind::Deals:
        if (!m.isMapped(QStringLiteral("title")))
            problem = tr("Map a column to the deal title.");
        break;
    }
    m_mappingProblem->setText(problem);
}

void ImportWizard::startImport()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_result = ImportResult();
    m_error.clear();
    m_progress->setValue(0);
    m_status->setText(tr("Reading %1…").arg(QFileInfo(file()).fileName()));
    std::shared_ptr<Database> connection;
    try {
        connection = m_workspace.openConnection(false);
    } catch (const StorageError &e) {
        finished(ImportResult(), e.message());
        return;
    }
    const ImportOptions o = options();
    const QString path = file();
    const QString actor = m_workspace.actor();
    QPointer<ImportWizard> self(this);
    QPointer<QProgressBar> bar(m_progress);
    QPointer<QLabel> status(m_status);
    m_thread = QThread::create([this, self, bar, status, connection, o, path, actor] {
        ImportResult result;
        QString error;
        try {
            Importer importer(*connection, actor);
            result = importer.run(path, o, [&](const ImportProgress &p) {
                const int permille = p.bytesTotal > 0 ? int(p.bytesRead * 1000 / p.bytesTotal) : 0;
                const QString text = p.indexing
                    ? tr("%1 rows in; building the indexes…").arg(QLocale().toString(p.read))
                    : tr("%1 rows read: %2 created, %3 merged, %4 rejected")
                          .arg(QLocale().toString(p.read), QLocale().toString(p.created), QLocale().toString(p.merged),
                               QLocale().toString(p.rejected));
                QMetaObject::invokeMethod(
                    qApp,
                    [bar, status, permille, text] {
                        if (bar)
                            bar->setValue(permille);
                        if (status)
                            status->setText(text);
                    },
                    Qt::QueuedConnection);
                return !m_cancel.load();
            });
        } catch (const StorageError &e) {
            error = e.message();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, result, error] {
                if (self)
                    self->finished(result, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    button(QWizard::CancelButton)->setEnabled(true);
}

void ImportWizard::finished(const ImportResult &result, const QString &error)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_result = result;
    m_error = error;
    if (result.created > 0 || result.merged - result.unchanged > 0 || result.importId > 0) {
        m_changed = true;
        // One reset for the whole import: the lead list, filters and counts reload once.
        m_workspace.leads().announceReset();
        // Scores follow what was imported: new leads, changed fields, new behaviour. Many leads are
        // re-scored in the background (RescoreJob, as after a rule change); a few at once.
        QList<qint64> affected;
        quietly([&] { affected = ImportHistory(m_workspace.db()).affectedLeads(result.importId); });
        const QString reason = tr("Imported from %1").arg(QFileInfo(result.file).fileName());
        if (affected.size() > 20000) {
            RescoreJob::Spec spec;
            spec.rules = m_workspace.scoring().ruleSet();
            spec.reason = reason;
            auto *job = new RescoreJob(m_workspace, spec, &m_workspace);
            connect(job, &RescoreJob::finished, job, [this, job] {
                m_workspace.leads().announceReset();
                job->deleteLater();
            });
            job->start();
        } else if (!affected.isEmpty()) {
            quietly([&] { m_workspace.scoring().rescoreLeads(affected, reason); });
        }
    }
    const QLocale locale;
    if (!error.isEmpty()) {
        m_summary->setText(tr("The import stopped: %1").arg(error)
                           + (result.importId > 0 ? QString() : QStringLiteral("\n") + tr("Nothing was imported.")));
    } else {
        QString text = result.status == QLatin1String("cancelled")
            ? tr("Stopped after %1 rows, at your request. What was imported stays; running the same import again "
                 "resumes it, and Undo removes it.")
                  .arg(locale.toString(result.read))
            : tr("%1 imported.").arg(QFileInfo(result.file).fileName());
        text += QStringLiteral("\n\n");
        text += tr("Rows read: %1\nCreated: %2\nMerged with existing: %3 (unchanged: %4)\nRejected: %5")
                    .arg(locale.toString(result.read), locale.toString(result.created), locale.toString(result.merged),
                         locale.toString(result.unchanged), locale.toString(result.rejected));
        if (result.flagged > 0)
            text += QStringLiteral("\n") + tr("Invalid e-mails kept and flagged: %1").arg(locale.toString(result.flagged));
        if (!result.rejectsFile.isEmpty())
            text += QStringLiteral("\n\n") + tr("Rejected rows, with their line and the reason, are in %1")
                                                  .arg(QDir::toNativeSeparators(result.rejectsFile));
        text += QStringLiteral("\n") + tr("Time: %1 s").arg(locale.toString(double(result.durationMs) / 1000.0, 'f', 1));
        m_summary->setText(text);
    }
    m_warnings->setText(result.warnings.join(QLatin1Char('\n')));
    m_openRejects->setVisible(!result.rejectsFile.isEmpty());
    m_undo->setVisible(result.importId > 0);
    m_undo->setEnabled(result.importId > 0);
    emit importFinished(result);
    if (currentId() == ProgressPage) {
        if (auto *p = dynamic_cast<Page *>(currentPage()))
            p->changed();
        next();
    }
}

void ImportWizard::undoImport()
{
    if (m_result.importId <= 0)
        return;
    if (ImportHistoryDialog::undoImport(m_workspace, m_result.importId, this)) {
        m_changed = true;
        m_undo->setEnabled(false);
        m_summary->setText(m_summary->text() + QStringLiteral("\n\n") + tr("This import was undone."));
    }
}

void ImportWizard::reject()
{
    if (m_thread) {
        // Stops after the batch in flight; finished() then shows what was imported.
        m_cancel = true;
        m_status->setText(tr("Stopping after the current batch…"));
        button(QWizard::CancelButton)->setEnabled(false);
        return;
    }
    QWizard::reject();
}
