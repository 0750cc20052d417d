#include "DealEditorDialog.h"

#include "Money.h"

#include "distribution/RepRepository.h"
#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "pipeline/DealRepository.h"
#include "pipeline/PipelineRepository.h"
#include "settings/Formats.h"
#include "shell/ErrorReporting.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
constexpr int LeadIdRole = Qt::UserRole + 1;
} // namespace

DealEditorDialog::DealEditorDialog(Workspace &workspace, const Deal &deal, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_deal(deal)
{
    setObjectName(QStringLiteral("dealEditor"));
    setWindowTitle(deal.id ? tr("Deal") : tr("New deal"));
    quietly([&] { m_pipeline = m_workspace.pipelines().get(deal.pipelineId); });

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_title = new QLineEdit(deal.title, this);
    m_title->setObjectName(QStringLiteral("dealTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What is being sold, e.g. \"40 seats, yearly\""));
    form->addRow(tr("&Title:"), m_title);

    m_lead = new QLineEdit(this);
    m_lead->setObjectName(QStringLiteral("dealLead"));
    m_lead->setAccessibleName(tr("Lead"));
    m_lead->setPlaceholderText(tr("Type part of a name, e-mail or company"));
    m_lead->setClearButtonEnabled(true);
    m_leadMatches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_leadMatches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_lead);
    connect(m_lead, &QLineEdit::textEdited, this, &DealEditorDialog::searchLeads);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        chooseLead(index.data(LeadIdRole).toLongLong(), index.data(Qt::DisplayRole).toString());
    });
    form->addRow(tr("&Lead:"), m_lead);
    if (deal.leadId) {
        quietly([&] {
            if (const auto lead = m_workspace.leads().find(*deal.leadId))
                chooseLead(lead->id, lead->company.isEmpty() ? lead->displayName()
                                                             : tr("%1 — %2").arg(lead->displayName(), lead->company));
        });
    }

    m_company = new QLineEdit(deal.company, this);
    m_company->setObjectName(QStringLiteral("dealCompany"));
    m_company->setAccessibleName(tr("Company"));
    m_company->setPlaceholderText(tr("The lead's company when empty"));
    form->addRow(tr("&Company:"), m_company);

    auto *money = new QHBoxLayout;
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(QStringLiteral("dealAmount"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setValue(deal.amount);
    money->addWidget(m_amount, 1);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("dealCurrency"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("BRL"),
                          QStringLiteral("CHF"), QStringLiteral("JPY")});
    m_currency->setCurrentText(deal.currency);
    money->addWidget(m_currency);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, money);

    auto *close = new QHBoxLayout;
    m_hasClose = new QCheckBox(tr("Expected"), this);
    m_hasClose->setObjectName(QStringLiteral("dealHasExpectedClose"));
    m_hasClose->setChecked(deal.expectedClose.has_value());
    m_expectedClose = new QDateEdit(deal.expectedClose.value_or(QDate::currentDate().addDays(30)), this);
    m_expectedClose->setObjectName(QStringLiteral("dealExpectedClose"));
    m_expectedClose->setAccessibleName(tr("Expected close date"));
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_expectedClose->setEnabled(m_hasClose->isChecked());
    connect(m_hasClose, &QCheckBox::toggled, m_expectedClose, &QWidget::setEnabled);
    close->addWidget(m_hasClose);
    close->addWidget(m_expectedClose, 1);
    auto *closeLabel = new QLabel(tr("Close &date:"), this);
    closeLabel->setBuddy(m_hasClose);
    form->addRow(closeLabel, close);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("dealStage"));
    m_stage->setAccessibleName(tr("Stage"));
    for (const PipelineStage &s : std::as_const(m_pipeline.stages)) {
        if (deal.id == 0 && s.isClosed())
            continue; // a new deal starts open
        m_stage->addItem(s.name, s.id);
    }
    const int stageIndex = m_stage->findData(deal.stageId);
    m_stage->setCurrentIndex(stageIndex >= 0 ? stageIndex : 0);
    form->addRow(tr("&Stage:"), m_stage);

    m_probability = new QSpinBox(this);
    m_probability->setObjectName(QStringLiteral("dealProbability"));
    m_probability->setAccessibleName(tr("Probability"));
    m_probability->setRange(-1, 100);
    m_probability->setSuffix(Formats::percentSuffix());
    m_probability->setValue(deal.probability ? qRound(*deal.probability * 100) : -1);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DealEditorDialog::updateProbabilityDefault);
    updateProbabilityDefault();
    form->addRow(tr("&Probability:"), m_probability);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("dealOwner"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->addItem(tr("Unassigned"), qint64(0));
    quietly([&] {
        for (const Rep &rep : m_workspace.reps().all())
            m_owner->addItem(rep.name, rep.id);
    });
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(deal.ownerId.value_or(0))));
    form->addRow(tr("&Owner:"), m_owner);

    m_margin = new QLineEdit(deal.grossMargin ? QLocale().toString(*deal.grossMargin, 'f', 2) : QString(), this);
    m_margin->setObjectName(QStringLiteral("dealMargin"));
    m_margin->setAccessibleName(tr("Gross margin"));
    m_margin->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Gross &margin:"), m_margin);

    if (deal.outcome != DealOutcome::Open) {
        auto *outcome = new QLabel(this);
        outcome->setTextFormat(Qt::PlainText);
        const QString date = deal.closedAt
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*deal.closedAt).date(), QLocale::LongFormat)
            : QString();
        outcome->setText(deal.outcome == DealOutcome::Won ? tr("Won on %1").arg(date) : tr("Lost on %1").arg(date));
        form->addRow(tr("Outcome:"), outcome);
        m_closeReason = new QLineEdit(deal.closeReason, this);
        m_closeReason->setObjectName(QStringLiteral("dealCloseReason"));
        m_closeReason->setAccessibleName(tr("Close reason"));
        form->addRow(tr("&Reason:"), m_closeReason);
    }

    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("dealHistory"));
    m_history->setAccessibleName(tr("Stage history"));
    m_history->setMaximumHeight(120);
    if (deal.id) {
        quietly([&] {
            const QLocale locale;
            for (const DealStageChange &c : m_workspace.deals().history(deal.id)) {
                const PipelineStage *from = m_pipeline.stage(c.fromStageId);
                const PipelineStage *to = m_pipeline.stage(c.toStageId);
                QString line = locale.toString(QDateTime::fromMSecsSinceEpoch(c.changedAt), QLocale::ShortFormat);
                line += QStringLiteral("  ") + (from ? tr("%1 → %2").arg(from->name, to ? to->name : tr("(deleted stage)"))
                                                     : tr("Entered %1").arg(to ? to->name : tr("(deleted stage)")));
                if (!c.actor.isEmpty())
                    line += QStringLiteral(" · ") + c.actor;
                if (!c.reason.isEmpty())
                    line += QStringLiteral(" · ") + c.reason;
                m_history->addItem(line);
            }
        });
        form->addRow(tr("History:"), m_history);
    } else {
        m_history->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (deal.id) {
        m_delete = buttons->addButton(tr("&Delete deal…"), QDialogButtonBox::DestructiveRole);
        m_delete->setObjectName(QStringLiteral("dealDelete"));
        connect(m_delete, &QPushButton::clicked, this, &DealEditorDialog::deleteRequested);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_title->setFocus();
}

void DealEditorDialog::setReadOnly(bool readOnly)
{
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_lead), static_cast<QWidget *>(m_company),
                       static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_currency),
                       static_cast<QWidget *>(m_hasClose), static_cast<QWidget *>(m_stage),
                       static_cast<QWidget *>(m_probability), static_cast<QWidget *>(m_owner),
                       static_cast<QWidget *>(m_margin)})
        w->setEnabled(!readOnly);
    m_expectedClose->setEnabled(!readOnly && m_hasClose->isChecked());
    if (m_closeReason)
        m_closeReason->setEnabled(!readOnly);
    if (m_delete)
        m_delete->setEnabled(!readOnly);
}

void DealEditorDialog::updateProbabilityDefault()
{
    const PipelineStage *s = m_pipeline.stage(m_stage->currentData().toLongLong());
    m_probability->setSpecialValueText(tr("Stage default (%1)").arg(Formats::percent(s ? s->probability : 0.0)));
}

void DealEditorDialog::searchLeads(const QString &text)
{
    m_leadId.reset();
    m_leadMatches->clear();
    if (text.trimmed().size() < 2)
        return;
    quietly([&] {
        LeadPager pager(m_workspace.db());
        LeadPager::Spec spec;
        spec.filter.search = text;
        spec.sort = LeadSort::Name;
        spec.order = Qt::AscendingOrder;
        pager.setSpec(spec);
        for (const LeadListRow &row : pager.fetch(0, 15)) {
            const QString name = (row.firstName + QLatin1Char(' ') + row.lastName).trimmed();
            auto *item = new QStandardItem(row.company.isEmpty() ? name : tr("%1 — %2").arg(name, row.company));
            item->setData(row.id, LeadIdRole);
            item->setToolTip(row.email);
            m_leadMatches->appendRow(item);
        }
    });
    if (m_leadMatches->rowCount() > 0)
        m_completer->complete();
}

void DealEditorDialog::chooseLead(qint64 leadId, const QString &display)
{
    m_leadId = leadId;
    m_leadDisplay = display;
    m_lead->setText(display);
}

Deal DealEditorDialog::deal() const
{
    Deal d = m_deal;
    d.title = m_title->text().trimmed();
    const QString leadText = m_lead->text().trimmed();
    d.leadId = leadText.isEmpty() ? std::nullopt : m_leadId;
    d.company = m_company->text().trimmed();
    d.amount = m_amount->value();
    d.currency = m_currency->currentText().trimmed().toUpper();
    d.expectedClose = m_hasClose->isChecked() ? std::optional<QDate>(m_expectedClose->date()) : std::nullopt;
    d.stageId = m_stage->currentData().toLongLong();
    d.probability = m_probability->value() < 0 ? std::nullopt : std::optional<double>(m_probability->value() / 100.0);
    const qint64 owner = m_owner->currentData().toLongLong();
    d.ownerId = owner ? std::optional<qint64>(owner) : std::nullopt;
    bool ok = false;
    const double margin = QLocale().toDouble(m_margin->text().trimmed(), &ok);
    d.grossMargin = ok ? std::optional<double>(margin) : std::nullopt;
    if (m_closeReason)
        d.closeReason = m_closeReason->text().trimmed();
    return d;
}

QString DealEditorDialog::problem() const
{
    const QString leadText = m_lead->text().trimmed();
    if (!leadText.isEmpty() && (!m_leadId || leadText != m_leadDisplay))
        return tr("Lead: choose the lead from the list that opens as you type, or clear the field.");
    if (!m_margin->text().trimmed().isEmpty()) {
        bool ok = false;
        QLocale().toDouble(m_margin->text().trimmed(), &ok);
        if (!ok)
            return tr("Gross margin: \"%1\" is not a number (write it as %2).")
                .arg(m_margin->text(), QLocale().toString(12500.5, 'f', 2));
    }
    QString problem;
    quietly([&] { problem = m_workspace.deals().check(deal()); });
    return problem;
}

void DealEditorDialog::accept()
{
    const QString p = problem();
    if (!p.isEmpty()) {
        showError(this, windowTitle(), p);
        return;
    }
    QDialog::accept();
}
