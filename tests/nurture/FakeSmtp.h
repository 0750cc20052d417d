#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// tests/fakes/fake_smtp.py (aiosmtpd) on 127.0.0.1, started by the test with the system Python.
// Every message it accepted is a JSON summary (envelope, headers, decoded parts, TLS, login).
class FakeSmtp
{
public:
    explicit FakeSmtp(const QStringList &extraArgs = {});
    ~FakeSmtp();
    bool isRunning() const { return m_port > 0; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QList<QJsonObject> messages() const;
    QString events() const; // events.log
    // Waits (polling, at most timeoutMs) until events.log holds the line.
    bool waitForEvent(const QString &line, int timeoutMs = 20000) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

namespace NurtureTest {
// A self-signed certificate for 127.0.0.1 / localhost (openssl), into dir: cert.pem, key.pem.
bool makeCertificate(const QString &dir, QString *error);
}
