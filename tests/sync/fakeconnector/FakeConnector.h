#pragma once

#include "sync/Connector.h"

#include <QObject>

#ifndef FAKE_CONNECTOR_IID
#define FAKE_CONNECTOR_IID LeadbenchConnector_iid
#endif

// A connector whose "CRM" is a JSON file (the setting "store"): proves the plug-in interface and the
// engine without any network. Tests read and change the file to play the remote side.
class FakeConnector : public QObject, public Sync::Connector
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID FAKE_CONNECTOR_IID FILE "plugin.json")
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
