#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Sync {

struct HttpRequest
{
    QByteArray method = "GET";
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString bucket; // the rate-limit bucket this request counts against ("" by default)
};

struct HttpResponse
{
    int status = 0; // 0 when no answer came (connection refused, dropped, timed out)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString error; // the transport's message when status is 0

    QByteArray header(const QByteArray &name) const;
    bool ok() const { return status >= 200 && status < 300; }
};

// What a connector sends its requests through. Core implements it (HttpClient): TLS is verified,
// plain http is allowed for loopback hosts only, the documented rate limits are kept, and 429, 5xx and
// dropped connections are retried with backoff honouring Retry-After and the rate-limit headers, so
// every connector gets that for free. send() returns the final answer, or throws Sync::Error
// (Network when retries ran out, Cancelled when the sync was cancelled).
class Transport
{
public:
    virtual ~Transport() = default;
    virtual HttpResponse send(const HttpRequest &request) = 0;
    // A line for the sync log (never a secret: connectors log no headers or bodies).
    virtual void log(const QString &message) = 0;
    virtual bool isCancelled() const = 0;
};

} // namespace Sync
