#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitegov::server {

struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    QString database;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8750;
    int threads = 4;
    bool showHelp = false;
    bool showVersion = false;

    // Parses "--listen HOST:PORT", "--database PATH", "--threads N"; errors name the bad option.
    static Result<ServerOptions> parse(const QStringList& args);
    static QString helpText();
    // "127.0.0.1:8750", "[::1]:8750", ":8750", "8750" -> host and port.
    static Result<std::pair<QString, quint16>> parseListen(const QString& value);
};

} // namespace sitegov::server
