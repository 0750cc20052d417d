#pragma once

#include "sync/SyncTypes.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <memory>

class Workspace;

namespace SyncTest {

// The fake connector's "CRM": a JSON file the plug-in reads and writes on every call.
class FakeStore
{
public:
    explicit FakeStore(const QString &path);
    QString path() const { return m_path; }
    QJsonObject state() const;
    void setState(const QJsonObject &state);
    QJsonObject records(const QString &entity) const; // id -> {key, fields, modifiedAt, deleted}
    QJsonObject live(const QString &entity) const;    // without the deleted ones
    QJsonObject record(const QString &entity, const QString &id) const;
    QString idWith(const QString &entity, const QString &field, const QString &value) const;
    // Plays a person changing the CRM: sets fields, bumps the modification clock.
    QString put(const QString &entity, const QString &id, const QJsonObject &fields, bool hidden = false);
    void remove(const QString &entity, const QString &id);
    void setFault(const QString &name, const QJsonValue &value);
    int counter(const QString &name) const;

private:
    QString m_path;
};

// A loopback fake server from tests/fakes (python3, standard library): started on a free port of
// 127.0.0.1, steered through its /__control endpoints, stopped when this goes.
class FakeServer
{
public:
    explicit FakeServer(const QString &script, const QStringList &arguments = {});
    ~FakeServer();
    bool isRunning() const { return m_port > 0; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString baseUrl() const;
    QJsonObject control(const QString &path, const QJsonObject &body = QJsonObject()); // POST /__control/<path>
    QJsonObject state(); // GET /__control/state

private:
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

// Leads with plain, predictable values: "First<i> Last<i>", first<i>@example.com, Company<i>, City<i>.
void addLeads(Workspace &workspace, int count, int firstIndex = 1);

} // namespace SyncTest
