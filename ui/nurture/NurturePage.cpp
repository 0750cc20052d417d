#include "NurturePage.h"

#include "FlowView.h"
#include "StepEditor.h"
#include "shell/ErrorReporting.h"
#include "shell/Icons.h"

#include "distribution/RepRepository.h"
#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Nurture;

namespace {

// One edit of the sequence being edited (before it is saved): undo puts the previous draft back.
class DraftCommand : public QUndoCommand
{
public:
    DraftCommand(NurturePage *page, Sequence before, Sequence after, const QString &text)
        : QUndoCommand(text)
        , m_page(page)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { m_page->applyDraft(m_after); }
    void undo() override { m_page->applyDraft(m_before); }

private:
    NurturePage *m_page;
    Sequence m_before;
    Sequence m_after;
};

QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

QTableWidget *table(const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString percent(qint64 part, qint64 whole)
{
    return whole ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

} // namespace

NurturePage::NurturePage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("nurturePage"));
    m_flowUndo = new QUndoStack(this);
    auto *layout = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal);
    layout->addWidget(split);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Sequences")));
    m_sequences = new QListWidget;
    m_sequences->setObjectName(QStringLiteral("nurtureSequences"));
    m_sequences->setAccessibleName(tr("Nurture sequences"));
    leftLayout->addWidget(m_sequences, 1);
    auto *newButton = new QPushButton(tr("&New sequence"));
    newButton->setObjectName(QStringLiteral("nurtureNewSequence"));
    leftLayout->addWidget(newButton);
    auto *deleteButton = new QPushButton(tr("Delete sequence"));
    deleteButton->setObjectName(QStringLiteral("nurtureDeleteSequence"));
    leftLayout->addWidget(deleteButton);
    m_editWidgets << newButton << deleteButton;
    split->addWidget(left);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("nurtureTabs"));
    // Each tab scrolls rather than widening the main window on a small screen.
    const auto scrolled = [](QWidget *content) {
        auto *area = new QScrollArea;
        area->setWidget(content);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->addTab(scrolled(buildFlowTab()), tr("Flow"));
    m_tabs->addTab(scrolled(buildEnrolmentTab()), tr("Enrolments"));
    m_tabs->addTab(scrolled(buildStatsTab()), tr("Statistics"));
    m_tabs->addTab(scrolled(buildTemplatesTab()), tr("Templates"));
    m_tabs->addTab(scrolled(buildSendingTab()), tr("Sending"));
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 1100});

    // Sending while the application is open, when the workspace's settings ask for it (a scheduled
    // "leadbench-cli nurture run" does the same without the GUI; the lock lets only one of them send).
    m_autoTimer = new QTimer(this);
    m_autoTimer->setObjectName(QStringLiteral("nurtureAutoSendTimer"));
    m_autoTimer->setInterval(5 * 60 * 1000);
    connect(m_autoTimer, &QTimer::timeout, this, [this] {
        if (!m_service || m_readOnly || m_sending)
            return;
        NurtureSettings s;
        if (quietly([&] { s = m_service->settings(); }) && s.autoSend && s.problem().isEmpty())
            startSending(false);
    });
    m_autoTimer->start();

    connect(newButton, &QPushButton::clicked, this, &NurturePage::newSequence);
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (!m_draft.id || !m_service)
            return;
        if (!askYesNo(this, tr("Delete sequence"),
                      tr("Delete the sequence \"%1\" with its enrolments and send log?").arg(m_draft.name), QMessageBox::No))
            return;
        if (guarded(this, tr("Delete sequence"), [&] { m_service->removeSequence(m_draft.id); })) {
            m_draft = Sequence();
            m_dirty = false;
            reloadSequences();
        }
    });
    connect(m_sequences, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const qint64 id = m_sequences->item(row)->data(Qt::UserRole).toLongLong();
        if (id == m_draft.id)
            return;
        if (!confirmDiscard()) {
            reloadSequences(m_draft.id);
            return;
        }
        loadSequence(id);
    });
}

NurturePage::~NurturePage()
{
    QThreadPool::globalInstance()->waitForDone();
}

QIcon NurturePage::icon() const
{
    return Icons::icon(Icons::Glyph::Email);
}

QWidget *NurturePage::buildFlowTab()
{
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);

    auto *head = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nurtureName"));
    m_name->setAccessibleName(tr("Sequence name"));
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_status);
    head->addRow(tr("Name:"), nameRow);
    auto *exits = new QHBoxLayout;
    m_exitReplied = new QCheckBox(tr("replied"));
    m_exitConverted = new QCheckBox(tr("became SQL or customer"));
    m_exitUnsubscribed = new QCheckBox(tr("unsubscribed"));
    m_exitBounced = new QCheckBox(tr("bounced"));
    m_exitDisqualified = new QCheckBox(tr("disqualified"));
    for (QCheckBox *c : {m_exitReplied, m_exitConverted, m_exitUnsubscribed, m_exitBounced, m_exitDisqualified}) {
        c->setAccessibleName(tr("Exit when %1").arg(c->text()));
        exits->addWidget(c);
    }
    m_exitUnsubscribed->setObjectName(QStringLiteral("nurtureExitUnsubscribed"));
    m_exitReplied->setObjectName(QStringLiteral("nurtureExitReplied"));
    exits->addStretch();
    head->addRow(tr("Leave when:"), exits);
    auto *auto_ = new QHBoxLayout;
    m_autoSegment = new QComboBox;
    m_autoSegment->setObjectName(QStringLiteral("nurtureAutoSegment"));
    m_autoSegment->setAccessibleName(tr("Enrol the leads of a segment automatically"));
    m_bantDefault = new QCheckBox(tr("Leads that BANT sends to Nurturing"));
    m_bantDefault->setObjectName(QStringLiteral("nurtureBantDefault"));
    auto_->addWidget(m_autoSegment, 1);
    auto_->addWidget(m_bantDefault);
    head->addRow(tr("Enrol automatically:"), auto_);
    v->addLayout(head);

    auto *bar = new QHBoxLayout;
    const QList<QPair<StepType, QString>> adds = {{StepType::Email, tr("+ E-mail")},
                                                 {StepType::Wait, tr("+ Wait")},
                                                 {StepType::Condition, tr("+ Condition")},
                                                 {StepType::Action, tr("+ Action")}};
    for (const auto &a : adds) {
        auto *b = new QToolButton;
        b->setText(a.second);
        b->setObjectName(QStringLiteral("nurtureAdd") + Sequences::typeKey(a.first));
        b->setToolTip(tr("Add a step after the selected one"));
        connect(b, &QToolButton::clicked, this, [this, t = a.first] { addStep(int(t)); });
        bar->addWidget(b);
        m_editWidgets << b;
    }
    auto *remove = new QToolButton;
    remove->setText(tr("Remove step"));
    remove->setObjectName(QStringLiteral("nurtureRemoveStep"));
    connect(remove, &QToolButton::clicked, this, &NurturePage::removeStep);
    auto *start = new QToolButton;
    start->setText(tr("Make it the start"));
    start->setObjectName(QStringLiteral("nurtureSetStart"));
    connect(start, &QToolButton::clicked, this, &NurturePage::setStart);
    auto *undo = new QToolButton;
    undo->setDefaultAction(m_flowUndo->createUndoAction(this, tr("Undo")));
    undo->defaultAction()->setShortcut(QKeySequence::Undo);
    undo->defaultAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    w->addAction(undo->defaultAction());
    undo->setObjectName(QStringLiteral("nurtureUndo"));
    auto *redo = new QToolButton;
    redo->setDefaultAction(m_flowUndo->createRedoAction(this, tr("Redo")));
    redo->defaultAction()->setShortcut(QKeySequence::Redo);
    redo->defaultAction()->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    w->addAction(redo->defaultAction());
    for (QToolButton *b : {remove, start, undo, redo}) {
        bar->addWidget(b);
        m_editWidgets << b;
    }
    bar->addStretch();
    v->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal);
    m_flow = new FlowView;
    m_flow->setObjectName(QStringLiteral("nurtureFlow"));
    m_flow->setAccessibleName(tr("Sequence flow"));
    split->addWidget(m_flow);
    auto *right = new QWidget;
    auto *rv = new QVBoxLayout(right);
    m_stepEditor = new StepEditor;
    m_stepEditor->setObjectName(QStringLiteral("nurtureStepEditor"));
    rv->addWidget(m_stepEditor, 1);
    rv->addWidget(new QLabel(tr("Problems:")));
    m_problems = new QListWidget;
    m_problems->setObjectName(QStringLiteral("nurtureProblems"));
    m_problems->setAccessibleName(tr("Problems of the sequence"));
    m_problems->setWordWrap(true);
    rv->addWidget(m_problems, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    right->setMaximumWidth(520);
    m_flow->setMinimumWidth(240);
    split->setSizes({760, 440});
    v->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("nurtureSave"));
    m_activate = new QPushButton(tr("Save and &activate"));
    m_activate->setObjectName(QStringLiteral("nurtureActivate"));
    m_pause = new QPushButton(tr("&Pause"));
    m_pause->setObjectName(QStringLiteral("nurturePause"));
    for (QPushButton *b : {m_save, m_activate, m_pause}) {
        buttons->addWidget(b);
        m_editWidgets << b;
    }
    v->addLayout(buttons);
    m_editWidgets << m_name << m_stepEditor << m_autoSegment << m_bantDefault << m_exitReplied << m_exitConverted
                  << m_exitUnsubscribed << m_exitBounced << m_exitDisqualified;

    connect(m_save, &QPushButton::clicked, this, &NurturePage::saveSequence);
    connect(m_activate, &QPushButton::clicked, this, &NurturePage::activate);
    connect(m_pause, &QPushButton::clicked, this, &NurturePage::pause);
    connect(m_flow, &FlowView::stepSelected, this, &NurturePage::showStep);
    connect(m_stepEditor, &StepEditor::edited, this, [this](const Step &step) {
        Sequence after = m_draft;
        if (Step *s = after.step(step.id))
            *s = step;
        edit(after, tr("Change step #%1").arg(step.id));
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const int id = item->data(Qt::UserRole).toInt()) {
            m_flow->selectStep(id);
            showStep(id);
        }
    });
    connect(m_problems, &QListWidget::itemClicked, m_problems, &QListWidget::itemActivated);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text() == m_draft.name)
            return;
        Sequence after = m_draft;
        after.name = m_name->text();
        edit(after, tr("Rename"));
    });
    const auto exitsChanged = [this] {
        Sequence after = m_draft;
        after.exits.replied = m_exitReplied->isChecked();
        after.exits.converted = m_exitConverted->isChecked();
        after.exits.unsubscribed = m_exitUnsubscribed->isChecked();
        after.exits.bounced = m_exitBounced->isChecked();
        after.exits.disqualified = m_exitDisqualified->isChecked();
        after.autoSegmentId = m_autoSegment->currentData().toLongLong();
        after.bantDefault = m_bantDefault->isChecked();
        if (!(after == m_draft))
            edit(after, tr("Change when leads enter or leave"));
    };
    for (QCheckBox *c : {m_exitReplied, m_exitConverted, m_exitUnsubscribed, m_exitBounced, m_exitDisqualified, m_bantDefault})
        connect(c, &QCheckBox::clicked, this, exitsChanged);
    connect(m_autoSegment, &QComboBox::activated, this, exitsChanged);
    return w;
}

QWidget *NurturePage::buildEnrolmentTab()
{
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    auto *bar = new QHBoxLayout;
    m_segment = new QComboBox;
    m_segment->setObjectName(QStringLiteral("nurtureSegment"));
    m_segment->setAccessibleName(tr("Segment to enrol"));
    auto *enrolSegment = new QPushButton(tr("Enrol the segment"));
    enrolSegment->setObjectName(QStringLiteral("nurtureEnrolSegment"));
    m_leadIds = new QLineEdit;
    m_leadIds->setObjectName(QStringLiteral("nurtureLeadIds"));
    m_leadIds->setAccessibleName(tr("Lead numbers to enrol"));
    m_leadIds->setPlaceholderText(tr("Lead numbers, e.g. 12, 15"));
    auto *enrolLeads = new QPushButton(tr("Enrol these leads"));
    enrolLeads->setObjectName(QStringLiteral("nurtureEnrolLeads"));
    auto *remove = new QPushButton(tr("Take out of the sequence"));
    remove->setObjectName(QStringLiteral("nurtureUnenrol"));
    bar->addWidget(m_segment, 1);
    bar->addWidget(enrolSegment);
    bar->addWidget(m_leadIds, 1);
    bar->addWidget(enrolLeads);
    bar->addWidget(remove);
    v->addLayout(bar);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("nurtureCounts"));
    v->addWidget(m_counts);
    m_enrolments = table(QStringLiteral("nurtureEnrolments"),
                         {tr("Lead"), tr("E-mail"), tr("State"), tr("Next step"), tr("Due"), tr("Source"), tr("Why it ended")});
    v->addWidget(m_enrolments, 1);
    m_editWidgets << enrolSegment << enrolLeads << remove;
    connect(enrolSegment, &QPushButton::clicked, this, &NurturePage::enrolSegment);
    connect(enrolLeads, &QPushButton::clicked, this, &NurturePage::enrolLeads);
    connect(m_leadIds, &QLineEdit::returnPressed, this, &NurturePage::enrolLeads);
    connect(remove, &QPushButton::clicked, this, &NurturePage::unenrolSelected);
    return w;
}

QWidget *NurturePage::buildStatsTab()
{
    auto *w = new QWidget;
    auto *v = new QVBoxLayout(w);
    auto *note = new QLabel(tr("Per e-mail step: opens, clicks and replies come from the leads' activities between the "
                               "e-mail and the next one (30 days at most); converted: reached SQL or beyond after it."));
    note->setWordWrap(true);
    v->addWidget(note);
    m_stats = table(QStringLiteral("nurtureStats"), {tr("Step"), tr("Sent"), tr("Opened"), tr("Clicked"), tr("Replied"),
                                                    tr("Converted"), tr("Bounced"), tr("Waiting here")});
    v->addWidget(m_stats, 1);
    return w;
}

QWidget *NurturePage::buildTemplatesTab()
{
    auto *w = new QWidget;
    auto *h = new QHBoxLayout(w);
    auto *left = new QVBoxLayout;
    m_templates = new QListWidget;
    m_templates->setObjectName(QStringLiteral("nurtureTemplates"));
    m_templates->setAccessibleName(tr("E-mail templates"));
    left->addWidget(m_templates, 1);
    auto *newT = new QPushButton(tr("New template"));
    newT->setObjectName(QStringLiteral("nurtureNewTemplate"));
    auto *delT = new QPushButton(tr("Delete template"));
    delT->setObjectName(QStringLiteral("nurtureDeleteTemplate"));
    left->addWidget(newT);
    left->addWidget(delT);
    h->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_templateName = new QLineEdit;
    m_templateName->setObjectName(QStringLiteral("templateName"));
    m_templateName->setAccessibleName(tr("Template name"));
    form->addRow(tr("Na&me:"), m_templateName);
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    form->addRow(tr("S&ubject:"), m_subject);
    m_insertField = new QComboBox;
    m_insertField->setObjectName(QStringLiteral("templateInsertField"));
    m_insertField->setAccessibleName(tr("Insert a merge field"));
    m_insertField->addItem(tr("Insert a merge field…"), QString());
    for (const QString &key : TemplateRenderer::fields())
        m_insertField->addItem(TemplateRenderer::fieldLabel(key) + QStringLiteral("  {{") + key + QStringLiteral("}}"), key);
    form->addRow(QString(), m_insertField);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("templateText"));
    m_text->setAccessibleName(tr("Plain-text body"));
    m_text->setPlaceholderText(tr("Hello {{first_name|there}},\n…"));
    form->addRow(tr("&Text:"), m_text);
    m_html = new QPlainTextEdit;
    m_html->setObjectName(QStringLiteral("templateHtml"));
    m_html->setAccessibleName(tr("HTML body (optional)"));
    m_html->setPlaceholderText(tr("Optional simple HTML, e.g. <p>Hello <b>{{first_name}}</b></p>"));
    form->addRow(tr("&HTML:"), m_html);
    auto *footerNote = new QLabel(tr("The unsubscribe footer (Sending tab) is added to every e-mail and cannot be removed."));
    footerNote->setWordWrap(true);
    form->addRow(footerNote);
    m_templateProblems = new QLabel;
    m_templateProblems->setObjectName(QStringLiteral("templateProblems"));
    m_templateProblems->setTextFormat(Qt::PlainText);
    m_templateProblems->setWordWrap(true);
    m_templateProblems->setStyleSheet(QStringLiteral("color: #b91c1c"));
    form->addRow(m_templateProblems);
    auto *saveT = new QPushButton(tr("Save template"));
    saveT->setObjectName(QStringLiteral("nurtureSaveTemplate"));
    form->addRow(QString(), saveT);
    h->addLayout(form, 2);

    auto *preview = new QVBoxLayout;
    auto *leadRow = new QHBoxLayout;
    leadRow->addWidget(new QLabel(tr("Preview for lead #")));
    m_previewLead = new QSpinBox;
    m_previewLead->setObjectName(QStringLiteral("templatePreviewLead"));
    m_previewLead->setAccessibleName(tr("Lead to preview for"));
    m_previewLead->setRange(0, 2000000000);
    leadRow->addWidget(m_previewLead, 1);
    preview->addLayout(leadRow);
    m_previewSubject = new QLabel;
    m_previewSubject->setObjectName(QStringLiteral("templatePreviewSubject"));
    m_previewSubject->setTextFormat(Qt::PlainText);
    m_previewSubject->setWordWrap(true);
    preview->addWidget(m_previewSubject);
    m_previewText = new QPlainTextEdit;
    m_previewText->setObjectName(QStringLiteral("templatePreviewText"));
    m_previewText->setReadOnly(true);
    preview->addWidget(m_previewText, 1);
    m_previewHtml = new QTextBrowser;
    m_previewHtml->setObjectName(QStringLiteral("templatePreviewHtml"));
    m_previewHtml->setOpenLinks(false);
    m_previewHtml->setOpenExternalLinks(false);
    preview->addWidget(m_previewHtml, 1);
    h->addLayout(preview, 2);

    m_editWidgets << newT << delT << saveT << m_templateName << m_subject << m_text << m_html << m_insertField;
    connect(m_templates, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            loadTemplate(m_templates->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(newT, &QPushButton::clicked, this, [this] {
        m_templates->clearSelection();
        loadTemplate(0);
        m_templateName->setFocus();
    });
    connect(delT, &QPushButton::clicked, this, &NurturePage::deleteTemplate);
    connect(saveT, &QPushButton::clicked, this, &NurturePage::saveTemplate);
    connect(m_insertField, &QComboBox::activated, this, [this](int i) {
        const QString key = m_insertField->itemData(i).toString();
        m_insertField->setCurrentIndex(0);
        if (key.isEmpty())
            return;
        const QString field = QStringLiteral("{{") + key + QStringLiteral("}}");
        if (m_subject->hasFocus())
            m_subject->insert(field);
        else if (m_html->hasFocus())
            m_html->insertPlainText(field);
        else
            m_text->insertPlainText(field);
    });
    for (QPlainTextEdit *e : {m_text, m_html})
        connect(e, &QPlainTextEdit::textChanged, this, &NurturePage::updatePreview);
    connect(m_subject, &QLineEdit::textChanged, this, &NurturePage::updatePreview);
    connect(m_previewLead, &QSpinBox::valueChanged, this, &NurturePage::updatePreview);
    return w;
}

QWidget *NurturePage::buildSendingTab()
{
    auto *w = new QWidget;
    auto *h = new QHBoxLayout(w);
    auto *box = new QGroupBox(tr("Sending settings"));
    auto *form = new QFormLayout(box);
    auto line = [](const QString &name, const QString &accessible) {
        auto *e = new QLineEdit;
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        return e;
    };
    m_host = line(QStringLiteral("smtpHost"), tr("SMTP server"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setAccessibleName(tr("SMTP port"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_port);
    form->addRow(tr("SMTP server:"), hostRow);
    m_security = new QComboBox;
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->setAccessibleName(tr("Connection security"));
    for (auto s : {SmtpSettings::Security::StartTls, SmtpSettings::Security::Ssl, SmtpSettings::Security::None})
        m_security->addItem(SmtpSecurity::name(s), int(s));
    form->addRow(tr("Se&curity:"), m_security);
    m_user = line(QStringLiteral("smtpUser"), tr("SMTP user name"));
    form->addRow(tr("&User name:"), m_user);
    m_password = line(QStringLiteral("smtpPassword"), tr("SMTP password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain; leave empty to keep the stored one"));
    form->addRow(tr("Pass&word:"), m_password);
    m_caFile = line(QStringLiteral("smtpCaFile"), tr("Trusted certificate file"));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file to trust for this server"));
    form->addRow(tr("Certificate:"), m_caFile);
    m_from = line(QStringLiteral("smtpFrom"), tr("Sender address"));
    form->addRow(tr("&From address:"), m_from);
    m_fromName = line(QStringLiteral("smtpFromName"), tr("Sender name"));
    form->addRow(tr("From &name:"), m_fromName);
    m_replyTo = line(QStringLiteral("smtpReplyTo"), tr("Reply-to address"));
    form->addRow(tr("Reply-to:"), m_replyTo);
    m_unsubMailto = line(QStringLiteral("unsubscribeMailto"), tr("Unsubscribe mailbox"));
    form->addRow(tr("Unsubscribe mailbox:"), m_unsubMailto);
    m_unsubUrl = line(QStringLiteral("unsubscribeUrl"), tr("Unsubscribe page"));
    m_unsubUrl->setPlaceholderText(QStringLiteral("https://example.com/unsubscribe?t={token}"));
    form->addRow(tr("Unsubscribe page:"), m_unsubUrl);
    m_postal = new QPlainTextEdit;
    m_postal->setObjectName(QStringLiteral("postalAddress"));
    m_postal->setAccessibleName(tr("Sender's postal address"));
    m_postal->setMaximumHeight(60);
    form->addRow(tr("Postal address:"), m_postal);
    m_footer = new QPlainTextEdit;
    m_footer->setObjectName(QStringLiteral("footer"));
    m_footer->setAccessibleName(tr("Footer wording"));
    m_footer->setPlaceholderText(TemplateRenderer::defaultFooter());
    m_footer->setMaximumHeight(80);
    form->addRow(tr("Footer:"), m_footer);
    m_capCount = new QSpinBox;
    m_capCount->setObjectName(QStringLiteral("capCount"));
    m_capCount->setAccessibleName(tr("Most e-mails per lead"));
    m_capCount->setRange(1, 100);
    m_capDays = new QSpinBox;
    m_capDays->setObjectName(QStringLiteral("capDays"));
    m_capDays->setAccessibleName(tr("In days"));
    m_capDays->setRange(1, 365);
    auto *capRow = new QHBoxLayout;
    capRow->addWidget(new QLabel(tr("at most")));
    capRow->addWidget(m_capCount);
    capRow->addWidget(new QLabel(tr("e-mails per lead in")));
    capRow->addWidget(m_capDays);
    capRow->addWidget(new QLabel(tr("days")));
    capRow->addStretch();
    form->addRow(tr("Frequency cap:"), capRow);
    m_quiet = new QCheckBox(tr("No e-mail from"));
    m_quiet->setObjectName(QStringLiteral("quietHours"));
    m_quietFrom = new QTimeEdit;
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietFrom->setAccessibleName(tr("Quiet hours from"));
    m_quietTo = new QTimeEdit;
    m_quietTo->setObjectName(QStringLiteral("quietTo"));
    m_quietTo->setAccessibleName(tr("Quiet hours to"));
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietTo->setDisplayFormat(QStringLiteral("HH:mm"));
    m_weekends = new QCheckBox(tr("nor at weekends"));
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to")));
    quietRow->addWidget(m_quietTo);
    quietRow->addWidget(m_weekends);
    quietRow->addStretch();
    form->addRow(tr("Quiet hours:"), quietRow);
    m_autoSend = new QCheckBox(tr("Send what is due every 5 minutes while Leadbench is open"));
    m_autoSend->setObjectName(QStringLiteral("autoSend"));
    form->addRow(QString(), m_autoSend);
    auto *saveS = new QPushButton(tr("Save sending settings"));
    saveS->setObjectName(QStringLiteral("nurtureSaveSettings"));
    form->addRow(QString(), saveS);
    auto *leftColumn = new QVBoxLayout;
    leftColumn->addWidget(box);
    leftColumn->addStretch();
    h->addLayout(leftColumn, 1);

    auto *right = new QVBoxLayout;
    m_sendingState = new QLabel;
    m_sendingState->setObjectName(QStringLiteral("nurtureSendingState"));
    m_sendingState->setTextFormat(Qt::PlainText);
    m_sendingState->setWordWrap(true);
    m_sendingState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    auto *dry = new QPushButton(tr("&Dry run (next 14 days)"));
    dry->setObjectName(QStringLiteral("nurtureDryRun"));
    m_sendNow = new QPushButton(tr("Send due e-mails &now"));
    m_sendNow->setObjectName(QStringLiteral("nurtureSendNow"));
    buttons->addWidget(dry);
    buttons->addWidget(m_sendNow);
    buttons->addStretch();
    right->addLayout(buttons);
    right->addWidget(m_sendingState);
    m_plan = table(QStringLiteral("nurturePlan"), {tr("When"), tr("To"), tr("Sequence"), tr("Step"), tr("Subject")});
    right->addWidget(m_plan, 1);
    h->addLayout(right, 1);

    m_editWidgets << saveS << m_sendNow;
    connect(saveS, &QPushButton::clicked, this, &NurturePage::saveSettings);
    connect(dry, &QPushButton::clicked, this, &NurturePage::dryRun);
    connect(m_sendNow, &QPushButton::clicked, this, &NurturePage::sendNow);
    return w;
}

void NurturePage::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    Q_UNUSED(undoStack);
    QThreadPool::globalInstance()->waitForDone();
    m_workspace = workspace;
    m_service.reset(workspace ? new NurtureService(*workspace) : nullptr);
    m_draft = Sequence();
    m_dirty = false;
    m_flowUndo->clear();
    setEnabled(workspace != nullptr);
    if (!workspace)
        return;
    connect(m_service.get(), &NurtureService::sequencesChanged, this, [this] { reloadSequences(m_draft.id); });
    connect(m_service.get(), &NurtureService::enrolmentsChanged, this, [this] {
        reloadEnrolments();
        reloadStats();
    });
    m_segment->clear();
    m_autoSegment->clear();
    m_autoSegment->addItem(tr("No segment"), 0);
    quietly([&] {
        for (const Segment &s : workspace->segments().all()) {
            m_segment->addItem(s.name, s.id);
            m_autoSegment->addItem(s.name, s.id);
        }
    });
    reloadTemplates();
    loadSettings();
    reloadSequences();
}

void NurturePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *w : std::as_const(m_editWidgets))
        w->setEnabled(!readOnly);
}

std::function<QString(qint64)> NurturePage::templateNames() const
{
    QHash<qint64, QString> names;
    if (m_service) {
        quietly([&] {
            for (const EmailTemplate &t : m_service->templates())
                names.insert(t.id, t.name);
        });
    }
    return [names](qint64 id) { return names.value(id); };
}

void NurturePage::reloadSequences(qint64 select)
{
    QSignalBlocker block(m_sequences);
    m_sequences->clear();
    if (!m_service)
        return;
    QList<Sequence> list;
    quietly([&] { list = m_service->sequences(); });
    for (const Sequence &s : list) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(s.name, Sequences::statusName(s.status)), m_sequences);
        item->setData(Qt::UserRole, s.id);
        if (s.id == select)
            m_sequences->setCurrentItem(item);
    }
    if (!select && m_sequences->count() && !m_draft.id && !m_dirty) {
        m_sequences->setCurrentRow(0);
        loadSequence(m_sequences->item(0)->data(Qt::UserRole).toLongLong());
    } else if (!select && !m_dirty && !m_draft.id) {
        m_draft = Sequence();
        showDraft();
    }
}

void NurturePage::loadSequence(qint64 id)
{
    std::optional<Sequence> s;
    quietly([&] { s = m_service->findSequence(id); });
    m_draft = s.value_or(Sequence());
    m_dirty = false;
    m_flowUndo->clear();
    m_flow->selectStep(m_draft.entry);
    showDraft();
    reloadEnrolments();
    reloadStats();
}

bool NurturePage::confirmDiscard()
{
    if (!m_dirty)
        return true;
    return askYesNo(this, tr("Unsaved sequence"), tr("Discard the changes to \"%1\"?").arg(m_draft.name), QMessageBox::No);
}

void NurturePage::newSequence()
{
    if (!m_service || !confirmDiscard())
        return;
    Sequence s;
    s.name = tr("New sequence");
    for (int i = 2; m_service->findSequence(s.name); ++i)
        s.name = tr("New sequence %1").arg(i);
    s.status = SequenceStatus::Draft;
    Step first;
    first.id = 1;
    first.type = StepType::Email;
    const QList<EmailTemplate> templates = m_service->templates();
    first.templateId = templates.isEmpty() ? 0 : templates.first().id;
    s.steps << first;
    s.entry = 1;
    m_draft = s;
    m_dirty = true;
    m_flowUndo->clear();
    showDraft();
    m_flow->selectStep(1);
    showStep(1);
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
    m_name->selectAll();
}

void NurturePage::applyDraft(const Sequence &sequence)
{
    m_draft = sequence;
    m_dirty = true;
    showDraft();
}

void NurturePage::edit(const Sequence &after, const QString &what)
{
    if (after == m_draft)
        return;
    m_flowUndo->push(new DraftCommand(this, m_draft, after, what));
}

void NurturePage::showDraft()
{
    const bool has = !m_draft.name.isEmpty() || !m_draft.steps.isEmpty();
    m_name->setText(m_draft.name);
    m_status->setText(has ? (Sequences::statusName(m_draft.status) + (m_dirty ? tr(" · not saved") : QString())) : QString());
    for (auto [box, on] : {std::pair{m_exitReplied, m_draft.exits.replied}, std::pair{m_exitConverted, m_draft.exits.converted},
                           std::pair{m_exitUnsubscribed, m_draft.exits.unsubscribed}, std::pair{m_exitBounced, m_draft.exits.bounced},
                           std::pair{m_exitDisqualified, m_draft.exits.disqualified}, std::pair{m_bantDefault, m_draft.bantDefault}})
        box->setChecked(on);
    const int seg = m_autoSegment->findData(m_draft.autoSegmentId);
    m_autoSegment->setCurrentIndex(seg < 0 ? 0 : seg);

    QList<Problem> problems;
    if (m_service && has)
        quietly([&] { problems = m_service->validate(m_draft); });
    QSet<int> problemSteps;
    m_problems->clear();
    for (const Problem &p : problems) {
        auto *item = new QListWidgetItem(p.stepId ? tr("Step #%1: %2").arg(p.stepId).arg(p.message) : p.message, m_problems);
        item->setData(Qt::UserRole, p.stepId);
        problemSteps.insert(p.stepId);
    }
    if (has && problems.isEmpty())
        new QListWidgetItem(tr("No problem: the sequence can run."), m_problems);
    m_flow->setSequence(m_draft, templateNames(), problemSteps);
    const int selected = m_flow->selectedStep();
    if (selected && m_draft.step(selected))
        showStep(selected);
    else
        m_stepEditor->clear();
    m_activate->setEnabled(!m_readOnly && has && problems.isEmpty());
    m_pause->setEnabled(!m_readOnly && m_draft.id && m_draft.status == SequenceStatus::Active);
    m_save->setEnabled(!m_readOnly && has);
}

void NurturePage::showStep(int id)
{
    const Step *s = m_draft.step(id);
    if (!s) {
        m_stepEditor->clear();
        return;
    }
    StepEditor::Choices choices;
    quietly([&] {
        for (const EmailTemplate &t : m_service->templates())
            choices.templates << qMakePair(t.id, t.name);
        for (const Rep &r : m_workspace->reps().all())
            choices.reps << qMakePair(r.id, r.name);
    });
    m_stepEditor->setStep(*s, m_draft, choices);
}

void NurturePage::addStep(int type)
{
    if (m_draft.name.isEmpty() && m_draft.steps.isEmpty())
        return;
    Sequence after = m_draft;
    Step s;
    s.id = after.nextStepId();
    s.type = StepType(type);
    switch (s.type) {
    case StepType::Email: {
        const QList<EmailTemplate> templates = m_service->templates();
        s.templateId = templates.isEmpty() ? 0 : templates.first().id;
        break;
    }
    case StepType::Wait:
        s.amount = 2;
        s.unit = WaitUnit::Days;
        break;
    case StepType::Condition:
        s.condition = ConditionKind::Opened;
        break;
    case StepType::Action:
        s.action = ActionKind::CreateTask;
        s.text = tr("Follow up");
        break;
    }
    // After the selected step (else after the last step that ends the sequence).
    int from = m_flow->selectedStep();
    if (!after.step(from)) {
        from = 0;
        for (const Step &x : after.steps) {
            if (x.type != StepType::Condition && !x.next)
                from = x.id;
        }
    }
    if (Step *prev = after.step(from)) {
        int *link = prev->type == StepType::Condition ? (prev->yes ? &prev->no : &prev->yes) : &prev->next;
        if (prev->type == StepType::Condition && prev->yes && prev->no)
            link = &prev->no;
        if (s.type == StepType::Condition)
            s.yes = *link;
        else
            s.next = *link;
        *link = s.id;
    }
    if (!after.step(after.entry))
        after.entry = s.id;
    after.steps << s;
    edit(after, tr("Add %1").arg(Sequences::typeName(s.type)));
    m_flow->selectStep(s.id);
    showStep(s.id);
}

void NurturePage::removeStep()
{
    const int id = m_flow->selectedStep();
    if (!m_draft.step(id))
        return;
    Sequence after = m_draft;
    after.removeStep(id);
    edit(after, tr("Remove step #%1").arg(id));
    m_flow->selectStep(0);
    m_stepEditor->clear();
}

void NurturePage::setStart()
{
    const int id = m_flow->selectedStep();
    if (!m_draft.step(id) || m_draft.entry == id)
        return;
    Sequence after = m_draft;
    after.entry = id;
    edit(after, tr("Start at step #%1").arg(id));
}

void NurturePage::saveSequence()
{
    if (!m_service)
        return;
    if (m_name->text() != m_draft.name)
        m_draft.name = m_name->text();
    qint64 id = 0;
    if (guarded(this, tr("Save sequence"), [&] { id = m_service->saveSequence(m_draft); })) {
        m_draft.id = id;
        loadSequence(id);
        reloadSequences(id);
        emit statusMessage(tr("Sequence \"%1\" saved.").arg(m_draft.name));
    }
}

void NurturePage::activate()
{
    m_draft.status = SequenceStatus::Active;
    if (m_name->text() != m_draft.name)
        m_draft.name = m_name->text();
    qint64 id = 0;
    if (guarded(this, tr("Activate sequence"), [&] { id = m_service->saveSequence(m_draft); })) {
        loadSequence(id);
        reloadSequences(id);
        emit statusMessage(tr("Sequence \"%1\" is active.").arg(m_draft.name));
    } else {
        m_draft.status = SequenceStatus::Draft;
        showDraft();
    }
}

void NurturePage::pause()
{
    if (!m_draft.id)
        return;
    if (guarded(this, tr("Pause sequence"), [&] { m_service->setStatus(m_draft.id, SequenceStatus::Paused); })) {
        loadSequence(m_draft.id);
        reloadSequences(m_draft.id);
    }
}

void NurturePage::reloadEnrolments()
{
    m_enrolments->setRowCount(0);
    m_counts->clear();
    if (!m_service || !m_draft.id)
        return;
    quietly([&] {
        const SequenceCounts c = m_service->counts(m_draft.id);
        m_counts->setText(tr("Active %1 · completed %2 · exited %3")
                              .arg(QLocale().toString(c.active), QLocale().toString(c.completed), QLocale().toString(c.exited)));
        const QList<Enrolment> list = m_service->enrolments(m_draft.id);
        const int shown = int(std::min<qsizetype>(list.size(), 2000));
        m_enrolments->setRowCount(shown);
        for (int r = 0; r < shown; ++r) {
            const Enrolment &e = list.at(r);
            const std::optional<Lead> lead = m_workspace->leads().find(e.leadId);
            const QString name = lead ? (lead->firstName + QLatin1Char(' ') + lead->lastName).trimmed() : QString();
            m_enrolments->setItem(r, 0, cell(tr("#%1 %2").arg(e.leadId).arg(name), e.leadId));
            m_enrolments->setItem(r, 1, cell(lead ? lead->email : QString()));
            m_enrolments->setItem(r, 2, cell(NurtureService::enrolmentStateName(e.state)));
            const Step *s = m_draft.step(e.stepId);
            m_enrolments->setItem(r, 3, cell(e.state == EnrolmentState::Active && s
                                                 ? tr("#%1 %2").arg(s->id).arg(Sequences::describe(*s, templateNames()))
                                                 : QString()));
            m_enrolments->setItem(r, 4, cell(e.state == EnrolmentState::Active
                                                 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.dueAt), QLocale::ShortFormat)
                                                 : QString()));
            m_enrolments->setItem(r, 5, cell(e.source));
            m_enrolments->setItem(r, 6, cell(e.endReason));
        }
    });
    m_enrolments->resizeColumnsToContents();
}

void NurturePage::reloadStats()
{
    m_stats->setRowCount(0);
    if (!m_service || !m_draft.id)
        return;
    quietly([&] {
        const auto names = templateNames();
        const QList<StepStats> stats = m_service->stats(m_draft.id);
        m_stats->setRowCount(int(stats.size()));
        int r = 0;
        for (const StepStats &st : stats) {
            const Step *s = m_draft.step(st.stepId);
            m_stats->setItem(r, 0, cell(s ? tr("#%1 %2").arg(s->id).arg(Sequences::describe(*s, names)) : QString()));
            const bool email = s && s->type == StepType::Email;
            auto num = [](qint64 v) { return QLocale().toString(v); };
            m_stats->setItem(r, 1, cell(email ? num(st.sent) : QString()));
            m_stats->setItem(r, 2, cell(email ? tr("%1 (%2)").arg(num(st.opened), percent(st.opened, st.sent)) : QString()));
            m_stats->setItem(r, 3, cell(email ? tr("%1 (%2)").arg(num(st.clicked), percent(st.clicked, st.sent)) : QString()));
            m_stats->setItem(r, 4, cell(email ? tr("%1 (%2)").arg(num(st.replied), percent(st.replied, st.sent)) : QString()));
            m_stats->setItem(r, 5, cell(email ? tr("%1 (%2)").arg(num(st.converted), percent(st.converted, st.sent)) : QString()));
            m_stats->setItem(r, 6, cell(email ? num(st.bounced) : QString()));
            m_stats->setItem(r, 7, cell(num(st.waiting)));
            ++r;
        }
    });
    m_stats->resizeColumnsToContents();
}

void NurturePage::enrolSegment()
{
    if (!m_draft.id) {
        inform(this, tr("Enrol"), tr("Save the sequence first."));
        return;
    }
    int added = 0;
    if (guarded(this, tr("Enrol"), [&] { added = m_service->enrolSegment(m_draft.id, m_segment->currentData().toLongLong()); }))
        emit statusMessage(tr("%n lead(s) enrolled.", nullptr, added));
}

void NurturePage::enrolLeads()
{
    if (!m_draft.id) {
        inform(this, tr("Enrol"), tr("Save the sequence first."));
        return;
    }
    QList<qint64> ids;
    for (const QString &part : m_leadIds->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = QString(part).remove(QLatin1Char('#')).toLongLong(&ok);
        if (!ok || id <= 0) {
            showError(this, tr("Enrol"), tr("\"%1\" is not a lead number.").arg(part));
            return;
        }
        ids << id;
    }
    int added = 0;
    if (guarded(this, tr("Enrol"), [&] { added = m_service->enrol(m_draft.id, ids); })) {
        m_leadIds->clear();
        emit statusMessage(tr("%n lead(s) enrolled.", nullptr, added));
    }
}

void NurturePage::enrolDialog(const QList<qint64> &leadIds)
{
    if (!m_service || leadIds.isEmpty())
        return;
    QList<Sequence> list;
    if (!guarded(this, tr("Add to nurture sequence"), [&] { list = m_service->sequences(); }))
        return;
    if (list.isEmpty()) {
        inform(this, tr("Add to nurture sequence"), tr("There is no nurture sequence yet: make one on the Nurture page."));
        return;
    }
    QStringList names;
    for (const Sequence &s : list)
        names << tr("%1 (%2)").arg(s.name, Sequences::statusName(s.status));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Add to nurture sequence"),
                                                 tr("Enrol %n lead(s) in:", nullptr, int(leadIds.size())), names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 id = list.at(names.indexOf(chosen)).id;
    int added = 0;
    if (guarded(this, tr("Add to nurture sequence"), [&] { added = m_service->enrol(id, leadIds); }))
        emit statusMessage(tr("%n lead(s) enrolled; %1 were already in it.", nullptr, added)
                               .arg(QLocale().toString(qint64(leadIds.size() - added))));
}

void NurturePage::unenrolSelected()
{
    QSet<qint64> leads;
    for (const QModelIndex &i : m_enrolments->selectionModel()->selectedRows())
        leads.insert(m_enrolments->item(i.row(), 0)->data(Qt::UserRole).toLongLong());
    guarded(this, tr("Take out of the sequence"), [&] {
        for (qint64 id : leads)
            m_service->unenrol(m_draft.id, id);
    });
}

void NurturePage::reloadTemplates(qint64 select)
{
    QSignalBlocker block(m_templates);
    m_templates->clear();
    if (!m_service)
        return;
    QList<EmailTemplate> list;
    quietly([&] { list = m_service->templates(); });
    for (const EmailTemplate &t : list) {
        auto *item = new QListWidgetItem(t.name, m_templates);
        item->setData(Qt::UserRole, t.id);
        if (t.id == select)
            m_templates->setCurrentItem(item);
    }
    if (!select && !list.isEmpty()) {
        m_templates->setCurrentRow(0);
        loadTemplate(list.first().id);
    } else if (!select) {
        loadTemplate(0);
    }
}

void NurturePage::loadTemplate(qint64 id)
{
    std::optional<EmailTemplate> t;
    if (id && m_service)
        quietly([&] { t = m_service->findTemplate(id); });
    const EmailTemplate e = t.value_or(EmailTemplate());
    m_templateId = e.id;
    m_templateName->setText(e.name);
    m_subject->setText(e.subject);
    m_text->setPlainText(e.text);
    m_html->setPlainText(e.html);
    updatePreview();
}

void NurturePage::saveTemplate()
{
    EmailTemplate t;
    t.id = m_templateId;
    t.name = m_templateName->text();
    t.subject = m_subject->text();
    t.text = m_text->toPlainText();
    t.html = m_html->toPlainText();
    qint64 id = 0;
    if (guarded(this, tr("Save template"), [&] { id = m_service->saveTemplate(t); })) {
        reloadTemplates(id);
        loadTemplate(id);
        showDraft();
        emit statusMessage(tr("Template \"%1\" saved.").arg(t.name.trimmed()));
    }
}

void NurturePage::deleteTemplate()
{
    if (!m_templateId)
        return;
    if (!askYesNo(this, tr("Delete template"), tr("Delete the template \"%1\"?").arg(m_templateName->text()), QMessageBox::No))
        return;
    if (guarded(this, tr("Delete template"), [&] { m_service->removeTemplate(m_templateId); }))
        reloadTemplates();
}

void NurturePage::updatePreview()
{
    EmailTemplate t;
    t.name = m_templateName->text().isEmpty() ? QStringLiteral("-") : m_templateName->text();
    t.subject = m_subject->text();
    t.text = m_text->toPlainText();
    t.html = m_html->toPlainText();
    QStringList problems;
    for (const TemplateProblem &p : TemplateRenderer::check(t))
        problems << (p.line ? tr("%1, line %2: %3").arg(p.part).arg(p.line).arg(p.message) : tr("%1: %2").arg(p.part, p.message));
    m_templateProblems->setText(problems.join(QLatin1Char('\n')));
    m_previewSubject->clear();
    m_previewText->clear();
    m_previewHtml->clear();
    if (!m_service || !m_workspace)
        return;
    const qint64 lead = m_previewLead->value();
    if (!lead) {
        m_previewSubject->setText(tr("Choose a lead number to see the e-mail as that lead will get it."));
        return;
    }
    try {
        const RenderedEmail r = m_service->preview(t, lead);
        m_previewSubject->setText(tr("Subject: %1").arg(r.subject));
        m_previewText->setPlainText(r.text);
        // The template's own HTML; lead values in it are escaped by the renderer. Nothing remote loads.
        m_previewHtml->setHtml(r.html.isEmpty() ? QString() : r.html);
    } catch (const StorageError &e) {
        m_previewSubject->setText(e.message());
    }
}

void NurturePage::loadSettings()
{
    if (!m_service)
        return;
    NurtureSettings s;
    quietly([&] { s = m_service->settings(); });
    m_host->setText(s.smtp.host);
    m_port->setValue(s.smtp.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(int(s.smtp.security))));
    m_user->setText(s.smtp.username);
    m_password->clear();
    m_caFile->setText(s.smtp.caFile);
    m_from->setText(s.smtp.fromAddress);
    m_fromName->setText(s.smtp.fromName);
    m_replyTo->setText(s.smtp.replyTo);
    m_unsubMailto->setText(s.unsubscribeMailto);
    m_unsubUrl->setText(s.unsubscribeUrl);
    m_postal->setPlainText(s.postalAddress);
    m_footer->setPlainText(s.footer);
    m_capCount->setValue(s.policy.capCount);
    m_capDays->setValue(s.policy.capDays);
    m_quiet->setChecked(s.policy.quietHours);
    m_quietFrom->setTime(s.policy.quietFrom);
    m_quietTo->setTime(s.policy.quietTo);
    m_weekends->setChecked(s.policy.skipWeekends);
    m_autoSend->setChecked(s.autoSend);
    const QString problem = s.problem();
    m_sendingState->setText(problem.isEmpty() ? tr("Ready to send.") : problem);
}

void NurturePage::saveSettings()
{
    NurtureSettings s = m_service->settings();
    s.smtp.host = m_host->text().trimmed();
    s.smtp.port = m_port->value();
    s.smtp.security = SmtpSettings::Security(m_security->currentData().toInt());
    s.smtp.username = m_user->text().trimmed();
    s.smtp.caFile = m_caFile->text().trimmed();
    s.smtp.fromAddress = m_from->text().trimmed();
    s.smtp.fromName = m_fromName->text().trimmed();
    s.smtp.replyTo = m_replyTo->text().trimmed();
    s.unsubscribeMailto = m_unsubMailto->text().trimmed();
    s.unsubscribeUrl = m_unsubUrl->text().trimmed();
    s.postalAddress = m_postal->toPlainText().trimmed();
    s.footer = m_footer->toPlainText();
    s.policy.capCount = m_capCount->value();
    s.policy.capDays = m_capDays->value();
    s.policy.quietHours = m_quiet->isChecked();
    s.policy.quietFrom = m_quietFrom->time();
    s.policy.quietTo = m_quietTo->time();
    s.policy.skipWeekends = m_weekends->isChecked();
    s.autoSend = m_autoSend->isChecked();
    if (!guarded(this, tr("Sending settings"), [&] { m_service->saveSettings(s); }))
        return;
    if (!m_password->text().isEmpty()) {
        if (!guarded(this, tr("SMTP password"), [&] { m_service->setSmtpPassword(m_password->text()); }))
            return;
        m_password->clear();
    }
    loadSettings();
    emit statusMessage(tr("Sending settings saved."));
}

void NurturePage::dryRun()
{
    if (!m_service)
        return;
    RunReport report;
    if (!guarded(this, tr("Dry run"), [&] { report = m_service->dryRun(14); }))
        return;
    m_plan->setRowCount(int(report.emails.size()));
    int r = 0;
    for (const PlannedEmail &e : report.emails) {
        m_plan->setItem(r, 0, cell(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat)));
        m_plan->setItem(r, 1, cell(e.to));
        m_plan->setItem(r, 2, cell(e.sequence));
        m_plan->setItem(r, 3, cell(QStringLiteral("#%1").arg(e.stepId)));
        m_plan->setItem(r, 4, cell(e.subject));
        ++r;
    }
    m_plan->resizeColumnsToContents();
    m_sendingState->setText(tr("Dry run: %n e-mail(s) in the next 14 days; nothing was sent or changed.", nullptr,
                               int(report.emails.size()))
                            + (report.plannedActions.isEmpty() ? QString()
                                                               : QLatin1Char('\n') + report.plannedActions.join(QLatin1Char('\n'))));
}

void NurturePage::startSending(bool interactive)
{
    if (!m_service || m_sending)
        return;
    const NurtureSettings settings = m_service->settings();
    const QString problem = settings.problem();
    if (!problem.isEmpty()) {
        if (interactive)
            showError(this, tr("Send now"), problem);
        return;
    }
    QString password;
    if (!settings.smtp.username.isEmpty()) {
        try {
            password = m_service->smtpPassword();
        } catch (const std::exception &e) {
            const QString message = QString::fromLocal8Bit(e.what());
            m_sendingState->setText(message);
            if (interactive)
                showError(this, tr("SMTP password"), message);
            return;
        }
    }
    m_interactiveSend = interactive;
    m_sending = true;
    m_sendNow->setEnabled(false);
    m_sendingState->setText(tr("Sending…"));
    // Off the GUI thread, with a connection of its own.
    const QString path = m_workspace->path();
    QPointer<NurturePage> self(this);
    QThreadPool::globalInstance()->start([self, path, settings, password] {
        RunReport report;
        QString error;
        try {
            Workspace::OpenOptions options;
            options.verify = Workspace::OpenOptions::Verify::Quick;
            auto ws = Workspace::open(path, options);
            NurtureService service(*ws);
            SmtpMailer mailer(settings.smtp, password);
            report = service.run(&mailer, RunOptions());
        } catch (const StorageError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        QMetaObject::invokeMethod(qApp, [self, report, error] {
            if (self)
                self->sendDone(report, error);
        });
    });
}

void NurturePage::sendDone(const RunReport &report, const QString &error)
{
    m_sending = false;
    m_sendNow->setEnabled(!m_readOnly);
    if (!error.isEmpty()) {
        m_sendingState->setText(error);
        if (m_interactiveSend)
            showError(this, tr("Send now"), error);
        else
            emit statusMessage(tr("Nurture e-mails: %1").arg(error));
    } else {
        QString text = tr("%n e-mail(s) sent.", nullptr, report.sent) + QLatin1Char(' ')
            + tr("Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.")
                  .arg(report.retried).arg(report.failed).arg(report.bounced).arg(report.exited).arg(report.completed)
                  .arg(report.heldByCap).arg(report.heldByQuietHours);
        if (!report.problems.isEmpty())
            text += QLatin1Char('\n') + report.problems.join(QLatin1Char('\n'));
        m_sendingState->setText(text);
    }
    if (m_workspace) {
        m_workspace->leads().announceReset();
        reloadEnrolments();
        reloadStats();
    }
    emit sendFinished();
}
