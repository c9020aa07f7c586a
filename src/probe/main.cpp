#include "core/BuildInfo.h"
#include "core/Language.h"
#include "probe/ProbeOptions.h"
#include "probe/ProbeService.h"
#include "storage/ConsoleDatabase.h"

#include <QCoreApplication>

#include <csignal>
#include <iostream>
#include <pthread.h>
#include <thread>

int main(int argc, char** argv)
{
    // SIGINT and SIGTERM are waited for by a thread of their own, which stops the service; every
    // other thread (the workers, Poco's) has them blocked.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitegov-probe"));
    const QString envLang = qEnvironmentVariable("SITEGOV_LANG");
    sitegov::Language::install(envLang.isEmpty() ? sitegov::Language::English : envLang);

    using namespace sitegov;
    const auto options = probe::ProbeOptions::parse(QCoreApplication::arguments().mid(1));
    if (!options) {
        std::cerr << options.error().fullText().toStdString() << std::endl;
        return 2;
    }
    if (options->showHelp) {
        std::cout << probe::ProbeOptions::helpText().toStdString();
        return 0;
    }
    if (options->showVersion) {
        std::cout << BuildInfo::versionLine(QStringLiteral("sitegov-probe")).toStdString() << std::endl;
        return 0;
    }
    auto db = ConsoleDatabase::open(options->database, Database::Mode::Migrate);
    if (!db) {
        std::cerr << db.error().fullText().toStdString() << std::endl;
        return 1;
    }
    probe::ProbeService service(*options, (*db)->connection());
    if (const Status s = service.prepare(); !s) {
        std::cerr << s.error().fullText().toStdString() << std::endl;
        return 2;
    }
    if (options->once) {
        const auto round = service.runRound(!options->availabilityOnly);
        if (!round) {
            std::cerr << round.error().fullText().toStdString() << std::endl;
            return 1;
        }
        std::cout << "sites " << round->sites << " probes " << round->probes << " failures " << round->failures
                  << " blips " << round->blips << " robots " << round->robots << " checks " << round->checks
                  << " findings " << round->findings << " ms " << round->elapsedMs << std::endl;
        return 0;
    }
    std::thread waiter([&service, &signals] {
        int received = 0;
        sigwait(&signals, &received);
        std::clog << "signal " << received << ": stopping" << std::endl;
        service.stop();
    });
    const Status s = service.run();
    if (waiter.joinable()) {
        // run() only returns after stop(): the waiter has its signal.
        waiter.join();
    }
    if (!s) {
        std::cerr << s.error().fullText().toStdString() << std::endl;
        return 1;
    }
    std::clog << "stopped" << std::endl;
    return 0;
}
