#include "FlowView.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>

using namespace Nurture;

namespace {

constexpr qreal CardW = 250;
constexpr qreal CardH = 58;
constexpr qreal GapX = 40;
constexpr qreal GapY = 54;

QColor colourOf(StepType type)
{
    switch (type) {
    case StepType::Email: return QColor(0xdb, 0xea, 0xfe);
    case StepType::Wait: return QColor(0xf1, 0xf5, 0xf9);
    case StepType::Condition: return QColor(0xfe, 0xf3, 0xc7);
    case StepType::Action: return QColor(0xdc, 0xfc, 0xe7);
    }
    return Qt::white;
}

QString elided(const QString &text, int max)
{
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

} // namespace

FlowView::FlowView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfb));
    connect(scene(), &QGraphicsScene::selectionChanged, this, &FlowView::onSelectionChanged);
}

void FlowView::setSequence(const Sequence &seq, const std::function<QString(qint64)> &templateName,
                           const QSet<int> &problemSteps)
{
    m_rebuilding = true;
    scene()->clear();
    m_cards.clear();

    // Levels: breadth first from the first step; steps nothing reaches go below.
    QHash<int, int> level;
    QList<int> order;
    QList<int> queue;
    if (seq.step(seq.entry)) {
        level.insert(seq.entry, 0);
        queue << seq.entry;
    }
    while (!queue.isEmpty()) {
        const int id = queue.takeFirst();
        order << id;
        for (int n : seq.step(id)->successors()) {
            if (seq.step(n) && !level.contains(n)) {
                level.insert(n, level.value(id) + 1);
                queue << n;
            }
        }
    }
    int maxLevel = 0;
    for (int l : std::as_const(level))
        maxLevel = std::max(maxLevel, l);
    for (const Step &s : seq.steps) {
        if (!level.contains(s.id)) {
            level.insert(s.id, ++maxLevel);
            order << s.id;
        }
    }
    QHash<int, int> perLevel;
    QHash<int, QPointF> pos;
    QHash<int, int> widthOf;
    for (int id : std::as_const(order))
        widthOf[level.value(id)]++;
    for (int id : std::as_const(order)) {
        const int l = level.value(id);
        const int i = perLevel[l]++;
        const qreal rowWidth = widthOf.value(l) * CardW + (widthOf.value(l) - 1) * GapX;
        pos.insert(id, QPointF(-rowWidth / 2 + i * (CardW + GapX), l * (CardH + GapY)));
    }

    const QPen edgePen(QColor(0x64, 0x74, 0x8b), 1.6);
    auto arrow = [&](QPointF from, QPointF to, const QString &label, bool back) {
        QPainterPath path(from);
        if (back) {
            const qreal x = std::max(from.x(), to.x()) + CardW / 2 + 24;
            path.lineTo(from.x(), from.y() + 14);
            path.lineTo(x, from.y() + 14);
            path.lineTo(x, to.y() - 14);
            path.lineTo(to.x(), to.y() - 14);
            path.lineTo(to);
        } else {
            const qreal midY = (from.y() + to.y()) / 2;
            path.cubicTo(QPointF(from.x(), midY), QPointF(to.x(), midY), to);
        }
        scene()->addPath(path, edgePen);
        QPolygonF head;
        head << to << QPointF(to.x() - 5, to.y() - 9) << QPointF(to.x() + 5, to.y() - 9);
        scene()->addPolygon(head, edgePen, QBrush(edgePen.color()));
        if (!label.isEmpty()) {
            auto *t = scene()->addSimpleText(label);
            t->setBrush(label == tr("yes") ? QColor(0x15, 0x80, 0x3d) : QColor(0xb9, 0x1c, 0x1c));
            t->setPos(from.x() + 4, from.y() + 2);
        }
    };
    auto endMark = [&](QPointF from, const QString &label) {
        scene()->addLine(QLineF(from, from + QPointF(0, 16)), edgePen);
        auto *t = scene()->addSimpleText(label.isEmpty() ? tr("End") : tr("%1: End").arg(label));
        t->setBrush(QColor(0x64, 0x74, 0x8b));
        t->setPos(from + QPointF(-t->boundingRect().width() / 2, 18));
    };

    for (const Step &s : seq.steps) {
        const QPointF p = pos.value(s.id);
        auto *card = scene()->addRect(QRectF(0, 0, CardW, CardH),
                                      QPen(problemSteps.contains(s.id) ? QColor(0xdc, 0x26, 0x26) : QColor(0x94, 0xa3, 0xb8),
                                           problemSteps.contains(s.id) ? 2.5 : 1.2),
                                      colourOf(s.type));
        card->setPos(p);
        card->setData(StepIdData, s.id);
        card->setFlag(QGraphicsItem::ItemIsSelectable);
        card->setToolTip(Sequences::describe(s, templateName));
        auto *title = new QGraphicsSimpleTextItem(
            (s.id == seq.entry ? tr("▶ Start · ") : QString()) + tr("#%1 %2").arg(s.id).arg(Sequences::typeName(s.type)), card);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setPos(10, 8);
        auto *text = new QGraphicsSimpleTextItem(elided(s.label.isEmpty() ? Sequences::describe(s, templateName) : s.label, 36), card);
        text->setPos(10, 32);
        m_cards.insert(s.id, card);
    }
    for (const Step &s : seq.steps) {
        const QPointF p = pos.value(s.id);
        auto link = [&](int target, const QString &label, qreal dx) {
            const QPointF from = p + QPointF(CardW / 2 + dx, CardH);
            if (!target || !seq.step(target)) {
                endMark(from, label);
                return;
            }
            const QPointF to = pos.value(target) + QPointF(CardW / 2, 0);
            arrow(from, to, label, level.value(target) <= level.value(s.id));
        };
        if (s.type == StepType::Condition) {
            link(s.yes, tr("yes"), -CardW / 4);
            link(s.no, tr("no"), CardW / 4);
        } else {
            link(s.next, QString(), 0);
        }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-30, -20, 30, 40));
    m_rebuilding = false;
    if (m_cards.contains(m_selected))
        m_cards.value(m_selected)->setSelected(true);
    else
        m_selected = 0;
}

void FlowView::selectStep(int id)
{
    m_selected = id;
    m_rebuilding = true;
    scene()->clearSelection();
    if (auto *card = m_cards.value(id)) {
        card->setSelected(true);
        ensureVisible(card);
    }
    m_rebuilding = false;
}

QPoint FlowView::stepPosition(int id) const
{
    const auto *card = m_cards.value(id);
    return card ? mapFromScene(card->sceneBoundingRect().center()) : QPoint();
}

void FlowView::onSelectionChanged()
{
    if (m_rebuilding)
        return;
    const auto items = scene()->selectedItems();
    const int id = items.isEmpty() ? 0 : items.first()->data(StepIdData).toInt();
    if (id && id != m_selected) {
        m_selected = id;
        emit stepSelected(id);
    }
}
