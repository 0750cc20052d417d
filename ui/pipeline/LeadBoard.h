#pragma once

#include "LeadMoveGate.h"
#include "leads/LeadFilter.h"

#include <QList>
#include <QWidget>

#include <memory>

class BoardColumnView;
class BoardDragController;
class LeadTableModel;
class QLabel;
class QScrollArea;
class QUndoStack;
class Workspace;

// The lifecycle as a board: a column per stage, each a windowed lead list filtered by that stage (the
// same keyset pager as the lead list, so a million leads cost what is on screen) with its count from
// SQL. Dragging a lead to another column, or Ctrl+Left/Right, moves it through the LeadMoveGate
// (the pipeline page installs BantMoveGate: the BANT dialog for SQL, a reason for the other moves that
// are a person's judgement) and is undoable.
class LeadBoard : public QWidget
{
    Q_OBJECT
public:
    explicit LeadBoard(QWidget *parent = nullptr);
    ~LeadBoard() override;

    void setWorkspace(Workspace *workspace, QUndoStack *undoStack);
    void setReadOnly(bool readOnly);
    // Owner and search narrow every column; the stage comes from the column.
    void setFilter(const QList<qint64> &owners, const QString &search);
    void setMoveGate(std::unique_ptr<LeadMoveGate> gate);

    int columnCount() const { return int(m_columns.size()); }
    Stage stage(int column) const;
    BoardColumnView *view(int column) const;
    LeadTableModel *model(int column) const;
    QLabel *header(int column) const;

    bool moveLead(qint64 leadId, Stage to);

signals:
    void statusMessage(const QString &text);
    // Enter, a double-click or "Open lead" on a card: the shell shows the lead's detail.
    void openLeadRequested(qint64 leadId);

private:
    struct Column
    {
        Stage stage;
        QWidget *frame = nullptr;
        QLabel *header = nullptr;
        LeadTableModel *model = nullptr;
        BoardColumnView *view = nullptr;
    };
    int columnOf(const BoardColumnView *view) const;
    void updateHeader(Column &column);
    void onDropped(BoardColumnView *from, int fromRow, BoardColumnView *to, int toRow);
    void moveCurrent(int column, int columnDelta);
    void showContextMenu(int column, int row, const QPoint &globalPos);
    void createDeal(qint64 leadId);

    Workspace *m_workspace = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_readOnly = false;
    QList<Column> m_columns;
    QScrollArea *m_scroll;
    BoardDragController *m_drag;
    std::unique_ptr<LeadMoveGate> m_gate;
    LeadFilter m_filter;
};
