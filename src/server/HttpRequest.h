#pragma once

#include <QByteArray>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sitegov::server {

// A request as the HTTP front received it (http_parser fills it in): method, target and headers as
// sent, and the body once it has arrived.
struct HttpRequest
{
    std::string method;
    std::string target;
    unsigned short versionMajor = 1;
    unsigned short versionMinor = 1;
    std::vector<std::pair<std::string, std::string>> headers; // in order, names as sent
    QByteArray body;
    std::string peer; // the client's address

    // The first header with this name (compared case-insensitively); empty when there is none.
    std::string_view header(std::string_view name) const;
    bool has(std::string_view name) const;
    bool isHead() const { return method == "HEAD"; }
    bool isGet() const { return method == "GET" || method == "HEAD"; }
    void clear();
};

} // namespace sitegov::server
