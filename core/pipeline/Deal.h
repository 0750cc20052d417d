#pragma once

#include "leads/LifecycleStage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

// Where a deal ended: the codes are stored (deals.outcome, pipeline_stages.outcome).
enum class DealOutcome : int { Open = 0, Won = 1, Lost = 2 };

namespace DealOutcomes {
QString key(DealOutcome outcome); // "open", "won", "lost"
std::optional<DealOutcome> fromKey(const QString &key);
QString displayName(DealOutcome outcome);
} // namespace DealOutcomes

// One column of a pipeline. Probability is 0..1; rottingDays 0 means a deal never rots there.
struct PipelineStage
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString name;
    int position = 0;
    double probability = 0;
    DealOutcome outcome = DealOutcome::Open;
    int rottingDays = 0;

    bool isClosed() const { return outcome != DealOutcome::Open; }
    bool operator==(const PipelineStage &other) const = default;
};

struct Pipeline
{
    qint64 id = 0;
    QString name;
    int position = 0;
    QList<PipelineStage> stages; // in board order

    const PipelineStage *stage(qint64 stageId) const;
    const PipelineStage *stageWithOutcome(DealOutcome outcome) const;
    const PipelineStage *stageNamed(const QString &name) const; // case-insensitive
    bool operator==(const Pipeline &other) const = default;
};

struct Deal
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    QString title;
    std::optional<qint64> leadId;
    QString company;
    double amount = 0;
    QString currency = QStringLiteral("EUR");
    std::optional<QDate> expectedClose;
    std::optional<double> probability; // 0..1; none: the stage's
    std::optional<qint64> ownerId;
    DealOutcome outcome = DealOutcome::Open;
    std::optional<qint64> closedAt;    // ms since the epoch, UTC
    QString closeReason;
    std::optional<double> grossMargin;
    qint64 stageEnteredAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    double boardPosition = 0;

    bool operator==(const Deal &other) const = default;
};

// What a card on the board shows: one row of a column window.
struct DealCard
{
    qint64 id = 0;
    QString title;
    QString company;
    double amount = 0;
    QString currency;
    qint64 ownerId = 0; // 0: unassigned
    qint64 stageEnteredAt = 0;
    DealOutcome outcome = DealOutcome::Open;
    qint64 closedAt = 0; // 0: open
    QString expectedClose; // ISO date or empty
    std::optional<double> probability;
    qint64 leadId = 0;
    // When the next open follow-up task of the deal or of its lead is due (ms since the epoch); 0: no
    // next step is planned.
    qint64 nextTaskDue = 0;
};

// Which deals a board shows: all conditions together (AND).
struct DealFilter
{
    QList<qint64> owners;          // rep ids; 0 stands for "unassigned"
    QString search;                // words, each found anywhere in title or company (case and accents ignored)
    std::optional<QDate> closeFrom; // close date: the actual one of a closed deal, the expected one of an open deal
    std::optional<QDate> closeTo;

    bool isEmpty() const { return owners.isEmpty() && searchWords().isEmpty() && !closeFrom && !closeTo; }
    QStringList searchWords() const;
    // The condition over table "deals", values appended to params as ?-parameters.
    QByteArray whereClause(QVariantList &params) const;
    bool operator==(const DealFilter &other) const = default;
};

// A column's totals: per currency, since amounts in different currencies do not add up.
struct CurrencyTotal
{
    QString currency;
    double amount = 0;
    double weighted = 0; // sum of amount x probability (the deal's, else its stage's)
    qint64 count = 0;
};

struct StageTotals
{
    qint64 stageId = 0;
    qint64 count = 0;
    QList<CurrencyTotal> currencies; // largest amount first
};

// Where a moved or new deal goes in its column, by the cards around it.
struct DealPlacement
{
    enum class Kind { Top, Bottom, Before, After };
    Kind kind = Kind::Top;
    qint64 neighbourId = 0;

    static DealPlacement top() { return {Kind::Top, 0}; }
    static DealPlacement bottom() { return {Kind::Bottom, 0}; }
    static DealPlacement before(qint64 id) { return {Kind::Before, id}; }
    static DealPlacement after(qint64 id) { return {Kind::After, id}; }
};

// What closing a deal (moving it to a Won or Lost stage) needs.
struct CloseDetails
{
    QDate date;                        // not in the future
    QString reason;                    // required when lost
    std::optional<double> grossMargin; // won deals: what the KPIs count as margin
};

struct DealStageChange
{
    qint64 id = 0;
    qint64 dealId = 0;
    qint64 fromStageId = 0; // 0: created, or the stage was deleted since
    qint64 toStageId = 0;
    qint64 changedAt = 0;
    QString actor;
    QString reason;
};

// A lifecycle change of the deal's lead that a deal change caused, so undo can take it back.
struct LeadStageEffect
{
    qint64 leadId = 0;
    qint64 historyId = 0; // 0: nothing changed
    Stage from = Stage::Lead;
    Stage to = Stage::Lead;
    QString reason;

    bool happened() const { return historyId != 0; }
};

// What move() did, exactly enough for revertMove() to put everything back.
struct DealMove
{
    qint64 dealId = 0;
    Deal before;              // the deal's row before the move
    qint64 followerBefore = 0; // the deal that followed it in its old column (0: it was last)
    qint64 historyId = 0;      // its deal_stage_history row (0: same stage, only the order changed)
    LeadStageEffect lead;
};
