#include "NewLeadDialog.h"

#include "leads/LeadValidation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

NewLeadDialog::NewLeadDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newLeadDialog"));
    setWindowTitle(tr("New lead"));
    auto *form = new QFormLayout(this);
    for (LeadField f : {LeadField::FirstName, LeadField::LastName, LeadField::Email, LeadField::Phone,
                        LeadField::Company, LeadField::JobTitle}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("new_") + LeadFields::key(f));
        edit->setAccessibleName(LeadFields::label(f));
        m_fields.insert(f, edit);
        form->addRow(LeadFields::label(f) + QLatin1Char(':'), edit);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newLeadError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: 600;"));
    m_error->hide();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(420);
}

Lead NewLeadDialog::lead() const
{
    Lead l;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        l.setValue(it.key(), it.value()->text().trimmed());
    return l;
}

void NewLeadDialog::accept()
{
    const Lead l = lead();
    QString problem;
    QLineEdit *where = nullptr;
    if (l.firstName.isEmpty() && l.lastName.isEmpty() && l.email.isEmpty() && l.company.isEmpty()) {
        problem = tr("Give at least a name, an e-mail address or a company.");
        where = m_fields.value(LeadField::FirstName);
    } else if (const auto invalid = LeadValidation::check(l)) {
        problem = tr("%1: %2").arg(LeadFields::label(invalid->first), invalid->second);
        where = m_fields.value(invalid->first);
    }
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setStyleSheet(QString());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        if (where) {
            where->setStyleSheet(QStringLiteral("border: 2px solid #dc2626; border-radius: 3px;"));
            where->setFocus();
        }
        return;
    }
    QDialog::accept();
}
