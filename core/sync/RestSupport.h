#pragma once

#include "SyncTypes.h"
#include "Transport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>

// Small helpers connectors share for JSON over a Transport. Header-only on purpose: a plug-in uses
// them without linking more of core than the interface.
namespace Sync::Rest {

struct JsonResponse
{
    int status = 0;
    QJsonDocument json;
    HttpResponse raw;
    bool ok() const { return status >= 200 && status < 300; }
};

inline JsonResponse call(Transport &transport, const QByteArray &method, const QString &url,
                         const QList<QPair<QByteArray, QByteArray>> &headers, const QJsonDocument &body = QJsonDocument(),
                         const QString &bucket = QString())
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers = headers;
    request.bucket = bucket;
    if (!body.isNull()) {
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        request.body = body.toJson(QJsonDocument::Compact);
    }
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    JsonResponse response;
    response.raw = transport.send(request);
    response.status = response.raw.status;
    if (!response.raw.body.isEmpty())
        response.json = QJsonDocument::fromJson(response.raw.body);
    return response;
}

// A JSON value as a canonical field value (see SyncTypes.h).
inline QString canonical(const QJsonValue &value, FieldType type)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return type == FieldType::Text ? Canonical::number(value.toDouble()) : Canonical::normalize(type, Canonical::number(value.toDouble()));
    case QJsonValue::String: return Canonical::normalize(type, value.toString());
    default: break;
    }
    return QString();
}

inline qint64 serverTime(const HttpResponse &response)
{
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(response.header("Date")), Qt::RFC2822Date);
    return date.isValid() ? date.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

inline QString trimmedUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(u'/'))
        u.chop(1);
    return u;
}

} // namespace Sync::Rest
