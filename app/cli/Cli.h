#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Workspace;

// leadbench-cli: what the GUI does that changes or reads data, for scripts, tests and benchmarks.
// Exit codes: 0 done, 1 the work failed (the message says what and where), 2 the command line is wrong.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    static QString usage();

private:
    int demo(const QStringList &args);
    int leads(const QStringList &args);
    int leadsList(const QStringList &args);
    int leadsShow(const QStringList &args);
    int segments(const QStringList &args);
    int backup(const QStringList &args);
    int restore(const QStringList &args);
    int check(const QStringList &args);
    int info(const QStringList &args);
    int upgrade(const QStringList &args);
    int events(const QStringList &args);
    int queue(const QStringList &args);
    int route(const QStringList &args);
    // Deals and pipelines (CliDeals.cpp).
    int deals(const QStringList &args);
    int dealsList(const QStringList &args);
    int dealsShow(const QStringList &args);
    int dealsAdd(const QStringList &args);
    int dealsMove(const QStringList &args);
    int pipelines(const QStringList &args);
    int score(const QStringList &args);
    int importFile(const QStringList &args);
    int imports(const QStringList &args);
    int exportLeads(const QStringList &args);
    int kpi(const QStringList &args); // CliKpi.cpp

    std::unique_ptr<Workspace> openWorkspace(bool create, bool readOnly = false);
    void maybeAutoBackup(Workspace &workspace);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
};
