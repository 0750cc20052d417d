#include "Lead.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace LeadFields {

const QList<Info> &all()
{
    static const QList<Info> fields = {
        {LeadField::FirstName, "first_name", "first_name", QT_TRANSLATE_NOOP("LeadField", "First name"), Type::Text, true},
        {LeadField::LastName, "last_name", "last_name", QT_TRANSLATE_NOOP("LeadField", "Last name"), Type::Text, true},
        {LeadField::Email, "email", "email", QT_TRANSLATE_NOOP("LeadField", "E-mail"), Type::Text, true},
        {LeadField::Phone, "phone", "phone", QT_TRANSLATE_NOOP("LeadField", "Phone"), Type::Text, true},
        {LeadField::JobTitle, "job_title", "job_title", QT_TRANSLATE_NOOP("LeadField", "Job title"), Type::Text, true},
        {LeadField::Company, "company", "company", QT_TRANSLATE_NOOP("LeadField", "Company"), Type::Text, true},
        {LeadField::Industry, "industry", "industry", QT_TRANSLATE_NOOP("LeadField", "Industry"), Type::Text, true},
        {LeadField::CompanySize, "company_size", "company_size", QT_TRANSLATE_NOOP("LeadField", "Company size"), Type::Integer, true},
        {LeadField::AnnualRevenue, "annual_revenue", "annual_revenue", QT_TRANSLATE_NOOP("LeadField", "Annual revenue"), Type::Real, true},
        {LeadField::Country, "country", "country", QT_TRANSLATE_NOOP("LeadField", "Country"), Type::Text, true},
        {LeadField::Region, "region", "region", QT_TRANSLATE_NOOP("LeadField", "Region"), Type::Text, true},
        {LeadField::City, "city", "city", QT_TRANSLATE_NOOP("LeadField", "City"), Type::Text, true},
        {LeadField::Source, "source", "source", QT_TRANSLATE_NOOP("LeadField", "Source"), Type::Text, true},
        {LeadField::CampaignId, "campaign_id", "campaign_id", QT_TRANSLATE_NOOP("LeadField", "Campaign"), Type::Reference, true},
        {LeadField::LeadMagnet, "lead_magnet", "lead_magnet", QT_TRANSLATE_NOOP("LeadField", "Lead magnet"), Type::Text, true},
        {LeadField::ConsentAt, "consent_at", "consent_at", QT_TRANSLATE_NOOP("LeadField", "Opt-in date"), Type::Timestamp, true},
        {LeadField::ConsentSource, "consent_source", "consent_source", QT_TRANSLATE_NOOP("LeadField", "Opt-in source"), Type::Text, true},
        {LeadField::UnsubscribedAt, "unsubscribed_at", "unsubscribed_at", QT_TRANSLATE_NOOP("LeadField", "Unsubscribed"), Type::Timestamp, true},
        {LeadField::Stage, "stage", "stage", QT_TRANSLATE_NOOP("LeadField", "Lifecycle stage"), Type::Stage, false},
        // Not a column of leads: the lead's row in lead_scores, read where a query is over leads.
        {LeadField::Score, "ifnull((SELECT score FROM lead_scores WHERE lead_id = leads.id), 0)", "score",
         QT_TRANSLATE_NOOP("LeadField", "Score"), Type::Integer, false},
        {LeadField::OwnerId, "owner_id", "owner_id", QT_TRANSLATE_NOOP("LeadField", "Owner"), Type::Reference, true},
        {LeadField::Notes, "notes", "notes", QT_TRANSLATE_NOOP("LeadField", "Notes"), Type::Text, true},
        {LeadField::CreatedAt, "created_at", "created_at", QT_TRANSLATE_NOOP("LeadField", "Created"), Type::Timestamp, false},
        {LeadField::UpdatedAt, "updated_at", "updated_at", QT_TRANSLATE_NOOP("LeadField", "Updated"), Type::Timestamp, false},
    };
    return fields;
}

const Info &info(LeadField field)
{
    return all().at(int(field));
}

std::optional<LeadField> fromKey(const QString &key)
{
    for (const Info &i : all()) {
        if (key.compare(QLatin1StringView(i.key), Qt::CaseInsensitive) == 0)
            return i.field;
    }
    return std::nullopt;
}

QString label(LeadField field)
{
    return QCoreApplication::translate("LeadField", info(field).label);
}

QString key(LeadField field)
{
    return QString::fromLatin1(info(field).key);
}

} // namespace LeadFields

namespace {

template<typename T>
QVariant fromOptional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

std::optional<qint64> toOptionalInt(const QVariant &v)
{
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<double> toOptionalReal(const QVariant &v)
{
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    bool ok = false;
    const double n = v.toDouble(&ok);
    return ok ? std::optional<double>(n) : std::nullopt;
}

} // namespace

QVariant Lead::value(LeadField field) const
{
    switch (field) {
    case LeadField::FirstName: return firstName;
    case LeadField::LastName: return lastName;
    case LeadField::Email: return email;
    case LeadField::Phone: return phone;
    case LeadField::JobTitle: return jobTitle;
    case LeadField::Company: return company;
    case LeadField::Industry: return industry;
    case LeadField::CompanySize: return fromOptional(companySize);
    case LeadField::AnnualRevenue: return fromOptional(annualRevenue);
    case LeadField::Country: return country;
    case LeadField::Region: return region;
    case LeadField::City: return city;
    case LeadField::Source: return source;
    case LeadField::CampaignId: return fromOptional(campaignId);
    case LeadField::LeadMagnet: return leadMagnet;
    case LeadField::ConsentAt: return fromOptional(consentAt);
    case LeadField::ConsentSource: return consentSource;
    case LeadField::UnsubscribedAt: return fromOptional(unsubscribedAt);
    case LeadField::Stage: return int(stage);
    case LeadField::Score: return score;
    case LeadField::OwnerId: return fromOptional(ownerId);
    case LeadField::Notes: return notes;
    case LeadField::CreatedAt: return createdAt;
    case LeadField::UpdatedAt: return updatedAt;
    }
    return QVariant();
}

void Lead::setValue(LeadField field, const QVariant &v)
{
    const QString text = v.isNull() ? QString(u""_s) : v.toString();
    switch (field) {
    case LeadField::FirstName: firstName = text; break;
    case LeadField::LastName: lastName = text; break;
    case LeadField::Email: email = text; break;
    case LeadField::Phone: phone = text; break;
    case LeadField::JobTitle: jobTitle = text; break;
    case LeadField::Company: company = text; break;
    case LeadField::Industry: industry = text; break;
    case LeadField::CompanySize: companySize = toOptionalInt(v); break;
    case LeadField::AnnualRevenue: annualRevenue = toOptionalReal(v); break;
    case LeadField::Country: country = text; break;
    case LeadField::Region: region = text; break;
    case LeadField::City: city = text; break;
    case LeadField::Source: source = text; break;
    case LeadField::CampaignId: campaignId = toOptionalInt(v); break;
    case LeadField::LeadMagnet: leadMagnet = text; break;
    case LeadField::ConsentAt: consentAt = toOptionalInt(v); break;
    case LeadField::ConsentSource: consentSource = text; break;
    case LeadField::UnsubscribedAt: unsubscribedAt = toOptionalInt(v); break;
    case LeadField::Stage: {
        const int code = v.toInt();
        if (Lifecycle::isValid(code))
            stage = Stage(code);
        break;
    }
    case LeadField::Score: score = v.toInt(); break;
    case LeadField::OwnerId: ownerId = toOptionalInt(v); break;
    case LeadField::Notes: notes = text; break;
    case LeadField::CreatedAt: createdAt = v.toLongLong(); break;
    case LeadField::UpdatedAt: updatedAt = v.toLongLong(); break;
    }
}

QString Lead::displayName() const
{
    const QString name = (firstName + u' ' + lastName).trimmed();
    if (!name.isEmpty())
        return name;
    if (!email.isEmpty())
        return email;
    if (!company.isEmpty())
        return company;
    return QCoreApplication::translate("Lead", "Lead #%1").arg(id);
}

namespace LeadSources {

namespace {
struct SourceInfo
{
    const char *key;
    const char *name;
    Direction direction;
};

const SourceInfo sources[] = {
    {"newsletter", QT_TRANSLATE_NOOP("LeadSource", "Newsletter"), Direction::Inbound},
    {"blog", QT_TRANSLATE_NOOP("LeadSource", "Blog"), Direction::Inbound},
    {"social", QT_TRANSLATE_NOOP("LeadSource", "Social networks"), Direction::Inbound},
    {"webinar", QT_TRANSLATE_NOOP("LeadSource", "Webinar"), Direction::Inbound},
    {"content", QT_TRANSLATE_NOOP("LeadSource", "White paper / e-book"), Direction::Inbound},
    {"seo", QT_TRANSLATE_NOOP("LeadSource", "Organic search"), Direction::Inbound},
    {"landing_page", QT_TRANSLATE_NOOP("LeadSource", "Landing page form"), Direction::Inbound},
    {"referral", QT_TRANSLATE_NOOP("LeadSource", "Referral"), Direction::Inbound},
    {"emailing", QT_TRANSLATE_NOOP("LeadSource", "E-mailing"), Direction::Outbound},
    {"cold_call", QT_TRANSLATE_NOOP("LeadSource", "Cold calling"), Direction::Outbound},
    {"paid_search", QT_TRANSLATE_NOOP("LeadSource", "Paid search"), Direction::Outbound},
    {"ads", QT_TRANSLATE_NOOP("LeadSource", "Advertising"), Direction::Outbound},
    {"purchased_list", QT_TRANSLATE_NOOP("LeadSource", "Bought or rented list"), Direction::Outbound},
    {"trade_show", QT_TRANSLATE_NOOP("LeadSource", "Trade show / event"), Direction::Outbound},
};
} // namespace

QStringList keys()
{
    QStringList list;
    for (const SourceInfo &s : sources)
        list << QString::fromLatin1(s.key);
    return list;
}

QString displayName(const QString &key)
{
    for (const SourceInfo &s : sources) {
        if (key == QLatin1StringView(s.key))
            return QCoreApplication::translate("LeadSource", s.name);
    }
    return key;
}

Direction direction(const QString &key)
{
    for (const SourceInfo &s : sources) {
        if (key == QLatin1StringView(s.key))
            return s.direction;
    }
    return Direction::Unknown;
}

} // namespace LeadSources
