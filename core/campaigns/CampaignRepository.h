#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Workspace;

struct Campaign
{
    qint64 id = 0;
    QString name;
    QString channel; // a LeadSources key
    double cost = 0;
    qint64 visitors = 0;
    QDate startsOn;
    QDate endsOn;
};

// One day of a campaign's spend and visitors (an ad platform's export, an event's invoice).
struct CampaignCost
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QDate day;
    double cost = 0;
    qint64 clicks = 0;
    qint64 visitors = 0;
};

// Marketing campaigns that leads come from, with their cost entries per day. A campaign with cost
// entries has their sums as its cost and visitors.
class CampaignRepository : public QObject
{
    Q_OBJECT
public:
    explicit CampaignRepository(Workspace &workspace);

    QList<Campaign> all() const; // by name
    std::optional<Campaign> find(qint64 id) const;
    std::optional<Campaign> findByName(const QString &name) const;
    qint64 add(const Campaign &campaign);
    void update(const Campaign &campaign);
    // Leads keep their data and lose the campaign; its cost entries go with it.
    void remove(qint64 id);

    QList<CampaignCost> costs(qint64 campaignId) const; // by day
    // Adds or replaces the entry of that day.
    void setCost(const CampaignCost &entry);
    void removeCost(qint64 campaignId, const QDate &day);

signals:
    void changed();

private:
    void syncTotals(qint64 campaignId);

    Workspace &m_workspace;
};
