#include "probe/Fetcher.h"

#include "net/RequestDeadline.h"
#include "probe/HostGate.h"

#include <Poco/Crypto/X509Certificate.h>
#include <Poco/Exception.h>
#include <Poco/InflatingStream.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/DNS.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <istream>
#include <mutex>

namespace sitegov::probe {

namespace {

constexpr qsizetype kChunk = 64 * 1024;

// The TLS contexts, one per trust setting, shared by every fetcher of the process.
Poco::Net::Context::Ptr tlsContext(const QString& caFile, bool verify)
{
    static std::mutex mutex;
    static QHash<QString, Poco::Net::Context::Ptr> contexts;
    static std::once_flag ssl;
    std::call_once(ssl, [] { Poco::Net::initializeSSL(); });
    const std::lock_guard<std::mutex> lock(mutex);
    const QString key = (verify ? QStringLiteral("v:") : QStringLiteral("n:")) + caFile;
    auto it = contexts.find(key);
    if (it != contexts.end())
        return *it;
    Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "",
        caFile.toStdString(), verify ? Poco::Net::Context::VERIFY_RELAXED : Poco::Net::Context::VERIFY_NONE, 9, true);
    contexts.insert(key, context);
    return context;
}

QDateTime toQt(const Poco::DateTime& d)
{
    return QDateTime(QDate(d.year(), d.month(), d.day()), QTime(d.hour(), d.minute(), d.second()), Qt::UTC);
}

void keepCertificate(const Poco::Net::SecureStreamSocket& socket, FetchResult& r)
{
    try {
        if (!socket.havePeerCertificate())
            return;
        const Poco::Net::X509Certificate c = socket.peerCertificate();
        r.certificateExpires = toQt(c.expiresOn());
        r.certificateSubject = QString::fromStdString(c.commonName());
        r.certificateIssuer = QString::fromStdString(c.issuerName());
    } catch (...) { }
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

Fetcher::Fetcher(const FetchSettings& settings)
    : m_settings(settings)
    , m_deadline(std::make_unique<net::RequestDeadline>())
{ }

Fetcher::~Fetcher() = default;

FetchResult Fetcher::fetch(const QUrl& given, Method method, bool keepBody)
{
    QUrl url = given;
    QElapsedTimer timer;
    timer.start();
    qint64 waited = 0; // for the politeness gate: not the site's time
    FetchResult r;
    for (int hop = 0; hop <= m_settings.maxRedirects; ++hop) {
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
            r = FetchResult{};
            r.outcome = ProbeOutcome::HttpStatus;
            r.detail = QStringLiteral("not an http(s) address: ") + url.toString();
            r.finalUrl = url;
            break;
        }
        if (m_settings.gate && hop == 0) {
            QElapsedTimer wait;
            wait.start();
            m_settings.gate->acquire(url.host());
            waited += wait.elapsed();
        }
        // Each hop has what is left of the one limit.
        const qint64 left = m_settings.limitMs - (timer.elapsed() - waited);
        if (left <= 0) {
            r.outcome = ProbeOutcome::Timeout;
            r.detail = QStringLiteral("the limit passed while following redirects");
            break;
        }
        r = once(url, method, keepBody, left, 0);
        r.finalUrl = url;
        r.latencyMs = int(std::max<qint64>(0, timer.elapsed() - waited));
        if (r.outcome != ProbeOutcome::HttpStatus || !isRedirect(r.status) || r.detail.isEmpty())
            break;
        // A redirect: r.detail holds its Location.
        if (hop == m_settings.maxRedirects) {
            r.detail = QStringLiteral("more than %1 redirects").arg(m_settings.maxRedirects);
            break;
        }
        url = url.resolved(QUrl(r.detail));
    }
    if (r.latencyMs >= m_settings.limitMs && r.outcome == ProbeOutcome::Ok) {
        r.outcome = ProbeOutcome::Timeout;
        r.detail = QStringLiteral("the page took %1 ms").arg(r.latencyMs);
    }
    return r;
}

FetchResult Fetcher::once(const QUrl& url, Method method, bool keepBody, qint64 deadlineMs, qint64)
{
    FetchResult r;
    QElapsedTimer timer;
    timer.start();
    // `deadlineMs` counts from the fetch's start; this hop has what is left of it.
    const auto remaining = [&timer, deadlineMs] {
        return std::max<qint64>(1, deadlineMs - timer.elapsed());
    };
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const QString host = url.host();
    const quint16 port = quint16(url.port(https ? 443 : 80));
    const auto span = [](qint64 ms) {
        return Poco::Timespan(Poco::Timespan::TimeDiff(ms) * 1000);
    };

    // The name.
    Poco::Net::SocketAddress address;
    try {
        const QString fixed = m_settings.resolve.lookup(host, port);
        if (!fixed.isEmpty()) {
            address = Poco::Net::SocketAddress(fixed.toStdString(), port);
        } else {
            const Poco::Net::HostEntry entry = Poco::Net::DNS::hostByName(host.toStdString());
            const auto& list = entry.addresses();
            if (list.empty())
                throw Poco::Net::NoAddressFoundException(host.toStdString());
            Poco::Net::IPAddress chosen = list.front();
            for (const auto& a : list) {
                if (a.family() == Poco::Net::IPAddress::IPv4) {
                    chosen = a;
                    break;
                }
            }
            address = Poco::Net::SocketAddress(chosen, port);
        }
    } catch (const Poco::Exception& e) {
        r.outcome = ProbeOutcome::Dns;
        r.detail = QString::fromStdString(e.displayText());
        return r;
    }

    // The connection.
    Poco::Net::StreamSocket socket;
    try {
        socket.connect(address, span(remaining()));
        socket.setNoDelay(true);
        socket.setReceiveTimeout(span(remaining()));
        socket.setSendTimeout(span(remaining()));
    } catch (const Poco::Exception& e) {
        r.outcome = ProbeOutcome::Connect;
        r.detail = QString::fromStdString(e.displayText()) + QStringLiteral(" (")
            + QString::fromStdString(address.toString()) + u')';
        return r;
    }

    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (https) {
        try {
            Poco::Net::SecureStreamSocket tls = Poco::Net::SecureStreamSocket::attach(
                socket, host.toStdString(), tlsContext(m_settings.caFile, true));
            keepCertificate(tls, r);
            // A plain client session over the TLS socket: HTTPSClientSession's own constructor from a
            // socket sets the port, which Poco refuses on a connected socket; the HTTPS session adds
            // nothing else a direct request needs.
            session = std::make_unique<Poco::Net::HTTPClientSession>(tls);
        } catch (const Poco::Exception& e) {
            r.outcome = timer.elapsed() >= deadlineMs ? ProbeOutcome::Timeout : ProbeOutcome::Tls;
            r.detail = QString::fromStdString(e.displayText());
            return r;
        }
    } else {
        session = std::make_unique<Poco::Net::HTTPClientSession>(socket);
    }
    session->setKeepAlive(false);
    session->setTimeout(span(remaining()), span(remaining()), span(remaining()));

    m_deadline->arm(session.get(), int(std::min<qint64>(remaining(), std::numeric_limits<int>::max())));
    try {
        Poco::Net::HTTPRequest request(
            method == Method::Head ? Poco::Net::HTTPRequest::HTTP_HEAD : Poco::Net::HTTPRequest::HTTP_GET,
            url.path(QUrl::FullyEncoded).isEmpty()
                ? std::string("/")
                    + (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toStdString() : std::string())
                : (url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u'?' + url.query(QUrl::FullyEncoded) : QString()))
                      .toStdString(),
            Poco::Net::HTTPMessage::HTTP_1_1);
        request.setHost(host.toStdString(), port);
        request.setKeepAlive(false);
        request.set("User-Agent", m_settings.userAgent.toStdString());
        request.set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        request.set("Accept-Encoding", "gzip");
        session->sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& raw = session->receiveResponse(response);
        r.status = int(response.getStatus());
        r.contentType = QString::fromStdString(response.getContentType());
        if (isRedirect(r.status) && response.has("Location")) {
            r.outcome = ProbeOutcome::HttpStatus;
            r.detail = QString::fromStdString(response.get("Location"));
        } else {
            r.outcome = r.status >= 200 && r.status < 300 ? ProbeOutcome::Ok : ProbeOutcome::HttpStatus;
            if (r.outcome == ProbeOutcome::HttpStatus)
                r.detail = QString::fromStdString(response.getReason());
        }
        if (method == Method::Get && !isRedirect(r.status)) {
            std::unique_ptr<Poco::InflatingInputStream> inflating;
            const std::string encoding = response.get("Content-Encoding", "");
            if (encoding == "gzip" || encoding == "x-gzip")
                inflating = std::make_unique<Poco::InflatingInputStream>(raw, Poco::InflatingStreamBuf::STREAM_GZIP);
            else if (encoding == "deflate")
                inflating = std::make_unique<Poco::InflatingInputStream>(raw, Poco::InflatingStreamBuf::STREAM_ZLIB);
            std::istream& in = inflating ? static_cast<std::istream&>(*inflating) : raw;
            in.exceptions(std::ios::badbit);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            char buffer[kChunk];
            while (in.read(buffer, kChunk) || in.gcount() > 0) {
                const qsizetype n = qsizetype(in.gcount());
                const qsizetype room = qsizetype(std::max<qint64>(0, m_settings.maxBodyBytes - r.bytes));
                const qsizetype take = std::min(n, room);
                hash.addData(QByteArrayView(buffer, take));
                if (keepBody)
                    r.body.append(buffer, take);
                r.bytes += take;
                if (take < n) {
                    r.truncated = true;
                    break;
                }
            }
            r.sha256 = QString::fromLatin1(hash.result().toHex());
            // An answer that ends before the length it announced did not arrive whole (the server
            // or the network hung up under it). Only checkable when the body is not compressed.
            const std::streamsize announced = response.getContentLength64();
            if (!inflating && !r.truncated && announced != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH
                && r.bytes < announced && !m_deadline->expired()) {
                r.outcome = ProbeOutcome::Connect;
                r.detail = QStringLiteral("the answer ended after %1 of %2 bytes").arg(r.bytes).arg(qint64(announced));
            }
        }
    } catch (const Poco::TimeoutException& e) {
        r.outcome = ProbeOutcome::Timeout;
        r.detail = QString::fromStdString(e.displayText());
    } catch (const Poco::Net::MessageException& e) {
        r.outcome = m_deadline->expired() ? ProbeOutcome::Timeout : ProbeOutcome::HttpStatus;
        r.detail = QStringLiteral("not an HTTP answer: ") + QString::fromStdString(e.displayText());
    } catch (const Poco::Exception& e) {
        // A connection reset or closed under the answer; the watchdog's shutdown reads the same way.
        r.outcome = m_deadline->expired() ? ProbeOutcome::Timeout : ProbeOutcome::Connect;
        r.detail = QString::fromStdString(e.displayText());
    } catch (const std::exception& e) {
        r.outcome = m_deadline->expired() ? ProbeOutcome::Timeout : ProbeOutcome::Connect;
        r.detail = QString::fromUtf8(e.what());
    }
    m_deadline->release();
    if (m_deadline->expired()) {
        r.outcome = ProbeOutcome::Timeout;
        r.detail = QStringLiteral("no whole answer within %1 s").arg(deadlineMs / 1000.0, 0, 'g', 3);
    }
    try {
        session->reset();
    } catch (...) { }
    return r;
}

FetchResult Fetcher::certificate(const QString& host, quint16 port)
{
    FetchResult r;
    if (m_settings.gate)
        m_settings.gate->acquire(host);
    QElapsedTimer timer;
    timer.start();
    const auto span = [](qint64 ms) {
        return Poco::Timespan(Poco::Timespan::TimeDiff(ms) * 1000);
    };
    const auto connect = [&](Poco::Net::StreamSocket& socket) -> bool {
        try {
            const QString fixed = m_settings.resolve.lookup(host, port);
            Poco::Net::SocketAddress address;
            if (!fixed.isEmpty())
                address = Poco::Net::SocketAddress(fixed.toStdString(), port);
            else
                address = Poco::Net::SocketAddress(host.toStdString(), port);
            socket.connect(address, span(m_settings.limitMs));
            socket.setReceiveTimeout(span(m_settings.limitMs));
            socket.setSendTimeout(span(m_settings.limitMs));
            return true;
        } catch (const Poco::Net::HostNotFoundException& e) {
            r.outcome = ProbeOutcome::Dns;
            r.detail = QString::fromStdString(e.displayText());
        } catch (const Poco::Net::NoAddressFoundException& e) {
            r.outcome = ProbeOutcome::Dns;
            r.detail = QString::fromStdString(e.displayText());
        } catch (const Poco::Exception& e) {
            r.outcome = ProbeOutcome::Connect;
            r.detail = QString::fromStdString(e.displayText());
        }
        return false;
    };
    {
        Poco::Net::StreamSocket socket;
        if (!connect(socket))
            return r;
        try {
            Poco::Net::SecureStreamSocket tls = Poco::Net::SecureStreamSocket::attach(
                socket, host.toStdString(), tlsContext(m_settings.caFile, true));
            keepCertificate(tls, r);
            r.outcome = ProbeOutcome::Ok;
            r.latencyMs = int(timer.elapsed());
            tls.close();
            return r;
        } catch (const Poco::Exception& e) {
            r.outcome = ProbeOutcome::Tls;
            r.detail = QString::fromStdString(e.displayText());
        }
    }
    // Not trusted (or not for this name, or expired): read the certificate without trusting it.
    Poco::Net::StreamSocket socket;
    FetchResult failed = r;
    if (!connect(socket))
        return failed;
    try {
        Poco::Net::SecureStreamSocket tls
            = Poco::Net::SecureStreamSocket::attach(socket, host.toStdString(), tlsContext(m_settings.caFile, false));
        keepCertificate(tls, failed);
        tls.close();
    } catch (const Poco::Exception&) {
        // No handshake at all: not a TLS server on that port.
    }
    failed.outcome = ProbeOutcome::Tls;
    failed.latencyMs = int(timer.elapsed());
    return failed;
}

} // namespace sitegov::probe
