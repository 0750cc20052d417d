#include "BoardColumnView.h"

#include "BoardDragController.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

BoardColumnView::BoardColumnView(BoardDragController *drag, QWidget *parent)
    : QTableView(parent)
    , m_drag(drag)
{
    horizontalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setShowGrid(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setDragEnabled(false);
    setWordWrap(false);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setTabKeyNavigation(false);
    setCardHeight(84);
}

void BoardColumnView::setCardHeight(int height)
{
    verticalHeader()->setDefaultSectionSize(height);
    verticalHeader()->setMinimumSectionSize(height);
}

int BoardColumnView::dropRowAt(const QPoint &pos) const
{
    const int rows = model() ? model()->rowCount() : 0;
    if (pos.y() < 0)
        return 0;
    const QModelIndex index = indexAt(QPoint(viewport()->width() / 2, pos.y()));
    if (!index.isValid())
        return rows;
    const QRect rect = visualRect(index);
    return pos.y() > rect.center().y() ? index.row() + 1 : index.row();
}

void BoardColumnView::setDropRow(int row)
{
    if (row == m_dropRow)
        return;
    m_dropRow = row;
    viewport()->update();
}

int BoardColumnView::currentRow() const
{
    const QModelIndex index = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
    return index.isValid() ? index.row() : -1;
}

void BoardColumnView::selectRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void BoardColumnView::mousePressEvent(QMouseEvent *event)
{
    QTableView::mousePressEvent(event);
    if (m_drag && event->button() == Qt::LeftButton)
        m_drag->press(this, event);
}

void BoardColumnView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag && m_drag->move(event))
        return;
    // Without a drag, moving with the button down would drag a selection: a card board has none.
    if (event->buttons() & Qt::LeftButton)
        return;
    QTableView::mouseMoveEvent(event);
}

void BoardColumnView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag && m_drag->release(event))
        return;
    QTableView::mouseReleaseEvent(event);
}

void BoardColumnView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        emit openRequested(index.row());
        return;
    }
    QTableView::mouseDoubleClickEvent(event);
}

void BoardColumnView::keyPressEvent(QKeyEvent *event)
{
    if (m_drag && m_drag->isDragging() && event->key() == Qt::Key_Escape) {
        m_drag->cancel();
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int delta = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl)
            emit moveRequested(delta);
        else
            emit focusNeighbour(delta);
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (ctrl) {
            emit reorderRequested(event->key() == Qt::Key_Up ? -1 : 1);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentRow() >= 0) {
            emit openRequested(currentRow());
            return;
        }
        break;
    case Qt::Key_Delete:
        if (currentRow() >= 0) {
            emit deleteRequested(currentRow());
            return;
        }
        break;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

void BoardColumnView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFrom(this, event->pos()));
    if (index.isValid())
        selectRow(index.row());
    emit contextMenuRequested(index.isValid() ? index.row() : -1, event->globalPos());
}

void BoardColumnView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_dropRow < 0)
        return;
    // Where the card will land: a line between the cards.
    int y = 0;
    const int rows = model() ? model()->rowCount() : 0;
    if (m_dropRow < rows)
        y = visualRect(model()->index(m_dropRow, 0)).top();
    else if (rows > 0)
        y = visualRect(model()->index(rows - 1, 0)).bottom() + 1;
    y = std::clamp(y, 2, viewport()->height() - 2);
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPoint(8, y), QPoint(viewport()->width() - 8, y));
}
