#include "Cli.h"
#include "SyncCommands.h"
#include "NurtureCommands.h"

#include "campaigns/CampaignRepository.h"
#include "demo/DemoGenerator.h"
#include "io/CsvReader.h"
#include "io/ImportHistory.h"
#include "io/Importer.h"
#include "io/LeadExporter.h"
#include "distribution/RepRepository.h"
#include "leads/LeadJson.h"
#include "leads/LeadPager.h"
#include "leads/LeadRepository.h"
#include "leads/SegmentRepository.h"
#include "scoring/ScoringInsights.h"
#include "scoring/ScoringService.h"
#include "settings/AppIdentity.h"
#include "settings/Formats.h"
#include "settings/Language.h"
#include "settings/Settings.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "tradeshow/TradeShow.h"
#include "distribution/Router.h"
#include "tasks/Queue.h"
#include "workspace/Schema.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

LeadJson::Names names(Workspace &ws)
{
    LeadJson::Names n;
    for (const Rep &r : ws.reps().all())
        n.reps.insert(r.id, r.name);
    for (const Campaign &c : ws.campaigns().all())
        n.campaigns.insert(c.id, c.name);
    n.bands = ws.scoreBands();
    return n;
}

bool parse(QCommandLineParser &parser, const QStringList &args, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"leadbench-cli"_s} + args)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString Cli::usage()
{
    return tr("Usage: leadbench-cli [--db PATH] [--lang CODE] COMMAND [OPTIONS]\n"
              "\n"
              "Works on the workspace at PATH (default: %1).\n"
              "\n"
              "Commands:\n"
              "  demo [--leads N] [--activities-per-lead A] [--seed S] [--json]\n"
              "        Adds a realistic demo data set: reps, campaigns, N leads (default 5000) with their\n"
              "        activities, stage history and deals. Creates the workspace if needed.\n"
              "  leads list [--search TEXT] [--stage S[,S...]] [--owner NAME] [--source S] [--country C]\n"
              "             [--temperature hot|warm|cold] [--segment NAME] [--sort COLUMN] [--desc]\n"
              "             [--limit N] [--offset N] [--json]\n"
              "        Lists leads. Stages: subscriber, lead, mql, sql, opportunity, customer, nurturing,\n"
              "        disqualified. Columns: name, email, company, stage, score, owner, source, country,\n"
              "        created, updated. Default: newest first, 50 leads.\n"
              "  leads show ID [--json]\n"
              "        One lead with its activities and stage history.\n"
              "  segments list [--json]\n"
              "        The saved segments (named filters).\n"
              "  backup OUT\n"
              "        Writes a consistent copy of the workspace to OUT, also while it is in use.\n"
              "  restore IN\n"
              "        Replaces the workspace with the backup IN, after checking it; the current workspace\n"
              "        is kept in PATH.backups/ first.\n"
              "  deals list [--pipeline NAME] [--stage NAME] [--owner NAME|none] [--search TEXT]\n"
              "             [--close-from DATE] [--close-to DATE] [--limit N] [--offset N] [--json]\n"
              "        Lists deals in board order. The close date is the actual one of a won or lost deal,\n"
              "        the expected one of an open deal. Dates: YYYY-MM-DD. Default: 50 deals.\n"
              "  deals show ID [--json]\n"
              "        One deal with its stage history.\n"
              "  deals add TITLE [--lead ID] [--company C] [--amount A] [--currency EUR] [--close DATE]\n"
              "            [--owner NAME] [--probability P] [--pipeline NAME] [--stage NAME] [--json]\n"
              "        Adds a deal (first open stage of the first pipeline by default); its lead becomes\n"
              "        an opportunity. P is a percentage, 0 to 100.\n"
              "  deals move ID STAGE [--date DATE] [--reason TEXT] [--margin M] [--json]\n"
              "        Moves a deal to a stage of its pipeline (to the top of that column). Won and Lost\n"
              "        close it: --date defaults to today, --reason is required for Lost. The lead\n"
              "        follows: won makes it a customer, lost sends it to nurturing.\n"
              "  pipelines list [--json]\n"
              "        Pipelines and their stages with deal counts, sums and probability-weighted sums.\n"
              "  check\n"
              "        Runs a full integrity check; exit code 1 when the workspace is damaged.\n"
              "  info [--json]\n"
              "        Workspace path, format version and counts.\n"
              "  upgrade\n"
              "        Upgrades a workspace made by an earlier version to this version's format, keeping\n"
              "        a backup copy of it in PATH.backups/ first. Commands that only read need it done.\n"
              "  import FILE [--kind leads|activities|campaigns|deals] [--on-duplicate skip|fill|overwrite]\n"
              "              [--encoding auto|utf-8|utf-16le|utf-16be|windows-1252|iso-8859-1|windows-1253]\n"
              "              [--delimiter ,|;|tab|C] [--mapping NAME] [--map COLUMN=FIELD]... [--save-mapping NAME]\n"
              "              [--activity-type TYPE] [--rejects FILE] [--batch N] [--no-resume] [--report R.json] [--json]\n"
              "        Imports a CSV file (or a .vcf vCard file) into the workspace, creating it if needed. Columns\n"
              "        are matched from their names (HubSpot, Salesforce, Pipedrive; en, fr, pt, it, el); --map\n"
              "        and saved mappings change that. Duplicates (same e-mail, else phone, else name and company,\n"
              "        in the file or the workspace) are skipped (default), fill the lead's empty fields, or\n"
              "        overwrite them. Rows that cannot be imported go to a rejects CSV with their line and the\n"
              "        reason; read = created + merged + rejected. An interrupted import of the same file\n"
              "        resumes where it stopped (--no-resume starts over). --kind activities matches rows to\n"
              "        leads by e-mail (opens, clicks, visits, attendance); campaigns takes daily cost and\n"
              "        visitors; deals takes title, contact e-mail, amount, stage, won/lost, dates, margin.\n"
              "        The report (--report) holds read, created, merged, rejected, rejects_file, duration.\n"
              "  imports list [--json] | imports undo ID | imports mappings [--kind KIND]\n"
              "        The import history; undo removes the rows an import created and gives the fields it\n"
              "        changed their previous values; the saved column mappings.\n"
              "  export FILE [--format csv|vcard] [--segment NAME] [--search TEXT] [--ids 1,2,3] [--bom]\n"
              "              [--delimiter comma|semicolon|tab] [--no-neutralize]\n"
              "        Writes all leads, a segment, a search or some leads to CSV (UTF-8; cells starting with\n"
              "        = + - @ get an apostrophe so spreadsheets never run them) or vCard 4.0 (.vcf).\n"
              "  queue --rep NAME [--limit N] [--json]\n"
              "        The rep's leads in the order to work them: overdue follow-ups, hot leads, new ones.\n"
              "  route --lead ID [--json]\n"
              "  route --unassigned-mqls [--json]\n"
              "        Assigns leads to reps by the routing rules (round-robin as the fallback).\n"
              "  events list [--json]\n"
              "  events summary NAME [--json]\n"
              "        Trade shows and events: leads captured, how many hot, cost per lead.\n"
              "  score --explain ID [--json] [--now TIME]\n"
              "        Why lead ID has its score: each rule that counts, how often, its points after decay;\n"
              "        they add up to the score. With the lead's score history.\n"
              "  score --all [--json] [--now TIME]\n"
              "        Re-scores every lead with the workspace's rules (only changed scores are written,\n"
              "        each with a score-history entry; leads crossing the MQL threshold become MQL).\n"
              "  score --advise [--json]\n"
              "        Threshold advisor: for each candidate threshold, the share of eventual customers\n"
              "        above it, the share of leads that would go to sales and the precision, with a\n"
              "        suggested threshold; and conversion lift by industry, job title, company size,\n"
              "        source, lead magnet and country.\n"
              "  score --rules [--json]\n"
              "        The scoring rules, the MQL threshold and the temperature bands (--json: the rule\n"
              "        set as a file --set-rules reads).\n"
              "  score --set-rules FILE\n"
              "        Replaces the rule set with the JSON file FILE (checked first: a problem is reported\n"
              "        with the rule and field, and nothing changes), then re-scores every lead.\n"
              "        TIME is an ISO date and time (UTC unless it says otherwise); default: now.\n"
              "  kpi [--from D] [--to D] [--by campaign|source|rep|month] [--format json|csv]\n"
              "      [--table groups|months|funnel|cycle]\n"
              "        The managers' KPIs for the days D to D (UTC; default: the last 12 months): leads by\n"
              "        kind, opt-in and sales conversion rates, CPL, CPA, gross margin, ROI, lifetime value,\n"
              "        average deal size, sales per month with growth, sales cycle (median, 90th percentile),\n"
              "        the funnel with its biggest leak. JSON holds every table; CSV one (default: the\n"
              "        groups and a total line). A zero denominator gives null (JSON) or \"\u2014\" (CSV).\n"
              "%2"
              "%3"
              "\n"
              "Options:\n"
              "  --db PATH     the workspace file\n"
              "  --lang CODE   the language of messages: en, fr, pt_BR, it, el or system; default: the\n"
              "                language chosen in Leadbench's preferences, else the system's (LANGUAGE,\n"
              "                LC_ALL, LC_MESSAGES, LANG). Output for programs (--json, CSV) never changes.\n"
              "  -h, --help    this help\n"
              "  --version     the version\n"
              "\n"
              "Exit codes: 0 done, 1 failed (the message says why), 2 wrong command line.\n")
        .arg(QDir::toNativeSeparators(Workspace::defaultPath()), SyncCommands::usage(), NurtureCommands::usage());
}

int Cli::usageError(const QString &message)
{
    m_err << tr("leadbench-cli: %1").arg(message) << '\n'
          << tr("Run \"leadbench-cli --help\" for the commands.") << '\n';
    return 2;
}

int Cli::run(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (rest.isEmpty() && (a == u"--db"_s || a == u"-db"_s)) {
            if (i + 1 >= arguments.size())
                return usageError(tr("--db needs a path"));
            m_dbPath = arguments.at(++i);
        } else if (rest.isEmpty() && a.startsWith(u"--db="_s)) {
            m_dbPath = a.mid(5);
        } else if (rest.isEmpty() && (a == u"--lang"_s || a.startsWith(u"--lang="_s))) {
            QString code;
            if (a == u"--lang"_s) {
                if (i + 1 >= arguments.size())
                    return usageError(tr("--lang needs a language code"));
                code = arguments.at(++i);
            } else {
                code = a.mid(7);
            }
            if (code == u"system"_s)
                code.clear();
            if (!Language::isKnown(code)) {
                QStringList codes;
                for (const Language::Option &o : Language::available())
                    codes << o.code;
                return usageError(tr("--lang: \"%1\" is not one of system, %2").arg(code, codes.join(u", "_s)));
            }
            Language::apply(code);
        } else if (rest.isEmpty() && (a == u"-h"_s || a == u"--help"_s || a == u"help"_s)) {
            m_out << usage();
            return 0;
        } else if (rest.isEmpty() && a == u"--version"_s) {
            m_out << "leadbench-cli " << AppIdentity::version() << '\n';
            return 0;
        } else {
            rest << a;
        }
    }
    if (m_dbPath.isEmpty())
        m_dbPath = Workspace::defaultPath();
    if (rest.isEmpty())
        return usageError(tr("no command given"));

    const QString command = rest.takeFirst();
    try {
        if (command == u"demo"_s)
            return demo(rest);
        if (command == u"leads"_s)
            return leads(rest);
        if (command == u"segments"_s)
            return segments(rest);
        if (command == u"backup"_s)
            return backup(rest);
        if (command == u"restore"_s)
            return restore(rest);
        if (command == u"check"_s)
            return check(rest);
        if (command == u"info"_s)
            return info(rest);
        if (command == u"upgrade"_s)
            return upgrade(rest);
        if (command == u"import"_s)
            return importFile(rest);
        if (command == u"imports"_s)
            return imports(rest);
        if (command == u"export"_s)
            return exportLeads(rest);
        if (command == u"score"_s)
            return score(rest);
        if (command == u"events"_s)
            return events(rest);
        if (command == u"queue"_s)
            return queue(rest);
        if (command == u"route"_s)
            return route(rest);
        if (SyncCommands::handles(command))
            return SyncCommands(m_out, m_err, m_dbPath).run(command, rest);
        if (command == u"deals"_s)
            return deals(rest);
        if (command == u"pipelines"_s)
            return pipelines(rest);
        if (command == u"nurture"_s)
            return NurtureCommands(m_out, m_err, openWorkspace(false)).run(rest);
        if (command == u"kpi"_s)
            return kpi(rest);
    } catch (const StorageError &e) {
        m_err << tr("leadbench-cli: %1").arg(e.message()) << '\n';
        if (e.kind() == StorageError::Kind::ReadOnly && Workspace::inspect(m_dbPath, false).needsMigration)
            m_err << tr("Upgrade it with: leadbench-cli --db %1 upgrade (a backup copy is kept first).")
                         .arg(QDir::toNativeSeparators(QFileInfo(m_dbPath).absoluteFilePath()))
                  << '\n';
        return 1;
    }
    return usageError(tr("unknown command \"%1\"").arg(command));
}

std::unique_ptr<Workspace> Cli::openWorkspace(bool create, bool readOnly)
{
    if (create)
        QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
    Workspace::OpenOptions options;
    options.verify = Workspace::OpenOptions::Verify::Quick;
    options.create = create;
    options.readOnly = readOnly;
    // An upgrade can take minutes at a million leads: say so once, on stderr.
    bool told = false;
    options.upgradeProgress = [&](Workspace::OpenOptions::UpgradeStep, int, int) {
        if (told)
            return;
        told = true;
        m_err << tr("leadbench-cli: %1 was made by an earlier version; keeping a backup copy, then upgrading it…")
                     .arg(QDir::toNativeSeparators(m_dbPath))
              << '\n';
        m_err.flush();
    };
    auto ws = Workspace::open(m_dbPath, options);
    Settings settings;
    ws->setActor(settings.userName());
    return ws;
}

void Cli::maybeAutoBackup(Workspace &workspace)
{
    Settings settings;
    if (!settings.value(Settings::Key::BackupEnabled).toBool() || workspace.leads().count() == 0)
        return;
    RollingBackups backups(workspace.path());
    if (backups.isDue(qint64(settings.value(Settings::Key::BackupIntervalHours).toInt()) * 3600))
        backups.run(workspace.db(), u"auto"_s, settings.value(Settings::Key::BackupKeep).toInt());
}

int Cli::demo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"leads"_s, tr("Number of leads."), u"N"_s, u"5000"_s});
    p.addOption({u"activities-per-lead"_s, tr("Average activities per lead."), u"A"_s, u"5"_s});
    p.addOption({u"seed"_s, tr("Random seed."), u"S"_s, u"20261123"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (!p.positionalArguments().isEmpty())
        return usageError(tr("demo takes no arguments, got \"%1\"").arg(p.positionalArguments().join(u' ')));
    bool ok = false;
    DemoGenerator::Options options;
    options.leads = p.value(u"leads"_s).toLongLong(&ok);
    if (!ok || options.leads < 0)
        return usageError(tr("--leads: \"%1\" is not a number of leads").arg(p.value(u"leads"_s)));
    options.activitiesPerLead = p.value(u"activities-per-lead"_s).toDouble(&ok);
    if (!ok || options.activitiesPerLead < 0 || options.activitiesPerLead > 50)
        return usageError(tr("--activities-per-lead: \"%1\" is not a number from 0 to 50")
                              .arg(p.value(u"activities-per-lead"_s)));
    options.seed = p.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed: \"%1\" is not a number").arg(p.value(u"seed"_s)));

    auto ws = openWorkspace(true);
    maybeAutoBackup(*ws);
    QElapsedTimer timer;
    timer.start();
    const bool json = p.isSet(u"json"_s);
    const auto result = DemoGenerator::generate(ws->db(), options, [&](qint64 done, qint64 total) {
        if (!json && total >= 50000 && (done % 50000 == 0 || done == total))
            m_err << tr("%L1 of %L2 leads").arg(done).arg(total) << '\n' << Qt::flush;
        return true;
    });
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (json) {
        QJsonObject o;
        o[u"workspace"_s] = ws->path();
        o[u"leads"_s] = result.leads;
        o[u"activities"_s] = result.activities;
        o[u"stage_changes"_s] = result.stageChanges;
        o[u"deals"_s] = result.deals;
        o[u"reps_added"_s] = result.reps;
        o[u"campaigns_added"_s] = result.campaigns;
        o[u"seconds"_s] = seconds;
        m_out << toText(o);
    } else {
        m_out << tr("Added %1 leads, %2 activities and %3 deals to %4 in %5 s.")
                     .arg(result.leads)
                     .arg(result.activities)
                     .arg(result.deals)
                     .arg(QDir::toNativeSeparators(ws->path()))
                     .arg(QLocale().toString(seconds, 'f', 1))
              << '\n';
    }
    return 0;
}

int Cli::leads(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("leads needs a subcommand: list or show"));
    const QString sub = args.first();
    if (sub == u"list"_s)
        return leadsList(args.mid(1));
    if (sub == u"show"_s)
        return leadsShow(args.mid(1));
    return usageError(tr("unknown leads subcommand \"%1\" (list, show)").arg(sub));
}

int Cli::leadsList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"search"_s, tr("Search text."), u"TEXT"_s});
    p.addOption({u"stage"_s, tr("Stages, comma-separated."), u"S"_s});
    p.addOption({u"owner"_s, tr("Owner name, or \"none\"."), u"NAME"_s});
    p.addOption({u"source"_s, tr("Source key."), u"S"_s});
    p.addOption({u"country"_s, tr("Country."), u"C"_s});
    p.addOption({u"temperature"_s, tr("hot, warm or cold."), u"T"_s});
    p.addOption({u"segment"_s, tr("A saved segment."), u"NAME"_s});
    p.addOption({u"sort"_s, tr("Sort column."), u"COLUMN"_s, u"created"_s});
    p.addOption({u"desc"_s, tr("Descending order.")});
    p.addOption({u"asc"_s, tr("Ascending order.")});
    p.addOption({u"limit"_s, tr("At most N leads."), u"N"_s, u"50"_s});
    p.addOption({u"offset"_s, tr("Skip the first N leads."), u"N"_s, u"0"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (!p.positionalArguments().isEmpty())
        return usageError(tr("leads list takes no arguments, got \"%1\"").arg(p.positionalArguments().join(u' ')));

    bool ok = false;
    const qint64 limit = p.value(u"limit"_s).toLongLong(&ok);
    if (!ok || limit < 0 || limit > 1000000)
        return usageError(tr("--limit: \"%1\" is not a number from 0 to 1000000").arg(p.value(u"limit"_s)));
    const qint64 offset = p.value(u"offset"_s).toLongLong(&ok);
    if (!ok || offset < 0)
        return usageError(tr("--offset: \"%1\" is not a positive number").arg(p.value(u"offset"_s)));

    LeadPager::Spec spec;
    if (p.isSet(u"search"_s))
        spec.filter.search = p.value(u"search"_s);
    if (p.isSet(u"stage"_s)) {
        spec.filter.stages.clear();
        for (const QString &s : p.value(u"stage"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto stage = Lifecycle::fromKey(s);
            if (!stage)
                return usageError(tr("--stage: unknown stage \"%1\"").arg(s));
            spec.filter.stages << *stage;
        }
    }
    static const QHash<QString, LeadSort> sorts = {
        {u"name"_s, LeadSort::Name},       {u"email"_s, LeadSort::Email},   {u"company"_s, LeadSort::Company},
        {u"stage"_s, LeadSort::Stage},     {u"score"_s, LeadSort::Score},   {u"owner"_s, LeadSort::Owner},
        {u"source"_s, LeadSort::Source},   {u"country"_s, LeadSort::Country}, {u"created"_s, LeadSort::Created},
        {u"updated"_s, LeadSort::Updated}};
    const QString sortName = p.value(u"sort"_s).toLower();
    if (!sorts.contains(sortName))
        return usageError(tr("--sort: unknown column \"%1\"").arg(p.value(u"sort"_s)));
    spec.sort = sorts.value(sortName);
    const bool naturallyDescending = spec.sort == LeadSort::Created || spec.sort == LeadSort::Updated
        || spec.sort == LeadSort::Score;
    spec.order = p.isSet(u"desc"_s) || (naturallyDescending && !p.isSet(u"asc"_s)) ? Qt::DescendingOrder
                                                                                    : Qt::AscendingOrder;

    // The command line is sound; now the workspace.
    auto ws = openWorkspace(false, true);
    if (p.isSet(u"segment"_s)) {
        const auto segment = ws->segments().findByName(p.value(u"segment"_s));
        if (!segment) {
            m_err << tr("leadbench-cli: no segment named \"%1\" in %2").arg(p.value(u"segment"_s), ws->path()) << '\n';
            return 1;
        }
        // Options given on the command line narrow the segment further.
        const LeadFilter given = spec.filter;
        spec.filter = segment->filter;
        if (!given.search.isEmpty())
            spec.filter.search = given.search;
        if (!given.stages.isEmpty())
            spec.filter.stages = given.stages;
        if (!given.sources.isEmpty())
            spec.filter.sources = given.sources;
        if (!given.countries.isEmpty())
            spec.filter.countries = given.countries;
        if (!given.temperatures.isEmpty())
            spec.filter.temperatures = given.temperatures;
    }
    if (p.isSet(u"owner"_s)) {
        const QString owner = p.value(u"owner"_s);
        if (owner.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            spec.filter.owners = {0};
        } else {
            const auto rep = ws->reps().findByName(owner);
            if (!rep) {
                m_err << tr("leadbench-cli: no rep named \"%1\"").arg(owner) << '\n';
                return 1;
            }
            spec.filter.owners = {rep->id};
        }
    }
    if (p.isSet(u"source"_s))
        spec.filter.sources = p.value(u"source"_s).split(u',', Qt::SkipEmptyParts);
    if (p.isSet(u"country"_s))
        spec.filter.countries = p.value(u"country"_s).split(u',', Qt::SkipEmptyParts);
    if (p.isSet(u"temperature"_s)) {
        spec.filter.temperatures.clear();
        for (const QString &t : p.value(u"temperature"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto temperature = Temperatures::fromKey(t);
            if (!temperature)
                return usageError(tr("--temperature: \"%1\" is not hot, warm or cold").arg(t));
            spec.filter.temperatures << *temperature;
        }
    }
    LeadPager pager(ws->db());
    pager.setBands(ws->scoreBands());
    pager.setSpec(spec);
    const qint64 total = pager.count();
    const QList<LeadListRow> rows = pager.fetch(offset, int(limit));
    const LeadJson::Names n = names(*ws);
    if (p.isSet(u"json"_s)) {
        QJsonArray array;
        for (const LeadListRow &row : rows)
            array << LeadJson::toJson(row, n);
        QJsonObject o;
        o[u"total"_s] = total;
        o[u"offset"_s] = offset;
        o[u"count"_s] = rows.size();
        o[u"leads"_s] = array;
        m_out << toText(o);
    } else {
        for (const LeadListRow &row : rows) {
            m_out << row.id << '\t' << (row.firstName + u' ' + row.lastName).trimmed() << '\t' << row.email << '\t'
                  << row.company << '\t' << Lifecycle::key(row.stage) << '\t' << row.score << '\n';
        }
        m_out << tr("%L1 of %L2 leads").arg(rows.size()).arg(total) << '\n';
    }
    return 0;
}

int Cli::leadsShow(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("leads show needs one lead id"));
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(tr("\"%1\" is not a lead id").arg(p.positionalArguments().first()));
    auto ws = openWorkspace(false, true);
    const auto lead = ws->leads().find(id);
    if (!lead) {
        m_err << tr("leadbench-cli: there is no lead %1 in %2").arg(id).arg(ws->path()) << '\n';
        return 1;
    }
    QJsonObject o = LeadJson::toJson(*lead, names(*ws));
    QJsonArray activities;
    for (const Activity &a : ws->leads().activities(id))
        activities << LeadJson::toJson(a);
    QJsonArray history;
    for (const StageChange &c : ws->leads().stageHistory(id))
        history << LeadJson::toJson(c);
    o[u"activities"_s] = activities;
    o[u"stage_history"_s] = history;
    if (p.isSet(u"json"_s)) {
        m_out << toText(o);
    } else {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.value().isArray())
                m_out << it.key() << ": " << it.value().toArray().size() << '\n';
            else
                m_out << it.key() << ": " << it.value().toVariant().toString() << '\n';
        }
    }
    return 0;
}

int Cli::segments(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments() != QStringList{u"list"_s})
        return usageError(tr("segments needs the subcommand list"));
    auto ws = openWorkspace(false, true);
    QJsonArray array;
    for (const Segment &s : ws->segments().all()) {
        if (p.isSet(u"json"_s)) {
            QJsonObject o;
            o[u"id"_s] = s.id;
            o[u"name"_s] = s.name;
            o[u"filter"_s] = s.filter.toJson();
            array << o;
        } else {
            m_out << s.name << '\t' << QString::fromUtf8(QJsonDocument(s.filter.toJson()).toJson(QJsonDocument::Compact))
                  << '\n';
        }
    }
    if (p.isSet(u"json"_s)) {
        QJsonObject o;
        o[u"segments"_s] = array;
        m_out << toText(o);
    }
    return 0;
}

int Cli::backup(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usageError(tr("backup needs one output file: leadbench-cli backup OUT"));
    const QString out = QFileInfo(args.first()).absoluteFilePath();
    if (QFileInfo(out).isDir())
        return usageError(tr("backup: %1 is a folder; give a file name").arg(out));
    auto ws = openWorkspace(false, true);
    if (QFileInfo(out).absoluteFilePath() == ws->path())
        return usageError(tr("backup: the output is the workspace itself"));
    QElapsedTimer timer;
    timer.start();
    ws->backupTo(out);
    m_out << tr("Backed up %1 to %2 (%3 MB) in %4 s.")
                 .arg(QDir::toNativeSeparators(ws->path()), QDir::toNativeSeparators(out))
                 .arg(QLocale().toString(double(QFileInfo(out).size()) / 1e6, 'f', 1))
                 .arg(QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
          << '\n';
    return 0;
}

int Cli::restore(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usageError(tr("restore needs one backup file: leadbench-cli restore IN"));
    const QString safety = Workspace::restore(m_dbPath, args.first());
    m_out << tr("Restored %1 from %2.").arg(QDir::toNativeSeparators(QFileInfo(m_dbPath).absoluteFilePath()),
                                             QDir::toNativeSeparators(QFileInfo(args.first()).absoluteFilePath()))
          << '\n';
    if (!safety.isEmpty())
        m_out << tr("The workspace as it was is kept in %1.").arg(QDir::toNativeSeparators(safety)) << '\n';
    return 0;
}

int Cli::check(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("check takes no arguments"));
    const Workspace::FileState state = Workspace::inspect(m_dbPath, true);
    if (!state.exists) {
        m_err << tr("leadbench-cli: %1 does not exist.").arg(m_dbPath) << '\n';
        return 1;
    }
    m_out << tr("%1: ok (workspace format %2%3)")
                 .arg(QDir::toNativeSeparators(QFileInfo(m_dbPath).absoluteFilePath()))
                 .arg(state.version)
                 .arg(state.needsMigration ? tr(", will be upgraded to %1 when opened").arg(Schema::currentVersion())
                                           : QString())
          << '\n';
    return 0;
}

int Cli::upgrade(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("upgrade takes no arguments"));
    const QString path = QFileInfo(m_dbPath).absoluteFilePath();
    const Workspace::FileState state = Workspace::inspect(path, false);
    if (!state.exists) {
        m_err << tr("leadbench-cli: %1 does not exist.").arg(QDir::toNativeSeparators(path)) << '\n';
        return 1;
    }
    if (!state.needsMigration) {
        m_out << tr("%1 is already in this version's format (%2).").arg(QDir::toNativeSeparators(path)).arg(state.version)
              << '\n';
        return 0;
    }
    auto ws = openWorkspace(false);
    if (ws->isReadOnly()) {
        m_err << tr("leadbench-cli: %1 is read-only: %2").arg(ws->path(), ws->readOnlyReason()) << '\n';
        return 1;
    }
    m_out << tr("Upgraded %1 from format %2 to %3.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(state.version)
                 .arg(ws->schemaVersion())
          << '\n';
    // The copy Workspace::open made before migrating (newest first).
    for (const QFileInfo &backup : RollingBackups(path).list()) {
        if (backup.completeBaseName().endsWith(u'-' + Workspace::upgradeBackupLabel())) {
            m_out << tr("The file as it was is kept in %1.").arg(QDir::toNativeSeparators(backup.absoluteFilePath()))
                  << '\n';
            break;
        }
    }
    return 0;
}

int Cli::info(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    auto ws = openWorkspace(false, true);
    auto count = [&](const char *table) {
        return Query(ws->db(), std::string("SELECT count(*) FROM ") + table).scalar().toLongLong();
    };
    QJsonObject o;
    o[u"workspace"_s] = ws->path();
    o[u"format"_s] = ws->schemaVersion();
    o[u"leads"_s] = count("leads");
    o[u"activities"_s] = count("activities");
    o[u"deals"_s] = count("deals");
    o[u"reps"_s] = count("reps");
    o[u"campaigns"_s] = count("campaigns");
    o[u"segments"_s] = count("segments");
    if (p.isSet(u"json"_s)) {
        m_out << toText(o);
    } else {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            m_out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    return 0;
}

int Cli::events(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty() || (positional.first() != u"list"_s && positional.first() != u"summary"_s))
        return usageError(tr("events needs a subcommand: list or summary NAME"));
    if (positional.first() == u"summary"_s && positional.size() != 2)
        return usageError(tr("events summary needs the event's name"));
    auto ws = openWorkspace(false, true);
    TradeShow show(*ws);
    const bool json = p.isSet(u"json"_s);
    auto summaryJson = [&](const Campaign &c) {
        const EventSummary s = show.summary(c.id);
        QJsonObject o;
        o[u"id"_s] = c.id;
        o[u"name"_s] = c.name;
        o[u"starts_on"_s] = c.startsOn.isValid() ? QJsonValue(c.startsOn.toString(Qt::ISODate)) : QJsonValue();
        o[u"ends_on"_s] = c.endsOn.isValid() ? QJsonValue(c.endsOn.toString(Qt::ISODate)) : QJsonValue();
        o[u"cost"_s] = c.cost;
        o[u"leads"_s] = s.leads;
        o[u"new_leads"_s] = s.newLeads;
        o[u"updated_leads"_s] = s.updatedLeads;
        o[u"hot"_s] = s.hot;
        o[u"warm"_s] = s.warm;
        o[u"cold"_s] = s.cold;
        o[u"with_consent"_s] = s.withConsent;
        o[u"unassigned"_s] = s.unassigned;
        o[u"cost_per_lead"_s] = s.costPerLead ? QJsonValue(*s.costPerLead) : QJsonValue();
        return o;
    };
    if (positional.first() == u"list"_s) {
        QJsonArray array;
        for (const Campaign &c : show.events()) {
            if (json)
                array << summaryJson(c);
            else
                m_out << c.name << '\t' << show.summary(c.id).leads << '\n';
        }
        if (json)
            m_out << toText(QJsonObject{{u"events"_s, array}});
        return 0;
    }
    const auto event = ws->campaigns().findByName(positional.at(1));
    if (!event || event->channel != TradeShow::eventChannel()) {
        m_err << tr("leadbench-cli: no event named \"%1\" in %2").arg(positional.at(1), ws->path()) << '\n';
        return 1;
    }
    const QJsonObject o = summaryJson(*event);
    if (json) {
        m_out << toText(o);
    } else {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            m_out << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
    return 0;
}

int Cli::queue(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"rep"_s, tr("The rep."), u"NAME"_s});
    p.addOption({u"limit"_s, tr("At most N items."), u"N"_s, u"100"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (!p.isSet(u"rep"_s))
        return usageError(tr("queue needs --rep NAME"));
    bool ok = false;
    const int limit = p.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1)
        return usageError(tr("--limit: \"%1\" is not a positive number").arg(p.value(u"limit"_s)));
    auto ws = openWorkspace(false, true);
    const auto rep = ws->reps().findByName(p.value(u"rep"_s));
    if (!rep) {
        m_err << tr("leadbench-cli: no rep named \"%1\"").arg(p.value(u"rep"_s)) << '\n';
        return 1;
    }
    const QList<Queue::Item> items = Queue(*ws).forRep(rep->id, 0, limit);
    QJsonArray array;
    for (const Queue::Item &i : items) {
        const char *kind = i.kind == Queue::Item::Kind::Overdue ? "overdue" : i.kind == Queue::Item::Kind::Hot ? "hot" : "new";
        if (p.isSet(u"json"_s)) {
            QJsonObject o;
            o[u"kind"_s] = QString::fromLatin1(kind);
            o[u"lead_id"_s] = i.leadId;
            o[u"lead"_s] = i.leadName;
            o[u"company"_s] = i.company;
            o[u"score"_s] = i.score;
            o[u"stage"_s] = Lifecycle::key(i.stage);
            o[u"task_id"_s] = i.taskId ? QJsonValue(i.taskId) : QJsonValue();
            o[u"title"_s] = i.title;
            o[u"when"_s] = i.when ? QJsonValue(LeadJson::isoTime(i.when)) : QJsonValue();
            array << o;
        } else {
            m_out << kind << '\t' << i.leadId << '\t' << i.leadName << '\t' << i.company << '\t' << i.score << '\t'
                  << i.title << '\n';
        }
    }
    if (p.isSet(u"json"_s))
        m_out << toText(QJsonObject{{u"rep"_s, rep->name}, {u"items"_s, array}});
    return 0;
}

int Cli::route(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"lead"_s, tr("The lead to route."), u"ID"_s});
    p.addOption({u"unassigned-mqls"_s, tr("Every MQL without an owner.")});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.isSet(u"lead"_s) == p.isSet(u"unassigned-mqls"_s))
        return usageError(tr("route needs --lead ID or --unassigned-mqls"));
    qint64 id = 0;
    if (p.isSet(u"lead"_s)) {
        bool ok = false;
        id = p.value(u"lead"_s).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("--lead: \"%1\" is not a lead id").arg(p.value(u"lead"_s)));
    }
    auto ws = openWorkspace(false);
    Router router(*ws);
    QList<Router::Decision> decisions;
    if (id) {
        if (!ws->leads().find(id)) {
            m_err << tr("leadbench-cli: there is no lead %1 in %2").arg(id).arg(ws->path()) << '\n';
            return 1;
        }
        decisions << router.route(id);
    } else {
        QList<qint64> ids;
        Query q(ws->db(), "SELECT id FROM leads WHERE stage = ? AND owner_id IS NULL ORDER BY id", int(Stage::MQL));
        while (q.next())
            ids << q.int64(0);
        decisions = router.route(ids);
    }
    QJsonArray array;
    for (const Router::Decision &d : decisions) {
        const QString rep = d.repId ? ws->reps().find(d.repId)->name : QString();
        if (p.isSet(u"json"_s)) {
            array << QJsonObject{{u"lead_id"_s, d.leadId}, {u"rep"_s, d.repId ? QJsonValue(rep) : QJsonValue()},
                                 {u"reason"_s, d.reason}};
        } else {
            m_out << d.leadId << '\t' << (rep.isEmpty() ? tr("(nobody)") : rep) << '\t' << d.reason << '\n';
        }
    }
    if (p.isSet(u"json"_s))
        m_out << toText(QJsonObject{{u"routed"_s, array}});
    return 0;
}

int Cli::score(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"explain"_s, tr("Explain the score of lead ID."), u"ID"_s});
    p.addOption({u"all"_s, tr("Re-score every lead.")});
    p.addOption({u"advise"_s, tr("Threshold advisor and attribute lift.")});
    p.addOption({u"rules"_s, tr("Show the rule set.")});
    p.addOption({u"set-rules"_s, tr("Replace the rule set with a JSON file."), u"FILE"_s});
    p.addOption({u"now"_s, tr("The time decay is relative to."), u"TIME"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (!p.positionalArguments().isEmpty())
        return usageError(tr("score takes no arguments, got \"%1\"").arg(p.positionalArguments().join(u' ')));
    const int actions = int(p.isSet(u"explain"_s)) + int(p.isSet(u"all"_s)) + int(p.isSet(u"advise"_s))
        + int(p.isSet(u"rules"_s)) + int(p.isSet(u"set-rules"_s));
    if (actions != 1)
        return usageError(tr("score needs exactly one of --explain ID, --all, --advise, --rules, --set-rules FILE"));
    std::optional<qint64> now;
    if (p.isSet(u"now"_s)) {
        QDateTime t = QDateTime::fromString(p.value(u"now"_s), Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(p.value(u"now"_s), Qt::ISODate);
        if (!t.isValid())
            return usageError(tr("--now: \"%1\" is not an ISO date and time (e.g. 2026-03-01T12:00:00Z)").arg(p.value(u"now"_s)));
        if (t.timeSpec() == Qt::LocalTime && !p.value(u"now"_s).contains(u'+'))
            t.setTimeSpec(Qt::UTC);
        now = t.toMSecsSinceEpoch();
    }
    const bool json = p.isSet(u"json"_s);
    const QLocale locale;

    if (p.isSet(u"explain"_s)) {
        bool ok = false;
        const qint64 id = p.value(u"explain"_s).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(tr("--explain: \"%1\" is not a lead id").arg(p.value(u"explain"_s)));
        auto ws = openWorkspace(false, true);
        if (now)
            ws->scoring().setClock([t = *now] { return t; });
        const auto lead = ws->leads().find(id);
        if (!lead) {
            m_err << tr("leadbench-cli: there is no lead %1 in %2").arg(id).arg(ws->path()) << '\n';
            return 1;
        }
        const ScoreExplanation e = ws->scoring().explain(id);
        const RuleSet rules = ws->scoring().ruleSet();
        QJsonObject o = e.toJson();
        o[u"lead_id"_s] = id;
        o[u"name"_s] = lead->displayName();
        o[u"stored_score"_s] = lead->score;
        o[u"stage"_s] = Lifecycle::key(lead->stage);
        o[u"temperature"_s] = Temperatures::key(rules.bands.of(e.score));
        o[u"mql_threshold"_s] = rules.mqlThreshold;
        QJsonArray history;
        for (const ScoreHistoryEntry &h : ws->scoring().history(id)) {
            QJsonObject entry;
            entry[u"at"_s] = QDateTime::fromMSecsSinceEpoch(h.changedAt, Qt::UTC).toString(Qt::ISODateWithMs);
            entry[u"old"_s] = h.oldScore;
            entry[u"new"_s] = h.newScore;
            entry[u"reason"_s] = h.reason;
            history << entry;
        }
        o[u"history"_s] = history;
        if (json) {
            m_out << toText(o);
        } else {
            m_out << tr("%1 (#%2): score %3 (%4), stage %5, MQL threshold %6")
                         .arg(lead->displayName())
                         .arg(id)
                         .arg(e.score)
                         .arg(Temperatures::displayName(rules.bands.of(e.score)), Lifecycle::displayName(lead->stage))
                         .arg(rules.mqlThreshold)
                  << '\n';
            if (e.score != lead->score)
                m_out << tr("The stored score is %1 (from the last re-score; time has moved on since).").arg(lead->score)
                      << '\n';
            for (const ScoreContribution &c : e.contributions) {
                m_out << QStringLiteral("%1\t%2\t%3").arg(c.points, 5).arg(c.counted == c.matched ? QString::number(c.counted)
                                                                                                  : tr("%1 of %2").arg(c.counted).arg(c.matched), -8)
                                                   .arg(c.label)
                      << '\n';
            }
            m_out << tr("%1\ttotal").arg(e.score, 5) << '\n';
        }
        return 0;
    }

    if (p.isSet(u"advise"_s)) {
        auto ws = openWorkspace(false, true);
        const int threshold = ws->scoring().mqlThreshold();
        const ScoringInsights::ThresholdAdvice advice = ScoringInsights::advise(ws->db(), threshold);
        const ScoringInsights::LiftReport lift = ScoringInsights::lift(ws->db());
        if (json) {
            QJsonObject o = advice.toJson();
            o[u"lift"_s] = lift.toJson();
            m_out << toText(o);
            return 0;
        }
        m_out << tr("%1 leads, %2 with a known outcome: %3 customers, %4 lost.")
                     .arg(advice.leads)
                     .arg(advice.known)
                     .arg(advice.customers)
                     .arg(advice.lost)
              << '\n'
              << advice.explanation << '\n'
              << tr("threshold\tcustomers above\tleads to sales\tprecision") << '\n';
        for (const ScoringInsights::ThresholdRow &r : advice.rows) {
            const bool marked = r.threshold == threshold || (advice.suggested && r.threshold == *advice.suggested);
            if (r.threshold % 5 != 0 && !marked)
                continue;
            QString mark;
            if (r.threshold == threshold)
                mark += tr(" (current)");
            if (advice.suggested && r.threshold == *advice.suggested)
                mark += tr(" (suggested)");
            m_out << r.threshold << mark << '\t' << Formats::percent(r.customerShare, 0, locale) << '\t'
                  << Formats::percent(r.salesShare, 0, locale) << '\t' << Formats::percent(r.precision, 0, locale)
                  << '\n';
        }
        m_out << '\n' << tr("Conversion rate by attribute (overall %1):").arg(Formats::percent(lift.overallRate, 1, locale)) << '\n';
        for (const ScoringInsights::AttributeLift &a : lift.attributes) {
            m_out << a.label << '\n';
            for (const ScoringInsights::LiftRow &r : a.rows)
                m_out << "  " << (r.value.isEmpty() ? tr("(none)") : r.value) << '\t' << r.leads << '\t'
                      << Formats::percent(r.rate, 1, locale) << '\t' << tr("lift %1").arg(locale.toString(r.lift, 'f', 2))
                      << '\n';
        }
        return 0;
    }

    if (p.isSet(u"rules"_s)) {
        auto ws = openWorkspace(false, true);
        const RuleSet rules = ws->scoring().ruleSet();
        if (json) {
            m_out << toText(rules.toJson());
            return 0;
        }
        m_out << tr("MQL threshold %1; warm from %2, hot from %3")
                     .arg(rules.mqlThreshold)
                     .arg(rules.bands.warmFrom)
                     .arg(rules.bands.hotFrom)
              << '\n';
        for (const ScoringRule &r : rules.rules) {
            QString extra;
            if (r.kind == RuleKind::Behaviour) {
                if (r.cap > 0)
                    extra += tr(", at most %1").arg(r.cap);
                if (r.halfLifeDays > 0)
                    extra += tr(", half-life %1 days").arg(r.halfLifeDays);
            }
            m_out << r.id << '\t' << (r.points > 0 ? u"+"_s : QString()) << r.points << '\t' << r.label() << extra
                  << (r.enabled ? QString() : tr(" (off)")) << '\n';
        }
        return 0;
    }

    auto report = [&](const Rescorer::Result &result, double seconds) {
        if (json) {
            QJsonObject o;
            o[u"leads"_s] = result.leads;
            o[u"changed"_s] = result.changed;
            o[u"promoted_to_mql"_s] = result.promoted;
            o[u"above_threshold"_s] = result.aboveThreshold;
            o[u"seconds"_s] = seconds;
            m_out << toText(o);
        } else {
            m_out << tr("Re-scored %1 leads in %2 s: %3 scores changed, %4 leads became MQL.")
                         .arg(result.leads)
                         .arg(QLocale().toString(seconds, 'f', 2))
                         .arg(result.changed)
                         .arg(result.promoted)
                  << '\n';
        }
    };

    if (p.isSet(u"set-rules"_s)) {
        QFile file(p.value(u"set-rules"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("leadbench-cli: cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return 1;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            m_err << tr("leadbench-cli: %1: not a JSON object (%2 at byte %3)")
                         .arg(file.fileName(), parseError.errorString())
                         .arg(parseError.offset)
                  << '\n';
            return 1;
        }
        QString problem;
        const auto rules = RuleSet::fromJson(doc.object(), &problem);
        if (!rules) {
            m_err << tr("leadbench-cli: %1: %2 Nothing was changed.").arg(file.fileName(), problem) << '\n';
            return 1;
        }
        auto ws = openWorkspace(false);
        if (now)
            ws->scoring().setClock([t = *now] { return t; });
        maybeAutoBackup(*ws);
        Rescorer::tuneForBulk(ws->db(), true);
        const int previous = ws->scoring().mqlThreshold();
        ws->scoring().setRuleSet(*rules);
        QElapsedTimer timer;
        timer.start();
        const Rescorer::Result result = ws->scoring().rescoreAll(ScoringService::tr("Scoring rules changed"), {}, previous);
        report(result, double(timer.elapsed()) / 1000.0);
        return 0;
    }

    // --all
    auto ws = openWorkspace(false);
    Rescorer::tuneForBulk(ws->db(), true); // a walk over every lead
    if (now)
        ws->scoring().setClock([t = *now] { return t; });
    QElapsedTimer timer;
    timer.start();
    QString reason = ws->scoring().pendingRescoreReason();
    if (reason.isEmpty())
        reason = tr("Re-scored from the command line");
    const Rescorer::Result result = ws->scoring().rescoreAll(reason, [&](qint64 done, qint64 total) {
        if (!json && total >= 100000 && (done % 100000 < 20000 || done == total))
            m_err << tr("%L1 of %L2 leads").arg(done).arg(total) << '\n' << Qt::flush;
        return true;
    });
    report(result, double(timer.elapsed()) / 1000.0);
    return 0;
}

int Cli::importFile(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"kind"_s, tr("What the file holds."), u"KIND"_s, u"leads"_s});
    p.addOption({u"on-duplicate"_s, tr("skip, fill or overwrite."), u"POLICY"_s, u"skip"_s});
    p.addOption({u"encoding"_s, tr("The file's encoding."), u"ENCODING"_s, u"auto"_s});
    p.addOption({u"delimiter"_s, tr("The field delimiter."), u"D"_s});
    p.addOption({u"mapping"_s, tr("A saved column mapping."), u"NAME"_s});
    p.addOption({u"map"_s, tr("COLUMN=FIELD, repeatable."), u"COLUMN=FIELD"_s});
    p.addOption({u"save-mapping"_s, tr("Save the mapping used under a name."), u"NAME"_s});
    p.addOption({u"activity-type"_s, tr("Type of activities without one."), u"TYPE"_s});
    p.addOption({u"rejects"_s, tr("Where to write the rejected rows."), u"FILE"_s});
    p.addOption({u"batch"_s, tr("Rows per transaction."), u"N"_s, u"5000"_s});
    p.addOption({u"no-resume"_s, tr("Start over instead of resuming an interrupted import.")});
    p.addOption({u"report"_s, tr("Write a JSON report."), u"FILE"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("import needs one file: leadbench-cli import FILE"));
    const QString file = p.positionalArguments().first();
    ImportOptions options;
    const auto kind = ImportKinds::fromKey(p.value(u"kind"_s));
    if (!kind)
        return usageError(tr("--kind: \"%1\" is not leads, activities, campaigns or deals").arg(p.value(u"kind"_s)));
    options.kind = *kind;
    const auto policy = DuplicatePolicies::fromKey(p.value(u"on-duplicate"_s));
    if (!policy)
        return usageError(tr("--on-duplicate: \"%1\" is not skip, fill or overwrite").arg(p.value(u"on-duplicate"_s)));
    options.policy = *policy;
    const auto encoding = TextEncodings::fromKey(p.value(u"encoding"_s));
    if (!encoding)
        return usageError(tr("--encoding: \"%1\" is not one of auto, utf-8, utf-16le, utf-16be, windows-1252, "
                             "iso-8859-1, windows-1253")
                              .arg(p.value(u"encoding"_s)));
    options.encoding = *encoding;
    if (p.isSet(u"delimiter"_s)) {
        const QString d = p.value(u"delimiter"_s);
        if (d == u"tab"_s || d == u"\\t"_s)
            options.delimiter = u'\t';
        else if (d == u"comma"_s)
            options.delimiter = u',';
        else if (d == u"semicolon"_s)
            options.delimiter = u';';
        else if (d.size() == 1 && d.at(0).unicode() < 128 && d.at(0) != u'"' && d.at(0) != u'\n')
            options.delimiter = d.at(0);
        else
            return usageError(tr("--delimiter: \"%1\" is not one ASCII character (or comma, semicolon, tab)").arg(d));
    }
    bool ok = false;
    options.batchSize = p.value(u"batch"_s).toInt(&ok);
    if (!ok || options.batchSize < 1 || options.batchSize > 1000000)
        return usageError(tr("--batch: \"%1\" is not a number from 1 to 1000000").arg(p.value(u"batch"_s)));
    if (p.isSet(u"activity-type"_s)) {
        if (!ImportValues::activityType(p.value(u"activity-type"_s)))
            return usageError(tr("--activity-type: unknown type \"%1\"").arg(p.value(u"activity-type"_s)));
        options.activityType = p.value(u"activity-type"_s);
    }
    options.resume = !p.isSet(u"no-resume"_s);
    if (p.isSet(u"rejects"_s))
        options.rejectsPath = p.value(u"rejects"_s);
    if (!QFileInfo(file).isFile()) {
        m_err << tr("leadbench-cli: %1 does not exist or is not a file.").arg(file) << '\n';
        return 1;
    }

    auto ws = openWorkspace(true);
    if (ws->isReadOnly()) {
        m_err << tr("leadbench-cli: %1 is read-only: %2").arg(ws->path(), ws->readOnlyReason()) << '\n';
        return 1;
    }
    maybeAutoBackup(*ws);
    options.workspacePath = ws->path();
    ImportHistory history(ws->db());
    Importer importer(ws->db(), ws->actor());
    // The mapping: a saved one by name, else one saved for this very layout, else matched from the
    // header names; --map COLUMN=FIELD changes single columns.
    if (p.isSet(u"mapping"_s) || !p.values(u"map"_s).isEmpty() || p.isSet(u"save-mapping"_s)) {
        const ImportPreview preview = importer.preview(file, options, 0);
        if (!preview.error.isEmpty()) {
            m_err << tr("leadbench-cli: %1").arg(preview.error) << '\n';
            return 1;
        }
        ColumnMapping mapping = preview.mapping;
        if (p.isSet(u"mapping"_s)) {
            const auto saved = history.mapping(options.kind, p.value(u"mapping"_s));
            if (!saved) {
                m_err << tr("leadbench-cli: no saved mapping named \"%1\" for %2 (saved: %3)")
                             .arg(p.value(u"mapping"_s), ImportKinds::key(options.kind),
                                  history.mappingNames(options.kind).join(u", "_s))
                      << '\n';
                return 1;
            }
            mapping.apply(*saved);
        }
        QStringList targetKeys;
        for (const ImportTarget &t : ColumnMapping::targets(options.kind))
            targetKeys << t.key;
        for (const QString &m : p.values(u"map"_s)) {
            const QString column = m.section(u'=', 0, 0).trimmed();
            const QString target = m.section(u'=', 1).trimmed();
            const int index = int(mapping.headers().indexOf(column));
            if (index < 0)
                return usageError(tr("--map: the file has no column \"%1\" (columns: %2)")
                                      .arg(column, mapping.headers().join(u", "_s)));
            if (!target.isEmpty() && target != u"-"_s && !targetKeys.contains(target))
                return usageError(tr("--map: \"%1\" is not a field (fields: %2)").arg(target, targetKeys.join(u", "_s)));
            mapping.setTarget(index, target == u"-"_s ? QString() : target);
        }
        options.mapping = mapping;
        if (p.isSet(u"save-mapping"_s))
            history.saveMapping(p.value(u"save-mapping"_s), mapping);
    } else {
        CsvReader header;
        CsvReader::Options o;
        o.encoding = options.encoding;
        o.delimiter = options.delimiter;
        if (Importer::detectFormat(file) == ImportFormat::Csv && header.open(file, o)) {
            if (const auto saved = history.mappingFor(options.kind, header.header()))
                options.mapping = saved->second;
        }
    }

    const bool json = p.isSet(u"json"_s);
    const qint64 size = QFileInfo(file).size();
    qint64 lastShown = 0;
    const ImportResult r = importer.run(file, options, [&](const ImportProgress &progress) {
        if (!json && size > 20 * 1000 * 1000 && progress.read - lastShown >= 100000) {
            lastShown = progress.read;
            m_err << tr("%L1 rows read (%2)")
                         .arg(progress.read)
                         .arg(Formats::percent(progress.bytesTotal > 0 ? double(progress.bytesRead) / double(progress.bytesTotal) : 0.0))
                  << '\n'
                  << Qt::flush;
        }
        return true;
    });
    // Scores follow what was imported: new leads, changed fields, new behaviour.
    if (r.importId > 0 && !ws->isReadOnly()) {
        const QList<qint64> affected = ImportHistory(ws->db()).affectedLeads(r.importId);
        if (!affected.isEmpty())
            ws->scoring().rescoreLeads(affected, tr("Imported from %1").arg(QFileInfo(r.file).fileName()));
    }

    const QJsonObject report = r.toJson();
    if (p.isSet(u"report"_s)) {
        QFile out(p.value(u"report"_s));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_err << tr("leadbench-cli: cannot write the report %1: %2").arg(p.value(u"report"_s), out.errorString()) << '\n';
            return 1;
        }
        out.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
    }
    if (json) {
        m_out << toText(report);
    } else {
        if (r.resumed)
            m_out << tr("Resumed import #%1 at line %2.").arg(r.importId).arg(r.resumedAtLine) << '\n';
        m_out << tr("Import #%1 of %2: %L3 rows read, %L4 created, %L5 merged (%L6 unchanged), %L7 rejected, in %L8 s.")
                     .arg(r.importId)
                     .arg(QDir::toNativeSeparators(file))
                     .arg(r.read)
                     .arg(r.created)
                     .arg(r.merged)
                     .arg(r.unchanged)
                     .arg(r.rejected)
                     .arg(double(r.durationMs) / 1000.0, 0, 'f', 1)
              << '\n';
        if (!r.rejectsFile.isEmpty())
            m_out << tr("Rejected rows, with their line and the reason: %1").arg(QDir::toNativeSeparators(r.rejectsFile))
                  << '\n';
        for (const QString &w : r.warnings)
            m_out << tr("Note: %1").arg(w) << '\n';
        m_out << tr("Undo it with: leadbench-cli --db %1 imports undo %2").arg(ws->path()).arg(r.importId) << '\n';
    }
    return 0;
}

int Cli::imports(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    p.addOption({u"kind"_s, tr("Kind of the mappings."), u"KIND"_s, u"leads"_s});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    const QStringList pos = p.positionalArguments();
    const QString sub = pos.value(0, u"list"_s);
    if (sub == u"list"_s) {
        auto ws = openWorkspace(false, true);
        const QLocale locale;
        QJsonArray array;
        for (const ImportRecord &r : ImportHistory(ws->db()).list()) {
            if (p.isSet(u"json"_s)) {
                QJsonObject o{{u"id"_s, r.id},          {u"kind"_s, ImportKinds::key(r.kind)}, {u"file"_s, r.file},
                              {u"status"_s, r.status},  {u"read"_s, r.read},       {u"created"_s, r.created},
                              {u"merged"_s, r.merged},  {u"rejected"_s, r.rejected}, {u"flagged"_s, r.flagged},
                              {u"started_at"_s, r.startedAt}, {u"rejects_file"_s, r.rejectsFile}};
                array << o;
            } else {
                m_out << r.id << '\t' << QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.startedAt), QLocale::ShortFormat) << '\t'
                      << ImportKinds::key(r.kind) << '\t' << r.status << '\t'
                      << tr("%1 read, %2 created, %3 merged, %4 rejected")
                             .arg(locale.toString(r.read), locale.toString(r.created), locale.toString(r.merged),
                                  locale.toString(r.rejected))
                      << '\t' << r.file << '\n';
            }
        }
        if (p.isSet(u"json"_s))
            m_out << toText(QJsonObject{{u"imports"_s, array}});
        return 0;
    }
    if (sub == u"undo"_s) {
        bool ok = false;
        const qint64 id = pos.value(1).toLongLong(&ok);
        if (pos.size() != 2 || !ok)
            return usageError(tr("imports undo needs an import id (see leadbench-cli imports list)"));
        auto ws = openWorkspace(false);
        ImportHistory history(ws->db());
        const auto plan = history.plan(id);
        const auto result = history.undo(id);
        m_out << tr("Undid import #%1: %2 rows removed, %3 rows given back their values.")
                     .arg(id)
                     .arg(result.removed)
                     .arg(result.restored)
              << '\n';
        if (plan.editedSince > 0)
            m_out << tr("%n of the removed leads had been edited after the import.", nullptr, int(plan.editedSince)) << '\n';
        return 0;
    }
    if (sub == u"mappings"_s) {
        const auto kind = ImportKinds::fromKey(p.value(u"kind"_s));
        if (!kind)
            return usageError(tr("--kind: \"%1\" is not leads, activities, campaigns or deals").arg(p.value(u"kind"_s)));
        auto ws = openWorkspace(false, true);
        ImportHistory history(ws->db());
        for (const QString &name : history.mappingNames(*kind)) {
            const auto m = history.mapping(*kind, name);
            QStringList pairs;
            for (int i = 0; m && i < m->columnCount(); ++i) {
                if (!m->target(i).isEmpty())
                    pairs << m->headers().at(i) + u'=' + m->target(i);
            }
            m_out << name << '\t' << pairs.join(u", "_s) << '\n';
        }
        return 0;
    }
    return usageError(tr("unknown imports subcommand \"%1\" (list, undo, mappings)").arg(sub));
}

int Cli::exportLeads(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"format"_s, tr("csv or vcard."), u"FORMAT"_s});
    p.addOption({u"segment"_s, tr("A saved segment."), u"NAME"_s});
    p.addOption({u"search"_s, tr("Search text."), u"TEXT"_s});
    p.addOption({u"ids"_s, tr("Lead ids, comma-separated."), u"IDS"_s});
    p.addOption({u"bom"_s, tr("Start the CSV with a byte-order mark (Excel).")});
    p.addOption({u"delimiter"_s, tr("CSV delimiter."), u"D"_s, u","_s});
    p.addOption({u"no-neutralize"_s, tr("Keep cells starting with = + - @ as they are.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("export needs one output file: leadbench-cli export FILE"));
    const QString out = p.positionalArguments().first();
    LeadExporter::Options options;
    options.format = LeadExporter::formatForPath(out);
    if (p.isSet(u"format"_s)) {
        const QString f = p.value(u"format"_s).toLower();
        if (f == u"csv"_s)
            options.format = LeadExporter::Format::Csv;
        else if (f == u"vcard"_s || f == u"vcf"_s)
            options.format = LeadExporter::Format::VCard;
        else
            return usageError(tr("--format: \"%1\" is not csv or vcard").arg(p.value(u"format"_s)));
    }
    options.bom = p.isSet(u"bom"_s);
    options.neutralizeFormulas = !p.isSet(u"no-neutralize"_s);
    const QString d = p.value(u"delimiter"_s);
    if (d == u"tab"_s)
        options.delimiter = '\t';
    else if (d == u"semicolon"_s || d == u";"_s)
        options.delimiter = ';';
    else if (d == u","_s || d == u"comma"_s)
        options.delimiter = ',';
    else
        return usageError(tr("--delimiter: \"%1\" is not comma, semicolon or tab").arg(d));
    LeadExporter::Scope scope;
    auto ws = openWorkspace(false, true);
    if (p.isSet(u"segment"_s)) {
        const auto segment = ws->segments().findByName(p.value(u"segment"_s));
        if (!segment) {
            m_err << tr("leadbench-cli: no segment named \"%1\" in %2").arg(p.value(u"segment"_s), ws->path()) << '\n';
            return 1;
        }
        scope = LeadExporter::Scope::of(segment->filter);
    }
    if (p.isSet(u"search"_s)) {
        LeadFilter f = scope.kind == LeadExporter::Scope::Kind::Filter ? scope.filter : LeadFilter();
        f.search = p.value(u"search"_s);
        scope = LeadExporter::Scope::of(f);
    }
    if (p.isSet(u"ids"_s)) {
        QList<qint64> ids;
        for (const QString &s : p.value(u"ids"_s).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            ids << s.trimmed().toLongLong(&ok);
            if (!ok)
                return usageError(tr("--ids: \"%1\" is not a lead id").arg(s));
        }
        scope = LeadExporter::Scope::of(ids);
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 n = LeadExporter::write(ws->db(), ws->scoreBands(), out, scope, options);
    m_out << tr("Exported %Ln lead(s) to %1 in %L2 s.", nullptr, int(n))
                 .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    return 0;
}
