#include "server/HttpRequest.h"

#include <strings.h>

namespace sitegov::server {

std::string_view HttpRequest::header(std::string_view name) const
{
    for (const auto& [n, value] : headers) {
        if (n.size() == name.size() && ::strncasecmp(n.data(), name.data(), name.size()) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::has(std::string_view name) const
{
    for (const auto& [n, value] : headers) {
        if (n.size() == name.size() && ::strncasecmp(n.data(), name.data(), name.size()) == 0)
            return true;
    }
    return false;
}

void HttpRequest::clear()
{
    method.clear();
    target.clear();
    versionMajor = 1;
    versionMinor = 1;
    headers.clear();
    body.clear();
}

} // namespace sitegov::server
