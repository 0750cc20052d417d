#include "Deal.h"

#include "leads/TextKey.h"

using namespace Qt::StringLiterals;

namespace DealOutcomes {

QString key(DealOutcome outcome)
{
    switch (outcome) {
    case DealOutcome::Won: return u"won"_s;
    case DealOutcome::Lost: return u"lost"_s;
    case DealOutcome::Open: break;
    }
    return u"open"_s;
}

std::optional<DealOutcome> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"open"_s || k == u"0"_s)
        return DealOutcome::Open;
    if (k == u"won"_s || k == u"1"_s)
        return DealOutcome::Won;
    if (k == u"lost"_s || k == u"2"_s)
        return DealOutcome::Lost;
    return std::nullopt;
}

QString displayName(DealOutcome outcome)
{
    switch (outcome) {
    case DealOutcome::Won: return QCoreApplication::translate("DealOutcome", "Won");
    case DealOutcome::Lost: return QCoreApplication::translate("DealOutcome", "Lost");
    case DealOutcome::Open: break;
    }
    return QCoreApplication::translate("DealOutcome", "Open");
}

} // namespace DealOutcomes

const PipelineStage *Pipeline::stage(qint64 stageId) const
{
    for (const PipelineStage &s : stages) {
        if (s.id == stageId)
            return &s;
    }
    return nullptr;
}

const PipelineStage *Pipeline::stageWithOutcome(DealOutcome outcome) const
{
    for (const PipelineStage &s : stages) {
        if (s.outcome == outcome)
            return &s;
    }
    return nullptr;
}

const PipelineStage *Pipeline::stageNamed(const QString &name) const
{
    for (const PipelineStage &s : stages) {
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QStringList DealFilter::searchWords() const
{
    return TextKey::fold(search).split(u' ', Qt::SkipEmptyParts);
}

QByteArray DealFilter::whereClause(QVariantList &params) const
{
    QByteArrayList parts;
    if (!owners.isEmpty()) {
        QByteArray in;
        for (qsizetype i = 0; i < owners.size(); ++i) {
            in += i ? ",?" : "?";
            params << owners.at(i);
        }
        parts << "ifnull(deals.owner_id, 0) IN (" + in + ")";
    }
    for (QString word : searchWords()) {
        word.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        parts << "deals.search_key LIKE ? ESCAPE '\\'";
        params << QString(u'%' + word + u'%');
    }
    if (closeFrom || closeTo) {
        // The actual close date of a closed deal, the expected one of an open deal (local dates).
        const QByteArray closeDate = "(CASE WHEN deals.closed_at IS NOT NULL THEN date(deals.closed_at / 1000, "
                                     "'unixepoch', 'localtime') ELSE deals.expected_close END)";
        if (closeFrom) {
            parts << closeDate + " >= ?";
            params << closeFrom->toString(Qt::ISODate);
        }
        if (closeTo) {
            parts << closeDate + " <= ?";
            params << closeTo->toString(Qt::ISODate);
        }
    }
    return parts.isEmpty() ? QByteArray("1") : parts.join(" AND ");
}
