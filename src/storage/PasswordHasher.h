#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sitegov {

// Passwords are kept only as libsodium argon2id hashes (crypto_pwhash_str): salted, memory-hard,
// with their parameters inside the string so that verification follows them.
class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    enum class Cost {
        Interactive, // libsodium's interactive limits (64 MiB): the default
        Minimum      // the smallest allowed limits: tests only, never for real accounts
    };

    static Result<QString> hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    static bool needsRehash(const QString& storedHash);

    // Minimal rules for a new password; the message says what is wrong.
    static Status checkStrength(const QString& password);

    static void setCostForTests(Cost cost);
};

} // namespace sitegov
