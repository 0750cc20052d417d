#include "ScoreEngine.h"

#include "leads/TextKey.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr double DayMs = 24.0 * 3600.0 * 1000.0;

// TextKey::fold without its cost for the common case: plain ASCII only needs lower case and single
// spaces. Anything else goes through the full fold (accents, Greek, compatibility forms).
QString foldFast(const QString &text)
{
    const qsizetype n = text.size();
    const QChar *data = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        if (data[i].unicode() >= 0x80)
            return TextKey::fold(text);
    }
    QString out;
    out.reserve(n);
    bool pendingSpace = false;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = data[i].unicode();
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        out += QChar(c);
    }
    return out;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

const QString &textOf(const Lead &l, LeadField field)
{
    static const QString empty;
    switch (field) {
    case LeadField::JobTitle: return l.jobTitle;
    case LeadField::Company: return l.company;
    case LeadField::Industry: return l.industry;
    case LeadField::Country: return l.country;
    case LeadField::Region: return l.region;
    case LeadField::City: return l.city;
    case LeadField::Source: return l.source;
    case LeadField::LeadMagnet: return l.leadMagnet;
    case LeadField::Email: return l.email;
    case LeadField::Phone: return l.phone;
    default: return empty;
    }
}

std::optional<double> numberOf(const Lead &l, LeadField field)
{
    switch (field) {
    case LeadField::CompanySize:
        return l.companySize ? std::optional<double>(double(*l.companySize)) : std::nullopt;
    case LeadField::AnnualRevenue:
        return l.annualRevenue;
    case LeadField::ConsentAt:
        return l.consentAt ? std::optional<double>(double(*l.consentAt)) : std::nullopt;
    case LeadField::UnsubscribedAt:
        return l.unsubscribedAt ? std::optional<double>(double(*l.unsubscribedAt)) : std::nullopt;
    default:
        return std::nullopt;
    }
}

bool isNumberField(LeadField field)
{
    return field == LeadField::CompanySize || field == LeadField::AnnualRevenue || field == LeadField::ConsentAt
        || field == LeadField::UnsubscribedAt;
}

bool isOpen(ActivityType t)
{
    // Clicking or replying means the e-mail was opened, whether or not the open was tracked.
    return t == ActivityType::EmailOpened || t == ActivityType::EmailClicked || t == ActivityType::EmailReplied;
}

} // namespace

QJsonObject ScoreExplanation::toJson() const
{
    QJsonArray list;
    for (const ScoreContribution &c : contributions) {
        QJsonObject o;
        o[u"rule_id"_s] = c.ruleId;
        o[u"kind"_s] = ScoringRules::kindKey(c.kind);
        o[u"rule"_s] = c.label;
        o[u"occurrences"_s] = c.counted;
        o[u"matched"_s] = c.matched;
        o[u"points_exact"_s] = std::round(c.exact * 1000.0) / 1000.0;
        o[u"points"_s] = c.points;
        if (c.lastAt)
            o[u"last_at"_s] = QDateTime::fromMSecsSinceEpoch(c.lastAt, Qt::UTC).toString(Qt::ISODateWithMs);
        list << o;
    }
    QJsonObject o;
    o[u"score"_s] = score;
    o[u"now"_s] = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
    o[u"contributions"_s] = list;
    return o;
}

ScoreEngine::ScoreEngine(const RuleSet &rules)
    : m_set(rules)
{
    for (int i = 0; i < m_set.rules.size(); ++i) {
        const ScoringRule &r = m_set.rules.at(i);
        if (!r.enabled || !r.problem().isEmpty())
            continue;
        Compiled c;
        c.index = i;
        switch (r.kind) {
        case RuleKind::Profile:
            for (const QString &v : r.values) {
                const QString folded = TextKey::fold(v.trimmed());
                if (!folded.isEmpty())
                    c.needles << folded;
            }
            if (!r.values.isEmpty())
                c.number = r.values.first().trimmed().toDouble();
            if (!m_fields.contains(r.field))
                m_fields << r.field;
            break;
        case RuleKind::Behaviour:
            c.lambda = r.halfLifeDays > 0 ? std::log(2.0) / (r.halfLifeDays * DayMs) : 0.0;
            c.detailNeedle = TextKey::fold(r.detailContains.trimmed());
            m_readsActivity[size_t(r.activity)] = true;
            if (!c.detailNeedle.isEmpty())
                m_readsDetail[size_t(r.activity)] = true;
            break;
        case RuleKind::NoOpens:
            m_readsActivity[size_t(ActivityType::EmailSent)] = true;
            for (ActivityType t : {ActivityType::EmailOpened, ActivityType::EmailClicked, ActivityType::EmailReplied})
                m_readsActivity[size_t(t)] = true;
            break;
        }
        m_rules.push_back(std::move(c));
    }
}

bool ScoreEngine::readsDetail(ActivityType type) const
{
    const auto i = size_t(type);
    return i < m_readsDetail.size() && m_readsDetail[i];
}

bool ScoreEngine::readsActivity(ActivityType type) const
{
    const auto i = size_t(type);
    return i < m_readsActivity.size() && m_readsActivity[i];
}

int ScoreEngine::score(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now) const
{
    return evaluate(lead, activities, now, nullptr);
}

ScoreExplanation ScoreEngine::explain(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now) const
{
    ScoreExplanation e;
    e.now = now;
    e.score = evaluate(lead, activities, now, &e.contributions);
    return e;
}

bool ScoreEngine::matchText(const Compiled &c, const ScoringRule &rule, const QString &text) const
{
    // Distinct values of a field are few (titles, industries), except for e-mails and phones, which
    // are ASCII: fold those directly and cache the rest.
    const bool ascii = isAscii(text);
    if (!ascii) {
        const auto hit = c.cache.constFind(text);
        if (hit != c.cache.constEnd())
            return hit.value();
    }
    const QString folded = ascii ? foldFast(text) : TextKey::fold(text);
    bool match = false;
    switch (rule.op) {
    case RuleOperator::Equals:
        match = !c.needles.isEmpty() && folded == c.needles.first();
        break;
    case RuleOperator::OneOf:
        match = c.needles.contains(folded);
        break;
    case RuleOperator::Contains:
        for (const QString &needle : c.needles) {
            if (folded.contains(needle)) {
                match = true;
                break;
            }
        }
        break;
    default:
        break;
    }
    if (!ascii) {
        if (c.cache.size() > 20000)
            c.cache.clear();
        c.cache.insert(text, match);
    }
    return match;
}

bool ScoreEngine::matchProfile(const Compiled &c, const ScoringRule &rule, const Lead &lead) const
{
    if (isNumberField(rule.field)) {
        const std::optional<double> v = numberOf(lead, rule.field);
        if (rule.op == RuleOperator::IsSet)
            return v.has_value();
        if (!v)
            return false;
        switch (rule.op) {
        case RuleOperator::AtLeast:
            return *v >= c.number;
        case RuleOperator::AtMost:
            return *v <= c.number;
        case RuleOperator::Equals:
            return *v == c.number;
        case RuleOperator::OneOf:
            for (const QString &n : rule.values) {
                if (n.trimmed().toDouble() == *v)
                    return true;
            }
            return false;
        case RuleOperator::Contains:
            return matchText(c, rule, QString::number(*v, 'g', 15));
        case RuleOperator::IsSet:
            break;
        }
        return false;
    }
    const QString &text = textOf(lead, rule.field);
    if (rule.op == RuleOperator::IsSet)
        return !text.trimmed().isEmpty();
    if (text.isEmpty())
        return false;
    return matchText(c, rule, text);
}

int ScoreEngine::evaluate(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now,
                          QList<ScoreContribution> *out) const
{
    int total = 0;
    for (const Compiled &c : m_rules) {
        const ScoringRule &rule = m_set.rules.at(c.index);
        int matched = 0;
        int counted = 0;
        double exact = 0;
        qint64 lastAt = 0;
        switch (rule.kind) {
        case RuleKind::Profile:
            if (matchProfile(c, rule, lead)) {
                matched = counted = 1;
                exact = rule.points;
            }
            break;
        case RuleKind::Behaviour:
            // Newest first: the cap keeps the most recent occurrences, which weigh the most.
            for (auto it = activities.crbegin(); it != activities.crend(); ++it) {
                if (it->type != rule.activity)
                    continue;
                if (!c.detailNeedle.isEmpty() && !foldFast(it->detail).contains(c.detailNeedle))
                    continue;
                ++matched;
                if (lastAt == 0)
                    lastAt = it->occurredAt;
                if (rule.cap > 0 && counted >= rule.cap)
                    continue;
                ++counted;
                const double age = double(std::max<qint64>(0, now - it->occurredAt));
                exact += c.lambda > 0 ? rule.points * std::exp(-c.lambda * age) : double(rule.points);
            }
            break;
        case RuleKind::NoOpens: {
            // The time of the N-th most recent e-mail sent; it fires when N were sent and none of them
            // was opened since (an open, click or reply at or after that send).
            int sends = 0;
            qint64 since = 0;
            for (auto it = activities.crbegin(); it != activities.crend() && sends < rule.lastEmails; ++it) {
                if (it->type == ActivityType::EmailSent) {
                    ++sends;
                    since = it->occurredAt;
                    if (lastAt == 0)
                        lastAt = it->occurredAt;
                }
            }
            if (sends < rule.lastEmails)
                break;
            bool opened = false;
            for (auto it = activities.crbegin(); it != activities.crend() && it->occurredAt >= since; ++it) {
                if (isOpen(it->type)) {
                    opened = true;
                    break;
                }
            }
            if (!opened) {
                matched = counted = 1;
                exact = rule.points;
            }
            break;
        }
        }
        if (matched == 0)
            continue;
        const int points = int(std::lround(exact));
        total += points;
        if (out) {
            ScoreContribution contribution;
            contribution.ruleId = rule.id;
            contribution.kind = rule.kind;
            contribution.label = rule.label();
            contribution.matched = matched;
            contribution.counted = counted;
            contribution.exact = exact;
            contribution.points = points;
            contribution.lastAt = lastAt;
            out->append(contribution);
        }
    }
    return total;
}
