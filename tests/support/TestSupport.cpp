#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

namespace TestSupport {

namespace {
constexpr uid_t NobodyUid = 65534;
constexpr gid_t NobodyGid = 65534;
} // namespace

QString dataDir()
{
    return qEnvironmentVariable("LEADBENCH_TEST_DATA");
}

bool copyWorkspaceFixture(int version, const QString &path)
{
    if (!QFile::copy(dataDir() + QStringLiteral("/workspace_v%1.leadbench").arg(version), path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString cliPath()
{
    return qEnvironmentVariable("LEADBENCH_CLI");
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

std::unique_ptr<Workspace> createWorkspace(const QString &path, qint64 leads, quint64 seed)
{
    Workspace::OpenOptions options;
    options.create = true;
    auto ws = Workspace::open(path, options);
    ws->setActor(QStringLiteral("tester"));
    if (leads > 0) {
        DemoGenerator::Options demo;
        demo.leads = leads;
        demo.seed = seed;
        DemoGenerator::generate(ws->db(), demo);
    }
    return ws;
}

Unprivileged::Unprivileged()
{
    if (geteuid() != 0)
        return;
    if (setegid(NobodyGid) != 0 || seteuid(NobodyUid) != 0)
        qFatal("cannot drop to an unprivileged user");
    m_active = true;
}

Unprivileged::~Unprivileged()
{
    if (!m_active)
        return;
    if (seteuid(0) != 0 || setegid(0) != 0)
        qFatal("cannot return to root");
}

void Unprivileged::handOver(const QString &path)
{
    if (geteuid() != 0)
        return;
    if (chown(QFile::encodeName(path).constData(), NobodyUid, NobodyGid) != 0)
        qFatal("cannot hand %s over", qPrintable(path));
    // The unprivileged user must be able to reach it: open the way through the parent (a temporary
    // folder, 0700 by default).
    const QString parent = QFileInfo(path).absolutePath();
    QFile::setPermissions(parent, QFile::permissions(parent) | QFileDevice::ExeOther | QFileDevice::ExeGroup);
}

} // namespace TestSupport
