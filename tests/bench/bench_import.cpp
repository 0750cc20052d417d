// Import benchmark (issue "Import and export: CSV and vCard, at a million rows, losing nothing").
//
//   bench_import [--rows N] [--file PATH] [--cli PATH] [--sqlite3 PATH]
//
// Writes (once, then reuses) a HubSpot contacts export of N rows (default 1,000,000) with real-world
// mess (tests/support/ImportFileGenerator), then measures, in the same run and on the same file:
//  - the baseline: the sqlite3 command-line shell `.import`ing the file into a table with an e-mail
//    index and an FTS5 index (name, e-mail, company and message, configured like Leadbench's) that
//    triggers keep, as a person would load a CSV by hand;
//  - Leadbench: `leadbench-cli import FILE` into a new workspace, end to end (reading, encoding and
//    delimiter detection, mapping, value mapping, validation, duplicate detection against the file,
//    writing leads with every index and the full-text search, the rejects file, the history);
//  - then the same file imported again into that workspace (every row a duplicate: the skip path);
//  - the peak memory of both processes (wait4's ru_maxrss of each child).
// Each figure is one JSON line {"name","value","unit","baseline","ratio","target"}.

#include "BenchSupport.h"

#include "ImportFileGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

struct Run
{
    double seconds = 0;
    double peakMb = 0;
    int exitCode = -1;
};

// Runs a program with stdin from a file (or /dev/null), stdout/stderr to files; returns wall time and
// the child's own peak RSS.
Run spawn(const QStringList &argv, const QString &stdinFile, const QString &stdoutFile)
{
    std::vector<QByteArray> storage;
    std::vector<char *> args;
    for (const QString &a : argv)
        storage.push_back(QFile::encodeName(a));
    for (QByteArray &s : storage)
        args.push_back(s.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray in = QFile::encodeName(stdinFile.isEmpty() ? QStringLiteral("/dev/null") : stdinFile);
    const QByteArray out = QFile::encodeName(stdoutFile);
    posix_spawn_file_actions_addopen(&actions, 0, in.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    Run run;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", args[0]);
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    struct rusage usage;
    wait4(pid, &status, 0, &usage);
    run.seconds = Bench::ms(timer) / 1000.0;
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

QString quoteIdent(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1000000;
    QString file;
    QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("leadbench-cli"));
    QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        auto next = [&] { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (args.at(i) == QLatin1String("--rows"))
            rows = next().toLongLong();
        else if (args.at(i) == QLatin1String("--file"))
            file = next();
        else if (args.at(i) == QLatin1String("--cli"))
            cli = next();
        else if (args.at(i) == QLatin1String("--sqlite3"))
            shell = next();
    }
    if (file.isEmpty())
        file = QStringLiteral("/tmp/leadbench-hubspot-%1.csv").arg(rows);
    if (shell.isEmpty()) {
        std::fprintf(stderr, "bench_import: the sqlite3 shell is not installed (apt-get install sqlite3)\n");
        return 1;
    }
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr, "Writing %lld rows to %s…\n", static_cast<long long>(rows), qPrintable(file));
        ImportFileGenerator::Options options;
        options.rows = rows;
        ImportFileGenerator::writeHubSpotContacts(file + QStringLiteral(".part"), options);
        QFile::rename(file + QStringLiteral(".part"), file);
    }
    const double fileMb = double(QFileInfo(file).size()) / 1e6;
    const QString work = QDir::tempPath() + QStringLiteral("/leadbench-bench-import");
    QDir(work).removeRecursively();
    QDir().mkpath(work);

    // Baseline: the sqlite3 shell.
    const QString baselineDb = work + QStringLiteral("/baseline.db");
    const QString script = work + QStringLiteral("/baseline.sql");
    {
        QStringList columns;
        for (const QString &c : ImportFileGenerator::hubSpotHeader())
            columns << quoteIdent(c) + QStringLiteral(" TEXT");
        QString sql = QStringLiteral("CREATE TABLE contacts(%1);\n").arg(columns.join(QStringLiteral(", ")));
        sql += QStringLiteral("CREATE INDEX contacts_email ON contacts(\"Email\");\n");
        sql += QStringLiteral(
            "CREATE VIRTUAL TABLE contacts_fts USING fts5(\"First Name\", \"Last Name\", \"Email\", \"Company Name\", "
            "\"Message\", content='contacts', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', "
            "prefix='1 2 3');\n"
            "CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN INSERT INTO contacts_fts(rowid, "
            "\"First Name\", \"Last Name\", \"Email\", \"Company Name\", \"Message\") VALUES (new.rowid, "
            "new.\"First Name\", new.\"Last Name\", new.\"Email\", new.\"Company Name\", new.\"Message\"); END;\n");
        sql += QStringLiteral(".import --csv --skip 1 '%1' contacts\n").arg(file);
        sql += QStringLiteral("SELECT count(*) FROM contacts;\n");
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        f.write(sql.toUtf8());
    }
    std::fprintf(stderr, "Baseline: sqlite3 .import of %.0f MB…\n", fileMb);
    const Run baseline = spawn({shell, baselineDb}, script, work + QStringLiteral("/baseline.out"));
    if (baseline.exitCode != 0) {
        std::fprintf(stderr, "sqlite3 failed, see %s/baseline.out\n", qPrintable(work));
        return 1;
    }

    // Leadbench, end to end, into a new workspace.
    const QString workspace = work + QStringLiteral("/import.leadbench");
    const QString report = work + QStringLiteral("/report.json");
    std::fprintf(stderr, "Leadbench: leadbench-cli import…\n");
    const Run ours = spawn({cli, QStringLiteral("--db"), workspace, QStringLiteral("import"), file,
                            QStringLiteral("--report"), report},
                           QString(), work + QStringLiteral("/import.out"));
    if (ours.exitCode != 0) {
        std::fprintf(stderr, "leadbench-cli import failed (%d), see %s/import.out\n", ours.exitCode, qPrintable(work));
        return 1;
    }
    QFile reportFile(report);
    reportFile.open(QIODevice::ReadOnly);
    const QJsonObject r = QJsonDocument::fromJson(reportFile.readAll()).object();
    std::fprintf(stderr, "%s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());

    // The same file again: every row is now a duplicate of a lead in the workspace.
    std::fprintf(stderr, "Leadbench: the same file again (all duplicates)…\n");
    const Run again = spawn({cli, QStringLiteral("--db"), workspace, QStringLiteral("import"), file,
                             QStringLiteral("--on-duplicate"), QStringLiteral("skip"), QStringLiteral("--report"),
                             report + QStringLiteral(".2")},
                            QString(), work + QStringLiteral("/import2.out"));

    const std::string note = QStringLiteral("%1 rows, %2 MB; read %3, created %4, merged %5, rejected %6")
                                 .arg(rows)
                                 .arg(fileMb, 0, 'f', 0)
                                 .arg(r.value(QStringLiteral("read")).toInteger())
                                 .arg(r.value(QStringLiteral("created")).toInteger())
                                 .arg(r.value(QStringLiteral("merged")).toInteger())
                                 .arg(r.value(QStringLiteral("rejected")).toInteger())
                                 .toStdString();
    Bench::report("import_csv_end_to_end", ours.seconds, "s", baseline.seconds, 1.5, note.c_str());
    Bench::report("import_csv_peak_memory", ours.peakMb, "MB", baseline.peakMb, 200,
                  "target is 200 MB absolute; baseline is the sqlite3 shell's peak");
    if (again.exitCode == 0)
        Bench::report("import_csv_all_duplicates", again.seconds, "s", baseline.seconds, -1,
                      "same file into the workspace that already holds it (skip policy)");
    Bench::report("import_rows_per_second", double(rows) / ours.seconds, "rows/s", double(rows) / baseline.seconds);
    return 0;
}
