#include "server/HttpConnection.h"

#include "server/Api.h"
#include "server/IoLoop.h"
#include "server/Metrics.h"
#include "server/WorkerPool.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sitegov::server {

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;
constexpr std::size_t kMaxLinger = 1024 * 1024; // bytes read and dropped after the last answer

// The Date header's value, formatted once a second per thread.
const std::string& httpDate()
{
    thread_local std::time_t second = 0;
    thread_local std::string text;
    const std::time_t now = std::time(nullptr);
    if (now != second) {
        second = now;
        text = Poco::DateTimeFormatter::format(
            Poco::DateTime(Poco::Timestamp::fromEpochTime(now)), Poco::DateTimeFormat::HTTP_FORMAT);
    }
    return text;
}

double millisSince(HttpConnection::Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(HttpConnection::Clock::now() - start).count();
}

std::string seconds(HttpConnection::Clock::duration d)
{
    return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(d).count());
}

} // namespace

HttpConnection::HttpConnection(
    IoLoop& loop, HttpFront& front, int fd, quint64 id, std::string peer, ConnectionLimits::Verdict verdict)
    : m_loop(loop)
    , m_front(front)
    , m_fd(fd)
    , m_id(id)
    , m_peer(std::move(peer))
    , m_verdict(verdict)
    , m_since(Clock::now())
    , m_lastWrite(m_since)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    m_request.peer = m_peer;
    m_front.openConnections.fetch_add(1, std::memory_order_relaxed);
}

HttpConnection::~HttpConnection()
{
    close();
}

void HttpConnection::start()
{
    if (m_front.tls) {
        m_ssl = SSL_new(m_front.tls);
        if (!m_ssl || SSL_set_fd(m_ssl, m_fd) != 1) {
            close();
            return;
        }
        SSL_set_accept_state(m_ssl);
        SSL_set_mode(m_ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
        m_state = State::Handshake;
        handshake();
        return;
    }
    if (m_verdict != ConnectionLimits::Verdict::Admit) {
        m_state = State::Headers;
        refuse(ApiResponse(), nullptr);
        return;
    }
    m_state = State::Idle;
}

// ---- transport ------------------------------------------------------------------------------

template <typename Plain, typename Tls> long HttpConnection::transfer(Plain plain, Tls tls, bool reading)
{
    if (!m_ssl) {
        for (;;) {
            const ssize_t n = plain();
            if (n >= 0)
                return long(n);
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK ? kWouldBlock : kFailed;
        }
    }
    ERR_clear_error();
    const int n = tls();
    if (n > 0)
        return n;
    switch (SSL_get_error(m_ssl, n)) {
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return kWouldBlock;
    case SSL_ERROR_ZERO_RETURN:
        return reading ? 0 : kFailed; // the peer closed its side cleanly: the end of what it sends
    default:
        return kFailed;
    }
}

long HttpConnection::receive(char* buffer, std::size_t size)
{
    return transfer([&]() { return ::recv(m_fd, buffer, size, 0); },
        [&]() { return SSL_read(m_ssl, buffer, int(std::min<std::size_t>(size, 1 << 30))); }, true);
}

long HttpConnection::send(const char* data, std::size_t size)
{
    return transfer([&]() { return ::send(m_fd, data, size, MSG_NOSIGNAL); },
        [&]() { return SSL_write(m_ssl, data, int(std::min<std::size_t>(size, 1 << 30))); }, false);
}

void HttpConnection::handshake()
{
    ERR_clear_error();
    const int r = SSL_do_handshake(m_ssl);
    if (r == 1) {
        if (m_verdict != ConnectionLimits::Verdict::Admit) {
            m_state = State::Headers;
            refuse(ApiResponse(), nullptr);
            return;
        }
        m_state = State::Idle;
        m_since = Clock::now();
        pump();
        return;
    }
    const int e = SSL_get_error(m_ssl, r);
    if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
        close(); // not TLS, or a client that does not trust the certificate
}

// ---- events ---------------------------------------------------------------------------------

void HttpConnection::onEvents(std::uint32_t events)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Handshake) {
        if (events & EPOLLERR) {
            close();
            return;
        }
        handshake();
        return;
    }
    if (m_outPos < m_out.size()) {
        flush();
        if (m_state == State::Closed)
            return;
        if (m_outPos >= m_out.size())
            afterFlush();
    }
    if (m_state == State::Lingering) {
        drainLinger();
        return;
    }
    if ((events & EPOLLERR) && m_state != State::Waiting) {
        close();
        return;
    }
    pump();
}

void HttpConnection::pump()
{
    thread_local char buffer[kReadChunk];
    while (m_state == State::Idle || m_state == State::Headers || m_state == State::Body) {
        if (m_outPos < m_out.size()) {
            // One answer at a time: read on once it is written (or a 100 Continue is).
            flush();
            if (m_state == State::Closed || m_outPos < m_out.size())
                return;
            afterFlush();
            continue;
        }
        if (m_inPos < m_in.size()) {
            feed();
            continue;
        }
        if (m_eof) {
            // The client has finished sending: nothing more can arrive. A request cut short ends
            // here without an answer (nobody reads it).
            close();
            return;
        }
        const long n = receive(buffer, sizeof buffer);
        if (n == kWouldBlock)
            return;
        if (n == kFailed) {
            close();
            return;
        }
        if (n == 0) {
            m_eof = true;
            continue;
        }
        m_in.append(buffer, std::size_t(n));
    }
}

void HttpConnection::feed()
{
    const std::size_t available = m_in.size() - m_inPos;
    const std::size_t n = http_parser_execute(&m_parser, &settings(), m_in.data() + m_inPos, available);
    m_inPos += n;
    if (m_inPos >= m_in.size()) {
        m_in.clear();
        m_inPos = 0;
    } else if (m_inPos > kReadChunk) {
        m_in.erase(0, m_inPos);
        m_inPos = 0;
    }
    const auto error = HTTP_PARSER_ERRNO(&m_parser);
    if (error == HPE_PAUSED) {
        http_parser_pause(&m_parser, 0);
        if (m_refusal) {
            ApiResponse r = std::move(*m_refusal);
            m_refusal.reset();
            refuse(std::move(r), m_refusalWhy);
        } else if (m_complete) {
            m_complete = false;
            complete();
        }
        return;
    }
    if (error != HPE_OK) {
        m_front.metrics->malformed();
        int status = 400;
        QString code = QStringLiteral("bad_request");
        QString message;
        switch (error) {
        case HPE_HEADER_OVERFLOW:
            status = 431;
            code = QStringLiteral("headers_too_large");
            message = RequestHandler::tr("The request's headers are larger than %1 bytes.").arg(m_front.maxHeaderBytes);
            break;
        case HPE_INVALID_CONTENT_LENGTH:
            message = RequestHandler::tr("The Content-Length header is not a length in bytes.");
            break;
        case HPE_UNEXPECTED_CONTENT_LENGTH:
            message = RequestHandler::tr(
                "The body has no one clear length: Content-Length is given twice, or beside Transfer-Encoding.");
            break;
        case HPE_INVALID_TRANSFER_ENCODING:
            status = 501;
            code = QStringLiteral("not_implemented");
            message = Api::tr("Only Transfer-Encoding: chunked is understood.");
            break;
        case HPE_INVALID_CHUNK_SIZE:
            message = RequestHandler::tr("The chunked body has a chunk size that is not a hexadecimal number.");
            break;
        case HPE_INVALID_METHOD:
            status = 501;
            code = QStringLiteral("not_implemented");
            message = RequestHandler::tr("The request method is not one this server knows.");
            break;
        case HPE_INVALID_VERSION:
            status = 505;
            code = QStringLiteral("http_version_not_supported");
            message = RequestHandler::tr("Only HTTP/1.0 and HTTP/1.1 are spoken here.");
            break;
        default:
            message = RequestHandler::tr("The request is not well-formed HTTP (%1).")
                          .arg(QString::fromLatin1(http_errno_description(error)));
            break;
        }
        refuse(RequestHandler::frontError(status, code, message), http_errno_description(error));
        return;
    }
    // An HTTP/0.9 request line ("GET /", no version) ends without headers: answer it at once.
    if (m_state == State::Headers && m_parser.http_major == 0 && m_parser.http_minor == 9) {
        m_front.metrics->malformed();
        refuse(RequestHandler::frontError(505, QStringLiteral("http_version_not_supported"),
                   RequestHandler::tr("Only HTTP/1.0 and HTTP/1.1 are spoken here.")),
            "HTTP/0.9 request line");
    }
}

// ---- answers --------------------------------------------------------------------------------

void HttpConnection::complete()
{
    if (m_parser.upgrade)
        m_keepAlive = false; // no protocol switch here: answer, then close
    if (m_bodyTooLarge && m_plan.unverifiedToken.isEmpty()) {
        respond(ApiResponse::error(413, QStringLiteral("payload_too_large"),
            Api::tr("The body is larger than %1 bytes.").arg(RequestHandler::kMaxBody)));
        return;
    }
    m_plan.bodyTooLarge = m_bodyTooLarge;
    if (!m_plan.answer && m_plan.wantsBody)
        m_plan.request.body = std::move(m_request.body);
    if (auto answer = m_front.handler->fromMemory(m_plan)) {
        respond(std::move(*answer));
        return;
    }
    m_state = State::Waiting;
    IoLoop* loop = &m_loop;
    const quint64 id = m_id;
    RequestHandler* handler = m_front.handler;
    m_front.pool->submit([loop, id, handler, plan = std::move(m_plan)]() { loop->post(id, handler->run(plan)); });
    m_plan = RequestHandler::Plan();
}

void HttpConnection::onAnswer(ApiResponse response)
{
    if (m_state != State::Waiting)
        return;
    respond(std::move(response));
    pump();
}

void HttpConnection::refuse(ApiResponse response, const char* why)
{
    std::string note;
    if (m_verdict != ConnectionLimits::Verdict::Admit) {
        // Over a connection limit: answered at once, whatever the client sends.
        const bool total = m_verdict == ConnectionLimits::Verdict::OverTotal;
        response = RequestHandler::frontError(503, QStringLiteral("too_many_connections"),
            total ? RequestHandler::tr("The server has as many connections as it takes (%1); try again shortly.")
                        .arg(m_front.limits->total())
                  : RequestHandler::tr("This address has as many connections as it may (%1); close some first.")
                        .arg(m_front.limits->perClient()));
        response.header("Retry-After", "1");
        note = std::string(total
                       ? "too_many_connections (total limit " + std::to_string(m_front.limits->total())
                       : "too_many_connections (per-client limit " + std::to_string(m_front.limits->perClient()))
            + ") from " + m_peer;
        m_keepAlive = false;
    } else {
        const QJsonObject error
            = QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toObject();
        note = error.value(QLatin1String("code")).toString().toStdString() + " from " + m_peer;
        if (why)
            note += std::string(": ") + why;
    }
    response.closeConnection = true;
    m_route = -1;
    if (m_request.method.empty())
        m_request.method = "-";
    if (m_request.target.empty())
        m_request.target = "-";
    m_discardBody = true;
    m_in.clear();
    m_inPos = 0;
    m_keepAlive = false;
    m_closeAfterWrite = true;
    // respond() logs; the note says why the front refused.
    const double ms = millisSince(m_since);
    const int status = response.status;
    RequestHandler::log(m_request.method, m_request.target, status, ms, note);
    m_front.metrics->request(-1, status, ms / 1000.0);
    respond(std::move(response), true);
}

void HttpConnection::respond(ApiResponse r, bool logged)
{
    RequestHandler::finish(m_request, r);
    const bool close = r.closeConnection || !m_keepAlive || m_front.stopping.load(std::memory_order_relaxed);

    // Status line and headers; Content-Length always (also for HEAD and 304), a body unless HEAD or 304.
    const bool withBody = r.status != 304 && !m_request.isHead();
    std::string& out = m_out;
    if (m_outPos >= out.size()) {
        out.clear();
        m_outPos = 0;
    }
    out.reserve(out.size() + 256 + std::size_t(withBody ? r.body.size() : 0));
    out += "HTTP/1.1 ";
    out += std::to_string(r.status);
    out += ' ';
    out += http_status_str(http_status(r.status));
    out += "\r\nDate: ";
    out += httpDate();
    out += "\r\nServer: sitegov-server\r\n";
    if (r.status != 304) {
        out += "Content-Type: ";
        out.append(r.contentType.constData(), std::size_t(r.contentType.size()));
        out += "\r\n";
    }
    out += "Content-Length: ";
    out += std::to_string(r.status == 304 ? 0 : r.body.size());
    out += "\r\n";
    for (const auto& [name, value] : std::as_const(r.headers)) {
        out.append(name.constData(), std::size_t(name.size()));
        out += ": ";
        out.append(value.constData(), std::size_t(value.size()));
        out += "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    else if (m_request.versionMinor == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (withBody)
        out.append(r.body.constData(), std::size_t(r.body.size()));

    if (!logged) {
        const double ms = millisSince(m_since);
        RequestHandler::log(m_request.method, m_request.target, r.status, ms);
        m_front.metrics->request(m_route, r.status, ms / 1000.0);
    }
    m_closeAfterWrite = m_closeAfterWrite || close;
    m_state = State::Idle;
    m_since = Clock::now();
    m_request.body.clear();
    m_plan = RequestHandler::Plan();
    flush();
    if (m_state != State::Closed && m_outPos >= m_out.size())
        afterFlush();
}

void HttpConnection::flush()
{
    while (m_outPos < m_out.size()) {
        const long n = send(m_out.data() + m_outPos, m_out.size() - m_outPos);
        if (n == kWouldBlock)
            return;
        if (n <= 0) {
            close();
            return;
        }
        m_outPos += std::size_t(n);
        m_lastWrite = Clock::now();
    }
    m_out.clear();
    m_outPos = 0;
}

void HttpConnection::afterFlush()
{
    if (m_closeAfterWrite && m_state != State::Lingering && m_state != State::Waiting)
        startLinger();
}

// After the last answer, the client may still be sending (the rest of a refused body, a next
// request): closing with unread bytes would reset the connection and could destroy the answer
// before the client reads it. So the sending side is shut, and what arrives is read and dropped
// until the client closes, or for a short while.
void HttpConnection::startLinger()
{
    if (m_front.stopping.load(std::memory_order_relaxed)) {
        close();
        return;
    }
    if (m_ssl) {
        ERR_clear_error();
        SSL_shutdown(m_ssl);
    }
    ::shutdown(m_fd, SHUT_WR);
    m_state = State::Lingering;
    m_since = Clock::now();
    m_in.clear();
    m_inPos = 0;
    drainLinger();
}

void HttpConnection::drainLinger()
{
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_lingered += std::size_t(n);
            if (m_lingered > kMaxLinger) {
                close();
                return;
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        close(); // end of stream or an error
        return;
    }
}

void HttpConnection::onTick(Clock::time_point now)
{
    if (m_state == State::Closed)
        return;
    if (m_outPos < m_out.size()) {
        if (now - m_lastWrite > m_front.sendTimeout)
            close(); // an answer the client does not read
        return;
    }
    switch (m_state) {
    case State::Handshake:
        if (now - m_since
            > (m_verdict == ConnectionLimits::Verdict::Admit ? m_front.headerTimeout : m_front.refusalTimeout))
            close();
        break;
    case State::Idle:
        if (now - m_since > m_front.idleTimeout)
            close();
        break;
    case State::Headers:
        if (now - m_since > m_front.headerTimeout) {
            m_front.metrics->headerTimeout();
            refuse(RequestHandler::frontError(408, QStringLiteral("request_timeout"),
                       RequestHandler::tr("The request's headers did not arrive within %1 seconds.")
                           .arg(QString::fromStdString(seconds(m_front.headerTimeout)))),
                "headers did not arrive in time");
        }
        break;
    case State::Body:
        if (now - m_since > m_front.bodyTimeout) {
            m_front.metrics->bodyTimeout();
            const std::string why = "body did not arrive in time (" + std::to_string(m_bodyBytes) + " bytes came)";
            refuse(RequestHandler::frontError(408, QStringLiteral("request_timeout"),
                       RequestHandler::tr("The request's body did not arrive within %1 seconds.")
                           .arg(QString::fromStdString(seconds(m_front.bodyTimeout)))),
                why.c_str());
        }
        break;
    case State::Lingering:
        if (now - m_since
            > (m_verdict == ConnectionLimits::Verdict::Admit ? m_front.lingerTimeout : m_front.refusalTimeout))
            close();
        break;
    case State::Waiting:
    case State::Closed:
        break;
    }
}

void HttpConnection::onStop()
{
    if (m_state == State::Waiting) {
        m_closeAfterWrite = true;
        return;
    }
    if (m_outPos < m_out.size()) {
        m_closeAfterWrite = true;
        return;
    }
    close();
}

void HttpConnection::close()
{
    if (m_state == State::Closed && m_fd < 0)
        return;
    m_state = State::Closed;
    if (m_ssl) {
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd); // also removes it from the loop's epoll set
        m_fd = -1;
        m_front.limits->close(m_peer, m_verdict);
        m_front.openConnections.fetch_sub(1, std::memory_order_relaxed);
    }
}

} // namespace sitegov::server
