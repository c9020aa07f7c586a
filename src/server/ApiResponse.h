#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sitegov::server {

// What an endpoint answers: status, body and extra headers. JSON bodies are UTF-8.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray etag; // quoted strong validator; computed from the body for GET 200s when empty
    bool closeConnection = false;
    bool noStore = false; // changes with every request (metrics): no ETag, Cache-Control: no-store

    void header(const QByteArray& name, const QByteArray& value) { headers.append(qMakePair(name, value)); }

    static ApiResponse json(int status, const QJsonObject& object);
    // {"error":{"code":"...","message":"...","field":"..."}} ("field" only when given).
    static ApiResponse error(int status, const QString& code, const QString& message, const QString& field = {});

    // The strong ETag of a body: a quoted hex SHA-256 prefix.
    static QByteArray etagOf(const QByteArray& body);
};

} // namespace sitegov::server
