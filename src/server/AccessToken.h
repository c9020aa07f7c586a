#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace sitegov::server {

// API tokens: "sgv_" and 43 characters of base64url (32 random bytes from the system's secure
// generator). The store keeps only the SHA-256 of a token; the token itself is shown once.
class AccessToken final
{
public:
    enum class Scope
    {
        Read,
        Write,
        Metrics // GET /metrics only
    };

    static QString generate();
    // Lower-case hex SHA-256 of the token's UTF-8 bytes.
    static QString hash(const QByteArray& token);
    static bool looksValid(const QByteArray& token);

    static QString scopeKey(Scope scope); // "read", "write", "metrics"
    static std::optional<Scope> scope(QStringView key);
    // A write token may also read; a metrics token reads the metrics and nothing else, and only it does.
    static bool allows(Scope granted, Scope needed)
    {
        return granted == needed || (granted == Scope::Write && needed == Scope::Read);
    }
};

} // namespace sitegov::server
