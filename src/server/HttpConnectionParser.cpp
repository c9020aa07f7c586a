#include "server/Api.h"
#include "server/HttpConnection.h"
#include "server/Metrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>
#include <strings.h>

namespace sitegov::server {

// HttpConnection's reading of requests: the http_parser callbacks, which gather the request line,
// headers and body and refuse what breaks the limits (the transport, the events and the answers
// are in HttpConnection.cpp).

const http_parser_settings& HttpConnection::settings()
{
    static const http_parser_settings s = [] {
        http_parser_settings v{};
        v.on_message_begin = &HttpConnection::onMessageBegin;
        v.on_url = &HttpConnection::onUrl;
        v.on_header_field = &HttpConnection::onHeaderField;
        v.on_header_value = &HttpConnection::onHeaderValue;
        v.on_headers_complete = &HttpConnection::onHeadersComplete;
        v.on_body = &HttpConnection::onBody;
        v.on_message_complete = &HttpConnection::onMessageComplete;
        return v;
    }();
    return s;
}

// ---- http_parser callbacks (on the loop's thread, inside feed()) ------------------------------

int HttpConnection::onMessageBegin(http_parser* p)
{
    auto* c = static_cast<HttpConnection*>(p->data);
    c->m_state = State::Headers;
    c->m_since = Clock::now();
    c->m_request.clear();
    c->m_plan = RequestHandler::Plan();
    c->m_route = -1;
    c->m_lastWasValue = true;
    c->m_headerBytes = 0;
    c->m_bodyBytes = 0;
    c->m_discardBody = false;
    c->m_bodyTooLarge = false;
    return 0;
}

bool HttpConnection::counted(std::size_t more)
{
    m_headerBytes += more;
    if (m_headerBytes <= m_front.maxHeaderBytes)
        return true;
    m_front.metrics->malformed();
    m_refusal = RequestHandler::frontError(431, QStringLiteral("headers_too_large"),
        RequestHandler::tr("The request's headers are larger than %1 bytes.").arg(m_front.maxHeaderBytes));
    m_refusalWhy = "headers too large";
    http_parser_pause(&m_parser, 1);
    return false;
}

int HttpConnection::onUrl(http_parser* p, const char* at, std::size_t length)
{
    auto* c = static_cast<HttpConnection*>(p->data);
    if (c->m_refusal)
        return 0;
    if (c->m_request.target.empty())
        c->m_request.method = http_method_str(http_method(p->method)); // for the log, should the request fail
    c->m_request.target.append(at, length);
    if (c->m_request.target.size() > c->m_front.maxTargetBytes) {
        c->m_front.metrics->malformed();
        c->m_refusal = RequestHandler::frontError(414, QStringLiteral("uri_too_long"),
            RequestHandler::tr("The request target is longer than %1 bytes.").arg(c->m_front.maxTargetBytes));
        c->m_refusalWhy = "target too long";
        c->m_request.target.resize(64);
        c->m_request.target += "...";
        http_parser_pause(p, 1);
        return 0;
    }
    c->counted(length);
    return 0;
}

int HttpConnection::onHeaderField(http_parser* p, const char* at, std::size_t length)
{
    auto* c = static_cast<HttpConnection*>(p->data);
    if (c->m_refusal)
        return 0;
    if (c->m_lastWasValue) {
        c->m_lastWasValue = false;
        if (c->m_request.headers.size() >= c->m_front.maxHeaderCount) {
            c->m_front.metrics->malformed();
            c->m_refusal = RequestHandler::frontError(431, QStringLiteral("headers_too_large"),
                RequestHandler::tr("The request has more than %1 headers.").arg(c->m_front.maxHeaderCount));
            c->m_refusalWhy = "too many headers";
            http_parser_pause(p, 1);
            return 0;
        }
        c->m_request.headers.emplace_back();
        c->counted(4); // ": " and the line end
    }
    c->m_request.headers.back().first.append(at, length);
    c->counted(length);
    return 0;
}

int HttpConnection::onHeaderValue(http_parser* p, const char* at, std::size_t length)
{
    auto* c = static_cast<HttpConnection*>(p->data);
    if (c->m_refusal || c->m_request.headers.empty())
        return 0;
    c->m_lastWasValue = true;
    c->m_request.headers.back().second.append(at, length);
    c->counted(length);
    return 0;
}

int HttpConnection::onHeadersComplete(http_parser* p)
{
    auto* c = static_cast<HttpConnection*>(p->data);
    if (c->m_refusal)
        return 0;
    return c->headersArrived();
}

int HttpConnection::headersArrived()
{
    m_request.method = http_method_str(http_method(m_parser.method));
    m_request.versionMajor = m_parser.http_major;
    m_request.versionMinor = m_parser.http_minor;
    if (m_parser.http_major != 1) {
        m_front.metrics->malformed();
        m_refusal = RequestHandler::frontError(505, QStringLiteral("http_version_not_supported"),
            RequestHandler::tr("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
        m_refusalWhy = "HTTP version";
        http_parser_pause(&m_parser, 1);
        return 0;
    }
    m_keepAlive = http_should_keep_alive(&m_parser) != 0;
    m_state = State::Body;
    const Clock::time_point headersEnd = Clock::now();
    const Clock::time_point requestStart = m_since;
    m_since = headersEnd;

    m_plan = m_front.handler->plan(m_request);
    m_route = m_plan.route;
    const bool chunked = (m_parser.flags & F_CHUNKED) != 0;
    const bool hasLength = m_parser.content_length != ULLONG_MAX;
    const bool body = chunked || (hasLength && m_parser.content_length > 0);
    const bool tooLargeToDrain = hasLength && m_parser.content_length > RequestHandler::kMaxDrain;
    const std::string_view expect = m_request.header("Expect");
    const bool expectsContinue = expect.size() == 12 && ::strncasecmp(expect.data(), "100-continue", 12) == 0;

    if (m_plan.answer) {
        // Decided from the headers. The body is still read and dropped before the next request,
        // unless the answer closes the connection, the body is announced too large to wait for, or
        // the client waits for 100 Continue before it sends it: then the answer goes now.
        if (m_plan.answer->closeConnection || (body && (tooLargeToDrain || expectsContinue))) {
            ApiResponse r = std::move(*m_plan.answer);
            m_plan.answer.reset();
            m_refusal = std::move(r);
            m_refusal->closeConnection = true;
            m_refusalWhy = nullptr;
            m_since = requestStart;
            http_parser_pause(&m_parser, 1);
            return 0;
        }
        m_discardBody = true;
        return 0;
    }
    if (!m_plan.wantsBody) {
        m_discardBody = true;
        if (tooLargeToDrain) {
            m_refusal = RequestHandler::frontError(413, QStringLiteral("payload_too_large"),
                Api::tr("The body is larger than %1 bytes.").arg(RequestHandler::kMaxBody));
            m_refusalWhy = nullptr;
            m_since = requestStart;
            http_parser_pause(&m_parser, 1);
        }
        return 0;
    }
    if (body && expectsContinue && m_request.versionMinor >= 1)
        m_out.append("HTTP/1.1 100 Continue\r\n\r\n");
    return 0;
}

int HttpConnection::onBody(http_parser* p, const char* at, std::size_t length)
{
    auto* c = static_cast<HttpConnection*>(p->data);
    if (c->m_refusal)
        return 0;
    c->m_bodyBytes += length;
    if (c->m_bodyBytes > RequestHandler::kMaxDrain) {
        c->m_refusal = RequestHandler::frontError(413, QStringLiteral("payload_too_large"),
            Api::tr("The body is larger than %1 bytes.").arg(RequestHandler::kMaxBody));
        c->m_refusalWhy = nullptr;
        http_parser_pause(p, 1);
        return 0;
    }
    if (c->m_discardBody)
        return 0;
    if (std::size_t(c->m_request.body.size()) + length > RequestHandler::kMaxBody) {
        c->m_bodyTooLarge = true;
        c->m_discardBody = true;
        c->m_request.body.clear();
        return 0;
    }
    c->m_request.body.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onMessageComplete(http_parser* p)
{
    auto* c = static_cast<HttpConnection*>(p->data);
    if (c->m_refusal)
        return 0;
    c->m_complete = true;
    http_parser_pause(p, 1);
    return 0;
}

} // namespace sitegov::server
