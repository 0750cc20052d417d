#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class Workspace;

namespace TestSupport {

// tests/data, where fixtures live.
QString dataDir();
// Copies the fixture of workspace format `version` (tests/data/workspace_vN.leadbench) to path,
// writable by its owner (the source tree's copy may be read-only). False when it cannot.
bool copyWorkspaceFixture(int version, const QString &path);
// The leadbench-cli built with the tests.
QString cliPath();

// SHA-256 of a file (empty when missing): proves a file was not changed.
QByteArray fileHash(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// A new workspace at path, with a demo data set of `leads` leads when leads > 0.
std::unique_ptr<Workspace> createWorkspace(const QString &path, qint64 leads = 0, quint64 seed = 7);

// Root ignores file permissions, so tests about read-only files and folders drop to an unprivileged
// user for their duration (effective uid only; restored on destruction). active() is false when the
// process is not root: permissions then apply as they are.
class Unprivileged
{
public:
    Unprivileged();
    ~Unprivileged();
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;
    bool active() const { return m_active; }
    // Gives a folder (made by root) to the unprivileged user first.
    static void handOver(const QString &path);

private:
    bool m_active = false;
};

} // namespace TestSupport
