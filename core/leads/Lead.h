#pragma once

#include "LifecycleStage.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The fields of a lead that a person, an import or a rule can read or change by name.
enum class LeadField : int {
    FirstName,
    LastName,
    Email,
    Phone,
    JobTitle,
    Company,
    Industry,
    CompanySize,
    AnnualRevenue,
    Country,
    Region,
    City,
    Source,
    CampaignId,
    LeadMagnet,
    ConsentAt,
    ConsentSource,
    UnsubscribedAt,
    Stage,
    Score,
    OwnerId,
    Notes,
    CreatedAt,
    UpdatedAt,
};

namespace LeadFields {

enum class Type { Text, Integer, Real, Timestamp, Reference, Stage };

struct Info
{
    LeadField field;
    const char *column;   // SQL column in leads (score: an expression over leads.id reading lead_scores)
    const char *key;      // name in JSON, CSV mappings, the CLI
    const char *label;    // English label, translated through label()
    Type type;
    bool editable;        // by a person in the lead editor (score and timestamps are not)
};

const QList<Info> &all();
const Info &info(LeadField field);
std::optional<LeadField> fromKey(const QString &key);
QString label(LeadField field);
QString key(LeadField field);

} // namespace LeadFields

struct Lead
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString jobTitle;
    QString company;
    QString industry;
    std::optional<qint64> companySize;
    std::optional<double> annualRevenue;
    QString country;
    QString region;
    QString city;
    QString source;
    std::optional<qint64> campaignId;
    QString leadMagnet;
    std::optional<qint64> consentAt;      // ms since epoch, UTC
    QString consentSource;
    std::optional<qint64> unsubscribedAt; // ms since epoch, UTC
    Stage stage = Stage::Lead;
    int score = 0;
    std::optional<qint64> ownerId;
    QString notes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // A null QVariant stands for "not set" (optional fields); text fields are never null.
    QVariant value(LeadField field) const;
    void setValue(LeadField field, const QVariant &value);
    QString displayName() const;
    bool hasConsent() const { return consentAt.has_value() && !unsubscribedAt.has_value(); }
};

// Channels a lead comes from (DOMAIN.md "Inbound sources" / "Outbound sources"). Imports may bring
// other values; those are kept as they are and shown as written.
namespace LeadSources {

enum class Direction { Inbound, Outbound, Unknown };

QStringList keys();
QString displayName(const QString &key);
Direction direction(const QString &key);

} // namespace LeadSources
