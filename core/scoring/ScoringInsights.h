#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class Database;

// What the data says about scoring (DOMAIN.md: the threshold "should be driven by the data: which
// attributes and behaviours separate leads that became paying customers from those that did not").
// A lead's outcome is known when it became a customer (stage Customer, or a won deal) or was lost
// (Disqualified, or a lost deal and no won one); other leads are still open and left out.
namespace ScoringInsights {

struct ThresholdRow
{
    int threshold = 0;
    qint64 leadsAbove = 0;     // all leads at or above it: what sales would get
    qint64 knownAbove = 0;     // leads with a known outcome at or above it
    qint64 customersAbove = 0; // eventual customers at or above it
    double customerShare = 0;  // customersAbove / customers (recall)
    double salesShare = 0;     // leadsAbove / all leads
    double precision = 0;      // customersAbove / knownAbove
};

struct ThresholdAdvice
{
    qint64 leads = 0;
    qint64 known = 0;
    qint64 customers = 0;
    qint64 lost = 0;
    int currentThreshold = 0;
    QList<ThresholdRow> rows; // one per score from the lowest to the highest known one
    std::optional<int> suggested;
    QString explanation;      // why that threshold, or why none can be suggested

    const ThresholdRow *row(int threshold) const;
    QJsonObject toJson() const;
};

struct LiftRow
{
    QString value;
    qint64 leads = 0;     // with a known outcome
    qint64 customers = 0;
    double rate = 0;      // customers / leads
    double lift = 0;      // rate / the overall rate
};

struct AttributeLift
{
    QString key;   // industry, job_title, company_size, source, lead_magnet, country
    QString label;
    QList<LiftRow> rows; // most leads first
};

struct LiftReport
{
    qint64 known = 0;
    qint64 customers = 0;
    double overallRate = 0;
    QList<AttributeLift> attributes;
    QJsonObject toJson() const;
};

// Candidate thresholds with the share of eventual customers above each, the share of leads that
// would go to sales and the precision; suggests the threshold with the best balance of the two
// (the highest F1 score of precision and customer share).
ThresholdAdvice advise(Database &db, int currentThreshold);

// Conversion rate by attribute value against the overall rate. Values with fewer than minLeads known
// outcomes are left out (too few to say anything); at most maxValues per attribute.
LiftReport lift(Database &db, int minLeads = 5, int maxValues = 25);

} // namespace ScoringInsights
