#include "ChangeStageDialog.h"

#include "scoring/StageMachine.h"
#include "shell/ErrorReporting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ChangeStageDialog::ChangeStageDialog(Stage current, const QString &leadName, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("changeStageDialog"));
    setWindowTitle(tr("Change lifecycle stage"));
    auto *form = new QFormLayout(this);
    auto *who = new QLabel(this);
    who->setTextFormat(Qt::PlainText);
    who->setText(tr("%1 is now at %2.").arg(leadName, Lifecycle::displayName(current)));
    form->addRow(who);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_stage->setAccessibleName(tr("New stage"));
    // Only the moves the lifecycle allows (StageMachine): no sending a customer back to Lead.
    for (Stage s : StageMachine::targets(current))
        m_stage->addItem(Lifecycle::displayName(s), int(s));
    form->addRow(tr("&Move to:"), m_stage);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("stageReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why, for the stage history (required)"));
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(420);
}

Stage ChangeStageDialog::stage() const
{
    return Stage(m_stage->currentData().toInt());
}

QString ChangeStageDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ChangeStageDialog::setStage(Stage stage)
{
    const int index = m_stage->findData(int(stage));
    if (index >= 0)
        m_stage->setCurrentIndex(index);
}

void ChangeStageDialog::setSqlGoesThroughBant(bool bant)
{
    m_bant = bant;
    const int sql = m_stage->findData(int(Stage::SQL));
    if (sql >= 0)
        m_stage->setItemText(sql, bant ? tr("SQL (through the BANT qualification)") : Lifecycle::displayName(Stage::SQL));
}

void ChangeStageDialog::accept()
{
    if (m_bant && stage() == Stage::SQL) {
        QDialog::accept();
        return;
    }
    if (reason().isEmpty()) {
        showError(this, windowTitle(), tr("Give a reason: the stage history records why each lead moved."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
