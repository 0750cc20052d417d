#include "FakeConnector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Sync;

namespace {

class FakeSession : public ConnectorSession
{
public:
    explicit FakeSession(const SessionContext &context)
        : m_context(context)
    {
    }

    void prepare() override
    {
        if (m_context.secrets.value(u"token"_s).toString() != u"good"_s)
            throw Error(Error::Kind::Auth, u"Fake CRM: the token was refused."_s);
        load();
    }

    PullPage pullChanges(Entity entity, const QString &cursor, const QStringList &fields) override
    {
        load();
        qint64 afterTime = 0;
        QString afterId;
        if (!cursor.isEmpty()) {
            afterTime = cursor.section(u':', 0, 0).toLongLong();
            afterId = cursor.section(u':', 1);
        }
        QList<QPair<qint64, QString>> order;
        const QJsonObject records = m_state.value(entityKey(entity)).toObject();
        for (auto it = records.begin(); it != records.end(); ++it) {
            const QJsonObject r = it.value().toObject();
            // "hidden": not in the search index yet, as a just-created HubSpot record.
            if (r.value(u"deleted"_s).toBool() || r.value(u"hidden"_s).toBool())
                continue;
            const qint64 m = qint64(r.value(u"modifiedAt"_s).toDouble());
            if (m > afterTime || (m == afterTime && idLess(afterId, it.key())))
                order.append({m, it.key()});
        }
        std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : idLess(a.second, b.second);
        });
        const int pageSize = std::max(1, m_context.settings.value(u"page_size"_s, 2).toInt());
        PullPage page;
        page.cursor = cursor;
        for (int i = 0; i < order.size() && i < pageSize; ++i) {
            page.records.append(toRecord(order.at(i).second, records.value(order.at(i).second).toObject(), fields));
            page.cursor = QString::number(order.at(i).first) + u':' + order.at(i).second;
        }
        page.done = order.size() <= pageSize;
        bump(u"pulls"_s);
        return page;
    }

    PullPage pullDeletions(Entity entity, const QString &cursor) override
    {
        load();
        PullPage page;
        const qint64 clock = qint64(m_state.value(u"clock"_s).toDouble());
        page.cursor = QString::number(clock);
        if (cursor.isEmpty())
            return page;
        const qint64 since = cursor.toLongLong();
        const QJsonObject records = m_state.value(entityKey(entity)).toObject();
        for (auto it = records.begin(); it != records.end(); ++it) {
            const QJsonObject r = it.value().toObject();
            if (r.value(u"deleted"_s).toBool() && qint64(r.value(u"deletedAt"_s).toDouble()) > since) {
                RemoteRecord rec;
                rec.id = it.key();
                rec.deleted = true;
                page.records.append(rec);
            }
        }
        return page;
    }

    QList<RemoteRecord> fetch(Entity entity, const QStringList &ids, const QStringList &fields) override
    {
        load();
        QList<RemoteRecord> list;
        const QJsonObject records = m_state.value(entityKey(entity)).toObject();
        for (const QString &id : ids) {
            const QJsonObject r = records.value(id).toObject();
            if (!r.isEmpty() && !r.value(u"deleted"_s).toBool())
                list.append(toRecord(id, r, fields));
        }
        return list;
    }

    QList<PushResult> push(Entity entity, const QList<PushItem> &items) override
    {
        load();
        bump(u"pushes"_s);
        QJsonObject records = m_state.value(entityKey(entity)).toObject();
        const QJsonObject faults = m_state.value(u"faults"_s).toObject();
        const QJsonArray failEmails = faults.value(u"fail_emails"_s).toArray();
        QList<PushResult> results;
        for (const PushItem &item : items) {
            PushResult result;
            result.localId = item.localId;
            if (item.op == PushItem::Op::Delete) {
                QJsonObject r = records.value(item.remoteId).toObject();
                if (r.isEmpty() || r.value(u"deleted"_s).toBool()) {
                    result.status = PushResult::Status::NotFound;
                } else {
                    r.insert(u"deleted"_s, true);
                    r.insert(u"deletedAt"_s, double(tick()));
                    records.insert(item.remoteId, r);
                }
                results.append(result);
                continue;
            }
            const QString email = item.fields.value(u"email"_s);
            if (!email.isEmpty() && failEmails.contains(email)) {
                result.status = PushResult::Status::Failed;
                result.message = u"Email address %1 is invalid"_s.arg(email);
                results.append(result);
                continue;
            }
            QString id = item.remoteId;
            if (id.isEmpty()) {
                for (auto it = records.begin(); it != records.end(); ++it) {
                    if (it.value().toObject().value(u"key"_s).toString() == item.key
                        && !it.value().toObject().value(u"deleted"_s).toBool())
                        id = it.key();
                }
            } else if (records.value(id).toObject().isEmpty() || records.value(id).toObject().value(u"deleted"_s).toBool()) {
                result.status = PushResult::Status::NotFound;
                results.append(result);
                continue;
            }
            if (!email.isEmpty()) {
                QString other;
                for (auto it = records.begin(); it != records.end(); ++it) {
                    const QJsonObject r = it.value().toObject();
                    if (it.key() != id && !r.value(u"deleted"_s).toBool()
                        && r.value(u"fields"_s).toObject().value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
                        other = it.key();
                }
                if (!other.isEmpty()) {
                    result.status = id.isEmpty() ? PushResult::Status::Duplicate : PushResult::Status::Failed;
                    result.remoteId = other;
                    result.message = u"Contact already exists. Existing ID: %1"_s.arg(other);
                    results.append(result);
                    continue;
                }
            }
            if (id.isEmpty()) {
                const int next = m_state.value(u"nextId"_s).toInt(1);
                m_state.insert(u"nextId"_s, next + 1);
                id = u"r%1"_s.arg(next);
            }
            QJsonObject r = records.value(id).toObject();
            QJsonObject f = r.value(u"fields"_s).toObject();
            for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
                f.insert(it.key(), it.value());
            if (!item.relatedRemoteId.isEmpty())
                f.insert(u"@related"_s, item.relatedRemoteId);
            r.insert(u"fields"_s, f);
            if (r.value(u"key"_s).toString().isEmpty())
                r.insert(u"key"_s, item.key);
            r.insert(u"modifiedAt"_s, double(tick()));
            records.insert(id, r);
            result.remoteId = id;
            result.modifiedAt = qint64(r.value(u"modifiedAt"_s).toDouble());
            results.append(result);
        }
        m_state.insert(entityKey(entity), records);
        save();
        return results;
    }

private:
    static bool idLess(const QString &a, const QString &b)
    {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    }

    RemoteRecord toRecord(const QString &id, const QJsonObject &r, const QStringList &fields) const
    {
        RemoteRecord rec;
        rec.id = id;
        rec.key = r.value(u"key"_s).toString();
        rec.modifiedAt = qint64(r.value(u"modifiedAt"_s).toDouble());
        const QJsonObject f = r.value(u"fields"_s).toObject();
        for (const QString &name : fields)
            rec.fields.insert(name, f.value(name).toString());
        if (f.contains(u"@related"_s))
            rec.fields.insert(u"@related"_s, f.value(u"@related"_s).toString());
        return rec;
    }

    qint64 tick()
    {
        const qint64 clock = qint64(m_state.value(u"clock"_s).toDouble()) + 1;
        m_state.insert(u"clock"_s, double(clock));
        return clock;
    }

    void bump(const QString &counter)
    {
        m_state.insert(counter, m_state.value(counter).toInt() + 1);
        save();
    }

    QString path() const { return m_context.settings.value(u"store"_s).toString(); }

    void load()
    {
        QFile f(path());
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Network, u"Fake CRM: cannot read %1"_s.arg(path()));
        m_state = QJsonDocument::fromJson(f.readAll()).object();
        if (m_state.value(u"faults"_s).toObject().value(u"offline"_s).toBool())
            throw Error(Error::Kind::Network, u"Fake CRM: offline"_s);
    }

    void save()
    {
        QFile f(path());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw Error(Error::Kind::Network, u"Fake CRM: cannot write %1"_s.arg(path()));
        f.write(QJsonDocument(m_state).toJson());
    }

    SessionContext m_context;
    QJsonObject m_state;
};

} // namespace

QString FakeConnector::id() const
{
    return u"fake"_s;
}

QString FakeConnector::name() const
{
    return u"Fake CRM"_s;
}

QString FakeConnector::description() const
{
    return u"An in-memory CRM for tests"_s;
}

QList<SettingSpec> FakeConnector::settings() const
{
    SettingSpec store{u"store"_s, u"Store file"_s, QString(), false, true, QString()};
    SettingSpec pageSize{u"page_size"_s, u"Page size"_s, u"2"_s, false, false, QString()};
    SettingSpec token{u"token"_s, u"Token"_s, QString(), true, true, QString()};
    return {store, pageSize, token};
}

QList<EntitySpec> FakeConnector::entities() const
{
    EntitySpec people;
    people.entity = Entity::Lead;
    people.remoteObject = u"people"_s;
    people.remoteLabel = u"People"_s;
    people.batchSize = 3;
    people.fields = {remoteField(u"firstname"_s, u"First name"_s), remoteField(u"lastname"_s, u"Last name"_s),
                     remoteField(u"email"_s, u"E-mail"_s), remoteField(u"company"_s, u"Company"_s),
                     remoteField(u"city"_s, u"City"_s), remoteField(u"size"_s, u"Size"_s, FieldType::Number),
                     remoteField(u"status"_s, u"Status"_s, FieldType::Enum, false, {u"new"_s, u"qualified"_s, u"won"_s, u"other"_s}),
                     remoteField(u"score"_s, u"Score"_s, FieldType::Number, true)};
    people.defaultMapping = {
        mapField(u"first_name"_s, u"firstname"_s), mapField(u"last_name"_s, u"lastname"_s), mapField(u"email"_s, u"email"_s),
        mapField(u"company"_s, u"company"_s),      mapField(u"city"_s, u"city"_s),          mapField(u"company_size"_s, u"size"_s),
        mapField(u"stage"_s, u"status"_s,
                 {{u"lead"_s, u"new"_s}, {u"mql"_s, u"qualified"_s}, {u"customer"_s, u"won"_s}, {u"nurturing"_s, u"other"_s},
                  {u"disqualified"_s, u"other"_s}}),
    };
    EntitySpec deals;
    deals.entity = Entity::Deal;
    deals.remoteObject = u"deals"_s;
    deals.remoteLabel = u"Deals"_s;
    deals.batchSize = 3;
    deals.fields = {remoteField(u"name"_s, u"Name"_s), remoteField(u"amount"_s, u"Amount"_s, FieldType::Number),
                    remoteField(u"stage"_s, u"Stage"_s, FieldType::Enum)};
    deals.defaultMapping = {mapField(u"title"_s, u"name"_s), mapField(u"amount"_s, u"amount"_s), mapField(u"stage"_s, u"stage"_s)};
    return {people, deals};
}

QList<RateLimit> FakeConnector::rateLimits() const
{
    return {};
}

std::unique_ptr<ConnectorSession> FakeConnector::openSession(const SessionContext &context)
{
    return std::make_unique<FakeSession>(context);
}
