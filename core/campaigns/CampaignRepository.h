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

// Marketing campaigns that leads come from. Cost entries and KPIs come with the dashboard feature.
class CampaignRepository : public QObject
{
    Q_OBJECT
public:
    explicit CampaignRepository(Workspace &workspace);

    QList<Campaign> all() const; // by name
    std::optional<Campaign> find(qint64 id) const;
    std::optional<Campaign> findByName(const QString &name) const;
    qint64 add(const Campaign &campaign);

signals:
    void changed();

private:
    Workspace &m_workspace;
};
