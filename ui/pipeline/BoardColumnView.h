#pragma once

#include <QPointer>
#include <QTableView>

class BoardDragController;

// One column of a board: a view over a windowed model whose rows are cards painted by a delegate (no
// widget per card; a QTableView because its fixed-size rows cost no memory per row, unlike QListView).
// Dragging is done with the views' own mouse handling through a BoardDragController shared by the
// columns of a board, so a drag is a plain press-move-release (QTest drives it like a person).
class BoardColumnView : public QTableView
{
    Q_OBJECT
public:
    BoardColumnView(BoardDragController *drag, QWidget *parent = nullptr);

    void setCardHeight(int height);
    // Where a card dropped at a point of the viewport goes: 0..rowCount.
    int dropRowAt(const QPoint &viewportPos) const;
    void setDropRow(int row); // -1: no indicator
    int dropRow() const { return m_dropRow; }
    int currentRow() const;
    void selectRow(int row);

signals:
    void moveRequested(int columnDelta);   // Ctrl+Left / Ctrl+Right
    void reorderRequested(int rowDelta);   // Ctrl+Up / Ctrl+Down
    void focusNeighbour(int columnDelta);  // Left / Right
    void openRequested(int row);           // Enter, double-click
    void deleteRequested(int row);         // Delete
    void contextMenuRequested(int row, const QPoint &globalPos);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QPointer<BoardDragController> m_drag;
    int m_dropRow = -1;
};
