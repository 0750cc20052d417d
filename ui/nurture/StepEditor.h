#pragma once

#include "nurture/Sequence.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

// The properties of one step of a sequence: its type, what it does, and where it goes next (a
// condition: its "yes" and "no" branches). Every change is reported at once with edited().
class StepEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StepEditor(QWidget *parent = nullptr);

    struct Choices
    {
        QList<QPair<qint64, QString>> templates; // id, name
        QList<QPair<qint64, QString>> reps;
    };
    // The step to show, with the other steps of the sequence as targets.
    void setStep(const Nurture::Step &step, const Nurture::Sequence &sequence, const Choices &choices);
    void clear();
    Nurture::Step step() const { return m_step; }

signals:
    void edited(const Nurture::Step &step);

private:
    void read();
    void updateVisibility();
    static void selectData(QComboBox *box, const QVariant &value);

    Nurture::Step m_step;
    bool m_loading = false;
    QLabel *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_label = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_template = nullptr;
    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_condition = nullptr;
    QSpinBox *m_score = nullptr;
    QComboBox *m_conditionStage = nullptr;
    QComboBox *m_field = nullptr;
    QComboBox *m_fieldOp = nullptr;
    QLineEdit *m_fieldValues = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_actionStage = nullptr;
    QComboBox *m_rep = nullptr;
    QComboBox *m_taskType = nullptr;
    QLineEdit *m_text = nullptr;
    QSpinBox *m_dueDays = nullptr;
    QComboBox *m_next = nullptr;
    QComboBox *m_yes = nullptr;
    QComboBox *m_no = nullptr;
    QFormLayout *m_conditionForm = nullptr;
    QFormLayout *m_actionForm = nullptr;
    QFormLayout *m_linkForm = nullptr;
};
