#include "ScoreEngine.h"

#include "leads/TextKey.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr double DayMs = 24.0 * 3600.0 * 1000.0;
constexpr int MaxDetailRules = 32;

// TextKey::fold for ASCII text, on bytes and without allocating: lower case, runs of white space as
// one space, trimmed. Returns false (out unspecified) when the text is not ASCII.
bool foldAscii(std::string_view in, std::string &out)
{
    out.clear();
    bool pendingSpace = false;
    for (const char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80)
            return false;
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out.push_back(' ');
            pendingSpace = false;
        }
        out.push_back(c >= 'A' && c <= 'Z' ? char(c + 32) : char(c));
    }
    return true;
}

std::string fold(std::string_view in)
{
    std::string out;
    if (foldAscii(in, out))
        return out;
    return TextKey::fold(QString::fromUtf8(in.data(), qsizetype(in.size()))).toUtf8().toStdString();
}

std::string fold(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return fold(std::string_view(utf8.constData(), size_t(utf8.size())));
}

bool hasNonSpace(std::string_view text)
{
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (!(c == ' ' || (c >= '\t' && c <= '\r')))
            return true;
    }
    return false;
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

LeadProfile::LeadProfile(const Lead &lead)
{
    for (int i = 0; i < ProfileView::Fields; ++i) {
        const auto field = LeadField(i);
        const QVariant v = lead.value(field);
        if (isNumberField(field)) {
            if (!v.isNull())
                m_view.number[size_t(i)] = v.toDouble();
            continue;
        }
        if (LeadFields::info(field).type != LeadFields::Type::Text)
            continue;
        m_bytes[size_t(i)] = v.toString().toUtf8();
        m_view.text[size_t(i)] = std::string_view(m_bytes[size_t(i)].constData(), size_t(m_bytes[size_t(i)].size()));
    }
}

ScoreEngine::ScoreEngine(const RuleSet &rules)
    : m_set(rules)
{
    int detailRules = 0;
    for (int i = 0; i < m_set.rules.size(); ++i) {
        const ScoringRule &r = m_set.rules.at(i);
        if (!r.enabled || !r.problem().isEmpty())
            continue;
        Compiled c;
        c.index = i;
        switch (r.kind) {
        case RuleKind::Profile:
            for (const QString &v : r.values) {
                std::string folded = fold(v.trimmed());
                if (!folded.empty())
                    c.needles.push_back(std::move(folded));
                bool ok = false;
                const double n = v.trimmed().toDouble(&ok);
                if (ok)
                    c.numbers.push_back(n);
            }
            c.number = c.numbers.empty() ? 0.0 : c.numbers.front();
            if (!m_fields.contains(r.field))
                m_fields << r.field;
            break;
        case RuleKind::Behaviour:
            c.lambda = r.halfLifeDays > 0 ? std::log(2.0) / (r.halfLifeDays * DayMs) : 0.0;
            c.detailNeedle = fold(r.detailContains.trimmed());
            m_readsActivity[size_t(r.activity)] = true;
            if (!c.detailNeedle.empty()) {
                if (detailRules >= MaxDetailRules)
                    continue; // RuleSet::problem() refuses such sets; never silently mis-score
                c.detailBit = detailRules++;
                m_readsDetail[size_t(r.activity)] = true;
            }
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

quint32 ScoreEngine::detailBits(ActivityType type, std::string_view detail) const
{
    if (!readsDetail(type))
        return 0;
    const bool ascii = foldAscii(detail, m_buffer);
    const std::string folded = ascii ? std::string() : fold(detail);
    const std::string &text = ascii ? m_buffer : folded;
    quint32 bits = 0;
    for (const Compiled &c : m_rules) {
        if (c.detailBit < 0 || m_set.rules.at(c.index).activity != type)
            continue;
        if (text.find(c.detailNeedle) != std::string::npos)
            bits |= 1u << c.detailBit;
    }
    return bits;
}

bool ScoreEngine::detailMatches(const Compiled &c, const ScoredActivity &a) const
{
    if (c.detailBit < 0)
        return true;
    if (a.hasBits)
        return a.detailBits & (1u << c.detailBit);
    const QByteArray utf8 = a.detail.toUtf8();
    return fold(std::string_view(utf8.constData(), size_t(utf8.size()))).find(c.detailNeedle) != std::string::npos;
}

int ScoreEngine::score(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now) const
{
    const LeadProfile profile(lead);
    return evaluate(profile.view(), activities, now, nullptr);
}

int ScoreEngine::score(const ProfileView &profile, const std::vector<ScoredActivity> &activities, qint64 now) const
{
    return evaluate(profile, activities, now, nullptr);
}

ScoreExplanation ScoreEngine::explain(const Lead &lead, const std::vector<ScoredActivity> &activities, qint64 now) const
{
    const LeadProfile profile(lead);
    ScoreExplanation e;
    e.now = now;
    e.score = evaluate(profile.view(), activities, now, &e.contributions);
    return e;
}

bool ScoreEngine::matchText(const Compiled &c, const ScoringRule &rule, std::string_view text, int field) const
{
    auto test = [&](const std::string &folded) {
        switch (rule.op) {
        case RuleOperator::Equals:
            return !c.needles.empty() && folded == c.needles.front();
        case RuleOperator::OneOf:
            for (const std::string &n : c.needles) {
                if (folded == n)
                    return true;
            }
            return false;
        case RuleOperator::Contains:
            for (const std::string &n : c.needles) {
                if (folded.find(n) != std::string::npos)
                    return true;
            }
            return false;
        default:
            return false;
        }
    };
    // ASCII (e-mails, phones, English titles) folds in place; other values are few per field (titles,
    // industries in other scripts) and their result is cached.
    if (field >= 0) {
        const quint32 bit = 1u << field;
        if (!(m_foldedFields & bit)) {
            m_foldedFields |= bit;
            if (foldAscii(text, m_folded[size_t(field)]))
                m_asciiFields |= bit;
            else
                m_asciiFields &= ~bit;
        }
        if (m_asciiFields & bit)
            return test(m_folded[size_t(field)]);
    } else if (foldAscii(text, m_buffer)) {
        return test(m_buffer);
    }
    const QByteArray key = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
    const auto hit = c.cache.constFind(key);
    if (hit != c.cache.constEnd())
        return hit.value();
    const bool match = test(fold(text));
    if (c.cache.size() > 20000)
        c.cache.clear();
    c.cache.insert(QByteArray(text.data(), qsizetype(text.size())), match);
    return match;
}

bool ScoreEngine::matchProfile(const Compiled &c, const ScoringRule &rule, const ProfileView &profile) const
{
    const auto field = size_t(rule.field);
    if (isNumberField(rule.field)) {
        const std::optional<double> &v = profile.number[field];
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
            for (double n : c.numbers) {
                if (n == *v)
                    return true;
            }
            return false;
        case RuleOperator::Contains: {
            const QByteArray text = QByteArray::number(*v, 'g', 15);
            return matchText(c, rule, std::string_view(text.constData(), size_t(text.size())), -1);
        }
        case RuleOperator::IsSet:
            break;
        }
        return false;
    }
    const std::string_view text = profile.text[field];
    if (rule.op == RuleOperator::IsSet)
        return hasNonSpace(text);
    if (text.empty())
        return false;
    return matchText(c, rule, text, int(field));
}

int ScoreEngine::evaluate(const ProfileView &profile, const std::vector<ScoredActivity> &activities, qint64 now,
                          QList<ScoreContribution> *out) const
{
    int total = 0;
    m_foldedFields = 0;
    for (const Compiled &c : m_rules) {
        const ScoringRule &rule = m_set.rules.at(c.index);
        int matched = 0;
        int counted = 0;
        double exact = 0;
        qint64 lastAt = 0;
        switch (rule.kind) {
        case RuleKind::Profile:
            if (matchProfile(c, rule, profile)) {
                matched = counted = 1;
                exact = rule.points;
            }
            break;
        case RuleKind::Behaviour:
            // Newest first: the cap keeps the most recent occurrences, which weigh the most.
            for (auto it = activities.crbegin(); it != activities.crend(); ++it) {
                if (it->type != rule.activity || !detailMatches(c, *it))
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
