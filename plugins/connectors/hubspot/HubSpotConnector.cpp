#include "HubSpotConnector.h"

#include "sync/RestSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Sync;

namespace {

const QString KeyProperty = u"leadbench_key"_s;
constexpr int BatchLimit = 100;  // inputs per batch call (documented)
constexpr int SearchLimit = 200; // results per search page (documented maximum)
constexpr int SearchCap = 10000; // results one search query can page through (documented)

QString tr(const char *text)
{
    return QCoreApplication::translate("HubSpotConnector", text);
}

QString objectOf(Entity e)
{
    return e == Entity::Deal ? u"deals"_s : u"contacts"_s;
}

QString modifiedProperty(Entity e)
{
    return e == Entity::Deal ? u"hs_lastmodifieddate"_s : u"lastmodifieddate"_s;
}

struct Cursor
{
    qint64 since = 0;     // records modified at or after this time (ms)
    qint64 scanStart = 0; // server time the scan began: the next sync's `since`
    QString idAfter;      // restart point after the search cap (records with a greater id)
    QString after;        // the search's paging token within one query
    QString lastId;

    static Cursor parse(const QString &text)
    {
        Cursor c;
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        c.since = qint64(o.value(u"since"_s).toDouble());
        c.scanStart = qint64(o.value(u"scanStart"_s).toDouble());
        c.idAfter = o.value(u"idAfter"_s).toString();
        c.after = o.value(u"after"_s).toString();
        c.lastId = o.value(u"lastId"_s).toString();
        return c;
    }
    QString toString() const
    {
        QJsonObject o{{u"since"_s, double(since)}};
        if (scanStart)
            o.insert(u"scanStart"_s, double(scanStart));
        if (!idAfter.isEmpty())
            o.insert(u"idAfter"_s, idAfter);
        if (!after.isEmpty())
            o.insert(u"after"_s, after);
        if (!lastId.isEmpty())
            o.insert(u"lastId"_s, lastId);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
};

class HubSpotSession : public ConnectorSession
{
    // Its messages are in its own context, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(HubSpotSession)

public:
    HubSpotSession(const SessionContext &context, const QList<EntitySpec> &specs)
        : m_context(context)
        , m_base(Rest::trimmedUrl(context.settings.value(u"base_url"_s, u"https://api.hubapi.com"_s).toString()))
        , m_specs(specs)
    {
        m_headers = {{"Authorization", "Bearer " + context.secrets.value(u"token"_s).toString().trimmed().toUtf8()}};
        if (context.secrets.value(u"token"_s).toString().trimmed().isEmpty())
            throw Error(Error::Kind::Auth, tr("HubSpot: no access token is stored for this connection."));
    }

    void prepare() override
    {
        for (Entity e : {Entity::Lead, Entity::Deal}) {
            const Rest::JsonResponse r = call("GET", u"/crm/v3/properties/%1/%2"_s.arg(objectOf(e), KeyProperty));
            if (r.ok())
                continue;
            if (r.status != 404)
                fail(r, tr("checking the property %1").arg(KeyProperty));
            if (m_context.readOnly)
                continue;
            const QJsonObject property{
                {u"name"_s, KeyProperty},
                {u"label"_s, u"Leadbench key"_s},
                {u"description"_s, u"Identifies the record in a Leadbench workspace; set by Leadbench's sync."_s},
                {u"type"_s, u"string"_s},
                {u"fieldType"_s, u"text"_s},
                {u"groupName"_s, e == Entity::Deal ? u"dealinformation"_s : u"contactinformation"_s},
                {u"hasUniqueValue"_s, true},
            };
            const Rest::JsonResponse created = call("POST", u"/crm/v3/properties/%1"_s.arg(objectOf(e)), QJsonDocument(property));
            if (!created.ok() && created.status != 409)
                fail(created, tr("creating the property %1 (the token needs the crm.schemas.%2.write scope)")
                                  .arg(KeyProperty, objectOf(e)));
        }
    }

    PullPage pullChanges(Entity entity, const QString &cursorText, const QStringList &fields) override
    {
        Cursor c = Cursor::parse(cursorText);
        QJsonArray filters{QJsonObject{{u"propertyName"_s, modifiedProperty(entity)},
                                       {u"operator"_s, u"GTE"_s},
                                       {u"value"_s, QString::number(c.since)}}};
        if (!c.idAfter.isEmpty())
            filters.append(QJsonObject{{u"propertyName"_s, u"hs_object_id"_s}, {u"operator"_s, u"GT"_s}, {u"value"_s, c.idAfter}});
        QJsonArray properties;
        for (const QString &f : fields)
            properties.append(f);
        properties.append(KeyProperty);
        properties.append(modifiedProperty(entity));
        QJsonObject body{
            {u"filterGroups"_s, QJsonArray{QJsonObject{{u"filters"_s, filters}}}},
            {u"sorts"_s, QJsonArray{QJsonObject{{u"propertyName"_s, u"hs_object_id"_s}, {u"direction"_s, u"ASCENDING"_s}}}},
            {u"properties"_s, properties},
            {u"limit"_s, SearchLimit},
        };
        if (!c.after.isEmpty())
            body.insert(u"after"_s, c.after);
        const Rest::JsonResponse r = call("POST", u"/crm/v3/objects/%1/search"_s.arg(objectOf(entity)), QJsonDocument(body), u"search"_s);
        PullPage page;
        if (r.status == 400 && !c.after.isEmpty() && !c.lastId.isEmpty()) {
            // The query reached the search's result cap: the same query again, after the last id seen.
            m_context.transport->log(tr("HubSpot: the search stopped at its result cap; continuing after record %1.").arg(c.lastId));
            c.idAfter = c.lastId;
            c.after.clear();
            page.cursor = c.toString();
            page.done = false;
            return page;
        }
        if (!r.ok())
            fail(r, tr("searching %1").arg(objectOf(entity)));
        if (c.scanStart == 0)
            c.scanStart = Rest::serverTime(r.raw) - 1000; // Date has one-second resolution
        const QJsonObject o = r.json.object();
        QStringList ids;
        for (const QJsonValue &v : o.value(u"results"_s).toArray()) {
            RemoteRecord record = toRecord(entity, v.toObject(), fields);
            ids << record.id;
            c.lastId = record.id;
            page.records.append(record);
        }
        if (entity == Entity::Deal && !ids.isEmpty())
            addContacts(page.records);
        const QString next = o.value(u"paging"_s).toObject().value(u"next"_s).toObject().value(u"after"_s).toString();
        if (next.isEmpty()) {
            Cursor done;
            done.since = c.scanStart;
            page.cursor = done.toString();
            page.done = true;
        } else if (next.toInt() + SearchLimit > SearchCap) {
            c.idAfter = c.lastId;
            c.after.clear();
            page.cursor = c.toString();
            page.done = false;
        } else {
            c.after = next;
            page.cursor = c.toString();
            page.done = false;
        }
        return page;
    }

    PullPage pullDeletions(Entity entity, const QString &cursorText) override
    {
        PullPage page;
        if (cursorText.isEmpty()) {
            // A first sync: what was deleted before it is of no concern.
            Cursor c;
            c.since = QDateTime::currentMSecsSinceEpoch();
            page.cursor = c.toString();
            return page;
        }
        Cursor c = Cursor::parse(cursorText);
        QString path = u"/crm/v3/objects/%1?archived=true&limit=100&properties=%2"_s.arg(objectOf(entity), KeyProperty);
        if (!c.after.isEmpty())
            path += u"&after="_s + QString::fromLatin1(QUrl::toPercentEncoding(c.after));
        const Rest::JsonResponse r = call("GET", path);
        if (!r.ok())
            fail(r, tr("listing archived %1").arg(objectOf(entity)));
        if (c.scanStart == 0)
            c.scanStart = Rest::serverTime(r.raw) - 1000;
        const QJsonObject o = r.json.object();
        for (const QJsonValue &v : o.value(u"results"_s).toArray()) {
            const QJsonObject rec = v.toObject();
            const qint64 archivedAt = Canonical::parseDateTime(rec.value(u"archivedAt"_s).toString());
            if (archivedAt >= c.since) {
                RemoteRecord record;
                record.id = rec.value(u"id"_s).toString();
                record.deleted = true;
                record.modifiedAt = archivedAt;
                page.records.append(record);
            }
        }
        const QString next = o.value(u"paging"_s).toObject().value(u"next"_s).toObject().value(u"after"_s).toString();
        if (next.isEmpty()) {
            Cursor done;
            done.since = c.scanStart;
            page.cursor = done.toString();
            page.done = true;
        } else {
            c.after = next;
            page.cursor = c.toString();
            page.done = false;
        }
        return page;
    }

    QList<RemoteRecord> fetch(Entity entity, const QStringList &ids, const QStringList &fields) override
    {
        QList<RemoteRecord> records;
        for (qsizetype i = 0; i < ids.size(); i += BatchLimit) {
            QJsonArray inputs;
            for (const QString &id : ids.mid(i, BatchLimit))
                inputs.append(QJsonObject{{u"id"_s, id}});
            QJsonArray properties;
            for (const QString &f : fields)
                properties.append(f);
            properties.append(KeyProperty);
            properties.append(modifiedProperty(entity));
            const Rest::JsonResponse r = call("POST", u"/crm/v3/objects/%1/batch/read"_s.arg(objectOf(entity)),
                                              QJsonDocument(QJsonObject{{u"properties"_s, properties}, {u"inputs"_s, inputs}}));
            if (!r.ok())
                fail(r, tr("reading %1").arg(objectOf(entity)));
            for (const QJsonValue &v : r.json.object().value(u"results"_s).toArray())
                records.append(toRecord(entity, v.toObject(), fields));
        }
        return records;
    }

    QList<PushResult> push(Entity entity, const QList<PushItem> &items) override
    {
        QList<PushResult> results;
        QList<PushItem> deletes;
        QList<PushItem> updates;
        QList<PushItem> creates;
        for (const PushItem &item : items) {
            if (item.op == PushItem::Op::Delete)
                deletes.append(item);
            else if (item.remoteId.isEmpty())
                creates.append(item);
            else
                updates.append(item);
        }
        if (!deletes.isEmpty())
            archive(entity, deletes, results);
        if (!updates.isEmpty())
            write(entity, updates, false, results);
        if (!creates.isEmpty())
            write(entity, creates, true, results);
        if (entity == Entity::Deal)
            associate(items, results);
        return results;
    }

private:
    Rest::JsonResponse call(const QByteArray &method, const QString &path, const QJsonDocument &body = QJsonDocument(),
                            const QString &bucket = QString())
    {
        return Rest::call(*m_context.transport, method, m_base + path, m_headers, body, bucket);
    }

    static QString messageOf(const Rest::JsonResponse &r)
    {
        const QJsonObject o = r.json.object();
        QString message = o.value(u"message"_s).toString();
        if (message.isEmpty())
            message = QString::fromUtf8(r.raw.body.left(300));
        const QString category = o.value(u"category"_s).toString();
        return category.isEmpty() ? message : u"%1 (%2)"_s.arg(message, category);
    }

    [[noreturn]] void fail(const Rest::JsonResponse &r, const QString &doing) const
    {
        const QString message = messageOf(r);
        if (r.status == 401)
            throw Error(Error::Kind::Auth, tr("HubSpot refused the access token while %1: %2. Check the private app's "
                                              "token in the connection.")
                                               .arg(doing, message));
        if (r.status == 403)
            throw Error(Error::Kind::Auth, tr("HubSpot refused %1: %2. The private app needs the scopes "
                                              "crm.objects.contacts.read/write, crm.objects.deals.read/write and "
                                              "crm.schemas.contacts.write/crm.schemas.deals.write.")
                                               .arg(doing, message));
        if (r.status == 429)
            throw Error(Error::Kind::Network, tr("HubSpot kept answering \"too many requests\" while %1: %2").arg(doing, message));
        if (r.status >= 500)
            throw Error(Error::Kind::Network, tr("HubSpot failed while %1 (HTTP %2): %3").arg(doing).arg(r.status).arg(message));
        throw Error(Error::Kind::Remote, tr("HubSpot refused %1 (HTTP %2): %3").arg(doing).arg(r.status).arg(message));
    }

    FieldType typeOf(Entity entity, const QString &name) const
    {
        for (const EntitySpec &spec : m_specs) {
            if (spec.entity != entity)
                continue;
            for (const RemoteField &f : spec.fields) {
                if (f.name == name)
                    return f.type;
            }
        }
        return FieldType::Text;
    }

    RemoteRecord toRecord(Entity entity, const QJsonObject &o, const QStringList &fields) const
    {
        RemoteRecord record;
        record.id = o.value(u"id"_s).toString();
        const QJsonObject p = o.value(u"properties"_s).toObject();
        record.key = p.value(KeyProperty).toString();
        for (const QString &f : fields)
            record.fields.insert(f, Rest::canonical(p.value(f), typeOf(entity, f)));
        record.modifiedAt = Canonical::parseDateTime(p.value(modifiedProperty(entity)).toString());
        if (record.modifiedAt == 0)
            record.modifiedAt = Canonical::parseDateTime(o.value(u"updatedAt"_s).toString());
        return record;
    }

    QJsonObject toProperties(Entity entity, const Values &fields) const
    {
        QJsonObject p;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            QString value = it.value();
            if (!value.isEmpty() && (typeOf(entity, it.key()) == FieldType::Date || typeOf(entity, it.key()) == FieldType::DateTime))
                value = QString::number(Canonical::parseDateTime(value)); // HubSpot dates: ms at midnight UTC
            p.insert(it.key(), value);
        }
        return p;
    }

    void addContacts(QList<RemoteRecord> &deals)
    {
        QJsonArray inputs;
        for (const RemoteRecord &d : deals)
            inputs.append(QJsonObject{{u"id"_s, d.id}});
        const Rest::JsonResponse r = call("POST", u"/crm/v4/associations/deals/contacts/batch/read"_s,
                                          QJsonDocument(QJsonObject{{u"inputs"_s, inputs}}));
        if (!r.ok() && r.status != 207)
            fail(r, tr("reading the contacts of deals"));
        QHash<QString, QString> contactOf;
        for (const QJsonValue &v : r.json.object().value(u"results"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonArray to = o.value(u"to"_s).toArray();
            if (!to.isEmpty())
                contactOf.insert(o.value(u"from"_s).toObject().value(u"id"_s).toString(),
                                 Canonical::number(to.first().toObject().value(u"toObjectId"_s).toDouble()));
        }
        for (RemoteRecord &d : deals) {
            if (contactOf.contains(d.id))
                d.fields.insert(u"@related"_s, contactOf.value(d.id));
        }
    }

    void archive(Entity entity, const QList<PushItem> &items, QList<PushResult> &results)
    {
        QJsonArray inputs;
        for (const PushItem &item : items)
            inputs.append(QJsonObject{{u"id"_s, item.remoteId}});
        const Rest::JsonResponse r = call("POST", u"/crm/v3/objects/%1/batch/archive"_s.arg(objectOf(entity)),
                                          QJsonDocument(QJsonObject{{u"inputs"_s, inputs}}));
        if (!r.ok())
            fail(r, tr("deleting %1").arg(objectOf(entity)));
        for (const PushItem &item : items)
            results.append({item.localId, PushResult::Status::Ok, item.remoteId, 0, QString()});
    }

    // Creates (upserts on the key) or updates (by id) one batch, narrowing down refusals.
    void write(Entity entity, QList<PushItem> items, bool create, QList<PushResult> &results)
    {
        while (!items.isEmpty()) {
            QJsonArray inputs;
            for (const PushItem &item : std::as_const(items)) {
                if (create)
                    inputs.append(QJsonObject{{u"idProperty"_s, KeyProperty},
                                              {u"id"_s, item.key},
                                              {u"properties"_s, toProperties(entity, item.fields)}});
                else
                    inputs.append(QJsonObject{{u"id"_s, item.remoteId}, {u"properties"_s, toProperties(entity, item.fields)}});
            }
            const QString path = u"/crm/v3/objects/%1/batch/%2"_s.arg(objectOf(entity), create ? u"upsert"_s : u"update"_s);
            const Rest::JsonResponse r = call("POST", path, QJsonDocument(QJsonObject{{u"inputs"_s, inputs}}));
            if (r.ok() || r.status == 207) {
                const QJsonObject o = r.json.object();
                QHash<QString, QJsonObject> byKey;
                for (const QJsonValue &v : o.value(u"results"_s).toArray()) {
                    const QJsonObject rec = v.toObject();
                    byKey.insert(create ? rec.value(u"properties"_s).toObject().value(KeyProperty).toString()
                                        : rec.value(u"id"_s).toString(),
                                 rec);
                }
                QSet<QString> missing;
                for (const QJsonValue &e : o.value(u"errors"_s).toArray()) {
                    for (const QJsonValue &id : e.toObject().value(u"context"_s).toObject().value(u"ids"_s).toArray())
                        missing.insert(id.toString());
                }
                for (const PushItem &item : std::as_const(items)) {
                    const QString key = create ? item.key : item.remoteId;
                    if (byKey.contains(key)) {
                        const QJsonObject rec = byKey.value(key);
                        results.append({item.localId, PushResult::Status::Ok, rec.value(u"id"_s).toString(),
                                        Canonical::parseDateTime(rec.value(u"updatedAt"_s).toString()), QString()});
                    } else if (missing.contains(key)) {
                        results.append({item.localId, PushResult::Status::NotFound, item.remoteId, 0,
                                        tr("no longer exists in HubSpot")});
                    } else {
                        results.append({item.localId, PushResult::Status::Failed, item.remoteId, 0,
                                        tr("HubSpot did not return this record")});
                    }
                }
                return;
            }
            if (r.status == 409 && entity == Entity::Lead) {
                // "Contact already exists. Existing ID: N": whose e-mail is it?
                const QRegularExpressionMatch m = QRegularExpression(u"Existing ID:\\s*(\\d+)"_s).match(messageOf(r));
                const qsizetype culprit = m.hasMatch() ? indexOfEmailOwner(items, m.captured(1)) : -1;
                if (culprit < 0) {
                    if (items.size() == 1) {
                        results.append({items.first().localId, PushResult::Status::Failed, items.first().remoteId, 0, messageOf(r)});
                        return;
                    }
                    bisect(entity, items, create, results);
                    return;
                }
                const PushItem item = items.takeAt(culprit);
                if (create)
                    results.append({item.localId, PushResult::Status::Duplicate, m.captured(1), 0,
                                    tr("same e-mail as HubSpot contact %1").arg(m.captured(1))});
                else
                    results.append({item.localId, PushResult::Status::Failed, item.remoteId, 0,
                                    tr("its e-mail is already used by HubSpot contact %1").arg(m.captured(1))});
                continue; // the rest of the batch again
            }
            if (r.status == 400) {
                if (items.size() == 1) {
                    results.append({items.first().localId, PushResult::Status::Failed, items.first().remoteId, 0, messageOf(r)});
                    return;
                }
                bisect(entity, items, create, results);
                return;
            }
            fail(r, create ? tr("creating %1").arg(objectOf(entity)) : tr("updating %1").arg(objectOf(entity)));
        }
    }

    void bisect(Entity entity, const QList<PushItem> &items, bool create, QList<PushResult> &results)
    {
        const qsizetype half = items.size() / 2;
        write(entity, items.mid(0, half), create, results);
        write(entity, items.mid(half), create, results);
    }

    qsizetype indexOfEmailOwner(const QList<PushItem> &items, const QString &contactId)
    {
        const Rest::JsonResponse r = call("GET", u"/crm/v3/objects/contacts/%1?properties=email"_s.arg(contactId));
        if (!r.ok())
            return -1;
        const QString email = r.json.object().value(u"properties"_s).toObject().value(u"email"_s).toString();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!email.isEmpty() && items.at(i).fields.value(u"email"_s).compare(email, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    void associate(const QList<PushItem> &items, const QList<PushResult> &results)
    {
        QHash<qint64, QString> dealIds;
        for (const PushResult &r : results) {
            if (r.status == PushResult::Status::Ok)
                dealIds.insert(r.localId, r.remoteId);
        }
        QJsonArray inputs;
        for (const PushItem &item : items) {
            if (item.op == PushItem::Op::Upsert && !item.relatedRemoteId.isEmpty() && dealIds.contains(item.localId))
                inputs.append(QJsonObject{{u"from"_s, QJsonObject{{u"id"_s, dealIds.value(item.localId)}}},
                                          {u"to"_s, QJsonObject{{u"id"_s, item.relatedRemoteId}}}});
        }
        if (inputs.isEmpty())
            return;
        const Rest::JsonResponse r = call("POST", u"/crm/v4/associations/deals/contacts/batch/associate/default"_s,
                                          QJsonDocument(QJsonObject{{u"inputs"_s, inputs}}));
        if (!r.ok() && r.status != 207)
            m_context.transport->log(tr("HubSpot: deals were saved but not associated with their contacts: %1").arg(messageOf(r)));
    }

    SessionContext m_context;
    QString m_base;
    QList<EntitySpec> m_specs;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace

QString HubSpotConnector::id() const
{
    return u"hubspot"_s;
}

QString HubSpotConnector::name() const
{
    return u"HubSpot"_s;
}

QString HubSpotConnector::description() const
{
    return tr("HubSpot CRM: contacts and deals, through a private app's access token.");
}

QList<SettingSpec> HubSpotConnector::settings() const
{
    SettingSpec base{u"base_url"_s, tr("API address"), u"https://api.hubapi.com"_s, false, true,
                     tr("https://api.hubapi.com unless HubSpot tells you otherwise.")};
    SettingSpec token{u"token"_s, tr("Private app access token"), QString(), true, true,
                      tr("Settings > Integrations > Private apps in HubSpot; scopes: crm.objects.contacts and "
                         "crm.objects.deals (read, write), crm.schemas.contacts.write, crm.schemas.deals.write.")};
    return {base, token};
}

QList<EntitySpec> HubSpotConnector::entities() const
{
    EntitySpec contacts;
    contacts.entity = Entity::Lead;
    contacts.remoteObject = u"contacts"_s;
    contacts.remoteLabel = tr("Contacts");
    contacts.batchSize = BatchLimit;
    const QStringList lifecycle{u"subscriber"_s, u"lead"_s, u"marketingqualifiedlead"_s, u"salesqualifiedlead"_s,
                                u"opportunity"_s, u"customer"_s, u"evangelist"_s, u"other"_s};
    contacts.fields = {
        remoteField(u"firstname"_s, tr("First name")),
        remoteField(u"lastname"_s, tr("Last name")),
        remoteField(u"email"_s, tr("Email")),
        remoteField(u"phone"_s, tr("Phone number")),
        remoteField(u"mobilephone"_s, tr("Mobile phone number")),
        remoteField(u"jobtitle"_s, tr("Job title")),
        remoteField(u"company"_s, tr("Company name")),
        remoteField(u"industry"_s, tr("Industry")),
        remoteField(u"annualrevenue"_s, tr("Annual revenue"), FieldType::Number),
        remoteField(u"city"_s, tr("City")),
        remoteField(u"state"_s, tr("State/Region")),
        remoteField(u"country"_s, tr("Country/Region")),
        remoteField(u"website"_s, tr("Website URL")),
        remoteField(u"message"_s, tr("Message")),
        remoteField(u"lifecyclestage"_s, tr("Lifecycle stage"), FieldType::Enum, false, lifecycle),
        remoteField(u"hs_lead_status"_s, tr("Lead status"), FieldType::Enum, false,
                    {u"NEW"_s, u"OPEN"_s, u"IN_PROGRESS"_s, u"OPEN_DEAL"_s, u"UNQUALIFIED"_s,
                     u"ATTEMPTED_TO_CONTACT"_s, u"CONNECTED"_s, u"BAD_TIMING"_s}),
        remoteField(u"hs_analytics_source"_s, tr("Original source"), FieldType::Text, true),
        remoteField(u"hubspotscore"_s, tr("HubSpot score"), FieldType::Number, true),
    };
    contacts.defaultMapping = {
        mapField(u"first_name"_s, u"firstname"_s),
        mapField(u"last_name"_s, u"lastname"_s),
        mapField(u"email"_s, u"email"_s),
        mapField(u"phone"_s, u"phone"_s),
        mapField(u"job_title"_s, u"jobtitle"_s),
        mapField(u"company"_s, u"company"_s),
        mapField(u"industry"_s, u"industry"_s),
        mapField(u"annual_revenue"_s, u"annualrevenue"_s),
        mapField(u"city"_s, u"city"_s),
        mapField(u"region"_s, u"state"_s),
        mapField(u"country"_s, u"country"_s),
        // Nurturing and disqualified have no lifecycle stage of their own in HubSpot: "other".
        mapField(u"stage"_s, u"lifecyclestage"_s,
                 {{u"subscriber"_s, u"subscriber"_s},
                  {u"lead"_s, u"lead"_s},
                  {u"mql"_s, u"marketingqualifiedlead"_s},
                  {u"sql"_s, u"salesqualifiedlead"_s},
                  {u"opportunity"_s, u"opportunity"_s},
                  {u"customer"_s, u"customer"_s},
                  {u"customer"_s, u"evangelist"_s},
                  {u"nurturing"_s, u"other"_s},
                  {u"disqualified"_s, u"other"_s}}),
    };

    EntitySpec deals;
    deals.entity = Entity::Deal;
    deals.remoteObject = u"deals"_s;
    deals.remoteLabel = tr("Deals");
    deals.batchSize = BatchLimit;
    const QStringList stages{u"appointmentscheduled"_s, u"qualifiedtobuy"_s, u"presentationscheduled"_s,
                             u"decisionmakerboughtin"_s, u"contractsent"_s, u"closedwon"_s, u"closedlost"_s};
    deals.fields = {
        remoteField(u"dealname"_s, tr("Deal name")),
        remoteField(u"amount"_s, tr("Amount"), FieldType::Number),
        remoteField(u"deal_currency_code"_s, tr("Currency")),
        remoteField(u"closedate"_s, tr("Close date"), FieldType::Date),
        remoteField(u"dealstage"_s, tr("Deal stage"), FieldType::Enum, false, stages),
        remoteField(u"hs_deal_stage_probability"_s, tr("Deal probability"), FieldType::Number, true),
        remoteField(u"description"_s, tr("Deal description")),
    };
    deals.defaultMapping = {
        mapField(u"title"_s, u"dealname"_s),
        mapField(u"amount"_s, u"amount"_s),
        mapField(u"currency"_s, u"deal_currency_code"_s),
        mapField(u"expected_close"_s, u"closedate"_s),
        // The default pipeline's stages; the demo pipeline's names on the left.
        mapField(u"stage"_s, u"dealstage"_s,
                 {{u"Qualified"_s, u"qualifiedtobuy"_s},
                  {u"Demo"_s, u"presentationscheduled"_s},
                  {u"Proposal"_s, u"decisionmakerboughtin"_s},
                  {u"Negotiation"_s, u"contractsent"_s},
                  {u"Won"_s, u"closedwon"_s},
                  {u"Lost"_s, u"closedlost"_s},
                  {u"Qualified"_s, u"appointmentscheduled"_s}}),
    };
    return {contacts, deals};
}

QList<RateLimit> HubSpotConnector::rateLimits() const
{
    // Private apps: 100 requests per 10 seconds (Free and Starter; more on higher tiers, which the
    // X-HubSpot-RateLimit-* headers tell); the search endpoints: 5 requests per second, no headers.
    return {{QString(), 100, 10000}, {u"search"_s, 5, 1000}};
}

std::unique_ptr<ConnectorSession> HubSpotConnector::openSession(const SessionContext &context)
{
    return std::make_unique<HubSpotSession>(context, entities());
}
