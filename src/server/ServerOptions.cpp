#include "server/ServerOptions.h"

#include "core/CommandLineOption.h"
#include "db/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>
#include <iterator>

namespace sitegov::server {

namespace {

constexpr int kMaxThreads = 256;

Result<int> parseThreads(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1 || n > kMaxThreads)
        return Error{ServerOptions::tr("--threads takes a number from 1 to 256."), v};
    return n;
}

// The numeric settings: option name, INI key, bounds, and where each goes.
struct Setting
{
    const char* option;
    const char* key;
    int min;
    int max;
    int ServerOptions::*field;
};

const Setting kSettings[] = {
    {"--max-connections", "max_connections", 16, 1000000, &ServerOptions::maxConnections},
    {"--max-connections-per-client", "max_connections_per_client", 1, 1000000, &ServerOptions::maxConnectionsPerClient},
    {"--header-timeout", "header_timeout", 1, 3600, &ServerOptions::headerTimeout},
    {"--body-timeout", "body_timeout", 1, 3600, &ServerOptions::bodyTimeout},
    {"--idle-timeout", "idle_timeout", 1, 3600, &ServerOptions::idleTimeout},
};

Result<int> parseSetting(const Setting& setting, const QString& v)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (!ok || n < setting.min || n > setting.max)
        return Error{ServerOptions::tr("%1 takes a number from %2 to %3.")
                         .arg(QString::fromLatin1(setting.option))
                         .arg(setting.min)
                         .arg(setting.max),
            v};
    return n;
}

} // namespace

Result<std::pair<QString, quint16>> ServerOptions::parseListen(const QString& value)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = value.trimmed();
    if (portText.startsWith(u'[')) {
        const int close = int(portText.indexOf(u']'));
        if (close < 0 || close + 1 >= portText.size() || portText.at(close + 1) != u':')
            return Error{tr("--listen takes HOST:PORT, for example 127.0.0.1:8750."), value};
        host = portText.mid(1, close - 1);
        portText = portText.mid(close + 2);
    } else if (portText.contains(u':')) {
        const int colon = int(portText.lastIndexOf(u':'));
        if (colon > 0)
            host = portText.left(colon);
        portText = portText.mid(colon + 1);
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return Error{tr("--listen takes HOST:PORT with a port from 0 to 65535."), value};
    return std::make_pair(host, quint16(port));
}

Result<ServerOptions> ServerOptions::loadConfig(const QString& path, ServerOptions o)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Error{tr("The configuration file %1 cannot be read.").arg(QDir::toNativeSeparators(path)), {}};
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Error{tr("The configuration file %1 is not a valid INI file.").arg(QDir::toNativeSeparators(path)), {}};
    const QDir base = info.absoluteDir();
    auto file = [&base](const QString& v) {
        return v.isEmpty() ? v : QDir::cleanPath(base.absoluteFilePath(v));
    };
    QStringList known{QStringLiteral("listen"), QStringLiteral("threads"), QStringLiteral("database"),
        QStringLiteral("rules"), QStringLiteral("tls/cert"), QStringLiteral("tls/key")};
    for (const Setting& setting : kSettings)
        known.append(QString::fromLatin1(setting.key));
    const QStringList keys = ini.allKeys();
    for (const QString& key : keys) {
        if (!known.contains(key))
            return Error{tr("%1: unknown setting \"%2\" (known: %3).")
                             .arg(QDir::toNativeSeparators(path), key, known.join(QStringLiteral(", "))),
                {}};
    }
    if (ini.contains(QStringLiteral("listen"))) {
        const auto hp = parseListen(ini.value(QStringLiteral("listen")).toString());
        if (!hp)
            return Error{tr("%1: %2").arg(QDir::toNativeSeparators(path), hp.error().message), hp.error().detail};
        o.host = hp->first;
        o.port = hp->second;
    }
    if (ini.contains(QStringLiteral("threads"))) {
        const auto n = parseThreads(ini.value(QStringLiteral("threads")).toString());
        if (!n)
            return Error{tr("%1: %2").arg(QDir::toNativeSeparators(path), n.error().message), n.error().detail};
        o.threads = *n;
    }
    for (const Setting& setting : kSettings) {
        const QString key = QString::fromLatin1(setting.key);
        if (!ini.contains(key))
            continue;
        const auto n = parseSetting(setting, ini.value(key).toString());
        if (!n)
            return Error{tr("%1: %2").arg(QDir::toNativeSeparators(path), n.error().message), n.error().detail};
        o.*setting.field = *n;
    }
    if (ini.contains(QStringLiteral("database")))
    {
        const QString database = ini.value(QStringLiteral("database")).toString();
        o.database = db::DatabaseLocation::looksLikeUrl(database) ? database : file(database);
    }
    if (ini.contains(QStringLiteral("rules")))
        o.rules = file(ini.value(QStringLiteral("rules")).toString());
    if (ini.contains(QStringLiteral("tls/cert")))
        o.certificate = file(ini.value(QStringLiteral("tls/cert")).toString());
    if (ini.contains(QStringLiteral("tls/key")))
        o.privateKey = file(ini.value(QStringLiteral("tls/key")).toString());
    return o;
}

Result<ServerOptions> ServerOptions::parse(const QStringList& args)
{
    ServerOptions o;
    // The configuration file first, so that the command line overrides it.
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        QString path;
        if (a == u"--config" || a == u"-c") {
            if (i + 1 >= args.size())
                return Error{tr("--config needs a file path."), {}};
            path = args.at(i + 1);
        } else if (a.startsWith(QLatin1String("--config="))) {
            path = a.section(u'=', 1);
        } else {
            continue;
        }
        auto loaded = loadConfig(path, o);
        if (!loaded)
            return loaded.error();
        o = std::move(loaded).value();
    }

    for (int i = 0; i < args.size(); ++i) {
        CommandLineOption option(args, i);
        const QString a = option.name();
        auto value = [&](QString* out) -> bool {
            const std::optional<QString> v = option.value();
            if (v)
                *out = *v;
            return v.has_value();
        };
        QString v;
        if (a == u"--help" || a == u"-h") {
            o.showHelp = true;
        } else if (a == u"--version" || a == u"-v") {
            o.showVersion = true;
        } else if (a == u"--config" || a == u"-c") {
            value(&v); // read above
        } else if (a == u"--database" || a == u"-d") {
            if (!value(&o.database) || o.database.isEmpty())
                return Error{tr("--database needs a file path."), {}};
        } else if (a == u"--listen" || a == u"-l") {
            if (!value(&v))
                return Error{tr("--listen needs HOST:PORT."), {}};
            const auto hp = parseListen(v);
            if (!hp)
                return hp.error();
            o.host = hp->first;
            o.port = hp->second;
        } else if (a == u"--threads") {
            if (!value(&v))
                return Error{tr("--threads takes a number from 1 to 256."), {}};
            const auto n = parseThreads(v);
            if (!n)
                return n.error();
            o.threads = *n;
        } else if (a == u"--cert") {
            if (!value(&o.certificate) || o.certificate.isEmpty())
                return Error{tr("--cert needs a PEM certificate file."), {}};
        } else if (a == u"--key") {
            if (!value(&o.privateKey) || o.privateKey.isEmpty())
                return Error{tr("--key needs a PEM private key file."), {}};
        } else if (a == u"--rules") {
            if (!value(&o.rules) || o.rules.isEmpty())
                return Error{tr("--rules needs a JSON rule set file."), {}};
        } else if (const auto setting = std::find_if(std::begin(kSettings), std::end(kSettings),
                       [&a](const Setting& s) { return a == QLatin1String(s.option); });
                   setting != std::end(kSettings)) {
            if (!value(&v))
                return Error{tr("%1 takes a number from %2 to %3.").arg(a).arg(setting->min).arg(setting->max), {}};
            const auto n = parseSetting(*setting, v);
            if (!n)
                return n.error();
            o.*setting->field = *n;
        } else if (a == u"--demo") {
            o.demo = true;
        } else if (a == u"--seed") {
            bool ok = false;
            if (!value(&v) || (o.seed = v.toUInt(&ok), !ok))
                return Error{tr("--seed takes a whole number of 0 or more."), v};
        } else {
            return Error{tr("Unknown option %1: see sitegov-server --help.").arg(a), {}};
        }
    }
    if (!o.database.isEmpty()) {
        // The one parser of database locations (the console's and sitegovctl's): a file or a
        // PostgreSQL URL, which must be a good one.
        const auto location = db::DatabaseLocation::parse(o.database);
        if (!location)
            return location.error();
    }
    if (o.certificate.isEmpty() != o.privateKey.isEmpty())
        return Error{tr("HTTPS needs both a certificate (--cert) and its private key (--key)."), {}};
    return o;
}

QString ServerOptions::helpText()
{
    return tr("Usage: sitegov-server --database PATH [--listen HOST:PORT] [--config FILE] [--threads N]\n"
              "                      [--cert FILE --key FILE] [--rules FILE] [--demo [--seed N]]\n"
              "                      [--max-connections N] [--max-connections-per-client N]\n"
              "                      [--header-timeout S] [--body-timeout S] [--idle-timeout S]\n"
              "       sitegov-server token create|list|revoke --database PATH ...\n"
              "\n"
              "The SiteGov assessment backend: stores assessments, computes performance scores with\n"
              "the scoring model and serves them as JSON over HTTP (HTTPS with a certificate).\n"
              "\n"
              "Options:\n"
              "  -d, --database PATH    the server's store: an SQLite file, or a PostgreSQL database\n"
              "                         postgresql://USER@HOST[:PORT]/DB that several instances\n"
              "                         may share (either is created when missing)\n"
              "  -l, --listen HOST:PORT address to listen on (default 127.0.0.1:8750)\n"
              "  -c, --config FILE      INI file with listen, threads, database, rules, the limits\n"
              "                         and timeouts below (max_connections, ...), and a [tls]\n"
              "                         section with cert and key; the command line overrides it\n"
              "  --threads N            worker threads for requests that need the store (default\n"
              "                         16); connections take no thread while they wait\n"
              "  --max-connections N    open connections in total; more are answered 503 (4096)\n"
              "  --max-connections-per-client N\n"
              "                         open connections from one address; more are 503 (1024)\n"
              "  --header-timeout S     seconds for a request's headers to arrive, then 408 (10)\n"
              "  --body-timeout S       seconds for a request's body to arrive, then 408 (30)\n"
              "  --idle-timeout S       seconds a kept-alive connection may wait idle (60)\n"
              "  --cert FILE            PEM certificate: serve HTTPS (needs --key)\n"
              "  --key FILE             PEM private key of the certificate\n"
              "  --rules FILE           a scoring rule set (JSON) instead of the built-in 2019 one\n"
              "  --demo                 load two years of demo scores for the demo sites into an empty\n"
              "                         store (without --database: a temporary one)\n"
              "  --seed N               seed of the demo data (default 2017, as sitegovctl demo)\n"
              "  -v, --version          print the version and exit\n"
              "  -h, --help             print this help and exit\n"
              "\n"
              "Tokens: every endpoint but /api/v1/health needs Authorization: Bearer TOKEN.\n"
              "  sitegov-server token create --database PATH --name NAME --scope read|write|metrics\n"
              "  sitegov-server token list --database PATH\n"
              "  sitegov-server token revoke --database PATH (--id N | --name NAME)\n");
}

} // namespace sitegov::server
