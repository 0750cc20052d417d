#include "PipelinePage.h"

#include "DealBoard.h"
#include "LeadBoard.h"
#include "PipelineSettingsDialog.h"

#include "distribution/RepRepository.h"
#include "qualification/BantMoveGate.h"
#include "leads/LeadRepository.h"
#include "pipeline/PipelineRepository.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Three columns of cards, drawn here so the page has its icon without a theme.
QIcon boardIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal u = size / 16.0;
        const QColor colors[] = {QColor(0x25, 0x63, 0xeb), QColor(0xd9, 0x77, 0x06), QColor(0x16, 0xa3, 0x4a)};
        const int cards[] = {3, 2, 1};
        for (int c = 0; c < 3; ++c) {
            for (int k = 0; k < cards[c]; ++k) {
                p.setPen(Qt::NoPen);
                p.setBrush(colors[c]);
                p.drawRoundedRect(QRectF((1 + c * 5) * u, (1.5 + k * 4.5) * u, 4 * u, 3.6 * u), u, u);
            }
        }
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace

PipelinePage::PipelinePage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("pipelinePage"));

    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("pipelineCombo"));
    m_pipeline->setAccessibleName(tr("Pipeline"));
    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pipeline->setMinimumContentsLength(10);
    connect(m_pipeline, &QComboBox::activated, this,
            [this] { m_deals->setPipeline(m_pipeline->currentData().toLongLong()); });

    m_pipelineMenu = new QToolButton(this);
    m_pipelineMenu->setObjectName(QStringLiteral("pipelineMenu"));
    m_pipelineMenu->setText(tr("Pipeline"));
    m_pipelineMenu->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_pipelineMenu);
    menu->addAction(tr("&Edit stages…"), this, &PipelinePage::editPipeline)->setObjectName(QStringLiteral("actionEditPipeline"));
    menu->addAction(tr("&New pipeline…"), this, &PipelinePage::newPipeline)->setObjectName(QStringLiteral("actionNewPipeline"));
    menu->addAction(tr("&Delete pipeline…"), this, &PipelinePage::deletePipeline)
        ->setObjectName(QStringLiteral("actionDeletePipeline"));
    m_pipelineMenu->setMenu(menu);

    m_newDeal = new QPushButton(tr("New deal…"), this);
    m_newDeal->setObjectName(QStringLiteral("newDeal"));

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(10);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &PipelinePage::applyFilters);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search title, company or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &PipelinePage::applyFilters);

    m_closeFilter = new QCheckBox(tr("Closing between"), this);
    m_closeFilter->setObjectName(QStringLiteral("closeFilter"));
    m_closeFrom = new QDateEdit(QDate::currentDate().addDays(-QDate::currentDate().day() + 1), this);
    m_closeFrom->setObjectName(QStringLiteral("closeFrom"));
    m_closeFrom->setAccessibleName(tr("Close date from"));
    m_closeTo = new QDateEdit(m_closeFrom->date().addMonths(3).addDays(-1), this);
    m_closeTo->setObjectName(QStringLiteral("closeTo"));
    m_closeTo->setAccessibleName(tr("Close date to"));
    for (QDateEdit *e : {m_closeFrom, m_closeTo}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        e->setEnabled(false);
        connect(e, &QDateEdit::dateChanged, this, &PipelinePage::applyFilters);
    }
    connect(m_closeFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_closeFrom->setEnabled(on);
        m_closeTo->setEnabled(on);
        applyFilters();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pipeline);
    bar->addWidget(m_pipelineMenu);
    bar->addWidget(m_newDeal);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Owner:"), this));
    bar->addWidget(m_owner);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_closeFilter);
    bar->addWidget(m_closeFrom);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_closeTo);

    m_deals = new DealBoard(this);
    m_leads = new LeadBoard(this);
    m_leads->setMoveGate(std::make_unique<BantMoveGate>()); // to SQL through the BANT dialog
    connect(m_newDeal, &QPushButton::clicked, m_deals, &DealBoard::newDeal);
    connect(m_deals, &DealBoard::statusMessage, this, &Page::statusMessage);
    connect(m_leads, &LeadBoard::statusMessage, this, &Page::statusMessage);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("boardTabs"));
    m_tabs->addTab(m_deals, tr("&Deals"));
    m_tabs->addTab(m_leads, tr("L&eads"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateControls(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    updateControls();
}

QString PipelinePage::title() const
{
    return tr("Pipeline");
}

QIcon PipelinePage::icon() const
{
    return boardIcon();
}

void PipelinePage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->pipelines(), nullptr, this, nullptr);
        disconnect(&m_workspace->reps(), nullptr, this, nullptr);
        disconnect(&m_workspace->leads(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undo = undoStack;
    {
        const QSignalBlocker a(m_owner), b(m_search), c(m_closeFilter);
        m_search->clear();
        m_closeFilter->setChecked(false);
        m_closeFrom->setEnabled(false);
        m_closeTo->setEnabled(false);
        reloadOwners();
    }
    m_deals->setFilter(DealFilter());
    m_deals->setWorkspace(workspace, undoStack);
    m_leads->setFilter({}, QString());
    m_leads->setWorkspace(workspace, undoStack);
    if (workspace) {
        connect(&workspace->pipelines(), &PipelineRepository::changed, this, &PipelinePage::reloadPipelines);
        connect(&workspace->reps(), &RepRepository::changed, this, &PipelinePage::reloadOwners);
        // Bulk loads (the demo, imports) bring pipelines and reps without a signal of their own.
        connect(&workspace->leads(), &LeadRepository::reset, this, [this] {
            reloadPipelines();
            reloadOwners();
        });
    }
    reloadPipelines();
    updateControls();
}

void PipelinePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_deals->setReadOnly(readOnly);
    m_leads->setReadOnly(readOnly);
    updateControls();
}

void PipelinePage::updateControls()
{
    const bool open = m_workspace != nullptr;
    const bool onDeals = m_tabs->currentWidget() == m_deals;
    m_pipeline->setVisible(onDeals);
    m_pipelineMenu->setVisible(onDeals);
    m_newDeal->setVisible(onDeals);
    m_closeFilter->setVisible(onDeals);
    m_closeFrom->setVisible(onDeals);
    m_closeTo->setVisible(onDeals);
    m_newDeal->setEnabled(open && !m_readOnly);
    m_pipelineMenu->setEnabled(open && !m_readOnly);
    for (QWidget *w : {static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_search),
                       static_cast<QWidget *>(m_closeFilter), static_cast<QWidget *>(m_pipeline)})
        w->setEnabled(open);
}

void PipelinePage::reloadPipelines()
{
    const QSignalBlocker blocker(m_pipeline);
    m_pipeline->clear();
    if (!m_workspace)
        return;
    quietly([&] {
        for (const Pipeline &p : m_workspace->pipelines().all())
            m_pipeline->addItem(p.name, p.id);
    });
    const int index = m_pipeline->findData(m_deals->pipelineId());
    m_pipeline->setCurrentIndex(index >= 0 ? index : 0);
}

void PipelinePage::reloadOwners()
{
    const qint64 current = m_owner->currentIndex() >= 0 ? m_owner->currentData().toLongLong() : -1;
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), qint64(-1));
    m_owner->addItem(tr("Unassigned"), qint64(0));
    if (m_workspace) {
        quietly([&] {
            for (const Rep &rep : m_workspace->reps().all())
                m_owner->addItem(rep.name, rep.id);
        });
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

void PipelinePage::applyFilters()
{
    m_searchTimer->stop();
    DealFilter f;
    const qint64 owner = m_owner->currentIndex() >= 0 ? m_owner->currentData().toLongLong() : -1;
    if (owner >= 0)
        f.owners = {owner};
    f.search = m_search->text();
    if (m_closeFilter->isChecked()) {
        f.closeFrom = std::min(m_closeFrom->date(), m_closeTo->date());
        f.closeTo = std::max(m_closeFrom->date(), m_closeTo->date());
    }
    m_deals->setFilter(f);
    m_leads->setFilter(f.owners, f.search);
}

void PipelinePage::newPipeline()
{
    if (!m_workspace || m_readOnly)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New pipeline"),
                                               tr("Name of the pipeline (it starts with the usual stages):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    qint64 id = 0;
    if (!guarded(this, tr("New pipeline"), [&] { id = m_workspace->pipelines().create(name); }))
        return;
    m_deals->setPipeline(id);
    reloadPipelines();
    editPipeline();
}

void PipelinePage::editPipeline()
{
    if (!m_workspace || m_readOnly)
        return;
    if (m_deals->pipelineId() == 0) {
        if (!guarded(this, tr("Pipeline settings"), [&] { m_deals->setPipeline(m_workspace->pipelines().ensureDefault()); }))
            return;
    }
    PipelineSettingsDialog dialog(*m_workspace, m_deals->pipeline(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Saved the pipeline %1.").arg(dialog.pipeline().name));
}

void PipelinePage::deletePipeline()
{
    if (!m_workspace || m_readOnly || m_deals->pipelineId() == 0)
        return;
    const Pipeline p = m_deals->pipeline();
    if (!askYesNo(this, tr("Delete pipeline"), tr("Delete the pipeline %1 and its stages?").arg(p.name), QMessageBox::No))
        return;
    if (guarded(this, tr("Delete pipeline"), [&] { m_workspace->pipelines().remove(p.id); }))
        emit statusMessage(tr("Deleted the pipeline %1.").arg(p.name));
}
