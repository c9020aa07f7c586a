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
    int threads = 16;
    QString certificate; // PEM; HTTPS when both certificate and key are set
    QString privateKey; // PEM
    QString rules; // a scoring rule set (JSON) instead of the built-in one
    bool demo = false;
    quint32 seed = 2017;
    bool showHelp = false;
    bool showVersion = false;

    bool tls() const { return !certificate.isEmpty() && !privateKey.isEmpty(); }

    // Parses "--listen HOST:PORT", "--database PATH", "--threads N", "--config FILE", "--cert FILE",
    // "--key FILE", "--rules FILE", "--demo", "--seed N"; errors name the bad option. Options on the
    // command line override the configuration file, wherever --config stands.
    static Result<ServerOptions> parse(const QStringList& args);
    // Reads an INI file over `base`: listen, threads, database, rules, [tls] cert and key. Relative
    // paths are relative to the file's folder.
    static Result<ServerOptions> loadConfig(const QString& path, ServerOptions base);
    static QString helpText();
    // "127.0.0.1:8750", "[::1]:8750", ":8750", "8750" -> host and port.
    static Result<std::pair<QString, quint16>> parseListen(const QString& value);
};

} // namespace sitegov::server
