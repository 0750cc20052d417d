#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a file holds.
enum class ImportKind { Leads, Activities, Campaigns, Deals };

namespace ImportKinds {
QString key(ImportKind kind); // "leads", "activities", "campaigns", "deals"
std::optional<ImportKind> fromKey(const QString &key);
QString displayName(ImportKind kind);
} // namespace ImportKinds

// A field a column can be imported into, per kind. Lead targets are the LeadFields keys (owner_id and
// campaign_id take a rep's or campaign's name) plus "full_name", split into first and last name.
struct ImportTarget
{
    QString key;
    QString label; // translated
};

// Which column of a file goes to which field. Built automatically from the header names (the names of
// HubSpot, Salesforce and Pipedrive exports, and of files written in English, French, Portuguese,
// Italian and Greek), changed by the person, saved under a name for the next file of the same kind.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    ColumnMapping() = default;
    ColumnMapping(ImportKind kind, const QStringList &headers);

    static ColumnMapping automatic(ImportKind kind, const QStringList &headers);
    // The target a header name suggests, or an empty string.
    static QString suggest(ImportKind kind, const QString &header);
    static QList<ImportTarget> targets(ImportKind kind);
    static QString targetLabel(ImportKind kind, const QString &key);
    // Header names folded for matching: case, accents and punctuation removed ("E-mail" -> "email").
    static QString normalizeHeader(const QString &header);

    ImportKind kind() const { return m_kind; }
    const QStringList &headers() const { return m_headers; }
    int columnCount() const { return int(m_headers.size()); }
    QString target(int column) const { return m_targets.value(column); }
    void setTarget(int column, const QString &key);
    // The column mapped to a target, or -1.
    int column(const QString &key) const;
    bool isMapped(const QString &key) const { return column(key) >= 0; }
    QStringList mappedTargets() const;

    // Applies a saved mapping to this file's headers: by header name, then by position for the same layout.
    void apply(const ColumnMapping &saved);

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &json);

    bool operator==(const ColumnMapping &other) const
    {
        return m_kind == other.m_kind && m_headers == other.m_headers && m_targets == other.m_targets;
    }

private:
    ImportKind m_kind = ImportKind::Leads;
    QStringList m_headers;
    QStringList m_targets; // one per column; empty: not imported
};

// Values other tools write, turned into Leadbench's: HubSpot's lifecycle stage "marketingqualifiedlead"
// or "Marketing Qualified Lead" is MQL, Salesforce's "Closed - Converted" a customer; HubSpot's
// "ORGANIC_SEARCH" source is "seo". Numbers and dates as spreadsheets write them.
namespace ImportValues {

std::optional<int> stage(const QString &text);       // a Stage code
QString source(const QString &text);                 // a LeadSources key, or the text as it is
std::optional<int> activityType(const QString &text); // an ActivityType code
// "1 234,56", "1,234.56", "€ 5.000", "12k": nullopt when it is not a number.
std::optional<double> number(const QString &text);
// ISO dates and date-times, "2024-05-04 13:22", "04/05/2024" (day first unless the first part is over 12
// and the second is not), "04.05.2024", Unix seconds or milliseconds. Times without a zone are local.
std::optional<qint64> dateTime(const QString &text); // ms since the epoch, UTC
// yes/no in the five languages and as 1/0/true/false.
std::optional<bool> boolean(const QString &text);

} // namespace ImportValues
