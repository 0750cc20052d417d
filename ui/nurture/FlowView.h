#pragma once

#include "nurture/Sequence.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>

class QGraphicsRectItem;

// The flow of a nurture sequence drawn as a diagram: one card per step (top to bottom from the first
// step), arrows to what follows, "yes"/"no" on a condition's branches, an "End" mark where the sequence
// ends, a red border on steps with a problem. Clicking a card selects the step.
class FlowView : public QGraphicsView
{
    Q_OBJECT
public:
    enum ItemData { StepIdData = 0 };

    explicit FlowView(QWidget *parent = nullptr);

    void setSequence(const Nurture::Sequence &sequence, const std::function<QString(qint64)> &templateName,
                     const QSet<int> &problemSteps);
    void selectStep(int id);
    int selectedStep() const { return m_selected; }
    // Where a step's card is, in viewport coordinates (tests click there).
    QPoint stepPosition(int id) const;
    int stepCount() const { return int(m_cards.size()); }

signals:
    void stepSelected(int id);

private:
    void onSelectionChanged();

    QHash<int, QGraphicsRectItem *> m_cards;
    int m_selected = 0;
    bool m_rebuilding = false;
};
