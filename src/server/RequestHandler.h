#pragma once

#include "server/ApiRequest.h"
#include "server/ApiResponse.h"
#include "server/HttpRequest.h"

#include <QCoreApplication>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sitegov::server {

class Api;

// What sitegov-server does with a request, apart from moving its bytes (HttpConnection does that).
// In three steps, so that the event loop never waits for the store:
//  - plan(), when the headers have arrived (on the event loop): the framing of the body (a request
//    whose body has no one clear length is refused and its connection closed), the route (404, 405
//    with Allow), the bearer token (401, 403; from memory), the query, the body's type (415) and
//    announced size (413);
//  - fromMemory(), when the whole request has arrived (on the event loop): the answer of an endpoint
//    that needs no store, or a page from the response cache;
//  - run(), on a worker thread, for everything else (reads that miss the cache, and writes).
// finish() adds the ETag and turns a matching If-None-Match into 304; log() writes the request log.
class RequestHandler final
{
    Q_DECLARE_TR_FUNCTIONS(RequestHandler)

public:
    static constexpr std::size_t kMaxBody = 1024 * 1024;
    // After refusing a body, up to this much more is read and dropped so that the client sees the
    // answer; a larger body closes the connection.
    static constexpr std::size_t kMaxDrain = 16 * 1024 * 1024;

    struct Plan
    {
        std::optional<ApiResponse> answer; // decided from the headers alone
        bool wantsBody = false; // the endpoint reads the body
        int route = -1; // the matched route's index in the router, -1 for none
        ApiRequest request;
        // A token that is not among the active ones in memory (made by another process a moment
        // ago, or unknown): the worker asks the store before anything else is decided.
        QByteArray unverifiedToken;
        QByteArray rawQuery;
        std::string contentType;
        std::string contentLength;
        bool bodyTooLarge = false; // set by the connection: the body went over kMaxBody
    };

    explicit RequestHandler(Api& api);

    Plan plan(const HttpRequest& head) const;
    std::optional<ApiResponse> fromMemory(const Plan& plan) const;
    ApiResponse run(const Plan& plan) const;
    static void finish(const HttpRequest& request, ApiResponse& response);

    // An error of the HTTP front (malformed request, limits, deadlines): the JSON error, and the
    // connection closes after it.
    static ApiResponse frontError(int status, const QString& code, const QString& message);

    // One line on stderr: method, target, status, milliseconds and, for requests the front refused,
    // the error code, the client's address and why.
    static void log(
        std::string_view method, std::string_view target, int status, double ms, std::string_view note = {});

    Api& api() const { return m_api; }

private:
    // The checks after the token: the query (400), the body's type (415) and announced size (413).
    void checkRequest(Plan& plan) const;
    Api& m_api;
};

} // namespace sitegov::server
