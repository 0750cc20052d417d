#include "SalesforceConnector.h"

#include "sync/RestSupport.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;
using namespace Sync;

namespace {

const QString KeyField = u"Leadbench_Key__c"_s;
constexpr int CollectionLimit = 200; // records per sObject Collections call (documented)

QString tr(const char *text)
{
    return QCoreApplication::translate("SalesforceConnector", text);
}

QString objectOf(Entity e)
{
    return e == Entity::Deal ? u"Opportunity"_s : u"Lead"_s;
}

QString soqlTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

class SalesforceSession : public ConnectorSession
{
    // Its messages are in its own context, where lupdate files them.
    Q_DECLARE_TR_FUNCTIONS(SalesforceSession)

public:
    SalesforceSession(const SessionContext &context, const QList<EntitySpec> &specs)
        : m_context(context)
        , m_specs(specs)
    {
        const QVariantMap &s = context.settings;
        m_instance = Rest::trimmedUrl(s.value(u"instance_url"_s).toString());
        m_login = Rest::trimmedUrl(s.value(u"login_url"_s, u"https://login.salesforce.com"_s).toString());
        m_version = s.value(u"api_version"_s, u"v59.0"_s).toString().trimmed();
        if (!m_version.startsWith(u'v'))
            m_version.prepend(u'v');
        m_refreshToken = context.secrets.value(u"refresh_token"_s).toString().trimmed();
        if (m_refreshToken.isEmpty() || context.secrets.value(u"client_secret"_s).toString().trimmed().isEmpty())
            throw Error(Error::Kind::Auth, tr("Salesforce: the client secret or the refresh token is not stored for this connection."));
    }

    void prepare() override
    {
        refresh();
        for (Entity e : {Entity::Lead, Entity::Deal}) {
            const Rest::JsonResponse r = call("GET", api(u"/sobjects/%1/describe"_s.arg(objectOf(e))));
            if (!r.ok())
                fail(r, tr("describing %1").arg(objectOf(e)));
            bool found = false;
            for (const QJsonValue &f : r.json.object().value(u"fields"_s).toArray()) {
                const QJsonObject field = f.toObject();
                if (field.value(u"name"_s).toString() == KeyField && field.value(u"externalId"_s).toBool())
                    found = true;
            }
            if (!found)
                throw Error(Error::Kind::Setup,
                            tr("Salesforce: %1 has no external id field %2. In Setup > Object Manager > %1 > Fields, "
                               "add a Text(80) field named Leadbench_Key with \"External ID\" and \"Unique\" ticked: "
                               "Leadbench records its key there so that a repeated upload never duplicates a record.")
                                .arg(objectOf(e), KeyField));
        }
    }

    PullPage pullChanges(Entity entity, const QString &cursorText, const QStringList &fields) override
    {
        const QJsonObject c = QJsonDocument::fromJson(cursorText.toUtf8()).object();
        const qint64 since = qint64(c.value(u"since"_s).toDouble());
        const QString next = c.value(u"next"_s).toString();
        Rest::JsonResponse r;
        if (!next.isEmpty()) {
            r = call("GET", m_instance + next);
            const QString code = errorCode(r);
            if (!r.ok() && (code == u"INVALID_QUERY_LOCATOR"_s || r.status == 404)) {
                m_context.transport->log(tr("Salesforce: the query had expired; continuing from the last change read."));
                r = query(entity, since, fields);
            }
        } else {
            r = query(entity, since, fields);
        }
        if (!r.ok())
            fail(r, tr("querying %1").arg(objectOf(entity)));
        const QJsonObject o = r.json.object();
        PullPage page;
        qint64 last = since;
        for (const QJsonValue &v : o.value(u"records"_s).toArray()) {
            const QJsonObject rec = v.toObject();
            RemoteRecord record;
            record.id = rec.value(u"Id"_s).toString();
            record.key = rec.value(KeyField).toString();
            for (const QString &f : fields)
                record.fields.insert(f, Rest::canonical(rec.value(f), typeOf(entity, f)));
            record.modifiedAt = Canonical::parseDateTime(rec.value(u"SystemModstamp"_s).toString());
            last = std::max(last, record.modifiedAt);
            page.records.append(record);
        }
        page.done = o.value(u"done"_s).toBool(true);
        QJsonObject cursor{{u"since"_s, double(last)}};
        if (!page.done)
            cursor.insert(u"next"_s, o.value(u"nextRecordsUrl"_s).toString());
        page.cursor = QString::fromUtf8(QJsonDocument(cursor).toJson(QJsonDocument::Compact));
        return page;
    }

    PullPage pullDeletions(Entity entity, const QString &cursorText) override
    {
        PullPage page;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (cursorText.isEmpty()) {
            page.cursor = QString::fromUtf8(QJsonDocument(QJsonObject{{u"since"_s, double(now)}}).toJson(QJsonDocument::Compact));
            return page;
        }
        qint64 since = qint64(QJsonDocument::fromJson(cursorText.toUtf8()).object().value(u"since"_s).toDouble());
        const qint64 oldest = now - qint64(29) * 24 * 3600 * 1000; // Salesforce keeps 30 days of deletions
        if (since < oldest) {
            m_context.transport->log(tr("Salesforce: deletions older than 30 days can no longer be read; records "
                                        "deleted before %1 stay here.")
                                         .arg(soqlTime(oldest)));
            since = oldest;
        }
        const QString path = u"/sobjects/%1/deleted/?start=%2&end=%3"_s.arg(
            objectOf(entity), QString::fromLatin1(QUrl::toPercentEncoding(soqlTime(since))),
            QString::fromLatin1(QUrl::toPercentEncoding(soqlTime(now))));
        const Rest::JsonResponse r = call("GET", api(path));
        if (!r.ok())
            fail(r, tr("listing deleted %1 records").arg(objectOf(entity)));
        const QJsonObject o = r.json.object();
        for (const QJsonValue &v : o.value(u"deletedRecords"_s).toArray()) {
            RemoteRecord record;
            record.id = v.toObject().value(u"id"_s).toString();
            record.deleted = true;
            record.modifiedAt = Canonical::parseDateTime(v.toObject().value(u"deletedDate"_s).toString());
            page.records.append(record);
        }
        const qint64 covered = Canonical::parseDateTime(o.value(u"latestDateCovered"_s).toString());
        page.cursor = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"since"_s, double(covered > 0 ? covered : now)}}).toJson(QJsonDocument::Compact));
        return page;
    }

    QList<RemoteRecord> fetch(Entity entity, const QStringList &ids, const QStringList &fields) override
    {
        QList<RemoteRecord> records;
        QStringList wanted = fields;
        wanted << KeyField << u"SystemModstamp"_s;
        for (qsizetype i = 0; i < ids.size(); i += CollectionLimit) {
            const QString path = u"/composite/sobjects/%1?ids=%2&fields=%3"_s.arg(objectOf(entity), ids.mid(i, CollectionLimit).join(u','),
                                                                                wanted.join(u','));
            const Rest::JsonResponse r = call("GET", api(path));
            if (!r.ok())
                fail(r, tr("reading %1 records").arg(objectOf(entity)));
            for (const QJsonValue &v : r.json.array()) {
                if (!v.isObject())
                    continue; // null: no such record
                const QJsonObject rec = v.toObject();
                RemoteRecord record;
                record.id = rec.value(u"Id"_s).toString();
                record.key = rec.value(KeyField).toString();
                for (const QString &f : fields)
                    record.fields.insert(f, Rest::canonical(rec.value(f), typeOf(entity, f)));
                record.modifiedAt = Canonical::parseDateTime(rec.value(u"SystemModstamp"_s).toString());
                records.append(record);
            }
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
        if (!deletes.isEmpty()) {
            QStringList ids;
            for (const PushItem &item : deletes)
                ids << item.remoteId;
            const Rest::JsonResponse r = call("DELETE", api(u"/composite/sobjects?ids=%1&allOrNone=false"_s.arg(ids.join(u','))));
            if (!r.ok())
                fail(r, tr("deleting %1 records").arg(objectOf(entity)));
            collect(deletes, r.json.array(), results);
        }
        if (!updates.isEmpty()) {
            QJsonArray records;
            for (const PushItem &item : updates) {
                QJsonObject rec = toRecord(entity, item.fields);
                rec.insert(u"id"_s, item.remoteId);
                records.append(rec);
            }
            const Rest::JsonResponse r = call("PATCH", api(u"/composite/sobjects"_s),
                                              QJsonDocument(QJsonObject{{u"allOrNone"_s, false}, {u"records"_s, records}}));
            if (!r.ok())
                fail(r, tr("updating %1 records").arg(objectOf(entity)));
            collect(updates, r.json.array(), results);
        }
        if (!creates.isEmpty()) {
            QJsonArray records;
            for (const PushItem &item : creates) {
                QJsonObject rec = toRecord(entity, item.fields);
                rec.insert(KeyField, item.key);
                records.append(rec);
            }
            const Rest::JsonResponse r = call("PATCH", api(u"/composite/sobjects/%1/%2"_s.arg(objectOf(entity), KeyField)),
                                              QJsonDocument(QJsonObject{{u"allOrNone"_s, false}, {u"records"_s, records}}));
            if (!r.ok())
                fail(r, tr("creating %1 records").arg(objectOf(entity)));
            collect(creates, r.json.array(), results);
        }
        return results;
    }

    QVariantMap changedSecrets() const override { return m_changed; }

private:
    QString api(const QString &path) const { return m_instance + u"/services/data/"_s + m_version + path; }

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

    QJsonObject toRecord(Entity entity, const Values &fields) const
    {
        QJsonObject rec{{u"attributes"_s, QJsonObject{{u"type"_s, objectOf(entity)}}}};
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (it.value().isEmpty()) {
                rec.insert(it.key(), QJsonValue::Null); // Salesforce clears a field with null
                continue;
            }
            switch (typeOf(entity, it.key())) {
            case FieldType::Number: rec.insert(it.key(), it.value().toDouble()); break;
            case FieldType::Date: rec.insert(it.key(), Canonical::date(it.value())); break;
            default: rec.insert(it.key(), it.value()); break;
            }
        }
        return rec;
    }

    // Results come in the order of the records sent (documented).
    static void collect(const QList<PushItem> &items, const QJsonArray &answers, QList<PushResult> &results)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const PushItem &item = items.at(i);
            const QJsonObject a = i < answers.size() ? answers.at(i).toObject() : QJsonObject();
            PushResult result;
            result.localId = item.localId;
            result.remoteId = a.value(u"id"_s).toString();
            if (result.remoteId.isEmpty())
                result.remoteId = item.remoteId;
            if (a.value(u"success"_s).toBool()) {
                result.status = PushResult::Status::Ok;
                results.append(result);
                continue;
            }
            const QJsonObject error = a.value(u"errors"_s).toArray().first().toObject();
            const QString code = error.value(u"statusCode"_s).toString();
            result.message = error.isEmpty() ? tr("Salesforce gave no result for this record")
                                             : u"%1 (%2)"_s.arg(error.value(u"message"_s).toString(), code);
            if (code == u"ENTITY_IS_DELETED"_s) {
                result.status = PushResult::Status::NotFound;
            } else if (code == u"DUPLICATES_DETECTED"_s && item.remoteId.isEmpty()) {
                const QJsonArray matches = error.value(u"duplicateResult"_s).toObject().value(u"matchResults"_s).toArray();
                const QJsonArray records = matches.first().toObject().value(u"matchRecords"_s).toArray();
                const QString existing = records.first().toObject().value(u"record"_s).toObject().value(u"Id"_s).toString();
                if (!existing.isEmpty()) {
                    result.status = PushResult::Status::Duplicate;
                    result.remoteId = existing;
                } else {
                    result.status = PushResult::Status::Failed;
                }
            } else {
                result.status = PushResult::Status::Failed;
            }
            results.append(result);
        }
    }

    static QString errorCode(const Rest::JsonResponse &r)
    {
        if (r.json.isArray())
            return r.json.array().first().toObject().value(u"errorCode"_s).toString();
        return r.json.object().value(u"errorCode"_s).toString();
    }

    static QString messageOf(const Rest::JsonResponse &r)
    {
        if (r.json.isArray()) {
            const QJsonObject e = r.json.array().first().toObject();
            return u"%1 (%2)"_s.arg(e.value(u"message"_s).toString(), e.value(u"errorCode"_s).toString());
        }
        const QJsonObject o = r.json.object();
        if (o.contains(u"error"_s))
            return u"%1 (%2)"_s.arg(o.value(u"error_description"_s).toString(), o.value(u"error"_s).toString());
        return QString::fromUtf8(r.raw.body.left(300));
    }

    [[noreturn]] void fail(const Rest::JsonResponse &r, const QString &doing) const
    {
        const QString message = messageOf(r);
        const QString code = errorCode(r);
        if (r.status == 401)
            throw Error(Error::Kind::Auth, tr("Salesforce refused the session while %1: %2").arg(doing, message));
        if (code == u"REQUEST_LIMIT_EXCEEDED"_s)
            throw Error(Error::Kind::Network, tr("Salesforce: the organisation's API request limit is used up (%1); "
                                                 "the sync can continue when it resets.")
                                                  .arg(QString::fromLatin1(r.raw.header("Sforce-Limit-Info"))));
        if (r.status == 403)
            throw Error(Error::Kind::Auth, tr("Salesforce refused %1: %2. Check the user's permissions on Leads and "
                                              "Opportunities.")
                                               .arg(doing, message));
        if (r.status == 429 || r.status >= 500 || r.status == 0)
            throw Error(Error::Kind::Network, tr("Salesforce failed while %1 (HTTP %2): %3").arg(doing).arg(r.status).arg(message));
        throw Error(Error::Kind::Remote, tr("Salesforce refused %1 (HTTP %2): %3").arg(doing).arg(r.status).arg(message));
    }

    void refresh()
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"client_id"_s, m_context.settings.value(u"client_id"_s).toString());
        form.addQueryItem(u"client_secret"_s, m_context.secrets.value(u"client_secret"_s).toString());
        form.addQueryItem(u"refresh_token"_s, m_refreshToken);
        HttpRequest request;
        request.method = "POST";
        request.url = m_login + u"/services/oauth2/token"_s;
        request.headers = {qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")),
                           qMakePair(QByteArray("Accept"), QByteArray("application/json"))};
        request.body = form.toString(QUrl::FullyEncoded).toUtf8();
        Rest::JsonResponse r;
        r.raw = m_context.transport->send(request);
        r.status = r.raw.status;
        r.json = QJsonDocument::fromJson(r.raw.body);
        if (!r.ok()) {
            if (r.status == 400 || r.status == 401)
                throw Error(Error::Kind::Auth, tr("Salesforce refused the connected app's credentials or the refresh "
                                                  "token: %1. Authorise Leadbench again and store the new refresh token "
                                                  "in the connection.")
                                                   .arg(messageOf(r)));
            fail(r, tr("getting an access token"));
        }
        const QJsonObject o = r.json.object();
        m_accessToken = o.value(u"access_token"_s).toString();
        const QString instance = Rest::trimmedUrl(o.value(u"instance_url"_s).toString());
        if (!instance.isEmpty())
            m_instance = instance;
        if (const QString rotated = o.value(u"refresh_token"_s).toString(); !rotated.isEmpty() && rotated != m_refreshToken) {
            m_refreshToken = rotated;
            m_changed.insert(u"refresh_token"_s, rotated);
        }
        m_context.transport->log(tr("Salesforce: access token obtained."));
    }

    Rest::JsonResponse query(Entity entity, qint64 since, const QStringList &fields)
    {
        QStringList select{u"Id"_s};
        for (const QString &f : fields) {
            if (!select.contains(f))
                select << f;
        }
        select << KeyField << u"SystemModstamp"_s;
        QString soql = u"SELECT %1 FROM %2"_s.arg(select.join(u", "_s), objectOf(entity));
        if (since > 0)
            soql += u" WHERE SystemModstamp >= "_s + soqlTime(since);
        soql += u" ORDER BY SystemModstamp ASC, Id ASC"_s;
        return call("GET", api(u"/query?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(soql))));
    }

    Rest::JsonResponse call(const QByteArray &method, const QString &url, const QJsonDocument &body = QJsonDocument())
    {
        for (int attempt = 0;; ++attempt) {
            QList<QPair<QByteArray, QByteArray>> headers{
                {QByteArray("Authorization"), "Bearer " + m_accessToken.toUtf8()},
                {QByteArray("Sforce-Query-Options"), QByteArray("batchSize=2000")}};
            const Rest::JsonResponse r = Rest::call(*m_context.transport, method, url, headers, body);
            if (r.status == 401 && attempt == 0) {
                // INVALID_SESSION_ID: the access token expired; one new one, then the same request.
                refresh();
                continue;
            }
            return r;
        }
    }

    SessionContext m_context;
    QList<EntitySpec> m_specs;
    QString m_instance;
    QString m_login;
    QString m_version;
    QString m_refreshToken;
    QString m_accessToken;
    QVariantMap m_changed;
};

} // namespace

QString SalesforceConnector::id() const
{
    return u"salesforce"_s;
}

QString SalesforceConnector::name() const
{
    return u"Salesforce"_s;
}

QString SalesforceConnector::description() const
{
    return tr("Salesforce: Leads and Opportunities, through a connected app (OAuth 2.0 refresh token).");
}

QList<SettingSpec> SalesforceConnector::settings() const
{
    return {
        {u"instance_url"_s, tr("Instance address"), QString(), false, true, tr("e.g. https://yourcompany.my.salesforce.com")},
        {u"login_url"_s, tr("Login address"), u"https://login.salesforce.com"_s, false, true,
         tr("https://test.salesforce.com for a sandbox")},
        {u"client_id"_s, tr("Connected app consumer key"), QString(), false, true, QString()},
        {u"api_version"_s, tr("API version"), u"v59.0"_s, false, false, QString()},
        {u"client_secret"_s, tr("Connected app consumer secret"), QString(), true, true, QString()},
        {u"refresh_token"_s, tr("Refresh token"), QString(), true, true,
         tr("From the OAuth 2.0 web server flow with the refresh_token and api scopes.")},
    };
}

QList<EntitySpec> SalesforceConnector::entities() const
{
    EntitySpec leads;
    leads.entity = Entity::Lead;
    leads.remoteObject = u"Lead"_s;
    leads.remoteLabel = tr("Leads");
    leads.batchSize = CollectionLimit;
    const QStringList status{u"Open - Not Contacted"_s, u"Working - Contacted"_s, u"Closed - Converted"_s,
                             u"Closed - Not Converted"_s};
    leads.fields = {
        remoteField(u"FirstName"_s, tr("First Name")),
        remoteField(u"LastName"_s, tr("Last Name")),
        remoteField(u"Email"_s, tr("Email")),
        remoteField(u"Phone"_s, tr("Phone")),
        remoteField(u"MobilePhone"_s, tr("Mobile")),
        remoteField(u"Title"_s, tr("Title")),
        remoteField(u"Company"_s, tr("Company")),
        remoteField(u"Industry"_s, tr("Industry")),
        remoteField(u"AnnualRevenue"_s, tr("Annual Revenue"), FieldType::Number),
        remoteField(u"NumberOfEmployees"_s, tr("No. of Employees"), FieldType::Number),
        remoteField(u"City"_s, tr("City")),
        remoteField(u"State"_s, tr("State/Province")),
        remoteField(u"Country"_s, tr("Country")),
        remoteField(u"Website"_s, tr("Website")),
        remoteField(u"LeadSource"_s, tr("Lead Source"), FieldType::Enum, false,
                    {u"Web"_s, u"Phone Inquiry"_s, u"Partner Referral"_s, u"Purchased List"_s, u"Other"_s}),
        remoteField(u"Status"_s, tr("Lead Status"), FieldType::Enum, false, status),
        remoteField(u"Rating"_s, tr("Rating"), FieldType::Enum, false, {u"Hot"_s, u"Warm"_s, u"Cold"_s}),
        remoteField(u"Description"_s, tr("Description")),
    };
    leads.defaultMapping = {
        mapField(u"first_name"_s, u"FirstName"_s),
        mapField(u"last_name"_s, u"LastName"_s),
        mapField(u"email"_s, u"Email"_s),
        mapField(u"phone"_s, u"Phone"_s),
        mapField(u"job_title"_s, u"Title"_s),
        mapField(u"company"_s, u"Company"_s),
        mapField(u"industry"_s, u"Industry"_s),
        mapField(u"company_size"_s, u"NumberOfEmployees"_s),
        mapField(u"annual_revenue"_s, u"AnnualRevenue"_s),
        mapField(u"city"_s, u"City"_s),
        mapField(u"region"_s, u"State"_s),
        mapField(u"country"_s, u"Country"_s),
        mapField(u"notes"_s, u"Description"_s),
        // The standard Lead Status picklist has four values; the first pair of each is what a pull gives.
        mapField(u"stage"_s, u"Status"_s,
                 {{u"lead"_s, u"Open - Not Contacted"_s},
                  {u"subscriber"_s, u"Open - Not Contacted"_s},
                  {u"mql"_s, u"Working - Contacted"_s},
                  {u"sql"_s, u"Working - Contacted"_s},
                  {u"nurturing"_s, u"Working - Contacted"_s},
                  {u"opportunity"_s, u"Closed - Converted"_s},
                  {u"customer"_s, u"Closed - Converted"_s},
                  {u"disqualified"_s, u"Closed - Not Converted"_s}}),
    };

    EntitySpec opportunities;
    opportunities.entity = Entity::Deal;
    opportunities.remoteObject = u"Opportunity"_s;
    opportunities.remoteLabel = tr("Opportunities");
    opportunities.batchSize = CollectionLimit;
    opportunities.fields = {
        remoteField(u"Name"_s, tr("Opportunity Name")),
        remoteField(u"Amount"_s, tr("Amount"), FieldType::Number),
        remoteField(u"CloseDate"_s, tr("Close Date"), FieldType::Date),
        remoteField(u"StageName"_s, tr("Stage"), FieldType::Enum, false,
                    {u"Prospecting"_s, u"Qualification"_s, u"Needs Analysis"_s, u"Value Proposition"_s,
                     u"Id. Decision Makers"_s, u"Perception Analysis"_s, u"Proposal/Price Quote"_s,
                     u"Negotiation/Review"_s, u"Closed Won"_s, u"Closed Lost"_s}),
        remoteField(u"Probability"_s, tr("Probability (%)"), FieldType::Number),
        remoteField(u"Description"_s, tr("Description")),
    };
    opportunities.defaultMapping = {
        mapField(u"title"_s, u"Name"_s),
        mapField(u"amount"_s, u"Amount"_s),
        mapField(u"expected_close"_s, u"CloseDate"_s),
        mapField(u"stage"_s, u"StageName"_s,
                 {{u"Qualified"_s, u"Qualification"_s},
                  {u"Demo"_s, u"Needs Analysis"_s},
                  {u"Proposal"_s, u"Proposal/Price Quote"_s},
                  {u"Negotiation"_s, u"Negotiation/Review"_s},
                  {u"Won"_s, u"Closed Won"_s},
                  {u"Lost"_s, u"Closed Lost"_s},
                  {u"Qualified"_s, u"Prospecting"_s}}),
    };
    return {leads, opportunities};
}

QList<RateLimit> SalesforceConnector::rateLimits() const
{
    // No per-window budget is documented for REST (a daily allocation per organisation instead,
    // reported by Sforce-Limit-Info): nothing to pace.
    return {};
}

std::unique_ptr<ConnectorSession> SalesforceConnector::openSession(const SessionContext &context)
{
    return std::make_unique<SalesforceSession>(context, entities());
}
