#pragma once

#include "Lead.h"

#include <QMap>
#include <QVariant>

// How two duplicates become one: the lead that stays, the one that goes, and the value the survivor
// ends with for each field. Activities, stage history and everything else that belongs to the other
// lead move to the survivor.
struct MergePlan
{
    qint64 survivorId = 0;
    qint64 otherId = 0;
    QMap<LeadField, QVariant> values; // fields to set on the survivor

    // The default choice: the older lead survives; each field keeps the survivor's value when it has
    // one, else takes the other's; notes are combined; the later lifecycle stage and the higher score win.
    static MergePlan propose(const Lead &a, const Lead &b);
    // Fields a person chooses between in the merge dialog (both leads have a value and they differ).
    static QList<LeadField> conflicts(const Lead &a, const Lead &b);
    // Fields a merge chooses a value for (not the timestamps, and not the score, which is recomputed).
    static bool isMergeable(LeadField field);
};
