#pragma once

#include "server/AccessToken.h"
#include "server/QueryParams.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sitegov::server {

// A routed, authenticated request as the endpoints see it.
struct ApiRequest
{
    QString method; // GET (also for HEAD), PUT, POST
    QString path; // the path as sent (percent-encoded), without the query
    QByteArray target; // the request target as sent (path and query), the response cache's key
    QStringList params; // the {placeholders} of the route, in order
    QueryParams query;
    std::optional<AccessToken::Scope> scope; // the token's scope; empty for endpoints without auth
    QByteArray body; // the request body (only for endpoints that take one)
};

} // namespace sitegov::server
