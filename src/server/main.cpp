#include "core/BuildInfo.h"
#include "core/Language.h"
#include "server/HttpServer.h"
#include "server/ServerOptions.h"

#include <QCoreApplication>

#include <csignal>
#include <iostream>
#include <pthread.h>

int main(int argc, char** argv)
{
    // Block SIGINT and SIGTERM in every thread (the server's threads inherit the mask) and wait
    // for them here, so that shutdown runs in an orderly way on the main thread.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitegov-server"));
    const QString envLang = qEnvironmentVariable("SITEGOV_LANG");
    sitegov::Language::install(envLang.isEmpty() ? sitegov::Language::English : envLang);

    const auto options = sitegov::server::ServerOptions::parse(QCoreApplication::arguments().mid(1));
    if (!options) {
        std::cerr << options.error().fullText().toStdString() << std::endl;
        return 2;
    }
    if (options->showHelp) {
        std::cout << sitegov::server::ServerOptions::helpText().toStdString();
        return 0;
    }
    if (options->showVersion) {
        std::cout << sitegov::BuildInfo::versionLine(QStringLiteral("sitegov-server")).toStdString() << std::endl;
        return 0;
    }

    sitegov::server::HttpServer server(*options);
    if (const auto s = server.start(); !s) {
        std::cerr << s.error().fullText().toStdString() << std::endl;
        return 1;
    }
    std::clog << "sitegov-server " << sitegov::BuildInfo::version().toStdString() << " listening on "
              << options->host.toStdString() << ':' << server.port() << std::endl;

    int received = 0;
    sigwait(&signals, &received);
    std::clog << "signal " << received << ": stopping" << std::endl;
    server.stop();
    return 0;
}
