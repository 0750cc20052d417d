#pragma once

#include "sync/Connector.h"

#include <QObject>

// HubSpot CRM API v3 (https://developers.hubspot.com/docs/api/crm): contacts <-> leads (lifecycle
// stage mapped), deals <-> deals, authenticated with a private app's access token.
//
// Pull: the search endpoint filtered on the last-modified date and walked in id order through
// `after`; when a query reaches the search's 10,000-result cap it restarts after the last id seen.
// The next sync starts from the time the previous scan began (the server's Date), so changes made
// during a scan are never skipped. Deletions: the archived records (GET ...?archived=true).
// Push: creates are batch upserts on the unique property "leadbench_key" (created on first use),
// so a retried request never duplicates; updates are batch updates by id; deletes batch archives;
// 100 inputs per call. A 409 "Contact already exists. Existing ID: N" names a duplicate e-mail:
// that record is reported as a duplicate and the rest of the batch is sent again; a 400
// VALIDATION_ERROR is narrowed down by halving the batch to the records HubSpot refuses; a 207 lists
// records that no longer exist.
class HubSpotConnector : public QObject, public Sync::Connector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID LeadbenchConnector_iid FILE "plugin.json")
    Q_INTERFACES(Sync::Connector)
public:
    QString id() const override;
    QString name() const override;
    QString description() const override;
    QList<Sync::SettingSpec> settings() const override;
    QList<Sync::EntitySpec> entities() const override;
    QList<Sync::RateLimit> rateLimits() const override;
    std::unique_ptr<Sync::ConnectorSession> openSession(const Sync::SessionContext &context) override;
};
