#include "LeadsPage.h"

#include "LeadCommands.h"
#include "LeadDetailPanel.h"
#include "LeadFilterBar.h"
#include "LeadTableModel.h"
#include "MergeLeadsDialog.h"
#include "NewLeadDialog.h"

#include "leads/LeadRepository.h"
#include "distribution/Router.h"
#include "settings/Settings.h"
#include "shell/ErrorReporting.h"
#include "shell/Icons.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

LeadsPage::LeadsPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("leadsPage"));
    m_filterBar = new LeadFilterBar(this);
    m_model = new LeadTableModel(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leadTable"));
    m_table->setAccessibleName(tr("Leads"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnWidth(LeadTableModel::NameColumn, 180);
    m_table->setColumnWidth(LeadTableModel::CompanyColumn, 200);
    m_table->setColumnWidth(LeadTableModel::EmailColumn, 230);
    m_table->setColumnWidth(LeadTableModel::ScoreColumn, 60);
    m_table->setColumnWidth(LeadTableModel::TemperatureColumn, 95);

    // Empty workspace: say so, and offer the two ways to fill it.
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyLeads"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    auto *emptyText = new QLabel(tr("This workspace has no leads yet."), empty);
    emptyText->setAlignment(Qt::AlignCenter);
    QFont f = emptyText->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    emptyText->setFont(f);
    emptyLayout->addWidget(emptyText);
    auto *emptyHint = new QLabel(tr("Add one by hand, or load a demo data set to try Leadbench."), empty);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyHint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *newButton = new QPushButton(Icons::icon(Icons::Glyph::NewLead), tr("New lead…"), empty);
    newButton->setObjectName(QStringLiteral("emptyNewLead"));
    connect(newButton, &QPushButton::clicked, this, &LeadsPage::newLead);
    auto *demoButton = new QPushButton(Icons::icon(Icons::Glyph::Demo), tr("Load demo data…"), empty);
    demoButton->setObjectName(QStringLiteral("emptyLoadDemo"));
    connect(demoButton, &QPushButton::clicked, this, &LeadsPage::demoRequested);
    buttons->addWidget(newButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(2);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(empty);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_listStack, 1);

    m_detail = new LeadDetailPanel(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("leadsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({900, 440});
    // No fixed minimum width: the panel's layout asks for what its texts need (more in translation).

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_filterBar, &LeadFilterBar::filterChanged, this, [this](const LeadFilter &filter) {
        m_model->setFilter(filter);
        m_table->setProperty("keepScroll", QVariant()); // a new filter starts at the top
        m_table->scrollToTop();
        restoreSelection();
    });
    connect(m_model, &LeadTableModel::countsChanged, this, [this](qint64 shown, qint64 total) {
        updateEmptyState();
        emit countsChanged(shown, total);
    });
    connect(m_model, &LeadTableModel::modelAboutToBeReset, this, [this] {
        m_table->setProperty("keepScroll", m_table->verticalScrollBar()->value());
    });
    connect(m_model, &LeadTableModel::refreshed, this, &LeadsPage::restoreSelection);
    connect(m_model, &LeadTableModel::loadFailed, this,
            [this](const QString &message) { emit statusMessage(tr("Cannot read the leads: %1").arg(message)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeadsPage::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(int(m_table->selectionModel()->selectedRows().size())); });
    connect(m_table, &QTableView::activated, this, [this] { m_detail->setFocus(); });
}

QString LeadsPage::title() const
{
    return tr("Leads");
}

QIcon LeadsPage::icon() const
{
    return Icons::icon(Icons::Glyph::Leads);
}

void LeadsPage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    m_workspace = workspace;
    m_undo = undoStack;
    m_current = 0;
    m_filterBar->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    m_table->horizontalHeader()->setSortIndicator(LeadTableModel::CreatedColumn, Qt::DescendingOrder);
    m_detail->setWorkspace(workspace, undoStack);
    if (workspace) {
        connect(&workspace->leads(), &LeadRepository::reset, m_filterBar, &LeadFilterBar::reloadChoices);
        if (m_model->rowCount() > 0)
            selectLead(m_model->leadId(0));
    }
    updateEmptyState();
}

void LeadsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_detail->setReadOnly(readOnly);
}

void LeadsPage::updateEmptyState()
{
    const bool empty = m_workspace && m_model->totalLeads() == 0;
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    m_filterBar->setEnabled(m_workspace && !empty);
}

QList<qint64> LeadsPage::selectedLeadIds() const
{
    return m_model->leadIds(m_table->selectionModel()->selection());
}

qint64 LeadsPage::currentLeadId() const
{
    return m_current;
}

void LeadsPage::selectLead(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LeadsPage::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_current = current.isValid() ? m_model->leadId(current.row()) : 0;
    m_detail->setLead(m_current);
}

void LeadsPage::restoreSelection()
{
    // After a reset the rows moved: find the lead the person was on, wherever it is now.
    const QVariant scroll = m_table->property("keepScroll");
    if (scroll.isValid())
        m_table->verticalScrollBar()->setValue(scroll.toInt());
    const qint64 keep = m_current;
    if (keep == 0)
        return;
    const int row = m_model->rowOf(keep);
    if (row < 0) {
        m_detail->setLead(keep); // filtered out of the list, still shown in the detail
        return;
    }
    const QSignalBlocker blocker(m_table->selectionModel());
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->viewport()->update();
}

void LeadsPage::newLead()
{
    if (!m_workspace || m_readOnly)
        return;
    NewLeadDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new CreateLeadCommand(*m_workspace, dialog.lead());
    if (WorkspaceCommand::run(m_undo, this, command)) {
        const qint64 id = command->leadId();
        m_model->refresh();
        m_current = id;
        m_detail->setLead(id);
        selectLead(id);
    }
}

void LeadsPage::deleteSelected()
{
    if (!m_workspace || m_readOnly)
        return;
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty())
        return;
    if (ids.size() > 1) {
        Settings settings;
        if (settings.value(Settings::Key::ConfirmDeleteMany).toBool()
            && !askYesNo(this, tr("Delete leads"),
                         tr("Delete %n leads with their activities? Edit > Undo brings them back.", nullptr,
                            int(ids.size())),
                         QMessageBox::No))
            return;
    }
    const QString text = ids.size() == 1 ? tr("Delete lead") : tr("Delete %n leads", nullptr, int(ids.size()));
    WorkspaceCommand::run(m_undo, this, new DeleteLeadsCommand(*m_workspace, ids, text));
    emit statusMessage(tr("Deleted %n lead(s). Undo brings them back.", nullptr, int(ids.size())));
}

void LeadsPage::mergeSelected()
{
    if (!m_workspace || m_readOnly)
        return;
    const QList<qint64> ids = selectedLeadIds();
    if (ids.size() != 2) {
        inform(this, tr("Merge leads"), tr("Select exactly two leads to merge (Ctrl+click the second one)."));
        return;
    }
    std::optional<Lead> a, b;
    int activitiesA = 0, activitiesB = 0;
    if (!guarded(this, tr("Merge leads"), [&] {
            a = m_workspace->leads().get(ids[0]);
            b = m_workspace->leads().get(ids[1]);
            activitiesA = int(m_workspace->leads().activities(ids[0]).size());
            activitiesB = int(m_workspace->leads().activities(ids[1]).size());
        }))
        return;
    MergeLeadsDialog dialog(*a, *b, activitiesA, activitiesB, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MergePlan plan = dialog.plan();
    if (WorkspaceCommand::run(m_undo, this, new MergeLeadsCommand(*m_workspace, plan))) {
        m_model->refresh();
        m_current = plan.survivorId;
        selectLead(plan.survivorId);
        m_detail->setLead(plan.survivorId);
    }
}

void LeadsPage::changeStage()
{
    m_detail->changeStage();
}

void LeadsPage::logCall()
{
    m_detail->logActivity(int(ActivityType::Call));
}

void LeadsPage::addNote()
{
    m_detail->logActivity(int(ActivityType::Note));
}

void LeadsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void LeadsPage::showLead(qint64 id)
{
    if (!m_workspace || id <= 0)
        return;
    if (m_model->rowOf(id) < 0)
        m_filterBar->clear();
    m_current = id;
    selectLead(id);
    m_detail->setLead(id);
}

void LeadsPage::assignSelected()
{
    if (!m_workspace || m_readOnly)
        return;
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty())
        return;
    QStringList names{tr("Nobody (unassigned)")};
    QList<qint64> repIds{0};
    quietly([&] {
        for (const Rep &r : m_workspace->reps().all()) {
            names << r.name;
            repIds << r.id;
        }
    });
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Assign to rep"),
                                                 tr("Give the %n selected lead(s) to:", nullptr, int(ids.size())), names, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const qint64 rep = repIds.value(names.indexOf(chosen));
    if (guarded(this, tr("Assign to rep"), [&] { Router(*m_workspace).reassign(ids, rep, tr("assigned by hand")); }))
        emit statusMessage(tr("%n lead(s) assigned to %1.", nullptr, int(ids.size())).arg(chosen));
}

void LeadsPage::routeSelected()
{
    if (!m_workspace || m_readOnly)
        return;
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty())
        return;
    int routed = 0;
    if (guarded(this, tr("Route"), [&] {
            for (const Router::Decision &d : Router(*m_workspace).route(ids))
                routed += d.repId ? 1 : 0;
        }))
        emit statusMessage(tr("%L1 of %n lead(s) routed by the rules.", nullptr, int(ids.size())).arg(routed));
}
