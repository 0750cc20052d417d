#include "Router.h"

#include "leads/LeadRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString fallbackScope;

QString teamScope(const QString &team)
{
    return u"team:"_s + team;
}

qint64 nowOr(qint64 now)
{
    return now ? now : QDateTime::currentMSecsSinceEpoch();
}

} // namespace

bool RoutingRule::matches(const Lead &lead) const
{
    for (const FieldCondition &c : conditions) {
        if (!c.matches(lead))
            return false;
    }
    return true;
}

Router::Router(Workspace &workspace)
    : m_workspace(workspace)
{
}

RoutingConfig Router::config() const
{
    RoutingConfig config;
    Query q(m_workspace.db(), "SELECT id, name, conditions, ifnull(target_rep_id, 0), target_team, weighted, active "
                              "FROM routing_rules ORDER BY position, id");
    while (q.next()) {
        RoutingRule r;
        r.id = q.int64(0);
        r.name = q.text(1);
        for (const QJsonValue &v : QJsonDocument::fromJson(q.text(2).toUtf8()).array())
            r.conditions << FieldCondition::fromJson(v.toObject());
        r.targetRep = q.int64(3);
        r.targetTeam = q.text(4);
        r.weighted = q.integer(5) != 0;
        r.active = q.integer(6) != 0;
        config.rules << r;
    }
    config.fallbackWeighted = m_workspace.meta(u"routing.fallback_weighted"_s, u"0"_s) == u"1"_s;
    config.autoRoute = m_workspace.meta(u"routing.auto"_s, u"1"_s) == u"1"_s;
    return config;
}

QString Router::checkConfig(const RoutingConfig &config) const
{
    for (const RoutingRule &r : config.rules) {
        const QString name = r.name.trimmed().isEmpty() ? tr("(unnamed rule)") : r.name;
        if (r.name.trimmed().isEmpty())
            return tr("Every rule needs a name.");
        if (r.targetRep == 0 && r.targetTeam.trimmed().isEmpty())
            return tr("Rule \"%1\" gives the lead to nobody: choose a rep or a team.").arg(name);
        if (r.targetRep != 0 && !m_workspace.reps().find(r.targetRep))
            return tr("Rule \"%1\" names a rep who does not exist.").arg(name);
        if (!r.targetTeam.isEmpty() && !m_workspace.reps().teams().contains(r.targetTeam))
            return tr("Rule \"%1\" names the team \"%2\", which has no rep.").arg(name, r.targetTeam);
        for (const FieldCondition &c : r.conditions) {
            const QString problem = c.check();
            if (!problem.isEmpty())
                return tr("Rule \"%1\": %2").arg(name, problem);
        }
    }
    return QString();
}

void Router::saveConfig(const RoutingConfig &config)
{
    const QString problem = checkConfig(config);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Constraint, problem);
    Database &db = m_workspace.db();
    Transaction tx(db);
    QList<qint64> kept;
    int position = 0;
    for (const RoutingRule &r : config.rules) {
        QJsonArray conditions;
        for (const FieldCondition &c : r.conditions)
            conditions << c.toJson();
        const QString json = QString::fromUtf8(QJsonDocument(conditions).toJson(QJsonDocument::Compact));
        const QVariant rep = r.targetRep ? QVariant(r.targetRep) : QVariant();
        if (r.id && Query(db, "SELECT 1 FROM routing_rules WHERE id = ?", r.id).next()) {
            Query(db, "UPDATE routing_rules SET position = ?, name = ?, conditions = ?, target_rep_id = ?, "
                      "target_team = ?, weighted = ?, active = ? WHERE id = ?",
                  position, r.name.trimmed(), json, rep, r.targetRep ? QString() : r.targetTeam.trimmed(), r.weighted,
                  r.active, r.id)
                .exec();
            kept << r.id;
        } else {
            Query(db, "INSERT INTO routing_rules (position, name, conditions, target_rep_id, target_team, weighted, active) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  position, r.name.trimmed(), json, rep, r.targetRep ? QString() : r.targetTeam.trimmed(), r.weighted,
                  r.active)
                .exec();
            kept << db.lastInsertId();
        }
        ++position;
    }
    QJsonArray keptJson;
    for (qint64 id : kept)
        keptJson << id;
    Query(db, "DELETE FROM routing_rules WHERE id NOT IN (SELECT value FROM json_each(?))",
          QJsonDocument(keptJson).toJson(QJsonDocument::Compact))
        .exec();
    m_workspace.setMeta(u"routing.fallback_weighted"_s, config.fallbackWeighted ? u"1"_s : u"0"_s);
    m_workspace.setMeta(u"routing.auto"_s, config.autoRoute ? u"1"_s : u"0"_s);
    tx.commit();
}

Router::Context Router::context(qint64 now) const
{
    Context c;
    c.now = nowOr(now);
    c.reps = m_workspace.reps().all();
    c.open = m_workspace.reps().openLeadCounts();
    const auto wins = m_workspace.reps().recentWins(30, c.now);
    for (const Rep &r : c.reps)
        c.weights.insert(r.id, 1.0 + double(wins.value(r.id)));
    Query q(m_workspace.db(), "SELECT scope, state FROM routing_state");
    while (q.next())
        c.rotations.insert(q.text(0), RoundRobin::State::fromJson(QJsonDocument::fromJson(q.text(1).toUtf8()).object()));
    return c;
}

bool Router::eligible(const Rep &rep, const Context &c) const
{
    if (!rep.active || rep.isAwayAt(c.now))
        return false;
    return !rep.capacity || c.open.value(rep.id) < *rep.capacity;
}

std::optional<qint64> Router::pick(const QString &scope, const QList<qint64> &candidates, bool weighted,
                                   Context &c) const
{
    RoundRobin::State &state = c.rotations[scope];
    return weighted ? RoundRobin::nextWeighted(state, candidates, c.weights) : RoundRobin::next(state, candidates);
}

Router::Decision Router::decide(const Lead &lead, const RoutingConfig &config, Context &c) const
{
    Decision d;
    d.leadId = lead.id;
    for (const RoutingRule &rule : config.rules) {
        if (!rule.active || !rule.matches(lead))
            continue;
        if (rule.targetRep) {
            const auto rep = std::find_if(c.reps.cbegin(), c.reps.cend(), [&](const Rep &r) { return r.id == rule.targetRep; });
            if (rep != c.reps.cend() && eligible(*rep, c)) {
                d.repId = rep->id;
                d.ruleId = rule.id;
                d.reason = tr("rule \"%1\" matched").arg(rule.name);
                break;
            }
            continue; // that rep is away or full: the next rule, then the fallback
        }
        QList<qint64> team;
        for (const Rep &r : c.reps) {
            if (r.team == rule.targetTeam && eligible(r, c))
                team << r.id;
        }
        if (const auto rep = pick(teamScope(rule.targetTeam), team, rule.weighted, c)) {
            d.repId = *rep;
            d.ruleId = rule.id;
            d.reason = tr("rule \"%1\" matched; round-robin in team %2").arg(rule.name, rule.targetTeam);
            break;
        }
    }
    if (!d.repId) {
        QList<qint64> everyone;
        for (const Rep &r : c.reps) {
            if (eligible(r, c))
                everyone << r.id;
        }
        if (const auto rep = pick(fallbackScope, everyone, config.fallbackWeighted, c)) {
            d.repId = *rep;
            d.reason = config.fallbackWeighted ? tr("round-robin, weighted by deals won in the last 30 days")
                                               : tr("round-robin");
        } else {
            d.reason = tr("no rep available: everyone is away, inactive or full");
        }
    }
    if (d.repId)
        ++c.open[d.repId];
    return d;
}

void Router::apply(const Decision &d, const Context &c)
{
    Database &db = m_workspace.db();
    const qint64 previous = Query(db, "SELECT ifnull(owner_id, 0) FROM leads WHERE id = ?", d.leadId).scalar().toLongLong();
    Query(db, "UPDATE leads SET owner_id = ?, updated_at = ? WHERE id = ?", d.repId ? QVariant(d.repId) : QVariant(),
          c.now, d.leadId)
        .exec();
    Query(db, "INSERT INTO assignments (lead_id, rep_id, previous_rep_id, assigned_at, actor, reason, rule_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)",
          d.leadId, d.repId ? QVariant(d.repId) : QVariant(), previous ? QVariant(previous) : QVariant(), c.now,
          m_workspace.actor(), d.reason, d.ruleId ? QVariant(d.ruleId) : QVariant())
        .exec();
}

QList<Router::Decision> Router::route(const QList<qint64> &leadIds, qint64 now)
{
    QList<Decision> decisions;
    const RoutingConfig cfg = config();
    Database &db = m_workspace.db();
    Transaction tx(db);
    Context c = context(now);
    for (qint64 id : leadIds) {
        const Lead lead = m_workspace.leads().get(id);
        Decision d = decide(lead, cfg, c);
        if (d.repId)
            apply(d, c);
        decisions << d;
    }
    for (auto it = c.rotations.cbegin(); it != c.rotations.cend(); ++it) {
        Query(db, "INSERT INTO routing_state (scope, state) VALUES (?, ?) ON CONFLICT(scope) DO UPDATE SET state = excluded.state",
              it.key(), QString::fromUtf8(QJsonDocument(it.value().toJson()).toJson(QJsonDocument::Compact)))
            .exec();
    }
    tx.commit();
    QList<qint64> changed;
    for (const Decision &d : decisions) {
        if (d.repId)
            changed << d.leadId;
    }
    if (!changed.isEmpty())
        m_workspace.leads().announceChanged(changed);
    return decisions;
}

Router::Decision Router::route(qint64 leadId, qint64 now)
{
    return route(QList<qint64>{leadId}, now).first();
}

int Router::routeUnassignedMqls(qint64 now)
{
    QList<qint64> ids;
    Query q(m_workspace.db(), "SELECT id FROM leads WHERE stage = ? AND owner_id IS NULL ORDER BY id", int(Stage::MQL));
    while (q.next())
        ids << q.int64(0);
    int assigned = 0;
    for (const Decision &d : route(ids, now))
        assigned += d.repId ? 1 : 0;
    return assigned;
}

void Router::reassign(const QList<qint64> &leadIds, qint64 repId, const QString &reason)
{
    if (repId && !m_workspace.reps().find(repId))
        throw StorageError(StorageError::Kind::Constraint, tr("Rep #%1 does not exist.").arg(repId));
    Context c;
    c.now = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(m_workspace.db());
    for (qint64 id : leadIds) {
        Decision d;
        d.leadId = id;
        d.repId = repId;
        d.reason = reason.trimmed().isEmpty() ? tr("assigned by hand") : reason.trimmed();
        apply(d, c);
    }
    tx.commit();
    m_workspace.leads().announceChanged(leadIds);
}

Router::Simulation Router::simulate(const RoutingConfig &edited, int sample, qint64 now) const
{
    Simulation s;
    Context c = context(now);
    s.loadBefore = c.open;
    const QDate today = QDateTime::fromMSecsSinceEpoch(c.now).date();
    QList<qint64> recent;
    {
        Query q(m_workspace.db(), "SELECT id FROM leads ORDER BY created_at DESC, id DESC LIMIT ?", sample);
        while (q.next())
            recent.prepend(q.int64(0)); // oldest first, as they came in
    }
    // A lead routed again leaves its current owner's load (when it counts there: an open stage) and
    // adds to the load of the rep it would go to; a lead both recent and unassigned today is routed
    // once, not twice.
    auto counts = [](const Lead &l) { return l.stage != Stage::Customer && l.stage != Stage::Disqualified; };
    QHash<qint64, Decision> decided;
    auto route = [&](qint64 id) {
        if (const auto it = decided.constFind(id); it != decided.cend())
            return *it;
        const Lead lead = m_workspace.leads().get(id);
        if (lead.ownerId && counts(lead) && c.open.value(*lead.ownerId) > 0)
            --c.open[*lead.ownerId];
        Decision d = decide(lead, edited, c);
        if (d.repId && !counts(lead))
            --c.open[d.repId]; // decide() counted it: a closed lead is no load
        decided.insert(id, d);
        return d;
    };
    for (qint64 id : recent)
        s.incoming << route(id);
    Query q(m_workspace.db(), "SELECT id FROM leads WHERE owner_id IS NULL AND created_at >= ? ORDER BY created_at, id",
            today.startOfDay().toMSecsSinceEpoch());
    while (q.next())
        s.unassignedToday << route(q.int64(0));
    s.loadAfter = c.open;
    return s;
}

QList<Assignment> Router::history(qint64 leadId) const
{
    QList<Assignment> list;
    Query q(m_workspace.db(), "SELECT id, lead_id, ifnull(rep_id, 0), ifnull(previous_rep_id, 0), assigned_at, actor, reason "
                              "FROM assignments WHERE lead_id = ? ORDER BY assigned_at DESC, id DESC",
            leadId);
    while (q.next())
        list << Assignment{q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4), q.text(5), q.text(6)};
    return list;
}
