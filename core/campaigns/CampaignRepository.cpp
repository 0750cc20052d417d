#include "CampaignRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

Campaign readCampaign(const Query &q)
{
    Campaign c;
    c.id = q.int64(0);
    c.name = q.text(1);
    c.channel = q.text(2);
    c.cost = q.real(3);
    c.visitors = q.int64(4);
    c.startsOn = QDate::fromString(q.text(5), Qt::ISODate);
    c.endsOn = QDate::fromString(q.text(6), Qt::ISODate);
    return c;
}

constexpr char columns[] = "SELECT id, name, channel, cost, visitors, starts_on, ends_on FROM campaigns";

QVariant isoDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

CampaignRepository::CampaignRepository(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<Campaign> CampaignRepository::all() const
{
    QList<Campaign> list;
    Query q(m_workspace.db(), std::string(columns) + " ORDER BY name COLLATE NOCASE");
    while (q.next())
        list << readCampaign(q);
    return list;
}

std::optional<Campaign> CampaignRepository::find(qint64 id) const
{
    Query q(m_workspace.db(), std::string(columns) + " WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readCampaign(q);
}

std::optional<Campaign> CampaignRepository::findByName(const QString &name) const
{
    Query q(m_workspace.db(), std::string(columns) + " WHERE name = ?", name.trimmed());
    if (!q.next())
        return std::nullopt;
    return readCampaign(q);
}

qint64 CampaignRepository::add(const Campaign &c)
{
    if (c.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("CampaignRepository", "A campaign needs a name."));
    Query q(m_workspace.db(),
            "INSERT INTO campaigns (name, channel, cost, visitors, starts_on, ends_on, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            c.name.trimmed(), c.channel, c.cost, c.visitors, isoDate(c.startsOn), isoDate(c.endsOn),
            QDateTime::currentMSecsSinceEpoch());
    q.exec();
    const qint64 id = m_workspace.db().lastInsertId();
    emit changed();
    return id;
}
