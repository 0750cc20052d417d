#include "FakeSmtp.h"
#include "TestSupport.h"

#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "nurture/NurtureService.h"
#include "qualification/Qualification.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Nurture;

namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;

// A Tuesday at 10:00 UTC in the past (the tests run with TZ=UTC; stage changes are stamped with the real
// clock and must come after the e-mails of the fake clock).
const qint64 T0 = QDateTime(QDate(2025, 11, 18), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace

class tst_Nurture : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void templatesMergeWithFallbacksAndKeepTheFooter();
    void templateProblemsSayWhere();
    void validationFindsDeadEndsLoopsAndMissingTemplates();
    void sequenceRoundTripsThroughJson();

    void sendsOverSmtpWithHeadersMergedFieldsAndFooter();
    void onlyConsentedAndSubscribedLeadsAreMailed();
    void frequencyCapAcrossSequences();
    void quietHoursHoldTheEmailUntilMorning();
    void exitsAndConditions();
    void actionsCreateTasksAndMoveStages();
    void permanentFailureBouncesTemporaryIsRetried();
    void startTlsWithLoginAndPasswordInTheKeychain();
    void wrongPasswordStopsTheRunWithoutBouncing();
    void dryRunSaysWhatWhenToWhomAndChangesNothing();
    void statsPerStepFromActivities();
    void enrolBySegmentAndFromBant();
    void unsubscribeTokenStopsTheMails();

    void killedInTheMiddleOfDataThenRestartedSendsEachOnce();
    void killedBeforeDataThenRestartedSendsEachOnce();
    void cliListStatsAndDryRun();
    void oneSenderAtATime();
    void nothingLeavesWhenTheLogCannotRecordIt();

private:
    qint64 addLead(const QString &first, const QString &email, bool consent = true, const QString &company = u"Acme"_s);
    qint64 addTemplate(const QString &name, const QString &subject, const QString &text, const QString &html = {});
    Sequence twoEmails(const QString &name, qint64 t1, qint64 t2, int waitDays = 2);
    qint64 save(Sequence s);
    void useServer(const FakeSmtp &smtp, int capCount = 2, bool quiet = false);
    RunReport runWith(const FakeSmtp &smtp, const QString &password = {});
    QString cli(const QStringList &args, int *exitCode = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<NurtureService> m_service;
    qint64 m_now = T0;
};

void tst_Nurture::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
}

void tst_Nurture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(u"n.leadbench"_s));
    m_service = std::make_unique<NurtureService>(*m_ws);
    m_now = T0;
    m_service->setClock([this] { return m_now; });
}

void tst_Nurture::cleanup()
{
    m_service.reset();
    m_ws.reset();
    m_dir.reset();
}

qint64 tst_Nurture::addLead(const QString &first, const QString &email, bool consent, const QString &company)
{
    Lead l;
    l.firstName = first;
    l.lastName = u"Tester"_s;
    l.email = email;
    l.company = company;
    l.stage = Stage::Lead;
    if (consent) {
        l.consentAt = T0 - 30 * Day;
        l.consentSource = u"webinar form"_s;
    }
    return m_ws->leads().create(l);
}

qint64 tst_Nurture::addTemplate(const QString &name, const QString &subject, const QString &text, const QString &html)
{
    EmailTemplate t;
    t.name = name;
    t.subject = subject;
    t.text = text;
    t.html = html;
    return m_service->saveTemplate(t);
}

Sequence tst_Nurture::twoEmails(const QString &name, qint64 t1, qint64 t2, int waitDays)
{
    Sequence s;
    s.name = name;
    s.status = SequenceStatus::Active;
    Step a;
    a.id = 1;
    a.type = StepType::Email;
    a.templateId = t1;
    a.next = 2;
    Step w;
    w.id = 2;
    w.type = StepType::Wait;
    w.amount = waitDays;
    w.unit = WaitUnit::Days;
    w.next = 3;
    Step b;
    b.id = 3;
    b.type = StepType::Email;
    b.templateId = t2;
    s.steps = {a, w, b};
    s.entry = 1;
    return s;
}

qint64 tst_Nurture::save(Sequence s)
{
    return m_service->saveSequence(s);
}

void tst_Nurture::useServer(const FakeSmtp &smtp, int capCount, bool quiet)
{
    NurtureSettings s;
    s.smtp.host = u"127.0.0.1"_s;
    s.smtp.port = smtp.port();
    s.smtp.security = SmtpSettings::Security::None;
    s.smtp.fromAddress = u"news@leadbench.test"_s;
    s.smtp.fromName = u"Leadbench Café"_s;
    s.smtp.timeoutSeconds = 20;
    s.unsubscribeMailto = u"unsubscribe@leadbench.test"_s;
    s.unsubscribeUrl = u"https://leadbench.test/u/{token}"_s;
    s.postalAddress = u"12 rue des Lilas, 75011 Paris"_s;
    s.policy.capCount = capCount;
    s.policy.quietHours = quiet;
    m_service->saveSettings(s);
}

RunReport tst_Nurture::runWith(const FakeSmtp &smtp, const QString &password)
{
    Q_UNUSED(smtp);
    const NurtureSettings s = m_service->settings();
    SmtpMailer mailer(s.smtp, password);
    return m_service->run(&mailer, RunOptions());
}

QString tst_Nurture::cli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(TestSupport::cliPath(), QStringList{u"--db"_s, m_ws->path()} + args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// Templates and validation -----------------------------------------------------------------------

void tst_Nurture::templatesMergeWithFallbacksAndKeepTheFooter()
{
    EmailTemplate t;
    t.name = u"Welcome"_s;
    t.subject = u"Hello {{first_name|there}} from\n{{company}}"_s;
    t.text = u"Dear {{ first_name | friend }}, how is {{company}}?"_s;
    t.html = u"<html><body><p>Hi {{first_name}}</p></body></html>"_s;
    MergeValues v{{u"first_name"_s, u"<Zoé>"_s}, {u"company"_s, u"Acme & Co"_s}, {u"unsubscribe_url"_s, u"https://x.test/u/1"_s},
                  {u"sender_name"_s, u"Leadbench"_s}, {u"sender_address"_s, u"Paris"_s}};
    RenderedEmail r = TemplateRenderer::render(t, v, QString());
    QCOMPARE(r.subject, u"Hello <Zoé> from Acme & Co"_s);
    QVERIFY(r.text.startsWith(u"Dear <Zoé>, how is Acme & Co?"_s));
    QVERIFY(r.text.contains(u"https://x.test/u/1"_s));
    QVERIFY(r.html.contains(u"Hi &lt;Zoé&gt;"_s)); // lead text is never markup
    QVERIFY(r.html.indexOf(u"https://x.test/u/1"_s) < r.html.indexOf(u"</body>"_s));

    v.remove(u"first_name"_s);
    r = TemplateRenderer::render(t, v, QString());
    QVERIFY(r.subject.startsWith(u"Hello there"_s));
    QVERIFY(r.text.startsWith(u"Dear friend,"_s));

    // A footer without the link still gets it: it cannot be removed.
    r = TemplateRenderer::render(t, v, u"Sent by us."_s);
    QVERIFY(r.text.contains(u"Sent by us."_s));
    QVERIFY(r.text.contains(u"https://x.test/u/1"_s));
}

void tst_Nurture::templateProblemsSayWhere()
{
    EmailTemplate t;
    t.name = u"Bad"_s;
    t.subject = u"Hi"_s;
    t.text = u"line one\nHello {{frist_name}}\n{{company"_s;
    const QList<TemplateProblem> problems = TemplateRenderer::check(t);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).part, u"text"_s);
    QCOMPARE(problems.at(0).line, 2);
    QVERIFY(problems.at(0).message.contains(u"frist_name"_s));
    QCOMPARE(problems.at(1).line, 3);
    try {
        m_service->saveTemplate(t);
        QFAIL("an unknown merge field was saved");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(u"line 2"_s) && e.message().contains(u"frist_name"_s), qPrintable(e.message()));
    }
    QVERIFY(m_service->templates().isEmpty());
}

void tst_Nurture::validationFindsDeadEndsLoopsAndMissingTemplates()
{
    const qint64 t = addTemplate(u"T"_s, u"S"_s, u"Body"_s);
    Sequence s = twoEmails(u"Flow"_s, t, t);
    QVERIFY(m_service->validate(s).isEmpty());

    // Every e-mail step has a template.
    Sequence noTemplate = s;
    noTemplate.step(3)->templateId = 0;
    QList<Problem> p = m_service->validate(noTemplate);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().stepId, 3);

    // No dead end: a wait that leads nowhere; a step nothing reaches.
    Sequence deadEnd = s;
    deadEnd.step(2)->next = 0;
    p = m_service->validate(deadEnd);
    QVERIFY(std::any_of(p.begin(), p.end(), [](const Problem &x) { return x.stepId == 2; }));
    QVERIFY(std::any_of(p.begin(), p.end(), [](const Problem &x) { return x.stepId == 3; })); // unreachable now

    // No loop without a wait: condition -> email -> condition.
    Sequence loop = s;
    Step c;
    c.id = 4;
    c.type = StepType::Condition;
    c.condition = ConditionKind::Opened;
    c.yes = 3;
    c.no = 0;
    loop.step(3)->next = 4;
    loop.steps << c;
    p = m_service->validate(loop);
    QVERIFY2(std::any_of(p.begin(), p.end(), [](const Problem &x) { return x.message.contains(u"loop"_s); }), "loop not found");
    // The same loop through the wait is fine.
    loop.step(4)->yes = 2;
    QVERIFY(m_service->validate(loop).isEmpty());

    // An active sequence must validate; a draft may be saved half done.
    noTemplate.status = SequenceStatus::Active;
    QVERIFY_THROWS_EXCEPTION(StorageError, m_service->saveSequence(noTemplate));
    noTemplate.status = SequenceStatus::Draft;
    QVERIFY(m_service->saveSequence(noTemplate) > 0);
}

void tst_Nurture::sequenceRoundTripsThroughJson()
{
    const qint64 t = addTemplate(u"T"_s, u"S"_s, u"Body"_s);
    Sequence s = twoEmails(u"Flow"_s, t, t);
    s.exits.replied = false;
    const qint64 id = save(s);
    const Sequence back = *m_service->findSequence(id);
    QCOMPARE(back.steps, s.steps);
    QCOMPARE(back.entry, 1);
    QVERIFY(!back.exits.replied);
    QString error;
    const auto parsed = Sequence::fromJson(back.toJson([&](qint64) { return u"T"_s; }), [&](const QString &) { return t; }, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->steps, s.steps);
}

// Sending ----------------------------------------------------------------------------------------

void tst_Nurture::sendsOverSmtpWithHeadersMergedFieldsAndFooter()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp);
    const qint64 lead = addLead(u"Zoé"_s, u"zoe@example.test"_s, true, u"Ørsted & Sønner"_s);
    const qint64 t1 = addTemplate(u"Welcome"_s, u"Welcome {{first_name}}!"_s,
                                  u"Hello {{first_name}}, {{company}} will love this.\nYour rep: {{owner_name|our team}}"_s,
                                  u"<p>Hello <b>{{first_name}}</b></p>"_s);
    const qint64 t2 = addTemplate(u"Follow-up"_s, u"Still there, {{first_name}}?"_s, u"Plain follow-up."_s);
    const qint64 seq = save(twoEmails(u"Onboarding"_s, t1, t2));
    QCOMPARE(m_service->enrol(seq, {lead}), 1);
    QCOMPARE(m_service->enrol(seq, {lead}), 0); // once per sequence

    RunReport r = runWith(smtp);
    QCOMPARE(r.sent, 1);
    QList<QJsonObject> got = smtp.messages();
    QCOMPARE(got.size(), 1);
    const QJsonObject m = got.first();
    const QJsonObject h = m.value(u"headers"_s).toObject();
    QCOMPARE(m.value(u"rcpt_tos"_s).toArray().first().toString(), u"zoe@example.test"_s);
    QCOMPARE(m.value(u"mail_from"_s).toString(), u"news@leadbench.test"_s);
    QCOMPARE(h.value(u"Subject"_s).toString(), u"Welcome Zoé!"_s);
    QCOMPARE(h.value(u"From"_s).toString(), u"Leadbench Café <news@leadbench.test>"_s);
    QCOMPARE(h.value(u"To"_s).toString(), u"Zoé Tester <zoe@example.test>"_s);
    const QString token = m_service->tokenFor(lead);
    QCOMPARE(h.value(u"List-Unsubscribe"_s).toString(),
             u"<mailto:unsubscribe@leadbench.test?subject=unsubscribe%20"_s + token + u">, <https://leadbench.test/u/"_s + token + u">"_s);
    QCOMPARE(h.value(u"List-Unsubscribe-Post"_s).toString(), u"List-Unsubscribe=One-Click"_s);
    QVERIFY(h.value(u"Message-ID"_s).toString().endsWith(u"@leadbench.test>"_s));
    const QString text = m.value(u"text"_s).toString();
    QVERIFY2(text.contains(u"Hello Zoé, Ørsted & Sønner will love this."_s), qPrintable(text));
    QVERIFY(text.contains(u"Your rep: our team"_s));
    QVERIFY(text.contains(u"https://leadbench.test/u/"_s + token));
    QVERIFY(text.contains(u"12 rue des Lilas, 75011 Paris"_s));
    const QString html = m.value(u"html"_s).toString();
    QVERIFY(html.contains(u"<b>Zoé</b>"_s));
    QVERIFY(html.contains(u"href=\"https://leadbench.test/u/"_s + token));

    // Recorded: the send log, an activity, the enrolment waits 2 days.
    const QList<SendRecord> log = m_service->sendLog(seq);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().state, SendState::Sent);
    QCOMPARE(u"<"_s + log.first().messageId + u">"_s, h.value(u"Message-ID"_s).toString());
    const auto acts = m_ws->leads().activities(lead);
    QVERIFY(std::any_of(acts.begin(), acts.end(), [](const Activity &a) {
        return a.type == ActivityType::EmailSent && a.detail == u"Welcome Zoé!"_s;
    }));
    QCOMPARE(m_service->enrolments(seq).first().dueAt, T0 + 2 * Day);

    // Nothing more is due: a second run sends nothing.
    m_now = T0 + Day;
    QCOMPARE(runWith(smtp).sent, 0);
    m_now = T0 + 2 * Day;
    r = runWith(smtp);
    QCOMPARE(r.sent, 1);
    QCOMPARE(r.completed, 1);
    got = smtp.messages();
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(1).value(u"headers"_s).toObject().value(u"Subject"_s).toString(), u"Still there, Zoé?"_s);
    QVERIFY(got.at(1).value(u"html"_s).isNull()); // plain text only
    QCOMPARE(m_service->enrolments(seq).first().state, EnrolmentState::Completed);
    QCOMPARE(runWith(smtp).sent, 0);
    QCOMPARE(smtp.messages().size(), 2);
}

void tst_Nurture::onlyConsentedAndSubscribedLeadsAreMailed()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp);
    const qint64 ok = addLead(u"Ann"_s, u"ann@example.test"_s);
    const qint64 noConsent = addLead(u"Bob"_s, u"bob@example.test"_s, false);
    const qint64 gone = addLead(u"Cid"_s, u"cid@example.test"_s);
    m_ws->leads().setField(gone, LeadField::UnsubscribedAt, T0 - Day);
    const qint64 t = addTemplate(u"T"_s, u"Hi {{first_name}}"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    m_service->enrol(seq, {ok, noConsent, gone});
    const RunReport r = runWith(smtp);
    QCOMPARE(r.sent, 1);
    QCOMPARE(r.exited, 2);
    const QList<QJsonObject> got = smtp.messages();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().value(u"rcpt_tos"_s).toArray().first().toString(), u"ann@example.test"_s);
    QHash<qint64, QString> reasons;
    for (const Enrolment &e : m_service->enrolments(seq))
        reasons[e.leadId] = e.endReason;
    QCOMPARE(reasons.value(noConsent), u"no consent"_s);
    QCOMPARE(reasons.value(gone), u"unsubscribed"_s);
}

void tst_Nurture::frequencyCapAcrossSequences()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp); // default cap: 2 in 7 days
    const qint64 lead = addLead(u"Ann"_s, u"ann@example.test"_s);
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    QList<qint64> seqs;
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
        seqs << save(twoEmails(name, t, t, 1));
    for (qint64 s : seqs)
        m_service->enrol(s, {lead});
    RunReport r = runWith(smtp);
    QCOMPARE(r.sent, 2);
    QCOMPARE(r.heldByCap, 1);
    QCOMPARE(smtp.messages().size(), 2);
    // A day later the first two sequences' second e-mails are due too: still capped.
    m_now = T0 + Day;
    r = runWith(smtp);
    QCOMPARE(r.sent, 0);
    QCOMPARE(smtp.messages().size(), 2);
    // Seven days after the first two, two more may go.
    m_now = T0 + 7 * Day + 1;
    r = runWith(smtp);
    QCOMPARE(r.sent, 2);
    QCOMPARE(smtp.messages().size(), 4);
    // Never more than 2 in any 7-day window.
    QList<qint64> times;
    Query q(m_ws->db(), "SELECT sent_at FROM nurture_sends WHERE state = 3 ORDER BY sent_at");
    while (q.next())
        times << q.int64(0);
    for (qsizetype i = 2; i < times.size(); ++i)
        QVERIFY(times.at(i) - times.at(i - 2) >= 7 * Day);
}

void tst_Nurture::quietHoursHoldTheEmailUntilMorning()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp, 2, true); // quiet 20:00 to 08:00
    const qint64 lead = addLead(u"Ann"_s, u"ann@example.test"_s);
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    m_now = QDateTime(QDate(2025, 11, 18), QTime(22, 30), Qt::UTC).toMSecsSinceEpoch();
    m_service->enrol(seq, {lead});
    RunReport r = runWith(smtp);
    QCOMPARE(r.sent, 0);
    QCOMPARE(r.heldByQuietHours, 1);
    const qint64 morning = QDateTime(QDate(2025, 11, 19), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(m_service->enrolments(seq).first().dueAt, morning);
    m_now = morning - 60000;
    QCOMPARE(runWith(smtp).sent, 0);
    m_now = morning;
    QCOMPARE(runWith(smtp).sent, 1);
    QCOMPARE(smtp.messages().size(), 1);
}

void tst_Nurture::exitsAndConditions()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp, 10);
    const qint64 replier = addLead(u"Rita"_s, u"rita@example.test"_s);
    const qint64 buyer = addLead(u"Sam"_s, u"sam@example.test"_s);
    const qint64 opener = addLead(u"Olga"_s, u"olga@example.test"_s);
    const qint64 quiet = addLead(u"Quinn"_s, u"quinn@example.test"_s);
    const qint64 t1 = addTemplate(u"First"_s, u"First"_s, u"Body"_s);
    const qint64 yes = addTemplate(u"Opened"_s, u"Thanks for reading"_s, u"Body"_s);
    const qint64 no = addTemplate(u"Reminder"_s, u"Did you see this?"_s, u"Body"_s);
    // 1 email -> 2 wait 1 day -> 3 opened? yes: 4 email "Opened", no: 5 email "Reminder".
    Sequence s;
    s.name = u"Branches"_s;
    s.status = SequenceStatus::Active;
    Step e1; e1.id = 1; e1.type = StepType::Email; e1.templateId = t1; e1.next = 2;
    Step w; w.id = 2; w.type = StepType::Wait; w.amount = 1; w.next = 3;
    Step c; c.id = 3; c.type = StepType::Condition; c.condition = ConditionKind::Opened; c.yes = 4; c.no = 5;
    Step e4; e4.id = 4; e4.type = StepType::Email; e4.templateId = yes;
    Step e5; e5.id = 5; e5.type = StepType::Email; e5.templateId = no;
    s.steps = {e1, w, c, e4, e5};
    s.entry = 1;
    const qint64 seq = save(s);
    m_service->enrol(seq, {replier, buyer, opener, quiet});
    QCOMPARE(runWith(smtp).sent, 4);

    auto activity = [this](qint64 lead, ActivityType type) {
        Activity a;
        a.leadId = lead;
        a.type = type;
        a.occurredAt = T0 + Hour;
        m_ws->leads().addActivity(a);
    };
    activity(replier, ActivityType::EmailReplied);
    activity(opener, ActivityType::EmailOpened);
    m_ws->leads().changeStage(buyer, Stage::SQL, u"Called us"_s);

    m_now = T0 + Day;
    const RunReport r = runWith(smtp);
    QCOMPARE(r.sent, 2);
    QCOMPARE(r.exited, 2);
    QHash<QString, QString> subjectTo;
    for (const QJsonObject &m : smtp.messages())
        subjectTo[m.value(u"rcpt_tos"_s).toArray().first().toString()] = m.value(u"headers"_s).toObject().value(u"Subject"_s).toString();
    QCOMPARE(subjectTo.value(u"olga@example.test"_s), u"Thanks for reading"_s);
    QCOMPARE(subjectTo.value(u"quinn@example.test"_s), u"Did you see this?"_s);
    QCOMPARE(subjectTo.value(u"rita@example.test"_s), u"First"_s);
    QCOMPARE(subjectTo.value(u"sam@example.test"_s), u"First"_s);
    QHash<qint64, QString> reasons;
    for (const Enrolment &e : m_service->enrolments(seq))
        reasons[e.leadId] = e.endReason;
    QCOMPARE(reasons.value(replier), u"replied"_s);
    QCOMPARE(reasons.value(buyer), u"converted"_s);
    QCOMPARE(reasons.value(opener), u"completed"_s);
}

void tst_Nurture::actionsCreateTasksAndMoveStages()
{
    const qint64 lead = addLead(u"Ann"_s, u"ann@example.test"_s);
    Sequence s;
    s.name = u"Actions"_s;
    s.status = SequenceStatus::Active;
    Step c; c.id = 1; c.type = StepType::Condition; c.condition = ConditionKind::ScoreAtLeast; c.score = -1000; c.yes = 2; c.no = 0;
    Step task; task.id = 2; task.type = StepType::Action; task.action = ActionKind::CreateTask; task.taskType = TaskType::Call;
    task.text = u"Call about the webinar"_s; task.dueDays = 2; task.next = 3;
    Step stage; stage.id = 3; stage.type = StepType::Action; stage.action = ActionKind::SetStage; stage.stage = Stage::Nurturing;
    s.steps = {c, task, stage};
    s.entry = 1;
    const qint64 seq = save(s);
    m_service->enrol(seq, {lead});
    // No e-mail step: no SMTP settings needed for a dry run, which writes nothing.
    RunReport dry = m_service->dryRun(3);
    QCOMPARE(dry.plannedActions.size(), 2);
    QVERIFY(m_ws->tasks().forLead(lead).isEmpty());
    QCOMPARE(m_ws->leads().get(lead).stage, Stage::Lead);

    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp);
    const RunReport r = runWith(smtp);
    QCOMPARE(r.actions, 2);
    QCOMPARE(r.completed, 1);
    const QList<Task> tasks = m_ws->tasks().forLead(lead);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().title, u"Call about the webinar"_s);
    QCOMPARE(tasks.first().dueAt, T0 + 2 * Day);
    QCOMPARE(m_ws->leads().get(lead).stage, Stage::Nurturing);

    // Adding points is refused with a reason (the scoring rules own the score).
    Sequence points = s;
    points.id = 0;
    points.name = u"Points"_s;
    points.step(3)->action = ActionKind::AddPoints;
    QVERIFY_THROWS_EXCEPTION(StorageError, m_service->saveSequence(points));
}

void tst_Nurture::permanentFailureBouncesTemporaryIsRetried()
{
    FakeSmtp smtp({u"--reject"_s, u"gone@example.test=550"_s, u"--tempfail"_s, u"grey@example.test=1"_s});
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp, 10);
    const qint64 gone = addLead(u"Gone"_s, u"gone@example.test"_s);
    const qint64 grey = addLead(u"Grey"_s, u"grey@example.test"_s);
    const qint64 fine = addLead(u"Fine"_s, u"fine@example.test"_s);
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    m_service->enrol(seq, {gone, grey, fine});
    RunReport r = runWith(smtp);
    QCOMPARE(r.sent, 1);
    QCOMPARE(r.bounced, 1);
    QCOMPARE(r.retried, 1);
    QCOMPARE(r.problems.size(), 2);
    const auto acts = m_ws->leads().activities(gone);
    QVERIFY(std::any_of(acts.begin(), acts.end(), [](const Activity &a) { return a.type == ActivityType::EmailBounced; }));
    QHash<qint64, Enrolment> byLead;
    for (const Enrolment &e : m_service->enrolments(seq))
        byLead[e.leadId] = e;
    QCOMPARE(byLead.value(gone).endReason, u"bounced"_s);
    QCOMPARE(byLead.value(grey).state, EnrolmentState::Active);
    QCOMPARE(byLead.value(grey).dueAt, T0 + SendPolicy::retryDelayMs(1));

    // Before the retry delay nothing is tried again; after it, the message goes (once).
    m_now = T0 + 60000;
    QCOMPARE(runWith(smtp).sent, 0);
    m_now = T0 + SendPolicy::retryDelayMs(1);
    r = runWith(smtp);
    QCOMPARE(r.sent, 1);
    int toGrey = 0;
    for (const QJsonObject &m : smtp.messages())
        toGrey += m.value(u"rcpt_tos"_s).toArray().first().toString() == u"grey@example.test"_s;
    QCOMPARE(toGrey, 1);
    QCOMPARE(m_service->stats(seq).first().bounced, 1);
}

void tst_Nurture::startTlsWithLoginAndPasswordInTheKeychain()
{
    QTemporaryDir certDir;
    QString error;
    QVERIFY2(NurtureTest::makeCertificate(certDir.path(), &error), qPrintable(error));
    FakeSmtp smtp({u"--mode"_s, u"starttls"_s, u"--cert"_s, certDir.filePath(u"cert.pem"_s), u"--key"_s,
                   certDir.filePath(u"key.pem"_s), u"--auth"_s, u"mailer:s3cret pass"_s});
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp);
    NurtureSettings s = m_service->settings();
    s.smtp.host = u"localhost"_s;
    s.smtp.security = SmtpSettings::Security::StartTls;
    s.smtp.username = u"mailer"_s;
    s.smtp.caFile = certDir.filePath(u"cert.pem"_s);
    m_service->saveSettings(s);
    QVERIFY(!m_service->settings().toJson().contains(u"password"_s));
    try {
        m_service->setSmtpPassword(u"s3cret pass"_s);
    } catch (const std::exception &e) {
        QSKIP(qPrintable(u"no keychain here: "_s + QString::fromUtf8(e.what())));
    }
    QCOMPARE(m_service->smtpPassword(), u"s3cret pass"_s);
    // Not in the workspace file.
    QVERIFY(!TestSupport::fileHash(m_ws->path()).isEmpty());
    QFile file(m_ws->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret"));

    const qint64 lead = addLead(u"Ann"_s, u"ann@example.test"_s);
    const qint64 t = addTemplate(u"T"_s, u"Secure"_s, u"Body"_s);
    m_service->enrol(save(twoEmails(u"S"_s, t, t)), {lead});
    // The CLI reads the password from the keychain.
    int code = -1;
    const QString out = cli({u"nurture"_s, u"run"_s}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    const QList<QJsonObject> got = smtp.messages();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().value(u"tls"_s).toBool(), true);
    QCOMPARE(got.first().value(u"auth_user"_s).toString(), u"mailer"_s);

    // Without the certificate trusted, nothing goes over an unverified connection.
    s.smtp.caFile.clear();
    m_service->saveSettings(s);
    m_service->enrol(save(twoEmails(u"S2"_s, t, t)), {addLead(u"Bo"_s, u"bo@example.test"_s)});
    SmtpMailer mailer(s.smtp, u"s3cret pass"_s);
    const RunReport r = m_service->run(&mailer, RunOptions());
    QVERIFY(r.stopped);
    QCOMPARE(r.sent, 0);
    QCOMPARE(smtp.messages().size(), 1);
}

void tst_Nurture::wrongPasswordStopsTheRunWithoutBouncing()
{
    QTemporaryDir certDir;
    QString error;
    QVERIFY2(NurtureTest::makeCertificate(certDir.path(), &error), qPrintable(error));
    FakeSmtp smtp({u"--mode"_s, u"ssl"_s, u"--cert"_s, certDir.filePath(u"cert.pem"_s), u"--key"_s,
                   certDir.filePath(u"key.pem"_s), u"--auth"_s, u"mailer:right"_s});
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp);
    NurtureSettings s = m_service->settings();
    s.smtp.security = SmtpSettings::Security::Ssl;
    s.smtp.username = u"mailer"_s;
    s.smtp.caFile = certDir.filePath(u"cert.pem"_s);
    m_service->saveSettings(s);
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    m_service->enrol(seq, {addLead(u"A"_s, u"a@example.test"_s), addLead(u"B"_s, u"b@example.test"_s)});
    RunReport r = runWith(smtp, u"wrong"_s);
    QVERIFY(r.stopped);
    QCOMPARE(r.bounced, 0);
    QCOMPARE(r.sent, 0);
    QVERIFY2(r.problems.first().contains(u"login"_s), qPrintable(r.problems.join(u'\n')));
    for (const Enrolment &e : m_service->enrolments(seq))
        QCOMPARE(e.state, EnrolmentState::Active);
    r = runWith(smtp, u"right"_s);
    QCOMPARE(r.sent, 2);
    QCOMPARE(smtp.messages().size(), 2);
    QVERIFY(smtp.messages().first().value(u"tls"_s).toBool());
}

void tst_Nurture::dryRunSaysWhatWhenToWhomAndChangesNothing()
{
    const qint64 a = addLead(u"Ann"_s, u"ann@example.test"_s);
    const qint64 b = addLead(u"Bob"_s, u"bob@example.test"_s, false);
    const qint64 t1 = addTemplate(u"T1"_s, u"First for {{first_name}}"_s, u"Body"_s);
    const qint64 t2 = addTemplate(u"T2"_s, u"Second"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t1, t2, 3));
    m_service->enrol(seq, {a, b});
    const QByteArray before = TestSupport::fileHash(m_ws->path());
    const RunReport r = m_service->dryRun(14);
    QCOMPARE(r.emails.size(), 2);
    QCOMPARE(r.emails.at(0).to, u"ann@example.test"_s);
    QCOMPARE(r.emails.at(0).subject, u"First for Ann"_s);
    QCOMPARE(r.emails.at(0).at, T0);
    QCOMPARE(r.emails.at(1).subject, u"Second"_s);
    QCOMPARE(r.emails.at(1).at, T0 + 3 * Day);
    QCOMPARE(r.exited, 1); // Bob: no consent
    QVERIFY(m_service->sendLog(seq).isEmpty());
    for (const Enrolment &e : m_service->enrolments(seq)) {
        QCOMPARE(e.state, EnrolmentState::Active);
        QCOMPARE(e.stepId, 1);
    }
    QCOMPARE(Query(m_ws->db(), "SELECT count(*) FROM activities").scalar().toInt(), 0);
    Q_UNUSED(before);
}

void tst_Nurture::statsPerStepFromActivities()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp, 10);
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    QList<qint64> leads;
    for (int i = 0; i < 4; ++i)
        leads << addLead(u"L%1"_s.arg(i), u"l%1@example.test"_s.arg(i));
    m_service->enrol(seq, leads);
    QCOMPARE(runWith(smtp).sent, 4);
    auto activity = [this](qint64 lead, ActivityType type, qint64 at) {
        Activity a;
        a.leadId = lead;
        a.type = type;
        a.occurredAt = at;
        m_ws->leads().addActivity(a);
    };
    activity(leads[0], ActivityType::EmailOpened, T0 + Hour);
    activity(leads[1], ActivityType::EmailOpened, T0 + Hour);
    activity(leads[1], ActivityType::EmailClicked, T0 + 2 * Hour);
    activity(leads[2], ActivityType::EmailOpened, T0 - Hour); // before the e-mail: not counted
    const QList<StepStats> stats = m_service->stats(seq);
    QCOMPARE(stats.size(), 3);
    QCOMPARE(stats.at(0).stepId, 1);
    QCOMPARE(stats.at(0).sent, 4);
    QCOMPARE(stats.at(0).opened, 2);
    QCOMPARE(stats.at(0).clicked, 1);
    QCOMPARE(stats.at(0).replied, 0);
    QCOMPARE(stats.at(2).waiting, 4); // after the wait, step 3 is next
    m_ws->leads().changeStage(leads[3], Stage::SQL, u"Demo booked"_s);
    QCOMPARE(m_service->stats(seq).at(0).converted, 1);
}

void tst_Nurture::enrolBySegmentAndFromBant()
{
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    const qint64 a = addLead(u"Ann"_s, u"ann@example.test"_s);
    const qint64 b = addLead(u"Bob"_s, u"bob@example.test"_s);
    m_ws->leads().changeStage(b, Stage::MQL, u"score"_s);
    LeadFilter f;
    f.stages = {Stage::MQL};
    const qint64 segment = m_ws->segments().save(u"MQLs"_s, f);
    QCOMPARE(m_service->enrolSegment(seq, segment), 1);
    QCOMPARE(m_service->enrolments(seq).first().leadId, b);
    QCOMPARE(m_service->enrolments(seq).first().source, u"segment"_s);

    // BANT sends a lead to Nurturing: the sequence marked for it enrols it at the next run.
    Sequence bantSeq = twoEmails(u"Not now"_s, t, t);
    bantSeq.bantDefault = true;
    const qint64 bantId = save(bantSeq);
    m_ws->leads().changeStage(a, Stage::MQL, u"score"_s);
    Qualification q(*m_ws);
    Qualification::Request request;
    request.answers.budget = BantAnswers::Answer::NotMet;
    request.reason = u"No budget this year"_s;
    q.qualify(a, request);
    QCOMPARE(m_ws->leads().get(a).stage, Stage::Nurturing);
    QCOMPARE(m_service->enrolAutomatically(), 1);
    QCOMPARE(m_service->enrolments(bantId).size(), 1);
    QCOMPARE(m_service->enrolments(bantId).first().source, u"bant"_s);
    QCOMPARE(m_service->enrolAutomatically(), 0); // once
    Q_UNUSED(segment);
}

void tst_Nurture::unsubscribeTokenStopsTheMails()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp);
    const qint64 lead = addLead(u"Ann"_s, u"ann@example.test"_s);
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    m_service->enrol(seq, {lead});
    QCOMPARE(runWith(smtp).sent, 1);
    const QString header = smtp.messages().first().value(u"headers"_s).toObject().value(u"List-Unsubscribe"_s).toString();
    const QString token = header.section(u"https://leadbench.test/u/"_s, 1).section(u'>', 0, 0);
    QVERIFY(!m_service->unsubscribeToken(u"nope"_s));
    QVERIFY(m_service->unsubscribeToken(token));
    QVERIFY(m_ws->leads().get(lead).unsubscribedAt.has_value());
    m_now = T0 + 3 * Day;
    const RunReport r = runWith(smtp);
    QCOMPARE(r.sent, 0);
    QCOMPARE(r.exited, 1);
    QCOMPARE(m_service->enrolments(seq).first().endReason, u"unsubscribed"_s);
}

// Crash and restart (the CLI, killed) ------------------------------------------------------------

namespace {

QHash<QString, int> perRecipient(const QList<QJsonObject> &messages)
{
    QHash<QString, int> count;
    for (const QJsonObject &m : messages)
        ++count[m.value(u"rcpt_tos"_s).toArray().first().toString()];
    return count;
}

} // namespace

void tst_Nurture::killedInTheMiddleOfDataThenRestartedSendsEachOnce()
{
    // The server takes the 3rd message, then is slow to say 250: the CLI is killed in that moment.
    FakeSmtp smtp({u"--delay-data"_s, u"3=30"_s});
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    m_service->setClock({}); // the CLI runs on the real clock
    useServer(smtp, 10);
    const qint64 t = addTemplate(u"T"_s, u"Hello {{first_name}}"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    QList<qint64> leads;
    for (int i = 0; i < 5; ++i)
        leads << addLead(u"L%1"_s.arg(i), u"l%1@example.test"_s.arg(i));
    m_service->enrol(seq, leads);
    const QString path = m_ws->path();
    m_service.reset();
    m_ws.reset();

    QProcess run;
    run.start(TestSupport::cliPath(), {u"--db"_s, path, u"nurture"_s, u"run"_s});
    QVERIFY(run.waitForStarted());
    QVERIFY2(smtp.waitForEvent(u"data 3 l2@example.test"_s), qPrintable(smtp.events()));
    run.kill();
    run.waitForFinished();
    QCOMPARE(smtp.messages().size(), 3);

    int code = -1;
    QProcess again;
    again.start(TestSupport::cliPath(), {u"--db"_s, path, u"nurture"_s, u"run"_s, u"--json"_s});
    QVERIFY(again.waitForFinished(60000));
    const QByteArray out = again.readAllStandardOutput();
    code = again.exitCode();
    QVERIFY2(code == 0, out.constData());
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"sent"_s).toInt(), 3); // 3 settled + 4, 5
    const QHash<QString, int> count = perRecipient(smtp.messages());
    QCOMPARE(count.size(), 5);
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));

    m_ws = Workspace::open(path);
    m_service = std::make_unique<NurtureService>(*m_ws);
    const QList<SendRecord> log = m_service->sendLog(seq);
    QCOMPARE(log.size(), 5);
    for (const SendRecord &r : log)
        QCOMPARE(r.state, SendState::Sent);
}

void tst_Nurture::killedBeforeDataThenRestartedSendsEachOnce()
{
    // The 3rd RCPT TO hangs: the message never reached the server; after the kill it must still go.
    FakeSmtp smtp({u"--delay-rcpt"_s, u"3=30"_s});
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    m_service->setClock({});
    useServer(smtp, 10);
    const qint64 t = addTemplate(u"T"_s, u"Hello {{first_name}}"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    QList<qint64> leads;
    for (int i = 0; i < 4; ++i)
        leads << addLead(u"L%1"_s.arg(i), u"l%1@example.test"_s.arg(i));
    m_service->enrol(seq, leads);
    const QString path = m_ws->path();
    m_service.reset();
    m_ws.reset();

    QProcess run;
    run.start(TestSupport::cliPath(), {u"--db"_s, path, u"nurture"_s, u"run"_s});
    QVERIFY(run.waitForStarted());
    QVERIFY2(smtp.waitForEvent(u"rcpt-delay 3 l2@example.test"_s), qPrintable(smtp.events()));
    run.kill();
    run.waitForFinished();
    QCOMPARE(smtp.messages().size(), 2);

    QProcess again;
    again.start(TestSupport::cliPath(), {u"--db"_s, path, u"nurture"_s, u"run"_s});
    QVERIFY(again.waitForFinished(60000));
    QVERIFY2(again.exitCode() == 0, again.readAll().constData());
    const QHash<QString, int> count = perRecipient(smtp.messages());
    QCOMPARE(count.size(), 4);
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    Q_UNUSED(seq);
}

void tst_Nurture::cliListStatsAndDryRun()
{
    const qint64 t = addTemplate(u"Welcome"_s, u"Hi {{first_name}}"_s, u"Body"_s);
    save(twoEmails(u"Onboarding"_s, t, t));
    const qint64 a = addLead(u"Ann"_s, u"ann@example.test"_s);
    int code = -1;
    QString out = cli({u"nurture"_s, u"enrol"_s, u"Onboarding"_s, u"--lead"_s, QString::number(a)}, &code);
    QVERIFY2(code == 0 && out.contains(u"1 lead"_s), qPrintable(out));
    out = cli({u"nurture"_s, u"enrol"_s, u"Nope"_s, u"--lead"_s, QString::number(a)}, &code);
    QCOMPARE(code, 1);
    QVERIFY(out.contains(u"Nope"_s));
    out = cli({u"nurture"_s, u"list"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"active"_s).toInt(), 1);
    out = cli({u"nurture"_s, u"run"_s, u"--dry-run"_s, u"--json"_s}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    const QJsonObject dry = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(dry.value(u"sent"_s).toInt(), 2);
    QCOMPARE(dry.value(u"emails"_s).toArray().first().toObject().value(u"to"_s).toString(), u"ann@example.test"_s);
    // A real run without settings says what is missing.
    out = cli({u"nurture"_s, u"run"_s}, &code);
    QCOMPARE(code, 1);
    QVERIFY2(out.contains(u"SMTP server"_s), qPrintable(out));
    out = cli({u"nurture"_s, u"stats"_s, u"Onboarding"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 3);
    out = cli({u"nurture"_s, u"show"_s, u"Onboarding"_s}, &code);
    QVERIFY2(code == 0 && out.contains(u"Send \"Welcome\""_s), qPrintable(out));
    out = cli({u"--help"_s}, &code);
    QVERIFY(out.contains(u"nurture run"_s));
}

void tst_Nurture::oneSenderAtATime()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp);
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    m_service->enrol(save(twoEmails(u"S"_s, t, t)), {addLead(u"Ann"_s, u"ann@example.test"_s)});
    {
        // Another run (here: a lock this test holds) is sending: this one refuses, and sends nothing.
        QLockFile other(m_ws->path() + u".nurture-lock"_s);
        QVERIFY(other.tryLock(0));
        try {
            runWith(smtp);
            QFAIL("a second sender ran");
        } catch (const StorageError &e) {
            QVERIFY2(e.message().contains(u"Another run"_s), qPrintable(e.message()));
        }
        QVERIFY(smtp.messages().isEmpty());
    }
    QCOMPARE(runWith(smtp).sent, 1);
}

namespace {

// Another program holds the workspace's write lock while the e-mail is handed over.
class LockingMailer : public Mailer
{
public:
    LockingMailer(Mailer &inner, Database &other)
        : m_inner(inner)
        , m_other(other)
    {
    }
    SendOutcome send(const OutgoingEmail &email, const std::function<bool()> &onData) override
    {
        m_other.exec("BEGIN IMMEDIATE");
        const SendOutcome outcome = m_inner.send(email, onData);
        m_other.exec("ROLLBACK");
        return outcome;
    }

private:
    Mailer &m_inner;
    Database &m_other;
};

} // namespace

void tst_Nurture::nothingLeavesWhenTheLogCannotRecordIt()
{
    FakeSmtp smtp;
    QVERIFY2(smtp.isRunning(), qPrintable(smtp.error()));
    useServer(smtp);
    const qint64 t = addTemplate(u"T"_s, u"Hi"_s, u"Body"_s);
    const qint64 seq = save(twoEmails(u"S"_s, t, t));
    m_service->enrol(seq, {addLead(u"Ann"_s, u"ann@example.test"_s)});
    const std::unique_ptr<Database> other = m_ws->openConnection(false);
    SmtpMailer smtpMailer(m_service->settings().smtp, QString());
    LockingMailer locking(smtpMailer, *other);
    const RunReport r = m_service->run(&locking, RunOptions());
    QCOMPARE(r.sent, 0);
    QCOMPARE(r.retried, 1);
    QVERIFY(smtp.messages().isEmpty()); // aborted before the first byte of the message
    QCOMPARE(m_service->sendLog(seq).first().state, SendState::Retry);
    m_now += SendPolicy::retryDelayMs(1);
    QCOMPARE(runWith(smtp).sent, 1);
    QCOMPARE(smtp.messages().size(), 1);
}

QTEST_GUILESS_MAIN(tst_Nurture)
#include "tst_nurture.moc"
