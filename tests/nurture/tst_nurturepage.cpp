#include "FakeSmtp.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "leads/LeadRepository.h"
#include "nurture/FlowView.h"
#include "nurture/NurturePage.h"
#include "nurture/NurtureService.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QJsonArray>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Nurture;

class tst_NurturePage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void buildAndActivateASequenceByHand();
    void problemsAreShownAndActivationRefused();
    void fieldConditionIsEditable();
    void enrolSelectedLeadsFromADialog();
    void templateEditorPreviewsForARealLead();
    void sendingSettingsDryRunAndSendNow();

private:
    template<typename T>
    T *find(const QString &name)
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    void click(const QString &name) { QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton); }
    void selectCombo(QComboBox *box, const QString &text)
    {
        const int i = box->findText(text, Qt::MatchStartsWith);
        QVERIFY2(i >= 0, qPrintable(text));
        box->setFocus();
        while (box->currentIndex() != i)
            QTest::keyClick(box, box->currentIndex() < i ? Qt::Key_Down : Qt::Key_Up);
    }
    qint64 addLead(const QString &first, const QString &email);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<NurturePage> m_page;
};

qint64 tst_NurturePage::addLead(const QString &first, const QString &email)
{
    Lead l;
    l.firstName = first;
    l.lastName = u"Papadopoulou"_s;
    l.email = email;
    l.company = u"Ελληνικά & Co"_s;
    l.consentAt = QDateTime::currentMSecsSinceEpoch() - 86400000;
    return m_ws->leads().create(l);
}

void tst_NurturePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(u"p.leadbench"_s));
    m_undo = std::make_unique<QUndoStack>();
    NurtureService service(*m_ws);
    for (const QString &name : {u"Welcome"_s, u"Reminder"_s}) {
        EmailTemplate t;
        t.name = name;
        t.subject = name + u" {{first_name}}"_s;
        t.text = u"Hello {{first_name|there}}"_s;
        service.saveTemplate(t);
    }
    m_page = std::make_unique<NurturePage>();
    m_page->resize(1400, 900);
    m_page->setWorkspace(m_ws.get(), m_undo.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_NurturePage::cleanup()
{
    m_page.reset();
    m_undo.reset();
    m_ws.reset();
    m_dir.reset();
}

void tst_NurturePage::buildAndActivateASequenceByHand()
{
    click(u"nurtureNewSequence"_s);
    auto *name = find<QLineEdit>(u"nurtureName"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Trial follow-up"_s);
    QTest::keyClick(name, Qt::Key_Return);
    FlowView *flow = m_page->flowView();
    QCOMPARE(flow->stepCount(), 1);
    QCOMPARE(m_page->draft().step(1)->templateId, m_page->service()->findTemplate(u"Reminder"_s)->id); // first by name

    // Step 1 is selected: add a wait after it, 3 days.
    click(u"nurtureAddwait"_s);
    QCOMPARE(flow->stepCount(), 2);
    QCOMPARE(flow->selectedStep(), 2);
    auto *amount = find<QSpinBox>(u"stepWaitAmount"_s);
    amount->selectAll();
    QTest::keyClicks(amount, u"3"_s);
    QCOMPARE(m_page->draft().step(2)->amount, 3);
    // Then an e-mail after the wait, with the "Welcome" template.
    click(u"nurtureAddemail"_s);
    QCOMPARE(flow->selectedStep(), 3);
    selectCombo(find<QComboBox>(u"stepTemplate"_s), u"Welcome"_s);
    const Sequence draft = m_page->draft();
    QCOMPARE(draft.entry, 1);
    QCOMPARE(draft.step(1)->next, 2);
    QCOMPARE(draft.step(2)->next, 3);
    QCOMPARE(draft.step(3)->next, 0);
    QCOMPARE(draft.step(3)->templateId, m_page->service()->findTemplate(u"Welcome"_s)->id);
    QVERIFY(find<QListWidget>(u"nurtureProblems"_s)->item(0)->text().startsWith(u"No problem"_s));

    // Clicking a card selects its step in the editor.
    QTest::mouseClick(flow->viewport(), Qt::LeftButton, {}, flow->stepPosition(2));
    QCOMPARE(flow->selectedStep(), 2);
    QCOMPARE(amount->value(), 3);

    // Undo removes the last edits one by one; redo brings them back.
    QUndoStack *undo = m_page->flowUndoStack();
    const int edits = undo->count();
    QVERIFY(edits >= 4);
    undo->undo(); // the template choice
    undo->undo(); // the e-mail step
    QCOMPARE(m_page->draft().steps.size(), 2);
    undo->redo();
    undo->redo();
    QCOMPARE(m_page->draft(), draft);

    click(u"nurtureActivate"_s);
    const std::optional<Sequence> saved = m_page->service()->findSequence(u"Trial follow-up"_s);
    QVERIFY(saved);
    QCOMPARE(saved->status, SequenceStatus::Active);
    QCOMPARE(saved->steps, draft.steps);
    QVERIFY(!m_page->isDirty());
    QCOMPARE(find<QListWidget>(u"nurtureSequences"_s)->count(), 1);

    // Enrol by hand from the Enrolments tab.
    const qint64 lead = addLead(u"Eleni"_s, u"eleni@example.test"_s);
    auto *ids = find<QLineEdit>(u"nurtureLeadIds"_s);
    QTest::keyClicks(ids, QString::number(lead));
    click(u"nurtureEnrolLeads"_s);
    QCOMPARE(find<QTableWidget>(u"nurtureEnrolments"_s)->rowCount(), 1);
    QCOMPARE(m_page->service()->enrolments(saved->id).first().leadId, lead);
    // A bad lead number says so and enrols nothing.
    QString message;
    GuiTest::captureNextMessage(&message);
    QTest::keyClicks(ids, u"12x"_s);
    click(u"nurtureEnrolLeads"_s);
    QVERIFY2(message.contains(u"12x"_s), qPrintable(message));
}

void tst_NurturePage::problemsAreShownAndActivationRefused()
{
    click(u"nurtureNewSequence"_s);
    // An e-mail step without a template; then a condition whose branches both end.
    selectCombo(find<QComboBox>(u"stepTemplate"_s), u"(choose"_s);
    click(u"nurtureAddcondition"_s);
    auto *problems = find<QListWidget>(u"nurtureProblems"_s);
    QStringList texts;
    for (int i = 0; i < problems->count(); ++i)
        texts << problems->item(i)->text();
    QVERIFY2(texts.join(u'\n').contains(u"no template"_s), qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.join(u'\n').contains(u"Dead end"_s), qPrintable(texts.join(u'\n')));
    QVERIFY(!find<QPushButton>(u"nurtureActivate"_s)->isEnabled());
    // A draft can still be saved, and stays a draft.
    click(u"nurtureSave"_s);
    const QList<Sequence> all = m_page->service()->sequences();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().status, SequenceStatus::Draft);
    // Clicking a problem selects its step.
    for (int i = 0; i < problems->count(); ++i) {
        if (problems->item(i)->text().contains(u"no template"_s)) {
            QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, problems->visualItemRect(problems->item(i)).center());
            break;
        }
    }
    QCOMPARE(m_page->flowView()->selectedStep(), 1);
}

void tst_NurturePage::enrolSelectedLeadsFromADialog()
{
    Sequence s;
    s.name = u"Webinar"_s;
    Step e;
    e.id = 1;
    e.templateId = m_page->service()->findTemplate(u"Welcome"_s)->id;
    s.steps = {e};
    s.entry = 1;
    const qint64 seq = m_page->service()->saveSequence(s);
    const qint64 a = addLead(u"A"_s, u"a@example.test"_s);
    const qint64 b = addLead(u"B"_s, u"b@example.test"_s);
    m_page->service()->enrol(seq, {a});
    QString status;
    connect(m_page.get(), &Page::statusMessage, this, [&](const QString &text) { status = text; });
    GuiTest::onNextModal([](QWidget *dialog) {
        auto *box = dialog->findChild<QComboBox *>();
        QVERIFY(box);
        QCOMPARE(box->currentText(), u"Webinar (Draft)"_s);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    m_page->enrolDialog({a, b});
    QCOMPARE(m_page->service()->enrolments(seq).size(), 2);
    QVERIFY2(status.startsWith(u"1 lead"_s) && status.contains(u"1 were already"_s), qPrintable(status));
}

void tst_NurturePage::fieldConditionIsEditable()
{
    click(u"nurtureNewSequence"_s);
    click(u"nurtureAddcondition"_s);
    const int id = m_page->flowView()->selectedStep();
    QCOMPARE(m_page->draft().step(id)->type, StepType::Condition);
    selectCombo(find<QComboBox>(u"stepCondition"_s), u"Field value"_s);
    selectCombo(find<QComboBox>(u"stepField"_s), u"Industry"_s);
    selectCombo(find<QComboBox>(u"stepFieldOp"_s), FieldCondition::opName(FieldCondition::Op::OneOf));
    // Without a value the condition cannot run: one more problem on that step until a value is typed.
    auto *problems = find<QListWidget>(u"nurtureProblems"_s);
    const auto problemsOf = [&] {
        int n = 0;
        for (int i = 0; i < problems->count(); ++i)
            n += problems->item(i)->data(Qt::UserRole).toInt() == id;
        return n;
    };
    const int withoutValue = problemsOf();
    QTest::keyClicks(find<QLineEdit>(u"stepFieldValues"_s), u"Retail, Hospitality"_s);
    QCOMPARE(problemsOf(), withoutValue - 1);
    const Step step = *m_page->draft().step(id);
    QCOMPARE(step.condition, ConditionKind::FieldValue);
    QCOMPARE(step.field.field, LeadField::Industry);
    QCOMPARE(step.field.op, FieldCondition::Op::OneOf);
    QCOMPARE(step.field.values, (QStringList{u"Retail"_s, u"Hospitality"_s}));
}

void tst_NurturePage::templateEditorPreviewsForARealLead()
{
    const qint64 lead = addLead(u"Ζωή"_s, u"zoi@example.test"_s);
    m_page->findChild<QTabWidget *>(u"nurtureTabs"_s)->setCurrentIndex(3);
    click(u"nurtureNewTemplate"_s);
    QTest::keyClicks(find<QLineEdit>(u"templateName"_s), u"Greek"_s);
    GuiTest::typeText(find<QLineEdit>(u"templateSubject"_s), u"Γεια σου {{first_name}}"_s);
    auto *text = find<QPlainTextEdit>(u"templateText"_s);
    text->setFocus();
    GuiTest::typeText(text, u"Hello {{company}}, from {{owner_name|our team}}"_s);
    QTest::keyClick(text, Qt::Key_Return);
    GuiTest::typeText(text, u"{{frist_name}}"_s);
    QVERIFY(find<QLabel>(u"templateProblems"_s)->text().contains(u"line 2"_s));
    // Fix the typo by removing the last line.
    for (int i = 0; i < 15; ++i)
        QTest::keyClick(text, Qt::Key_Backspace);
    QTRY_VERIFY(find<QLabel>(u"templateProblems"_s)->text().isEmpty());
    GuiTest::typeText(find<QPlainTextEdit>(u"templateHtml"_s), u"<p>Hi <b>{{first_name}}</b></p>"_s);
    auto *leadBox = find<QSpinBox>(u"templatePreviewLead"_s);
    leadBox->setValue(int(lead));
    QCOMPARE(find<QLabel>(u"templatePreviewSubject"_s)->text(), u"Subject: Γεια σου Ζωή"_s);
    const QString preview = find<QPlainTextEdit>(u"templatePreviewText"_s)->toPlainText();
    QVERIFY2(preview.contains(u"Hello Ελληνικά & Co, from our team"_s), qPrintable(preview));
    QVERIFY(preview.contains(u"unsubscribe"_s, Qt::CaseInsensitive)); // the footer is always there
    QVERIFY(find<QTextBrowser>(u"templatePreviewHtml"_s)->toPlainText().contains(u"Hi Ζωή"_s));
    if (qEnvironmentVariableIsSet("LEADBENCH_SHOTS")) // a look at the screen, for a person
        m_page->grab().save(qEnvironmentVariable("LEADBENCH_SHOTS") + u"/templates.png"_s);
    click(u"nurtureSaveTemplate"_s);
    QVERIFY(m_page->service()->findTemplate(u"Greek"_s));
    QCOMPARE(find<QListWidget>(u"nurtureTemplates"_s)->count(), 3);
}

void tst_NurturePage::sendingSettingsDryRunAndSendNow()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    m_page->findChild<QTabWidget *>(u"nurtureTabs"_s)->setCurrentIndex(4);
    QTest::keyClicks(find<QLineEdit>(u"smtpHost"_s), u"example.test"_s);
    auto *port = find<QSpinBox>(u"smtpPort"_s);
    port->selectAll();
    QTest::keyClicks(port, QString::number(smtp.port()));
    selectCombo(find<QComboBox>(u"smtpSecurity"_s), u"None"_s);
    QTest::keyClicks(find<QLineEdit>(u"smtpFrom"_s), u"news@leadbench.test"_s);
    QTest::keyClicks(find<QLineEdit>(u"unsubscribeMailto"_s), u"unsubscribe@leadbench.test"_s);
    QTest::keyClicks(find<QPlainTextEdit>(u"postalAddress"_s), u"1 Odos Ermou, Athens"_s);
    find<QCheckBox>(u"quietHours"_s)->setChecked(false);
    // Plain SMTP to a remote host is refused with the reason.
    QString message;
    GuiTest::captureNextMessage(&message);
    click(u"nurtureSaveSettings"_s);
    QVERIFY2(message.contains(u"localhost"_s), qPrintable(message));
    auto *host = find<QLineEdit>(u"smtpHost"_s);
    host->selectAll();
    QTest::keyClicks(host, u"127.0.0.1"_s);
    click(u"nurtureSaveSettings"_s);
    QCOMPARE(m_page->service()->settings().smtp.port, smtp.port());
    QCOMPARE(find<QLabel>(u"nurtureSendingState"_s)->text(), u"Ready to send."_s);

    // A sequence with one e-mail and a lead in it.
    Sequence s;
    s.name = u"One"_s;
    s.status = SequenceStatus::Active;
    Step e;
    e.id = 1;
    e.templateId = m_page->service()->findTemplate(u"Welcome"_s)->id;
    s.steps = {e};
    s.entry = 1;
    const qint64 seq = m_page->service()->saveSequence(s);
    m_page->service()->enrol(seq, {addLead(u"Eleni"_s, u"eleni@example.test"_s)});

    click(u"nurtureDryRun"_s);
    auto *plan = find<QTableWidget>(u"nurturePlan"_s);
    QCOMPARE(plan->rowCount(), 1);
    QCOMPARE(plan->item(0, 1)->text(), u"eleni@example.test"_s);
    QCOMPARE(plan->item(0, 4)->text(), u"Welcome Eleni"_s);
    QVERIFY(smtp.messages().isEmpty());

    QSignalSpy done(m_page.get(), &NurturePage::sendFinished);
    click(u"nurtureSendNow"_s);
    QVERIFY(done.wait(30000));
    QCOMPARE(smtp.messages().size(), 1);
    QVERIFY2(find<QLabel>(u"nurtureSendingState"_s)->text().startsWith(u"1 e-mail"_s),
             qPrintable(find<QLabel>(u"nurtureSendingState"_s)->text()));
    QCOMPARE(m_page->service()->sendLog(seq).first().state, SendState::Sent);
    if (qEnvironmentVariableIsSet("LEADBENCH_SHOTS"))
        m_page->grab().save(qEnvironmentVariable("LEADBENCH_SHOTS") + u"/sending.png"_s);

    // Automatic sending while the application is open: off by default, on when the setting says so.
    auto *timer = m_page->findChild<QTimer *>(u"nurtureAutoSendTimer"_s);
    QVERIFY(timer && timer->isActive());
    m_page->service()->enrol(seq, {addLead(u"Nikos"_s, u"nikos@example.test"_s)});
    timer->setInterval(30);
    QTest::qWait(300);
    QVERIFY(!m_page->isSending());
    QCOMPARE(smtp.messages().size(), 1);
    QTest::mouseClick(find<QCheckBox>(u"autoSend"_s), Qt::LeftButton);
    click(u"nurtureSaveSettings"_s);
    QVERIFY(m_page->service()->settings().autoSend);
    QVERIFY(done.wait(30000));
    timer->stop();
    QTRY_COMPARE(smtp.messages().size(), 2);
    QCOMPARE(smtp.messages().at(1).value(u"rcpt_tos"_s).toArray().first().toString(), u"nikos@example.test"_s);
}

QTEST_MAIN(tst_NurturePage)
#include "tst_nurturepage.moc"
