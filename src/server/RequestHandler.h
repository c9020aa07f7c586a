#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <cstddef>

namespace sitegov::server {

class Api;
struct ApiResponse;

// Serves one request: routes it (404, 405 with Allow), checks the bearer token (401, 403), for
// endpoints that take a body checks its type (415) and reads it with a size limit (413, without
// buffering more than the limit), calls the endpoint, answers 304 to a matching If-None-Match, and
// writes one log line (method, target, status, milliseconds) to stderr.
class RequestHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    static constexpr std::size_t kMaxBody = 1024 * 1024;
    // After refusing a body, up to this much more is read and dropped so that the client sees the
    // answer; a larger body closes the connection.
    static constexpr std::size_t kMaxDrain = 16 * 1024 * 1024;

    explicit RequestHandler(Api& api);
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    ApiResponse dispatch(Poco::Net::HTTPServerRequest& request, bool* bodyConsumed);
    Api& m_api;
};

} // namespace sitegov::server
