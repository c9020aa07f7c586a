#include "gui/scores/BackendSettings.h"

#include "db/Database.h"
#include "storage/AppSettings.h"

#include <QSettings>
#include <QUrl>

namespace sitegov {

namespace {

const QString kUrlKey = AppSettings::backendUrlKey();
const QString kCaKey = AppSettings::backendCaKey();

struct Override
{
    bool set = false;
    QString url;
    QByteArray token;
};

Override& commandLine()
{
    static Override o;
    return o;
}

} // namespace

net::ClientOptions BackendConfig::clientOptions() const
{
    net::ClientOptions o;
    o.baseUrl = url.trimmed();
    o.token = token;
    o.caFile = caFile;
    return o;
}

QString BackendConfig::shortAddress() const
{
    const QUrl u(url.trimmed());
    if (!u.isValid() || u.host().isEmpty())
        return url.trimmed();
    const int port = u.port(u.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1:%2").arg(u.host()).arg(port);
}

void BackendSettings::setCommandLineOverride(const QString& url, const QByteArray& token)
{
    commandLine() = Override{true, url.trimmed(), token.trimmed()};
}

bool BackendSettings::hasCommandLineOverride()
{
    return commandLine().set;
}

BackendConfig BackendSettings::load(Database& database)
{
    BackendConfig c;
    if (commandLine().set) {
        c.url = commandLine().url;
        c.token = commandLine().token;
        c.fromCommandLine = true;
        return c;
    }
    const AppSettings settings(database.connection());
    c.url = settings.value(kUrlKey).trimmed();
    c.caFile = settings.value(kCaKey).trimmed();
    if (!c.url.isEmpty())
        c.token = QSettings().value(tokenKey(c.url)).toByteArray();
    return c;
}

Status BackendSettings::saveAddress(
    Database& database, const Session& session, const QString& url, const QString& caFile)
{
    return AppSettings(database.connection()).setBackend(session, url, caFile);
}

QString BackendSettings::tokenKey(const QString& url)
{
    // One token per backend address; the address is encoded so that its slashes make no groups.
    return QStringLiteral("backend/tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(url.trimmed()));
}

bool BackendSettings::hasToken(const QString& url)
{
    return !url.trimmed().isEmpty() && !QSettings().value(tokenKey(url)).toByteArray().isEmpty();
}

QByteArray BackendSettings::savedToken(const QString& url)
{
    return url.trimmed().isEmpty() ? QByteArray() : QSettings().value(tokenKey(url)).toByteArray();
}

void BackendSettings::saveToken(const QString& url, const QByteArray& token)
{
    QSettings().setValue(tokenKey(url), token.trimmed());
}

void BackendSettings::forgetToken(const QString& url)
{
    QSettings().remove(tokenKey(url));
}

} // namespace sitegov
