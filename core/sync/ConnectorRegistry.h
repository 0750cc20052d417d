#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QPluginLoader;

namespace Sync {

class Connector;

// Finds the connector plug-ins in the application's own plug-in folders, and only there (never
// QT_PLUGIN_PATH or the working folder). A plug-in's metadata is read before it is loaded: one built
// for another version of the interface (IID) or without an id is refused, never instantiated.
class ConnectorRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorRegistry)
public:
    struct PluginInfo
    {
        QString file;
        QString id;
        QString name;
        QString version;
        bool loaded = false;
        QString error; // why it was refused
    };

    explicit ConnectorRegistry(const QStringList &folders = defaultFolders());
    ~ConnectorRegistry();
    ConnectorRegistry(const ConnectorRegistry &) = delete;
    ConnectorRegistry &operator=(const ConnectorRegistry &) = delete;

    // The build's folder next to bin/ (build/plugins/connectors) and the installed one
    // (<prefix>/lib/leadbench/plugins/connectors), both relative to the executable.
    static QStringList defaultFolders();
    // The process's registry over the default folders, loaded on first use.
    static ConnectorRegistry &global();

    QStringList folders() const { return m_folders; }
    QList<Connector *> connectors() const;
    Connector *connector(const QString &id) const;
    // Throws Sync::Error(Config) naming the plug-ins found when there is no such connector.
    Connector &require(const QString &id) const;
    QList<PluginInfo> plugins() const { return m_plugins; }

private:
    void scan();

    QStringList m_folders;
    QList<PluginInfo> m_plugins;
    QList<QPluginLoader *> m_loaders;
    QList<Connector *> m_connectors;
};

} // namespace Sync
