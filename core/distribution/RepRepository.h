#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class Workspace;

struct Rep
{
    qint64 id = 0;
    QString name;
    QString email;
    QString team;
    bool active = true;

    QString initials() const;
};

// The sales reps who own leads. Routing and capacity come with the distribution feature.
class RepRepository : public QObject
{
    Q_OBJECT
public:
    explicit RepRepository(Workspace &workspace);

    QList<Rep> all() const; // by name
    std::optional<Rep> find(qint64 id) const;
    std::optional<Rep> findByName(const QString &name) const;
    qint64 add(const Rep &rep);

signals:
    void changed();

private:
    Workspace &m_workspace;
};
