#include "NurtureSettings.h"

#include "EmailTemplate.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Nurture {

namespace {

bool inQuiet(const QTime &t, const QTime &from, const QTime &to)
{
    if (from == to)
        return false;
    if (from < to)
        return t >= from && t < to;
    return t >= from || t < to; // overnight
}

} // namespace

qint64 SendPolicy::allowedAt(qint64 ms) const
{
    QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    for (int i = 0; i < 16; ++i) {
        if (skipWeekends && t.date().dayOfWeek() >= 6) {
            const QDate monday = t.date().addDays(8 - t.date().dayOfWeek());
            t = QDateTime(monday, QTime(0, 0));
            continue;
        }
        if (quietHours && inQuiet(t.time(), quietFrom, quietTo)) {
            QDate day = t.date();
            if (quietFrom > quietTo && t.time() >= quietFrom)
                day = day.addDays(1);
            t = QDateTime(day, quietTo);
            continue;
        }
        break;
    }
    return std::max(ms, t.toMSecsSinceEpoch());
}

qint64 SendPolicy::retryDelayMs(int attempts)
{
    // 5 minutes, 15, 45, then 2 h 15, capped at 6 hours.
    qint64 minutes = 5;
    for (int i = 1; i < attempts; ++i)
        minutes *= 3;
    return std::min<qint64>(minutes, 360) * 60 * 1000;
}

namespace SmtpSecurity {

QString key(SmtpSettings::Security s)
{
    switch (s) {
    case SmtpSettings::Security::None: return u"none"_s;
    case SmtpSettings::Security::StartTls: return u"starttls"_s;
    case SmtpSettings::Security::Ssl: return u"ssl"_s;
    }
    return QString();
}

std::optional<SmtpSettings::Security> fromKey(const QString &k)
{
    const QString key = k.trimmed().toLower();
    if (key == u"none"_s || key == u"plain"_s)
        return SmtpSettings::Security::None;
    if (key == u"starttls"_s || key == u"tls"_s)
        return SmtpSettings::Security::StartTls;
    if (key == u"ssl"_s || key == u"smtps"_s)
        return SmtpSettings::Security::Ssl;
    return std::nullopt;
}

QString name(SmtpSettings::Security s)
{
    switch (s) {
    case SmtpSettings::Security::None: return QCoreApplication::translate("Nurture::NurtureSettings", "None (this computer only)");
    case SmtpSettings::Security::StartTls: return QCoreApplication::translate("Nurture::NurtureSettings", "STARTTLS");
    case SmtpSettings::Security::Ssl: return QCoreApplication::translate("Nurture::NurtureSettings", "SSL/TLS");
    }
    return QString();
}

} // namespace SmtpSecurity

bool isLoopbackHost(const QString &host)
{
    const QString h = host.trimmed().toLower();
    if (h == u"localhost"_s)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool isValidAddress(const QString &address)
{
    static const QRegularExpression re(u"^[^@\\s<>()\\[\\],;:\"\\\\]+@[^@\\s<>()\\[\\],;:\"\\\\]+\\.[^@\\s<>()\\[\\],;:\"\\\\]+$"_s);
    for (const QChar c : address) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return re.match(address).hasMatch();
}

QJsonObject NurtureSettings::toJson() const
{
    return QJsonObject{
        {u"smtp"_s, QJsonObject{{u"host"_s, smtp.host},
                                {u"port"_s, smtp.port},
                                {u"security"_s, SmtpSecurity::key(smtp.security)},
                                {u"username"_s, smtp.username},
                                {u"from_address"_s, smtp.fromAddress},
                                {u"from_name"_s, smtp.fromName},
                                {u"reply_to"_s, smtp.replyTo},
                                {u"ca_file"_s, smtp.caFile},
                                {u"timeout_seconds"_s, smtp.timeoutSeconds}}},
        {u"policy"_s, QJsonObject{{u"cap_count"_s, policy.capCount},
                                  {u"cap_days"_s, policy.capDays},
                                  {u"quiet_hours"_s, policy.quietHours},
                                  {u"quiet_from"_s, policy.quietFrom.toString(u"HH:mm"_s)},
                                  {u"quiet_to"_s, policy.quietTo.toString(u"HH:mm"_s)},
                                  {u"skip_weekends"_s, policy.skipWeekends},
                                  {u"max_attempts"_s, policy.maxAttempts},
                                  {u"batch_limit"_s, policy.batchLimit}}},
        {u"unsubscribe_mailto"_s, unsubscribeMailto},
        {u"unsubscribe_url"_s, unsubscribeUrl},
        {u"postal_address"_s, postalAddress},
        {u"footer"_s, footer},
        {u"auto_send"_s, autoSend}};
}

NurtureSettings NurtureSettings::fromJson(const QJsonObject &json)
{
    NurtureSettings s;
    const QJsonObject smtp = json.value(u"smtp"_s).toObject();
    s.smtp.host = smtp.value(u"host"_s).toString();
    s.smtp.port = smtp.value(u"port"_s).toInt(587);
    s.smtp.security = SmtpSecurity::fromKey(smtp.value(u"security"_s).toString()).value_or(SmtpSettings::Security::StartTls);
    s.smtp.username = smtp.value(u"username"_s).toString();
    s.smtp.fromAddress = smtp.value(u"from_address"_s).toString();
    s.smtp.fromName = smtp.value(u"from_name"_s).toString();
    s.smtp.replyTo = smtp.value(u"reply_to"_s).toString();
    s.smtp.caFile = smtp.value(u"ca_file"_s).toString();
    s.smtp.timeoutSeconds = smtp.value(u"timeout_seconds"_s).toInt(60);
    const QJsonObject p = json.value(u"policy"_s).toObject();
    s.policy.capCount = p.value(u"cap_count"_s).toInt(2);
    s.policy.capDays = p.value(u"cap_days"_s).toInt(7);
    s.policy.quietHours = p.value(u"quiet_hours"_s).toBool(true);
    const QTime from = QTime::fromString(p.value(u"quiet_from"_s).toString(), u"HH:mm"_s);
    const QTime to = QTime::fromString(p.value(u"quiet_to"_s).toString(), u"HH:mm"_s);
    if (from.isValid())
        s.policy.quietFrom = from;
    if (to.isValid())
        s.policy.quietTo = to;
    s.policy.skipWeekends = p.value(u"skip_weekends"_s).toBool(false);
    s.policy.maxAttempts = p.value(u"max_attempts"_s).toInt(6);
    s.policy.batchLimit = p.value(u"batch_limit"_s).toInt(0);
    s.unsubscribeMailto = json.value(u"unsubscribe_mailto"_s).toString();
    s.unsubscribeUrl = json.value(u"unsubscribe_url"_s).toString();
    s.postalAddress = json.value(u"postal_address"_s).toString();
    s.footer = json.value(u"footer"_s).toString();
    s.autoSend = json.value(u"auto_send"_s).toBool(false);
    return s;
}

QString NurtureSettings::saveProblem() const
{
    if (smtp.port < 1 || smtp.port > 65535)
        return tr("SMTP port: %1 is not a port (1 to 65535).").arg(smtp.port);
    if (smtp.timeoutSeconds < 5 || smtp.timeoutSeconds > 600)
        return tr("SMTP timeout: between 5 and 600 seconds.");
    if (!smtp.host.trimmed().isEmpty() && smtp.security == SmtpSettings::Security::None && !isLoopbackHost(smtp.host))
        return tr("SMTP security: without SSL or STARTTLS, e-mails and passwords would cross the network in clear; "
                  "\"None\" is only allowed for a server on this computer (localhost).");
    if (!smtp.fromAddress.trimmed().isEmpty() && !isValidAddress(smtp.fromAddress.trimmed()))
        return tr("Sender address: \"%1\" is not an e-mail address.").arg(smtp.fromAddress);
    if (!smtp.replyTo.trimmed().isEmpty() && !isValidAddress(smtp.replyTo.trimmed()))
        return tr("Reply-to: \"%1\" is not an e-mail address.").arg(smtp.replyTo);
    if (!unsubscribeMailto.trimmed().isEmpty() && !isValidAddress(unsubscribeMailto.trimmed()))
        return tr("Unsubscribe mailbox: \"%1\" is not an e-mail address.").arg(unsubscribeMailto);
    if (!unsubscribeUrl.trimmed().isEmpty()) {
        // "{token}" stands for the lead's token: braces are not valid in a URL, the token is.
        const QUrl url(QString(unsubscribeUrl.trimmed()).replace(u"{token}"_s, u"token"_s), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty())
            return tr("Unsubscribe page: \"%1\" is not an https:// address.").arg(unsubscribeUrl);
    }
    if (policy.capCount < 1 || policy.capCount > 100)
        return tr("Frequency cap: between 1 and 100 e-mails.");
    if (policy.capDays < 1 || policy.capDays > 365)
        return tr("Frequency cap: between 1 and 365 days.");
    if (policy.maxAttempts < 1 || policy.maxAttempts > 20)
        return tr("Attempts: between 1 and 20.");
    if (policy.batchLimit < 0)
        return tr("Most e-mails per run: 0 (no limit) or more.");
    if (!smtp.caFile.trimmed().isEmpty() && smtp.caFile.contains(u'\n'))
        return tr("Trusted certificate: not a file name.");
    const auto problems = TemplateRenderer::checkFooter(footer);
    if (!problems.isEmpty())
        return tr("Footer, line %1: %2").arg(problems.first().line).arg(problems.first().message);
    return QString();
}

QString NurtureSettings::problem() const
{
    const QString p = saveProblem();
    if (!p.isEmpty())
        return p;
    if (smtp.host.trimmed().isEmpty())
        return tr("Set the SMTP server in the sending settings first.");
    if (smtp.fromAddress.trimmed().isEmpty())
        return tr("Set the sender address in the sending settings first.");
    if (unsubscribeMailto.trimmed().isEmpty() && unsubscribeUrl.trimmed().isEmpty())
        return tr("Set an unsubscribe mailbox or page in the sending settings first: every e-mail must offer a "
                  "way to unsubscribe.");
    if (postalAddress.trimmed().isEmpty())
        return tr("Set the sender's postal address in the sending settings first: marketing e-mails must show it.");
    return QString();
}

} // namespace Nurture
