#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Workspace;

namespace Nurture {
class NurtureService;
}

// leadbench-cli's nurture commands: sequences, templates, enrolment, sending, statistics (see usage()).
class NurtureCommands
{
    Q_DECLARE_TR_FUNCTIONS(NurtureCommands)
public:
    NurtureCommands(QTextStream &out, QTextStream &err, std::unique_ptr<Workspace> workspace);
    ~NurtureCommands();

    static QString usage();
    // Exit code as Cli::run: 0 done, 1 failed, 2 wrong command line. Throws StorageError.
    int run(const QStringList &args);

private:
    int list(const QStringList &args);
    int show(const QStringList &args);
    int enrol(const QStringList &args);
    int send(const QStringList &args);
    int stats(const QStringList &args);
    int templateSet(const QStringList &args);
    int sequenceSet(const QStringList &args);
    int setStatus(const QStringList &args, bool active);
    int settings(const QStringList &args);
    int password(const QStringList &args);
    int unsubscribe(const QStringList &args);
    int preview(const QStringList &args);
    int usageError(const QString &message);
    int failure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Nurture::NurtureService> m_service;
};
