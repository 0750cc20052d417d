#include "LeadDetailPanel.h"

#include "ActivityDialog.h"
#include "ChangeStageDialog.h"
#include "qualification/BantDialog.h"
#include "qualification/SalesCommands.h"
#include "queue/TaskDialog.h"
#include "LeadCommands.h"

#include "campaigns/CampaignRepository.h"
#include "distribution/RepRepository.h"
#include "distribution/Router.h"
#include "qualification/Qualification.h"
#include "tasks/TaskRepository.h"
#include "leads/LeadRepository.h"
#include "leads/LeadValidation.h"
#include "scoring/ScoreExplanationView.h"
#include "shell/ErrorReporting.h"
#include "shell/Icons.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFocusEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// A notes editor that says when the person is done with it, like QLineEdit::editingFinished.
class NotesEdit : public QPlainTextEdit
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

QString formatTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return qFuzzyCompare(a.toDouble(), b.toDouble());
    return a.toString() == b.toString();
}

// Keeps a scroll area that never scrolls sideways at least as wide as its content's minimum.
class MinimumWidthFollower : public QObject
{
public:
    MinimumWidthFollower(QScrollArea *area, QWidget *content)
        : QObject(content)
        , m_area(area)
    {
        update(content);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            update(static_cast<QWidget *>(watched));
        return false;
    }

private:
    void update(QWidget *content)
    {
        m_area->setMinimumWidth(content->minimumSizeHint().width() + m_area->verticalScrollBar()->sizeHint().width()
                                + 2 * m_area->frameWidth());
    }

    QScrollArea *m_area;
};

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LeadDetailPanel::LeadDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("leadDetail"));
    m_title = plainLabel(this);
    m_title->setObjectName(QStringLiteral("leadTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_subtitle = plainLabel(this);
    m_subtitle->setWordWrap(true);
    m_stage = plainLabel(this);
    m_stage->setObjectName(QStringLiteral("leadStage"));
    m_score = plainLabel(this);
    m_score->setObjectName(QStringLiteral("leadScore"));
    m_changeStage = new QPushButton(Icons::icon(Icons::Glyph::Stage), tr("Change stage…"), this);
    m_changeStage->setObjectName(QStringLiteral("changeStageButton"));
    connect(m_changeStage, &QPushButton::clicked, this, &LeadDetailPanel::changeStage);
    m_qualify = new QPushButton(tr("Qualify (BANT)…"), this);
    m_qualify->setObjectName(QStringLiteral("qualifyButton"));
    connect(m_qualify, &QPushButton::clicked, this, &LeadDetailPanel::qualify);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: 600;"));
    m_error->hide();

    // Stage and score wrap when the panel is narrow (translations run longer); the actions get a row
    // of their own.
    m_stage->setWordWrap(true);
    m_score->setWordWrap(true);
    auto *badges = new QHBoxLayout;
    badges->addWidget(m_stage, 1);
    badges->addSpacing(12);
    badges->addWidget(m_score, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_qualify);
    actions->addWidget(m_changeStage);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("leadTabs"));
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *formPage = new QWidget(scroll);
    buildForm(formPage);
    scroll->setWidget(formPage);
    // It never scrolls sideways: as wide as the form's labels and fields need (their texts and values
    // change), beside a vertical scroll bar.
    formPage->installEventFilter(new MinimumWidthFollower(scroll, formPage));
    m_tabs->addTab(scroll, tr("Details"));

    // Timeline.
    auto *timeline = new QWidget(m_tabs);
    auto *timelineLayout = new QVBoxLayout(timeline);
    // Two by two: the panel is narrow and the texts run longer in translation.
    auto *logGrid = new QGridLayout;
    struct LogButton
    {
        ActivityType type;
        Icons::Glyph glyph;
        QString text;
        const char *name;
    };
    const LogButton logs[] = {{ActivityType::Call, Icons::Glyph::Call, tr("Log call"), "logCallButton"},
                              {ActivityType::EmailSent, Icons::Glyph::Email, tr("Log e-mail"), "logEmailButton"},
                              {ActivityType::MeetingHeld, Icons::Glyph::Meeting, tr("Log meeting"), "logMeetingButton"},
                              {ActivityType::Note, Icons::Glyph::Note, tr("Add note"), "addNoteButton"}};
    for (const LogButton &b : logs) {
        auto *button = new QToolButton(timeline);
        button->setObjectName(QString::fromLatin1(b.name));
        button->setText(b.text);
        button->setIcon(Icons::icon(b.glyph));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        const int type = int(b.type);
        connect(button, &QToolButton::clicked, this, [this, type] { logActivity(type); });
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        const int index = int(&b - logs);
        logGrid->addWidget(button, index / 2, index % 2);
        m_editingWidgets << button;
    }
    auto *logButtons = new QHBoxLayout;
    logButtons->addLayout(logGrid);
    logButtons->addStretch(1);
    m_deleteActivity = new QPushButton(Icons::icon(Icons::Glyph::Delete), tr("Delete"), timeline);
    m_deleteActivity->setObjectName(QStringLiteral("deleteActivityButton"));
    m_deleteActivity->setToolTip(tr("Delete the selected entry of the timeline"));
    m_deleteActivity->setEnabled(false);
    connect(m_deleteActivity, &QPushButton::clicked, this, &LeadDetailPanel::deleteSelectedActivity);
    logButtons->addWidget(m_deleteActivity, 0, Qt::AlignBottom);
    timelineLayout->addLayout(logButtons);
    m_activities = new QTreeWidget(timeline);
    m_activities->setObjectName(QStringLiteral("activityTimeline"));
    m_activities->setAccessibleName(tr("Activity timeline"));
    m_activities->setHeaderLabels({tr("When"), tr("What"), tr("Details"), tr("By")});
    m_activities->setRootIsDecorated(false);
    m_activities->setAlternatingRowColors(true);
    m_activities->setUniformRowHeights(true);
    m_activities->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_activities->header()->setStretchLastSection(false);
    connect(m_activities, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_deleteActivity->setEnabled(!m_readOnly && !m_activities->selectedItems().isEmpty()); });
    timelineLayout->addWidget(m_activities);
    m_tabs->addTab(timeline, tr("Activities"));

    m_history = new QTreeWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("stageHistory"));
    m_history->setAccessibleName(tr("Stage history"));
    m_history->setHeaderLabels({tr("When"), tr("From"), tr("To"), tr("By"), tr("Why"), tr("Score")});
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_history->header()->setStretchLastSection(false);
    m_tabs->addTab(m_history, tr("Stage history"));

    // Sales: follow-ups, qualifications, assignments.
    auto *sales = new QWidget(m_tabs);
    auto *salesLayout = new QVBoxLayout(sales);
    auto *followUp = new QPushButton(tr("Plan a follow-up…"), sales);
    followUp->setObjectName(QStringLiteral("planFollowUpButton"));
    connect(followUp, &QPushButton::clicked, this, &LeadDetailPanel::planFollowUp);
    m_editingWidgets << followUp;
    auto *salesButtons = new QHBoxLayout;
    salesButtons->addWidget(followUp);
    salesButtons->addStretch(1);
    m_sales = new QTreeWidget(sales);
    m_sales->setObjectName(QStringLiteral("salesHistory"));
    m_sales->setAccessibleName(tr("Follow-ups, qualifications and assignments"));
    m_sales->setHeaderLabels({tr("When"), tr("What"), tr("Details"), tr("By")});
    m_sales->setRootIsDecorated(true);
    m_sales->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_sales->header()->setStretchLastSection(false);
    salesLayout->addLayout(salesButtons);
    salesLayout->addWidget(m_sales, 1);
    m_tabs->addTab(sales, tr("Sales"));
    // Why the score is what it is, and how it got there.
    m_scoreView = new ScoreExplanationView(m_tabs);
    m_tabs->addTab(m_scoreView, tr("Score"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(badges);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    setEnabled(false);
}

QLineEdit *LeadDetailPanel::addLine(LeadField field, QFormLayout *form)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QStringLiteral("field_") + LeadFields::key(field));
    edit->setAccessibleName(LeadFields::label(field));
    connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] {
        if (m_loading)
            return;
        QVariant value = edit->text().trimmed();
        if (field == LeadField::CompanySize || field == LeadField::AnnualRevenue) {
            const QString text = edit->text().trimmed();
            if (text.isEmpty()) {
                value = QVariant();
            } else {
                bool ok = false;
                const QLocale locale;
                const double number = locale.toDouble(text, &ok);
                const double fallback = ok ? number : QLocale::c().toDouble(text, &ok);
                if (!ok) {
                    setFieldError(field, tr("%1: \"%2\" is not a number.").arg(LeadFields::label(field), text));
                    return;
                }
                value = field == LeadField::CompanySize ? QVariant(qint64(fallback)) : QVariant(fallback);
            }
        }
        commit(field, value);
    });
    m_editors.insert(field, edit);
    m_editingWidgets << edit;
    form->addRow(LeadFields::label(field) + QLatin1Char(':'), edit);
    return edit;
}

void LeadDetailPanel::buildForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLine(LeadField::FirstName, form);
    addLine(LeadField::LastName, form);
    addLine(LeadField::Email, form);
    addLine(LeadField::Phone, form);
    addLine(LeadField::JobTitle, form);
    addLine(LeadField::Company, form);

    auto makeCombo = [&](LeadField field, bool editable) {
        auto *combo = new QComboBox(page);
        combo->setObjectName(QStringLiteral("field_") + LeadFields::key(field));
        combo->setAccessibleName(LeadFields::label(field));
        combo->setEditable(editable);
        if (editable) {
            combo->setInsertPolicy(QComboBox::NoInsert);
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, field, combo] {
                if (!m_loading)
                    commit(field, combo->currentText().trimmed());
            });
        } else {
            connect(combo, &QComboBox::activated, this, [this, field, combo] {
                if (!m_loading)
                    commit(field, combo->currentData());
            });
        }
        m_editors.insert(field, combo);
        m_editingWidgets << combo;
        form->addRow(LeadFields::label(field) + QLatin1Char(':'), combo);
        return combo;
    };
    m_industry = makeCombo(LeadField::Industry, true);
    addLine(LeadField::CompanySize, form)->setPlaceholderText(tr("employees"));
    addLine(LeadField::AnnualRevenue, form)->setPlaceholderText(tr("per year, in the company's currency"));
    addLine(LeadField::Country, form);
    addLine(LeadField::Region, form);
    addLine(LeadField::City, form);
    m_source = makeCombo(LeadField::Source, false);
    m_campaign = makeCombo(LeadField::CampaignId, false);
    m_magnet = makeCombo(LeadField::LeadMagnet, true);
    m_owner = makeCombo(LeadField::OwnerId, false);

    // Consent: when and how the lead opted in; unsubscribing is kept apart so it is never lost.
    auto *consentRow = new QWidget(page);
    auto *consentLayout = new QHBoxLayout(consentRow);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    m_consent = new QCheckBox(tr("Opted in"), consentRow);
    m_consent->setObjectName(QStringLiteral("field_consent"));
    m_consentDate = plainLabel(consentRow);
    m_unsubscribed = new QCheckBox(tr("Unsubscribed"), consentRow);
    m_unsubscribed->setObjectName(QStringLiteral("field_unsubscribed"));
    consentLayout->addWidget(m_consent);
    consentLayout->addWidget(m_consentDate, 1);
    connect(m_consent, &QCheckBox::clicked, this, [this](bool checked) {
        commit(LeadField::ConsentAt, checked ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant());
    });
    connect(m_unsubscribed, &QCheckBox::clicked, this, [this](bool checked) {
        commit(LeadField::UnsubscribedAt, checked ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant());
    });
    m_editors.insert(LeadField::ConsentAt, m_consent);
    m_editors.insert(LeadField::UnsubscribedAt, m_unsubscribed);
    m_editingWidgets << m_consent << m_unsubscribed;
    form->addRow(tr("Consent:"), consentRow);
    form->addRow(QString(), m_unsubscribed);
    addLine(LeadField::ConsentSource, form)->setPlaceholderText(tr("form, event or list the consent came from"));

    auto *notes = new NotesEdit(page);
    notes->setObjectName(QStringLiteral("field_notes"));
    notes->setAccessibleName(LeadFields::label(LeadField::Notes));
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(90);
    notes->onFinished = [this, notes] {
        if (!m_loading && m_lead)
            commit(LeadField::Notes, notes->toPlainText());
    };
    m_notes = notes;
    m_editors.insert(LeadField::Notes, notes);
    m_editingWidgets << notes;
    form->addRow(LeadFields::label(LeadField::Notes) + QLatin1Char(':'), notes);
    m_created = plainLabel(page);
    m_created->setObjectName(QStringLiteral("leadCreated"));
    m_created->setWordWrap(true);
    form->addRow(m_created);
}

void LeadDetailPanel::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    if (m_workspace) {
        disconnect(&m_workspace->leads(), nullptr, this, nullptr);
        disconnect(&m_workspace->tasks(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_undo = undoStack;
    m_leadId = 0;
    m_lead.reset();
    if (m_workspace) {
        connect(&m_workspace->leads(), &LeadRepository::leadsChanged, this, [this](const QList<qint64> &ids) {
            if (ids.contains(m_leadId))
                reload();
        });
        connect(&m_workspace->leads(), &LeadRepository::leadsAdded, this, [this](const QList<qint64> &ids) {
            if (ids.contains(m_leadId))
                reload();
        });
        connect(&m_workspace->leads(), &LeadRepository::leadsRemoved, this, [this](const QList<qint64> &ids) {
            if (ids.contains(m_leadId))
                setLead(0);
        });
        connect(&m_workspace->leads(), &LeadRepository::activitiesChanged, this, [this](qint64 id) {
            if (id == m_leadId)
                showActivities();
        });
        connect(&m_workspace->leads(), &LeadRepository::reset, this, &LeadDetailPanel::reload);
        connect(&m_workspace->tasks(), &TaskRepository::changed, this, &LeadDetailPanel::showSales);
        reloadChoices();
    }
    reload();
}

void LeadDetailPanel::reloadChoices()
{
    if (!m_workspace)
        return;
    m_loading = true;
    m_source->clear();
    m_source->addItem(tr("(none)"), QString());
    for (const QString &key : LeadSources::keys())
        m_source->addItem(LeadSources::displayName(key), key);
    m_campaign->clear();
    m_campaign->addItem(tr("(none)"), QVariant());
    m_owner->clear();
    m_owner->addItem(tr("Unassigned"), QVariant());
    m_industry->clear();
    m_magnet->clear();
    quietly([&] {
        for (const Campaign &c : m_workspace->campaigns().all())
            m_campaign->addItem(c.name, c.id);
        for (const Rep &r : m_workspace->reps().all())
            m_owner->addItem(r.name, r.id);
        for (const auto &v : m_workspace->leads().distinctValues(LeadField::Industry, 100))
            m_industry->addItem(v.first);
        for (const auto &v : m_workspace->leads().distinctValues(LeadField::LeadMagnet, 100))
            m_magnet->addItem(v.first);
    });
    m_loading = false;
}

void LeadDetailPanel::setLead(qint64 leadId)
{
    if (leadId == m_leadId && m_lead)
        return;
    m_leadId = leadId;
    clearFieldError();
    reload();
    if (leadId)
        m_tabs->setCurrentIndex(m_tabs->currentIndex());
}

void LeadDetailPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *w : std::as_const(m_editingWidgets))
        w->setEnabled(!readOnly);
    m_changeStage->setEnabled(!readOnly);
    m_qualify->setEnabled(!readOnly);
    m_deleteActivity->setEnabled(!readOnly && !m_activities->selectedItems().isEmpty());
}

void LeadDetailPanel::reload()
{
    m_lead.reset();
    if (m_workspace && m_leadId) {
        try {
            m_lead = m_workspace->leads().find(m_leadId);
        } catch (const StorageError &e) {
            qWarning("Lead detail: %s", qPrintable(e.message()));
        }
    }
    setEnabled(m_lead.has_value());
    showLead();
    showActivities();
    showHistory();
    showSales();
    m_scoreView->showLead(m_lead ? m_workspace : nullptr, m_lead ? m_leadId : 0);
}

void LeadDetailPanel::showLead()
{
    m_loading = true;
    if (!m_lead) {
        m_title->setText(m_workspace ? tr("No lead selected") : QString());
        m_subtitle->setText(QString());
        m_stage->clear();
        m_score->clear();
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            if (auto *line = qobject_cast<QLineEdit *>(it.value()))
                line->clear();
        }
        m_notes->clear();
        m_created->clear();
        m_loading = false;
        return;
    }
    const Lead &l = *m_lead;
    const ScoreBands bands = m_workspace->scoreBands();
    m_title->setText(l.displayName());
    QStringList subtitle;
    if (!l.jobTitle.isEmpty())
        subtitle << l.jobTitle;
    if (!l.company.isEmpty())
        subtitle << l.company;
    QStringList place;
    for (const QString &part : {l.city, l.country}) {
        if (!part.isEmpty())
            place << part;
    }
    if (!place.isEmpty())
        subtitle << place.join(QStringLiteral(", "));
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_stage->setText(tr("Stage: %1").arg(Lifecycle::displayName(l.stage)));
    m_score->setText(tr("Score: %1 (%2)").arg(QLocale().toString(l.score), Temperatures::displayName(bands.of(l.score))));

    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (m_errorField && *m_errorField == it.key())
            continue; // keep what the person typed until it is fixed or another lead is opened
        auto *line = qobject_cast<QLineEdit *>(it.value());
        if (!line)
            continue;
        const QVariant v = l.value(it.key());
        if (it.key() == LeadField::CompanySize)
            line->setText(v.isNull() ? QString() : QLocale().toString(v.toLongLong()));
        else if (it.key() == LeadField::AnnualRevenue)
            line->setText(v.isNull() ? QString() : QLocale().toString(v.toDouble(), 'f', 0));
        else
            line->setText(v.toString());
        line->setCursorPosition(0);
    }
    auto selectData = [](QComboBox *combo, const QVariant &data, const QString &fallbackText) {
        int index = combo->findData(data);
        if (index < 0 && !fallbackText.isEmpty()) {
            combo->addItem(fallbackText, data);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(0, index));
    };
    selectData(m_source, l.source, l.source);
    selectData(m_campaign, l.campaignId ? QVariant(*l.campaignId) : QVariant(), QString());
    selectData(m_owner, l.ownerId ? QVariant(*l.ownerId) : QVariant(), QString());
    if (m_errorField != LeadField::Industry)
        m_industry->setEditText(l.industry);
    if (m_errorField != LeadField::LeadMagnet)
        m_magnet->setEditText(l.leadMagnet);
    m_consent->setChecked(l.consentAt.has_value());
    m_consentDate->setText(l.consentAt ? tr("on %1").arg(formatTime(*l.consentAt)) : QString());
    m_unsubscribed->setChecked(l.unsubscribedAt.has_value());
    m_unsubscribed->setToolTip(l.unsubscribedAt ? tr("Unsubscribed on %1").arg(formatTime(*l.unsubscribedAt)) : QString());
    if (!m_notes->hasFocus())
        m_notes->setPlainText(l.notes);
    m_created->setText(tr("Created %1 · updated %2 · lead #%3")
                           .arg(formatTime(l.createdAt), formatTime(l.updatedAt))
                           .arg(l.id));
    m_loading = false;
}

void LeadDetailPanel::showActivities()
{
    m_activities->clear();
    if (!m_workspace || !m_lead) {
        m_tabs->setTabText(1, tr("Activities"));
        return;
    }
    QList<Activity> list;
    quietly([&] { list = m_workspace->leads().activities(m_leadId); });
    QList<QTreeWidgetItem *> items;
    items.reserve(list.size());
    for (const Activity &a : list) {
        auto *item = new QTreeWidgetItem({formatTime(a.occurredAt), ActivityTypes::displayName(a.type), a.detail, a.actor});
        item->setData(0, Qt::UserRole, a.id);
        item->setToolTip(2, a.detail);
        switch (a.type) {
        case ActivityType::Call: item->setIcon(1, Icons::icon(Icons::Glyph::Call)); break;
        case ActivityType::EmailSent:
        case ActivityType::EmailOpened:
        case ActivityType::EmailClicked:
        case ActivityType::EmailReplied: item->setIcon(1, Icons::icon(Icons::Glyph::Email)); break;
        case ActivityType::MeetingBooked:
        case ActivityType::MeetingHeld:
        case ActivityType::MeetingCancelled: item->setIcon(1, Icons::icon(Icons::Glyph::Meeting)); break;
        case ActivityType::Note: item->setIcon(1, Icons::icon(Icons::Glyph::Note)); break;
        default: break;
        }
        items << item;
    }
    m_activities->addTopLevelItems(items);
    m_activities->resizeColumnToContents(0);
    m_activities->resizeColumnToContents(1);
    m_tabs->setTabText(1, tr("Activities (%1)").arg(QLocale().toString(list.size())));
}

void LeadDetailPanel::showHistory()
{
    m_history->clear();
    if (!m_workspace || !m_lead)
        return;
    QList<StageChange> list;
    quietly([&] { list = m_workspace->leads().stageHistory(m_leadId); });
    for (const StageChange &c : list) {
        auto *item = new QTreeWidgetItem({formatTime(c.changedAt), c.from ? Lifecycle::displayName(*c.from) : QString(),
                                          Lifecycle::displayName(c.to), c.actor, c.reason, QLocale().toString(c.score)});
        item->setToolTip(4, c.reason);
        m_history->addTopLevelItem(item);
    }
    m_history->resizeColumnToContents(0);
}

QString LeadDetailPanel::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LeadDetailPanel::setFieldError(LeadField field, const QString &message)
{
    clearFieldError();
    m_errorField = field;
    m_error->setText(message);
    m_error->show();
    if (QWidget *w = m_editors.value(field)) {
        w->setStyleSheet(QStringLiteral("border: 2px solid #dc2626; border-radius: 3px;"));
        w->setToolTip(message);
        w->setFocus(Qt::OtherFocusReason);
    }
}

void LeadDetailPanel::clearFieldError()
{
    if (m_errorField) {
        if (QWidget *w = m_editors.value(*m_errorField)) {
            w->setStyleSheet(QString());
            w->setToolTip(QString());
        }
    }
    m_errorField.reset();
    m_error->hide();
    m_error->clear();
}

void LeadDetailPanel::commit(LeadField field, const QVariant &value)
{
    if (!m_workspace || !m_lead || m_readOnly)
        return;
    const QString problem = LeadValidation::checkField(field, value);
    if (!problem.isEmpty()) {
        setFieldError(field, tr("%1: %2").arg(LeadFields::label(field), problem));
        return;
    }
    if (m_errorField == field)
        clearFieldError();
    const QVariant old = m_lead->value(field);
    if (sameValue(old, value))
        return;
    WorkspaceCommand::run(m_undo, this, new SetLeadFieldCommand(*m_workspace, m_leadId, field, old, value));
}

void LeadDetailPanel::logActivity(int activityType)
{
    if (!m_workspace || !m_lead || m_readOnly)
        return;
    ActivityDialog dialog(ActivityType(activityType), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    WorkspaceCommand::run(m_undo, this, new AddActivityCommand(*m_workspace, dialog.activity(m_leadId)));
    m_tabs->setCurrentIndex(1);
}

void LeadDetailPanel::deleteSelectedActivity()
{
    const QList<QTreeWidgetItem *> selected = m_activities->selectedItems();
    if (!m_workspace || selected.isEmpty() || m_readOnly)
        return;
    const qint64 id = selected.first()->data(0, Qt::UserRole).toLongLong();
    const auto activity = m_workspace->leads().findActivity(id);
    if (activity)
        WorkspaceCommand::run(m_undo, this, new RemoveActivityCommand(*m_workspace, *activity));
}

void LeadDetailPanel::changeStage()
{
    if (!m_workspace || !m_lead || m_readOnly)
        return;
    ChangeStageDialog dialog(m_lead->stage, m_lead->displayName(), this);
    dialog.setSqlGoesThroughBant(true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.stage() == Stage::SQL) {
        qualify(); // sales qualification is BANT's to decide
        return;
    }
    WorkspaceCommand::run(m_undo, this,
                          new ChangeStageCommand(*m_workspace, m_leadId, m_lead->stage, dialog.stage(), dialog.reason()));
}

void LeadDetailPanel::qualify()
{
    if (!m_workspace || !m_lead || m_readOnly)
        return;
    BantDialog dialog(*m_workspace, m_leadId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    WorkspaceCommand::run(m_undo, this, new QualifyCommand(*m_workspace, m_leadId, dialog.request()));
    showSales();
}

void LeadDetailPanel::planFollowUp()
{
    if (!m_workspace || !m_lead || m_readOnly)
        return;
    Task task;
    task.leadId = m_leadId;
    task.repId = m_lead->ownerId.value_or(0);
    task.type = TaskType::Call;
    task.title = tr("Call %1").arg(m_lead->displayName());
    TaskDialog dialog(*m_workspace, task, this);
    if (dialog.exec() == QDialog::Accepted)
        WorkspaceCommand::run(m_undo, this, new AddTaskCommand(*m_workspace, dialog.task()));
    showSales();
}

void LeadDetailPanel::showSales()
{
    m_sales->clear();
    if (!m_workspace || !m_lead)
        return;
    quietly([&] {
        QHash<qint64, QString> reps;
        for (const Rep &r : m_workspace->reps().all())
            reps.insert(r.id, r.name);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto *tasks = new QTreeWidgetItem({QString(), tr("Follow-ups"), QString(), QString()});
        for (const Task &t : m_workspace->tasks().forLead(m_leadId)) {
            const QString state = t.doneAt ? tr("done: %1").arg(t.outcome) : t.isOverdue(now) ? tr("overdue") : tr("open");
            auto *row = new QTreeWidgetItem(tasks, {formatTime(t.dueAt), TaskRepository::typeName(t.type),
                                                    t.title + QStringLiteral(" (") + state + QLatin1Char(')'),
                                                    reps.value(t.repId)});
            if (t.isOverdue(now))
                row->setForeground(2, QColor(0xb9, 0x1c, 0x1c));
        }
        auto *qualifications = new QTreeWidgetItem({QString(), tr("Qualifications (BANT)"), QString(), QString()});
        for (const QualificationRecord &q : Qualification(*m_workspace).history(m_leadId)) {
            const BantAnswers &a = q.answers;
            auto yes = [](bool met) { return met ? QStringLiteral("✓") : QStringLiteral("✗"); };
            const QString detail = tr("%1 · B %2 A %3 N %4 T %5 · %6")
                                       .arg(Lifecycle::displayName(q.outcome), yes(a.budgetMet()), yes(a.authorityMet()),
                                            yes(a.needMet()), yes(a.timingMet()), q.reason);
            auto *row = new QTreeWidgetItem(qualifications, {formatTime(q.at), tr("Qualified"), detail, q.actor});
            row->setToolTip(2, tr("Budget: %1 %2 — Authority: %3 — Need: %4 — Timing: %5 — rule: %6")
                                   .arg(a.budgetAmount ? QLocale().toString(*a.budgetAmount, 'f', 0) : QString(), a.budgetCurrency,
                                        a.decisionMaker, a.needPain, a.purchaseBy, q.rule));
        }
        auto *assignments = new QTreeWidgetItem({QString(), tr("Assignments"), QString(), QString()});
        for (const Assignment &a : Router(*m_workspace).history(m_leadId)) {
            new QTreeWidgetItem(assignments, {formatTime(a.assignedAt),
                                              a.repId ? reps.value(a.repId) : tr("unassigned"), a.reason, a.actor});
        }
        for (QTreeWidgetItem *group : {tasks, qualifications, assignments}) {
            group->setText(1, group->text(1) + QStringLiteral(" (%L1)").arg(group->childCount()));
            QFont f = group->font(1);
            f.setBold(true);
            group->setFont(1, f);
            m_sales->addTopLevelItem(group);
            group->setExpanded(true);
        }
    });
    m_sales->resizeColumnToContents(0);
    m_sales->resizeColumnToContents(1);
}
