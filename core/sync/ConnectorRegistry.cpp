#include "ConnectorRegistry.h"

#include "Connector.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace Sync {

ConnectorRegistry::ConnectorRegistry(const QStringList &folders)
    : m_folders(folders)
{
    scan();
}

ConnectorRegistry::~ConnectorRegistry()
{
    // Plug-ins stay loaded until the process ends: objects they made may still be referenced.
    qDeleteAll(m_loaders);
}

QStringList ConnectorRegistry::defaultFolders()
{
    const QString bin = QCoreApplication::applicationDirPath();
    QStringList folders;
    folders << QDir::cleanPath(bin + u"/../plugins/connectors"_s);
    folders << QDir::cleanPath(bin + u'/' + QStringLiteral(LEADBENCH_PLUGIN_RELDIR) + u"/connectors"_s);
    folders.removeDuplicates();
    return folders;
}

ConnectorRegistry &ConnectorRegistry::global()
{
    static ConnectorRegistry registry;
    return registry;
}

void ConnectorRegistry::scan()
{
    for (const QString &folder : std::as_const(m_folders)) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            PluginInfo info;
            info.file = file.absoluteFilePath();
            auto *loader = new QPluginLoader(info.file);
            const QJsonObject meta = loader->metaData();
            const QJsonObject data = meta.value(u"MetaData"_s).toObject();
            info.id = data.value(u"id"_s).toString();
            info.name = data.value(u"name"_s).toString();
            info.version = data.value(u"version"_s).toString();
            const QString iid = meta.value(u"IID"_s).toString();
            if (meta.isEmpty()) {
                info.error = tr("not a Qt plug-in: %1").arg(loader->errorString());
            } else if (iid != QLatin1StringView(LeadbenchConnector_iid)) {
                info.error = tr("built for another connector interface (%1; this Leadbench needs %2)")
                                 .arg(iid, QLatin1StringView(LeadbenchConnector_iid));
            } else if (info.id.isEmpty()) {
                info.error = tr("its metadata has no id");
            } else if (connector(info.id)) {
                info.error = tr("another plug-in already provides the connector \"%1\"").arg(info.id);
            } else if (QObject *instance = loader->instance()) {
                if (auto *c = qobject_cast<Connector *>(instance)) {
                    if (c->id() != info.id) {
                        info.error = tr("its metadata says \"%1\" but it says it is \"%2\"").arg(info.id, c->id());
                    } else {
                        info.loaded = true;
                        m_connectors.append(c);
                    }
                } else {
                    info.error = tr("it does not implement the connector interface");
                }
            } else {
                info.error = loader->errorString();
            }
            if (!info.error.isEmpty())
                qWarning("Leadbench: connector plug-in %s refused: %s", qPrintable(info.file), qPrintable(info.error));
            m_plugins.append(info);
            m_loaders.append(loader);
        }
    }
}

QList<Connector *> ConnectorRegistry::connectors() const
{
    return m_connectors;
}

Connector *ConnectorRegistry::connector(const QString &id) const
{
    for (Connector *c : m_connectors) {
        if (c->id() == id)
            return c;
    }
    return nullptr;
}

Connector &ConnectorRegistry::require(const QString &id) const
{
    if (Connector *c = connector(id))
        return *c;
    QStringList ids;
    for (Connector *c : m_connectors)
        ids << c->id();
    throw Error(Error::Kind::Config,
                ids.isEmpty() ? tr("No connector plug-in \"%1\": no plug-ins were found in %2.")
                                    .arg(id, m_folders.join(u", "_s))
                              : tr("No connector plug-in \"%1\" (found: %2).").arg(id, ids.join(u", "_s)));
}

} // namespace Sync
