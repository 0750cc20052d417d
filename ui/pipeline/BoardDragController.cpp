#include "BoardDragController.h"

#include "BoardColumnView.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

BoardDragController::BoardDragController(QWidget *board)
    : QObject(board)
    , m_board(board)
{
    m_scrollTimer = new QTimer(this);
    m_scrollTimer->setInterval(40);
    connect(m_scrollTimer, &QTimer::timeout, this, &BoardDragController::autoScroll);
}

void BoardDragController::setViews(const QList<BoardColumnView *> &views)
{
    cancel();
    m_views.clear();
    for (BoardColumnView *v : views)
        m_views << v;
}

void BoardDragController::press(BoardColumnView *view, QMouseEvent *event)
{
    cancel();
    const QModelIndex index = view->indexAt(event->position().toPoint());
    if (!index.isValid())
        return;
    m_source = view;
    m_sourceRow = index.row();
    m_pressGlobal = event->globalPosition().toPoint();
    m_hotSpot = event->position().toPoint() - view->visualRect(index).topLeft();
}

bool BoardDragController::move(QMouseEvent *event)
{
    if (!m_source)
        return false;
    if (!(event->buttons() & Qt::LeftButton)) {
        cancel(); // the release happened elsewhere
        return false;
    }
    const QPoint global = event->globalPosition().toPoint();
    if (!m_dragging) {
        if ((global - m_pressGlobal).manhattanLength() < QApplication::startDragDistance())
            return true;
        start(global);
    }
    track(global);
    return true;
}

bool BoardDragController::release(QMouseEvent *event)
{
    if (!m_source || event->button() != Qt::LeftButton)
        return false;
    if (!m_dragging) {
        m_source = nullptr; // a click
        return false;
    }
    const QPoint global = event->globalPosition().toPoint();
    track(global);
    QPointer<BoardColumnView> from = m_source;
    QPointer<BoardColumnView> to = m_target;
    const int fromRow = m_sourceRow;
    const int toRow = to ? to->dropRow() : -1;
    cancel();
    if (from && to && toRow >= 0)
        emit dropped(from, fromRow, to, toRow);
    return true;
}

void BoardDragController::cancel()
{
    m_scrollTimer->stop();
    if (m_target)
        m_target->setDropRow(-1);
    m_target = nullptr;
    if (m_ghost) {
        m_ghost->deleteLater();
        m_ghost = nullptr;
    }
    if (m_dragging)
        QApplication::restoreOverrideCursor();
    m_dragging = false;
    m_source = nullptr;
    m_sourceRow = -1;
}

void BoardDragController::start(const QPoint &global)
{
    m_dragging = true;
    QApplication::setOverrideCursor(Qt::ClosedHandCursor);
    // A picture of the card follows the mouse: one label over the board, not a widget per card.
    const QModelIndex index = m_source->model()->index(m_sourceRow, 0);
    const QRect rect = m_source->visualRect(index);
    QWidget *top = m_board->window();
    m_ghost = new QLabel(top);
    m_ghost->setObjectName(QStringLiteral("dragGhost"));
    m_ghost->setAttribute(Qt::WA_TransparentForMouseEvents);
    if (rect.isValid()) {
        QPixmap picture(rect.size() * m_source->devicePixelRatioF());
        picture.setDevicePixelRatio(m_source->devicePixelRatioF());
        picture.fill(Qt::transparent);
        m_source->viewport()->render(&picture, QPoint(), QRegion(rect));
        m_ghost->setPixmap(picture);
        m_ghost->resize(rect.size());
    }
    m_ghost->setWindowOpacity(0.85);
    m_ghost->show();
    m_ghost->raise();
    m_lastGlobal = global;
}

BoardColumnView *BoardDragController::viewAt(const QPoint &global) const
{
    // By column: anywhere above or below a column's cards still aims at that column.
    for (const QPointer<BoardColumnView> &view : m_views) {
        if (!view || !view->isVisible())
            continue;
        const QPoint topLeft = view->viewport()->mapToGlobal(QPoint(0, 0));
        if (global.x() >= topLeft.x() && global.x() < topLeft.x() + view->viewport()->width())
            return view;
    }
    return nullptr;
}

void BoardDragController::track(const QPoint &global)
{
    m_lastGlobal = global;
    if (m_ghost)
        m_ghost->move(m_ghost->parentWidget()->mapFromGlobal(global) - m_hotSpot);
    BoardColumnView *target = viewAt(global);
    if (target != m_target) {
        if (m_target)
            m_target->setDropRow(-1);
        m_target = target;
    }
    if (!m_target)
        return;
    const QPoint local = m_target->viewport()->mapFromGlobal(global);
    m_target->setDropRow(m_target->dropRowAt(local));
    const int edge = 28;
    if (local.y() < edge || local.y() > m_target->viewport()->height() - edge)
        m_scrollTimer->start();
    else
        m_scrollTimer->stop();
}

void BoardDragController::autoScroll()
{
    if (!m_dragging || !m_target) {
        m_scrollTimer->stop();
        return;
    }
    const QPoint local = m_target->viewport()->mapFromGlobal(m_lastGlobal);
    QScrollBar *bar = m_target->verticalScrollBar();
    const int step = 24;
    if (local.y() < 28)
        bar->setValue(bar->value() - step);
    else if (local.y() > m_target->viewport()->height() - 28)
        bar->setValue(bar->value() + step);
    m_target->setDropRow(m_target->dropRowAt(local));
}
