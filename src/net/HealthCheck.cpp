#include "net/HealthCheck.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/URI.h>

#include <memory>
#include <sstream>

namespace sitegov::net {

Result<QString> HealthCheck::run(const QString& baseUrl, int timeoutMs)
{
    try {
        const Poco::URI uri(baseUrl.toStdString());
        if (uri.getScheme() != "http" && uri.getScheme() != "https")
            return Error{tr("The backend address must start with http:// or https://."), baseUrl};
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (uri.getScheme() == "https")
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort());
        else
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        session->setTimeout(Poco::Timespan(Poco::Timespan::TimeDiff(timeoutMs) * 1000));
        std::string path = uri.getPath();
        while (!path.empty() && path.back() == '/')
            path.pop_back();
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path + "/api/v1/health",
            Poco::Net::HTTPMessage::HTTP_1_1);
        session->sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& body = session->receiveResponse(response);
        std::string text;
        text.reserve(256);
        char buffer[4096];
        while (body.read(buffer, sizeof buffer) || body.gcount() > 0) {
            text.append(buffer, std::size_t(body.gcount()));
            if (text.size() > 64 * 1024)
                return Error{tr("The backend answered with an unexpected amount of data."), {}};
        }
        if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK)
            return Error{tr("The backend answered with status %1.").arg(int(response.getStatus())),
                QString::fromStdString(response.getReason())};
        Poco::JSON::Parser parser;
        const auto object = parser.parse(text).extract<Poco::JSON::Object::Ptr>();
        if (!object || object->getValue<std::string>("status") != "ok")
            return Error{tr("The server at this address is not a SiteGov backend."), QString::fromStdString(text.substr(0, 200))};
        return QString::fromStdString(object->optValue<std::string>("version", "?"));
    } catch (const Poco::Net::SSLException& e) {
        return Error{tr("The secure connection (TLS) to the backend failed."), QString::fromStdString(e.displayText())};
    } catch (const Poco::TimeoutException& e) {
        return Error{tr("The backend did not answer in time."), QString::fromStdString(e.displayText())};
    } catch (const Poco::Net::NetException& e) {
        return Error{tr("Cannot connect to the backend."), QString::fromStdString(e.displayText())};
    } catch (const Poco::Exception& e) {
        return Error{tr("The backend's answer could not be understood."), QString::fromStdString(e.displayText())};
    } catch (const std::exception& e) {
        return Error{tr("The backend's answer could not be understood."), QString::fromUtf8(e.what())};
    }
}

} // namespace sitegov::net
