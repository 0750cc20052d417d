#include "ScoringInsights.h"

#include "leads/Lead.h"
#include "settings/Formats.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <array>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace ScoringInsights {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScoringInsights", text);
}

// won: 1 customer, 0 lost, NULL still open.
const char outcomeSql[] =
    "SELECT l.*, ifnull(s.score, 0) AS score, CASE WHEN l.stage = 6 OR ifnull(d.won, 0) = 1 THEN 1 "
    "WHEN l.stage = 8 OR ifnull(d.lost, 0) = 1 THEN 0 END AS won "
    "FROM leads l LEFT JOIN (SELECT lead_id, max(outcome = 1) AS won, max(outcome = 2) AS lost FROM deals "
    "WHERE lead_id IS NOT NULL GROUP BY lead_id) d ON d.lead_id = l.id LEFT JOIN lead_scores s ON s.lead_id = l.id";

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

const ThresholdRow *ThresholdAdvice::row(int threshold) const
{
    for (const ThresholdRow &r : rows) {
        if (r.threshold == threshold)
            return &r;
    }
    return nullptr;
}

QJsonObject ThresholdAdvice::toJson() const
{
    QJsonObject o;
    o[u"leads"_s] = leads;
    o[u"known_outcome"_s] = known;
    o[u"customers"_s] = customers;
    o[u"lost"_s] = lost;
    o[u"current_threshold"_s] = currentThreshold;
    if (suggested)
        o[u"suggested_threshold"_s] = *suggested;
    else
        o[u"suggested_threshold"_s] = QJsonValue();
    o[u"explanation"_s] = explanation;
    QJsonArray list;
    for (const ThresholdRow &r : rows) {
        QJsonObject row;
        row[u"threshold"_s] = r.threshold;
        row[u"leads_above"_s] = r.leadsAbove;
        row[u"known_above"_s] = r.knownAbove;
        row[u"customers_above"_s] = r.customersAbove;
        row[u"customer_share"_s] = round3(r.customerShare);
        row[u"sales_share"_s] = round3(r.salesShare);
        row[u"precision"_s] = round3(r.precision);
        list << row;
    }
    o[u"thresholds"_s] = list;
    return o;
}

QJsonObject LiftReport::toJson() const
{
    QJsonObject o;
    o[u"known_outcome"_s] = known;
    o[u"customers"_s] = customers;
    o[u"overall_rate"_s] = round3(overallRate);
    QJsonArray attrs;
    for (const AttributeLift &a : attributes) {
        QJsonArray rows;
        for (const LiftRow &r : a.rows) {
            QJsonObject row;
            row[u"value"_s] = r.value;
            row[u"leads"_s] = r.leads;
            row[u"customers"_s] = r.customers;
            row[u"rate"_s] = round3(r.rate);
            row[u"lift"_s] = round3(r.lift);
            rows << row;
        }
        QJsonObject attr;
        attr[u"attribute"_s] = a.key;
        attr[u"values"_s] = rows;
        attrs << attr;
    }
    o[u"attributes"_s] = attrs;
    return o;
}

ThresholdAdvice advise(Database &db, int currentThreshold)
{
    ThresholdAdvice advice;
    advice.currentThreshold = currentThreshold;
    // Per score: all leads, customers, lost.
    std::map<int, std::array<qint64, 3>> byScore;
    Query q(db, std::string("SELECT score, count(*), sum(won = 1), sum(won = 0) FROM (") + outcomeSql + ") GROUP BY score");
    while (q.next()) {
        auto &cell = byScore[q.integer(0)];
        cell[0] = q.int64(1);
        cell[1] = q.int64(2);
        cell[2] = q.int64(3);
        advice.leads += cell[0];
        advice.customers += cell[1];
        advice.lost += cell[2];
    }
    advice.known = advice.customers + advice.lost;
    if (advice.known == 0) {
        advice.explanation = tr("No lead has an outcome yet (became a customer, or was lost or disqualified): the "
                                "threshold cannot be judged from the data.");
        return advice;
    }
    int low = 0, high = 0;
    bool first = true;
    for (const auto &[score, cell] : byScore) {
        if (cell[1] + cell[2] == 0)
            continue;
        low = first ? score : std::min(low, score);
        high = first ? score : std::max(high, score);
        first = false;
    }
    low = std::min(low, currentThreshold);
    high = std::max(high, currentThreshold);
    // A threshold above the top scorer sends nobody; the range stops there, at most 2000 rows.
    high = std::min(high + 1, low + 2000);

    // Cumulative counts from the top down.
    std::vector<std::array<qint64, 3>> above(size_t(high - low + 1), {0, 0, 0});
    std::array<qint64, 3> running{0, 0, 0};
    auto it = byScore.rbegin();
    for (int t = high; t >= low; --t) {
        while (it != byScore.rend() && it->first >= t) {
            for (int k = 0; k < 3; ++k)
                running[size_t(k)] += it->second[size_t(k)];
            ++it;
        }
        above[size_t(t - low)] = running;
    }
    double bestF1 = -1;
    for (int t = low; t <= high; ++t) {
        const auto &a = above[size_t(t - low)];
        ThresholdRow r;
        r.threshold = t;
        r.leadsAbove = a[0];
        r.customersAbove = a[1];
        r.knownAbove = a[1] + a[2];
        r.customerShare = advice.customers ? double(a[1]) / double(advice.customers) : 0.0;
        r.salesShare = advice.leads ? double(a[0]) / double(advice.leads) : 0.0;
        r.precision = r.knownAbove ? double(a[1]) / double(r.knownAbove) : 0.0;
        advice.rows << r;
        const double f1 = r.precision + r.customerShare > 0
            ? 2 * r.precision * r.customerShare / (r.precision + r.customerShare)
            : 0.0;
        if (advice.customers > 0 && f1 > bestF1 + 1e-12) {
            bestF1 = f1;
            advice.suggested = t;
        }
    }
    if (!advice.suggested) {
        advice.explanation = tr("No lead with a known outcome became a customer yet: nothing separates good leads from "
                                "bad ones.");
        return advice;
    }
    const ThresholdRow *s = advice.row(*advice.suggested);
    const QLocale locale;
    advice.explanation =
        tr("At %1, %2 of eventual customers score at or above the threshold, %3 of those above it became customers, "
           "and %4 of all leads would go to sales: the best balance (F1) of the two.")
            .arg(*advice.suggested)
            .arg(Formats::percent(s->customerShare, 0, locale))
            .arg(Formats::percent(s->precision, 0, locale))
            .arg(Formats::percent(s->salesShare, 0, locale));
    return advice;
}

LiftReport lift(Database &db, int minLeads, int maxValues)
{
    LiftReport report;
    {
        Query q(db, std::string("SELECT count(*), ifnull(sum(won), 0) FROM (") + outcomeSql + ") WHERE won IS NOT NULL");
        if (q.next()) {
            report.known = q.int64(0);
            report.customers = q.int64(1);
        }
    }
    report.overallRate = report.known ? double(report.customers) / double(report.known) : 0.0;
    if (report.known == 0)
        return report;

    struct Attribute
    {
        const char *key;
        const char *expression; // SQL over the outcome rows: column names only
        LeadField field;
    };
    const Attribute attributes[] = {
        {"industry", "industry", LeadField::Industry},
        {"job_title", "job_title", LeadField::JobTitle},
        {"company_size",
         "CASE WHEN company_size IS NULL THEN '' WHEN company_size < 10 THEN '1–9' WHEN company_size < 50 THEN '10–49' "
         "WHEN company_size < 200 THEN '50–199' WHEN company_size < 1000 THEN '200–999' ELSE '1000+' END",
         LeadField::CompanySize},
        {"source", "source", LeadField::Source},
        {"lead_magnet", "lead_magnet", LeadField::LeadMagnet},
        {"country", "country", LeadField::Country},
    };
    for (const Attribute &a : attributes) {
        AttributeLift attr;
        attr.key = QString::fromLatin1(a.key);
        attr.label = LeadFields::label(a.field);
        Query q(db, std::string("SELECT ") + a.expression + " AS v, count(*) AS n, sum(won) FROM (" + outcomeSql
                        + ") WHERE won IS NOT NULL GROUP BY v HAVING n >= ? ORDER BY n DESC, v LIMIT ?",
                minLeads, maxValues);
        while (q.next()) {
            LiftRow r;
            r.value = q.text(0);
            r.leads = q.int64(1);
            r.customers = q.int64(2);
            r.rate = r.leads ? double(r.customers) / double(r.leads) : 0.0;
            r.lift = report.overallRate > 0 ? r.rate / report.overallRate : 0.0;
            attr.rows << r;
        }
        report.attributes << attr;
    }
    return report;
}

} // namespace ScoringInsights
