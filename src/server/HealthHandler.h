#pragma once

#include <Poco/Net/HTTPRequestHandler.h>

namespace sitegov::server {

// GET /api/v1/health -> {"status":"ok","version":"..."}; needs no token.
class HealthHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
};

} // namespace sitegov::server
