#include "RepRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

Rep readRep(const Query &q)
{
    Rep r;
    r.id = q.int64(0);
    r.name = q.text(1);
    r.email = q.text(2);
    r.team = q.text(3);
    r.active = q.integer(4) != 0;
    return r;
}

constexpr char columns[] = "SELECT id, name, email, team, active FROM reps";

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

RepRepository::RepRepository(Workspace &workspace)
    : m_workspace(workspace)
{
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

qint64 RepRepository::add(const Rep &rep)
{
    if (rep.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("RepRepository", "A rep needs a name."));
    Query q(m_workspace.db(), "INSERT INTO reps (name, email, team, active, created_at) VALUES (?, ?, ?, ?, ?)",
            rep.name.trimmed(), rep.email, rep.team, rep.active, QDateTime::currentMSecsSinceEpoch());
    q.exec();
    const qint64 id = m_workspace.db().lastInsertId();
    emit changed();
    return id;
}
