#include "CloseDealDialog.h"

#include "Money.h"

#include "shell/ErrorReporting.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

CloseDealDialog::CloseDealDialog(DealOutcome outcome, const QString &dealTitle, double amount,
                                 const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_outcome(outcome)
{
    const bool won = outcome == DealOutcome::Won;
    setObjectName(QStringLiteral("closeDealDialog"));
    setWindowTitle(won ? tr("Deal won") : tr("Deal lost"));
    auto *form = new QFormLayout(this);
    auto *what = new QLabel(this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    what->setText(won ? tr("%1 (%2) is won.").arg(dealTitle, Money::format(amount, currency))
                      : tr("%1 (%2) is lost.").arg(dealTitle, Money::format(amount, currency)));
    form->addRow(what);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("closeDate"));
    m_date->setAccessibleName(tr("Close date"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(won ? tr("&Won on:") : tr("&Lost on:"), m_date);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    if (won) {
        m_reason->addItems({QString(), tr("Best fit for their need"), tr("Price"), tr("Relationship"),
                            tr("Faster to deliver")});
        m_reason->lineEdit()->setPlaceholderText(tr("Why we won (optional)"));
    } else {
        m_reason->addItems({QString(), tr("Not now: budget frozen"), tr("Went with a competitor"), tr("Price too high"),
                            tr("No decision"), tr("Not a fit")});
        m_reason->lineEdit()->setPlaceholderText(tr("Why it was lost (required)"));
    }
    m_reason->setCurrentIndex(0);
    form->addRow(tr("&Reason:"), m_reason);

    if (won) {
        m_margin = new QLineEdit(this);
        m_margin->setObjectName(QStringLiteral("grossMargin"));
        m_margin->setAccessibleName(tr("Gross margin"));
        m_margin->setPlaceholderText(tr("Optional, in %1").arg(currency));
        form->addRow(tr("Gross &margin:"), m_margin);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(won ? tr("Mark as won") : tr("Mark as lost"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(440);
    m_reason->setFocus();
}

CloseDetails CloseDealDialog::details() const
{
    CloseDetails d;
    d.date = m_date->date();
    d.reason = m_reason->currentText().trimmed();
    if (m_margin && !m_margin->text().trimmed().isEmpty()) {
        bool ok = false;
        const double value = QLocale().toDouble(m_margin->text().trimmed(), &ok);
        if (ok)
            d.grossMargin = value;
    }
    return d;
}

void CloseDealDialog::accept()
{
    if (m_outcome == DealOutcome::Lost && m_reason->currentText().trimmed().isEmpty()) {
        showError(this, windowTitle(), tr("Give the reason the deal was lost: the win/loss analysis counts on it."));
        m_reason->setFocus();
        return;
    }
    if (m_margin && !m_margin->text().trimmed().isEmpty()) {
        bool ok = false;
        QLocale().toDouble(m_margin->text().trimmed(), &ok);
        if (!ok) {
            showError(this, windowTitle(),
                      tr("Gross margin: \"%1\" is not a number (write it as %2).")
                          .arg(m_margin->text(), QLocale().toString(12500.5, 'f', 2)));
            m_margin->setFocus();
            return;
        }
    }
    QDialog::accept();
}
