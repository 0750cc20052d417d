#pragma once

#include "LeadFilter.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Workspace;

struct Segment
{
    qint64 id = 0;
    QString name;
    LeadFilter filter;
};

// Named, saved lead filters ("segments"): what a person can pick again, and what campaigns enrol.
class SegmentRepository : public QObject
{
    Q_OBJECT
public:
    explicit SegmentRepository(Workspace &workspace);

    QList<Segment> all() const;
    std::optional<Segment> find(qint64 id) const;
    std::optional<Segment> findByName(const QString &name) const;
    // Creates, or replaces the filter of the segment with that name. Returns its id.
    qint64 save(const QString &name, const LeadFilter &filter);
    void remove(qint64 id);

signals:
    void changed();

private:
    Workspace &m_workspace;
};
