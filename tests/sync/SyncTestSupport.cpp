#include "SyncTestSupport.h"

#include "leads/LeadRepository.h"
#include "sync/HttpClient.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SyncTest {

FakeStore::FakeStore(const QString &path)
    : m_path(path)
{
    if (!QFile::exists(path))
        setState(QJsonObject{{u"clock"_s, 1000}, {u"nextId"_s, 1}, {u"lead"_s, QJsonObject()}, {u"deal"_s, QJsonObject()},
                             {u"faults"_s, QJsonObject()}});
}

QJsonObject FakeStore::state() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(m_path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void FakeStore::setState(const QJsonObject &state)
{
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(m_path));
    f.write(QJsonDocument(state).toJson());
}

QJsonObject FakeStore::records(const QString &entity) const
{
    return state().value(entity).toObject();
}

QJsonObject FakeStore::live(const QString &entity) const
{
    QJsonObject all = records(entity);
    QJsonObject live;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (!it.value().toObject().value(u"deleted"_s).toBool())
            live.insert(it.key(), it.value());
    }
    return live;
}

QJsonObject FakeStore::record(const QString &entity, const QString &id) const
{
    return records(entity).value(id).toObject();
}

QString FakeStore::idWith(const QString &entity, const QString &field, const QString &value) const
{
    const QJsonObject all = live(entity);
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.value().toObject().value(u"fields"_s).toObject().value(field).toString() == value)
            return it.key();
    }
    return QString();
}

QString FakeStore::put(const QString &entity, const QString &id, const QJsonObject &fields, bool hidden)
{
    QJsonObject s = state();
    const qint64 clock = qint64(s.value(u"clock"_s).toDouble()) + 1;
    s.insert(u"clock"_s, double(clock));
    QString rid = id;
    if (rid.isEmpty()) {
        const int next = s.value(u"nextId"_s).toInt(1);
        s.insert(u"nextId"_s, next + 1);
        rid = u"r%1"_s.arg(next);
    }
    QJsonObject records = s.value(entity).toObject();
    QJsonObject r = records.value(rid).toObject();
    QJsonObject f = r.value(u"fields"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        f.insert(it.key(), it.value());
    r.insert(u"fields"_s, f);
    r.insert(u"modifiedAt"_s, double(clock));
    if (hidden)
        r.insert(u"hidden"_s, true);
    else
        r.remove(u"hidden"_s);
    records.insert(rid, r);
    s.insert(entity, records);
    setState(s);
    return rid;
}

void FakeStore::remove(const QString &entity, const QString &id)
{
    QJsonObject s = state();
    const qint64 clock = qint64(s.value(u"clock"_s).toDouble()) + 1;
    s.insert(u"clock"_s, double(clock));
    QJsonObject records = s.value(entity).toObject();
    QJsonObject r = records.value(id).toObject();
    r.insert(u"deleted"_s, true);
    r.insert(u"deletedAt"_s, double(clock));
    records.insert(id, r);
    s.insert(entity, records);
    setState(s);
}

void FakeStore::setFault(const QString &name, const QJsonValue &value)
{
    QJsonObject s = state();
    QJsonObject faults = s.value(u"faults"_s).toObject();
    faults.insert(name, value);
    s.insert(u"faults"_s, faults);
    setState(s);
}

int FakeStore::counter(const QString &name) const
{
    return state().value(name).toInt();
}

FakeServer::FakeServer(const QString &script, const QStringList &arguments)
{
    const QString python = qEnvironmentVariable("LEADBENCH_PYTHON", u"/usr/bin/python3"_s);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python, QStringList{QStringLiteral(LEADBENCH_FAKES_DIR) + u'/' + script, u"--port"_s, u"0"_s} + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return;
    }
    // The server prints "PORT <n>" once it listens.
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process.waitForReadyRead(15000)) {
            m_error = u"the fake server did not say its port"_s;
            return;
        }
        line += m_process.readAllStandardOutput();
    }
    const QRegularExpressionMatch m = QRegularExpression(u"PORT (\\d+)"_s).match(QString::fromUtf8(line));
    if (m.hasMatch())
        m_port = m.captured(1).toInt();
    else
        m_error = QString::fromUtf8(line);
}

FakeServer::~FakeServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QString FakeServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

QJsonObject FakeServer::control(const QString &path, const QJsonObject &body)
{
    Sync::HttpOptions options;
    options.maxAttempts = 1;
    Sync::HttpClient http(options);
    Sync::HttpRequest request;
    request.method = "POST";
    request.url = baseUrl() + u"/__control/"_s + path;
    request.headers = {{"Content-Type", "application/json"}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const Sync::HttpResponse response = http.send(request);
    if (response.status != 200)
        qWarning("fake control %s answered %d: %s", qPrintable(path), response.status, response.body.constData());
    return QJsonDocument::fromJson(response.body).object();
}

QJsonObject FakeServer::state()
{
    return control(u"state"_s);
}

void addLeads(Workspace &workspace, int count, int firstIndex)
{
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        Lead lead;
        lead.firstName = u"First%1"_s.arg(i);
        lead.lastName = u"Last%1"_s.arg(i);
        lead.email = u"first%1@example.com"_s.arg(i);
        lead.company = u"Company%1"_s.arg(i);
        lead.city = u"City%1"_s.arg(i);
        lead.companySize = 10 * i;
        lead.stage = i % 3 == 0 ? Stage::MQL : Stage::Lead;
        workspace.leads().create(lead);
    }
}

} // namespace SyncTest
