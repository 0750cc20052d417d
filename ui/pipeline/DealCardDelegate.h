#pragma once

#include <QHash>
#include <QStyledItemDelegate>

// Paints a deal card: title, company, amount, owner initials, days in stage with a rotting mark past the
// stage's limit (or the close date of a won or lost deal). Reads the card from DealColumnModel.
class DealCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DealCardDelegate(QObject *parent = nullptr);

    void setRepInitials(const QHash<qint64, QString> &initials) { m_initials = initials; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static int daysInStage(qint64 stageEnteredAt, qint64 now);
    // The next-step note of an open deal card: "Next 24/11/2026", "Overdue …", "No next step".
    static QString nextStepText(qint64 due, qint64 now);

private:
    QHash<qint64, QString> m_initials;
};

// Shared by the card delegates of both boards.
namespace CardPainter {
QRect cardRect(const QRect &cell);
void background(QPainter *painter, const QStyleOptionViewItem &option, const QRect &card, const QColor &stripe);
void initials(QPainter *painter, const QRect &circle, const QString &text, const QPalette &palette);
} // namespace CardPainter
