#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "net/ClientOptions.h"
#include "net/ScoreJson.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace sitegov::net {

class CancelToken;

// The console's client of sitegov-server's REST API, on Poco Net (HTTPClientSession, or
// HTTPSClientSession for https:// addresses). Blocking: call it on a worker thread; one client
// belongs to one thread at a time. It keeps one keep-alive connection and reconnects as needed.
//
// Every call is bounded: connect and receive timeouts, an overall deadline for each request (its
// whole answer, however slowly it trickles in; RequestDeadline), a few retries (only for failures that may
// pass: cannot connect, timeout, 502/503/504) with a growing pause, and a size limit on answers (a
// longer one is refused from its Content-Length, or as soon as it grows past the limit, without
// reading it all). Failures come back as errors in the user's language whose code (NetError) says
// the kind: cannot connect, TLS, timeout, 401, 403, 404, server error, bad answer, too large,
// cancelled. No Poco exception leaves this class.
class ScoreClient final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreClient)

public:
    struct Answer
    {
        int status = 0; // get(): 200 or 304, other statuses are errors; send(): any
        QByteArray body;
        QByteArray etag;
    };

    struct PageAnswer
    {
        bool notModified = false; // 304: the page's ETag still matches
        ScorePage page;
        QByteArray etag;
    };

    explicit ScoreClient(ClientOptions options, CancelToken* cancel = nullptr);
    ~ScoreClient();
    ScoreClient(const ScoreClient&) = delete;
    ScoreClient& operator=(const ScoreClient&) = delete;

    const ClientOptions& options() const;
    // Whether the address and token can be used at all (no network): the error names the problem.
    Status validate() const;

    // GET /api/v1/health (no token): the server's version.
    Result<QString> health();
    // What "Test connection" does: the health check, then a read with the token, so that a wrong
    // address, a server that is not a SiteGov backend, TLS, 401 and 403 are told apart. Returns the
    // server's version and how many periods it has scores for.
    struct Check
    {
        QString version;
        int periods = 0;
    };
    Result<Check> checkConnection();
    // GET /api/v1/periods.
    Result<QList<BackendPeriod>> periods();
    // One page of GET /api/v1/scores for a period; `cursor` empty for the first page. With
    // `ifNoneMatch` set and the page unchanged, a notModified answer (one 304, no body).
    Result<PageAnswer> scores(const Period& period, const QString& cursor = {}, const QByteArray& ifNoneMatch = {});

    // A GET of `pathAndQuery` (under the base address) with the bounds and retries above.
    Result<Answer> get(const QString& pathAndQuery, const QByteArray& ifNoneMatch = {});

    // One request with a JSON body (PUT, POST) to `path` under the base address, sent once: it is
    // never retried here (the caller's queue decides). Any complete answer comes back with its status
    // and body, 4xx and 5xx included, so that the caller reads the backend's reason; the failures to
    // get one (cannot connect, timeout, TLS, too large, broken off, not HTTP) are errors as above.
    Result<Answer> send(const QByteArray& method, const QString& path, const QByteArray& body);

    int requestsSent() const; // HTTP requests put on the wire, retries included
    qint64 bytesReceived() const; // answer bodies

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sitegov::net
