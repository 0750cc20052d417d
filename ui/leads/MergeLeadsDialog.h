#pragma once

#include "leads/Lead.h"
#include "leads/LeadMerge.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QRadioButton;

// Two duplicates side by side: which record stays, and for every field where both have a different
// value, which value the merged lead keeps. Activities and history of both are kept together.
class MergeLeadsDialog : public QDialog
{
    Q_OBJECT
public:
    MergeLeadsDialog(const Lead &a, const Lead &b, int activitiesA, int activitiesB, QWidget *parent = nullptr);

    MergePlan plan() const;
    // For tests and keyboard users: take this lead's value for a field.
    void choose(LeadField field, bool fromFirst);
    void setSurvivor(bool first);

private:
    Lead m_a;
    Lead m_b;
    QRadioButton *m_keepA;
    QRadioButton *m_keepB;
    QHash<LeadField, QButtonGroup *> m_choices;
};
