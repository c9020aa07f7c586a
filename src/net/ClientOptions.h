#pragma once

#include <QByteArray>
#include <QString>

namespace sitegov::net {

// How the console reaches sitegov-server: where, with which token, and the bounds that keep a
// slow, dead or hostile backend from holding a worker (or memory) for long.
struct ClientOptions
{
    QString baseUrl; // http://host:port or https://host:port, optionally with a path prefix
    QByteArray token; // the bearer token (sitegov-server token create)
    int connectTimeoutMs = 5000;
    int receiveTimeoutMs = 20000; // per read: a backend that stops answering fails after this
    // The whole of one request (connect, send, the answer's head and body): a backend that trickles
    // its answer a byte at a time fails after this, however short each wait between bytes. Not retried.
    int requestDeadlineMs = 30000;
    int attempts = 3; // tries of one request when the failure may pass (cannot connect, timeout, 502/503/504)
    int retryDelayMs = 250; // before the second try; doubled before each further one
    qint64 maxBodyBytes = 16 * 1024 * 1024; // a longer answer is refused without being read into memory
    QString caFile; // extra trusted certificates (PEM) for HTTPS, besides the system's
    int pageSize = 500; // scores per page (the server allows 1 to 500)
};

} // namespace sitegov::net
