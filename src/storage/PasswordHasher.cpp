#include "storage/PasswordHasher.h"

#include <sodium.h>

#include <atomic>

namespace sitegov {

namespace {

std::atomic<PasswordHasher::Cost> s_cost{PasswordHasher::Cost::Interactive};

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

unsigned long long opsLimit()
{
    return s_cost == PasswordHasher::Cost::Minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit()
{
    return s_cost == PasswordHasher::Cost::Minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

} // namespace

void PasswordHasher::setCostForTests(Cost cost)
{
    s_cost = cost;
}

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!initSodium())
        return Error{tr("The password library could not be started."), {}};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit(), memLimit())
        != 0)
        return Error{tr("There is not enough memory to protect the password."), {}};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!initSodium() || storedHash.isEmpty())
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& storedHash)
{
    if (!initSodium())
        return false;
    const QByteArray h = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), opsLimit(), memLimit()) != 0;
}

Status PasswordHasher::checkStrength(const QString& password)
{
    if (password.size() < 8)
        return Error{tr("The password must have at least 8 characters."), {}};
    if (password.size() > 256)
        return Error{tr("The password must have at most 256 characters."), {}};
    if (password.trimmed() != password)
        return Error{tr("The password must not start or end with a space."), {}};
    return {};
}

} // namespace sitegov
