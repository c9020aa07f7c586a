#include "db/DatabaseLocation.h"

#include "db/RoleNames.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace sitegov::db {

namespace {

const QStringList& sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::file(const QString& path)
{
    DatabaseLocation l;
    l.m_engine = Engine::SQLite;
    l.m_path = path;
    return l;
}

DatabaseLocation DatabaseLocation::postgres(
    const QString& user, const QString& host, int port, const QString& database, const QString& sslMode)
{
    DatabaseLocation l;
    l.m_engine = Engine::PostgreSQL;
    l.m_user = user;
    l.m_host = host;
    l.m_port = port;
    l.m_database = database;
    l.m_sslMode = sslMode;
    return l;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    if (text.trimmed().isEmpty())
        return Error{tr("No database was given: name a database file or a PostgreSQL address "
                        "(postgresql://USER@HOST/DATABASE)."),
            {}};
    if (!looksLikeUrl(text))
        return file(text);

    const QString example = QStringLiteral("postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=require]");
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return Error{
            tr("%1 is not a PostgreSQL address of the form %2.").arg(text.trimmed(), example), url.errorString()};
    if (!url.password().isEmpty())
        return Error{tr("A PostgreSQL address must not hold a password: PostgreSQL's own ~/.pgpass or PGPASSWORD "
                        "supply it."),
            {}};
    if (!url.fragment().isEmpty())
        return Error{tr("%1 is not a PostgreSQL address of the form %2.").arg(text.trimmed(), example), {}};
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(u'/'))
        return Error{tr("The PostgreSQL address %1 names no database: it ends with /DATABASE, as in %2.")
                         .arg(text.trimmed(), example),
            {}};
    const int port = url.port(0);
    if (port < 0 || port > 65535)
        return Error{tr("%1 is not a PostgreSQL address of the form %2.").arg(text.trimmed(), example), {}};
    QString sslMode;
    QString rolePrefix;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("role_prefix")) {
            if (const Status s = RoleNames::checkPrefix(value); !s)
                return s.error();
            rolePrefix = value;
            continue;
        }
        if (key != QLatin1String("sslmode"))
            return Error{
                tr("The PostgreSQL address may have only sslmode and role_prefix after the question mark, not %1.")
                    .arg(key),
                {}};
        if (!sslModes().contains(value))
            return Error{
                tr("sslmode must be one of %1, not %2.").arg(sslModes().join(QStringLiteral(", ")), value), {}};
        sslMode = value;
    }
    DatabaseLocation l
        = postgres(url.userName(QUrl::FullyDecoded), url.host(QUrl::FullyDecoded), port, database, sslMode);
    l.m_rolePrefix = rolePrefix;
    return l;
}

QString DatabaseLocation::rolePrefix() const
{
    return m_rolePrefix.isEmpty() ? RoleNames::prefixFor(m_database) : m_rolePrefix;
}

DatabaseLocation DatabaseLocation::withRolePrefix(const QString& prefix) const
{
    DatabaseLocation l = *this;
    l.m_rolePrefix = prefix;
    return l;
}

DatabaseLocation DatabaseLocation::withUser(const QString& user) const
{
    DatabaseLocation l = *this;
    l.m_user = user;
    return l;
}

QString DatabaseLocation::toString() const
{
    if (isFile())
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!m_user.isEmpty())
        url.setUserName(m_user, QUrl::DecodedMode);
    url.setHost(m_host, QUrl::DecodedMode);
    if (m_port != 0)
        url.setPort(m_port);
    url.setPath(u'/' + m_database, QUrl::DecodedMode);
    QStringList query;
    if (!m_sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_rolePrefix.isEmpty())
        query << QStringLiteral("role_prefix=") + m_rolePrefix;
    if (!query.isEmpty())
        url.setQuery(query.join(u'&'));
    QString out = url.toString(QUrl::FullyEncoded);
    // QUrl drops the empty authority of postgresql:///db (the default host, a local socket).
    if (m_host.isEmpty() && m_user.isEmpty() && m_port == 0 && !out.startsWith(QLatin1String("postgresql://")))
        out.replace(0, QStringLiteral("postgresql:").size(), QStringLiteral("postgresql://"));
    return out;
}

QString DatabaseLocation::displayName(const QString& text)
{
    const auto parsed = parse(text);
    if (!parsed)
        return text;
    if (parsed->isPostgres())
        return parsed->toString();
    return QFileInfo(text).fileName();
}

QString DatabaseLocation::connectOptions() const
{
    QStringList options;
    // A server that does not answer (a host down, a firewall dropping packets) fails the connection
    // after 10 seconds instead of the system's TCP timeout of minutes: the console's login, a
    // backend instance's start and its LISTEN connection's reconnect, and SIGTERM during either,
    // wait no longer than that.
    options << QStringLiteral("connect_timeout=10");
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    const QString program = QCoreApplication::applicationName();
    if (!program.isEmpty() && !program.contains(u' ') && !program.contains(u'\''))
        options << QStringLiteral("application_name=") + program;
    return options.join(u';');
}

} // namespace sitegov::db
