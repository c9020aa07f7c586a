// sitegov-benchsync: times the console's score sync (net::ScoreSync, as the Scores page runs it on a
// worker) from a real sitegov-server into a fresh cache, then again with nothing changed (all 304s).
//
//   sitegov-benchsync --sync URL --database CACHE [--urls FILE]   (token in SITEGOV_BACKEND_TOKEN)
//       -> "scenario<TAB>ms<TAB>rows<TAB>requests<TAB>bytes" per sync; --urls writes every page the
//          first sync read as a curl config, for bench/run to fetch the same bytes with curl
#include "net/ScoreClient.h"
#include "net/ScoreSync.h"
#include "storage/ConsoleDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUrl>
#include <cstdio>

using namespace sitegov;

namespace {

int sync(const QString& url, const QString& cachePath, const QString& urlsFile)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cachePath + suffix);
    auto db = ConsoleDatabase::open(cachePath, Database::Mode::Migrate);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    net::ClientOptions options;
    options.baseUrl = url;
    options.token = qgetenv("SITEGOV_BACKEND_TOKEN");
    for (const char* name :
        {"score sync: first sync into an empty cache", "score sync: again, nothing changed (304s)"}) {
        QElapsedTimer timer;
        timer.start();
        const auto outcome = net::ScoreSync::run((*db)->connection(), options);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error().fullText()));
            return 1;
        }
        std::printf("%s\t%.2f\t%lld\t%d\t%lld\n", name, ms, outcome->rows, outcome->requests, outcome->bytes);
        std::fflush(stdout);
    }
    if (!urlsFile.isEmpty()) {
        // The pages the first sync read, for curl to fetch the same bytes (not timed).
        QFile out(urlsFile);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        net::ScoreClient client(options);
        out.write(QStringLiteral("url = \"%1/api/v1/periods\"\noutput = \"/dev/null\"\n").arg(url).toUtf8());
        const auto periods = client.periods();
        if (!periods)
            return 1;
        for (const net::BackendPeriod& p : *periods) {
            QString cursor;
            do {
                QString target = QStringLiteral("/api/v1/scores?period=%1&limit=%2")
                                     .arg(p.period.toString())
                                     .arg(options.pageSize);
                if (!cursor.isEmpty())
                    target += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
                out.write(QStringLiteral("url = \"%1%2\"\noutput = \"/dev/null\"\n").arg(url, target).toUtf8());
                const auto page = client.scores(p.period, cursor);
                if (!page)
                    return 1;
                cursor = page->page.nextCursor;
            } while (!cursor.isEmpty());
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The cache's database (replaced)."), QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("sync"), QStringLiteral("Time a score sync from the backend at URL."), QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("urls"), QStringLiteral("Write the pages read as a curl config."), QStringLiteral("FILE")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("sync")) || !parser.isSet(QStringLiteral("database"))) {
        std::fprintf(stderr, "usage: sitegov-benchsync --sync URL --database CACHE [--urls FILE]\n");
        return 2;
    }
    return sync(parser.value(QStringLiteral("sync")), parser.value(QStringLiteral("database")),
        parser.value(QStringLiteral("urls")));
}
