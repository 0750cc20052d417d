#pragma once

#include "sync/Connector.h"

#include <QObject>

// Salesforce REST API (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta): Lead <-> leads,
// Opportunity <-> deals, through a connected app with OAuth 2.0 (client id and secret, refresh token;
// the access token lives for the run only and is refreshed on a 401 INVALID_SESSION_ID).
//
// Pull: SOQL ordered by SystemModstamp from the last one seen, following nextRecordsUrl; a query
// locator that expired (INVALID_QUERY_LOCATOR) restarts the query from the last SystemModstamp.
// Deletions: sobjects/<Object>/deleted. Push: sObject Collections, 200 records per call with
// allOrNone false and a result per record; creates are upserts on the external id field
// Leadbench_Key__c (which the org must have: "Test connection" says so), so a retried request
// never duplicates; DUPLICATES_DETECTED names the existing record.
class SalesforceConnector : public QObject, public Sync::Connector
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
