#pragma once

#include "server/AccessToken.h"
#include "server/ApiRequest.h"
#include "server/ApiResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace sitegov::server {

// Maps a method and a path pattern ("/api/v1/sites/{code}/scores") to an endpoint. A path that
// matches with another method yields the allowed methods (for 405 and its Allow header); HEAD is
// served by the GET endpoint.
class Router final
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest&)>;

    struct Route
    {
        QString method;
        QString pattern;
        QStringList segments;
        std::optional<AccessToken::Scope> scope; // empty: no token needed
        bool takesBody = false;
        bool memoryOnly = false; // answered from memory alone: served on the event loop, not a worker
        Handler handler;
    };

    struct Match
    {
        const Route* route = nullptr;
        QStringList params;
        QStringList allowed; // set when the path matched but not the method
    };

    void add(const QString& method, const QString& pattern, std::optional<AccessToken::Scope> scope, bool takesBody,
        Handler handler, bool memoryOnly = false);
    // `path` as sent (percent-encoded); the {placeholders} come back decoded.
    Match match(const QString& method, const QString& path) const;
    const QList<Route>& routes() const { return m_routes; }

private:
    static bool matches(const Route& route, const QStringList& segments, QStringList* params);
    QList<Route> m_routes;
};

} // namespace sitegov::server
