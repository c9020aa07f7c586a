#pragma once

#include "server/ApiResponse.h"
#include "server/ConnectionLimits.h"
#include "server/HttpFront.h"
#include "server/HttpRequest.h"
#include "server/RequestHandler.h"

#include <QtGlobal>
#include <cstdint>
#include <http_parser.h>
#include <optional>
#include <string>

typedef struct ssl_st SSL;

namespace sitegov::server {

class IoLoop;

// One client connection of the HTTP front, driven by its event loop (never blocks): reads what has
// arrived and parses it with http_parser, holds the request until it has fully arrived, answers it
// at once when memory suffices or hands it to a worker, writes the answer as the socket takes it,
// and keeps the deadlines (headers, body, idle, unread answer). Requests on one connection are
// answered in order, one at a time. TLS (OpenSSL on the non-blocking socket) when the front has a
// context.
class HttpConnection final
{
public:
    using Clock = HttpFront::Clock;

    HttpConnection(
        IoLoop& loop, HttpFront& front, int fd, quint64 id, std::string peer, ConnectionLimits::Verdict verdict);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    int fd() const { return m_fd; }
    quint64 id() const { return m_id; }
    bool finished() const { return m_state == State::Closed; }

    void start(); // once registered with the loop
    void onEvents(std::uint32_t events);
    void onAnswer(ApiResponse response); // a worker's answer, on the loop's thread
    void onTick(Clock::time_point now);
    void onStop(); // the server stops: close unless a request is being answered

private:
    enum class State
    {
        Handshake, // TLS handshake under way
        Idle, // between requests
        Headers, // a request's first byte has arrived, not yet its last header
        Body, // headers arrived, the body is arriving
        Waiting, // the request is with a worker
        Lingering, // the last answer is sent: reading what the client still sends, then closing
        Closed
    };

    // http_parser callbacks.
    static int onMessageBegin(http_parser* p);
    static int onUrl(http_parser* p, const char* at, std::size_t length);
    static int onHeaderField(http_parser* p, const char* at, std::size_t length);
    static int onHeaderValue(http_parser* p, const char* at, std::size_t length);
    static int onHeadersComplete(http_parser* p);
    static int onBody(http_parser* p, const char* at, std::size_t length);
    static int onMessageComplete(http_parser* p);
    static const http_parser_settings& settings();

    void handshake();
    void pump(); // reads and parses while a request may be taken
    void feed(); // parses what is buffered
    int headersArrived();
    void complete(); // the whole request has arrived
    void refuse(ApiResponse response, const char* why); // answer now and close (front errors)
    void respond(ApiResponse response, bool logged = false); // logged: refuse() has logged it
    void flush();
    void afterFlush();
    void startLinger();
    void drainLinger();
    void close();
    bool counted(std::size_t more); // adds to the header bytes; false (and a refusal) over the limit

    // Transport: > 0 bytes, 0 end of stream, kWouldBlock, kFailed.
    static constexpr long kWouldBlock = -1;
    static constexpr long kFailed = -2;
    long receive(char* buffer, std::size_t size);
    long send(const char* data, std::size_t size);
    // One read or write: `plain` on the socket (retried through EINTR) or `tls` through OpenSSL.
    template <typename Plain, typename Tls> long transfer(Plain plain, Tls tls, bool reading);

    IoLoop& m_loop;
    HttpFront& m_front;
    int m_fd;
    quint64 m_id;
    std::string m_peer;
    ConnectionLimits::Verdict m_verdict;
    SSL* m_ssl = nullptr;
    State m_state = State::Idle;

    http_parser m_parser{};
    std::string m_in;
    std::size_t m_inPos = 0;
    bool m_eof = false;

    HttpRequest m_request;
    RequestHandler::Plan m_plan;
    int m_route = -1; // for the metrics
    bool m_lastWasValue = true;
    std::size_t m_headerBytes = 0;
    std::uint64_t m_bodyBytes = 0;
    bool m_discardBody = false;
    bool m_bodyTooLarge = false;
    bool m_keepAlive = true;
    bool m_complete = false; // set by onMessageComplete
    std::optional<ApiResponse> m_refusal; // set by a callback: answer now and close
    const char* m_refusalWhy = nullptr;

    std::string m_out;
    std::size_t m_outPos = 0;
    bool m_closeAfterWrite = false;
    std::size_t m_lingered = 0;

    Clock::time_point m_since; // of the current state (connection, idle, request start, headers end)
    Clock::time_point m_lastWrite;
};

} // namespace sitegov::server
