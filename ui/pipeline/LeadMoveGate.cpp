#include "LeadMoveGate.h"

#include "shell/ErrorReporting.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {

// A reason for a move: required, kept in the stage history.
class ReasonDialog : public QDialog
{
public:
    ReasonDialog(const Lead &lead, Stage to, QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("leadMoveReasonDialog"));
        setWindowTitle(QCoreApplication::translate("LeadMoveGate", "Move to %1").arg(Lifecycle::displayName(to)));
        auto *form = new QFormLayout(this);
        auto *what = new QLabel(this);
        what->setTextFormat(Qt::PlainText);
        what->setWordWrap(true);
        what->setText(QCoreApplication::translate("LeadMoveGate", "%1 moves from %2 to %3.")
                          .arg(lead.displayName(), Lifecycle::displayName(lead.stage), Lifecycle::displayName(to)));
        form->addRow(what);
        if (to == Stage::SQL) {
            auto *hint = new QLabel(QCoreApplication::translate(
                                        "LeadMoveGate",
                                        "Sales qualified: budget, authority, need and timing are all there (BANT)."),
                                    this);
            hint->setWordWrap(true);
            form->addRow(hint);
        }
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("leadMoveReason"));
        m_reason->setAccessibleName(QCoreApplication::translate("LeadMoveGate", "Reason"));
        m_reason->setPlaceholderText(QCoreApplication::translate("LeadMoveGate", "Why, for the stage history (required)"));
        form->addRow(QCoreApplication::translate("LeadMoveGate", "&Reason:"), m_reason);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        form->addRow(buttons);
        setMinimumWidth(420);
    }

    QString reason() const { return m_reason->text().trimmed(); }

    void accept() override
    {
        if (reason().isEmpty()) {
            showError(this, windowTitle(),
                      QCoreApplication::translate("LeadMoveGate",
                                                  "Give a reason: the stage history records why each lead moved."));
            m_reason->setFocus();
            return;
        }
        QDialog::accept();
    }

private:
    QLineEdit *m_reason;
};

} // namespace

bool ReasonMoveGate::needsReason(Stage to)
{
    return to == Stage::SQL || to == Stage::Nurturing || to == Stage::Disqualified;
}

std::optional<LeadMoveGate::Decision> ReasonMoveGate::decide(QWidget *parent, Workspace &, const Lead &lead, Stage to)
{
    if (!needsReason(to))
        return Decision{to, QCoreApplication::translate("LeadMoveGate", "Moved on the lead board")};
    ReasonDialog dialog(lead, to, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Decision{to, dialog.reason()};
}
