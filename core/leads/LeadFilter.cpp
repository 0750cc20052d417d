#include "LeadFilter.h"

#include "TextKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QByteArray placeholders(qsizetype n)
{
    QByteArray out;
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? "?" : ",?";
    return out;
}

qint64 startOfLocalDay(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

bool LeadFilter::isEmpty() const
{
    return ftsQuery(search).isEmpty() && !hasFieldFilters();
}

bool LeadFilter::hasFieldFilters() const
{
    return !stages.isEmpty() || !owners.isEmpty() || !sources.isEmpty() || !countries.isEmpty()
        || !temperatures.isEmpty() || minScore || maxScore || createdFrom || createdTo;
}

int LeadFilter::fieldFilterKinds() const
{
    return int(!stages.isEmpty()) + int(!owners.isEmpty()) + int(!sources.isEmpty()) + int(!countries.isEmpty())
        + int(!temperatures.isEmpty() || minScore || maxScore) + int(createdFrom || createdTo);
}

QString LeadFilter::ftsQuery(const QString &text)
{
    QStringList terms;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            terms << u'"' + current + u"\"*"_s;
            current.clear();
        }
    };
    // The index holds folded text (see the schema): fold what is typed the same way.
    for (const QChar c : TextKey::fold(text)) {
        // Same word boundaries as the unicode61 tokenizer: letters and digits make words.
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            current += c;
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

bool LeadFilter::hasScoreFilter() const
{
    return (!temperatures.isEmpty() && temperatures.size() < 3) || minScore || maxScore;
}

bool LeadFilter::isScoreOnly() const
{
    return hasScoreFilter() && ftsQuery(search).isEmpty() && fieldFilterKinds() == 1;
}

QByteArray LeadFilter::scoreClause(const ScoreBands &bands, QVariantList &params, const char *column) const
{
    const QByteArray col = column;
    QList<QByteArray> parts;
    if (!temperatures.isEmpty() && temperatures.size() < 3) {
        QList<QByteArray> ranges;
        for (Temperature t : temperatures) {
            switch (t) {
            case Temperature::Hot:
                ranges << col + " >= ?";
                params << bands.hotFrom;
                break;
            case Temperature::Warm:
                ranges << '(' + col + " >= ? AND " + col + " < ?)";
                params << bands.warmFrom << bands.hotFrom;
                break;
            case Temperature::Cold:
                ranges << col + " < ?";
                params << bands.warmFrom;
                break;
            }
        }
        QByteArray joined;
        for (const QByteArray &r : ranges)
            joined += (joined.isEmpty() ? "" : " OR ") + r;
        parts << '(' + joined + ')';
    }
    if (minScore) {
        parts << col + " >= ?";
        params << *minScore;
    }
    if (maxScore) {
        parts << col + " <= ?";
        params << *maxScore;
    }
    QByteArray out;
    for (const QByteArray &p : parts)
        out += (out.isEmpty() ? "" : " AND ") + p;
    return out;
}

QByteArray LeadFilter::whereClause(const ScoreBands &bands, QVariantList &params, const char *scoreColumn) const
{
    QList<QByteArray> parts;
    const QString match = ftsQuery(search);
    if (!match.isEmpty()) {
        parts << "leads.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)";
        params << match;
    }
    if (!stages.isEmpty()) {
        parts << "leads.stage IN (" + placeholders(stages.size()) + ')';
        for (Stage s : stages)
            params << int(s);
    }
    if (!owners.isEmpty()) {
        parts << "ifnull(leads.owner_id, 0) IN (" + placeholders(owners.size()) + ')';
        for (qint64 o : owners)
            params << o;
    }
    if (!sources.isEmpty()) {
        parts << "leads.source IN (" + placeholders(sources.size()) + ')';
        for (const QString &s : sources)
            params << s;
    }
    if (!countries.isEmpty()) {
        parts << "leads.country IN (" + placeholders(countries.size()) + ')';
        for (const QString &c : countries)
            params << c;
    }
    QVariantList scoreParams;
    const QByteArray score = scoreClause(bands, scoreParams, scoreColumn ? scoreColumn : "score");
    if (!score.isEmpty()) {
        // Scores are in lead_scores: a query that joins it names its column; any other reads the leads
        // in the score range (one range of lead_scores_score, whatever else the query reads).
        parts << (scoreColumn ? score : "leads.id IN (SELECT lead_id FROM lead_scores WHERE " + score + ')');
        params << scoreParams;
    }
    if (createdFrom) {
        parts << "leads.created_at >= ?";
        params << startOfLocalDay(*createdFrom);
    }
    if (createdTo) {
        parts << "leads.created_at < ?";
        params << startOfLocalDay(createdTo->addDays(1));
    }
    if (parts.isEmpty())
        return "1";
    QByteArray out;
    for (const QByteArray &p : parts)
        out += (out.isEmpty() ? "" : " AND ") + p;
    return out;
}

QJsonObject LeadFilter::toJson() const
{
    QJsonObject json;
    if (!search.isEmpty())
        json[u"search"_s] = search;
    if (!stages.isEmpty()) {
        QJsonArray a;
        for (Stage s : stages)
            a << Lifecycle::key(s);
        json[u"stages"_s] = a;
    }
    if (!owners.isEmpty()) {
        QJsonArray a;
        for (qint64 o : owners)
            a << o;
        json[u"owners"_s] = a;
    }
    if (!sources.isEmpty())
        json[u"sources"_s] = QJsonArray::fromStringList(sources);
    if (!countries.isEmpty())
        json[u"countries"_s] = QJsonArray::fromStringList(countries);
    if (!temperatures.isEmpty()) {
        QJsonArray a;
        for (Temperature t : temperatures)
            a << Temperatures::key(t);
        json[u"temperatures"_s] = a;
    }
    if (minScore)
        json[u"score_min"_s] = *minScore;
    if (maxScore)
        json[u"score_max"_s] = *maxScore;
    if (createdFrom)
        json[u"created_from"_s] = createdFrom->toString(Qt::ISODate);
    if (createdTo)
        json[u"created_to"_s] = createdTo->toString(Qt::ISODate);
    return json;
}

LeadFilter LeadFilter::fromJson(const QJsonObject &json, QString *error)
{
    LeadFilter f;
    QStringList problems;
    f.search = json.value(u"search"_s).toString();
    for (const QJsonValue &v : json.value(u"stages"_s).toArray()) {
        if (auto s = Lifecycle::fromKey(v.toString()))
            f.stages << *s;
        else
            problems << QCoreApplication::translate("LeadFilter", "unknown stage \"%1\"").arg(v.toString());
    }
    for (const QJsonValue &v : json.value(u"owners"_s).toArray()) {
        if (v.isDouble())
            f.owners << qint64(v.toDouble());
        else
            problems << QCoreApplication::translate("LeadFilter", "owner is not a number");
    }
    for (const QJsonValue &v : json.value(u"sources"_s).toArray())
        f.sources << v.toString();
    for (const QJsonValue &v : json.value(u"countries"_s).toArray())
        f.countries << v.toString();
    for (const QJsonValue &v : json.value(u"temperatures"_s).toArray()) {
        if (auto t = Temperatures::fromKey(v.toString()))
            f.temperatures << *t;
        else
            problems << QCoreApplication::translate("LeadFilter", "unknown temperature \"%1\"").arg(v.toString());
    }
    if (json.contains(u"score_min"_s))
        f.minScore = json.value(u"score_min"_s).toInt();
    if (json.contains(u"score_max"_s))
        f.maxScore = json.value(u"score_max"_s).toInt();
    auto date = [&](const QString &key) -> std::optional<QDate> {
        if (!json.contains(key))
            return std::nullopt;
        const QDate d = QDate::fromString(json.value(key).toString(), Qt::ISODate);
        if (!d.isValid()) {
            problems << QCoreApplication::translate("LeadFilter", "%1 is not a date (YYYY-MM-DD)").arg(key);
            return std::nullopt;
        }
        return d;
    };
    f.createdFrom = date(u"created_from"_s);
    f.createdTo = date(u"created_to"_s);
    if (error)
        *error = problems.join(u"; "_s);
    return f;
}
