#include "Settings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry *entry(Settings::Key key)
{
    static const Entry table[] = {
        {Settings::Key::UserName, "General/UserName", QVariant()},
        {Settings::Key::OpenAtStart, "General/OpenAtStart", QVariant(u"last"_s)},
        {Settings::Key::RecentWorkspaces, "General/RecentWorkspaces", QVariant(QStringList())},
        {Settings::Key::BackupEnabled, "Backup/Enabled", QVariant(true)},
        {Settings::Key::BackupIntervalHours, "Backup/IntervalHours", QVariant(24)},
        {Settings::Key::BackupKeep, "Backup/Keep", QVariant(7)},
        {Settings::Key::ConfirmDeleteMany, "Leads/ConfirmDeleteMany", QVariant(true)},
        {Settings::Key::Language, "General/Language", QVariant(QString())},
        {Settings::Key::MainWindowGeometry, "GUI/MainWindowGeometry", QVariant(QByteArray())},
        {Settings::Key::MainWindowState, "GUI/MainWindowState", QVariant(QByteArray())},
        {Settings::Key::LeadsSplitterState, "GUI/LeadsSplitterState", QVariant(QByteArray())},
        {Settings::Key::LeadsHeaderState, "GUI/LeadsHeaderState", QVariant(QByteArray())},
        {Settings::Key::LastPage, "GUI/LastPage", QVariant(u"leads"_s)},
    };
    for (const Entry &e : table) {
        if (e.key == key)
            return &e;
    }
    Q_UNREACHABLE();
    return nullptr;
}

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? u"me"_s : name;
}

} // namespace

Settings::Settings(const QString &path, QObject *parent)
    : QObject(parent)
{
    if (path.isEmpty())
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"Leadbench"_s,
                                                 u"Leadbench"_s);
    else
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QVariant Settings::defaultValue(Key key)
{
    if (key == Key::UserName)
        return systemUserName();
    return entry(key)->defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry *e = entry(key);
    QVariant v = m_settings->value(QLatin1StringView(e->name));
    if (!v.isValid())
        return defaultValue(key);
    const QMetaType type = defaultValue(key).metaType();
    if (type.isValid() && v.metaType() != type && v.canConvert(type))
        v.convert(type);
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    const Entry *e = entry(key);
    if (m_settings->value(QLatin1StringView(e->name)) == value)
        return;
    m_settings->setValue(QLatin1StringView(e->name), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(QLatin1StringView(entry(key)->name));
    emit changed(key);
}

QString Settings::userName() const
{
    const QString name = value(Key::UserName).toString().trimmed();
    return name.isEmpty() ? systemUserName() : name;
}

QStringList Settings::recentWorkspaces() const
{
    return value(Key::RecentWorkspaces).toStringList();
}

void Settings::addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentWorkspaces();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentWorkspaces)
        list.removeLast();
    setValue(Key::RecentWorkspaces, list);
}

void Settings::removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        setValue(Key::RecentWorkspaces, list);
}
