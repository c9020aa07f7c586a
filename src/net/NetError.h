#pragma once

#include "core/Result.h"

#include <QString>

namespace sitegov::net {

// The kinds of failure the backend client reports, as the stable Error::code of its errors, so
// that callers can tell them apart (the settings page, the sync's retry, the tests).
enum class Failure {
    None,
    NotConfigured, // no backend address (or no token) in the settings
    InvalidAddress, // not an http:// or https:// URL
    CannotConnect, // refused, unreachable, unknown host, connection dropped
    Tls, // the secure connection failed (certificate, handshake)
    Timeout, // connected, but no answer in time
    Unauthorized, // 401: no token, or an unknown or revoked one
    Forbidden, // 403: the token may not do this
    NotFound, // 404
    ServerError, // 5xx
    BadAnswer, // not HTTP, an unexpected status, malformed JSON, or JSON of the wrong shape
    TooLarge, // the answer is over the size limit
    Cancelled, // the user cancelled
};

class NetError final
{
public:
    static QString code(Failure failure); // "net.timeout", ...
    static Failure failure(const Error& error); // None for an error of another origin
    static Error make(Failure failure, const QString& message, const QString& detail = {});
};

} // namespace sitegov::net
