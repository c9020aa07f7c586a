#include "net/NetError.h"

#include <array>
#include <utility>

namespace sitegov::net {

namespace {

const std::array<std::pair<Failure, const char16_t*>, 13> kCodes{{
    {Failure::None, u""},
    {Failure::NotConfigured, u"net.not_configured"},
    {Failure::InvalidAddress, u"net.address"},
    {Failure::CannotConnect, u"net.connect"},
    {Failure::Tls, u"net.tls"},
    {Failure::Timeout, u"net.timeout"},
    {Failure::Unauthorized, u"net.unauthorized"},
    {Failure::Forbidden, u"net.forbidden"},
    {Failure::NotFound, u"net.not_found"},
    {Failure::ServerError, u"net.server_error"},
    {Failure::BadAnswer, u"net.bad_answer"},
    {Failure::TooLarge, u"net.too_large"},
    {Failure::Cancelled, u"net.cancelled"},
}};

} // namespace

QString NetError::code(Failure failure)
{
    for (const auto& [f, text] : kCodes) {
        if (f == failure)
            return QString::fromUtf16(text);
    }
    return {};
}

Failure NetError::failure(const Error& error)
{
    if (error.code.isEmpty())
        return Failure::None;
    for (const auto& [f, text] : kCodes) {
        if (error.code == QStringView(text))
            return f;
    }
    return Failure::None;
}

Error NetError::make(Failure failure, const QString& message, const QString& detail)
{
    return Error{message, detail, code(failure)};
}

} // namespace sitegov::net
