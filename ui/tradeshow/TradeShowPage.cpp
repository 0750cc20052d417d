#include "TradeShowPage.h"

#include "CaptureWindow.h"

#include "campaigns/CampaignRepository.h"
#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "shell/ErrorReporting.h"
#include "shell/Icons.h"
#include "tradeshow/TradeShow.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// The consent wording editor saves when the person leaves it.
class WordingEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onFinished;

protected:
    void focusOutEvent(QFocusEvent *event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onFinished)
            onFinished();
    }
};

} // namespace

TradeShowPage::TradeShowPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("tradeShowPage"));
    m_events = new QComboBox(this);
    m_events->setObjectName(QStringLiteral("eventCombo"));
    m_events->setAccessibleName(tr("Event"));
    m_events->setMinimumContentsLength(24);
    connect(m_events, &QComboBox::currentIndexChanged, this, &TradeShowPage::refresh);
    m_newEvent = new QPushButton(Icons::icon(Icons::Glyph::NewWorkspace), tr("New event…"), this);
    m_newEvent->setObjectName(QStringLiteral("newEventButton"));
    connect(m_newEvent, &QPushButton::clicked, this, &TradeShowPage::newEvent);
    m_start = new QPushButton(Icons::icon(Icons::Glyph::NewLead), tr("Start capture mode"), this);
    m_start->setObjectName(QStringLiteral("startCaptureButton"));
    QFont bold = m_start->font();
    bold.setBold(true);
    m_start->setFont(bold);
    connect(m_start, &QPushButton::clicked, this, &TradeShowPage::startCapture);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Event:"), this));
    top->addWidget(m_events, 1);
    top->addWidget(m_newEvent);
    top->addStretch(1);
    top->addWidget(m_start);

    m_eventInfo = new QLabel(this);
    m_eventInfo->setTextFormat(Qt::PlainText);
    m_eventInfo->setObjectName(QStringLiteral("eventInfo"));

    auto *consentBox = new QGroupBox(tr("Consent wording shown at capture and stored with each lead"), this);
    auto *consentLayout = new QVBoxLayout(consentBox);
    auto *wording = new WordingEdit(consentBox);
    wording->setObjectName(QStringLiteral("consentWording"));
    wording->setAccessibleName(tr("Consent wording"));
    wording->setTabChangesFocus(true);
    wording->setMaximumHeight(80);
    wording->onFinished = [this] { saveConsentWording(); };
    m_consent = wording;
    consentLayout->addWidget(m_consent);

    auto *summaryBox = new QGroupBox(tr("After the event"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    m_summary = new QLabel(summaryBox);
    m_summary->setObjectName(QStringLiteral("eventSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_leads = new QTreeWidget(summaryBox);
    m_leads->setObjectName(QStringLiteral("eventLeads"));
    m_leads->setAccessibleName(tr("Leads captured at this event"));
    m_leads->setHeaderLabels({tr("Name"), tr("Company"), tr("Interest"), tr("Product"), tr("Owner"), tr("Captured")});
    m_leads->setRootIsDecorated(false);
    m_leads->setAlternatingRowColors(true);
    m_leads->header()->setStretchLastSection(false);
    m_leads->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_assign = new QPushButton(tr("Assign unowned leads to reps in turn…"), summaryBox);
    m_assign->setObjectName(QStringLiteral("assignEventLeads"));
    connect(m_assign, &QPushButton::clicked, this, &TradeShowPage::assignToReps);
    m_enrol = new QPushButton(tr("Enrol the event's leads in a follow-up sequence…"), summaryBox);
    m_enrol->setObjectName(QStringLiteral("enrolEventLeads"));
    connect(m_enrol, &QPushButton::clicked, this, &TradeShowPage::enrolInSequence);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_assign);
    assignRow->addWidget(m_enrol);
    assignRow->addStretch(1);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addWidget(m_leads, 1);
    summaryLayout->addLayout(assignRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_eventInfo);
    layout->addWidget(consentBox);
    layout->addWidget(summaryBox, 1);
    setEnabled(false);
}

QString TradeShowPage::title() const
{
    return tr("Trade show");
}

QIcon TradeShowPage::icon() const
{
    return Icons::icon(Icons::Glyph::Meeting);
}

void TradeShowPage::setWorkspace(Workspace *workspace, QUndoStack *)
{
    if (m_capture)
        m_capture->close();
    if (m_workspace)
        disconnect(&m_workspace->leads(), nullptr, this, nullptr);
    m_workspace = workspace;
    setEnabled(workspace != nullptr);
    if (workspace) {
        connect(&workspace->leads(), &LeadRepository::leadsAdded, this, &TradeShowPage::refresh);
        connect(&workspace->leads(), &LeadRepository::leadsChanged, this, &TradeShowPage::refresh);
        connect(&workspace->leads(), &LeadRepository::leadsRemoved, this, &TradeShowPage::refresh);
        connect(&workspace->leads(), &LeadRepository::reset, this, [this] { reloadEvents(currentEvent()); });
    }
    reloadEvents();
}

void TradeShowPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_newEvent->setEnabled(!readOnly);
    m_start->setEnabled(!readOnly && currentEvent() != 0);
    m_assign->setEnabled(!readOnly && currentEvent() != 0);
    m_enrol->setEnabled(!readOnly && currentEvent() != 0);
    m_consent->setReadOnly(readOnly);
}

CaptureWindow *TradeShowPage::captureWindow() const
{
    return m_capture.data();
}

qint64 TradeShowPage::currentEvent() const
{
    return m_events->currentData().toLongLong();
}

void TradeShowPage::selectEvent(qint64 eventId)
{
    const int index = m_events->findData(eventId);
    if (index >= 0)
        m_events->setCurrentIndex(index);
}

void TradeShowPage::reloadEvents(qint64 select)
{
    const QSignalBlocker blocker(m_events);
    m_events->clear();
    if (m_workspace) {
        quietly([&] {
            TradeShow show(*m_workspace);
            for (const Campaign &c : show.events())
                m_events->addItem(c.name, c.id);
        });
    }
    const int index = m_events->findData(select);
    m_events->setCurrentIndex(index >= 0 ? index : (m_events->count() > 0 ? 0 : -1));
    refresh();
}

void TradeShowPage::refresh()
{
    const qint64 event = currentEvent();
    m_start->setEnabled(!m_readOnly && event != 0);
    m_assign->setEnabled(!m_readOnly && event != 0);
    m_enrol->setEnabled(!m_readOnly && event != 0);
    m_leads->clear();
    if (!m_workspace || event == 0) {
        m_eventInfo->setText(m_workspace ? tr("No event yet: create one to start capturing leads.") : QString());
        m_summary->clear();
        m_consent->clear();
        return;
    }
    const QLocale locale;
    quietly([&] {
        TradeShow show(*m_workspace);
        const auto campaign = m_workspace->campaigns().find(event);
        if (campaign) {
            QString dates;
            if (campaign->startsOn.isValid())
                dates = tr("%1 to %2").arg(locale.toString(campaign->startsOn, QLocale::ShortFormat),
                                           locale.toString(campaign->endsOn.isValid() ? campaign->endsOn : campaign->startsOn,
                                                           QLocale::ShortFormat));
            m_eventInfo->setText(tr("%1 · cost %2").arg(dates, locale.toCurrencyString(campaign->cost)));
        }
        if (!m_consent->hasFocus())
            m_consent->setPlainText(show.consentWording(event));
        const EventSummary s = show.summary(event);
        m_summary->setText(
            tr("%Ln lead(s) captured (%1 new, %2 already known) · hot %3, warm %4, cold %5 · %6 with consent · "
               "cost per lead %7 · %8 without an owner",
               nullptr, int(s.leads))
                .arg(locale.toString(s.newLeads), locale.toString(s.updatedLeads), locale.toString(s.hot),
                     locale.toString(s.warm), locale.toString(s.cold), locale.toString(s.withConsent),
                     s.costPerLead ? locale.toCurrencyString(*s.costPerLead) : QStringLiteral("—"),
                     locale.toString(s.unassigned)));
        QHash<qint64, QString> reps;
        for (const Rep &r : m_workspace->reps().all())
            reps.insert(r.id, r.name);
        for (const CapturedLead &c : show.capturedList(event)) {
            auto *item = new QTreeWidgetItem({c.name, c.company, Temperatures::displayName(c.interest), c.product,
                                              c.ownerId ? reps.value(c.ownerId) : QString(),
                                              locale.toString(QDateTime::fromMSecsSinceEpoch(c.capturedAt), QLocale::ShortFormat)});
            item->setData(0, Qt::UserRole, c.leadId);
            m_leads->addTopLevelItem(item);
        }
        for (int column : {0, 2, 3, 4, 5})
            m_leads->resizeColumnToContents(column);
    });
}

void TradeShowPage::saveConsentWording()
{
    const qint64 event = currentEvent();
    if (!m_workspace || event == 0 || m_readOnly)
        return;
    const QString text = m_consent->toPlainText().trimmed();
    if (text.isEmpty()) {
        showError(this, tr("Consent wording"), tr("The consent wording cannot be empty: it is what people agree to."));
        refresh();
        return;
    }
    guarded(this, tr("Consent wording"), [&] { TradeShow(*m_workspace).setConsentWording(event, text); });
}

void TradeShowPage::newEvent()
{
    if (!m_workspace || m_readOnly)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newEventDialog"));
    dialog.setWindowTitle(tr("New event"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("eventName"));
    name->setAccessibleName(tr("Event name"));
    auto *from = new QDateEdit(QDate::currentDate(), &dialog);
    from->setObjectName(QStringLiteral("eventFrom"));
    from->setCalendarPopup(true);
    auto *to = new QDateEdit(QDate::currentDate().addDays(2), &dialog);
    to->setObjectName(QStringLiteral("eventTo"));
    to->setCalendarPopup(true);
    auto *cost = new QDoubleSpinBox(&dialog);
    cost->setObjectName(QStringLiteral("eventCost"));
    cost->setAccessibleName(tr("Cost"));
    cost->setRange(0, 1e9);
    cost->setDecimals(2);
    cost->setGroupSeparatorShown(true);
    cost->setToolTip(tr("Stand, travel, staff, material: what the event costs in all"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(tr("&Cost:"), cost);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    qint64 created = 0;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (name->text().trimmed().isEmpty()) {
            showError(&dialog, dialog.windowTitle(), tr("The event needs a name."));
            return;
        }
        if (guarded(&dialog, dialog.windowTitle(), [&] {
                created = TradeShow(*m_workspace).createEvent(name->text(), from->date(), to->date(), cost->value());
            }))
            dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reloadEvents(created);
}

void TradeShowPage::startCapture()
{
    const qint64 event = currentEvent();
    if (!m_workspace || event == 0 || m_readOnly)
        return;
    saveConsentWording();
    if (m_capture) {
        m_capture->raise();
        m_capture->activateWindow();
        return;
    }
    m_capture = new CaptureWindow(*m_workspace, event);
    m_capture->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_capture, &CaptureWindow::saved, this, &TradeShowPage::refresh);
    m_capture->showFullScreen();
    m_capture->activateWindow();
}

void TradeShowPage::assignToReps()
{
    const qint64 event = currentEvent();
    if (!m_workspace || event == 0 || m_readOnly)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("assignRepsDialog"));
    dialog.setWindowTitle(tr("Assign to reps"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The event's leads without an owner go to these reps in turn, hot leads first:"), &dialog));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("repChoices"));
    quietly([&] {
        for (const Rep &r : m_workspace->reps().all()) {
            if (!r.active)
                continue;
            auto *item = new QListWidgetItem(r.name, list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, r.id);
        }
    });
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> reps;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            reps << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    int assigned = 0;
    if (guarded(this, dialog.windowTitle(), [&] { assigned = TradeShow(*m_workspace).assignInTurn(event, reps); }))
        emit statusMessage(tr("%n lead(s) assigned.", nullptr, assigned));
}

void TradeShowPage::enrolInSequence()
{
    const qint64 event = currentEvent();
    if (!m_workspace || event == 0 || m_readOnly)
        return;
    QList<qint64> leads;
    if (!guarded(this, tr("Enrol in a follow-up sequence"), [&] { leads = TradeShow(*m_workspace).capturedLeads(event); }))
        return;
    if (leads.isEmpty()) {
        emit statusMessage(tr("Nobody was captured at this event yet."));
        return;
    }
    emit enrolInSequenceRequested(leads);
}
