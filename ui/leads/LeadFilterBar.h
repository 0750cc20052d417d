#pragma once

#include "leads/LeadFilter.h"

#include <QWidget>

class CheckableComboBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;
class QWidget;
class Workspace;

// Search box, saved segments and the field filters above the lead list. Emits filterChanged() as the
// person types (debounced) or picks; the filter itself goes to the model, which asks SQL.
class LeadFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit LeadFilterBar(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    LeadFilter filter() const;
    void setFilter(const LeadFilter &filter);
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

public slots:
    void clear();
    void saveSegment();
    void deleteSegment();
    void reloadChoices();

signals:
    void filterChanged(const LeadFilter &filter);

private:
    void emitSoon(int delayMs);
    void applySegment(int index);
    void reloadSegments(qint64 select = 0);

    Workspace *m_workspace = nullptr;
    QLineEdit *m_search;
    QComboBox *m_segments;
    QToolButton *m_saveSegment;
    QToolButton *m_deleteSegment;
    QToolButton *m_toggleFilters;
    QToolButton *m_clear;
    QWidget *m_filterRow;
    CheckableComboBox *m_stages;
    CheckableComboBox *m_owners;
    CheckableComboBox *m_sources;
    CheckableComboBox *m_temperatures;
    CheckableComboBox *m_countries;
    QSpinBox *m_minScore;
    QSpinBox *m_maxScore;
    QDateEdit *m_createdFrom;
    QDateEdit *m_createdTo;
    QTimer *m_debounce;
    bool m_updating = false;
};
