#include "CampaignRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

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

namespace {

void check(Database &db, const Campaign &c)
{
    auto refuse = [](const QString &message) { throw StorageError(StorageError::Kind::Constraint, message); };
    if (c.name.trimmed().isEmpty())
        refuse(QCoreApplication::translate("CampaignRepository", "A campaign needs a name."));
    if (c.cost < 0 || !std::isfinite(c.cost))
        refuse(QCoreApplication::translate("CampaignRepository", "Campaign “%1”: the cost cannot be negative.").arg(c.name.trimmed()));
    if (c.visitors < 0)
        refuse(QCoreApplication::translate("CampaignRepository", "Campaign “%1”: visitors cannot be negative.").arg(c.name.trimmed()));
    if (c.startsOn.isValid() && c.endsOn.isValid() && c.endsOn < c.startsOn)
        refuse(QCoreApplication::translate("CampaignRepository", "Campaign “%1”: it ends (%2) before it starts (%3).")
                   .arg(c.name.trimmed(), c.endsOn.toString(Qt::ISODate), c.startsOn.toString(Qt::ISODate)));
    Query same(db, "SELECT id FROM campaigns WHERE name = ? AND id <> ?", c.name.trimmed(), c.id);
    if (same.next())
        refuse(QCoreApplication::translate("CampaignRepository", "There is already a campaign named “%1”.").arg(c.name.trimmed()));
}

} // namespace

qint64 CampaignRepository::add(const Campaign &c)
{
    check(m_workspace.db(), c);
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

void CampaignRepository::update(const Campaign &c)
{
    check(m_workspace.db(), c);
    Transaction tx(m_workspace.db());
    const int rows = Query(m_workspace.db(),
                              "UPDATE campaigns SET name = ?, channel = ?, cost = ?, visitors = ?, starts_on = ?, ends_on = ? "
                              "WHERE id = ?",
                              c.name.trimmed(), c.channel, c.cost, c.visitors, isoDate(c.startsOn), isoDate(c.endsOn), c.id)
                            .exec();
    if (rows == 0)
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("CampaignRepository", "There is no campaign #%1.").arg(c.id));
    syncTotals(c.id);
    tx.commit();
    emit changed();
}

void CampaignRepository::remove(qint64 id)
{
    Query(m_workspace.db(), "DELETE FROM campaigns WHERE id = ?", id).exec();
    emit changed();
}

QList<CampaignCost> CampaignRepository::costs(qint64 campaignId) const
{
    QList<CampaignCost> list;
    Query q(m_workspace.db(),
            "SELECT id, campaign_id, day, cost, clicks, visitors FROM campaign_costs WHERE campaign_id = ? ORDER BY day",
            campaignId);
    while (q.next()) {
        CampaignCost e;
        e.id = q.int64(0);
        e.campaignId = q.int64(1);
        e.day = QDate::fromString(q.text(2), Qt::ISODate);
        e.cost = q.real(3);
        e.clicks = q.int64(4);
        e.visitors = q.int64(5);
        list << e;
    }
    return list;
}

void CampaignRepository::setCost(const CampaignCost &e)
{
    auto refuse = [](const QString &message) { throw StorageError(StorageError::Kind::Constraint, message); };
    if (!find(e.campaignId))
        refuse(QCoreApplication::translate("CampaignRepository", "There is no campaign #%1.").arg(e.campaignId));
    if (!e.day.isValid())
        refuse(QCoreApplication::translate("CampaignRepository", "A cost entry needs a day."));
    if (e.cost < 0 || !std::isfinite(e.cost) || e.visitors < 0 || e.clicks < 0)
        refuse(QCoreApplication::translate("CampaignRepository", "Cost entry of %1: cost, clicks and visitors cannot be negative.")
                   .arg(e.day.toString(Qt::ISODate)));
    Transaction tx(m_workspace.db());
    Query(m_workspace.db(),
          "INSERT INTO campaign_costs (campaign_id, day, cost, clicks, visitors) VALUES (?, ?, ?, ?, ?) "
          "ON CONFLICT (campaign_id, day) DO UPDATE SET cost = excluded.cost, clicks = excluded.clicks, "
          "visitors = excluded.visitors",
          e.campaignId, e.day.toString(Qt::ISODate), e.cost, e.clicks, e.visitors)
        .exec();
    syncTotals(e.campaignId);
    tx.commit();
    emit changed();
}

void CampaignRepository::removeCost(qint64 campaignId, const QDate &day)
{
    Transaction tx(m_workspace.db());
    Query(m_workspace.db(), "DELETE FROM campaign_costs WHERE campaign_id = ? AND day = ?", campaignId,
          day.toString(Qt::ISODate))
        .exec();
    syncTotals(campaignId);
    tx.commit();
    emit changed();
}

void CampaignRepository::syncTotals(qint64 campaignId)
{
    Query(m_workspace.db(),
          "UPDATE campaigns SET cost = (SELECT sum(cost) FROM campaign_costs WHERE campaign_id = ?1), "
          "visitors = (SELECT sum(visitors) FROM campaign_costs WHERE campaign_id = ?1) "
          "WHERE id = ?1 AND EXISTS (SELECT 1 FROM campaign_costs WHERE campaign_id = ?1)",
          campaignId)
        .exec();
}
