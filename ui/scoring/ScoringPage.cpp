#include "ScoringPage.h"

#include "RuleEditor.h"
#include "RuleListModel.h"
#include "ScoringCharts.h"

#include "leads/LeadCommands.h"
#include "leads/LeadRepository.h"
#include "scoring/RescoreJob.h"
#include "scoring/ScoringInsights.h"
#include "scoring/ScoringService.h"
#include "settings/Formats.h"
#include "shell/ErrorReporting.h"
#include "shell/Icons.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace {

// Saving a rule set is an edit like any other: undo puts the previous rules back (and re-scores).
class SaveRulesCommand : public WorkspaceCommand
{
public:
    SaveRulesCommand(Workspace &workspace, const RuleSet &before, const RuleSet &after,
                     std::function<void(int previousThreshold)> rescore)
        : WorkspaceCommand(workspace, QCoreApplication::translate("ScoringPage", "Change scoring rules"))
        , m_before(before)
        , m_after(after)
        , m_rescore(std::move(rescore))
    {
    }

protected:
    void apply() override
    {
        m_workspace.scoring().setRuleSet(m_after);
        m_rescore(m_before.mqlThreshold);
    }
    void revert() override
    {
        m_workspace.scoring().setRuleSet(m_before);
        m_rescore(m_after.mqlThreshold);
    }

private:
    RuleSet m_before;
    RuleSet m_after;
    std::function<void(int)> m_rescore;
};

QSpinBox *scoreSpin(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setAccessibleName(accessible);
    spin->setRange(-10000, 10000);
    return spin;
}

QString percent(double share)
{
    return Formats::percent(share);
}

} // namespace

struct ScoringPage::LiftData
{
    ScoringInsights::ThresholdAdvice advice;
    ScoringInsights::LiftReport lift;
    QString error;
    bool loaded = false;
    bool running = false;
};

ScoringPage::ScoringPage(QWidget *parent)
    : Page(parent)
    , m_lift(std::make_unique<LiftData>())
{
    setObjectName(QStringLiteral("scoringPage"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scoringStatus"));
    m_status->setTextFormat(Qt::PlainText);
    header->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rescoreProgress"));
    m_progress->setAccessibleName(tr("Re-scoring progress"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    header->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRescore"));
    m_cancel->setToolTip(tr("Stop re-scoring after the current batch; it starts again the next time"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_rescoreJob)
            m_rescoreJob->cancel();
    });
    header->addWidget(m_cancel);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("scoringTabs"));
    auto *rules = new QWidget(m_tabs);
    buildRulesTab(rules);
    m_tabs->addTab(rules, tr("Rules"));
    auto *advisor = new QWidget(m_tabs);
    buildAdvisorTab(advisor);
    m_tabs->addTab(advisor, tr("Threshold advisor"));
    auto *lift = new QWidget(m_tabs);
    buildLiftTab(lift);
    m_tabs->addTab(lift, tr("Attribute lift"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index > 0 && !m_lift->loaded && !m_lift->running)
            refreshInsights();
    });
    layout->addWidget(m_tabs, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(350);
    connect(m_previewTimer, &QTimer::timeout, this, &ScoringPage::startPreview);
    setEnabled(false);
}

ScoringPage::~ScoringPage()
{
    delete m_previewJob;
    delete m_rescoreJob;
}

QIcon ScoringPage::icon() const
{
    return Icons::icon(Icons::Glyph::Scoring);
}

void ScoringPage::buildRulesTab(QWidget *tab)
{
    auto *split = new QSplitter(Qt::Horizontal, tab);
    auto *outer = new QVBoxLayout(tab);
    outer->addWidget(split);

    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new RuleListModel(this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setAccessibleName(tr("Scoring rules"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(RuleListModel::RuleColumn, QHeaderView::Stretch);
    for (int c : {int(RuleListModel::EnabledColumn), int(RuleListModel::KindColumn), int(RuleListModel::PointsColumn),
                  int(RuleListModel::CapColumn), int(RuleListModel::HalfLifeColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_table, 3);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectRow(current.isValid() ? current.row() : -1); });
    connect(m_model, &RuleListModel::edited, this, &ScoringPage::draftChanged);

    auto *buttons = new QHBoxLayout;
    m_addProfile = new QPushButton(tr("Add profile rule"), left);
    m_addProfile->setObjectName(QStringLiteral("addProfileRule"));
    m_addProfile->setToolTip(tr("Points for who the lead is: job title, company size, industry, …"));
    m_addBehaviour = new QPushButton(tr("Add behaviour rule"), left);
    m_addBehaviour->setObjectName(QStringLiteral("addBehaviourRule"));
    m_addBehaviour->setToolTip(tr("Points for what the lead does: opens, clicks, visits, meetings, …"));
    m_addNoOpens = new QPushButton(tr("Add \"no opens\" rule"), left);
    m_addNoOpens->setObjectName(QStringLiteral("addNoOpensRule"));
    m_addNoOpens->setToolTip(tr("Points when the lead opened none of the last e-mails sent"));
    m_remove = new QPushButton(Icons::icon(Icons::Glyph::Delete), tr("Remove"), left);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    connect(m_addProfile, &QPushButton::clicked, this, [this] { addRule(RuleKind::Profile); });
    connect(m_addBehaviour, &QPushButton::clicked, this, [this] { addRule(RuleKind::Behaviour); });
    connect(m_addNoOpens, &QPushButton::clicked, this, [this] { addRule(RuleKind::NoOpens); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row < 0)
            return;
        m_model->remove(row);
        selectRow(std::min(row, m_model->rowCount() - 1));
    });
    // Two rows, so that longer translations of the three "Add" buttons fit beside the preview.
    auto *addButtons = new QHBoxLayout;
    addButtons->addWidget(m_addProfile);
    addButtons->addWidget(m_addBehaviour);
    addButtons->addStretch(1);
    buttons->addWidget(m_addNoOpens);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    leftLayout->addLayout(addButtons);
    leftLayout->addLayout(buttons);
    auto *ruleBox = new QGroupBox(tr("Selected rule"), left);
    auto *ruleLayout = new QVBoxLayout(ruleBox);
    m_editor = new RuleEditor(ruleBox);
    ruleLayout->addWidget(m_editor);
    leftLayout->addWidget(ruleBox, 2);
    connect(m_editor, &RuleEditor::ruleEdited, this, [this](const ScoringRule &rule) {
        const int row = m_table->currentIndex().row();
        if (row >= 0)
            m_model->replace(row, rule);
    });

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *thresholds = new QGroupBox(tr("Threshold and temperature"), right);
    auto *form = new QFormLayout(thresholds);
    m_threshold = scoreSpin(thresholds, QStringLiteral("thresholdSpin"), tr("MQL threshold"));
    m_threshold->setToolTip(tr("A Subscriber, Lead or Nurturing lead whose score reaches this becomes MQL"));
    form->addRow(tr("&MQL at score:"), m_threshold);
    m_warm = scoreSpin(thresholds, QStringLiteral("warmSpin"), tr("Warm from"));
    form->addRow(tr("&Warm from:"), m_warm);
    m_hot = scoreSpin(thresholds, QStringLiteral("hotSpin"), tr("Hot from"));
    form->addRow(tr("&Hot from:"), m_hot);
    for (QSpinBox *spin : {m_threshold, m_warm, m_hot})
        connect(spin, &QSpinBox::valueChanged, this, &ScoringPage::draftChanged);
    rightLayout->addWidget(thresholds);

    m_previewChart = ScoringCharts::create(right, QStringLiteral("previewChart"));
    m_previewChart->setAccessibleName(tr("Score distribution preview"));
    rightLayout->addWidget(m_previewChart, 1);
    m_preview = new QLabel(right);
    m_preview->setObjectName(QStringLiteral("previewSummary"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    rightLayout->addWidget(m_preview);
    auto *actions = new QHBoxLayout;
    m_defaults = new QPushButton(tr("Default rules"), right);
    m_defaults->setObjectName(QStringLiteral("defaultRules"));
    m_defaults->setToolTip(tr("Put the default rule set in the editor (the seeds' points and profile rules)"));
    m_revert = new QPushButton(tr("Revert"), right);
    m_revert->setObjectName(QStringLiteral("revertRules"));
    m_save = new QPushButton(tr("Save and re-score"), right);
    m_save->setObjectName(QStringLiteral("saveRules"));
    m_save->setDefault(true);
    connect(m_defaults, &QPushButton::clicked, this, &ScoringPage::restoreDefaults);
    connect(m_revert, &QPushButton::clicked, this, &ScoringPage::revert);
    connect(m_save, &QPushButton::clicked, this, &ScoringPage::save);
    actions->addWidget(m_defaults);
    actions->addStretch(1);
    actions->addWidget(m_revert);
    actions->addWidget(m_save);
    rightLayout->addLayout(actions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
}

void ScoringPage::buildAdvisorTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    m_advice = new QLabel(tab);
    m_advice->setObjectName(QStringLiteral("advisorSummary"));
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setWordWrap(true);
    layout->addWidget(m_advice);
    m_adviceChart = ScoringCharts::create(tab, QStringLiteral("advisorChart"));
    m_adviceChart->setAccessibleName(tr("Threshold advisor chart"));
    layout->addWidget(m_adviceChart, 3);
    m_adviceTable = new QTreeWidget(tab);
    m_adviceTable->setObjectName(QStringLiteral("advisorTable"));
    m_adviceTable->setAccessibleName(tr("Candidate thresholds"));
    m_adviceTable->setHeaderLabels({tr("Threshold"), tr("Eventual customers above"), tr("Leads sent to sales"),
                                    tr("Precision"), tr("Leads above")});
    m_adviceTable->setRootIsDecorated(false);
    m_adviceTable->setAlternatingRowColors(true);
    layout->addWidget(m_adviceTable, 2);
    auto *buttons = new QHBoxLayout;
    auto *refresh = new QPushButton(tr("Refresh"), tab);
    refresh->setObjectName(QStringLiteral("refreshInsights"));
    connect(refresh, &QPushButton::clicked, this, &ScoringPage::refreshInsights);
    m_useSuggested = new QPushButton(tr("Use the suggested threshold"), tab);
    m_useSuggested->setObjectName(QStringLiteral("useSuggested"));
    m_useSuggested->setToolTip(tr("Puts it in the rules editor; it takes effect when saved"));
    m_useSuggested->setEnabled(false);
    connect(m_useSuggested, &QPushButton::clicked, this, [this] {
        m_threshold->setValue(m_suggested);
        m_tabs->setCurrentIndex(0);
    });
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_useSuggested);
    layout->addLayout(buttons);
}

void ScoringPage::buildLiftTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    m_liftSummary = new QLabel(tab);
    m_liftSummary->setObjectName(QStringLiteral("liftSummary"));
    m_liftSummary->setTextFormat(Qt::PlainText);
    m_liftSummary->setWordWrap(true);
    layout->addWidget(m_liftSummary);
    auto *row = new QHBoxLayout;
    m_liftAttribute = new QComboBox(tab);
    m_liftAttribute->setObjectName(QStringLiteral("liftAttribute"));
    m_liftAttribute->setAccessibleName(tr("Attribute"));
    row->addWidget(new QLabel(tr("Attribute:"), tab));
    row->addWidget(m_liftAttribute);
    row->addStretch(1);
    layout->addLayout(row);
    m_liftTable = new QTreeWidget(tab);
    m_liftTable->setObjectName(QStringLiteral("liftTable"));
    m_liftTable->setAccessibleName(tr("Conversion by attribute value"));
    m_liftTable->setHeaderLabels({tr("Value"), tr("Leads with an outcome"), tr("Became customers"), tr("Conversion"),
                                  tr("Lift")});
    m_liftTable->setRootIsDecorated(false);
    m_liftTable->setAlternatingRowColors(true);
    m_liftTable->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_liftTable->header()->setStretchLastSection(false);
    layout->addWidget(m_liftTable, 1);
    connect(m_liftAttribute, &QComboBox::currentIndexChanged, this, &ScoringPage::showLift);
}

void ScoringPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    delete m_previewJob;
    delete m_rescoreJob;
    m_progress->hide();
    m_cancel->hide();
    if (m_workspace)
        disconnect(&m_workspace->scoring(), nullptr, this, nullptr);
    m_workspace = workspace;
    m_undo = undoStack;
    *m_lift = LiftData();
    m_adviceTable->clear();
    m_liftTable->clear();
    m_liftAttribute->clear();
    m_advice->clear();
    m_liftSummary->clear();
    setEnabled(workspace != nullptr);
    if (!workspace) {
        m_model->setRules({});
        m_editor->clear();
        m_status->clear();
        return;
    }
    connect(&workspace->scoring(), &ScoringService::rulesChanged, this, &ScoringPage::loadStored);
    loadStored();
    QString reason;
    quietly([&] { reason = workspace->isReadOnly() ? QString() : workspace->scoring().pendingRescoreReason(); });
    if (!reason.isEmpty())
        startRescore(reason, m_stored.mqlThreshold);
    if (m_tabs->currentIndex() > 0)
        refreshInsights();
}

void ScoringPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ScoringPage::loadStored()
{
    if (!m_workspace)
        return;
    if (!guarded(this, tr("Scoring rules"), [&] { m_stored = m_workspace->scoring().ruleSet(); }))
        m_stored = RuleSet::defaults();
    m_loading = true;
    const int row = m_table->currentIndex().row();
    m_model->setRules(m_stored.rules);
    m_threshold->setValue(m_stored.mqlThreshold);
    m_warm->setValue(m_stored.bands.warmFrom);
    m_hot->setValue(m_stored.bands.hotFrom);
    m_loading = false;
    selectRow(std::clamp(row, 0, m_model->rowCount() - 1));
    draftChanged();
}

RuleSet ScoringPage::draft() const
{
    RuleSet set;
    set.rules = m_model->rules();
    set.mqlThreshold = m_threshold->value();
    set.bands = ScoreBands{m_warm->value(), m_hot->value()};
    return set;
}

bool ScoringPage::isDirty() const
{
    return m_workspace && draft() != m_stored;
}

bool ScoringPage::isRescoring() const
{
    return m_rescoreJob && m_rescoreJob->isRunning();
}

QString ScoringPage::previewText() const
{
    return m_preview->text();
}

void ScoringPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_editor->clear();
        updateButtons();
        return;
    }
    if (m_table->currentIndex().row() != row)
        m_table->setCurrentIndex(m_model->index(row, RuleListModel::RuleColumn));
    m_editor->setRule(m_model->rule(row));
    m_editor->setReadOnly(m_readOnly);
    updateButtons();
}

void ScoringPage::addRule(RuleKind kind)
{
    ScoringRule r;
    r.id = RuleSet{m_model->rules(), 0, {}}.nextRuleId();
    r.kind = kind;
    switch (kind) {
    case RuleKind::Profile:
        r.field = LeadField::JobTitle;
        r.op = RuleOperator::Contains;
        r.points = 5;
        break;
    case RuleKind::Behaviour:
        r.activity = ActivityType::WebinarAttended;
        r.points = 10;
        r.cap = 3;
        r.halfLifeDays = 90;
        break;
    case RuleKind::NoOpens:
        r.lastEmails = 3;
        r.points = -10;
        break;
    }
    const int row = m_model->append(r);
    selectRow(row);
}

void ScoringPage::updateButtons()
{
    const bool editable = m_workspace && !m_readOnly;
    const bool dirty = isDirty();
    const RuleSet d = draft();
    const QString problem = m_workspace ? d.problem() : QString();
    for (QWidget *w : std::initializer_list<QWidget *>{m_addProfile, m_addBehaviour, m_addNoOpens, m_threshold, m_warm,
                                                        m_hot, m_defaults})
        w->setEnabled(editable);
    m_table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_remove->setEnabled(editable && m_table->currentIndex().isValid());
    m_revert->setEnabled(editable && dirty);
    m_save->setEnabled(editable && dirty && problem.isEmpty());
    m_save->setToolTip(problem);
    m_editor->setReadOnly(!editable);
    QString status;
    if (!m_workspace)
        status.clear();
    else if (m_readOnly)
        status = tr("The workspace is read-only: the rules can be read and previewed, not changed.");
    else if (!problem.isEmpty())
        status = tr("Cannot save: %1").arg(problem);
    else if (dirty)
        status = tr("Unsaved changes: the preview shows what they would do.");
    else
        status = tr("%n rule(s); scores follow every change at once.", nullptr, int(m_stored.rules.size()));
    if (!isRescoring())
        m_status->setText(status);
}

void ScoringPage::draftChanged()
{
    if (m_loading || !m_workspace)
        return;
    updateButtons();
    m_previewTimer->start();
}

void ScoringPage::startPreview()
{
    if (!m_workspace)
        return;
    const RuleSet d = draft();
    if (!d.problem().isEmpty()) {
        m_preview->setText(tr("The preview waits for a sound rule set: %1").arg(d.problem()));
        return;
    }
    if (m_previewJob) {
        m_previewJob->cancel();
        m_previewJob->deleteLater(); // its result, if it comes, is dropped: m_previewJob is the newest only
    }
    RescoreJob::Spec spec;
    spec.rules = d;
    spec.write = false;
    spec.now = m_workspace->scoring().now();
    spec.previousThreshold = m_stored.mqlThreshold;
    auto *job = new RescoreJob(*m_workspace, spec, this);
    m_previewJob = job;
    m_preview->setText(tr("Computing the preview…"));
    connect(job, &RescoreJob::finished, this, [this, job] {
        if (job != m_previewJob) {
            job->deleteLater();
            return;
        }
        const QLocale locale;
        if (!job->error().isEmpty()) {
            m_preview->setText(tr("No preview: %1").arg(job->error()));
        } else if (!job->result().cancelled) {
            const Rescorer::Result &r = job->result();
            qint64 aboveNow = 0;
            for (const auto &[score, n] : r.currentHistogram) {
                if (score >= m_stored.mqlThreshold)
                    aboveNow += n;
            }
            ScoringCharts::showDistribution(m_previewChart, r.currentHistogram, r.histogram, job->spec().rules.mqlThreshold);
            m_preview->setText(
                tr("Under these rules %1 of %2 leads would be at or above the threshold of %3 (now %4); "
                   "%5 would become MQL; %6 scores would change.")
                    .arg(locale.toString(r.aboveThreshold), locale.toString(r.leads),
                         locale.toString(job->spec().rules.mqlThreshold), locale.toString(aboveNow),
                         locale.toString(r.crossing), locale.toString(r.changed)));
        }
        emit previewUpdated();
    });
    job->start();
}

void ScoringPage::save()
{
    if (!m_workspace || m_readOnly)
        return;
    const RuleSet d = draft();
    if (const QString problem = d.problem(); !problem.isEmpty()) {
        showError(this, tr("Scoring rules"), problem);
        return;
    }
    if (d == m_stored)
        return;
    WorkspaceCommand::run(m_undo, this, new SaveRulesCommand(*m_workspace, m_stored, d, [this](int previous) {
                              startRescore(tr("Scoring rules changed"), previous);
                          }));
}

void ScoringPage::revert()
{
    loadStored();
}

void ScoringPage::restoreDefaults()
{
    const RuleSet defaults = RuleSet::defaults();
    m_loading = true;
    m_model->setRules(defaults.rules);
    m_threshold->setValue(defaults.mqlThreshold);
    m_warm->setValue(defaults.bands.warmFrom);
    m_hot->setValue(defaults.bands.hotFrom);
    m_loading = false;
    selectRow(0);
    draftChanged();
}

void ScoringPage::startRescore(const QString &reason, int previousThreshold)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    delete m_rescoreJob; // a newer rule set replaces the re-score in progress
    RescoreJob::Spec spec;
    if (!guarded(this, tr("Scoring rules"), [&] { spec.rules = m_workspace->scoring().ruleSet(); }))
        return;
    spec.write = true;
    spec.reason = reason;
    spec.previousThreshold = previousThreshold;
    spec.now = m_workspace->scoring().now();
    auto *job = new RescoreJob(*m_workspace, spec, this);
    m_rescoreJob = job;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Re-scoring every lead: %1…").arg(reason));
    connect(job, &RescoreJob::progress, this, [this, job](qint64 done, qint64 total) {
        if (job != m_rescoreJob)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(total ? int(done * 1000 / total) : 0);
        m_progress->setFormat(tr("%1 of %2 leads").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(job, &RescoreJob::finished, this, [this, job] {
        if (job != m_rescoreJob)
            return;
        m_progress->hide();
        m_cancel->hide();
        const Rescorer::Result &r = job->result();
        QString message;
        if (!job->error().isEmpty())
            message = tr("Re-scoring failed: %1").arg(job->error());
        else if (r.cancelled)
            message = tr("Re-scoring stopped after %1 leads; it resumes the next time the workspace opens.")
                          .arg(QLocale().toString(r.leads));
        else
            message = tr("Re-scored %1 leads: %2 scores changed, %3 leads became MQL.")
                          .arg(QLocale().toString(r.leads), QLocale().toString(r.changed), QLocale().toString(r.promoted));
        m_status->setText(message);
        emit statusMessage(message);
        if (m_workspace && r.changed + r.promoted > 0)
            m_workspace->leads().announceReset();
        job->deleteLater();
        m_lift->loaded = false;
        if (m_tabs->currentIndex() > 0)
            refreshInsights();
        m_previewTimer->start();
        emit rescoreFinished();
    });
    job->start();
}

void ScoringPage::refreshInsights()
{
    if (!m_workspace || m_lift->running)
        return;
    m_lift->running = true;
    m_advice->setText(tr("Reading the outcomes…"));
    const QString path = m_workspace->path();
    int threshold = m_stored.mqlThreshold;
    auto result = std::make_shared<LiftData>();
    QPointer<ScoringPage> self(this);
    QThread *thread = QThread::create([path, threshold, result] {
        try {
            auto db = Database::open(path, Database::Access::ReadOnly);
            result->advice = ScoringInsights::advise(*db, threshold);
            result->lift = ScoringInsights::lift(*db);
        } catch (const StorageError &e) {
            result->error = e.message();
        }
    });
    connect(thread, &QThread::finished, this, [this, thread, result, path] {
        thread->deleteLater();
        m_lift->running = false;
        if (!m_workspace || m_workspace->path() != path)
            return;
        *m_lift = *result;
        m_lift->loaded = true;
        const QLocale locale;
        if (!result->error.isEmpty()) {
            m_advice->setText(result->error);
            return;
        }
        const ScoringInsights::ThresholdAdvice &a = result->advice;
        m_advice->setText(tr("%1 leads; %2 with a known outcome (%3 became customers, %4 were lost or disqualified).")
                              .arg(locale.toString(a.leads), locale.toString(a.known), locale.toString(a.customers),
                                   locale.toString(a.lost))
                          + QLatin1Char('\n') + a.explanation);
        ScoringCharts::showAdvice(m_adviceChart, a);
        m_adviceTable->clear();
        for (const ScoringInsights::ThresholdRow &r : a.rows) {
            const bool current = r.threshold == a.currentThreshold;
            const bool suggested = a.suggested && r.threshold == *a.suggested;
            if (r.threshold % 5 != 0 && !current && !suggested)
                continue;
            QString label = locale.toString(r.threshold);
            if (current)
                label += tr(" (current)");
            if (suggested)
                label += tr(" (suggested)");
            auto *item = new QTreeWidgetItem({label, percent(r.customerShare), percent(r.salesShare),
                                              r.knownAbove ? percent(r.precision) : QString(), locale.toString(r.leadsAbove)});
            item->setData(0, Qt::UserRole, r.threshold);
            if (current || suggested) {
                QFont f = item->font(0);
                f.setBold(true);
                for (int c = 0; c < 5; ++c)
                    item->setFont(c, f);
            }
            m_adviceTable->addTopLevelItem(item);
        }
        m_suggested = a.suggested.value_or(0);
        m_useSuggested->setEnabled(a.suggested.has_value() && !m_readOnly);
        m_useSuggested->setText(a.suggested ? tr("Use the suggested threshold (%1)").arg(*a.suggested)
                                            : tr("Use the suggested threshold"));
        const QString key = m_liftAttribute->currentData().toString();
        m_liftAttribute->blockSignals(true);
        m_liftAttribute->clear();
        for (const ScoringInsights::AttributeLift &attr : result->lift.attributes)
            m_liftAttribute->addItem(attr.label, attr.key);
        m_liftAttribute->setCurrentIndex(std::max(0, m_liftAttribute->findData(key)));
        m_liftAttribute->blockSignals(false);
        showLift();
        emit previewUpdated();
    });
    thread->start(QThread::LowPriority);
}

void ScoringPage::showLift()
{
    m_liftTable->clear();
    const ScoringInsights::LiftReport &report = m_lift->lift;
    const QLocale locale;
    m_liftSummary->setText(report.known == 0
                               ? tr("No lead has an outcome yet (became a customer, or was lost or disqualified).")
                               : tr("Overall, %1 of the %2 leads with a known outcome became customers. Lift above 1: the "
                                    "value converts better than average; below 1: worse.")
                                     .arg(percent(report.overallRate), locale.toString(report.known)));
    const QString key = m_liftAttribute->currentData().toString();
    for (const ScoringInsights::AttributeLift &attr : report.attributes) {
        if (attr.key != key)
            continue;
        for (const ScoringInsights::LiftRow &r : attr.rows) {
            QString value = r.value.isEmpty() ? tr("(none)") : r.value;
            if (attr.key == QLatin1String("source") && !r.value.isEmpty())
                value = LeadSources::displayName(r.value);
            auto *item = new QTreeWidgetItem({value, locale.toString(r.leads), locale.toString(r.customers),
                                              percent(r.rate), locale.toString(r.lift, 'f', 2)});
            for (int c = 1; c < 5; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            item->setForeground(4, r.lift >= 1.2 ? QColor(0x15, 0x80, 0x3d)
                                   : r.lift <= 0.8 ? QColor(0xb9, 0x1c, 0x1c)
                                                   : palette().color(QPalette::Text));
            item->setData(4, Qt::UserRole, r.lift);
            m_liftTable->addTopLevelItem(item);
        }
        if (attr.rows.isEmpty() && report.known > 0)
            m_liftSummary->setText(m_liftSummary->text() + QLatin1Char('\n')
                                   + tr("No value of %1 has 5 or more leads with a known outcome yet.").arg(attr.label));
    }
}
