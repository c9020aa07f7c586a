#include "server/RequestHandler.h"

#include "server/Api.h"

#include <Poco/Exception.h>
#include <Poco/Net/MediaType.h>
#include <Poco/String.h>
#include <algorithm>
#include <cstdio>
#include <strings.h>
#include <unistd.h>

namespace sitegov::server {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}

std::string_view trimmed(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

// If-None-Match: a list of entity tags or "*"; compared weakly (RFC 9110).
bool etagMatches(std::string_view header, const QByteArray& etag)
{
    const QByteArray wanted = etag.startsWith("W/") ? etag.mid(2) : etag;
    const QList<QByteArray> tags = QByteArray(header.data(), qsizetype(header.size())).split(',');
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

// A request whose body has no one clear length: two Content-Length headers, a length beside
// Transfer-Encoding, or an encoding other than chunked. A server and a proxy in front of it could
// read such a body differently (request smuggling): it is refused, and the connection closed.
// (http_parser refuses most of these itself; this also holds for what it lets through.)
std::optional<ApiResponse> badFraming(const HttpRequest& request)
{
    int lengths = 0;
    int encodings = 0;
    for (const auto& [name, value] : request.headers) {
        if (equalsIgnoringCase(name, "Content-Length")) {
            const std::string_view v = trimmed(value);
            if (v.empty() || v.size() > 18 || v.find_first_not_of("0123456789") != std::string_view::npos)
                return RequestHandler::frontError(
                    400, QStringLiteral("bad_request"), Api::tr("The Content-Length header is not a length in bytes."));
            ++lengths;
        } else if (equalsIgnoringCase(name, "Transfer-Encoding")) {
            if (encodings > 0 || !equalsIgnoringCase(trimmed(value), "chunked"))
                return RequestHandler::frontError(
                    501, QStringLiteral("not_implemented"), Api::tr("Only Transfer-Encoding: chunked is understood."));
            ++encodings;
        }
    }
    if (lengths > 1)
        return RequestHandler::frontError(
            400, QStringLiteral("bad_request"), Api::tr("The request has two different Content-Length headers."));
    if (lengths > 0 && encodings > 0)
        return RequestHandler::frontError(400, QStringLiteral("bad_request"),
            Api::tr("The request has both Content-Length and Transfer-Encoding headers."));
    return std::nullopt;
}

} // namespace

RequestHandler::RequestHandler(Api& api)
    : m_api(api)
{ }

ApiResponse RequestHandler::frontError(int status, const QString& code, const QString& message)
{
    ApiResponse r = ApiResponse::error(status, code, message);
    r.closeConnection = true;
    return r;
}

RequestHandler::Plan RequestHandler::plan(const HttpRequest& head) const
{
    Plan plan;
    if (auto refused = badFraming(head)) {
        plan.answer = std::move(refused);
        return plan;
    }

    const std::string& uri = head.target;
    const std::size_t question = uri.find('?');
    const QByteArray rawPath = QByteArray(uri.data(), qsizetype(std::min(question, uri.size())));
    const QByteArray rawQuery = question == std::string::npos
        ? QByteArray()
        : QByteArray(uri.data() + question + 1, qsizetype(uri.size() - question - 1));

    ApiRequest& api = plan.request;
    api.method = QString::fromLatin1(head.method.data(), qsizetype(head.method.size()));
    api.path = QString::fromUtf8(rawPath);
    api.target = QByteArray(uri.data(), qsizetype(uri.size()));

    const Router::Match match = m_api.router().match(api.method, api.path);
    if (!match.route) {
        if (!match.allowed.isEmpty()) {
            ApiResponse r = ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                Api::tr("%1 is not allowed here; allowed: %2.")
                    .arg(api.method.left(16), match.allowed.join(QStringLiteral(", "))));
            r.header("Allow", match.allowed.join(QStringLiteral(", ")).toLatin1());
            plan.answer = std::move(r);
        } else {
            plan.answer = ApiResponse::error(404, QStringLiteral("not_found"), Api::tr("No such resource."));
        }
        return plan;
    }
    const Router::Route& route = *match.route;
    plan.route = int(match.route - m_api.router().routes().constData());
    api.params = match.params;
    if (api.method == u"HEAD")
        api.method = QStringLiteral("GET");

    if (route.scope) {
        static constexpr std::string_view kBearer = "Bearer ";
        const std::string_view authorization = head.header("Authorization");
        if (authorization.size() <= kBearer.size()
            || !equalsIgnoringCase(authorization.substr(0, kBearer.size()), kBearer)) {
            ApiResponse r = ApiResponse::error(401, QStringLiteral("unauthorized"),
                Api::tr("This endpoint needs an Authorization: Bearer TOKEN header."));
            r.header("WWW-Authenticate", "Bearer realm=\"sitegov\"");
            plan.answer = std::move(r);
            return plan;
        }
        const std::string_view rest = authorization.substr(kBearer.size());
        const QByteArray token = QByteArray(rest.data(), qsizetype(rest.size())).trimmed();
        const auto scope = m_api.authenticate(token);
        if (!scope) {
            plan.answer = Api::internalError(scope.error());
            return plan;
        }
        if (!scope->has_value() && AccessToken::looksValid(token)) {
            plan.unverifiedToken = token;
            plan.rawQuery = rawQuery;
            plan.contentType = head.header("Content-Type");
            plan.contentLength = trimmed(head.header("Content-Length"));
            plan.wantsBody = route.takesBody;
            return plan;
        }
        if (!scope->has_value()) {
            ApiResponse r = ApiResponse::error(
                401, QStringLiteral("unauthorized"), Api::tr("The token is not valid or has been revoked."));
            r.header("WWW-Authenticate", "Bearer realm=\"sitegov\", error=\"invalid_token\"");
            plan.answer = std::move(r);
            return plan;
        }
        if (!AccessToken::allows(**scope, *route.scope)) {
            ApiResponse r = ApiResponse::error(403, QStringLiteral("forbidden"),
                Api::tr("This endpoint needs a token with the %1 scope.").arg(AccessToken::scopeKey(*route.scope)));
            r.header("WWW-Authenticate", "Bearer realm=\"sitegov\", error=\"insufficient_scope\"");
            plan.answer = std::move(r);
            return plan;
        }
        api.scope = **scope;
    }
    plan.rawQuery = rawQuery;
    plan.contentType = head.header("Content-Type");
    plan.contentLength = trimmed(head.header("Content-Length"));
    checkRequest(plan);
    return plan;
}

void RequestHandler::checkRequest(Plan& plan) const
{
    ApiRequest& api = plan.request;
    if (const auto e = QueryParams::parse(plan.rawQuery, &api.query)) {
        plan.answer = Api::badField(*e);
        return;
    }
    const Router::Route& route = m_api.router().routes().at(plan.route);
    if (route.takesBody) {
        const std::string& type = plan.contentType;
        bool json = false;
        try {
            const Poco::Net::MediaType media(type);
            const std::string charset
                = media.hasParameter("charset") ? media.getParameter("charset") : std::string("utf-8");
            json = media.matches("application", "json") && Poco::icompare(charset, "utf-8") == 0;
        } catch (const Poco::Exception&) {
            json = false;
        }
        if (!json) {
            plan.answer = ApiResponse::error(415, QStringLiteral("unsupported_media_type"),
                Api::tr("The body must be JSON, sent as Content-Type: application/json (UTF-8)."));
            return;
        }
        const std::string& length = plan.contentLength;
        if (plan.bodyTooLarge || (!length.empty() && (length.size() > 7 || std::stoull(length) > kMaxBody))) {
            plan.answer = ApiResponse::error(
                413, QStringLiteral("payload_too_large"), Api::tr("The body is larger than %1 bytes.").arg(kMaxBody));
            return;
        }
        plan.wantsBody = true;
    }
}

std::optional<ApiResponse> RequestHandler::fromMemory(const Plan& plan) const
{
    if (plan.answer)
        return plan.answer;
    if (!plan.unverifiedToken.isEmpty())
        return std::nullopt;
    const Router::Route& route = m_api.router().routes().at(plan.route);
    if (route.memoryOnly)
        return route.handler(plan.request);
    if (route.method == u"GET")
        return m_api.fromCache(plan.request);
    return std::nullopt;
}

ApiResponse RequestHandler::run(const Plan& given) const
{
    if (given.answer)
        return *given.answer;
    try {
        const Router::Route& route = m_api.router().routes().at(given.route);
        if (!given.unverifiedToken.isEmpty()) {
            Plan plan = given;
            const auto scope = m_api.authenticateWithStore(plan.unverifiedToken);
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
            plan.request.scope = **scope;
            plan.unverifiedToken.clear();
            checkRequest(plan);
            if (plan.answer)
                return *plan.answer;
            if (!plan.wantsBody)
                plan.request.body.clear();
            return route.handler(plan.request);
        }
        return route.handler(given.request);
    } catch (const Poco::Exception& e) {
        return Api::internalError(Error{QStringLiteral("request failed"), QString::fromStdString(e.displayText())});
    } catch (const std::exception& e) {
        return Api::internalError(Error{QStringLiteral("request failed"), QString::fromUtf8(e.what())});
    }
}

void RequestHandler::finish(const HttpRequest& request, ApiResponse& r)
{
    if (!request.isGet() || r.status != 200 || r.noStore)
        return;
    if (r.etag.isEmpty())
        r.etag = ApiResponse::etagOf(r.body);
    r.header("ETag", r.etag);
    r.header("Cache-Control", "no-cache");
    if (request.has("If-None-Match") && etagMatches(request.header("If-None-Match"), r.etag)) {
        r.status = 304;
        r.body.clear();
    }
}

void RequestHandler::log(std::string_view method, std::string_view target, int status, double ms, std::string_view note)
{
    // One write per line, so that lines from concurrent requests never interleave; bytes that a
    // terminal would interpret are shown as '?'. Formatted by hand: printf's floating point was a
    // visible part of a cached answer's cost.
    char line[800];
    std::size_t n = 0;
    auto put = [&line, &n](std::string_view text, std::size_t most) {
        const std::size_t k = std::min({text.size(), most, sizeof line - 1 - n});
        for (std::size_t i = 0; i < k; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            line[n++] = c < 0x20 || c == 0x7f ? '?' : char(c);
        }
    };
    put(method, 16);
    put(" ", 1);
    put(target, 400);
    char number[48];
    const auto hundredths = static_cast<unsigned long long>(std::max(0.0, ms) * 100.0 + 0.5);
    const int length
        = std::snprintf(number, sizeof number, " %d %llu.%02llums", status, hundredths / 100, hundredths % 100);
    put(std::string_view(number, std::size_t(std::max(0, length))), sizeof number);
    if (!note.empty()) {
        put(" ", 1);
        put(note, 300);
    }
    line[n++] = '\n';
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, line, n);
}

} // namespace sitegov::server
