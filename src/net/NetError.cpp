#include "net/NetError.h"

#include "core/KeyTable.h"

namespace sitegov::net {

namespace {

constexpr KeyTable<Failure, 13> kCodes{{
    {Failure::None, ""},
    {Failure::NotConfigured, "net.not_configured"},
    {Failure::InvalidAddress, "net.address"},
    {Failure::CannotConnect, "net.connect"},
    {Failure::Tls, "net.tls"},
    {Failure::Timeout, "net.timeout"},
    {Failure::Unauthorized, "net.unauthorized"},
    {Failure::Forbidden, "net.forbidden"},
    {Failure::NotFound, "net.not_found"},
    {Failure::ServerError, "net.server_error"},
    {Failure::BadAnswer, "net.bad_answer"},
    {Failure::TooLarge, "net.too_large"},
    {Failure::Cancelled, "net.cancelled"},
}};

} // namespace

QString NetError::code(Failure failure)
{
    return keyOf(kCodes, failure);
}

Failure NetError::failure(const Error& error)
{
    if (error.code.isEmpty())
        return Failure::None;
    return fromExactKey(kCodes, error.code).value_or(Failure::None);
}

Error NetError::make(Failure failure, const QString& message, const QString& detail)
{
    return Error{message, detail, code(failure)};
}

} // namespace sitegov::net
