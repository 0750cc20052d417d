#pragma once

#include "NurtureSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Nurture {

// One e-mail ready to leave: addresses, merged subject and bodies, the List-Unsubscribe targets.
struct OutgoingEmail
{
    QString messageId; // without angle brackets; stable across retries of the same send
    QString fromAddress;
    QString fromName;
    QString replyTo;
    QString to;
    QString toName;
    QString subject;
    QString text;
    QString html; // empty: text/plain only
    QString unsubscribeMailto; // full mailto: URL
    QString unsubscribeUrl;    // full https URL
    qint64 date = 0;           // ms since epoch
};

// The RFC 5322 / MIME bytes of an e-mail: UTF-8 bodies in base64, encoded words for non-ASCII headers,
// CRLF line ends. Header values never carry a line break (lead text cannot inject headers).
QByteArray buildMessage(const OutgoingEmail &email);

struct SendOutcome
{
    enum class Kind {
        Sent,      // the server answered 250 to the end of the data
        Temporary, // try again later (4xx, connection lost, timeout)
        Permanent, // the server refused this recipient or message for good (5xx after RCPT or DATA)
        Fatal,     // nothing can be sent with these settings (login refused, TLS not verified, sender refused)
    };
    Kind kind = Kind::Sent;
    int code = 0; // the server's last reply code, when there was one
    QString message;
};

// Sends e-mails. onData is called once, just before the first byte of the message leaves (the server
// accepted the envelope and said 354): from then on the server may have the message. When onData
// returns false (the send log could not record it), the message is not sent (a temporary failure).
class Mailer
{
public:
    virtual ~Mailer() = default;
    virtual SendOutcome send(const OutgoingEmail &email, const std::function<bool()> &onData) = 0;
};

// SMTP over libcurl: implicit TLS (smtps) or STARTTLS required, certificates always verified (a
// server-specific CA file may be added), authentication when a user name is set. One connection is
// kept for a batch.
class SmtpMailer : public Mailer
{
    Q_DECLARE_TR_FUNCTIONS(Nurture::SmtpMailer)
public:
    SmtpMailer(const SmtpSettings &settings, const QString &password);
    ~SmtpMailer() override;
    SmtpMailer(const SmtpMailer &) = delete;
    SmtpMailer &operator=(const SmtpMailer &) = delete;

    SendOutcome send(const OutgoingEmail &email, const std::function<bool()> &onData) override;

private:
    SmtpSettings m_settings;
    QString m_password;
    void *m_curl = nullptr;
};

} // namespace Nurture
