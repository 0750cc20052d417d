#include "FakeSmtp.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

FakeSmtp::FakeSmtp(const QStringList &extraArgs)
{
    const QString script = QStringLiteral(LEADBENCH_FAKES_DIR "/fake_smtp.py");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("/usr/bin/python3"), QStringList{script, QStringLiteral("--dir"), m_dir.path()} + extraArgs);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return;
    }
    QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200) && m_process.state() != QProcess::Running)
            break;
    }
    const QByteArray line = m_process.readLine().trimmed();
    m_port = line.toInt();
    if (m_port <= 0)
        m_error = QStringLiteral("fake_smtp.py did not start: ") + QString::fromUtf8(line + m_process.readAllStandardError());
}

FakeSmtp::~FakeSmtp()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<QJsonObject> FakeSmtp::messages() const
{
    QList<QJsonObject> list;
    const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            list << QJsonDocument::fromJson(f.readAll()).object();
    }
    return list;
}

QString FakeSmtp::events() const
{
    QFile f(m_dir.filePath(QStringLiteral("events.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool FakeSmtp::waitForEvent(const QString &line, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (events().split(QLatin1Char('\n')).contains(line))
            return true;
        QThread::msleep(50);
    }
    return false;
}

namespace NurtureTest {

bool makeCertificate(const QString &dir, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
             dir + QStringLiteral("/key.pem"), QStringLiteral("-out"), dir + QStringLiteral("/cert.pem")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return false;
    }
    return true;
}

} // namespace NurtureTest
