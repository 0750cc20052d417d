// leadbench-cli deals ... and pipelines ...: the deal board for scripts.
#include "Cli.h"

#include "distribution/RepRepository.h"
#include "pipeline/DealJson.h"
#include "pipeline/DealRepository.h"
#include "pipeline/PipelineRepository.h"
#include "settings/Formats.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
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

// A YYYY-MM-DD option; empty when not given; sets *bad when it is not a date.
std::optional<QDate> dateOption(const QCommandLineParser &p, const QString &name, bool *bad)
{
    if (!p.isSet(name))
        return std::nullopt;
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid())
        *bad = true;
    return d;
}

} // namespace

int Cli::deals(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("deals needs a subcommand: list, show, add or move"));
    const QString sub = args.first();
    if (sub == u"list"_s)
        return dealsList(args.mid(1));
    if (sub == u"show"_s)
        return dealsShow(args.mid(1));
    if (sub == u"add"_s)
        return dealsAdd(args.mid(1));
    if (sub == u"move"_s)
        return dealsMove(args.mid(1));
    return usageError(tr("unknown deals subcommand \"%1\" (list, show, add, move)").arg(sub));
}

int Cli::dealsList(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"pipeline"_s, tr("Pipeline name."), u"NAME"_s});
    p.addOption({u"stage"_s, tr("Stage name."), u"NAME"_s});
    p.addOption({u"owner"_s, tr("Owner name, or \"none\"."), u"NAME"_s});
    p.addOption({u"search"_s, tr("Words in title or company."), u"TEXT"_s});
    p.addOption({u"close-from"_s, tr("Closing on or after."), u"DATE"_s});
    p.addOption({u"close-to"_s, tr("Closing on or before."), u"DATE"_s});
    p.addOption({u"limit"_s, tr("At most N deals."), u"N"_s, u"50"_s});
    p.addOption({u"offset"_s, tr("Skip the first N deals."), u"N"_s, u"0"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (!p.positionalArguments().isEmpty())
        return usageError(tr("deals list takes no arguments, got \"%1\"").arg(p.positionalArguments().join(u' ')));
    bool ok = false;
    const qint64 limit = p.value(u"limit"_s).toLongLong(&ok);
    if (!ok || limit < 0 || limit > 1000000)
        return usageError(tr("--limit: \"%1\" is not a number from 0 to 1000000").arg(p.value(u"limit"_s)));
    const qint64 offset = p.value(u"offset"_s).toLongLong(&ok);
    if (!ok || offset < 0)
        return usageError(tr("--offset: \"%1\" is not a positive number").arg(p.value(u"offset"_s)));
    DealFilter filter;
    bool badDate = false;
    filter.closeFrom = dateOption(p, u"close-from"_s, &badDate);
    filter.closeTo = dateOption(p, u"close-to"_s, &badDate);
    if (badDate)
        return usageError(tr("--close-from/--close-to: dates are written YYYY-MM-DD"));
    filter.search = p.value(u"search"_s);

    auto ws = openWorkspace(false, true);
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    const QList<Pipeline> all = ws->pipelines().all();
    if (p.isSet(u"pipeline"_s)) {
        const auto pipeline = ws->pipelines().findByName(p.value(u"pipeline"_s));
        if (!pipeline) {
            m_err << tr("leadbench-cli: no pipeline named \"%1\" in %2").arg(p.value(u"pipeline"_s), ws->path()) << '\n';
            return 1;
        }
        pipelineId = pipeline->id;
    }
    if (p.isSet(u"stage"_s)) {
        QList<const PipelineStage *> matches;
        for (const Pipeline &pl : all) {
            if (pipelineId && pl.id != pipelineId)
                continue;
            if (const PipelineStage *s = pl.stageNamed(p.value(u"stage"_s)))
                matches << s;
        }
        if (matches.isEmpty()) {
            m_err << tr("leadbench-cli: no stage named \"%1\"").arg(p.value(u"stage"_s)) << '\n';
            return 1;
        }
        if (matches.size() > 1) {
            m_err << tr("leadbench-cli: stage \"%1\" is in several pipelines; say which with --pipeline")
                         .arg(p.value(u"stage"_s))
                  << '\n';
            return 1;
        }
        stageId = matches.first()->id;
    }
    if (p.isSet(u"owner"_s)) {
        const QString owner = p.value(u"owner"_s);
        if (owner.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            filter.owners = {0};
        } else {
            const auto rep = ws->reps().findByName(owner);
            if (!rep) {
                m_err << tr("leadbench-cli: no rep named \"%1\"").arg(owner) << '\n';
                return 1;
            }
            filter.owners = {rep->id};
        }
    }
    qint64 total = 0;
    const QList<Deal> list = ws->deals().list(pipelineId, stageId, filter, offset, limit, &total);
    const DealJson::Names names = DealJson::Names::of(*ws);
    if (p.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Deal &d : list)
            array << DealJson::toJson(d, names);
        QJsonObject o;
        o[u"total"_s] = total;
        o[u"offset"_s] = offset;
        o[u"count"_s] = list.size();
        o[u"deals"_s] = array;
        m_out << toText(o);
    } else {
        for (const Deal &d : list) {
            m_out << d.id << '\t' << d.title << '\t' << d.company << '\t' << names.stages.value(d.stageId) << '\t'
                  << QLocale().toString(d.amount, 'f', 2) << ' ' << d.currency << '\t'
                  << (d.ownerId ? names.reps.value(*d.ownerId) : QString()) << '\n';
        }
        m_out << tr("%L1 of %L2 deals").arg(list.size()).arg(total) << '\n';
    }
    return 0;
}

int Cli::dealsShow(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("deals show needs one deal id"));
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(tr("\"%1\" is not a deal id").arg(p.positionalArguments().first()));
    auto ws = openWorkspace(false, true);
    const auto deal = ws->deals().find(id);
    if (!deal) {
        m_err << tr("leadbench-cli: there is no deal %1 in %2").arg(id).arg(ws->path()) << '\n';
        return 1;
    }
    const DealJson::Names names = DealJson::Names::of(*ws);
    QJsonObject o = DealJson::toJson(*deal, names);
    QJsonArray history;
    for (const DealStageChange &c : ws->deals().history(id))
        history << DealJson::toJson(c, names);
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

int Cli::dealsAdd(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"lead"_s, tr("Lead id."), u"ID"_s});
    p.addOption({u"company"_s, tr("Company."), u"C"_s});
    p.addOption({u"amount"_s, tr("Amount."), u"A"_s, u"0"_s});
    p.addOption({u"currency"_s, tr("ISO currency code."), u"CUR"_s, u"EUR"_s});
    p.addOption({u"close"_s, tr("Expected close date."), u"DATE"_s});
    p.addOption({u"owner"_s, tr("Owner name."), u"NAME"_s});
    p.addOption({u"probability"_s, tr("Probability in percent."), u"P"_s});
    p.addOption({u"pipeline"_s, tr("Pipeline name."), u"NAME"_s});
    p.addOption({u"stage"_s, tr("Stage name."), u"NAME"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("deals add needs one title (quote it when it has spaces)"));
    Deal deal;
    deal.title = p.positionalArguments().first();
    bool ok = false;
    deal.amount = p.value(u"amount"_s).toDouble(&ok);
    if (!ok)
        return usageError(tr("--amount: \"%1\" is not a number (write it as 12500.50)").arg(p.value(u"amount"_s)));
    deal.currency = p.value(u"currency"_s).toUpper();
    deal.company = p.value(u"company"_s);
    if (p.isSet(u"lead"_s)) {
        const qint64 lead = p.value(u"lead"_s).toLongLong(&ok);
        if (!ok || lead <= 0)
            return usageError(tr("--lead: \"%1\" is not a lead id").arg(p.value(u"lead"_s)));
        deal.leadId = lead;
    }
    bool badDate = false;
    deal.expectedClose = dateOption(p, u"close"_s, &badDate);
    if (badDate)
        return usageError(tr("--close: \"%1\" is not a date (YYYY-MM-DD)").arg(p.value(u"close"_s)));
    if (p.isSet(u"probability"_s)) {
        const double percent = p.value(u"probability"_s).toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            return usageError(tr("--probability: \"%1\" is not a percentage from 0 to 100").arg(p.value(u"probability"_s)));
        deal.probability = percent / 100.0;
    }

    auto ws = openWorkspace(true);
    if (p.isSet(u"owner"_s)) {
        const auto rep = ws->reps().findByName(p.value(u"owner"_s));
        if (!rep) {
            m_err << tr("leadbench-cli: no rep named \"%1\"").arg(p.value(u"owner"_s)) << '\n';
            return 1;
        }
        deal.ownerId = rep->id;
    }
    if (p.isSet(u"pipeline"_s)) {
        const auto pipeline = ws->pipelines().findByName(p.value(u"pipeline"_s));
        if (!pipeline) {
            m_err << tr("leadbench-cli: no pipeline named \"%1\"").arg(p.value(u"pipeline"_s)) << '\n';
            return 1;
        }
        deal.pipelineId = pipeline->id;
    } else {
        deal.pipelineId = ws->pipelines().ensureDefault();
    }
    if (p.isSet(u"stage"_s)) {
        const Pipeline pipeline = ws->pipelines().get(deal.pipelineId);
        const PipelineStage *stage = pipeline.stageNamed(p.value(u"stage"_s));
        if (!stage) {
            m_err << tr("leadbench-cli: pipeline \"%1\" has no stage \"%2\"").arg(pipeline.name, p.value(u"stage"_s)) << '\n';
            return 1;
        }
        deal.stageId = stage->id;
    }
    const DealRepository::Created created = ws->deals().create(deal);
    const Deal stored = ws->deals().get(created.id);
    if (p.isSet(u"json"_s)) {
        m_out << toText(DealJson::toJson(stored, DealJson::Names::of(*ws)));
    } else {
        m_out << tr("Added deal %1: %2").arg(stored.id).arg(stored.title) << '\n';
        if (created.lead.happened())
            m_out << tr("Lead %1 is now at %2.").arg(created.lead.leadId).arg(Lifecycle::displayName(created.lead.to)) << '\n';
    }
    return 0;
}

int Cli::dealsMove(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"date"_s, tr("Close date (Won, Lost)."), u"DATE"_s});
    p.addOption({u"reason"_s, tr("Why it was won or lost."), u"TEXT"_s});
    p.addOption({u"margin"_s, tr("Gross margin of a won deal."), u"M"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 2)
        return usageError(tr("deals move needs a deal id and a stage: leadbench-cli deals move ID STAGE"));
    bool ok = false;
    const qint64 id = p.positionalArguments().at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(tr("\"%1\" is not a deal id").arg(p.positionalArguments().at(0)));
    bool badDate = false;
    const std::optional<QDate> date = dateOption(p, u"date"_s, &badDate);
    if (badDate)
        return usageError(tr("--date: \"%1\" is not a date (YYYY-MM-DD)").arg(p.value(u"date"_s)));
    std::optional<double> margin;
    if (p.isSet(u"margin"_s)) {
        margin = p.value(u"margin"_s).toDouble(&ok);
        if (!ok || !std::isfinite(*margin))
            return usageError(tr("--margin: \"%1\" is not a number").arg(p.value(u"margin"_s)));
    }

    auto ws = openWorkspace(false);
    const auto deal = ws->deals().find(id);
    if (!deal) {
        m_err << tr("leadbench-cli: there is no deal %1 in %2").arg(id).arg(ws->path()) << '\n';
        return 1;
    }
    const Pipeline pipeline = ws->pipelines().get(deal->pipelineId);
    const PipelineStage *stage = pipeline.stageNamed(p.positionalArguments().at(1));
    if (!stage) {
        QStringList names;
        for (const PipelineStage &s : pipeline.stages)
            names << s.name;
        m_err << tr("leadbench-cli: pipeline \"%1\" has no stage \"%2\" (its stages: %3)")
                     .arg(pipeline.name, p.positionalArguments().at(1), names.join(u", "_s))
              << '\n';
        return 1;
    }
    std::optional<CloseDetails> close;
    if (stage->isClosed())
        close = CloseDetails{date.value_or(QDate::currentDate()), p.value(u"reason"_s), margin};
    const DealMove move = ws->deals().move(id, stage->id, DealPlacement::top(), close);
    const Deal moved = ws->deals().get(id);
    if (p.isSet(u"json"_s)) {
        QJsonObject o = DealJson::toJson(moved, DealJson::Names::of(*ws));
        o[u"lead_stage"_s] = move.lead.happened() ? QJsonValue(Lifecycle::key(move.lead.to)) : QJsonValue();
        m_out << toText(o);
    } else {
        m_out << tr("Moved deal %1 (%2) to %3.").arg(id).arg(moved.title, stage->name) << '\n';
        if (move.lead.happened())
            m_out << tr("Lead %1 is now at %2.").arg(move.lead.leadId).arg(Lifecycle::displayName(move.lead.to)) << '\n';
    }
    return 0;
}

int Cli::pipelines(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments() != QStringList{u"list"_s})
        return usageError(tr("pipelines needs the subcommand list"));
    auto ws = openWorkspace(false, true);
    QJsonArray array;
    for (const Pipeline &pl : ws->pipelines().all()) {
        const QList<StageTotals> totals = ws->deals().totals(pl.id, DealFilter());
        const QJsonObject o = DealJson::toJson(pl, totals);
        array << o;
        if (p.isSet(u"json"_s))
            continue;
        m_out << pl.name << '\n';
        for (const QJsonValue &v : o.value(u"stages"_s).toArray()) {
            const QJsonObject s = v.toObject();
            QStringList sums;
            for (const QJsonValue &t : s.value(u"totals"_s).toArray()) {
                const QJsonObject to = t.toObject();
                sums << tr("%1 %2 (weighted %3)")
                            .arg(QLocale().toString(to.value(u"amount"_s).toDouble(), 'f', 2),
                                 to.value(u"currency"_s).toString(),
                                 QLocale().toString(to.value(u"weighted"_s).toDouble(), 'f', 2));
            }
            m_out << "  " << s.value(u"name"_s).toString() << '\t' << s.value(u"outcome"_s).toString() << '\t'
                  << Formats::percent(s.value(u"probability"_s).toDouble()) << '\t' << QLocale().toString(s.value(u"deals"_s).toInteger())
                  << '\t' << sums.join(u"; "_s) << '\n';
        }
    }
    if (p.isSet(u"json"_s)) {
        QJsonObject o;
        o[u"pipelines"_s] = array;
        m_out << toText(o);
    }
    return 0;
}
