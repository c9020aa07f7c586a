#include "core/BuildInfo.h"
#include "core/Daemon.h"
#include "core/ScoringModel.h"
#include "db/Database.h"
#include "server/Api.h"
#include "server/DemoLoader.h"
#include "server/HttpServer.h"
#include "server/ServerOptions.h"
#include "server/ServerStore.h"
#include "server/TokenCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <iostream>
#include <memory>

namespace {

class Main final
{
    Q_DECLARE_TR_FUNCTIONS(sitegov::server::Main)

public:
    static int serve(const sitegov::server::ServerOptions& given, const sigset_t& signals)
    {
        using namespace sitegov;
        using namespace sitegov::server;
        ServerOptions options = given;
        std::unique_ptr<QTemporaryDir> temporary;
        if (options.database.isEmpty()) {
            if (!options.demo) {
                std::cerr << tr("--database PATH is required (or --demo for a temporary demo store).").toStdString()
                          << std::endl;
                return 2;
            }
            temporary = std::make_unique<QTemporaryDir>();
            if (!temporary->isValid()) {
                std::cerr << tr("No temporary folder could be created for the demo store.").toStdString() << std::endl;
                return 1;
            }
            options.database = temporary->filePath(QStringLiteral("server-demo.db"));
        }

        const auto rules = options.rules.isEmpty() ? ScoringRules::builtin() : ScoringRules::fromFile(options.rules);
        if (!rules) {
            std::cerr << rules.error().fullText().toStdString() << std::endl;
            return 1;
        }
        ScoringModel model(*rules);

        // A PostgreSQL database that does not exist yet is created, as an SQLite file is.
        if (const Status created = Database::create(options.database); !created) {
            std::cerr << created.error().fullText().toStdString() << std::endl;
            return 1;
        }
        auto store = ServerStore::open(options.database);
        if (!store) {
            std::cerr << store.error().fullText().toStdString() << std::endl;
            return 1;
        }
        if (options.demo) {
            DemoLoader::Options demo;
            demo.seed = options.seed;
            const auto loaded = DemoLoader::load(**store, model, demo);
            if (!loaded) {
                std::cerr << loaded.error().fullText().toStdString() << std::endl;
                return 1;
            }
            if (loaded->loaded) {
                std::clog << tr("Demo: %1 sites with %2 assessments from %3 to %4 (seed %5).")
                                 .arg(loaded->sites)
                                 .arg(loaded->assessments)
                                 .arg(loaded->first.toString(), loaded->last.toString())
                                 .arg(options.seed)
                                 .toStdString()
                          << std::endl;
            } else {
                std::clog << tr("Demo: the store already holds sites; it is served as it is.").toStdString()
                          << std::endl;
            }
        }

        Api api(**store, model);
        HttpServer server(options, api);
        if (const auto s = server.start(); !s) {
            std::cerr << s.error().fullText().toStdString() << std::endl;
            return 1;
        }
        std::clog
            << "sitegov-server " << BuildInfo::version().toStdString() << " listening on "
            << (server.secure() ? "https://" : "http://")
            << (options.host.contains(u':') ? QStringLiteral("[%1]").arg(options.host) : options.host).toStdString()
            << ':' << server.port() << " (store " << QDir::toNativeSeparators(options.database).toStdString()
            << ", rules " << rules->id().toStdString() << ')' << std::endl;

        daemon::waitForStop(signals);
        server.stop();
        std::clog << "stopped" << std::endl;
        return 0;
    }
};

} // namespace

int main(int argc, char** argv)
{
    // Block SIGINT and SIGTERM in every thread (the server's threads inherit the mask) and wait
    // for them here, so that shutdown runs in an orderly way on the main thread.
    const sigset_t signals = sitegov::daemon::blockStopSignals();
    QCoreApplication app(argc, argv);
    sitegov::daemon::setUp(QStringLiteral("sitegov-server"));

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && args.first() == u"token") {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return sitegov::server::TokenCommand::run(args.mid(1), out, err);
    }

    const auto options = sitegov::server::ServerOptions::parse(args);
    if (const auto exitCode = sitegov::daemon::answerBeforeStart(options, QStringLiteral("sitegov-server")))
        return *exitCode;
    return Main::serve(*options, signals);
}
