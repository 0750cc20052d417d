#pragma once

#include "SyncTypes.h"

#include <QHash>

#include <optional>

class Database;

namespace Sync {

struct LocalField
{
    QString key;
    QString label;
    FieldType type = FieldType::Text;
    QStringList options; // enumerations: the local values
};

// Leads and deals as the sync engine sees them: canonical values by local field key, read and
// written on the engine's own connection. Writes keep what the repositories keep (sort and search
// keys, stage history, deal outcome) and are not validated, as an import's: what the CRM holds is
// kept as it is.
class LocalRecords
{
    Q_DECLARE_TR_FUNCTIONS(LocalRecords)
public:
    LocalRecords(Database &db, const QString &actor);

    static QList<LocalField> fields(Entity entity, Database *db = nullptr);
    static std::optional<LocalField> field(Entity entity, const QString &key);

    QHash<qint64, Values> read(Entity entity, const QList<qint64> &ids) const;
    std::optional<Values> read(Entity entity, qint64 id) const;
    qint64 updatedAt(Entity entity, qint64 id) const;
    QString displayName(Entity entity, qint64 id) const;

    qint64 create(Entity entity, const Values &values, const QString &reason);
    void update(Entity entity, qint64 id, const Values &changes, const QString &reason);
    void remove(Entity entity, qint64 id);

    // Leads whose normalised e-mail is this one.
    QList<qint64> leadsWithEmail(const QString &email) const;
    std::optional<qint64> leadOfDeal(qint64 dealId) const;
    void setLeadOfDeal(qint64 dealId, std::optional<qint64> leadId);

private:
    qint64 createLead(const Values &values, const QString &reason);
    void updateLead(qint64 id, const Values &changes, const QString &reason);
    qint64 createDeal(const Values &values);
    void updateDeal(qint64 id, const Values &changes);
    qint64 defaultPipeline();

    Database &m_db;
    QString m_actor;
};

} // namespace Sync
