#include "RepRepository.h"

#include "leads/LifecycleStage.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QStringList fromJson(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list << v.toString();
    return list;
}

QString toJson(const QStringList &list)
{
    QStringList cleaned;
    for (const QString &s : list) {
        if (!s.trimmed().isEmpty() && !cleaned.contains(s.trimmed()))
            cleaned << s.trimmed();
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cleaned)).toJson(QJsonDocument::Compact));
}

Rep readRep(const Query &q)
{
    Rep r;
    r.id = q.int64(0);
    r.name = q.text(1);
    r.email = q.text(2);
    r.team = q.text(3);
    r.active = q.integer(4) != 0;
    const int seniority = q.integer(5);
    r.seniority = seniority >= 0 && seniority <= 2 ? Rep::Seniority(seniority) : Rep::Seniority::Confirmed;
    if (!q.isNull(6))
        r.capacity = q.integer(6);
    if (!q.isNull(7))
        r.awayFrom = q.int64(7);
    if (!q.isNull(8))
        r.awayTo = q.int64(8);
    r.industries = fromJson(q.text(9));
    r.products = fromJson(q.text(10));
    r.regions = fromJson(q.text(11));
    return r;
}

constexpr char columns[] = "SELECT id, name, email, team, active, seniority, capacity, away_from, away_to, industries, "
                           "products, regions FROM reps";

template<typename T>
QVariant opt(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace

QString Rep::initials() const
{
    QString out;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts)) {
        out += part.at(0).toUpper();
        if (out.size() == 2)
            break;
    }
    return out;
}

bool Rep::isAwayAt(qint64 msecs) const
{
    if (!awayFrom && !awayTo)
        return false;
    const bool started = !awayFrom || *awayFrom <= msecs;
    const bool notEnded = !awayTo || msecs < *awayTo;
    return started && notEnded;
}

RepRepository::RepRepository(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString RepRepository::seniorityName(Rep::Seniority seniority)
{
    switch (seniority) {
    case Rep::Seniority::Junior: return QCoreApplication::translate("RepRepository", "Junior");
    case Rep::Seniority::Senior: return QCoreApplication::translate("RepRepository", "Senior");
    case Rep::Seniority::Confirmed: break;
    }
    return QCoreApplication::translate("RepRepository", "Confirmed");
}

QList<Rep> RepRepository::all() const
{
    QList<Rep> list;
    Query q(m_workspace.db(), std::string(columns) + " ORDER BY name COLLATE NOCASE");
    while (q.next())
        list << readRep(q);
    return list;
}

std::optional<Rep> RepRepository::find(qint64 id) const
{
    Query q(m_workspace.db(), std::string(columns) + " WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readRep(q);
}

std::optional<Rep> RepRepository::findByName(const QString &name) const
{
    Query q(m_workspace.db(), std::string(columns) + " WHERE name = ?", name.trimmed());
    if (!q.next())
        return std::nullopt;
    return readRep(q);
}

void RepRepository::check(const Rep &rep) const
{
    if (rep.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("RepRepository", "A rep needs a name."));
    if (rep.capacity && *rep.capacity < 0)
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("RepRepository", "The capacity of %1 cannot be negative.")
                               .arg(rep.name));
    if (rep.awayFrom && rep.awayTo && *rep.awayTo <= *rep.awayFrom)
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("RepRepository", "The absence of %1 ends before it starts.")
                               .arg(rep.name));
}

qint64 RepRepository::add(const Rep &rep)
{
    check(rep);
    Query q(m_workspace.db(),
            "INSERT INTO reps (name, email, team, active, created_at, seniority, capacity, away_from, away_to, "
            "industries, products, regions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, rep.name.trimmed()).bind(2, rep.email.trimmed()).bind(3, rep.team.trimmed()).bind(4, rep.active);
    q.bind(5, QDateTime::currentMSecsSinceEpoch()).bind(6, int(rep.seniority)).bind(7, opt(rep.capacity));
    q.bind(8, opt(rep.awayFrom)).bind(9, opt(rep.awayTo)).bind(10, toJson(rep.industries));
    q.bind(11, toJson(rep.products)).bind(12, toJson(rep.regions));
    q.exec();
    const qint64 id = m_workspace.db().lastInsertId();
    emit changed();
    return id;
}

void RepRepository::update(const Rep &rep)
{
    check(rep);
    Query q(m_workspace.db(),
            "UPDATE reps SET name = ?, email = ?, team = ?, active = ?, seniority = ?, capacity = ?, away_from = ?, "
            "away_to = ?, industries = ?, products = ?, regions = ? WHERE id = ?");
    q.bind(1, rep.name.trimmed()).bind(2, rep.email.trimmed()).bind(3, rep.team.trimmed()).bind(4, rep.active);
    q.bind(5, int(rep.seniority)).bind(6, opt(rep.capacity)).bind(7, opt(rep.awayFrom)).bind(8, opt(rep.awayTo));
    q.bind(9, toJson(rep.industries)).bind(10, toJson(rep.products)).bind(11, toJson(rep.regions)).bind(12, rep.id);
    if (q.exec() == 0)
        throw StorageError(StorageError::Kind::Generic,
                           QCoreApplication::translate("RepRepository", "Rep #%1 does not exist.").arg(rep.id));
    emit changed();
}

QStringList RepRepository::teams() const
{
    QStringList list;
    Query q(m_workspace.db(), "SELECT DISTINCT team FROM reps WHERE team <> '' ORDER BY team COLLATE NOCASE");
    while (q.next())
        list << q.text(0);
    return list;
}

QHash<qint64, qint64> RepRepository::openLeadCounts() const
{
    QHash<qint64, qint64> counts;
    Query q(m_workspace.db(),
            "SELECT ifnull(owner_id, 0) AS owner, count(*) FROM leads WHERE stage NOT IN (?, ?) GROUP BY owner",
            int(Stage::Customer), int(Stage::Disqualified));
    while (q.next()) {
        if (q.int64(0) != 0)
            counts.insert(q.int64(0), q.int64(1));
    }
    return counts;
}

QHash<qint64, qint64> RepRepository::recentWins(int days, qint64 now) const
{
    if (now == 0)
        now = QDateTime::currentMSecsSinceEpoch();
    QHash<qint64, qint64> wins;
    Query q(m_workspace.db(),
            "SELECT owner_id, count(*) FROM deals WHERE outcome = 1 AND closed_at >= ? AND owner_id IS NOT NULL "
            "GROUP BY owner_id",
            now - qint64(days) * 24 * 3600 * 1000);
    while (q.next())
        wins.insert(q.int64(0), q.int64(1));
    return wins;
}
