#pragma once

#include "Activity.h"
#include "Lead.h"
#include "LeadMerge.h"

#include "storage/RowSnapshot.h"

#include <QObject>

#include <optional>

class Workspace;
class Database;

// Reads and changes leads, their activities and their stage history. Every change a person, an import
// or a rule makes goes through here, in a transaction, and is announced by a signal so that views and
// the scoring engine follow.
class LeadRepository : public QObject
{
    Q_OBJECT
public:
    enum class Validation {
        Strict,      // refuse invalid values (what a person types)
        KeepInvalid, // keep them as they are (imports flag them instead of losing the row)
    };

    explicit LeadRepository(Workspace &workspace);

    std::optional<Lead> find(qint64 id) const;
    // The same on a connection of its own (importers, background jobs).
    static std::optional<Lead> find(Database &db, qint64 id);
    Lead get(qint64 id) const; // throws StorageError when there is no such lead
    qint64 count() const;

    qint64 create(Lead lead, Validation validation = Validation::Strict);
    void update(const Lead &lead, Validation validation = Validation::Strict);
    // Changes one field; returns the value it had. Stage goes through changeStage().
    QVariant setField(qint64 id, LeadField field, const QVariant &value);
    // Moves the lead to a stage and records who, when, why and the score; returns the history entry's
    // id (0 when the lead was already there). revertStage() undoes exactly that entry.
    qint64 changeStage(qint64 id, Stage to, const QString &reason);
    void revertStage(qint64 id, qint64 historyId, Stage previous);

    QList<Activity> activities(qint64 leadId) const;
    std::optional<Activity> findActivity(qint64 id) const;
    qint64 addActivity(Activity activity);
    void restoreActivity(const Activity &activity); // with its id, for undo
    void removeActivity(qint64 id);

    QList<StageChange> stageHistory(qint64 leadId) const;

    // Deletes the leads with everything that belongs to them; the snapshot undoes it.
    RowSnapshot remove(const QList<qint64> &ids);
    void restore(const RowSnapshot &snapshot);

    // Merges plan.otherId into plan.survivorId (see MergePlan); the snapshot undoes it with unmerge().
    RowSnapshot merge(const MergePlan &plan);
    void unmerge(const MergePlan &plan, const RowSnapshot &before);

    // Values of a text field with how many leads have each, most frequent first (filter lists).
    QList<QPair<QString, qint64>> distinctValues(LeadField field, int limit = 500) const;

    // Writes the derived sort and de-duplication keys of a lead's row (used by bulk loaders too).
    static void bindLeadColumns(class Query &query, const Lead &lead, int firstIndex);
    // ?20 (the lead's score) is bound but not written: scores live in lead_scores, written by the
    // Rescorer (a new lead gets a row with 0 from a trigger; see Schema, lead_scores).
    static const char *insertSql();
    static const char *updateSql(); // binds as insertSql, plus ?28 = id

    // Bulk writers (imports, the demo) announce their work as one reset.
    void announceReset() { emit reset(); }
    void announceChanged(const QList<qint64> &ids) { emit leadsChanged(ids); }
    void announceActivities(qint64 leadId) { emit activitiesChanged(leadId); }
    void announceAdded(const QList<qint64> &ids) { emit leadsAdded(ids); }

signals:
    void leadsAdded(const QList<qint64> &ids);
    void leadsChanged(const QList<qint64> &ids);
    void leadsRemoved(const QList<qint64> &ids);
    void activitiesChanged(qint64 leadId);
    void stageChanged(qint64 leadId, Stage from, Stage to);
    void reset();

private:
    Database &db() const;
    void validate(const Lead &lead) const;
    void checkReference(LeadField field, const QVariant &value) const;
    qint64 recordStage(qint64 leadId, std::optional<Stage> from, Stage to, const QString &reason, int score);

    Workspace &m_workspace;
};
