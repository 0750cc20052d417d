#pragma once

#include "scoring/ScoringRule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

// Edits one scoring rule; every change is reported at once with ruleEdited() (the page previews it).
class RuleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RuleEditor(QWidget *parent = nullptr);

    void setRule(const ScoringRule &rule);
    ScoringRule rule() const;
    void clear();
    void setReadOnly(bool readOnly);

signals:
    void ruleEdited(const ScoringRule &rule);

private:
    void changed();
    void showKind();

    ScoringRule m_rule;
    bool m_loading = false;
    QLabel *m_kind;
    QLineEdit *m_name;
    QSpinBox *m_points;
    QCheckBox *m_enabled;
    QStackedWidget *m_stack;
    QComboBox *m_field;
    QComboBox *m_operator;
    QLineEdit *m_values;
    QComboBox *m_activity;
    QLineEdit *m_detail;
    QSpinBox *m_cap;
    QDoubleSpinBox *m_halfLife;
    QSpinBox *m_lastEmails;
    QLabel *m_problem;
};
