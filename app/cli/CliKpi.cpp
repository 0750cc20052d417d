// leadbench-cli kpi ...: the managers' KPIs for scripts and reports.
#include "Cli.h"

#include "kpi/Kpi.h"
#include "kpi/KpiService.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

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

} // namespace

int Cli::kpi(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"from"_s, tr("First day of the range (YYYY-MM-DD)."), u"D"_s});
    p.addOption({u"to"_s, tr("Last day of the range (YYYY-MM-DD)."), u"D"_s});
    p.addOption({u"by"_s, tr("Grouping: campaign, source, rep or month."), u"GROUPING"_s, u"campaign"_s});
    p.addOption({u"format"_s, tr("json or csv."), u"FORMAT"_s, u"json"_s});
    p.addOption({u"table"_s, tr("With csv: groups, months, funnel or cycle."), u"TABLE"_s, u"groups"_s});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (!p.positionalArguments().isEmpty())
        return usageError(tr("kpi takes no arguments, got \"%1\"").arg(p.positionalArguments().join(u' ')));

    const QDate today = QDateTime::currentDateTimeUtc().date();
    Kpi::Range range;
    range.to = p.isSet(u"to"_s) ? QDate::fromString(p.value(u"to"_s), Qt::ISODate) : today;
    if (!range.to.isValid())
        return usageError(tr("--to: \"%1\" is not a date (YYYY-MM-DD)").arg(p.value(u"to"_s)));
    range.from = p.isSet(u"from"_s) ? QDate::fromString(p.value(u"from"_s), Qt::ISODate)
                                    : QDate(range.to.year(), range.to.month(), 1).addMonths(-11);
    if (!range.from.isValid())
        return usageError(tr("--from: \"%1\" is not a date (YYYY-MM-DD)").arg(p.value(u"from"_s)));
    if (range.from > range.to)
        return usageError(tr("--from %1 is after --to %2").arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)));
    const std::optional<Kpi::Grouping> grouping = Kpi::groupingFromKey(p.value(u"by"_s));
    if (!grouping)
        return usageError(tr("--by: \"%1\" is not one of campaign, source, rep, month").arg(p.value(u"by"_s)));
    const QString format = p.value(u"format"_s).toLower();
    if (format != u"json"_s && format != u"csv"_s)
        return usageError(tr("--format: \"%1\" is not one of json, csv").arg(p.value(u"format"_s)));
    const QString table = p.value(u"table"_s).toLower();
    if (!QStringList{u"groups"_s, u"months"_s, u"funnel"_s, u"cycle"_s}.contains(table))
        return usageError(tr("--table: \"%1\" is not one of groups, months, funnel, cycle").arg(p.value(u"table"_s)));
    if (p.isSet(u"table"_s) && format != u"csv"_s)
        return usageError(tr("--table goes with --format csv (JSON holds every table)"));

    auto ws = openWorkspace(false, true);
    const Kpi::Report report = KpiService(ws->db()).compute(range, *grouping);
    QByteArray out;
    if (format == u"json"_s)
        out = Kpi::toJson(report);
    else if (table == u"months"_s)
        out = Kpi::monthsCsv(report.months);
    else if (table == u"funnel"_s)
        out = Kpi::funnelCsv(report.funnel);
    else if (table == u"cycle"_s)
        out = Kpi::cycleCsv(report.cycleBuckets);
    else
        out = Kpi::tableCsv(report.groups, &report.total);
    m_out << QString::fromUtf8(out);
    m_out.flush();
    return 0;
}
