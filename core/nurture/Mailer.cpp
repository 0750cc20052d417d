#include "Mailer.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace Nurture {

namespace {

QByteArray oneLine(const QString &value)
{
    QString v = value;
    for (QChar &c : v) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return v.simplified().toUtf8();
}

bool isPlainAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (uchar(c) >= 0x7f || uchar(c) < 0x20)
            return false;
    }
    return true;
}

// RFC 2047 encoded words (B), each at most 75 characters, never splitting a UTF-8 sequence.
QByteArray encodedWords(const QByteArray &utf8)
{
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < utf8.size();) {
        qsizetype len = 1;
        const uchar c = uchar(utf8.at(i));
        if (c >= 0xf0)
            len = 4;
        else if (c >= 0xe0)
            len = 3;
        else if (c >= 0xc0)
            len = 2;
        if (chunk.size() + len > 45) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += utf8.mid(i, len);
        i += len;
    }
    if (!chunk.isEmpty())
        words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
    return words.join("\r\n ");
}

QByteArray headerText(const QString &value)
{
    const QByteArray v = oneLine(value);
    return isPlainAscii(v) ? v : encodedWords(v);
}

QByteArray mailbox(const QString &name, const QString &address)
{
    const QByteArray addr = oneLine(address);
    const QByteArray n = oneLine(name);
    if (n.isEmpty())
        return addr;
    bool safe = isPlainAscii(n);
    for (const char c : n) {
        if (c == '"' || c == '\\')
            safe = false;
    }
    return (safe ? "\"" + n + "\"" : encodedWords(n)) + " <" + addr + ">";
}

QByteArray base64Lines(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\n', u"\r\n"_s);
    const QByteArray b64 = normalised.toUtf8().toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray rfc2822Date(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms ? ms : QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    return QLocale::c().toString(t, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " +0000";
}

} // namespace

QByteArray buildMessage(const OutgoingEmail &e)
{
    QByteArray m;
    auto header = [&m](const char *name, const QByteArray &value) { m += QByteArray(name) + ": " + value + "\r\n"; };
    header("Date", rfc2822Date(e.date));
    header("From", mailbox(e.fromName, e.fromAddress));
    header("To", mailbox(e.toName, e.to));
    if (!e.replyTo.isEmpty())
        header("Reply-To", oneLine(e.replyTo));
    header("Subject", headerText(e.subject));
    header("Message-ID", "<" + oneLine(e.messageId) + ">");
    QList<QByteArray> unsubscribe;
    if (!e.unsubscribeMailto.isEmpty())
        unsubscribe << "<" + oneLine(e.unsubscribeMailto) + ">";
    if (!e.unsubscribeUrl.isEmpty())
        unsubscribe << "<" + oneLine(e.unsubscribeUrl) + ">";
    if (!unsubscribe.isEmpty())
        header("List-Unsubscribe", unsubscribe.join(", "));
    if (!e.unsubscribeUrl.isEmpty())
        header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    header("Auto-Submitted", "auto-generated");
    header("MIME-Version", "1.0");
    if (e.html.isEmpty()) {
        header("Content-Type", "text/plain; charset=utf-8");
        header("Content-Transfer-Encoding", "base64");
        m += "\r\n" + base64Lines(e.text);
        return m;
    }
    const QByteArray boundary = "=_lb_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    header("Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
    m += "\r\n--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64Lines(e.text);
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64Lines(e.html);
    m += "--" + boundary + "--\r\n";
    return m;
}

namespace {

struct Upload
{
    QByteArray bytes;
    qsizetype sent = 0;
    const std::function<bool()> *onData = nullptr;
    bool started = false;
};

size_t readBody(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *u = static_cast<Upload *>(userdata);
    if (!u->started) {
        u->started = true;
        if (u->onData && *u->onData && !(*u->onData)())
            return CURL_READFUNC_ABORT;
    }
    const size_t n = std::min<size_t>(size * count, size_t(u->bytes.size() - u->sent));
    memcpy(buffer, u->bytes.constData() + u->sent, n);
    u->sent += qsizetype(n);
    return n;
}

// Which command the server answered last: a 5xx to RCPT or to the data is about this recipient or
// message; a 5xx to MAIL FROM or AUTH is about the sender's settings.
struct Trace
{
    QByteArray lastCommand;
};

int onDebug(CURL *, curl_infotype type, char *data, size_t size, void *userdata)
{
    if (type == CURLINFO_HEADER_OUT) {
        auto *t = static_cast<Trace *>(userdata);
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed().toUpper();
        const QByteArray command = line.left(line.indexOf(' ') < 0 ? line.size() : line.indexOf(' '));
        if (command != "QUIT") // sent after the failure: the reply that failed answered the command before
            t->lastCommand = command.startsWith("RCPT") ? QByteArray("RCPT") : command;
    } else if (type == CURLINFO_DATA_OUT) {
        static_cast<Trace *>(userdata)->lastCommand = "DATA-END";
    }
    return 0;
}

} // namespace

SmtpMailer::SmtpMailer(const SmtpSettings &settings, const QString &password)
    : m_settings(settings)
    , m_password(password)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

SmtpMailer::~SmtpMailer()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

SendOutcome SmtpMailer::send(const OutgoingEmail &email, const std::function<bool()> &onData)
{
    if (!m_curl)
        m_curl = curl_easy_init();
    CURL *curl = static_cast<CURL *>(m_curl);
    if (!curl)
        return {SendOutcome::Kind::Fatal, 0, tr("libcurl could not start.")};
    curl_easy_reset(curl);

    const bool ssl = m_settings.security == SmtpSettings::Security::Ssl;
    const QByteArray url = (ssl ? "smtps://" : "smtp://") + m_settings.host.trimmed().toUtf8() + ":"
        + QByteArray::number(m_settings.port);
    const QByteArray from = "<" + email.fromAddress.toUtf8() + ">";
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray ca = m_settings.caFile.trimmed().toLocal8Bit();
    Upload upload{buildMessage(email), 0, &onData, false};
    Trace trace;
    curl_slist *rcpt = curl_slist_append(nullptr, ("<" + email.to.toUtf8() + ">").constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, ssl ? "smtps" : "smtp");
    if (m_settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.bytes.size()));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::min(m_settings.timeoutSeconds, 30)));
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, onDebug);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &trace);

    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    if (rc == CURLE_OK)
        return {SendOutcome::Kind::Sent, int(code), QString()};

    const QString what = QString::fromUtf8(curl_easy_strerror(rc));
    const QString where = tr("SMTP server %1:%2").arg(m_settings.host).arg(m_settings.port);
    switch (rc) {
    case CURLE_LOGIN_DENIED:
        return {SendOutcome::Kind::Fatal, int(code), tr("%1 refused the login of \"%2\" (%3): check the user name and the "
                                                         "password in the sending settings.").arg(where, m_settings.username).arg(code)};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CERTPROBLEM:
        return {SendOutcome::Kind::Fatal, int(code), tr("%1: a secure connection could not be made (%2). Nothing is sent "
                                                         "over an unverified connection.").arg(where, what)};
    case CURLE_ABORTED_BY_CALLBACK:
        return {SendOutcome::Kind::Temporary, int(code), tr("The e-mail was not sent: the send log could not record it (the "
                                                             "workspace is busy); it will be tried again.")};
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_COULDNT_RESOLVE_HOST:
        return {SendOutcome::Kind::Fatal, int(code), tr("%1: %2").arg(where, what)};
    default:
        break;
    }
    if (code == 530)
        return {SendOutcome::Kind::Fatal, int(code), tr("%1 requires a login (530): set the user name in the sending "
                                                         "settings and the password in the keychain.").arg(where)};
    if (code >= 500 && code < 600) {
        if (trace.lastCommand == "RCPT" || trace.lastCommand == "DATA-END" || trace.lastCommand == "DATA")
            return {SendOutcome::Kind::Permanent, int(code), tr("%1 refused the message for good (%2, after %3).")
                                                                 .arg(where).arg(code).arg(QString::fromLatin1(trace.lastCommand))};
        return {SendOutcome::Kind::Fatal, int(code), tr("%1 refused the sender (%2, after %3): check the sender address.")
                                                         .arg(where).arg(code).arg(QString::fromLatin1(trace.lastCommand))};
    }
    return {SendOutcome::Kind::Temporary, int(code), tr("%1: %2 (reply %3); it will be tried again.").arg(where, what).arg(code)};
}

} // namespace Nurture
