#include "TestSupport.h"

#include "distribution/RepRepository.h"
#include "distribution/Router.h"
#include "leads/LeadRepository.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "tasks/Queue.h"
#include "tasks/TaskRepository.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

class tst_Queue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void orderOverdueThenHotThenNew();
    void callOutcomesPlanTheNextStep_data();
    void callOutcomesPlanTheNextStep();
    void notNowSendsToNurturing();
    void undoLogCall();
    void followUpsSkipWeekends();
    void tasksRemindersAndSnooze();
    void taskInputIsChecked();

private:
    qint64 lead(const QString &name, int score, qint64 owner);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_rep = 0;
    qint64 m_now = 0;
};

void tst_Queue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = TestSupport::createWorkspace(m_dir->filePath(QStringLiteral("q.leadbench")));
    Rep r;
    r.name = QStringLiteral("Tom Walker");
    m_rep = m_ws->reps().add(r);
    m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0)).toMSecsSinceEpoch(); // a Wednesday
}

void tst_Queue::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

qint64 tst_Queue::lead(const QString &name, int score, qint64 owner)
{
    Lead l;
    l.lastName = name;
    l.score = score;
    if (owner)
        l.ownerId = owner;
    const qint64 id = m_ws->leads().create(l);
    // Scores are the engine's; the queue's order is what is tested here, so set them as they are.
    Query(m_ws->db(), "UPDATE lead_scores SET score = ? WHERE lead_id = ?", score, id).exec();
    return id;
}

void tst_Queue::orderOverdueThenHotThenNew()
{
    const qint64 hot1 = lead(QStringLiteral("Hot70"), 70, m_rep);
    const qint64 hot2 = lead(QStringLiteral("Hot90"), 90, m_rep);
    const qint64 cold = lead(QStringLiteral("Cold"), 5, m_rep);
    const qint64 overdueOld = lead(QStringLiteral("OverdueOld"), 10, m_rep);
    const qint64 overdueNew = lead(QStringLiteral("OverdueNew"), 95, m_rep);
    const qint64 someoneElse = lead(QStringLiteral("Other"), 99, 0);
    Q_UNUSED(someoneElse)
    Task t;
    t.repId = m_rep;
    t.title = QStringLiteral("Call back");
    t.leadId = overdueOld;
    t.dueAt = m_now - 3 * 24 * 3600000LL;
    m_ws->tasks().add(t);
    t.leadId = overdueNew;
    t.dueAt = m_now - 3600000;
    m_ws->tasks().add(t);
    t.leadId = cold;
    t.dueAt = m_now + 3600000; // due later: not in the queue yet, and not "new" either
    m_ws->tasks().add(t);
    // A fresh assignment, untouched.
    Lead fresh;
    fresh.lastName = QStringLiteral("Fresh");
    const qint64 freshId = m_ws->leads().create(fresh);
    Router(*m_ws).reassign({freshId}, m_rep, QStringLiteral("round-robin"));

    const auto items = Queue(*m_ws).forRep(m_rep, m_now);
    QList<qint64> order;
    for (const auto &i : items)
        order << i.leadId;
    QCOMPARE(order, (QList<qint64>{overdueOld, overdueNew, hot2, hot1, freshId}));
    QCOMPARE(items.at(0).kind, Queue::Item::Kind::Overdue);
    QCOMPARE(items.at(2).kind, Queue::Item::Kind::Hot);
    QCOMPARE(items.at(4).kind, Queue::Item::Kind::New);
    // Once worked (a call logged), a new assignment leaves the "new" part.
    Queue(*m_ws).logCall(freshId, m_rep, Queue::CallOutcome::WrongContact, QString(), m_now);
    order.clear();
    for (const auto &i : Queue(*m_ws).forRep(m_rep, m_now))
        order << i.leadId;
    QVERIFY(!order.contains(freshId));
}

void tst_Queue::callOutcomesPlanTheNextStep_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("days"); // -1: no follow-up
    QTest::newRow("connected") << int(Queue::CallOutcome::Connected) << 7;
    QTest::newRow("no answer") << int(Queue::CallOutcome::NoAnswer) << 1;
    QTest::newRow("voicemail") << int(Queue::CallOutcome::Voicemail) << 2;
    QTest::newRow("wrong contact") << int(Queue::CallOutcome::WrongContact) << -1;
}

void tst_Queue::callOutcomesPlanTheNextStep()
{
    QFETCH(int, outcome);
    QFETCH(int, days);
    const qint64 id = lead(QStringLiteral("Callee"), 60, m_rep);
    Task due;
    due.leadId = id;
    due.repId = m_rep;
    due.title = QStringLiteral("First call");
    due.dueAt = m_now - 60000;
    const qint64 taskId = m_ws->tasks().add(due);
    const auto logged = Queue(*m_ws).logCall(id, m_rep, Queue::CallOutcome(outcome), QStringLiteral("spoke briefly"), m_now);
    const auto activities = m_ws->leads().activities(id);
    QCOMPARE(activities.first().type, ActivityType::Call);
    QVERIFY(activities.first().detail.endsWith(QStringLiteral("spoke briefly")));
    QVERIFY(!m_ws->tasks().find(taskId)->isOpen()); // the due call is done
    QCOMPARE(m_ws->tasks().find(taskId)->outcome, Queue::outcomeName(Queue::CallOutcome(outcome)));
    if (days < 0) {
        QCOMPARE(logged.nextTaskId, 0);
        QVERIFY(!m_ws->tasks().nextOpenForLead(id));
    } else {
        const auto next = m_ws->tasks().nextOpenForLead(id);
        QVERIFY(next);
        QCOMPARE(next->dueAt, Queue::followUpTime(m_now, days));
        QCOMPARE(next->repId, m_rep);
        QCOMPARE(next->remindAt.value_or(0), next->dueAt);
    }
}

void tst_Queue::notNowSendsToNurturing()
{
    const qint64 id = lead(QStringLiteral("Later"), 60, m_rep);
    m_ws->leads().changeStage(id, Stage::SQL, QStringLiteral("BANT"));
    Queue queue(*m_ws);
    queue.setNotNowDays(30);
    QVERIFY_THROWS_EXCEPTION(StorageError, queue.setNotNowDays(0));
    queue.logCall(id, m_rep, Queue::CallOutcome::NotNow, QString(), m_now);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::Nurturing);
    QVERIFY(m_ws->leads().stageHistory(id).first().reason.contains(QStringLiteral("30")));
    QCOMPARE(m_ws->tasks().nextOpenForLead(id)->dueAt, Queue::followUpTime(m_now, 30));
}

void tst_Queue::undoLogCall()
{
    const qint64 id = lead(QStringLiteral("Undo"), 60, m_rep);
    Task due;
    due.leadId = id;
    due.repId = m_rep;
    due.title = QStringLiteral("Call");
    due.dueAt = m_now;
    const qint64 taskId = m_ws->tasks().add(due);
    Queue queue(*m_ws);
    const auto logged = queue.logCall(id, m_rep, Queue::CallOutcome::NotNow, QString(), m_now);
    queue.undo(logged);
    QCOMPARE(m_ws->leads().get(id).stage, Stage::Lead);
    QVERIFY(m_ws->leads().activities(id).isEmpty());
    QVERIFY(m_ws->tasks().find(taskId)->isOpen());
    QCOMPARE(m_ws->tasks().forLead(id).size(), 1);
}

void tst_Queue::followUpsSkipWeekends()
{
    const qint64 friday = QDateTime(QDate(2026, 11, 27), QTime(16, 0)).toMSecsSinceEpoch();
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(Queue::followUpTime(friday, 1)), QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(Queue::followUpTime(friday, 2)), QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(Queue::followUpTime(m_now, 7)), QDateTime(QDate(2026, 12, 4), QTime(9, 0)));
}

void tst_Queue::tasksRemindersAndSnooze()
{
    const qint64 id = lead(QStringLiteral("R"), 0, m_rep);
    Task t;
    t.leadId = id;
    t.repId = m_rep;
    t.type = TaskType::Meeting;
    t.title = QStringLiteral("Demo");
    t.dueAt = m_now + 3600000;
    t.remindAt = m_now - 1000;
    const qint64 taskId = m_ws->tasks().add(t);
    QCOMPARE(m_ws->tasks().dueReminders(m_now).size(), 1);
    m_ws->tasks().markReminded(taskId, m_now);
    QVERIFY(m_ws->tasks().dueReminders(m_now).isEmpty());
    m_ws->tasks().snooze(taskId, m_now + 2 * 3600000);
    QVERIFY(m_ws->tasks().dueReminders(m_now + 3600000).isEmpty());
    QCOMPARE(m_ws->tasks().dueReminders(m_now + 2 * 3600000).size(), 1);
    QCOMPARE(m_ws->tasks().find(taskId)->dueAt, m_now + 2 * 3600000); // a snooze past the due time moves it
    m_ws->tasks().complete(taskId, QStringLiteral("held"), m_now);
    QVERIFY(m_ws->tasks().dueReminders(m_now + 3 * 3600000).isEmpty());
    QVERIFY(m_ws->tasks().openFor(m_rep).isEmpty());
    m_ws->tasks().reopen(taskId);
    QCOMPARE(m_ws->tasks().openFor(m_rep).size(), 1);
}

void tst_Queue::taskInputIsChecked()
{
    Task t;
    t.title = QStringLiteral("  ");
    t.dueAt = m_now;
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->tasks().add(t));
    t.title = QStringLiteral("x");
    t.dueAt = 0;
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->tasks().add(t));
    t.dueAt = m_now;
    t.leadId = 424242;
    QVERIFY_THROWS_EXCEPTION(StorageError, m_ws->tasks().add(t));
}

QTEST_GUILESS_MAIN(tst_Queue)
#include "tst_queue.moc"
