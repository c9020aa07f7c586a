#include "server/ServerOptions.h"

#include <QCoreApplication>

namespace sitegov::server {

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

Result<ServerOptions> ServerOptions::parse(const QStringList& args)
{
    ServerOptions o;
    for (int i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (a.startsWith(QLatin1String("--")) && a.contains(u'=')) {
            inlineValue = a.section(u'=', 1);
            a = a.section(u'=', 0, 0);
            hasInline = true;
        }
        auto value = [&](QString* out) -> bool {
            if (hasInline) {
                *out = inlineValue;
                return true;
            }
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (a == u"--help" || a == u"-h") {
            o.showHelp = true;
        } else if (a == u"--version" || a == u"-v") {
            o.showVersion = true;
        } else if (a == u"--database" || a == u"-d") {
            if (!value(&o.database))
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
            bool ok = false;
            if (!value(&v) || (o.threads = v.toInt(&ok), !ok) || o.threads < 1 || o.threads > 256)
                return Error{tr("--threads takes a number from 1 to 256."), v};
        } else {
            return Error{tr("Unknown option %1: see sitegov-server --help.").arg(a), {}};
        }
    }
    return o;
}

QString ServerOptions::helpText()
{
    return tr("Usage: sitegov-server [--database PATH] [--listen HOST:PORT] [--threads N]\n"
              "\n"
              "The SiteGov assessment backend: serves performance scores over HTTP.\n"
              "\n"
              "Options:\n"
              "  -d, --database PATH    the server's SQLite store\n"
              "  -l, --listen HOST:PORT address to listen on (default 127.0.0.1:8750)\n"
              "  --threads N            worker threads (default 4)\n"
              "  -v, --version          print the version and exit\n"
              "  -h, --help             print this help and exit\n");
}

} // namespace sitegov::server
