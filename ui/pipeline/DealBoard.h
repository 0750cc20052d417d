#pragma once

#include "pipeline/Deal.h"

#include <QList>
#include <QWidget>

class BoardColumnView;
class BoardDragController;
class DealCardDelegate;
class DealColumnModel;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QUndoStack;
class Workspace;

// The deal board of one pipeline: a column per stage with its header (count, sum, probability-weighted
// sum, from one SQL aggregate) and its cards (windows read on demand). Cards move by drag and drop
// between and within columns, or with Ctrl+Left/Right (stage) and Ctrl+Up/Down (order); every move is
// undoable; moving to Won or Lost asks for the date and the reason.
class DealBoard : public QWidget
{
    Q_OBJECT
public:
    explicit DealBoard(QWidget *parent = nullptr);
    ~DealBoard() override;

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack);
    void setReadOnly(bool readOnly);
    void setPipeline(qint64 pipelineId);
    qint64 pipelineId() const { return m_pipeline.id; }
    const Pipeline &pipeline() const { return m_pipeline; }
    void setFilter(const DealFilter &filter);
    const DealFilter &filter() const { return m_filter; }

    int columnCount() const { return int(m_columns.size()); }
    int columnOfStage(qint64 stageId) const;
    BoardColumnView *view(int column) const;
    DealColumnModel *model(int column) const;
    QLabel *header(int column) const;
    const StageTotals &totals(int column) const;

    qint64 currentDealId() const { return m_current; }
    void selectDeal(qint64 dealId);

    // Moves a deal (asking for the close date and reason when the stage is Won or Lost); false when the
    // person cancelled or the move was refused.
    bool moveDeal(qint64 dealId, qint64 stageId, const DealPlacement &placement);

public slots:
    void refresh();
    void scheduleRefresh();
    void newDeal();
    void openDeal(qint64 dealId);
    void deleteDeal(qint64 dealId);

signals:
    void refreshed();
    void statusMessage(const QString &text);
    void currentDealChanged(qint64 dealId);

private:
    struct Column
    {
        QWidget *frame = nullptr;
        QLabel *header = nullptr;
        DealColumnModel *model = nullptr;
        BoardColumnView *view = nullptr;
        StageTotals totals;
    };

    void rebuildColumns();
    void updateHeader(Column &column);
    void loadInitials();
    void onDropped(BoardColumnView *from, int fromRow, BoardColumnView *to, int toRow);
    void moveCurrent(int column, int columnDelta);
    void reorderCurrent(int column, int rowDelta);
    void focusColumn(int column, int fromColumn);
    void showContextMenu(int column, int row, const QPoint &globalPos);
    int columnOf(const BoardColumnView *view) const;

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_readOnly = false;
    Pipeline m_pipeline;
    DealFilter m_filter;
    QList<Column> m_columns;
    QScrollArea *m_scroll;
    QWidget *m_strip;
    QHBoxLayout *m_stripLayout;
    QLabel *m_empty;
    BoardDragController *m_drag;
    DealCardDelegate *m_delegate;
    qint64 m_current = 0;
    bool m_refreshScheduled = false;
};
