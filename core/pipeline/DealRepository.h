#pragma once

#include "Deal.h"

#include "storage/RowSnapshot.h"

#include <QObject>

#include <optional>

class Database;
class Workspace;

// Reads and changes deals. Every change goes through here, in a transaction, and is announced, so the
// boards, the CLI and the tests see the same rules:
// - a deal lives in a stage of its pipeline; a new deal starts in an open stage;
// - moving it to the Won or Lost stage closes it with a date (not in the future) and a reason (required
//   when lost); moving it back to an open stage reopens it;
// - every stage change is recorded in deal_stage_history (who, when, why);
// - the deal's lead follows through the lifecycle (LeadRepository::changeStage, so the lead's stage
//   history records it): a deal for a lead makes it an Opportunity, a won deal a Customer, a lost deal
//   sends it to Nurturing ("not now") unless it has another open deal or is already a customer.
// Each change returns what undo needs to put everything back.
class DealRepository : public QObject
{
    Q_OBJECT
public:
    explicit DealRepository(Workspace &workspace);

    std::optional<Deal> find(qint64 id) const;
    Deal get(qint64 id) const; // throws StorageError when there is no such deal
    qint64 count() const;

    // The problem with a deal's fields, or an empty string.
    QString check(const Deal &deal) const;

    struct Created
    {
        qint64 id = 0;
        LeadStageEffect lead;
    };
    // Stage 0: the pipeline's first open stage; pipeline 0: the stage's, or the first pipeline. The
    // company and owner default to the lead's.
    Created create(Deal deal, const DealPlacement &placement = DealPlacement::top());
    // Saves what a person edits: title, lead, company, amount, currency, expected close, probability,
    // owner, gross margin and, for a closed deal, the close reason. Stage and outcome change through move().
    LeadStageEffect update(const Deal &deal, bool followLifecycle = true);
    // Moves a deal to a stage (of any pipeline) at a place in that column. Closing stages need `close`.
    DealMove move(qint64 dealId, qint64 stageId, const DealPlacement &placement,
                  const std::optional<CloseDetails> &close = std::nullopt);
    void revertMove(const DealMove &move);
    // Puts a lead back where it was before a deal change moved it (nothing when the lead is gone).
    void revertLead(const LeadStageEffect &effect);
    // The same lifecycle change again (redo); returns the new history entry.
    LeadStageEffect reapplyLead(const LeadStageEffect &effect);

    RowSnapshot remove(const QList<qint64> &ids);
    void restore(const RowSnapshot &snapshot);

    QList<DealStageChange> history(qint64 dealId) const;

    // The board: totals per stage of a pipeline, windows of cards in a column, a card's row.
    QList<StageTotals> totals(qint64 pipelineId, const DealFilter &filter) const;
    QList<DealCard> cards(qint64 stageId, const DealFilter &filter, qint64 first, int n) const;
    qint64 rowOf(qint64 dealId, const DealFilter &filter) const; // -1: filtered out or gone

    // Deals in board order (pipeline, stage, position); 0 for "any" pipeline or stage.
    QList<Deal> list(qint64 pipelineId, qint64 stageId, const DealFilter &filter, qint64 offset, qint64 limit,
                     qint64 *total = nullptr) const;

    // The statements the board runs, for the benchmark's raw baseline.
    static QByteArray totalsSql(const DealFilter &filter, QVariantList &params);
    static QByteArray cardsSql(const DealFilter &filter, QVariantList &params);

    // Ms since the epoch recorded for a close date: now when it is today, else noon local time that day.
    static qint64 closeTimestamp(const QDate &date);

    // Bulk writers (the demo, imports) announce their work as one reset.
    void announceReset() { emit reset(); }

signals:
    void dealsChanged(const QList<qint64> &ids);
    void dealsRemoved(const QList<qint64> &ids);
    void reset();

private:
    Database &db() const;
    void checkOrThrow(const Deal &deal) const;
    double positionFor(qint64 stageId, const DealPlacement &placement, qint64 movingId);
    void renumber(qint64 stageId);
    qint64 follower(qint64 stageId, double position, qint64 id) const;
    qint64 recordStage(qint64 dealId, qint64 from, qint64 to, const QString &reason);
    LeadStageEffect bringLead(std::optional<qint64> leadId, Stage to, const QString &reason, qint64 dealId);

    Workspace &m_workspace;
};
