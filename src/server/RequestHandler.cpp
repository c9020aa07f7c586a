#include "server/RequestHandler.h"

#include "server/Api.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/MediaType.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/String.h>
#include <QUrl>
#include <chrono>
#include <cstdio>
#include <istream>
#include <unistd.h>

namespace sitegov::server {

namespace {

// Reads and drops the rest of a request body, at most `limit` bytes; true when it ended.
bool drain(std::istream& in, std::size_t limit)
{
    char buffer[16384];
    std::size_t total = 0;
    while (in.good()) {
        in.read(buffer, sizeof buffer);
        total += std::size_t(in.gcount());
        if (total > limit)
            return false;
    }
    return in.eof();
}

bool hasBody(const Poco::Net::HTTPServerRequest& request)
{
    return request.getChunkedTransferEncoding() || (request.hasContentLength() && request.getContentLength64() > 0);
}

// If-None-Match: a list of entity tags or "*"; compared weakly (RFC 9110).
bool etagMatches(const std::string& header, const QByteArray& etag)
{
    const QByteArray wanted = etag.startsWith("W/") ? etag.mid(2) : etag;
    const QList<QByteArray> tags = QByteArray::fromStdString(header).split(',');
    for (QByteArray tag : tags) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == wanted)
            return true;
    }
    return false;
}

void logLine(const std::string& method, const std::string& target, int status, double ms)
{
    // One write per line, so that lines from concurrent requests never interleave; bytes that a
    // terminal would interpret are shown as '?'.
    char line[600];
    const int n
        = std::snprintf(line, sizeof line, "%.16s %.400s %d %.2fms\n", method.c_str(), target.c_str(), status, ms);
    if (n <= 0)
        return;
    const std::size_t length = std::min<std::size_t>(std::size_t(n), sizeof line - 1);
    for (std::size_t i = 0; i + 1 < length; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c < 0x20 || c == 0x7f)
            line[i] = '?';
    }
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, line, length);
}

// A request whose body has no one clear length: two Content-Length headers that differ, a length
// beside Transfer-Encoding, or an encoding other than chunked. A server and a proxy in front of it
// could read such a body differently (request smuggling): it is refused, and the connection closed.
std::optional<ApiResponse> badFraming(const Poco::Net::HTTPServerRequest& request)
{
    std::optional<std::string> length;
    bool lengths = false;
    bool encoding = false;
    for (const auto& [name, value] : request) {
        if (Poco::icompare(name, "Content-Length") == 0) {
            const std::string v = Poco::trim(value);
            if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos)
                return ApiResponse::error(
                    400, QStringLiteral("bad_request"), Api::tr("The Content-Length header is not a length in bytes."));
            lengths = lengths || (length && *length != v);
            length = v;
        } else if (Poco::icompare(name, "Transfer-Encoding") == 0) {
            if (encoding || Poco::icompare(Poco::trim(value), "chunked") != 0)
                return ApiResponse::error(501, QStringLiteral("not_implemented"),
                    Api::tr("Only Transfer-Encoding: chunked is understood."));
            encoding = true;
        }
    }
    if (lengths)
        return ApiResponse::error(400, QStringLiteral("bad_request"), Api::tr("The request has two different Content-Length headers."));
    if (length && encoding)
        return ApiResponse::error(400, QStringLiteral("bad_request"),
            Api::tr("The request has both Content-Length and Transfer-Encoding headers."));
    return std::nullopt;
}

} // namespace

RequestHandler::RequestHandler(Api& api)
    : m_api(api)
{ }

ApiResponse RequestHandler::dispatch(Poco::Net::HTTPServerRequest& request, bool* bodyConsumed)
{
    const std::string& uri = request.getURI();
    const std::size_t question = uri.find('?');
    const QByteArray rawPath = QByteArray::fromStdString(uri.substr(0, question));
    const QByteArray rawQuery
        = question == std::string::npos ? QByteArray() : QByteArray::fromStdString(uri.substr(question + 1));

    ApiRequest api;
    api.method = QString::fromStdString(request.getMethod());
    api.path = QString::fromUtf8(rawPath);
    api.target = QByteArray::fromStdString(uri);

    const Router::Match match = m_api.router().match(api.method, api.path);
    if (!match.route) {
        if (!match.allowed.isEmpty()) {
            ApiResponse r = ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                Api::tr("%1 is not allowed here; allowed: %2.")
                    .arg(api.method.left(16), match.allowed.join(QStringLiteral(", "))));
            r.header("Allow", match.allowed.join(QStringLiteral(", ")).toLatin1());
            return r;
        }
        return ApiResponse::error(404, QStringLiteral("not_found"), Api::tr("No such resource."));
    }
    const Router::Route& route = *match.route;
    api.params = match.params;
    if (api.method == u"HEAD")
        api.method = QStringLiteral("GET");

    if (route.scope) {
        static const std::string kBearer = "Bearer ";
        const std::string authorization
            = request.get("Authorization", std::string()); // a copy: get() returns the default by reference
        if (authorization.size() <= kBearer.size()
            || Poco::icompare(authorization.substr(0, kBearer.size()), kBearer) != 0) {
            ApiResponse r = ApiResponse::error(401, QStringLiteral("unauthorized"),
                Api::tr("This endpoint needs an Authorization: Bearer TOKEN header."));
            r.header("WWW-Authenticate", "Bearer realm=\"sitegov\"");
            return r;
        }
        const QByteArray token = QByteArray::fromStdString(authorization.substr(kBearer.size())).trimmed();
        const auto scope = m_api.authenticate(token);
        if (!scope)
            return Api::internalError(scope.error());
        if (!scope->has_value()) {
            ApiResponse r = ApiResponse::error(
                401, QStringLiteral("unauthorized"), Api::tr("The token is not valid or has been revoked."));
            r.header("WWW-Authenticate", "Bearer realm=\"sitegov\", error=\"invalid_token\"");
            return r;
        }
        if (!AccessToken::allows(**scope, *route.scope)) {
            ApiResponse r = ApiResponse::error(403, QStringLiteral("forbidden"),
                Api::tr("This endpoint needs a token with the %1 scope.").arg(AccessToken::scopeKey(*route.scope)));
            r.header("WWW-Authenticate", "Bearer realm=\"sitegov\", error=\"insufficient_scope\"");
            return r;
        }
        api.scope = **scope;
    }

    if (const auto e = QueryParams::parse(rawQuery, &api.query))
        return Api::badField(*e);

    if (route.takesBody) {
        const std::string type = request.getContentType();
        bool json = false;
        try {
            const Poco::Net::MediaType media(type);
            const std::string charset
                = media.hasParameter("charset") ? media.getParameter("charset") : std::string("utf-8");
            json = media.matches("application", "json") && Poco::icompare(charset, "utf-8") == 0;
        } catch (const Poco::Exception&) {
            json = false;
        }
        if (!json)
            return ApiResponse::error(415, QStringLiteral("unsupported_media_type"),
                Api::tr("The body must be JSON, sent as Content-Type: application/json (UTF-8)."));
        if (request.hasContentLength() && request.getContentLength64() > Poco::Int64(kMaxBody)) {
            ApiResponse r = ApiResponse::error(
                413, QStringLiteral("payload_too_large"), Api::tr("The body is larger than %1 bytes.").arg(kMaxBody));
            return r;
        }
        std::istream& in = request.stream();
        QByteArray body;
        char buffer[16384];
        while (in.good()) {
            in.read(buffer, sizeof buffer);
            body.append(buffer, in.gcount());
            if (std::size_t(body.size()) > kMaxBody)
                return ApiResponse::error(413, QStringLiteral("payload_too_large"),
                    Api::tr("The body is larger than %1 bytes.").arg(kMaxBody));
        }
        *bodyConsumed = true;
        api.body = std::move(body);
    }

    return route.handler(api);
}

void RequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    const auto start = std::chrono::steady_clock::now();
    int status = 500;
    try {
        if (auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request))
            impl->socket().setNoDelay(true);

        bool bodyConsumed = false;
        ApiResponse r;
        try {
            if (auto refused = badFraming(request)) {
                r = std::move(*refused);
                r.closeConnection = true;
                bodyConsumed = true; // nothing of it is read: the connection ends with the answer
            } else {
                r = dispatch(request, &bodyConsumed);
            }
        } catch (const Poco::Exception& e) {
            r = Api::internalError(Error{QStringLiteral("request failed"), QString::fromStdString(e.displayText())});
        } catch (const std::exception& e) {
            r = Api::internalError(Error{QStringLiteral("request failed"), QString::fromUtf8(e.what())});
        }
        // Whatever of the body is left unread must be read before the next request on this
        // connection (or the connection closed), and before the answer for a client that sends
        // the whole body before it reads.
        // A body announced larger than that is not waited for at all.
        if (!bodyConsumed && hasBody(request)
            && ((request.hasContentLength() && request.getContentLength64() > Poco::Int64(kMaxDrain))
                || !drain(request.stream(), kMaxDrain)))
            r.closeConnection = true;

        const bool isGet = request.getMethod() == Poco::Net::HTTPRequest::HTTP_GET
            || request.getMethod() == Poco::Net::HTTPRequest::HTTP_HEAD;
        if (isGet && r.status == 200) {
            if (r.etag.isEmpty())
                r.etag = ApiResponse::etagOf(r.body);
            r.header("ETag", r.etag);
            r.header("Cache-Control", "no-cache");
            if (request.has("If-None-Match") && etagMatches(request.get("If-None-Match"), r.etag)) {
                r.status = 304;
                r.body.clear();
            }
        }

        status = r.status;
        response.setStatusAndReason(Poco::Net::HTTPResponse::HTTPStatus(r.status));
        for (const auto& [name, value] : std::as_const(r.headers))
            response.set(name.toStdString(), value.toStdString());
        if (r.closeConnection)
            response.setKeepAlive(false);
        if (r.status == 304) {
            response.setContentLength(0);
            response.send();
        } else {
            response.setContentType(r.contentType.toStdString());
            response.sendBuffer(r.body.constData(), std::size_t(r.body.size()));
        }
    } catch (const Poco::Exception& e) {
        // The client went away while the answer was written: nothing more to do than log it.
        std::fprintf(stderr, "error: %s\n", e.displayText().c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    logLine(request.getMethod(), request.getURI(), status, ms);
}

} // namespace sitegov::server
