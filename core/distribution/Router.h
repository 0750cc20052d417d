#pragma once

#include "RoundRobin.h"
#include "RepRepository.h"

#include "leads/FieldCondition.h"
#include "leads/Lead.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// An assignment rule: when every condition holds, the lead goes to the rep, or in turn to the team's
// reps. Rules are tried in order; round-robin among all reps is the fallback.
struct RoutingRule
{
    qint64 id = 0;
    QString name;
    QList<FieldCondition> conditions;
    qint64 targetRep = 0; // or
    QString targetTeam;
    bool weighted = false; // inside the team, share by recent wins
    bool active = true;

    bool matches(const Lead &lead) const;
    bool operator==(const RoutingRule &other) const = default;
};

struct RoutingConfig
{
    QList<RoutingRule> rules;
    bool fallbackWeighted = false; // the fallback round-robin shares by recent wins
    bool autoRoute = true;         // route leads when they become MQL
    bool operator==(const RoutingConfig &other) const = default;
};

struct Assignment
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 repId = 0;
    qint64 previousRepId = 0;
    qint64 assignedAt = 0;
    QString actor;
    QString reason;
};

// Distribution of leads to reps (DOMAIN.md "Distribution"): ordered rules on lead fields, round-robin
// inside teams and as the fallback, never to a rep who is away or full, optionally weighted by the won
// deals of the last 30 days. Every assignment is recorded with its reason.
class Router
{
    Q_DECLARE_TR_FUNCTIONS(Router)
public:
    struct Decision
    {
        qint64 leadId = 0;
        qint64 repId = 0; // 0: nobody could take it
        QString reason;
        qint64 ruleId = 0;
    };

    // What decisions depend on, read once and kept up to date while deciding a batch.
    struct Context
    {
        qint64 now = 0;
        QList<Rep> reps;
        QHash<qint64, qint64> open;   // open leads per rep
        QHash<qint64, double> weights; // 1 + recent wins
        QHash<QString, RoundRobin::State> rotations; // by scope
    };

    explicit Router(Workspace &workspace);

    RoutingConfig config() const;
    void saveConfig(const RoutingConfig &config);
    QString checkConfig(const RoutingConfig &config) const; // empty when it can be saved

    Context context(qint64 now = 0) const;
    Decision decide(const Lead &lead, const RoutingConfig &config, Context &context) const;

    // Assigns the lead now (rules, then round-robin) and records why; the rotation moves on for good.
    Decision route(qint64 leadId, qint64 now = 0);
    QList<Decision> route(const QList<qint64> &leadIds, qint64 now = 0);
    // Routes every MQL without an owner (after bulk changes); returns how many were assigned.
    int routeUnassignedMqls(qint64 now = 0);
    // Assignment by hand: these leads go to that rep (0: unassigned).
    void reassign(const QList<qint64> &leadIds, qint64 repId, const QString &reason);

    struct Simulation
    {
        QList<Decision> incoming;        // the last `sample` leads that came in, routed again
        QList<Decision> unassignedToday; // today's leads without an owner
        QHash<qint64, qint64> loadBefore;
        QHash<qint64, qint64> loadAfter;
    };
    // What the edited rules would do, without writing anything.
    Simulation simulate(const RoutingConfig &edited, int sample = 50, qint64 now = 0) const;

    QList<Assignment> history(qint64 leadId) const;

private:
    bool eligible(const Rep &rep, const Context &context) const;
    std::optional<qint64> pick(const QString &scope, const QList<qint64> &candidates, bool weighted,
                               Context &context) const;
    void apply(const Decision &decision, const Context &context);
    Workspace &m_workspace;
};
