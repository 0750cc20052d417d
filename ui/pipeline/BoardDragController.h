#pragma once

#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>

class BoardColumnView;
class QLabel;
class QMouseEvent;
class QTimer;
class QWidget;

// Drag and drop of cards between the columns of one board, with the views' own mouse events: a press
// on a card, a move beyond the drag distance starts the drag (a picture of the card follows the mouse,
// a line shows where it will land), the release drops it. Positions are global, so it works whichever
// column receives the events (the pressed one, which grabs the mouse, or the one under the cursor).
class BoardDragController : public QObject
{
    Q_OBJECT
public:
    explicit BoardDragController(QWidget *board);

    void setViews(const QList<BoardColumnView *> &views);
    bool isDragging() const { return m_dragging; }
    bool isPending() const { return m_source != nullptr; }

    // Called by the views; true when the event was the drag's.
    void press(BoardColumnView *view, QMouseEvent *event);
    bool move(QMouseEvent *event);
    bool release(QMouseEvent *event);
    void cancel();

signals:
    void dropped(BoardColumnView *from, int fromRow, BoardColumnView *to, int toRow);

private:
    void start(const QPoint &global);
    BoardColumnView *viewAt(const QPoint &global) const;
    void track(const QPoint &global);
    void autoScroll();

    QWidget *m_board;
    QList<QPointer<BoardColumnView>> m_views;
    QPointer<BoardColumnView> m_source;
    int m_sourceRow = -1;
    QPoint m_pressGlobal;
    QPoint m_hotSpot;
    QPoint m_lastGlobal;
    bool m_dragging = false;
    QPointer<BoardColumnView> m_target;
    QLabel *m_ghost = nullptr;
    QTimer *m_scrollTimer;
};
