#include "server/ApiResponse.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace sitegov::server {

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::error(int status, const QString& code, const QString& message, const QString& field)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return json(status, QJsonObject{{QStringLiteral("error"), e}});
}

QByteArray ApiResponse::etagOf(const QByteArray& body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

} // namespace sitegov::server
