#include "net/ScoreClient.h"

#include "core/BuildInfo.h"
#include "net/CancelToken.h"
#include "net/NetError.h"
#include "net/RequestDeadline.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/DNS.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/URI.h>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <istream>
#include <mutex>
#include <variant>

namespace sitegov::net {

namespace {

constexpr qsizetype kChunk = 64 * 1024;

// A failure while talking to the server, and whether trying again may help.
struct Attempt
{
    Error error;
    bool transient = false;
};

// Whether the TLS handshake of an HTTPS session is complete: the server's certificate came.
bool handshakeDone(Poco::Net::HTTPClientSession& http)
{
    try {
        return Poco::Net::SecureStreamSocket(http.socket()).havePeerCertificate();
    } catch (...) {
        return false;
    }
}

bool tokenIsPrintable(const QByteArray& token)
{
    for (char c : token) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

} // namespace

struct ScoreClient::Impl
{
    ClientOptions options;
    CancelToken* cancel = nullptr;
    Error invalid; // set when the options cannot be used
    bool valid = false;
    bool https = false;
    std::string host;
    quint16 port = 0;
    std::string prefix; // the base address's path, without a trailing slash
    QString shownAddress; // scheme://host:port for messages
    Poco::Net::Context::Ptr context;
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    RequestDeadline deadline; // of the request in flight
    int requests = 0;
    qint64 bytes = 0;

    Error fail(Failure f, const QString& message, const QString& detail = {}) const
    {
        return NetError::make(f, message, detail);
    }

    Error cancelled() const { return fail(Failure::Cancelled, ScoreClient::tr("Cancelled.")); }

    // The TLS handshake failed, or a plain HTTP server took it for a request.
    Error tlsFailed(const QString& detail) const
    {
        return fail(Failure::Tls,
            ScoreClient::tr("The secure connection (TLS) to the backend at %1 failed: its certificate is not "
                            "trusted or does not match the address, or the server does not speak HTTPS.")
                .arg(shownAddress),
            detail);
    }

    Error cannotConnect(const QString& detail) const
    {
        return fail(Failure::CannotConnect,
            ScoreClient::tr("Cannot connect to the backend at %1: check the address and that the service is running.")
                .arg(shownAddress),
            detail);
    }

    Error conversationFailed(const QString& detail) const
    {
        return fail(Failure::BadAnswer,
            ScoreClient::tr("The conversation with the backend at %1 failed.").arg(shownAddress), detail);
    }

    Result<Poco::Net::HTTPClientSession*> ensureSession()
    {
        if (session)
            return session.get();
        if (https) {
            static std::once_flag ssl;
            std::call_once(ssl, [] { Poco::Net::initializeSSL(); });
            if (!context) {
                try {
                    context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "",
                        options.caFile.toStdString(), Poco::Net::Context::VERIFY_RELAXED, 9, true);
                } catch (const Poco::Exception& e) {
                    return fail(Failure::Tls,
                        ScoreClient::tr("The certificates for the secure connection cannot be loaded (%1).")
                            .arg(options.caFile),
                        QString::fromStdString(e.displayText()));
                }
            }
            session = std::make_unique<Poco::Net::HTTPSClientSession>(host, port, context);
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(host, port);
        }
        const auto ms = [](int v) { return Poco::Timespan(Poco::Timespan::TimeDiff(v) * 1000); };
        session->setTimeout(ms(options.connectTimeoutMs), ms(options.receiveTimeoutMs), ms(options.receiveTimeoutMs));
        session->setKeepAlive(true);
        return session.get();
    }

    void dropSession()
    {
        if (!session)
            return;
        // Neither the watchdog nor a cancel from another thread may touch the session past here.
        deadline.release();
        if (cancel)
            cancel->detach();
        try {
            session->reset();
        } catch (...) {
        }
        session.reset();
    }

    Attempt statusError(int status, const QByteArray& body) const
    {
        const QString said = ScoreJson::serverMessage(body);
        switch (status) {
        case 401:
            return {fail(Failure::Unauthorized,
                ScoreClient::tr("The backend refused the token (401 Unauthorized): it is missing, unknown or revoked. "
                                "Enter a valid token in Settings."),
                said)};
        case 403:
            return {fail(Failure::Forbidden,
                ScoreClient::tr("The backend does not allow this token to read scores (403 Forbidden)."), said)};
        case 404:
            return {fail(Failure::NotFound,
                ScoreClient::tr("The backend has nothing at this address (404 Not Found): check the backend address "
                                "in Settings."),
                said)};
        case 502:
        case 503:
        case 504:
            return {fail(Failure::ServerError,
                        ScoreClient::tr("The backend is not available at the moment (status %1).").arg(status), said),
                true};
        default:
            break;
        }
        if (status >= 500) {
            return {fail(Failure::ServerError,
                ScoreClient::tr("The backend failed with an internal error (status %1).").arg(status), said)};
        }
        return {fail(Failure::BadAnswer, ScoreClient::tr("The backend answered with an unexpected status %1.").arg(status),
            said)};
    }

    // One request on the wire: an answer, or what went wrong.
    std::variant<Answer, Attempt> once(const std::string& target, const QByteArray& ifNoneMatch,
        const std::string& method = Poco::Net::HTTPRequest::HTTP_GET, const QByteArray* body = nullptr)
    {
        const auto s = ensureSession();
        if (!s)
            return Attempt{s.error()};
        Poco::Net::HTTPClientSession& http = **s;
        if (cancel && !cancel->attach(&http))
            return Attempt{cancelled()};
        deadline.arm(&http, std::max(1, options.requestDeadlineMs));
        auto outcome = exchange(http, target, ifNoneMatch, method, body);
        deadline.release();
        if (cancel)
            cancel->detach();
        if (deadline.expired()) {
            // The watchdog shut the socket down: whatever the read made of that, the request took
            // too long. A backend that slow is not asked again.
            dropSession();
            if (std::holds_alternative<Attempt>(outcome) && !(cancel && cancel->isCancelled())) {
                const QString seconds = QString::number(options.requestDeadlineMs / 1000.0, 'g', 3);
                return Attempt{fail(Failure::Timeout,
                    ScoreClient::tr("The backend at %1 did not send its whole answer within %2 seconds: it is too slow "
                                    "or has stalled.")
                        .arg(shownAddress, seconds),
                    std::get<Attempt>(outcome).error.fullText())};
            }
        }
        return outcome;
    }

    // `body` set: a request with a JSON body (PUT, POST), and every complete answer comes back as an
    // Answer whatever its status, for the caller to read the backend's reason.
    std::variant<Answer, Attempt> exchange(Poco::Net::HTTPClientSession& http, const std::string& target,
        const QByteArray& ifNoneMatch, const std::string& method, const QByteArray* sent)
    {
        const QString seconds = QString::number(options.receiveTimeoutMs / 1000.0, 'g', 3);
        try {
            Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
            request.setKeepAlive(true);
            request.set("Accept", "application/json");
            request.set("User-Agent", "SiteGov/" + BuildInfo::version().toStdString());
            if (!options.token.isEmpty())
                request.set("Authorization", "Bearer " + options.token.toStdString());
            if (!ifNoneMatch.isEmpty())
                request.set("If-None-Match", ifNoneMatch.toStdString());
            if (sent) {
                request.setContentType("application/json");
                request.setContentLength(std::streamsize(sent->size()));
            }
            ++requests;
            std::ostream& out = http.sendRequest(request);
            if (sent) {
                out.write(sent->constData(), sent->size());
                out.flush();
            }
            Poco::Net::HTTPResponse response;
            std::istream& in = http.receiveResponse(response);
            in.exceptions(std::ios::badbit); // a failed read rethrows Poco's exception (timeout, reset)
            const int status = int(response.getStatus());
            const qint64 max = options.maxBodyBytes;
            const QString limit = QString::number(double(max) / (1024.0 * 1024.0), 'g', 3);
            if (response.hasContentLength() && response.getContentLength64() > max) {
                dropSession(); // refused unread: the connection goes with it
                return Attempt{fail(Failure::TooLarge,
                    ScoreClient::tr("The backend's answer (%1 bytes) is larger than the limit of %2 MiB and was refused.")
                        .arg(response.getContentLength64())
                        .arg(limit))};
            }
            QByteArray body;
            if (response.hasContentLength())
                body.reserve(qsizetype(response.getContentLength64()));
            char buffer[kChunk];
            while (in.read(buffer, kChunk) || in.gcount() > 0) {
                body.append(buffer, qsizetype(in.gcount()));
                if (body.size() > max) {
                    dropSession();
                    return Attempt{fail(Failure::TooLarge,
                        ScoreClient::tr("The backend's answer grew larger than the limit of %1 MiB and was refused.")
                            .arg(limit))};
                }
            }
            bytes += body.size();
            if (cancel && cancel->isCancelled())
                return Attempt{cancelled()};
            if (response.hasContentLength() && body.size() != response.getContentLength64()) {
                dropSession();
                return Attempt{fail(Failure::BadAnswer,
                                   ScoreClient::tr("The backend's answer broke off after %1 of %2 bytes.")
                                       .arg(body.size())
                                       .arg(response.getContentLength64())),
                    true};
            }
            if (!response.getKeepAlive())
                dropSession();
            Answer answer;
            answer.status = status;
            answer.etag = QByteArray::fromStdString(response.get("ETag", std::string()));
            if (status == 200 || status == 304 || sent) {
                answer.body = std::move(body);
                return answer;
            }
            return statusError(status, body);
        } catch (const Poco::Net::SSLException& e) {
            dropSession();
            if (cancel && cancel->isCancelled())
                return Attempt{cancelled()};
            return Attempt{tlsFailed(QString::fromStdString(e.displayText()))};
        } catch (const Poco::TimeoutException& e) {
            // A handshake that never completed (no certificate came) is a server that does not speak
            // HTTPS: a plain HTTP server reads the handshake as the start of a request and waits for
            // the rest.
            const bool handshakeFailed = https && !handshakeDone(http);
            dropSession();
            if (cancel && cancel->isCancelled())
                return Attempt{cancelled()};
            if (handshakeFailed) {
                return Attempt{tlsFailed(QString::fromStdString(e.displayText()))};
            }
            return Attempt{fail(Failure::Timeout,
                               ScoreClient::tr("The backend at %1 did not answer within %2 seconds.")
                                   .arg(shownAddress, seconds),
                               QString::fromStdString(e.displayText())),
                true};
        } catch (const Poco::Net::MessageException& e) {
            dropSession();
            if (cancel && cancel->isCancelled())
                return Attempt{cancelled()};
            return Attempt{fail(Failure::BadAnswer,
                ScoreClient::tr("The server at %1 did not answer in HTTP: it is probably not a SiteGov backend.")
                    .arg(shownAddress),
                QString::fromStdString(e.displayText()))};
        } catch (const Poco::Net::NetException& e) {
            dropSession();
            if (cancel && cancel->isCancelled())
                return Attempt{cancelled()};
            // Over HTTPS, a connection that was made and then dropped during the handshake is a TLS
            // failure (OpenSSL reports some verification failures as a reset, depending on its
            // version and the CA store), not an unreachable backend.
            const bool refused = dynamic_cast<const Poco::Net::ConnectionRefusedException*>(&e)
                || dynamic_cast<const Poco::Net::HostNotFoundException*>(&e)
                || dynamic_cast<const Poco::Net::NoAddressFoundException*>(&e);
            if (https && !refused) {
                return Attempt{tlsFailed(QString::fromStdString(e.displayText()))};
            }
            return Attempt{cannotConnect(QString::fromStdString(e.displayText())), true};
        } catch (const Poco::IOException& e) {
            dropSession();
            if (cancel && cancel->isCancelled())
                return Attempt{cancelled()};
            return Attempt{cannotConnect(QString::fromStdString(e.displayText())), true};
        } catch (const Poco::Exception& e) {
            dropSession();
            return Attempt{conversationFailed(QString::fromStdString(e.displayText()))};
        } catch (const std::exception& e) {
            dropSession();
            return Attempt{conversationFailed(QString::fromUtf8(e.what()))};
        }
    }
};

ScoreClient::ScoreClient(ClientOptions options, CancelToken* cancel)
    : d(std::make_unique<Impl>())
{
    d->options = std::move(options);
    d->cancel = cancel;
    d->options.attempts = std::clamp(d->options.attempts, 1, 10);
    d->options.pageSize = std::clamp(d->options.pageSize, 1, 500);
    const QString address = d->options.baseUrl.trimmed();
    if (address.isEmpty()) {
        d->invalid = d->fail(Failure::NotConfigured,
            tr("No backend is configured: enter the address of the assessment backend and a token in Settings."));
        return;
    }
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() || url.hasQuery()
        || url.hasFragment() || !url.userInfo().isEmpty()) {
        d->invalid = d->fail(Failure::InvalidAddress,
            tr("\"%1\" is not a backend address: it must look like http://127.0.0.1:8750 or https://host:port.")
                .arg(address));
        return;
    }
    if (!tokenIsPrintable(d->options.token)) {
        d->invalid = d->fail(Failure::NotConfigured,
            tr("The token holds spaces or characters a token cannot contain: paste it again."));
        return;
    }
    d->https = scheme == u"https";
    d->host = url.host(QUrl::FullyEncoded).toStdString();
    d->port = quint16(url.port(d->https ? 443 : 80));
    std::string path = url.path(QUrl::FullyEncoded).toStdString();
    while (!path.empty() && path.back() == '/')
        path.pop_back();
    d->prefix = path;
    d->shownAddress = QStringLiteral("%1://%2:%3").arg(scheme, url.host()).arg(d->port);
    d->valid = true;
}

ScoreClient::~ScoreClient()
{
    d->dropSession();
}

const ClientOptions& ScoreClient::options() const
{
    return d->options;
}

Status ScoreClient::validate() const
{
    if (!d->valid)
        return d->invalid;
    return {};
}

int ScoreClient::requestsSent() const
{
    return d->requests;
}

qint64 ScoreClient::bytesReceived() const
{
    return d->bytes;
}

Result<ScoreClient::Answer> ScoreClient::get(const QString& pathAndQuery, const QByteArray& ifNoneMatch)
{
    if (!d->valid)
        return d->invalid;
    const std::string target = d->prefix + pathAndQuery.toStdString();
    int delay = std::max(0, d->options.retryDelayMs);
    Error last;
    for (int attempt = 1; attempt <= d->options.attempts; ++attempt) {
        if (d->cancel && d->cancel->isCancelled())
            return d->cancelled();
        auto outcome = d->once(target, ifNoneMatch);
        if (auto* answer = std::get_if<Answer>(&outcome))
            return std::move(*answer);
        const Attempt& failed = std::get<Attempt>(outcome);
        if (!failed.transient || attempt == d->options.attempts)
            return failed.error;
        last = failed.error;
        if (d->cancel) {
            if (!d->cancel->sleepFor(delay))
                return d->cancelled();
        } else {
            QThread::msleep(ulong(delay));
        }
        delay *= 2;
    }
    return last;
}

Result<ScoreClient::Answer> ScoreClient::send(const QByteArray& method, const QString& path, const QByteArray& body)
{
    if (!d->valid)
        return d->invalid;
    if (d->cancel && d->cancel->isCancelled())
        return d->cancelled();
    auto outcome = d->once(d->prefix + path.toStdString(), {}, method.toStdString(), &body);
    if (auto* answer = std::get_if<Answer>(&outcome))
        return std::move(*answer);
    return std::get<Attempt>(outcome).error;
}

Result<QString> ScoreClient::health()
{
    const auto answer = get(QStringLiteral("/api/v1/health"));
    if (!answer)
        return answer.error();
    const auto version = ScoreJson::parseHealth(answer->body);
    if (!version) {
        return NetError::make(Failure::BadAnswer,
            tr("The server at %1 answers, but not as a SiteGov backend does.").arg(d->shownAddress),
            version.error().message + u'\n' + version.error().detail);
    }
    return version;
}

Result<ScoreClient::Check> ScoreClient::checkConnection()
{
    const auto version = health();
    if (!version)
        return version.error();
    if (d->options.token.isEmpty()) {
        return NetError::make(Failure::NotConfigured,
            tr("The backend answers (version %1), but no token is set: create one with \"sitegov-server token "
               "create\" and enter it here.")
                .arg(*version));
    }
    const auto list = periods();
    if (!list)
        return list.error();
    return Check{*version, int(list->size())};
}

Result<QList<BackendPeriod>> ScoreClient::periods()
{
    const auto answer = get(QStringLiteral("/api/v1/periods"));
    if (!answer)
        return answer.error();
    return ScoreJson::parsePeriods(answer->body);
}

Result<ScoreClient::PageAnswer> ScoreClient::scores(const Period& period, const QString& cursor, const QByteArray& ifNoneMatch)
{
    QString target = QStringLiteral("/api/v1/scores?period=%1&limit=%2").arg(period.toString()).arg(d->options.pageSize);
    if (!cursor.isEmpty())
        target += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    const auto answer = get(target, ifNoneMatch);
    if (!answer)
        return answer.error();
    PageAnswer out;
    out.etag = answer->etag;
    if (answer->status == 304) {
        if (ifNoneMatch.isEmpty())
            return NetError::make(Failure::BadAnswer, tr("The backend answered 304 Not Modified to a plain request."));
        out.notModified = true;
        return out;
    }
    auto page = ScoreJson::parseScorePage(answer->body);
    if (!page)
        return page.error();
    if (page->period != period) {
        return NetError::make(Failure::BadAnswer,
            tr("The backend answered with the scores of %1 when %2 was asked for.")
                .arg(page->period.toString(), period.toString()));
    }
    out.page = std::move(page).value();
    return out;
}

} // namespace sitegov::net
