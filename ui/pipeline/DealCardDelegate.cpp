#include "DealCardDelegate.h"

#include "DealColumnModel.h"
#include "Money.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace CardPainter {

QRect cardRect(const QRect &cell)
{
    return cell.adjusted(6, 3, -6, -3);
}

void background(QPainter *p, const QStyleOptionViewItem &option, const QRect &card, const QColor &stripe)
{
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p->fillPath(path, option.palette.color(QPalette::Base));
    if (stripe.isValid()) {
        p->save();
        p->setClipPath(path);
        p->fillRect(QRect(card.left(), card.top(), 4, card.height()), stripe);
        p->restore();
    }
    QColor border = option.palette.color(QPalette::Mid);
    if (selected)
        border = option.palette.color(QPalette::Highlight);
    p->setPen(QPen(border, selected ? 2.0 : 1.0));
    p->drawPath(path);
    if (focused && selected) {
        p->setPen(QPen(option.palette.color(QPalette::Highlight), 1.0, Qt::DotLine));
        p->drawRoundedRect(QRectF(card).adjusted(3, 3, -3, -3), 4, 4);
    }
}

void initials(QPainter *p, const QRect &circle, const QString &text, const QPalette &palette)
{
    if (text.isEmpty())
        return;
    p->setPen(Qt::NoPen);
    p->setBrush(palette.color(QPalette::AlternateBase).darker(112));
    p->drawEllipse(circle);
    QFont f = p->font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    f.setBold(true);
    p->setFont(f);
    p->setPen(palette.color(QPalette::Text));
    p->drawText(circle, Qt::AlignCenter, text);
}

} // namespace CardPainter

DealCardDelegate::DealCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

int DealCardDelegate::daysInStage(qint64 stageEnteredAt, qint64 now)
{
    return int(std::max<qint64>(0, (now - stageEnteredAt) / (24 * 3600 * 1000LL)));
}

QString DealCardDelegate::nextStepText(qint64 due, qint64 now)
{
    if (due == 0)
        return tr("No next step");
    const QDate day = QDateTime::fromMSecsSinceEpoch(due).date();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    if (day == today)
        return due < now ? tr("Overdue today %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(due).time(), QLocale::ShortFormat))
                         : tr("Next today %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(due).time(), QLocale::ShortFormat));
    const QString date = QLocale().toString(day, QLocale::ShortFormat);
    return due < now ? tr("Overdue %1").arg(date) : tr("Next %1").arg(date);
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(240, option.fontMetrics.height() * 4 + 20);
}

void DealCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DealColumnModel *>(index.model());
    const DealCard *c = model ? model->card(index.row()) : nullptr;
    if (!c)
        return;
    const PipelineStage &stage = model->stage();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int days = daysInStage(c->stageEnteredAt, now);
    const bool rotting = c->outcome == DealOutcome::Open && stage.rottingDays > 0 && days > stage.rottingDays;
    const QColor red(0xdc, 0x26, 0x26);
    const QColor green(0x16, 0xa3, 0x4a);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect card = CardPainter::cardRect(option.rect);
    QColor stripe;
    if (rotting)
        stripe = red;
    else if (c->outcome == DealOutcome::Won)
        stripe = green;
    else if (c->outcome == DealOutcome::Lost)
        stripe = option.palette.color(QPalette::Mid);
    CardPainter::background(p, option, card, stripe);

    const QRect inner = card.adjusted(12, 6, -10, -6);
    const QFontMetrics fm(option.font);
    const int line = fm.height();
    QFont bold = option.font;
    bold.setBold(true);
    const QColor text = option.palette.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.62f);

    // Title and company: lead text, drawn as plain text.
    p->setFont(bold);
    p->setPen(text);
    p->drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(c->title, Qt::ElideRight, inner.width()));
    p->setFont(option.font);
    // Second line: the company and, for an open deal, its next step (the earliest open task of the deal
    // or its lead): overdue in red, none planned in amber, as a rep scanning the board must see both.
    const QRect second(inner.left(), inner.top() + line + 2, inner.width(), line);
    int companyWidth = inner.width();
    if (c->outcome == DealOutcome::Open) {
        const QString next = nextStepText(c->nextTaskDue, now);
        const int nextWidth = std::min(fm.horizontalAdvance(next) + 2, inner.width() * 2 / 3); // before the company: it is what to do
        p->setPen(c->nextTaskDue == 0 ? QColor(0xb4, 0x53, 0x09) : c->nextTaskDue < now ? red : muted);
        p->drawText(second, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(next, Qt::ElideRight, nextWidth));
        companyWidth -= nextWidth + 8;
    }
    p->setPen(muted);
    p->drawText(QRect(second.left(), second.top(), companyWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(c->company, Qt::ElideRight, companyWidth));

    // Bottom line: amount, days in stage (or the close date), owner.
    const int circle = line + 6;
    const QRect bottom(inner.left(), inner.bottom() - circle + 1, inner.width(), circle);
    const QString owner = m_initials.value(c->ownerId);
    const QRect avatar(bottom.right() - circle + 1, bottom.top(), circle, circle);
    const int textRight = owner.isEmpty() ? bottom.right() : avatar.left() - 6;

    p->setFont(bold);
    p->setPen(text);
    const QString amount = Money::format(c->amount, c->currency);
    const int amountWidth = QFontMetrics(bold).horizontalAdvance(amount);
    p->drawText(QRect(bottom.left(), bottom.top(), amountWidth + 2, bottom.height()), Qt::AlignLeft | Qt::AlignVCenter,
                amount);
    p->setFont(option.font);
    QString when;
    QColor whenColor = muted;
    const QLocale locale;
    if (c->outcome != DealOutcome::Open && c->closedAt > 0) {
        const QString date = locale.toString(QDateTime::fromMSecsSinceEpoch(c->closedAt).date(), QLocale::ShortFormat);
        when = c->outcome == DealOutcome::Won ? DealCardDelegate::tr("Won %1").arg(date)
                                              : DealCardDelegate::tr("Lost %1").arg(date);
        if (c->outcome == DealOutcome::Won)
            whenColor = green;
    } else {
        // Compact, as cards are narrow: "12 d" in the stage; past the stage's limit, marked as rotting.
        when = DealCardDelegate::tr("%L1 d", "days in the stage").arg(days);
        if (rotting) {
            when = DealCardDelegate::tr("⚠ rotting, %L1 d", "days in the stage, past its limit").arg(days);
            whenColor = red;
        }
    }
    p->setPen(whenColor);
    const QRect whenRect(bottom.left() + amountWidth + 8, bottom.top(), textRight - bottom.left() - amountWidth - 8,
                         bottom.height());
    p->drawText(whenRect, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(when, Qt::ElideLeft, whenRect.width()));
    CardPainter::initials(p, avatar, owner, option.palette);
    p->restore();
}
