#include "server/AccessToken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <array>

namespace sitegov::server {

namespace {

constexpr QLatin1String kPrefix("sgv_");
constexpr int kRandomBytes = 32;
constexpr int kEncodedLength = 43; // base64url of 32 bytes without padding

} // namespace

QString AccessToken::generate()
{
    std::array<quint32, kRandomBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), kRandomBytes);
    return kPrefix
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString AccessToken::hash(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

bool AccessToken::looksValid(const QByteArray& token)
{
    if (token.size() != kPrefix.size() + kEncodedLength || !token.startsWith(kPrefix.data()))
        return false;
    for (qsizetype i = kPrefix.size(); i < token.size(); ++i) {
        const char c = token.at(i);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

QString AccessToken::scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Write:
        return QStringLiteral("write");
    case Scope::Metrics:
        return QStringLiteral("metrics");
    case Scope::Read:
        break;
    }
    return QStringLiteral("read");
}

std::optional<AccessToken::Scope> AccessToken::scope(QStringView key)
{
    if (key == u"read")
        return Scope::Read;
    if (key == u"write")
        return Scope::Write;
    if (key == u"metrics")
        return Scope::Metrics;
    return std::nullopt;
}

} // namespace sitegov::server
