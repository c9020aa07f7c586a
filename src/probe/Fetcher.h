#pragma once

#include "core/Probe.h"
#include "probe/ResolveMap.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <memory>

namespace sitegov::net {
class RequestDeadline;
}

namespace sitegov::probe {

class HostGate;

// What every fetch of a probe shares: addresses instead of DNS, the User-Agent, the TLS trust, the
// limits, the politeness gate.
struct FetchSettings
{
    ResolveMap resolve;
    QString userAgent;
    QString caFile; // extra trusted certificates (PEM), besides the system's
    int limitMs = 15000; // the whole fetch: DNS, connect, TLS, the answer and its body, redirects
    qint64 maxBodyBytes = 5 * 1024 * 1024; // what is read of a page; the rest is left unread
    int maxRedirects = 5;
    HostGate* gate = nullptr; // politeness; none: no spacing
};

// How one fetch ended, with the evidence: status, time, bytes, the page's SHA-256.
struct FetchResult
{
    ProbeOutcome outcome = ProbeOutcome::Ok;
    int status = 0; // the last answer's HTTP status
    int latencyMs = 0; // from the start to the last byte read
    qint64 bytes = 0; // of the body read
    QByteArray body; // when asked for
    QString sha256; // of the body read (hex)
    QString contentType;
    QUrl finalUrl; // after redirects
    QString detail; // what failed, in the library's words (for the evidence, not a message)
    bool truncated = false; // the body was longer than maxBodyBytes
    // HTTPS: the server's certificate, when the handshake got that far.
    QDateTime certificateExpires;
    QString certificateSubject;
    QString certificateIssuer;

    bool ok() const { return outcome == ProbeOutcome::Ok; }
};

// One HTTP(S) fetch on Poco Net's client (HTTPClientSession, HTTPSClientSession over a socket this
// class connects, so that --resolve can send it elsewhere while TLS and the Host header keep the
// site's name). Every failure is classified by the step that failed: the name (DNS), the connection,
// the TLS handshake or certificate, the limit (timeout: a watchdog shuts the socket when the whole
// fetch has taken the limit, however slowly the page trickles in), or the HTTP status (anything
// but 2xx after following up to five redirects). Blocking; one Fetcher per worker thread.
class Fetcher final
{
    Q_DECLARE_TR_FUNCTIONS(Fetcher)

public:
    enum class Method { Get, Head };

    explicit Fetcher(const FetchSettings& settings);
    ~Fetcher();
    Fetcher(const Fetcher&) = delete;
    Fetcher& operator=(const Fetcher&) = delete;

    FetchResult fetch(const QUrl& url, Method method = Method::Get, bool keepBody = true);

    // The certificate of `host`:`port` (443) without trusting it (to say when an untrusted or expired
    // certificate ends): the handshake alone, no HTTP.
    FetchResult certificate(const QString& host, quint16 port = 443);

    const FetchSettings& settings() const { return m_settings; }

private:
    struct Connection;
    FetchResult once(const QUrl& url, Method method, bool keepBody, qint64 deadlineMs, qint64 startMs);

    const FetchSettings& m_settings;
    std::unique_ptr<net::RequestDeadline> m_deadline;
};

} // namespace sitegov::probe
