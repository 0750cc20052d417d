#include "CaptureWindow.h"

#include "shell/ErrorReporting.h"
#include "tradeshow/BadgeParser.h"

#include "campaigns/CampaignRepository.h"
#include "leads/LeadRepository.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *plain(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CaptureWindow::CaptureWindow(Workspace &workspace, qint64 eventId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_show(workspace)
    , m_eventId(eventId)
{
    setObjectName(QStringLiteral("captureWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    if (const auto event = workspace.campaigns().find(eventId))
        m_eventName = event->name;
    setWindowTitle(tr("Capture — %1").arg(m_eventName));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    setFont(big);

    auto *title = plain(m_eventName, this);
    QFont titleFont = big;
    titleFont.setPointSizeF(big.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_counters = plain(QString(), this);
    m_counters->setObjectName(QStringLiteral("captureCounters"));
    auto *leaveButton = new QPushButton(tr("Leave (Esc)"), this);
    leaveButton->setObjectName(QStringLiteral("leaveCapture"));
    connect(leaveButton, &QPushButton::clicked, this, &CaptureWindow::leave);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_counters);
    header->addSpacing(24);
    header->addWidget(leaveButton);

    auto *formBox = new QWidget(this);
    auto *form = new QFormLayout(formBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::pair<LeadField, QString> lines[] = {
        {LeadField::FirstName, tr("First name")}, {LeadField::LastName, tr("Last name")},
        {LeadField::Company, tr("Company")},     {LeadField::JobTitle, tr("Job title")},
        {LeadField::Email, tr("E-mail")},        {LeadField::Phone, tr("Phone")}};
    for (const auto &[f, label] : lines) {
        auto *edit = new QLineEdit(formBox);
        edit->setObjectName(QStringLiteral("capture_") + LeadFields::key(f));
        edit->setAccessibleName(label);
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textEdited, this, &CaptureWindow::formChanged);
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] {
            // A single-line scan (MECARD, key=value) is read, not saved.
            if (BadgeParser::detect(edit->text()) != BadgeParser::Kind::None) {
                applyScan(edit->text());
                return;
            }
            save();
        });
        m_fields.insert(f, edit);
        form->addRow(label + QLatin1Char(':'), edit);
    }
    auto *interestRow = new QWidget(formBox);
    auto *interestLayout = new QHBoxLayout(interestRow);
    interestLayout->setContentsMargins(0, 0, 0, 0);
    m_interest = new QButtonGroup(this);
    const std::pair<Temperature, QString> interests[] = {
        {Temperature::Hot, tr("&Hot")}, {Temperature::Warm, tr("&Warm")}, {Temperature::Cold, tr("C&old")}};
    for (const auto &[t, text] : interests) {
        auto *radio = new QRadioButton(text, interestRow);
        radio->setObjectName(QStringLiteral("interest_") + Temperatures::key(t));
        m_interest->addButton(radio, int(t));
        interestLayout->addWidget(radio);
    }
    interestLayout->addStretch(1);
    m_interest->button(int(Temperature::Warm))->setChecked(true);
    connect(m_interest, &QButtonGroup::idClicked, this, &CaptureWindow::formChanged);
    form->addRow(tr("Interest:"), interestRow);
    m_product = new QComboBox(formBox);
    m_product->setObjectName(QStringLiteral("capture_product"));
    m_product->setAccessibleName(tr("Product interest"));
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->lineEdit()->installEventFilter(this);
    connect(m_product->lineEdit(), &QLineEdit::textEdited, this, &CaptureWindow::formChanged);
    connect(m_product->lineEdit(), &QLineEdit::returnPressed, this, &CaptureWindow::save);
    form->addRow(tr("Product interest:"), m_product);
    m_notes = new QPlainTextEdit(formBox);
    m_notes->setObjectName(QStringLiteral("capture_notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Enter saves; Shift+Enter starts a new line"));
    m_notes->setMaximumHeight(110);
    m_notes->installEventFilter(this);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            formChanged();
    });
    form->addRow(tr("Notes:"), m_notes);
    m_consent = new QCheckBox(tr("Consent given to the wording below"), formBox);
    m_consent->setObjectName(QStringLiteral("capture_consent"));
    m_consent->installEventFilter(this);
    connect(m_consent, &QCheckBox::toggled, this, &CaptureWindow::formChanged);
    form->addRow(tr("Consent:"), m_consent);
    m_consentText = plain(m_show.consentWording(eventId), formBox);
    m_consentText->setObjectName(QStringLiteral("capture_consent_text"));
    m_consentText->setWordWrap(true);
    m_consentText->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), m_consentText);

    auto *saveButton = new QPushButton(tr("Save and next (Enter)"), formBox);
    saveButton->setObjectName(QStringLiteral("saveCapture"));
    saveButton->setDefault(true);
    connect(saveButton, &QPushButton::clicked, this, &CaptureWindow::save);
    m_error = plain(QString(), formBox);
    m_error->setObjectName(QStringLiteral("captureError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: 600;"));
    m_status = plain(QString(), formBox);
    m_status->setObjectName(QStringLiteral("captureStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #15803d; font-weight: 600;"));
    form->addRow(QString(), saveButton);
    form->addRow(QString(), m_error);
    form->addRow(QString(), m_status);

    // Duplicates beside the form.
    auto *dupBox = new QGroupBox(tr("Already in the workspace?"), this);
    auto *dupLayout = new QVBoxLayout(dupBox);
    m_updating = plain(QString(), dupBox);
    m_updating->setObjectName(QStringLiteral("captureUpdating"));
    m_updating->setWordWrap(true);
    m_updating->setStyleSheet(QStringLiteral("color: #1d4ed8; font-weight: 600;"));
    m_cancelUpdate = new QPushButton(tr("Save as a new lead instead"), dupBox);
    m_cancelUpdate->setObjectName(QStringLiteral("cancelUpdate"));
    connect(m_cancelUpdate, &QPushButton::clicked, this, [this] { updateInstead(0); });
    m_duplicates = new QListWidget(dupBox);
    m_duplicates->setObjectName(QStringLiteral("captureDuplicates"));
    m_duplicates->setAccessibleName(tr("Possible duplicates"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setFocusPolicy(Qt::NoFocus);
    auto *useButton = new QPushButton(tr("Update the selected lead instead"), dupBox);
    useButton->setObjectName(QStringLiteral("updateInstead"));
    useButton->setEnabled(false);
    connect(m_duplicates, &QListWidget::currentRowChanged, useButton, [useButton](int row) { useButton->setEnabled(row >= 0); });
    connect(useButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_duplicates->currentItem())
            updateInstead(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_duplicates, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { updateInstead(item->data(Qt::UserRole).toLongLong()); });
    dupLayout->addWidget(m_updating);
    dupLayout->addWidget(m_cancelUpdate);
    dupLayout->addWidget(m_duplicates, 1);
    dupLayout->addWidget(useButton);
    m_updating->hide();
    m_cancelUpdate->hide();

    auto *body = new QHBoxLayout;
    body->addWidget(formBox, 3);
    body->addWidget(dupBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addLayout(body, 1);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &CaptureWindow::leave);

    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(200);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CaptureWindow::refreshDuplicates);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        quietly([&] { m_show.saveDraft(m_eventId, input()); });
    });

    setTabOrder(m_fields.value(LeadField::FirstName), m_fields.value(LeadField::LastName));
    setTabOrder(m_fields.value(LeadField::LastName), m_fields.value(LeadField::Company));
    setTabOrder(m_fields.value(LeadField::Company), m_fields.value(LeadField::JobTitle));
    setTabOrder(m_fields.value(LeadField::JobTitle), m_fields.value(LeadField::Email));
    setTabOrder(m_fields.value(LeadField::Email), m_fields.value(LeadField::Phone));
    setTabOrder(m_fields.value(LeadField::Phone), m_interest->button(int(Temperature::Hot)));
    setTabOrder(m_interest->button(int(Temperature::Hot)), m_product);
    setTabOrder(m_product, m_notes);
    setTabOrder(m_notes, m_consent);
    setTabOrder(m_consent, saveButton);

    // Product interests already typed at events, for quick picking.
    quietly([&] {
        QStringList products;
        for (const auto &v : workspace.leads().distinctValues(LeadField::LeadMagnet, 50))
            products << v.first;
        m_product->addItems(products);
        m_product->setCurrentIndex(-1);
        m_product->setEditText(QString());
    });

    // A draft left by a crash or an earlier Esc comes back.
    if (const auto draft = m_show.draft(); draft && draft->first == eventId) {
        setInput(draft->second);
        m_status->setText(tr("The lead being typed last time is back."));
    }
    refreshCounters();
    m_fields.value(LeadField::FirstName)->setFocus();
}

CaptureWindow::~CaptureWindow() = default;

CaptureInput CaptureWindow::input() const
{
    CaptureInput in;
    in.firstName = m_fields.value(LeadField::FirstName)->text();
    in.lastName = m_fields.value(LeadField::LastName)->text();
    in.company = m_fields.value(LeadField::Company)->text();
    in.jobTitle = m_fields.value(LeadField::JobTitle)->text();
    in.email = m_fields.value(LeadField::Email)->text();
    in.phone = m_fields.value(LeadField::Phone)->text();
    in.interest = Temperature(std::max(0, m_interest->checkedId()));
    in.productInterest = m_product->currentText();
    in.notes = m_notes->toPlainText();
    in.consent = m_consent->isChecked();
    in.consentText = in.consent ? m_consentText->text() : QString();
    return in;
}

void CaptureWindow::setInput(const CaptureInput &in)
{
    m_filling = true;
    m_fields.value(LeadField::FirstName)->setText(in.firstName);
    m_fields.value(LeadField::LastName)->setText(in.lastName);
    m_fields.value(LeadField::Company)->setText(in.company);
    m_fields.value(LeadField::JobTitle)->setText(in.jobTitle);
    m_fields.value(LeadField::Email)->setText(in.email);
    m_fields.value(LeadField::Phone)->setText(in.phone);
    if (QAbstractButton *b = m_interest->button(int(in.interest)))
        b->setChecked(true);
    m_product->setEditText(in.productInterest);
    m_notes->setPlainText(in.notes);
    m_consent->setChecked(in.consent);
    m_filling = false;
    formChanged();
}

void CaptureWindow::formChanged()
{
    if (m_filling)
        return;
    m_error->clear();
    m_duplicateTimer->start();
    m_draftTimer->start();
}

void CaptureWindow::showError(const QString &message, QWidget *where)
{
    m_error->setText(message);
    m_status->clear();
    if (where)
        where->setFocus(Qt::OtherFocusReason);
}

bool CaptureWindow::save()
{
    const CaptureInput in = input();
    LeadField field = LeadField::FirstName;
    const QString problem = m_show.check(in, &field);
    if (!problem.isEmpty()) {
        showError(problem, m_fields.value(field, m_fields.value(LeadField::FirstName)));
        return false;
    }
    TradeShow::Result result;
    try {
        result = m_show.capture(m_eventId, in, m_updateLeadId ? std::optional<qint64>(m_updateLeadId) : std::nullopt);
    } catch (const StorageError &e) {
        // Nothing is cleared: the person still has what they typed, and the draft keeps it.
        showError(e.message(), nullptr);
        return false;
    }
    // Committed (and on disk) at this point; only now does the form clear for the next person.
    const QString name = (in.firstName + QLatin1Char(' ') + in.lastName).trimmed();
    clearForm();
    m_status->setText(result.updatedExisting ? tr("Updated %1 (#%2).").arg(name).arg(result.leadId)
                                             : tr("Saved %1 (#%2).").arg(name.isEmpty() ? in.company : name).arg(result.leadId));
    refreshCounters();
    emit saved(result.leadId);
    return true;
}

void CaptureWindow::clearForm()
{
    m_filling = true;
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->clear();
    m_product->setEditText(QString());
    m_notes->clear();
    m_consent->setChecked(false);
    m_interest->button(int(Temperature::Warm))->setChecked(true);
    m_filling = false;
    m_draftTimer->stop();
    m_duplicateTimer->stop();
    m_duplicates->clear();
    m_error->clear();
    m_scan.clear();
    m_scanning = false;
    updateInstead(0);
    m_fields.value(LeadField::FirstName)->setFocus(Qt::OtherFocusReason);
}

void CaptureWindow::updateInstead(qint64 leadId)
{
    m_updateLeadId = leadId;
    if (leadId) {
        QString who;
        quietly([&] { who = m_workspace.leads().get(leadId).displayName(); });
        m_updating->setText(tr("Enter will update %1 (#%2) instead of creating a lead.").arg(who).arg(leadId));
    }
    m_updating->setVisible(leadId != 0);
    m_cancelUpdate->setVisible(leadId != 0);
}

void CaptureWindow::refreshCounters()
{
    qint64 today = 0;
    qint64 here = 0;
    quietly([&] {
        today = m_show.capturedToday();
        here = m_show.capturedAt(m_eventId);
    });
    const QLocale locale;
    m_counters->setText(tr("Today: %1 · At this event: %2").arg(locale.toString(today), locale.toString(here)));
}

void CaptureWindow::refreshDuplicates()
{
    m_duplicates->clear();
    QList<DuplicateCandidate> found;
    quietly([&] { found = m_show.duplicates(input()); });
    for (const DuplicateCandidate &c : found) {
        QStringList lines{c.name.isEmpty() ? c.email : c.name};
        QStringList contact;
        for (const QString &part : {c.company, c.email, c.phone}) {
            if (!part.isEmpty())
                contact << part;
        }
        lines << contact.join(QStringLiteral(" · ")) << tr("Why: %1").arg(c.reasons.join(QStringLiteral(", ")));
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_duplicates);
        item->setData(Qt::UserRole, c.leadId);
    }
}

void CaptureWindow::applyScan(const QString &text)
{
    const auto fields = BadgeParser::parse(text);
    QLineEdit *focused = qobject_cast<QLineEdit *>(focusWidget());
    if (!fields) {
        if (focused)
            focused->clear();
        showError(tr("The badge could not be read; type the details instead."), focused);
        return;
    }
    CaptureInput in = input();
    // The scanned text landed in the focused field: that field takes the badge's value (or nothing).
    if (focused) {
        focused->clear();
        const LeadField target = m_fields.key(focused, LeadField::Notes);
        in.setField(target, QString());
    }
    auto take = [](QString &target, const QString &value) {
        if (!value.isEmpty())
            target = value;
    };
    take(in.firstName, fields->firstName);
    take(in.lastName, fields->lastName);
    take(in.company, fields->company);
    take(in.jobTitle, fields->jobTitle);
    take(in.email, fields->email);
    take(in.phone, fields->phone);
    setInput(in);
    m_status->setText(tr("Badge read: check the details, choose the interest, then Enter."));
    m_interest->button(int(Temperature::Warm))->setFocus();
}

bool CaptureWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    auto *line = qobject_cast<QLineEdit *>(watched);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;

    // A vCard typed by a scanner spans lines: each Enter is a line break until END:VCARD.
    if (line && !m_scanning && BadgeParser::detect(line->text()) == BadgeParser::Kind::VCard) {
        m_scanning = true;
        m_scan = line->text();
    }
    if (m_scanning && line) {
        if (enter)
            m_scan += QLatin1Char('\n');
        else
            m_scan += key->text();
        if (!enter)
            line->setText(m_scan.section(QLatin1Char('\n'), -1)); // show the line being read
        if (BadgeParser::isComplete(m_scan)) {
            const QString card = m_scan;
            m_scanning = false;
            m_scan.clear();
            applyScan(card);
        }
        return true;
    }

    if (watched == m_notes && enter && !(key->modifiers() & Qt::ShiftModifier)) {
        save();
        return true;
    }
    if (watched == m_consent && enter) {
        save();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaptureWindow::leave()
{
    // What is typed stays as the draft; capture mode shows it again next time.
    m_draftTimer->stop();
    quietly([&] { m_show.saveDraft(m_eventId, input()); });
    m_leaving = true;
    close();
}

void CaptureWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaving) {
        m_draftTimer->stop();
        quietly([&] { m_show.saveDraft(m_eventId, input()); });
    }
    event->accept();
    emit left();
}
