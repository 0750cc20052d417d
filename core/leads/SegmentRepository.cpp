#include "SegmentRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

Segment readSegment(const Query &q)
{
    Segment s;
    s.id = q.int64(0);
    s.name = q.text(1);
    s.filter = LeadFilter::fromJson(QJsonDocument::fromJson(q.text(2).toUtf8()).object());
    return s;
}

} // namespace

SegmentRepository::SegmentRepository(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<Segment> SegmentRepository::all() const
{
    QList<Segment> list;
    Query q(m_workspace.db(), "SELECT id, name, filter FROM segments ORDER BY name COLLATE NOCASE");
    while (q.next())
        list << readSegment(q);
    return list;
}

std::optional<Segment> SegmentRepository::find(qint64 id) const
{
    Query q(m_workspace.db(), "SELECT id, name, filter FROM segments WHERE id = ?", id);
    if (!q.next())
        return std::nullopt;
    return readSegment(q);
}

std::optional<Segment> SegmentRepository::findByName(const QString &name) const
{
    Query q(m_workspace.db(), "SELECT id, name, filter FROM segments WHERE name = ?", name.trimmed());
    if (!q.next())
        return std::nullopt;
    return readSegment(q);
}

qint64 SegmentRepository::save(const QString &name, const LeadFilter &filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StorageError(StorageError::Kind::Constraint,
                           QCoreApplication::translate("SegmentRepository", "A segment needs a name."));
    const QString json = QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Query q(m_workspace.db(),
            "INSERT INTO segments (name, filter, created_at, updated_at) VALUES (?1, ?2, ?3, ?3) "
            "ON CONFLICT(name) DO UPDATE SET filter = excluded.filter, updated_at = excluded.updated_at",
            trimmed, json, now);
    q.exec();
    const qint64 id = findByName(trimmed)->id;
    emit changed();
    return id;
}

void SegmentRepository::remove(qint64 id)
{
    Query(m_workspace.db(), "DELETE FROM segments WHERE id = ?", id).exec();
    emit changed();
}
