#pragma once

#include <QByteArray>
#include <QString>

namespace sitegov::db {

// A password as PostgreSQL stores it for SCRAM-SHA-256 authentication (RFC 5802, RFC 7677), made
// on the client as libpq's PQencryptPasswordConn makes it, so that the password itself never
// reaches the server (docs/design/postgresql.md, "Accounts are database roles"):
//
//     SCRAM-SHA-256$<iterations>:<salt, base64>$<StoredKey, base64>:<ServerKey, base64>
//
// SaltedPassword = PBKDF2-HMAC-SHA-256(password, salt, iterations, 32 bytes); ClientKey =
// HMAC(SaltedPassword, "Client Key"), StoredKey = SHA-256(ClientKey); ServerKey =
// HMAC(SaltedPassword, "Server Key"). The password is normalised as SASLprep asks (NFKC), which is
// what the server applies to the password a client sends at login.
class ScramVerifier final
{
public:
    // PostgreSQL's default (scram_iterations, libpq's SCRAM_SHA_256_DEFAULT_ITERATIONS).
    static constexpr int kIterations = 4096;
    static constexpr int kSaltBytes = 16;

    // With a fresh random salt.
    static QString make(const QString& password, int iterations = kIterations);
    // With the salt given (tests compare with known verifiers).
    static QString make(const QString& password, const QByteArray& salt, int iterations);
};

} // namespace sitegov::db
