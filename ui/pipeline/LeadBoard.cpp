#include "LeadBoard.h"

#include "BoardColumnView.h"
#include "BoardDragController.h"
#include "DealCardDelegate.h"
#include "DealCommands.h"
#include "DealEditorDialog.h"

#include "leads/LeadCommands.h"
#include "leads/LeadTableModel.h"

#include "leads/LeadRepository.h"
#include "pipeline/PipelineRepository.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int ColumnWidth = 236;

// A lead card: name, company, score in its temperature's colour, owner initials.
class LeadCardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QAbstractItemModel *m = index.model();
        const int row = index.row();
        const QString name = m->index(row, LeadTableModel::NameColumn).data().toString();
        if (name.isEmpty() && !m->index(row, 0).data(LeadTableModel::LeadIdRole).isValid())
            return;
        const QString company = m->index(row, LeadTableModel::CompanyColumn).data().toString();
        const QString score = m->index(row, LeadTableModel::ScoreColumn).data().toString();
        const QString temperature = m->index(row, LeadTableModel::TemperatureColumn).data().toString();
        const QColor hot = m->index(row, LeadTableModel::TemperatureColumn).data(Qt::ForegroundRole).value<QBrush>().color();
        const QString owner = m->index(row, LeadTableModel::OwnerColumn).data().toString();
        QString initials;
        for (const QString &part : owner.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            initials += part.at(0).toUpper();
            if (initials.size() == 2)
                break;
        }
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QRect card = CardPainter::cardRect(option.rect);
        CardPainter::background(p, option, card, hot);
        const QRect inner = card.adjusted(12, 6, -10, -6);
        const QFontMetrics fm(option.font);
        const int line = fm.height();
        QFont bold = option.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(option.palette.color(QPalette::Text));
        p->drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(bold).elidedText(name.isEmpty() ? QStringLiteral("—") : name, Qt::ElideRight, inner.width()));
        p->setFont(option.font);
        QColor muted = option.palette.color(QPalette::Text);
        muted.setAlphaF(0.62f);
        p->setPen(muted);
        const int circle = line + 4;
        const QRect avatar(inner.right() - circle + 1, inner.bottom() - circle + 1, circle, circle);
        p->drawText(QRect(inner.left(), inner.top() + line + 2, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(company, Qt::ElideRight, inner.width()));
        p->setPen(hot);
        p->drawText(QRect(inner.left(), avatar.top(), avatar.left() - inner.left() - 4, circle),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    LeadBoard::tr("Score %1 · %2").arg(score, temperature));
        CardPainter::initials(p, avatar, initials, option.palette);
        p->restore();
    }
};

} // namespace

LeadBoard::LeadBoard(QWidget *parent)
    : QWidget(parent)
    , m_gate(std::make_unique<ReasonMoveGate>())
{
    setObjectName(QStringLiteral("leadBoard"));
    m_drag = new BoardDragController(this);
    connect(m_drag, &BoardDragController::dropped, this,
            [this](BoardColumnView *from, int fromRow, BoardColumnView *to, int toRow) {
                QPointer<BoardColumnView> f(from), t(to);
                QTimer::singleShot(0, this, [this, f, fromRow, t, toRow] {
                    if (f && t)
                        onDropped(f, fromRow, t, toRow);
                });
            });
    auto *strip = new QWidget(this);
    auto *stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(4, 4, 4, 4);
    stripLayout->setSpacing(8);
    auto *delegate = new LeadCardDelegate(this);
    QList<BoardColumnView *> views;
    for (Stage stage : Lifecycle::allStages()) {
        Column c;
        c.stage = stage;
        c.frame = new QFrame(strip);
        c.frame->setObjectName(QStringLiteral("leadColumn"));
        c.frame->setFixedWidth(ColumnWidth);
        auto *layout = new QVBoxLayout(c.frame);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        c.header = new QLabel(c.frame);
        c.header->setObjectName(QStringLiteral("columnHeader"));
        c.header->setTextFormat(Qt::PlainText);
        c.header->setMargin(6);
        c.header->setAutoFillBackground(true);
        QPalette pal = c.header->palette();
        pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
        c.header->setPalette(pal);
        layout->addWidget(c.header);
        c.model = new LeadTableModel(c.frame);
        c.view = new BoardColumnView(m_drag, c.frame);
        c.view->setObjectName(QStringLiteral("leadColumnView"));
        c.view->setAccessibleName(tr("Leads at %1").arg(Lifecycle::displayName(stage)));
        c.view->setModel(c.model);
        for (int col = 1; col < LeadTableModel::ColumnCount; ++col)
            c.view->setColumnHidden(col, true);
        c.view->setItemDelegate(delegate);
        c.view->setCardHeight(c.view->fontMetrics().height() * 3 + 30);
        QPalette viewPalette = c.view->palette();
        viewPalette.setColor(QPalette::Base, viewPalette.color(QPalette::Window));
        c.view->viewport()->setPalette(viewPalette);
        c.view->viewport()->setAutoFillBackground(true);
        layout->addWidget(c.view, 1);
        stripLayout->addWidget(c.frame);
        BoardColumnView *view = c.view;
        connect(c.model, &LeadTableModel::countsChanged, this, [this, view] {
            const int i = columnOf(view);
            if (i >= 0)
                updateHeader(m_columns[i]);
        });
        connect(c.model, &LeadTableModel::loadFailed, this,
                [this](const QString &message) { emit statusMessage(tr("Cannot read the leads: %1").arg(message)); });
        connect(view, &BoardColumnView::moveRequested, this, [this, view](int d) { moveCurrent(columnOf(view), d); });
        connect(view, &BoardColumnView::focusNeighbour, this, [this, view](int d) {
            const int target = columnOf(view) + d;
            if (target >= 0 && target < m_columns.size()) {
                m_columns[target].view->setFocus();
                m_scroll->ensureWidgetVisible(m_columns[target].frame, 0, 0);
                if (m_columns[target].view->currentRow() < 0)
                    m_columns[target].view->selectRow(0);
            }
        });
        connect(view, &BoardColumnView::contextMenuRequested, this,
                [this, view](int row, const QPoint &pos) { showContextMenu(columnOf(view), row, pos); });
        connect(view, &BoardColumnView::openRequested, this, [this, view](int row) {
            const int i = columnOf(view);
            if (i >= 0 && row >= 0) {
                if (const qint64 id = m_columns[i].model->leadId(row))
                    emit openLeadRequested(id);
            }
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view](const QModelIndex &i) {
            if (!i.isValid())
                return;
            for (Column &other : m_columns) {
                if (other.view != view)
                    other.view->selectionModel()->clear();
            }
        });
        views << view;
        m_columns << c;
    }
    stripLayout->addStretch(1);
    m_drag->setViews(views);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("leadBoardScroll"));
    m_scroll->setWidget(strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

LeadBoard::~LeadBoard() = default;

void LeadBoard::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    m_workspace = workspace;
    m_undo = undoStack;
    for (Column &c : m_columns) {
        // Newest first within a stage: the stage's own index gives that order, cheap at any size.
        LeadPager::Spec spec;
        spec.filter = m_filter;
        spec.filter.stages = {c.stage};
        spec.sort = LeadSort::Stage;
        spec.order = Qt::DescendingOrder;
        c.model->setWorkspace(workspace, spec);
        updateHeader(c);
    }
}

void LeadBoard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void LeadBoard::setFilter(const QList<qint64> &owners, const QString &search)
{
    m_filter.owners = owners;
    m_filter.search = search;
    if (!m_workspace)
        return;
    for (Column &c : m_columns) {
        LeadFilter f = m_filter;
        f.stages = {c.stage};
        c.model->setFilter(f);
    }
}

void LeadBoard::setMoveGate(std::unique_ptr<LeadMoveGate> gate)
{
    if (gate)
        m_gate = std::move(gate);
}

Stage LeadBoard::stage(int column) const
{
    return m_columns.at(column).stage;
}

BoardColumnView *LeadBoard::view(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).view : nullptr;
}

LeadTableModel *LeadBoard::model(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).model : nullptr;
}

QLabel *LeadBoard::header(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).header : nullptr;
}

int LeadBoard::columnOf(const BoardColumnView *view) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).view == view)
            return int(i);
    }
    return -1;
}

void LeadBoard::updateHeader(Column &c)
{
    const qint64 count = m_workspace ? c.model->rowCount() : 0;
    c.header->setText(tr("%1 · %2").arg(Lifecycle::displayName(c.stage), QLocale().toString(count)));
}

bool LeadBoard::moveLead(qint64 leadId, Stage to)
{
    if (!m_workspace)
        return false;
    if (m_readOnly) {
        emit statusMessage(tr("The workspace is read-only: leads cannot be moved."));
        return false;
    }
    std::optional<Lead> lead;
    if (!guarded(this, tr("Move lead"), [&] { lead = m_workspace->leads().get(leadId); }))
        return false;
    if (lead->stage == to)
        return false;
    const std::optional<LeadMoveGate::Decision> decision = m_gate->decide(this, *m_workspace, *lead, to);
    if (!decision)
        return false;
    if (decision->command) {
        // The gate's own work (a qualification, a deal, a follow-up task), even when the stage stays.
        if (!WorkspaceCommand::run(m_undo, this, decision->command()))
            return false;
        std::optional<Lead> after;
        quietly([&] { after = m_workspace->leads().find(leadId); });
        const Stage now = after ? after->stage : decision->to;
        emit statusMessage(tr("Moved %1 to %2.").arg(lead->displayName(), Lifecycle::displayName(now)));
        return now != lead->stage;
    }
    if (decision->to == lead->stage)
        return false;
    if (!WorkspaceCommand::run(m_undo, this,
                               new ChangeStageCommand(*m_workspace, leadId, lead->stage, decision->to, decision->reason)))
        return false;
    emit statusMessage(tr("Moved %1 to %2.").arg(lead->displayName(), Lifecycle::displayName(decision->to)));
    return true;
}

void LeadBoard::onDropped(BoardColumnView *from, int fromRow, BoardColumnView *to, int)
{
    const int fromColumn = columnOf(from);
    const int toColumn = columnOf(to);
    if (fromColumn < 0 || toColumn < 0 || fromColumn == toColumn)
        return; // within a stage, leads are ordered by recency
    const qint64 leadId = m_columns[fromColumn].model->leadId(fromRow);
    if (leadId)
        moveLead(leadId, m_columns[toColumn].stage);
}

void LeadBoard::moveCurrent(int column, int columnDelta)
{
    const int target = column + columnDelta;
    if (column < 0 || target < 0 || target >= m_columns.size())
        return;
    const qint64 leadId = m_columns[column].model->leadId(m_columns[column].view->currentRow());
    if (leadId && moveLead(leadId, m_columns[target].stage))
        m_columns[target].view->setFocus();
}

void LeadBoard::showContextMenu(int column, int row, const QPoint &globalPos)
{
    if (column < 0 || row < 0)
        return;
    const qint64 leadId = m_columns[column].model->leadId(row);
    if (!leadId)
        return;
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open lead"), this, [this, leadId] { emit openLeadRequested(leadId); });
    menu.setDefaultAction(open);
    menu.addAction(tr("Create &deal…"), this, [this, leadId] { createDeal(leadId); })->setEnabled(!m_readOnly);
    QMenu *moveTo = menu.addMenu(tr("&Move to"));
    for (const Column &c : std::as_const(m_columns)) {
        QAction *a = moveTo->addAction(Lifecycle::displayName(c.stage), this,
                                       [this, leadId, s = c.stage] { moveLead(leadId, s); });
        a->setEnabled(!m_readOnly && c.stage != m_columns[column].stage);
    }
    menu.exec(globalPos);
}

void LeadBoard::createDeal(qint64 leadId)
{
    if (!m_workspace || m_readOnly)
        return;
    Deal deal;
    std::optional<Lead> lead;
    if (!guarded(this, tr("New deal"), [&] {
            lead = m_workspace->leads().get(leadId);
            deal.pipelineId = m_workspace->pipelines().ensureDefault();
        }))
        return;
    deal.leadId = leadId;
    deal.company = lead->company;
    deal.ownerId = lead->ownerId;
    deal.title = lead->company.isEmpty() ? lead->displayName() : lead->company;
    DealEditorDialog dialog(*m_workspace, deal, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (WorkspaceCommand::run(m_undo, this, new CreateDealCommand(*m_workspace, dialog.deal(), DealPlacement::top())))
        emit statusMessage(tr("Added %1 for %2.").arg(dialog.deal().title, lead->displayName()));
}
