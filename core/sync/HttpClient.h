#pragma once

#include "SyncTypes.h"
#include "Transport.h"

#include <QHash>

#include <atomic>
#include <deque>
#include <functional>

namespace Sync {

// Keeps a documented request budget: at most N requests in any window, per bucket. Times are the
// moments answers arrived (the latest the server can have counted them), so the server's own rolling
// window never sees more than N.
class RateLimiter
{
public:
    void setLimit(const QString &bucket, int requests, int windowMs);
    // How long to wait before the next request of this bucket may go (0: now).
    qint64 delayFor(const QString &bucket, qint64 nowMs);
    void record(const QString &bucket, qint64 nowMs);
    // The server said how much is left (rate-limit headers): nothing left means wait for the window.
    void observe(const QString &bucket, int max, int remaining, int windowMs, qint64 nowMs);

private:
    struct Bucket
    {
        int requests = 0;
        int windowMs = 0;
        std::deque<qint64> sent;
        qint64 blockedUntil = 0;
    };
    Bucket &bucket(const QString &name);
    QHash<QString, Bucket> m_buckets;
};

struct HttpOptions
{
    int maxAttempts = 6;       // per request, the first included
    int baseBackoffMs = 500;   // doubled on each retry, with jitter
    int maxBackoffMs = 60000;
    int timeoutMs = 120000;
    int connectTimeoutMs = 15000;
    QString caBundle;      // extra CA file (tests); the system's store otherwise
};

// The Transport every connector uses, over libcurl (blocking; one connection kept alive).
class HttpClient : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
public:
    using Options = HttpOptions;
    struct Stats
    {
        qint64 requests = 0;    // sent, retries included
        qint64 rateLimited = 0; // answered 429
        qint64 retried = 0;
        qint64 waitedMs = 0;    // spent waiting for the rate limit or a backoff
    };

    explicit HttpClient(const Options &options = Options());
    ~HttpClient() override;
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setRateLimits(const QList<RateLimit> &limits);
    void setLogger(std::function<void(const QString &)> logger) { m_logger = std::move(logger); }
    void setCancelFlag(const std::atomic_bool *cancelled) { m_cancelled = cancelled; }
    Stats stats() const { return m_stats; }

    HttpResponse send(const HttpRequest &request) override;
    void log(const QString &message) override;
    bool isCancelled() const override;

    // Empty when the URL may be used; otherwise why not: only https, or plain http to this computer.
    static QString checkUrl(const QString &url);

private:
    HttpResponse perform(const HttpRequest &request);
    void sleepMs(qint64 ms);
    qint64 retryDelay(const HttpResponse &response, int attempt) const;

    Options m_options;
    void *m_curl = nullptr;
    RateLimiter m_limiter;
    Stats m_stats;
    std::function<void(const QString &)> m_logger;
    const std::atomic_bool *m_cancelled = nullptr;
};

} // namespace Sync
