#include "DealBoard.h"

#include "BoardColumnView.h"
#include "BoardDragController.h"
#include "CloseDealDialog.h"
#include "DealCardDelegate.h"
#include "DealColumnModel.h"
#include "DealCommands.h"
#include "DealEditorDialog.h"
#include "Money.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "pipeline/DealRepository.h"
#include "pipeline/PipelineRepository.h"
#include "settings/Formats.h"
#include "shell/ErrorReporting.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int ColumnWidth = 268;
} // namespace

DealBoard::DealBoard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dealBoard"));
    m_drag = new BoardDragController(this);
    m_delegate = new DealCardDelegate(this);
    connect(m_drag, &BoardDragController::dropped, this,
            [this](BoardColumnView *from, int fromRow, BoardColumnView *to, int toRow) {
                // After the mouse event that ended the drag: the move may open a dialog and reset the views.
                QPointer<BoardColumnView> f(from), t(to);
                QTimer::singleShot(0, this, [this, f, fromRow, t, toRow] {
                    if (f && t)
                        onDropped(f, fromRow, t, toRow);
                });
            });

    m_strip = new QWidget(this);
    m_strip->setObjectName(QStringLiteral("dealColumns"));
    m_stripLayout = new QHBoxLayout(m_strip);
    m_stripLayout->setContentsMargins(4, 4, 4, 4);
    m_stripLayout->setSpacing(8);
    m_stripLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("dealBoardScroll"));
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty = new QLabel(tr("No pipeline yet. Create one with \"New pipeline\", or add a deal."), this);
    m_empty->setObjectName(QStringLiteral("dealBoardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_empty, 1);
}

DealBoard::~DealBoard() = default;

void DealBoard::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->deals(), nullptr, this, nullptr);
        disconnect(&m_workspace->pipelines(), nullptr, this, nullptr);
        disconnect(&m_workspace->leads(), nullptr, this, nullptr);
        disconnect(&m_workspace->reps(), nullptr, this, nullptr);
        disconnect(&m_workspace->tasks(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undo = undoStack;
    m_current = 0;
    m_pipeline = Pipeline();
    if (m_workspace) {
        connect(&m_workspace->deals(), &DealRepository::dealsChanged, this, &DealBoard::scheduleRefresh);
        connect(&m_workspace->deals(), &DealRepository::dealsRemoved, this, &DealBoard::scheduleRefresh);
        connect(&m_workspace->deals(), &DealRepository::reset, this, &DealBoard::scheduleRefresh);
        connect(&m_workspace->leads(), &LeadRepository::reset, this, [this] { setPipeline(m_pipeline.id); });
        connect(&m_workspace->reps(), &RepRepository::changed, this, &DealBoard::scheduleRefresh);
        connect(&m_workspace->tasks(), &TaskRepository::changed, this, &DealBoard::scheduleRefresh); // next steps
        connect(&m_workspace->pipelines(), &PipelineRepository::changed, this, [this] { setPipeline(m_pipeline.id); });
    }
    setPipeline(0);
}

void DealBoard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void DealBoard::setPipeline(qint64 pipelineId)
{
    Pipeline chosen;
    if (m_workspace) {
        quietly([&] {
            const QList<Pipeline> all = m_workspace->pipelines().all();
            for (const Pipeline &p : all) {
                if (p.id == pipelineId)
                    chosen = p;
            }
            if (chosen.id == 0 && !all.isEmpty())
                chosen = all.first();
        });
    }
    const bool sameColumns = chosen == m_pipeline && !m_columns.isEmpty();
    m_pipeline = chosen;
    if (!sameColumns)
        rebuildColumns();
    refresh();
}

void DealBoard::setFilter(const DealFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
    for (Column &c : m_columns)
        c.view->scrollToTop();
}

void DealBoard::loadInitials()
{
    QHash<qint64, QString> initials;
    if (m_workspace) {
        quietly([&] {
            for (const Rep &rep : m_workspace->reps().all())
                initials.insert(rep.id, rep.initials());
        });
    }
    m_delegate->setRepInitials(initials);
}

void DealBoard::rebuildColumns()
{
    for (Column &c : m_columns)
        delete c.frame;
    m_columns.clear();
    QList<BoardColumnView *> views;
    for (const PipelineStage &stage : std::as_const(m_pipeline.stages)) {
        Column c;
        c.frame = new QFrame(m_strip);
        c.frame->setObjectName(QStringLiteral("dealColumn"));
        c.frame->setFixedWidth(ColumnWidth);
        auto *layout = new QVBoxLayout(c.frame);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        c.header = new QLabel(c.frame);
        c.header->setObjectName(QStringLiteral("columnHeader"));
        c.header->setTextFormat(Qt::PlainText);
        c.header->setMargin(6);
        c.header->setWordWrap(true);
        c.header->setAutoFillBackground(true);
        QPalette pal = c.header->palette();
        pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
        c.header->setPalette(pal);
        layout->addWidget(c.header);
        c.model = new DealColumnModel(c.frame);
        c.model->setSource(m_workspace ? &m_workspace->deals() : nullptr, stage);
        c.view = new BoardColumnView(m_drag, c.frame);
        c.view->setObjectName(QStringLiteral("dealColumnView"));
        c.view->setAccessibleName(tr("Deals in %1").arg(stage.name));
        c.view->setModel(c.model);
        c.view->setItemDelegate(m_delegate);
        c.view->setCardHeight(c.view->fontMetrics().height() * 3 + 36);
        QPalette viewPalette = c.view->palette();
        viewPalette.setColor(QPalette::Base, viewPalette.color(QPalette::Window));
        c.view->viewport()->setPalette(viewPalette);
        c.view->viewport()->setAutoFillBackground(true);
        layout->addWidget(c.view, 1);
        m_stripLayout->insertWidget(m_stripLayout->count() - 1, c.frame);
        BoardColumnView *view = c.view;
        DealColumnModel *model = c.model;
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view, model](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    const qint64 id = model->dealId(current.row());
                    if (id == 0)
                        return;
                    // One card is current on the board: the other columns forget theirs, so choosing a card
                    // there again is a change the board hears of.
                    for (Column &other : m_columns) {
                        if (other.view != view)
                            other.view->selectionModel()->clear();
                    }
                    if (id != m_current) {
                        m_current = id;
                        emit currentDealChanged(id);
                    }
                });
        connect(model, &DealColumnModel::loadFailed, this,
                [this](const QString &message) { emit statusMessage(tr("Cannot read the deals: %1").arg(message)); });
        connect(view, &BoardColumnView::moveRequested, this, [this, view](int d) { moveCurrent(columnOf(view), d); });
        connect(view, &BoardColumnView::reorderRequested, this, [this, view](int d) { reorderCurrent(columnOf(view), d); });
        connect(view, &BoardColumnView::focusNeighbour, this,
                [this, view](int d) { focusColumn(columnOf(view) + d, columnOf(view)); });
        connect(view, &BoardColumnView::openRequested, this, [this, model](int row) {
            if (const qint64 id = model->dealId(row))
                openDeal(id);
        });
        connect(view, &BoardColumnView::deleteRequested, this, [this, model](int row) {
            if (const qint64 id = model->dealId(row))
                deleteDeal(id);
        });
        connect(view, &BoardColumnView::contextMenuRequested, this,
                [this, view](int row, const QPoint &pos) { showContextMenu(columnOf(view), row, pos); });
        views << view;
        m_columns << c;
    }
    m_drag->setViews(views);
    m_empty->setText(m_workspace ? tr("No pipeline yet. Create one with Pipeline > New pipeline, or add a deal.")
                                 : tr("No workspace is open."));
    m_scroll->setVisible(!m_columns.isEmpty());
    m_empty->setVisible(m_columns.isEmpty());
}

int DealBoard::columnOf(const BoardColumnView *view) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).view == view)
            return int(i);
    }
    return -1;
}

int DealBoard::columnOfStage(qint64 stageId) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).model->stage().id == stageId)
            return int(i);
    }
    return -1;
}

BoardColumnView *DealBoard::view(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).view : nullptr;
}

DealColumnModel *DealBoard::model(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).model : nullptr;
}

QLabel *DealBoard::header(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).header : nullptr;
}

const StageTotals &DealBoard::totals(int column) const
{
    static const StageTotals none;
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).totals : none;
}

void DealBoard::updateHeader(Column &c)
{
    const QLocale locale;
    const PipelineStage &stage = c.model->stage();
    QString text = tr("%1 · %2").arg(stage.name, locale.toString(c.totals.count));
    text += QLatin1Char('\n') + Money::sums(c.totals.currencies, false);
    if (!stage.isClosed())
        text += QLatin1Char('\n') + tr("Weighted: %1").arg(Money::sums(c.totals.currencies, true));
    else
        text += QLatin1Char('\n') + (stage.outcome == DealOutcome::Won ? tr("Closed won") : tr("Closed lost"));
    c.header->setText(text);
    c.header->setToolTip(stage.isClosed()
                             ? tr("%n deal(s) in %1; the sum of their amounts.", nullptr, int(c.totals.count)).arg(stage.name)
                             : tr("%n deal(s) in %1; the sum of their amounts, and that sum weighted by each deal's "
                                  "probability (%2 by default in this stage).",
                                  nullptr, int(c.totals.count))
                                   .arg(stage.name)
                                   .arg(Formats::percent(stage.probability)));
}

void DealBoard::scheduleRefresh()
{
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, &DealBoard::refresh);
}

void DealBoard::refresh()
{
    m_refreshScheduled = false;
    loadInitials();
    QList<StageTotals> totals;
    if (m_workspace && m_pipeline.id) {
        if (!quietly([&] { totals = m_workspace->deals().totals(m_pipeline.id, m_filter); }))
            emit statusMessage(tr("Cannot read the deals of %1.").arg(m_pipeline.name));
    }
    const qint64 keep = m_current;
    for (Column &c : m_columns) {
        c.totals = StageTotals{c.model->stage().id, 0, {}};
        for (const StageTotals &t : std::as_const(totals)) {
            if (t.stageId == c.model->stage().id)
                c.totals = t;
        }
        const int scroll = c.view->verticalScrollBar()->value();
        c.model->reload(m_filter, c.totals.count);
        c.view->verticalScrollBar()->setValue(scroll);
        updateHeader(c);
    }
    m_current = keep;
    if (keep) {
        // The card the person was on, wherever it is now.
        qint64 row = -1;
        std::optional<Deal> deal;
        quietly([&] {
            deal = m_workspace->deals().find(keep);
            if (deal)
                row = m_workspace->deals().rowOf(keep, m_filter);
        });
        const int column = deal ? columnOfStage(deal->stageId) : -1;
        if (column >= 0 && row >= 0) {
            BoardColumnView *v = m_columns[column].view;
            const QSignalBlocker blocker(v->selectionModel());
            const QModelIndex index = v->model()->index(int(row), 0);
            v->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            v->viewport()->update();
        }
    }
    emit refreshed();
}

void DealBoard::selectDeal(qint64 dealId)
{
    if (!m_workspace)
        return;
    std::optional<Deal> deal;
    qint64 row = -1;
    quietly([&] {
        deal = m_workspace->deals().find(dealId);
        if (deal)
            row = m_workspace->deals().rowOf(dealId, m_filter);
    });
    const int column = deal ? columnOfStage(deal->stageId) : -1;
    if (column < 0 || row < 0)
        return;
    m_current = dealId;
    BoardColumnView *v = m_columns[column].view;
    v->selectRow(int(row));
    m_scroll->ensureWidgetVisible(m_columns[column].frame, 0, 0);
}

bool DealBoard::moveDeal(qint64 dealId, qint64 stageId, const DealPlacement &placement)
{
    if (!m_workspace)
        return false;
    if (m_readOnly) {
        emit statusMessage(tr("The workspace is read-only: deals cannot be moved."));
        return false;
    }
    std::optional<Deal> deal;
    std::optional<PipelineStage> stage;
    if (!guarded(this, tr("Move deal"), [&] {
            deal = m_workspace->deals().get(dealId);
            stage = m_workspace->pipelines().findStage(stageId);
        }))
        return false;
    if (!stage)
        return false;
    std::optional<CloseDetails> close;
    if (stage->isClosed() && deal->stageId != stageId) {
        CloseDealDialog dialog(stage->outcome, deal->title, deal->amount, deal->currency, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        close = dialog.details();
    }
    m_current = dealId;
    if (!WorkspaceCommand::run(m_undo, this, new MoveDealCommand(*m_workspace, dealId, deal->title, *stage, placement, close)))
        return false;
    refresh();
    selectDeal(dealId);
    if (deal->stageId != stageId)
        emit statusMessage(tr("Moved %1 to %2.").arg(deal->title, stage->name));
    return true;
}

void DealBoard::onDropped(BoardColumnView *from, int fromRow, BoardColumnView *to, int toRow)
{
    const int fromColumn = columnOf(from);
    const int toColumn = columnOf(to);
    if (fromColumn < 0 || toColumn < 0)
        return;
    DealColumnModel *source = m_columns[fromColumn].model;
    DealColumnModel *target = m_columns[toColumn].model;
    const qint64 dealId = source->dealId(fromRow);
    if (!dealId)
        return;
    if (from == to && (toRow == fromRow || toRow == fromRow + 1))
        return; // dropped where it was
    DealPlacement placement = DealPlacement::top();
    if (toRow < target->rowCount() && target->dealId(toRow) != dealId)
        placement = DealPlacement::before(target->dealId(toRow));
    else if (toRow > 0 && target->dealId(toRow - 1) != dealId)
        placement = DealPlacement::after(target->dealId(toRow - 1));
    moveDeal(dealId, target->stage().id, placement);
    if (BoardColumnView *v = view(columnOfStage(m_workspace ? m_workspace->deals().find(dealId).value_or(Deal()).stageId : 0)))
        v->setFocus();
}

void DealBoard::moveCurrent(int column, int columnDelta)
{
    BoardColumnView *v = view(column);
    const int targetColumn = column + columnDelta;
    if (!v || targetColumn < 0 || targetColumn >= m_columns.size())
        return;
    const qint64 dealId = m_columns[column].model->dealId(v->currentRow());
    if (!dealId)
        return;
    if (moveDeal(dealId, m_columns[targetColumn].model->stage().id, DealPlacement::top()))
        m_columns[targetColumn].view->setFocus();
}

void DealBoard::reorderCurrent(int column, int rowDelta)
{
    BoardColumnView *v = view(column);
    if (!v)
        return;
    const int row = v->currentRow();
    DealColumnModel *m = m_columns[column].model;
    const qint64 dealId = m->dealId(row);
    const int neighbour = row + rowDelta;
    if (!dealId || neighbour < 0 || neighbour >= m->rowCount())
        return;
    const qint64 other = m->dealId(neighbour);
    moveDeal(dealId, m->stage().id, rowDelta < 0 ? DealPlacement::before(other) : DealPlacement::after(other));
}

void DealBoard::focusColumn(int column, int fromColumn)
{
    BoardColumnView *target = view(column);
    BoardColumnView *from = view(fromColumn);
    if (!target)
        return;
    target->setFocus();
    m_scroll->ensureWidgetVisible(m_columns[column].frame, 0, 0);
    const int rows = target->model()->rowCount();
    if (rows == 0)
        return;
    int row = from ? from->currentRow() - from->verticalScrollBar()->value() / std::max(1, from->rowHeight(0)) : 0;
    row = std::clamp(row + target->verticalScrollBar()->value() / std::max(1, target->rowHeight(0)), 0, rows - 1);
    target->selectRow(row);
}

void DealBoard::showContextMenu(int column, int row, const QPoint &globalPos)
{
    if (column < 0)
        return;
    QMenu menu(this);
    DealColumnModel *m = m_columns[column].model;
    const qint64 dealId = row >= 0 ? m->dealId(row) : 0;
    if (dealId) {
        menu.addAction(tr("&Open…"), this, [this, dealId] { openDeal(dealId); });
        QMenu *moveTo = menu.addMenu(tr("&Move to"));
        for (const PipelineStage &s : std::as_const(m_pipeline.stages)) {
            QAction *a = moveTo->addAction(s.name, this, [this, dealId, id = s.id] { moveDeal(dealId, id, DealPlacement::top()); });
            a->setEnabled(!m_readOnly && s.id != m->stage().id);
        }
        menu.addSeparator();
        menu.addAction(tr("&Delete"), this, [this, dealId] { deleteDeal(dealId); })->setEnabled(!m_readOnly);
    } else {
        menu.addAction(tr("&New deal…"), this, &DealBoard::newDeal)->setEnabled(!m_readOnly && m_workspace);
    }
    menu.exec(globalPos);
}

void DealBoard::newDeal()
{
    if (!m_workspace || m_readOnly)
        return;
    Deal deal;
    deal.pipelineId = m_pipeline.id;
    if (!guarded(this, tr("New deal"), [&] {
            if (deal.pipelineId == 0) {
                deal.pipelineId = m_workspace->pipelines().ensureDefault();
                setPipeline(deal.pipelineId);
            }
        }))
        return;
    DealEditorDialog dialog(*m_workspace, deal, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new CreateDealCommand(*m_workspace, dialog.deal(), DealPlacement::top());
    if (WorkspaceCommand::run(m_undo, this, command)) {
        m_current = command->dealId();
        refresh();
        selectDeal(command->dealId());
        emit statusMessage(tr("Added %1.").arg(dialog.deal().title));
    }
}

void DealBoard::openDeal(qint64 dealId)
{
    if (!m_workspace)
        return;
    std::optional<Deal> before;
    if (!guarded(this, tr("Open deal"), [&] { before = m_workspace->deals().get(dealId); }))
        return;
    DealEditorDialog dialog(*m_workspace, *before, this);
    dialog.setReadOnly(m_readOnly);
    connect(&dialog, &DealEditorDialog::deleteRequested, this, [this, dealId, &dialog] {
        dialog.reject();
        deleteDeal(dealId);
    });
    if (dialog.exec() != QDialog::Accepted || m_readOnly)
        return;
    const Deal after = dialog.deal();
    Deal fieldsOnly = after;
    fieldsOnly.stageId = before->stageId;
    const bool fieldsChanged = !(fieldsOnly == *before);
    const bool stageChanged = after.stageId != before->stageId;
    if (fieldsChanged && stageChanged)
        m_undo->beginMacro(tr("Edit deal"));
    if (fieldsChanged)
        WorkspaceCommand::run(m_undo, this, new UpdateDealCommand(*m_workspace, *before, fieldsOnly));
    if (stageChanged)
        moveDeal(dealId, after.stageId, DealPlacement::top());
    if (fieldsChanged && stageChanged)
        m_undo->endMacro();
    m_current = dealId;
    refresh();
}

void DealBoard::deleteDeal(qint64 dealId)
{
    if (!m_workspace || m_readOnly)
        return;
    std::optional<Deal> deal;
    if (!guarded(this, tr("Delete deal"), [&] { deal = m_workspace->deals().get(dealId); }))
        return;
    if (!askYesNo(this, tr("Delete deal"),
                  tr("Delete %1 with its stage history? Edit > Undo brings it back.").arg(deal->title), QMessageBox::No))
        return;
    if (WorkspaceCommand::run(m_undo, this, new DeleteDealsCommand(*m_workspace, {dealId}, tr("Delete deal")))) {
        if (m_current == dealId)
            m_current = 0;
        refresh();
        emit statusMessage(tr("Deleted %1. Undo brings it back.").arg(deal->title));
    }
}
