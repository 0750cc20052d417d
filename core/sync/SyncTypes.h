#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <stdexcept>

// Values that travel between the sync engine and the connector plug-ins. Field values are
// canonical strings on both sides so that comparisons never depend on a remote API's JSON types:
// text as it is, numbers as QString::number(double, 'g', 15) without a trailing ".0", dates as
// ISO "yyyy-MM-dd", date-times as ISO UTC with milliseconds, enumerations as their key. An empty
// string is "no value".
namespace Sync {

// What is synced: the local table and the remote object a connector maps it to.
enum class Entity { Lead, Deal };

QString entityKey(Entity entity);                // "lead", "deal"
std::optional<Entity> entityFromKey(const QString &key);
QString entityLabel(Entity entity);              // translated, plural ("Leads")

enum class FieldType { Text, Number, Date, DateTime, Enum };

using Values = QMap<QString, QString>;

// A setting a connector needs (shown as a form; secrets go to the keychain, never to settings).
struct SettingSpec
{
    QString key;
    QString label;
    QString defaultValue;
    bool secret = false;
    bool required = true;
    QString help;
};

// A field of the remote object, as the connector reads and writes it.
struct RemoteField
{
    QString name;
    QString label;
    FieldType type = FieldType::Text;
    bool readOnly = false;
    // For enumerations: the remote values a person may map to.
    QStringList options;
};

// Which side decides a field.
enum class Direction {
    Both, // changes flow both ways; when both sides changed it, the conflict rule decides
    Push, // Leadbench is the source of truth: never pulled
    Pull, // the CRM is the source of truth: never pushed
};
QString directionKey(Direction d);
std::optional<Direction> directionFromKey(const QString &key);

struct FieldMapping
{
    QString localField;  // key of the local field ("email", "stage")
    QString remoteField; // the remote property name ("email", "lifecyclestage")
    Direction direction = Direction::Both;
    bool clearAllowed = false; // an empty value may replace a filled one
    // Enumerations: (local value, remote value) pairs. Pushing takes the first pair of a local value,
    // pulling the first pair of a remote value; a value without a pair goes through unchanged.
    QList<QPair<QString, QString>> valueMap;

    QString toRemote(const QString &local) const;
    QString toLocal(const QString &remote) const;
};

// Shorthands for connectors' tables.
inline RemoteField remoteField(const QString &name, const QString &label, FieldType type = FieldType::Text,
                               bool readOnly = false, const QStringList &options = {})
{
    RemoteField f;
    f.name = name;
    f.label = label;
    f.type = type;
    f.readOnly = readOnly;
    f.options = options;
    return f;
}

inline FieldMapping mapField(const QString &local, const QString &remote,
                             const QList<QPair<QString, QString>> &valueMap = {}, Direction direction = Direction::Both)
{
    FieldMapping m;
    m.localField = local;
    m.remoteField = remote;
    m.valueMap = valueMap;
    m.direction = direction;
    return m;
}

// What a connector maps a local entity to.
struct EntitySpec
{
    Entity entity = Entity::Lead;
    QString remoteObject;      // "contacts", "Lead"
    QString remoteLabel;       // "Contacts"
    QList<RemoteField> fields;
    QList<FieldMapping> defaultMapping;
    int batchSize = 100;       // records per push request, as the API documents it
};

// A documented request budget: at most `requests` in any `windowMs`, per bucket of endpoints.
struct RateLimit
{
    QString bucket; // "" is every request not in another bucket
    int requests = 0;
    int windowMs = 0;
};

struct RemoteRecord
{
    QString id;
    QString key;          // Leadbench's key stored on the remote record (empty when someone else created it)
    Values fields;        // canonical values by remote field name
    qint64 modifiedAt = 0; // ms since epoch, UTC
    bool deleted = false;
};

// One page of remote changes. The cursor is the connector's own (opaque to the engine) and says
// where the next page starts; the engine stores it after applying the page, so a sync killed between
// pages resumes where it stopped.
struct PullPage
{
    QList<RemoteRecord> records;
    QString cursor;
    bool done = true;
};

struct PushItem
{
    enum class Op { Upsert, Delete };
    Op op = Op::Upsert;
    qint64 localId = 0;
    QString key;      // the record's Leadbench key: creates are upserts on it, so a retried create never duplicates
    QString remoteId; // empty: not linked yet (created, or found by its key)
    Values fields;    // canonical values by remote field name: everything for a create, the changes for an update
    QString relatedRemoteId; // deals: the linked contact/lead to associate, when there is one
};

struct PushResult
{
    enum class Status {
        Ok,
        Failed,    // the remote refused this record (the message says why); others in the batch went through
        Duplicate, // the remote already has this record under another id (duplicate e-mail): remoteId is it
        NotFound,  // the remote record no longer exists (deleted there)
    };
    qint64 localId = 0;
    Status status = Status::Ok;
    QString remoteId;
    qint64 modifiedAt = 0;
    QString message;
};

// A failure a connector or the transport reports. `transient` failures are retried by the engine on
// the next run; the others need a person (wrong token, missing set-up on the remote side).
class Error : public std::runtime_error
{
public:
    enum class Kind { Network, Auth, Remote, Setup, Cancelled, Config, Keychain };
    Error(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

// Canonical forms (see the top of this file).
namespace Canonical {
QString number(double value);
QString number(const QString &text); // "" when not a number
QString date(const QString &text);   // accepts ISO date, ISO date-time or ms since epoch; "" when none
QString dateTime(qint64 msecsSinceEpoch);
QString dateTime(const QString &text);
qint64 parseDateTime(const QString &text); // ISO or ms; 0 when none
QString normalize(FieldType type, const QString &value);
} // namespace Canonical

} // namespace Sync
