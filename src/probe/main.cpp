#include "core/Daemon.h"
#include "probe/ProbeOptions.h"
#include "probe/ProbeService.h"
#include "storage/ConsoleDatabase.h"

#include <QCoreApplication>
#include <iostream>
#include <thread>

int main(int argc, char** argv)
{
    // SIGINT and SIGTERM are waited for by a thread of their own, which stops the service; every
    // other thread (the workers, Poco's) has them blocked.
    const sigset_t signals = sitegov::daemon::blockStopSignals();
    QCoreApplication app(argc, argv);
    sitegov::daemon::setUp(QStringLiteral("sitegov-probe"));

    using namespace sitegov;
    const auto options = probe::ProbeOptions::parse(QCoreApplication::arguments().mid(1));
    if (const auto exitCode = daemon::answerBeforeStart(options, QStringLiteral("sitegov-probe")))
        return *exitCode;
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
        daemon::waitForStop(signals);
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
