#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitegov::server {

// How sitegov-server runs: from the command line, over an optional configuration file.
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    QString database;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8750;
    int threads = 16; // worker threads: requests that need the store
    int maxConnections = 4096; // open connections in total; more are answered 503
    int maxConnectionsPerClient = 1024; // from one client address; more are answered 503
    int headerTimeout = 10; // seconds from a request's first byte to its last header (then 408)
    int bodyTimeout = 30; // seconds from the last header to the body's last byte (then 408)
    int idleTimeout = 60; // seconds a kept-alive connection may wait for its next request
    QString certificate; // PEM; HTTPS when both certificate and key are set
    QString privateKey; // PEM
    QString rules; // a scoring rule set (JSON) instead of the built-in one
    bool demo = false;
    quint32 seed = 2017;
    bool showHelp = false;
    bool showVersion = false;

    bool tls() const { return !certificate.isEmpty() && !privateKey.isEmpty(); }

    // Parses "--listen HOST:PORT", "--database PATH", "--threads N", "--config FILE", "--cert FILE",
    // "--key FILE", "--rules FILE", "--demo", "--seed N", "--max-connections N",
    // "--max-connections-per-client N", "--header-timeout S", "--body-timeout S", "--idle-timeout S";
    // errors name the bad option. Options on the command line override the configuration file,
    // wherever --config stands.
    static Result<ServerOptions> parse(const QStringList& args);
    // Reads an INI file over `base`: listen, threads, database, rules, max_connections,
    // max_connections_per_client, header_timeout, body_timeout, idle_timeout, [tls] cert and key.
    // Relative paths are relative to the file's folder.
    static Result<ServerOptions> loadConfig(const QString& path, ServerOptions base);
    static QString helpText();
    // "127.0.0.1:8750", "[::1]:8750", ":8750", "8750" -> host and port.
    static Result<std::pair<QString, quint16>> parseListen(const QString& value);
};

} // namespace sitegov::server
