#include "server/HealthHandler.h"

#include "core/BuildInfo.h"

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <sstream>

namespace sitegov::server {

void HealthHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    Poco::JSON::Object body;
    std::string text;
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_GET
        && request.getMethod() != Poco::Net::HTTPRequest::HTTP_HEAD) {
        response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_METHOD_NOT_ALLOWED);
        response.set("Allow", "GET, HEAD");
        Poco::JSON::Object error;
        error.set("code", "method_not_allowed");
        error.set("message", "Only GET is allowed here.");
        body.set("error", error);
    } else {
        body.set("status", "ok");
        body.set("version", BuildInfo::version().toStdString());
    }
    std::ostringstream out;
    body.stringify(out);
    text = out.str();
    response.setContentType("application/json; charset=utf-8");
    response.setContentLength(std::streamsize(text.size()));
    std::ostream& stream = response.send();
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_HEAD)
        stream << text;
}

} // namespace sitegov::server
