#include "NurtureCommands.h"

#include "leads/Lead.h"
#include "leads/SegmentRepository.h"
#include "nurture/NurtureService.h"
#include "storage/StorageError.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Nurture;

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

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("NurtureCommands", "%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

} // namespace

NurtureCommands::NurtureCommands(QTextStream &out, QTextStream &err, std::unique_ptr<Workspace> workspace)
    : m_out(out)
    , m_err(err)
    , m_workspace(std::move(workspace))
    , m_service(std::make_unique<NurtureService>(*m_workspace))
{
}

NurtureCommands::~NurtureCommands() = default;

QString NurtureCommands::usage()
{
    return tr("  nurture list [--json]\n"
              "        Nurture sequences with their status and enrolments (active, completed, exited).\n"
              "  nurture show SEQUENCE [--json]\n"
              "        A sequence's steps, what keeps it from running, and its statistics per step.\n"
              "  nurture sequence-set FILE [--activate]\n"
              "        Creates or replaces (by name) a sequence from a JSON file: name, steps (id, type email|wait|\n"
              "        condition|action, template by name, next / yes / no), entry, exits. --activate starts it\n"
              "        (refused, with the step and the problem, unless it validates).\n"
              "  nurture activate SEQUENCE | nurture pause SEQUENCE\n"
              "  nurture template-set NAME --subject S --text FILE [--html FILE]\n"
              "        Creates or replaces an e-mail template. Merge fields: {{first_name}}, {{company}},\n"
              "        {{owner_name}}, ... with fallbacks {{first_name|there}}. The unsubscribe footer is\n"
              "        always added.\n"
              "  nurture preview TEMPLATE --lead ID\n"
              "        The template rendered for that lead (subject, text, HTML).\n"
              "  nurture enrol SEQUENCE (--lead ID[,ID...] | --segment NAME)\n"
              "        Enrols leads by hand or a saved segment (leads already in it stay where they are).\n"
              "  nurture run [--dry-run [--days N]] [--json]\n"
              "        Sends the due e-mails over SMTP and runs the due steps (consent, unsubscribes, the\n"
              "        frequency cap and quiet hours respected; a crash never sends an e-mail twice).\n"
              "        --dry-run: what would be sent in the next N days (default 14), to whom and when,\n"
              "        without sending or changing anything.\n"
              "  nurture stats SEQUENCE [--json]\n"
              "        Per e-mail step: sent, opened, clicked, replied, converted, bounced.\n"
              "  nurture settings [--json] | nurture settings --set FILE\n"
              "        The SMTP server, sender, unsubscribe targets, cap and quiet hours (JSON).\n"
              "  nurture password\n"
              "        Reads the SMTP password from standard input into the system keychain.\n"
              "  nurture unsubscribe TOKEN\n"
              "        Unsubscribes the lead of an unsubscribe link's token.\n");
}

int NurtureCommands::usageError(const QString &message)
{
    m_err << tr("leadbench-cli: %1").arg(message) << '\n' << tr("Run \"leadbench-cli --help\" for the commands.") << '\n';
    return 2;
}

int NurtureCommands::failure(const QString &message)
{
    m_err << tr("leadbench-cli: %1").arg(message) << '\n';
    return 1;
}

int NurtureCommands::run(const QStringList &all)
{
    if (all.isEmpty())
        return usageError(tr("nurture needs a command: list, show, enrol, run, stats, ..."));
    QStringList args = all;
    const QString command = args.takeFirst();
    if (command == u"list"_s)
        return list(args);
    if (command == u"show"_s)
        return show(args);
    if (command == u"enrol"_s || command == u"enroll"_s)
        return enrol(args);
    if (command == u"run"_s)
        return send(args);
    if (command == u"stats"_s)
        return stats(args);
    if (command == u"template-set"_s)
        return templateSet(args);
    if (command == u"sequence-set"_s)
        return sequenceSet(args);
    if (command == u"activate"_s)
        return setStatus(args, true);
    if (command == u"pause"_s)
        return setStatus(args, false);
    if (command == u"settings"_s)
        return settings(args);
    if (command == u"password"_s)
        return password(args);
    if (command == u"unsubscribe"_s)
        return unsubscribe(args);
    if (command == u"preview"_s)
        return preview(args);
    return usageError(tr("unknown nurture command \"%1\"").arg(command));
}

int NurtureCommands::list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    QJsonArray array;
    for (const Sequence &s : m_service->sequences()) {
        const SequenceCounts c = m_service->counts(s.id);
        const int problems = int(m_service->validate(s).size());
        if (p.isSet(u"json"_s)) {
            array << QJsonObject{{u"id"_s, double(s.id)}, {u"name"_s, s.name}, {u"status"_s, Sequences::statusKey(s.status)},
                                 {u"steps"_s, int(s.steps.size())}, {u"problems"_s, problems},
                                 {u"active"_s, double(c.active)}, {u"completed"_s, double(c.completed)},
                                 {u"exited"_s, double(c.exited)}, {u"bant_default"_s, s.bantDefault}};
        } else {
            m_out << tr("%1  [%2]  %n step(s), active %3, completed %4, exited %5", nullptr, int(s.steps.size()))
                         .arg(s.name, Sequences::statusName(s.status))
                         .arg(c.active).arg(c.completed).arg(c.exited);
            if (problems)
                m_out << tr("  (%n problem(s))", nullptr, problems);
            m_out << '\n';
        }
    }
    if (p.isSet(u"json"_s))
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

int NurtureCommands::show(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    p.addPositionalArgument(u"sequence"_s, tr("The sequence's name."));
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("nurture show needs one sequence name"));
    const std::optional<Sequence> s = m_service->findSequence(p.positionalArguments().first());
    if (!s)
        return failure(tr("there is no sequence named \"%1\"").arg(p.positionalArguments().first()));
    auto templateName = [this](qint64 id) {
        const auto t = m_service->findTemplate(id);
        return t ? t->name : QString();
    };
    const QList<Problem> problems = m_service->validate(*s);
    if (p.isSet(u"json"_s)) {
        QJsonObject o = s->toJson(templateName);
        QJsonArray list;
        for (const Problem &pr : problems)
            list << QJsonObject{{u"step"_s, pr.stepId}, {u"message"_s, pr.message}};
        o[u"problems"_s] = list;
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    m_out << tr("%1 [%2]").arg(s->name, Sequences::statusName(s->status)) << '\n';
    for (const Step &step : s->steps) {
        m_out << (step.id == s->entry ? u"> "_s : u"  "_s) << u'#' << step.id << u' ' << Sequences::describe(step, templateName);
        if (step.type == StepType::Condition)
            m_out << tr("  yes -> %1, no -> %2").arg(step.yes ? u"#"_s + QString::number(step.yes) : tr("end"),
                                                     step.no ? u"#"_s + QString::number(step.no) : tr("end"));
        else
            m_out << u"  -> "_s << (step.next ? u"#"_s + QString::number(step.next) : tr("end"));
        m_out << '\n';
    }
    for (const Problem &pr : problems)
        m_out << (pr.stepId ? tr("Problem, step #%1: %2").arg(pr.stepId).arg(pr.message) : tr("Problem: %1").arg(pr.message)) << '\n';
    return 0;
}

int NurtureCommands::enrol(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"lead"_s, tr("Lead ids."), u"IDS"_s});
    p.addOption({u"segment"_s, tr("A saved segment."), u"NAME"_s});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("nurture enrol needs one sequence name"));
    if (p.isSet(u"lead"_s) == p.isSet(u"segment"_s))
        return usageError(tr("nurture enrol needs either --lead or --segment"));
    const std::optional<Sequence> s = m_service->findSequence(p.positionalArguments().first());
    if (!s)
        return failure(tr("there is no sequence named \"%1\"").arg(p.positionalArguments().first()));
    int added = 0;
    if (p.isSet(u"lead"_s)) {
        QList<qint64> ids;
        for (const QString &part : p.value(u"lead"_s).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return usageError(tr("--lead: \"%1\" is not a lead id").arg(part));
            ids << id;
        }
        added = m_service->enrol(s->id, ids);
    } else {
        const std::optional<Segment> segment = m_workspace->segments().findByName(p.value(u"segment"_s));
        if (!segment)
            return failure(tr("there is no segment named \"%1\"").arg(p.value(u"segment"_s)));
        added = m_service->enrolSegment(s->id, segment->id);
    }
    m_out << tr("%n lead(s) enrolled in \"%1\".", nullptr, added).arg(s->name) << '\n';
    return 0;
}

int NurtureCommands::send(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"dry-run"_s, tr("Only say what would be sent.")});
    p.addOption({u"days"_s, tr("Dry run: days ahead."), u"N"_s, u"14"_s});
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    bool ok = false;
    const int days = p.value(u"days"_s).toInt(&ok);
    if (!ok || days < 0 || days > 366)
        return usageError(tr("--days: \"%1\" is not a number of days from 0 to 366").arg(p.value(u"days"_s)));
    RunReport report;
    if (p.isSet(u"dry-run"_s)) {
        report = m_service->dryRun(days);
    } else {
        const NurtureSettings settings = m_service->settings();
        const QString problem = settings.problem();
        if (!problem.isEmpty())
            return failure(problem);
        const QString password = settings.smtp.username.isEmpty() ? QString() : m_service->smtpPassword();
        SmtpMailer mailer(settings.smtp, password);
        RunOptions options;
        report = m_service->run(&mailer, options);
    }
    if (p.isSet(u"json"_s)) {
        QJsonArray emails;
        for (const PlannedEmail &e : report.emails)
            emails << QJsonObject{{u"at"_s, when(e.at)}, {u"lead"_s, double(e.leadId)}, {u"to"_s, e.to},
                                  {u"sequence"_s, e.sequence}, {u"step"_s, e.stepId}, {u"subject"_s, e.subject}};
        QJsonObject o{{u"dry_run"_s, p.isSet(u"dry-run"_s)}, {u"sent"_s, report.sent}, {u"retried"_s, report.retried},
                      {u"failed"_s, report.failed}, {u"bounced"_s, report.bounced}, {u"exited"_s, report.exited},
                      {u"completed"_s, report.completed}, {u"enrolled"_s, report.enrolled}, {u"actions"_s, report.actions},
                      {u"held_by_cap"_s, report.heldByCap}, {u"held_by_quiet_hours"_s, report.heldByQuietHours},
                      {u"emails"_s, emails}, {u"problems"_s, QJsonArray::fromStringList(report.problems)},
                      {u"planned_actions"_s, QJsonArray::fromStringList(report.plannedActions)}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const PlannedEmail &e : report.emails)
            m_out << QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat) << u"  "_s << e.to
                  << u"  "_s << e.sequence << u" #"_s << e.stepId << u"  "_s << e.subject << '\n';
        for (const QString &a : report.plannedActions)
            m_out << a << '\n';
        m_out << (p.isSet(u"dry-run"_s) ? tr("Dry run: %n e-mail(s) would be sent.", nullptr, report.sent)
                                        : tr("%n e-mail(s) sent.", nullptr, report.sent))
              << ' ' << tr("Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.")
                            .arg(report.retried).arg(report.failed).arg(report.bounced).arg(report.exited)
                            .arg(report.completed).arg(report.heldByCap).arg(report.heldByQuietHours)
              << '\n';
        for (const QString &problem : report.problems)
            m_err << problem << '\n';
    }
    return report.stopped ? 1 : 0;
}

int NurtureCommands::stats(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("nurture stats needs one sequence name"));
    const std::optional<Sequence> s = m_service->findSequence(p.positionalArguments().first());
    if (!s)
        return failure(tr("there is no sequence named \"%1\"").arg(p.positionalArguments().first()));
    auto templateName = [this](qint64 id) {
        const auto t = m_service->findTemplate(id);
        return t ? t->name : QString();
    };
    QJsonArray array;
    for (const StepStats &st : m_service->stats(s->id)) {
        const Step *step = s->step(st.stepId);
        if (!step)
            continue;
        if (p.isSet(u"json"_s)) {
            array << QJsonObject{{u"step"_s, st.stepId}, {u"type"_s, Sequences::typeKey(step->type)},
                                 {u"sent"_s, double(st.sent)}, {u"opened"_s, double(st.opened)},
                                 {u"clicked"_s, double(st.clicked)}, {u"replied"_s, double(st.replied)},
                                 {u"converted"_s, double(st.converted)}, {u"bounced"_s, double(st.bounced)},
                                 {u"waiting"_s, double(st.waiting)}};
        } else if (step->type == StepType::Email) {
            m_out << tr("#%1 %2: sent %3, opened %4, clicked %5, replied %6, converted %7, bounced %8, waiting %9")
                         .arg(st.stepId).arg(Sequences::describe(*step, templateName))
                         .arg(st.sent).arg(st.opened).arg(st.clicked).arg(st.replied).arg(st.converted).arg(st.bounced)
                         .arg(st.waiting)
                  << '\n';
        } else if (st.waiting) {
            m_out << tr("#%1 %2: waiting %3").arg(st.stepId).arg(Sequences::describe(*step, templateName)).arg(st.waiting) << '\n';
        }
    }
    if (p.isSet(u"json"_s))
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

int NurtureCommands::templateSet(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"subject"_s, tr("Subject."), u"S"_s});
    p.addOption({u"text"_s, tr("Plain-text body file."), u"FILE"_s});
    p.addOption({u"html"_s, tr("HTML body file."), u"FILE"_s});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1 || !p.isSet(u"subject"_s) || !p.isSet(u"text"_s))
        return usageError(tr("nurture template-set needs NAME, --subject and --text"));
    EmailTemplate t = m_service->findTemplate(p.positionalArguments().first()).value_or(EmailTemplate());
    t.name = p.positionalArguments().first();
    t.subject = p.value(u"subject"_s);
    const auto text = readFile(p.value(u"text"_s), &error);
    if (!text)
        return failure(error);
    t.text = QString::fromUtf8(*text);
    t.html.clear();
    if (p.isSet(u"html"_s)) {
        const auto html = readFile(p.value(u"html"_s), &error);
        if (!html)
            return failure(error);
        t.html = QString::fromUtf8(*html);
    }
    m_service->saveTemplate(t);
    m_out << tr("Template \"%1\" saved.").arg(t.name) << '\n';
    return 0;
}

int NurtureCommands::sequenceSet(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"activate"_s, tr("Start it.")});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1)
        return usageError(tr("nurture sequence-set needs one FILE"));
    const QString path = p.positionalArguments().first();
    const auto bytes = readFile(path, &error);
    if (!bytes)
        return failure(error);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (!doc.isObject())
        return failure(tr("%1, offset %2: %3").arg(path).arg(parseError.offset).arg(parseError.errorString()));
    std::optional<Sequence> s = Sequence::fromJson(
        doc.object(), [this](const QString &name) { const auto t = m_service->findTemplate(name); return t ? t->id : 0; },
        &error);
    if (!s)
        return failure(tr("%1: %2").arg(path, error));
    if (const auto existing = m_service->findSequence(s->name))
        s->id = existing->id;
    if (p.isSet(u"activate"_s))
        s->status = SequenceStatus::Active;
    m_service->saveSequence(*s);
    m_out << tr("Sequence \"%1\" saved (%2).").arg(s->name, Sequences::statusName(s->status)) << '\n';
    return 0;
}

int NurtureCommands::setStatus(const QStringList &args, bool active)
{
    if (args.size() != 1)
        return usageError(tr("nurture %1 needs one sequence name").arg(active ? u"activate"_s : u"pause"_s));
    const std::optional<Sequence> s = m_service->findSequence(args.first());
    if (!s)
        return failure(tr("there is no sequence named \"%1\"").arg(args.first()));
    m_service->setStatus(s->id, active ? SequenceStatus::Active : SequenceStatus::Paused);
    m_out << tr("Sequence \"%1\" is %2.").arg(s->name, Sequences::statusName(active ? SequenceStatus::Active : SequenceStatus::Paused))
          << '\n';
    return 0;
}

int NurtureCommands::settings(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"json"_s, tr("JSON output.")});
    p.addOption({u"set"_s, tr("Settings file."), u"FILE"_s});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.isSet(u"set"_s)) {
        const auto bytes = readFile(p.value(u"set"_s), &error);
        if (!bytes)
            return failure(error);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
        if (!doc.isObject())
            return failure(tr("%1, offset %2: %3").arg(p.value(u"set"_s)).arg(parseError.offset).arg(parseError.errorString()));
        m_service->saveSettings(NurtureSettings::fromJson(doc.object()));
        m_out << tr("Sending settings saved.") << '\n';
        const QString problem = m_service->settings().problem();
        if (!problem.isEmpty())
            m_out << problem << '\n';
        return 0;
    }
    m_out << QJsonDocument(m_service->settings().toJson()).toJson(QJsonDocument::Indented);
    return 0;
}

int NurtureCommands::password(const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("nurture password takes no arguments (the password comes on standard input)"));
    QTextStream in(stdin);
    const QString password = in.readLine();
    m_service->setSmtpPassword(password);
    m_out << (password.isEmpty() ? tr("SMTP password removed from the keychain.") : tr("SMTP password stored in the keychain."))
          << '\n';
    return 0;
}

int NurtureCommands::unsubscribe(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("nurture unsubscribe needs one TOKEN"));
    if (!m_service->unsubscribeToken(args.first()))
        return failure(tr("no lead has the unsubscribe token \"%1\"").arg(args.first()));
    m_out << tr("Unsubscribed.") << '\n';
    return 0;
}

int NurtureCommands::preview(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"lead"_s, tr("Lead id."), u"ID"_s});
    QString error;
    if (!parse(p, args, &error))
        return usageError(error);
    if (p.positionalArguments().size() != 1 || !p.isSet(u"lead"_s))
        return usageError(tr("nurture preview needs TEMPLATE and --lead ID"));
    const auto t = m_service->findTemplate(p.positionalArguments().first());
    if (!t)
        return failure(tr("there is no template named \"%1\"").arg(p.positionalArguments().first()));
    const RenderedEmail r = m_service->preview(*t, p.value(u"lead"_s).toLongLong());
    m_out << tr("Subject: %1").arg(r.subject) << "\n\n" << r.text;
    if (!r.html.isEmpty())
        m_out << "\n--- HTML ---\n" << r.html << '\n';
    return 0;
}
