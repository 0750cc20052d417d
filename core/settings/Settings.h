#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

// Typed application settings: one table of keys and defaults (Settings.cpp), read and written by key,
// with changed(key) for whoever shows them. Per-workspace data (thresholds, rules) lives in the
// workspace, not here.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        UserName,              // who is recorded as making changes
        OpenAtStart,           // "last" or "default"
        RecentWorkspaces,      // most recent first
        BackupEnabled,
        BackupIntervalHours,
        BackupKeep,
        ConfirmDeleteMany,     // ask before deleting more than one lead
        Language,              // "" = system
        MainWindowGeometry,
        MainWindowState,
        LeadsSplitterState,
        LeadsHeaderState,
        LastPage,
    };
    Q_ENUM(Key)

    // A settings file at path (tests, portable use) or, with an empty path, the platform's place.
    explicit Settings(const QString &path = QString(), QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    QString fileName() const;

    QString userName() const;
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);

    static constexpr int MaxRecentWorkspaces = 10;

signals:
    void changed(Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};
