#include "HttpClient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Sync {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return QByteArray();
}

// --- RateLimiter ---------------------------------------------------------------------------------

RateLimiter::Bucket &RateLimiter::bucket(const QString &name)
{
    auto it = m_buckets.find(name);
    if (it == m_buckets.end())
        it = m_buckets.insert(name, Bucket());
    return *it;
}

void RateLimiter::setLimit(const QString &name, int requests, int windowMs)
{
    Bucket &b = bucket(name);
    b.requests = requests;
    b.windowMs = windowMs;
}

qint64 RateLimiter::delayFor(const QString &name, qint64 now)
{
    Bucket &b = bucket(name);
    qint64 delay = std::max<qint64>(0, b.blockedUntil - now);
    if (b.requests <= 0 || b.windowMs <= 0)
        return delay;
    while (!b.sent.empty() && b.sent.front() <= now - b.windowMs)
        b.sent.pop_front();
    if (int(b.sent.size()) >= b.requests) {
        // The oldest request of the window leaves it at sent + window; a little margin for clocks.
        const qint64 oldest = b.sent[b.sent.size() - size_t(b.requests)];
        delay = std::max(delay, oldest + b.windowMs + 15 - now);
    }
    return delay;
}

void RateLimiter::record(const QString &name, qint64 now)
{
    Bucket &b = bucket(name);
    b.sent.push_back(now);
    const size_t keep = size_t(std::max(b.requests, 1)) * 2;
    while (b.sent.size() > keep)
        b.sent.pop_front();
}

void RateLimiter::observe(const QString &name, int max, int remaining, int windowMs, qint64 now)
{
    Bucket &b = bucket(name);
    if (max > 0 && windowMs > 0 && (max != b.requests || windowMs != b.windowMs)) {
        b.requests = max;
        b.windowMs = windowMs;
    }
    // Someone else spends the same budget (another app on the account): nothing is left although our
    // own window is not full. Wait for a share of the window to free up.
    if (remaining == 0 && windowMs > 0) {
        while (!b.sent.empty() && b.sent.front() <= now - b.windowMs)
            b.sent.pop_front();
        if (int(b.sent.size()) < b.requests)
            b.blockedUntil = std::max(b.blockedUntil, now + windowMs / std::max(1, b.requests / 10));
    }
}

// --- HttpClient ----------------------------------------------------------------------------------

namespace {

std::once_flag curlInit;

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, qsizetype(size * count));
    return size * count;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *headers = static_cast<QList<QPair<QByteArray, QByteArray>> *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        headers->clear(); // a new response (after 100 Continue): keep only the last one's headers
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *flag = static_cast<const std::atomic_bool *>(user);
    return flag && flag->load() ? 1 : 0;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString pathOf(const QString &url)
{
    const QUrl u(url);
    return u.path().isEmpty() ? u.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) : u.path();
}

} // namespace

HttpClient::HttpClient(const Options &options)
    : m_options(options)
{
    std::call_once(curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_curl = curl_easy_init();
}

HttpClient::~HttpClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

void HttpClient::setRateLimits(const QList<RateLimit> &limits)
{
    for (const RateLimit &l : limits)
        m_limiter.setLimit(l.bucket, l.requests, l.windowMs);
}

void HttpClient::log(const QString &message)
{
    if (m_logger)
        m_logger(message);
}

bool HttpClient::isCancelled() const
{
    return m_cancelled && m_cancelled->load();
}

QString HttpClient::checkUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid address.").arg(text);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return QString();
    if (scheme == u"http"_s) {
        const QString host = url.host();
        const QHostAddress address(host);
        if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback()))
            return QString();
        return tr("Plain http is refused for %1: the connection would not be encrypted. Use https (plain http is "
                  "allowed only to this computer, e.g. 127.0.0.1).")
            .arg(host);
    }
    return tr("\"%1\" is not an http or https address.").arg(text);
}

void HttpClient::sleepMs(qint64 ms)
{
    if (ms <= 0)
        return;
    m_stats.waitedMs += ms;
    const qint64 until = nowMs() + ms;
    while (!isCancelled()) {
        const qint64 left = until - nowMs();
        if (left <= 0)
            return;
        QThread::msleep(ulong(std::min<qint64>(left, 50)));
    }
}

qint64 HttpClient::retryDelay(const HttpResponse &response, int attempt) const
{
    const QByteArray retryAfter = response.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const double seconds = retryAfter.toDouble(&ok);
        if (ok)
            return std::clamp<qint64>(qint64(seconds * 1000.0), 0, qint64(m_options.maxBackoffMs) * 5);
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (when.isValid())
            return std::clamp<qint64>(when.toMSecsSinceEpoch() - nowMs(), 0, qint64(m_options.maxBackoffMs) * 5);
    }
    if (response.status == 429) {
        // No Retry-After: the rate-limit window says when budget frees up.
        const int interval = response.header("X-HubSpot-RateLimit-Interval-Milliseconds").toInt();
        const int max = response.header("X-HubSpot-RateLimit-Max").toInt();
        if (interval > 0 && max > 0)
            return std::max(interval / max, 50) * 2;
    }
    const qint64 base = qint64(m_options.baseBackoffMs) << std::min(attempt, 16);
    const qint64 capped = std::min<qint64>(base, m_options.maxBackoffMs);
    const double jitter = 0.75 + QRandomGenerator::global()->generateDouble() * 0.5;
    return qint64(double(capped) * jitter);
}

HttpResponse HttpClient::send(const HttpRequest &request)
{
    const QString problem = checkUrl(request.url);
    if (!problem.isEmpty())
        throw Error(Error::Kind::Config, problem);

    for (int attempt = 0;; ++attempt) {
        if (isCancelled())
            throw Error(Error::Kind::Cancelled, tr("Cancelled."));
        sleepMs(m_limiter.delayFor(request.bucket, nowMs()));
        if (isCancelled())
            throw Error(Error::Kind::Cancelled, tr("Cancelled."));

        HttpResponse response = perform(request);
        ++m_stats.requests;
        m_limiter.record(request.bucket, nowMs());
        const int max = response.header("X-HubSpot-RateLimit-Max").toInt();
        const QByteArray remaining = response.header("X-HubSpot-RateLimit-Remaining");
        if (max > 0 && !remaining.isEmpty())
            m_limiter.observe(request.bucket, max, remaining.toInt(),
                              response.header("X-HubSpot-RateLimit-Interval-Milliseconds").toInt(), nowMs());
        if (response.status == 429)
            ++m_stats.rateLimited;

        const bool transient = response.status == 0 || response.status == 429 || response.status == 500
            || response.status == 502 || response.status == 503 || response.status == 504;
        if (!transient)
            return response;
        if (isCancelled())
            throw Error(Error::Kind::Cancelled, tr("Cancelled."));
        if (attempt + 1 >= m_options.maxAttempts) {
            if (response.status == 0)
                throw Error(Error::Kind::Network, tr("%1 %2: %3 (tried %4 times).")
                                                      .arg(QString::fromLatin1(request.method), pathOf(request.url),
                                                           response.error)
                                                      .arg(attempt + 1));
            return response; // the connector reports the final answer with the remote's message
        }
        const qint64 delay = retryDelay(response, attempt);
        ++m_stats.retried;
        log(response.status == 0
                ? tr("%1 %2: %3; retrying in %4 s.")
                      .arg(QString::fromLatin1(request.method), pathOf(request.url), response.error)
                      .arg(double(delay) / 1000.0, 0, 'f', 1)
                : tr("%1 %2: answered %3; retrying in %4 s.")
                      .arg(QString::fromLatin1(request.method), pathOf(request.url))
                      .arg(response.status)
                      .arg(double(delay) / 1000.0, 0, 'f', 1));
        sleepMs(delay);
    }
}

HttpResponse HttpClient::perform(const HttpRequest &request)
{
    HttpResponse response;
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl) {
        response.error = tr("the HTTP library could not start");
        return response;
    }
    curl_easy_reset(curl);
    const QByteArray url = request.url.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L); // a redirect could leave the allowed hosts
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray ca = m_options.caBundle.toLocal8Bit();
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_options.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl can decode
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Leadbench/" LEADBENCH_VERSION);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, m_cancelled);

    struct curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Expect:");
    for (const auto &[name, value] : request.headers) {
        const QByteArray line = name + ": " + value;
        headers = curl_slist_append(headers, line.constData());
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const QByteArray method = request.method.toUpper();
    if (method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        if (method == "POST")
            curl_easy_setopt(curl, CURLOPT_POST, 1L);
        else
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
        if (!request.body.isEmpty() || method == "POST") {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
        }
    }

    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        response.status = 0;
        response.error = QString::fromUtf8(curl_easy_strerror(rc));
        response.body.clear();
        return response;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    return response;
}

} // namespace Sync
