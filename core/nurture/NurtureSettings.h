#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTime>

namespace Nurture {

// How e-mails leave: the SMTP server, its security and the sender. The password is not here: it is
// kept in the system keychain only (NurtureService::setSmtpPassword).
struct SmtpSettings
{
    enum class Security : int { None = 0, StartTls = 1, Ssl = 2 };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString username; // empty: no authentication
    QString fromAddress;
    QString fromName;
    QString replyTo;
    // A certificate (PEM) to trust for this server only, e.g. a company relay's own CA. Verification is
    // never turned off; with this empty the system's certificate store is used.
    QString caFile;
    int timeoutSeconds = 60;

    bool operator==(const SmtpSettings &other) const = default;
};

// Pace: at most capCount e-mails per lead in capDays days, across all sequences; nothing during the
// quiet hours (local time; an overnight range such as 20:00 to 08:00 is allowed) or, optionally, at
// weekends. Temporary failures are retried up to maxAttempts times with a growing delay.
struct SendPolicy
{
    int capCount = 2;
    int capDays = 7;
    bool quietHours = true;
    QTime quietFrom = QTime(20, 0);
    QTime quietTo = QTime(8, 0);
    bool skipWeekends = false;
    int maxAttempts = 6;
    int batchLimit = 0; // most e-mails per run (0: no limit)

    // The first moment at or after t when an e-mail may go (quiet hours and weekends), in ms.
    qint64 allowedAt(qint64 t) const;
    // The delay before attempt n+1 after n failed ones.
    static qint64 retryDelayMs(int attempts);

    bool operator==(const SendPolicy &other) const = default;
};

struct NurtureSettings
{
    Q_DECLARE_TR_FUNCTIONS(Nurture::NurtureSettings)
public:
    SmtpSettings smtp;
    SendPolicy policy;
    // Every e-mail offers a way out: a mailbox (List-Unsubscribe mailto with the lead's token) and/or
    // a web page (https; "{token}" in it is replaced by the lead's token, else ?token= is appended).
    QString unsubscribeMailto;
    QString unsubscribeUrl;
    QString postalAddress;
    QString footer; // the footer's wording; empty: TemplateRenderer::defaultFooter()
    bool autoSend = false; // the GUI sends what is due every few minutes while it is open

    QJsonObject toJson() const;
    static NurtureSettings fromJson(const QJsonObject &json);
    // What keeps e-mails from being sent with these settings (empty: ready), naming the setting.
    QString problem() const;
    // The same, for the values that can be saved at all (a wrong port, an unknown field in the footer).
    QString saveProblem() const;

    bool operator==(const NurtureSettings &other) const = default;
};

namespace SmtpSecurity {
QString key(SmtpSettings::Security security);
std::optional<SmtpSettings::Security> fromKey(const QString &key);
QString name(SmtpSettings::Security security);
} // namespace SmtpSecurity

// Whether a host is this computer (plain SMTP is only allowed there).
bool isLoopbackHost(const QString &host);
// A sane e-mail address: one @, no spaces or control characters, a dot in the domain.
bool isValidAddress(const QString &address);

} // namespace Nurture
