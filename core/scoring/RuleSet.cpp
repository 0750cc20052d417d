#include "RuleSet.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RuleSet", text);
}

const char rulesKey[] = "scoring.rules";
const char revisionKey[] = "scoring.revision";
const char thresholdKey[] = "score.mql_threshold";
const char warmKey[] = "score.warm_from";
const char hotKey[] = "score.hot_from";

std::optional<QString> readMeta(Database &db, const char *key)
{
    Query q(db, "SELECT value FROM meta WHERE key = ?", key);
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

void writeMeta(Database &db, const char *key, const QString &value)
{
    Query(db, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key,
          value)
        .exec();
}

ScoringRule behaviour(int id, ActivityType type, int points, int cap, double halfLife, const QString &detail = QString())
{
    ScoringRule r;
    r.id = id;
    r.kind = RuleKind::Behaviour;
    r.activity = type;
    r.points = points;
    r.cap = cap;
    r.halfLifeDays = halfLife;
    r.detailContains = detail;
    return r;
}

ScoringRule profile(int id, const char *name, LeadField field, RuleOperator op, const QStringList &values, int points)
{
    ScoringRule r;
    r.id = id;
    r.kind = RuleKind::Profile;
    r.name = name ? QCoreApplication::translate("RuleSet", name) : QString();
    r.field = field;
    r.op = op;
    r.values = values;
    r.points = points;
    return r;
}

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *s : items)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace

RuleSet RuleSet::defaults()
{
    RuleSet set;
    // The seeds' table (points per event). Engagement fades: e-mail and web behaviour halves in value
    // every 90 days (pricing visits, a stronger but shorter signal, every 60), conversations every 120;
    // subscribing and unsubscribing are states and do not fade.
    set.rules << behaviour(1, ActivityType::Subscribed, 5, 1, 0);
    set.rules << behaviour(2, ActivityType::EmailOpened, 5, 10, 90);
    set.rules << behaviour(3, ActivityType::EmailClicked, 10, 10, 90);
    set.rules << behaviour(4, ActivityType::PageVisit, 10, 5, 60, u"pricing"_s);
    set.rules << behaviour(5, ActivityType::EmailReplied, 15, 5, 120);
    set.rules << behaviour(6, ActivityType::MeetingBooked, 25, 3, 120);
    set.rules << behaviour(7, ActivityType::TrialStarted, 25, 1, 180);
    set.rules << behaviour(8, ActivityType::MeetingCancelled, -5, 3, 120);
    ScoringRule noOpens;
    noOpens.id = 9;
    noOpens.kind = RuleKind::NoOpens;
    noOpens.points = -10;
    noOpens.lastEmails = 3;
    set.rules << noOpens;
    set.rules << behaviour(10, ActivityType::Unsubscribed, -25, 1, 0);
    // A conversation at a trade show or an event counts like a reply.
    set.rules << behaviour(18, ActivityType::EventVisit, 15, 3, 120);

    // Profile (explicit criteria). Keywords are matched ignoring case and accents.
    set.rules << profile(11, QT_TRANSLATE_NOOP("RuleSet", "Decision maker (job title)"), LeadField::JobTitle,
                         RuleOperator::Contains,
                         utf8List({"ceo", "cto", "cfo", "coo", "founder", "fundador", "fondateur", "directeur", "directrice",
                                   "diretor", "diretora", "direttore", "direttrice", "director", "διευθυν", "geschäftsführer",
                                   "vp", "vice president", "head of", "titolare", "gérant", "sócio", "amministratore",
                                   "administrador", "leiter", "owner", "president"}),
                         10);
    set.rules << profile(12, QT_TRANSLATE_NOOP("RuleSet", "Manager (job title)"), LeadField::JobTitle,
                         RuleOperator::Contains,
                         utf8List({"manager", "responsable", "responsabile", "gerente", "gestor", "υπεύθυν", "coordenador",
                                   "coordinatore", "key account", "chef de", "jefe"}),
                         5);
    set.rules << profile(13, QT_TRANSLATE_NOOP("RuleSet", "Company of 200 employees or more"), LeadField::CompanySize,
                         RuleOperator::AtLeast, {u"200"_s}, 5);
    set.rules << profile(14, QT_TRANSLATE_NOOP("RuleSet", "Enterprise (1,000 employees or more)"),
                         LeadField::CompanySize, RuleOperator::AtLeast, {u"1000"_s}, 5);
    set.rules << profile(15, QT_TRANSLATE_NOOP("RuleSet", "Target industry"), LeadField::Industry, RuleOperator::OneOf,
                         {u"Software"_s, u"Financial services"_s, u"Telecommunications"_s, u"Manufacturing"_s}, 5);
    set.rules << profile(16, QT_TRANSLATE_NOOP("RuleSet", "Phone number given"), LeadField::Phone, RuleOperator::IsSet,
                         {}, 3);
    set.rules << profile(17, QT_TRANSLATE_NOOP("RuleSet", "Personal e-mail address"), LeadField::Email,
                         RuleOperator::Contains,
                         {u"@gmail."_s, u"@hotmail."_s, u"@yahoo."_s, u"@outlook."_s, u"@live."_s, u"@icloud."_s}, -5);
    set.mqlThreshold = 40;
    set.bands = ScoreBands{20, 50};
    return set;
}

QJsonObject RuleSet::toJson() const
{
    QJsonArray array;
    for (const ScoringRule &r : rules)
        array << r.toJson();
    QJsonObject o;
    o[u"format"_s] = 1;
    o[u"mql_threshold"_s] = mqlThreshold;
    o[u"warm_from"_s] = bands.warmFrom;
    o[u"hot_from"_s] = bands.hotFrom;
    o[u"rules"_s] = array;
    return o;
}

std::optional<RuleSet> RuleSet::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (o.value(u"format"_s).toInt(1) != 1)
        return fail(tr("The rule set is of an unknown format (%1).").arg(o.value(u"format"_s).toInt()));
    RuleSet set;
    auto number = [&](const char *key, int fallback, bool *ok) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            *ok = false;
            return fallback;
        }
        return v.toInt();
    };
    bool ok = true;
    set.mqlThreshold = number("mql_threshold", set.mqlThreshold, &ok);
    if (!ok)
        return fail(tr("\"mql_threshold\" must be a whole number."));
    set.bands.warmFrom = number("warm_from", set.bands.warmFrom, &ok);
    if (!ok)
        return fail(tr("\"warm_from\" must be a whole number."));
    set.bands.hotFrom = number("hot_from", set.bands.hotFrom, &ok);
    if (!ok)
        return fail(tr("\"hot_from\" must be a whole number."));
    const QJsonValue rules = o.value(u"rules"_s);
    if (!rules.isArray())
        return fail(tr("\"rules\" must be a list of rules."));
    int index = 0;
    for (const QJsonValue &v : rules.toArray()) {
        ++index;
        if (!v.isObject())
            return fail(tr("Rule %1: not an object.").arg(index));
        QString problem;
        const auto rule = ScoringRule::fromJson(v.toObject(), &problem);
        if (!rule)
            return fail(tr("Rule %1: %2").arg(index).arg(problem));
        set.rules << *rule;
    }
    // Rules without an id (hand-written files) get the next free one.
    int next = set.nextRuleId();
    for (ScoringRule &r : set.rules) {
        if (r.id <= 0)
            r.id = next++;
    }
    const QString problem = set.problem();
    if (!problem.isEmpty())
        return fail(problem);
    return set;
}

QString RuleSet::problem() const
{
    if (mqlThreshold < -10000 || mqlThreshold > 10000)
        return tr("The MQL threshold must be between -10000 and 10000.");
    if (bands.warmFrom > bands.hotFrom)
        return tr("Warm must start at or below hot (warm from %1, hot from %2).").arg(bands.warmFrom).arg(bands.hotFrom);
    int detailRules = 0;
    for (const ScoringRule &r : rules)
        detailRules += r.enabled && r.kind == RuleKind::Behaviour && !r.detailContains.trimmed().isEmpty() ? 1 : 0;
    if (detailRules > 32)
        return tr("At most 32 rules can look into an activity's details (URL, subject); this set has %1.").arg(detailRules);
    QSet<int> ids;
    int index = 0;
    for (const ScoringRule &r : rules) {
        ++index;
        const QString problem = r.problem();
        if (!problem.isEmpty())
            return tr("Rule %1 (%2): %3").arg(index).arg(r.label(), problem);
        if (r.id > 0 && ids.contains(r.id))
            return tr("Rule %1 (%2): the id %3 is used twice.").arg(index).arg(r.label()).arg(r.id);
        ids.insert(r.id);
    }
    return QString();
}

int RuleSet::nextRuleId() const
{
    int next = 1;
    for (const ScoringRule &r : rules)
        next = std::max(next, r.id + 1);
    return next;
}

const ScoringRule *RuleSet::rule(int id) const
{
    for (const ScoringRule &r : rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

RuleSet RuleSet::load(Database &db)
{
    RuleSet set = defaults();
    if (const auto stored = readMeta(db, rulesKey)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(stored->toUtf8(), &parseError);
        QString problem = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QString();
        std::optional<RuleSet> parsed;
        if (problem.isEmpty())
            parsed = fromJson(doc.object(), &problem);
        if (!parsed)
            throw StorageError(StorageError::Kind::Corrupt,
                               tr("The scoring rules stored in %1 cannot be read (%2).").arg(db.path(), problem),
                               db.path());
        set.rules = parsed->rules;
    }
    if (const auto v = readMeta(db, thresholdKey))
        set.mqlThreshold = v->toInt();
    if (const auto v = readMeta(db, warmKey))
        set.bands.warmFrom = v->toInt();
    if (const auto v = readMeta(db, hotKey))
        set.bands.hotFrom = v->toInt();
    return set;
}

void RuleSet::save(Database &db, const RuleSet &set)
{
    const QString problem = set.problem();
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem, db.path());
    QJsonArray array;
    for (const ScoringRule &r : set.rules)
        array << r.toJson();
    QJsonObject stored;
    stored[u"format"_s] = 1;
    stored[u"rules"_s] = array;
    Transaction tx(db);
    writeMeta(db, rulesKey, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    writeMeta(db, thresholdKey, QString::number(set.mqlThreshold));
    writeMeta(db, warmKey, QString::number(set.bands.warmFrom));
    writeMeta(db, hotKey, QString::number(set.bands.hotFrom));
    writeMeta(db, revisionKey, QString::number(revision(db) + 1));
    tx.commit();
}

qint64 RuleSet::revision(Database &db)
{
    const auto v = readMeta(db, revisionKey);
    return v ? v->toLongLong() : 0;
}
