#include "SyncCommands.h"

#include "settings/Settings.h"
#include "storage/StorageError.h"
#include "sync/Connector.h"
#include "sync/ConnectorRegistry.h"
#include "sync/CredentialStore.h"
#include "sync/LocalRecords.h"
#include "sync/SyncService.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Sync;

namespace {

bool parse(QCommandLineParser &parser, const QStringList &args, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"leadbench-cli"_s} + args)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

QString json(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return QCoreApplication::translate("SyncCommands", "never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// Reads a line from the terminal without echoing it.
QString askHidden(const QString &prompt)
{
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    return QString::fromLocal8Bit(line.c_str()).trimmed();
}

QJsonObject reportJson(const SyncReport &r)
{
    QJsonArray changes;
    for (const PlannedChange &c : r.changes) {
        changes.append(QJsonObject{{u"side"_s, c.side == PlannedChange::Side::Local ? u"leadbench"_s : u"crm"_s},
                                   {u"entity"_s, entityKey(c.entity)},
                                   {u"action"_s, c.action},
                                   {u"localId"_s, double(c.localId)},
                                   {u"remoteId"_s, c.remoteId},
                                   {u"name"_s, c.name},
                                   {u"field"_s, c.field},
                                   {u"from"_s, c.from},
                                   {u"to"_s, c.to}});
    }
    return QJsonObject{{u"status"_s, r.status},   {u"message"_s, r.message},         {u"pulled"_s, double(r.pulled)},
                       {u"pushed"_s, double(r.pushed)}, {u"failed"_s, double(r.failed)}, {u"conflicts"_s, double(r.conflicts)},
                       {u"requests"_s, double(r.requests)}, {u"rateLimited"_s, double(r.rateLimited)},
                       {u"elapsedMs"_s, double(r.elapsedMs)}, {u"changes"_s, changes},
                       {u"moreChanges"_s, double(r.moreChanges)}};
}

} // namespace

SyncCommands::SyncCommands(QTextStream &out, QTextStream &err, const QString &dbPath)
    : m_out(out)
    , m_err(err)
    , m_dbPath(dbPath)
{
}

SyncCommands::~SyncCommands() = default;

bool SyncCommands::handles(const QString &command)
{
    return command == u"sync"_s || command == u"connections"_s || command == u"connectors"_s || command == u"conflicts"_s;
}

QString SyncCommands::usage()
{
    return tr("  connectors [--json]\n"
              "        The CRM connector plug-ins found, and those refused with the reason.\n"
              "  connections list [--json]\n"
              "  connections add NAME --connector ID [--set KEY=VALUE]... [--conflicts ask|local|remote|newest]\n"
              "                  [--secret-stdin] [--no-test]\n"
              "        Adds a CRM connection and tests it. Secrets (tokens, client secrets, refresh tokens) are\n"
              "        never options: they are asked for on the terminal, or read from standard input with\n"
              "        --secret-stdin (KEY=VALUE lines, or just the value when the connector has one secret),\n"
              "        and kept in the system keychain only. Settings: see \"connectors\".\n"
              "  connections edit NAME [--name NEW] [--set KEY=VALUE]... [--conflicts RULE] [--secret-stdin]\n"
              "  connections remove NAME\n"
              "  connections test NAME\n"
              "  connections mapping NAME [--json]\n"
              "  connections map NAME lead|deal LOCAL_FIELD CRM_FIELD [--direction both|push|pull] [--clear-allowed]\n"
              "        push: Leadbench is the source of truth for the field; pull: the CRM is. --clear-allowed\n"
              "        lets an empty value replace a filled one.\n"
              "  connections unmap NAME lead|deal LOCAL_FIELD\n"
              "  connections reset-mapping NAME\n"
              "  connections log NAME [--runs N]\n"
              "  sync CONNECTION [--full] [--dry-run] [--json]\n"
              "        Pulls the CRM's changes, then pushes Leadbench's. --full compares every record;\n"
              "        --dry-run shows what would change, field by field, and writes nothing anywhere.\n"
              "        Exit code 1 when the sync failed or the CRM refused some records (listed).\n"
              "  conflicts list [CONNECTION] [--json]\n"
              "  conflicts resolve ID local|remote\n"
              "  conflicts resolve-all CONNECTION local|remote\n"
              "        Fields changed on both sides since the last sync wait for a choice (with the rule \"ask\").\n");
}

int SyncCommands::usageError(const QString &message)
{
    m_err << tr("leadbench-cli: %1").arg(message) << '\n' << tr("Run \"leadbench-cli --help\" for the commands.") << '\n';
    return 2;
}

int SyncCommands::failure(const QString &message)
{
    m_err << tr("leadbench-cli: %1").arg(message) << '\n';
    return 1;
}

SyncService &SyncCommands::service()
{
    if (!m_service) {
        Workspace::OpenOptions options;
        options.verify = Workspace::OpenOptions::Verify::Quick;
        m_workspace = Workspace::open(m_dbPath, options);
        Settings settings;
        m_workspace->setActor(settings.userName());
        m_credentials = std::make_unique<CredentialStore>();
        m_service = std::make_unique<SyncService>(*m_workspace, ConnectorRegistry::global(), *m_credentials);
    }
    return *m_service;
}

int SyncCommands::run(const QString &command, const QStringList &args)
{
    try {
        if (command == u"connectors"_s)
            return connectors(args);
        if (command == u"connections"_s)
            return connections(args);
        if (command == u"sync"_s)
            return sync(args);
        if (command == u"conflicts"_s)
            return conflicts(args);
    } catch (const Error &e) {
        return failure(e.message());
    }
    return usageError(tr("unknown command \"%1\"").arg(command));
}

int SyncCommands::connectors(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    const ConnectorRegistry &registry = ConnectorRegistry::global();
    QJsonArray list;
    for (const ConnectorRegistry::PluginInfo &info : registry.plugins()) {
        QJsonObject o{{u"id"_s, info.id}, {u"name"_s, info.name}, {u"file"_s, info.file}, {u"loaded"_s, info.loaded}};
        if (!info.error.isEmpty())
            o.insert(u"error"_s, info.error);
        if (Connector *c = info.loaded ? registry.connector(info.id) : nullptr) {
            QJsonArray settings;
            for (const SettingSpec &s : c->settings())
                settings.append(QJsonObject{{u"key"_s, s.key}, {u"label"_s, s.label}, {u"secret"_s, s.secret},
                                            {u"required"_s, s.required}, {u"default"_s, s.defaultValue}});
            o.insert(u"settings"_s, settings);
        }
        list.append(o);
    }
    if (p.isSet(u"json"_s)) {
        m_out << json(list);
        return 0;
    }
    if (list.isEmpty())
        m_out << tr("No connector plug-ins in %1.").arg(registry.folders().join(u", "_s)) << '\n';
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"loaded"_s).toBool()) {
            m_out << tr("%1: refused (%2)").arg(QDir::toNativeSeparators(o.value(u"file"_s).toString()), o.value(u"error"_s).toString()) << '\n';
            continue;
        }
        m_out << o.value(u"id"_s).toString() << '\t' << o.value(u"name"_s).toString() << '\n';
        for (const QJsonValue &s : o.value(u"settings"_s).toArray()) {
            const QJsonObject so = s.toObject();
            m_out << "    " << so.value(u"key"_s).toString() << '\t' << so.value(u"label"_s).toString();
            if (so.value(u"secret"_s).toBool())
                m_out << '\t' << tr("(secret: standard input or prompt)");
            else if (!so.value(u"default"_s).toString().isEmpty())
                m_out << '\t' << tr("(default %1)").arg(so.value(u"default"_s).toString());
            m_out << '\n';
        }
    }
    return 0;
}

int SyncCommands::connections(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("connections needs list, add, edit, remove, test, mapping, map, unmap, reset-mapping or log"));
    const QString verb = args.first();
    const QStringList rest = args.mid(1);
    if (verb == u"list"_s)
        return list(rest);
    if (verb == u"add"_s)
        return add(rest);
    if (verb == u"edit"_s)
        return edit(rest);
    if (verb == u"remove"_s)
        return remove(rest);
    if (verb == u"test"_s)
        return test(rest);
    if (verb == u"mapping"_s)
        return mapping(rest);
    if (verb == u"map"_s)
        return map(rest);
    if (verb == u"unmap"_s)
        return unmap(rest);
    if (verb == u"reset-mapping"_s)
        return resetMapping(rest);
    if (verb == u"log"_s)
        return log(rest);
    return usageError(tr("unknown connections command \"%1\"").arg(verb));
}

int SyncCommands::list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    SyncService &s = service();
    QJsonArray array;
    for (const Connection &c : s.connections()) {
        array.append(QJsonObject{{u"name"_s, c.name},
                                 {u"connector"_s, c.connector},
                                 {u"settings"_s, QJsonObject::fromVariantMap(c.settings)},
                                 {u"conflictRule"_s, conflictRuleKey(c.conflictRule)},
                                 {u"lastRun"_s, double(c.lastRunAt)},
                                 {u"lastStatus"_s, c.lastStatus},
                                 {u"lastMessage"_s, c.lastMessage},
                                 {u"pending"_s, double(s.store().outboxCount(c.id))},
                                 {u"conflicts"_s, double(s.store().conflictCount(c.id))}});
    }
    if (p.isSet(u"json"_s)) {
        m_out << json(array);
        return 0;
    }
    if (array.isEmpty())
        m_out << tr("No connections. Add one with \"leadbench-cli connections add\".") << '\n';
    for (const QJsonValue &v : std::as_const(array)) {
        const QJsonObject o = v.toObject();
        m_out << o.value(u"name"_s).toString() << '\t' << o.value(u"connector"_s).toString() << '\t'
              << tr("last sync: %1 %2").arg(when(qint64(o.value(u"lastRun"_s).toDouble())), o.value(u"lastStatus"_s).toString()) << '\t'
              << tr("%n change(s) to send", nullptr, o.value(u"pending"_s).toInt()) << '\t'
              << tr("%n conflict(s)", nullptr, o.value(u"conflicts"_s).toInt()) << '\n';
    }
    return 0;
}

bool SyncCommands::readSecrets(const QString &connectorId, bool fromStdin, bool required, QVariantMap *secrets)
{
    const Connector &connector = ConnectorRegistry::global().require(connectorId);
    QList<SettingSpec> specs;
    for (const SettingSpec &s : connector.settings()) {
        if (s.secret)
            specs << s;
    }
    if (specs.isEmpty())
        return true;
    if (fromStdin) {
        const QString input = QString::fromLocal8Bit(QByteArray::fromStdString(
                                                          std::string(std::istreambuf_iterator<char>(std::cin), {})))
                                  .trimmed();
        const QStringList lines = input.split(u'\n', Qt::SkipEmptyParts);
        if (specs.size() == 1 && lines.size() == 1 && !lines.first().startsWith(specs.first().key + u'=')) {
            secrets->insert(specs.first().key, lines.first().trimmed());
        } else {
            for (const QString &line : lines) {
                const qsizetype eq = line.indexOf(u'=');
                const QString key = line.left(eq).trimmed();
                bool known = false;
                for (const SettingSpec &s : specs)
                    known = known || s.key == key;
                if (eq <= 0 || !known) {
                    m_err << tr("leadbench-cli: standard input: \"%1\" is not one of %2 (KEY=VALUE lines)")
                                 .arg(eq <= 0 ? tr("a line without =") : key, [&] {
                                     QStringList keys;
                                     for (const SettingSpec &s : specs)
                                         keys << s.key;
                                     return keys.join(u", "_s);
                                 }())
                          << '\n';
                    return false;
                }
                secrets->insert(key, line.mid(eq + 1).trimmed());
            }
        }
        return true;
    }
    if (!required)
        return true;
    if (!isatty(STDIN_FILENO)) {
        m_err << tr("leadbench-cli: %1 needs its secrets (%2): give them on standard input with --secret-stdin.")
                     .arg(connector.name(), [&] {
                         QStringList keys;
                         for (const SettingSpec &s : specs)
                             keys << s.key;
                         return keys.join(u", "_s);
                     }())
              << '\n';
        return false;
    }
    for (const SettingSpec &s : specs)
        secrets->insert(s.key, askHidden(tr("%1 (not shown): ").arg(s.label)));
    return true;
}

int SyncCommands::add(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"connector"_s, tr("Connector id."), u"ID"_s});
    p.addOption({u"set"_s, tr("A setting."), u"KEY=VALUE"_s});
    p.addOption({u"conflicts"_s, tr("Conflict rule."), u"RULE"_s, u"ask"_s});
    p.addOption({u"secret-stdin"_s, tr("Read secrets from standard input.")});
    p.addOption({u"no-test"_s, tr("Do not test the connection.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("connections add takes one NAME"));
    if (!p.isSet(u"connector"_s))
        return usageError(tr("connections add needs --connector (see \"leadbench-cli connectors\")"));
    const auto rule = conflictRuleFromKey(p.value(u"conflicts"_s));
    if (!rule)
        return usageError(tr("--conflicts: \"%1\" is not ask, local, remote or newest").arg(p.value(u"conflicts"_s)));
    const Connector &connector = ConnectorRegistry::global().require(p.value(u"connector"_s));
    Connection c;
    c.name = p.positionalArguments().first();
    c.connector = connector.id();
    c.conflictRule = *rule;
    for (const QString &kv : p.values(u"set"_s)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return usageError(tr("--set: \"%1\" is not KEY=VALUE").arg(kv));
        const QString key = kv.left(eq);
        for (const SettingSpec &s : connector.settings()) {
            if (s.key == key && s.secret)
                return usageError(tr("--set: %1 is a secret: it is never given on the command line (it would stay in "
                                     "the shell's history); give it on standard input with --secret-stdin or when asked")
                                      .arg(key));
        }
        c.settings.insert(key, kv.mid(eq + 1));
    }
    QVariantMap secrets;
    if (!readSecrets(c.connector, p.isSet(u"secret-stdin"_s), true, &secrets))
        return 1;
    SyncService &s = service();
    const qint64 id = s.addConnection(c, secrets);
    m_out << tr("Added the connection \"%1\" (%2).").arg(c.name, connector.name()) << '\n';
    if (!p.isSet(u"no-test"_s)) {
        try {
            s.test(id);
            m_out << tr("Connection test: ok.") << '\n';
        } catch (const Error &e) {
            return failure(tr("the connection was added, but its test failed: %1").arg(e.message()));
        }
    }
    return 0;
}

int SyncCommands::edit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"name"_s, tr("New name."), u"NEW"_s});
    p.addOption({u"set"_s, tr("A setting."), u"KEY=VALUE"_s});
    p.addOption({u"conflicts"_s, tr("Conflict rule."), u"RULE"_s});
    p.addOption({u"secret-stdin"_s, tr("Read secrets from standard input.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("connections edit takes one NAME"));
    SyncService &s = service();
    Connection c = s.store().connectionNamed(p.positionalArguments().first());
    const Connector &connector = s.connectorOf(c);
    if (p.isSet(u"name"_s))
        c.name = p.value(u"name"_s);
    if (p.isSet(u"conflicts"_s)) {
        const auto rule = conflictRuleFromKey(p.value(u"conflicts"_s));
        if (!rule)
            return usageError(tr("--conflicts: \"%1\" is not ask, local, remote or newest").arg(p.value(u"conflicts"_s)));
        c.conflictRule = *rule;
    }
    for (const QString &kv : p.values(u"set"_s)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return usageError(tr("--set: \"%1\" is not KEY=VALUE").arg(kv));
        for (const SettingSpec &spec : connector.settings()) {
            if (spec.key == kv.left(eq) && spec.secret)
                return usageError(tr("--set: %1 is a secret: give it on standard input with --secret-stdin").arg(spec.key));
        }
        c.settings.insert(kv.left(eq), kv.mid(eq + 1));
    }
    QVariantMap secrets;
    if (!readSecrets(c.connector, p.isSet(u"secret-stdin"_s), false, &secrets))
        return 1;
    s.updateConnection(c, secrets);
    m_out << tr("Changed the connection \"%1\".").arg(c.name) << '\n';
    return 0;
}

int SyncCommands::remove(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("connections remove takes one NAME"));
    SyncService &s = service();
    const Connection c = s.store().connectionNamed(args.first());
    s.removeConnection(c.id);
    m_out << tr("Removed the connection \"%1\" and its secrets; the leads stay.").arg(c.name) << '\n';
    return 0;
}

int SyncCommands::test(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("connections test takes one NAME"));
    SyncService &s = service();
    const Connection c = s.store().connectionNamed(args.first());
    s.test(c.id);
    m_out << tr("%1: the connection works.").arg(c.name) << '\n';
    return 0;
}

int SyncCommands::mapping(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("connections mapping takes one NAME"));
    SyncService &s = service();
    const Connection c = s.store().connectionNamed(p.positionalArguments().first());
    QJsonObject all;
    for (const EntitySpec &spec : s.connectorOf(c).entities()) {
        QJsonArray rows;
        for (const FieldMapping &m : s.store().mapping(c.id, spec.entity)) {
            QJsonArray values;
            for (const auto &[l, r] : m.valueMap)
                values.append(QJsonArray{l, r});
            rows.append(QJsonObject{{u"local"_s, m.localField}, {u"remote"_s, m.remoteField},
                                    {u"direction"_s, directionKey(m.direction)}, {u"clearAllowed"_s, m.clearAllowed},
                                    {u"values"_s, values}});
        }
        all.insert(entityKey(spec.entity), rows);
        if (!p.isSet(u"json"_s)) {
            m_out << tr("%1 <-> %2:").arg(entityLabel(spec.entity), spec.remoteLabel) << '\n';
            for (const QJsonValue &v : std::as_const(rows)) {
                const QJsonObject o = v.toObject();
                m_out << "    " << o.value(u"local"_s).toString() << '\t' << o.value(u"remote"_s).toString() << '\t'
                      << o.value(u"direction"_s).toString() << (o.value(u"clearAllowed"_s).toBool() ? u"\tclear-allowed"_s : QString())
                      << '\n';
            }
        }
    }
    if (p.isSet(u"json"_s))
        m_out << json(all);
    return 0;
}

int SyncCommands::map(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"direction"_s, tr("both, push or pull."), u"D"_s, u"both"_s});
    p.addOption({u"clear-allowed"_s, tr("An empty value may replace a filled one.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 4)
        return usageError(tr("connections map takes NAME lead|deal LOCAL_FIELD CRM_FIELD"));
    const auto entity = entityFromKey(pos.at(1));
    if (!entity)
        return usageError(tr("\"%1\" is not lead or deal").arg(pos.at(1)));
    const auto direction = directionFromKey(p.value(u"direction"_s));
    if (!direction)
        return usageError(tr("--direction: \"%1\" is not both, push or pull").arg(p.value(u"direction"_s)));
    SyncService &s = service();
    const Connection c = s.store().connectionNamed(pos.at(0));
    if (!LocalRecords::field(*entity, pos.at(2)))
        return failure(tr("%1 has no field \"%2\"").arg(entityLabel(*entity), pos.at(2)));
    const Connector &connector = s.connectorOf(c);
    bool known = false;
    for (const EntitySpec &spec : connector.entities()) {
        for (const RemoteField &f : spec.fields)
            known = known || (spec.entity == *entity && f.name == pos.at(3));
    }
    if (!known)
        m_err << tr("leadbench-cli: note: %1 is not one of %2's standard fields; it must exist in the CRM.").arg(pos.at(3), connector.name())
              << '\n';
    QList<FieldMapping> mapping = s.store().mapping(c.id, *entity);
    FieldMapping m = mapField(pos.at(2), pos.at(3), {}, *direction);
    m.clearAllowed = p.isSet(u"clear-allowed"_s);
    bool replaced = false;
    for (FieldMapping &existing : mapping) {
        if (existing.localField == m.localField) {
            if (existing.remoteField == m.remoteField)
                m.valueMap = existing.valueMap;
            existing = m;
            replaced = true;
        }
    }
    if (!replaced)
        mapping.append(m);
    s.store().setMapping(c.id, *entity, mapping);
    m_out << tr("%1: %2 <-> %3 (%4).").arg(c.name, m.localField, m.remoteField, directionKey(m.direction)) << '\n';
    return 0;
}

int SyncCommands::unmap(const QStringList &args)
{
    if (args.size() != 3)
        return usageError(tr("connections unmap takes NAME lead|deal LOCAL_FIELD"));
    const auto entity = entityFromKey(args.at(1));
    if (!entity)
        return usageError(tr("\"%1\" is not lead or deal").arg(args.at(1)));
    SyncService &s = service();
    const Connection c = s.store().connectionNamed(args.at(0));
    QList<FieldMapping> mapping = s.store().mapping(c.id, *entity);
    const qsizetype before = mapping.size();
    mapping.removeIf([&](const FieldMapping &m) { return m.localField == args.at(2); });
    if (mapping.size() == before)
        return failure(tr("%1 does not map \"%2\"").arg(c.name, args.at(2)));
    s.store().setMapping(c.id, *entity, mapping);
    m_out << tr("%1: %2 is no longer synced.").arg(c.name, args.at(2)) << '\n';
    return 0;
}

int SyncCommands::resetMapping(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("connections reset-mapping takes one NAME"));
    SyncService &s = service();
    const Connection c = s.store().connectionNamed(args.first());
    for (const EntitySpec &spec : s.connectorOf(c).entities())
        s.store().setMapping(c.id, spec.entity, spec.defaultMapping);
    m_out << tr("%1: the connector's default field mapping is back.").arg(c.name) << '\n';
    return 0;
}

int SyncCommands::log(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"runs"_s, tr("How many runs."), u"N"_s, u"1"_s});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("connections log takes one NAME"));
    SyncService &s = service();
    const Connection c = s.store().connectionNamed(p.positionalArguments().first());
    for (const RunInfo &run : s.store().runs(c.id, std::max(1, p.value(u"runs"_s).toInt()))) {
        m_out << tr("Run of %1: %2 — %3").arg(when(run.startedAt), run.status, run.message) << '\n';
        for (const LogLine &line : s.store().runLog(run.id))
            m_out << "    " << line.level << '\t' << line.message << '\n';
    }
    return 0;
}

int SyncCommands::sync(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"full"_s, tr("Compare every record.")});
    p.addOption({u"dry-run"_s, tr("Write nothing; show what would change.")});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("sync takes one CONNECTION (see \"leadbench-cli connections list\")"));
    SyncService &s = service();
    const Connection c = s.store().connectionNamed(p.positionalArguments().first());
    SyncOptions options;
    options.full = p.isSet(u"full"_s);
    options.dryRun = p.isSet(u"dry-run"_s);
    const bool asJson = p.isSet(u"json"_s);
    qint64 lastShown = 0;
    const SyncReport report = s.sync(c.id, options, HttpClient::Options(), [&](const QString &phase, qint64, qint64) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!asJson && now - lastShown > 1000) {
            m_err << phase << '\n';
            m_err.flush();
            lastShown = now;
        }
    });
    if (asJson) {
        m_out << json(reportJson(report));
    } else {
        if (options.dryRun) {
            m_out << tr("Dry run: nothing was written. What a sync would do:") << '\n';
            for (const PlannedChange &ch : report.changes) {
                const QString where = ch.side == PlannedChange::Side::Local ? tr("here") : c.name;
                const QString what = ch.field.isEmpty() ? ch.action : tr("%1 %2: \"%3\" -> \"%4\"").arg(ch.action, ch.field, ch.from, ch.to);
                m_out << where << '\t' << entityKey(ch.entity) << " #" << ch.localId << '\t' << ch.name << '\t' << what << '\n';
            }
            if (report.moreChanges > 0)
                m_out << tr("... and %n more change(s).", nullptr, int(report.moreChanges)) << '\n';
        }
        m_out << tr("%1: %2").arg(c.name, report.message) << '\n';
        if (report.failed > 0) {
            m_out << tr("Refused by %1 (they stay queued; fix them and sync again):").arg(c.name) << '\n';
            for (const RunInfo &run : s.store().runs(c.id, 1)) {
                for (const LogLine &line : s.store().runLog(run.id)) {
                    if (line.level == u"warning"_s)
                        m_out << "    " << line.message << '\n';
                }
            }
        }
        const qint64 waiting = s.store().conflictCount(c.id);
        if (waiting > 0)
            m_out << tr("%n conflict(s) wait for your choice: \"leadbench-cli conflicts list\".", nullptr, int(waiting)) << '\n';
    }
    return report.status == u"ok"_s ? 0 : 1;
}

int SyncCommands::conflicts(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("conflicts needs list, resolve or resolve-all"));
    SyncService &s = service();
    const QString verb = args.first();
    if (verb == u"list"_s) {
        QCommandLineParser p;
        p.addOption({u"json"_s, tr("JSON output.")});
        QString error;
        if (!parse(p, args.mid(1), &error))
            return usageError(error);
        qint64 connectionId = 0;
        if (!p.positionalArguments().isEmpty())
            connectionId = s.store().connectionNamed(p.positionalArguments().first()).id;
        LocalRecords records(s.workspace().db(), s.workspace().actor());
        QJsonArray array;
        for (const Conflict &c : s.store().conflicts(connectionId)) {
            const auto connection = s.store().connection(c.connectionId);
            array.append(QJsonObject{{u"id"_s, double(c.id)},
                                     {u"connection"_s, connection ? connection->name : QString()},
                                     {u"entity"_s, entityKey(c.entity)},
                                     {u"localId"_s, double(c.localId)},
                                     {u"name"_s, records.displayName(c.entity, c.localId)},
                                     {u"field"_s, c.field},
                                     {u"local"_s, c.localValue},
                                     {u"remote"_s, c.remoteValue},
                                     {u"base"_s, c.baseValue}});
        }
        if (p.isSet(u"json"_s)) {
            m_out << json(array);
            return 0;
        }
        if (array.isEmpty())
            m_out << tr("No conflicts.") << '\n';
        for (const QJsonValue &v : std::as_const(array)) {
            const QJsonObject o = v.toObject();
            m_out << o.value(u"id"_s).toInt() << '\t' << o.value(u"connection"_s).toString() << '\t' << o.value(u"name"_s).toString() << '\t';
            if (o.value(u"field"_s).toString().isEmpty())
                m_out << tr("deleted in the CRM, changed here");
            else
                m_out << tr("%1: here \"%2\", in the CRM \"%3\"").arg(o.value(u"field"_s).toString(), o.value(u"local"_s).toString(),
                                                                     o.value(u"remote"_s).toString());
            m_out << '\n';
        }
        return 0;
    }
    auto choiceOf = [](const QString &text) -> std::optional<SyncService::Choice> {
        if (text == u"local"_s)
            return SyncService::Choice::KeepLocal;
        if (text == u"remote"_s)
            return SyncService::Choice::TakeRemote;
        return std::nullopt;
    };
    if (verb == u"resolve"_s) {
        if (args.size() != 3)
            return usageError(tr("conflicts resolve takes ID local|remote"));
        const auto choice = choiceOf(args.at(2));
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!choice || !ok)
            return usageError(tr("conflicts resolve takes ID local|remote"));
        s.resolveConflict(id, *choice);
        m_out << tr("Settled; the next sync sends or keeps it.") << '\n';
        return 0;
    }
    if (verb == u"resolve-all"_s) {
        if (args.size() != 3)
            return usageError(tr("conflicts resolve-all takes CONNECTION local|remote"));
        const auto choice = choiceOf(args.at(2));
        if (!choice)
            return usageError(tr("conflicts resolve-all takes CONNECTION local|remote"));
        const Connection c = s.store().connectionNamed(args.at(1));
        int n = 0;
        for (const Conflict &conflict : s.store().conflicts(c.id)) {
            s.resolveConflict(conflict.id, *choice);
            ++n;
        }
        m_out << tr("%n conflict(s) settled.", nullptr, n) << '\n';
        return 0;
    }
    return usageError(tr("unknown conflicts command \"%1\"").arg(verb));
}
