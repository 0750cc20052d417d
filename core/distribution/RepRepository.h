#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

// A sales rep: who gets which leads depends on expertise, seniority, region, capacity and availability.
struct Rep
{
    enum class Seniority : int { Junior = 0, Confirmed = 1, Senior = 2 };

    qint64 id = 0;
    QString name;
    QString email;
    QString team;
    bool active = true;
    Seniority seniority = Seniority::Confirmed;
    std::optional<int> capacity; // most open leads at once
    std::optional<qint64> awayFrom; // ms since epoch; away when awayFrom <= now < awayTo
    std::optional<qint64> awayTo;
    QStringList industries;
    QStringList products;
    QStringList regions;

    QString initials() const;
    bool isAwayAt(qint64 msecs) const;
};

// The sales reps who own leads, their profile, and the figures routing uses (open leads, recent wins).
class RepRepository : public QObject
{
    Q_OBJECT
public:
    explicit RepRepository(Workspace &workspace);

    QList<Rep> all() const; // by name
    std::optional<Rep> find(qint64 id) const;
    std::optional<Rep> findByName(const QString &name) const;
    qint64 add(const Rep &rep);
    void update(const Rep &rep);
    QStringList teams() const;

    // Leads a rep owns that are still being worked (not customers, not disqualified), by rep.
    QHash<qint64, qint64> openLeadCounts() const;
    // Deals won in the last `days` days, by owner: the "performance" of routing.
    QHash<qint64, qint64> recentWins(int days = 30, qint64 now = 0) const;

    static QString seniorityName(Rep::Seniority seniority);

signals:
    void changed();

private:
    void check(const Rep &rep) const;
    Workspace &m_workspace;
};
