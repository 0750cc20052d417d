#pragma once

#include "leads/Lead.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;

// The first fields of a new lead; the rest is edited in the lead's detail afterwards.
class NewLeadDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewLeadDialog(QWidget *parent = nullptr);

    Lead lead() const;
    QLineEdit *field(LeadField f) const { return m_fields.value(f); }
    void accept() override;

private:
    QHash<LeadField, QLineEdit *> m_fields;
    QLabel *m_error;
};
