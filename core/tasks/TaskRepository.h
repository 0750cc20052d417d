#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Workspace;

enum class TaskType : int { Call = 1, Email = 2, Meeting = 3, Todo = 4 };

// A follow-up to do: call, e-mail, meeting or to-do, due at a time, for a lead (or a deal), by a rep.
struct Task
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 dealId = 0;
    qint64 repId = 0;
    TaskType type = TaskType::Call;
    QString title;
    QString notes;
    qint64 dueAt = 0;
    std::optional<qint64> remindAt;
    std::optional<qint64> remindedAt;
    std::optional<qint64> doneAt;
    QString outcome;
    qint64 createdAt = 0;
    QString actor;

    bool isOpen() const { return !doneAt.has_value(); }
    bool isOverdue(qint64 now) const { return isOpen() && dueAt <= now; }
};

class TaskRepository : public QObject
{
    Q_OBJECT
public:
    explicit TaskRepository(Workspace &workspace);

    static QString typeName(TaskType type);

    std::optional<Task> find(qint64 id) const;
    qint64 add(Task task);
    void update(const Task &task);
    void complete(qint64 id, const QString &outcome, qint64 now = 0);
    void reopen(qint64 id);
    // Moves the reminder (and the due time when it is earlier) to `until`.
    void snooze(qint64 id, qint64 until);
    void remove(qint64 id);
    void restore(const Task &task); // with its id, for undo

    QList<Task> openFor(qint64 repId) const;   // by due time; repId 0: tasks without a rep
    QList<Task> forLead(qint64 leadId) const;  // open first, by due time
    std::optional<Task> nextOpenForLead(qint64 leadId) const;
    // Open tasks whose reminder time has come and that were not reminded yet.
    QList<Task> dueReminders(qint64 now) const;
    void markReminded(qint64 id, qint64 now);

signals:
    void changed();

private:
    QString check(const Task &task) const;
    Workspace &m_workspace;
};
