// sitegov-bench: times the console's interactive scenarios on a database, through the same code
// the console runs (the lazy list model pages on worker threads), and prints the SQL of each so that
// bench/run can time the sqlite3 command line on the very same statement.
//
//   sitegov-bench --database PATH [--repeat N]   -> "scenario<TAB>median ms<TAB>rows" per line
//   sitegov-bench --database PATH --sql NAME     -> the scenario's SQL, binds inlined
//   sitegov-bench --database PATH --dashboard [--repeat N]
//                                                -> "scenario<TAB>median ms<TAB>figures" (DashboardStats)
//   sitegov-bench --sync URL --database CACHE [--urls FILE]   (token in SITEGOV_BACKEND_TOKEN)
//                                                -> a score sync into a fresh cache, then again (all 304):
//                                                   "scenario<TAB>ms<TAB>rows<TAB>requests<TAB>bytes";
//                                                   --urls writes every page the first sync read, for curl
#include "core/Inspection.h"
#include "gui/SiteListModel.h"
#include "net/ScoreClient.h"
#include "net/ScoreSync.h"
#include "storage/AccountService.h"
#include "storage/DashboardStats.h"
#include "storage/Database.h"
#include "storage/ListQueries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace sitegov;

namespace {

struct Scenario
{
    const char* name;
    SiteFilter filter;
    int sortColumn;
    Qt::SortOrder order;
};

QList<Scenario> scenarios()
{
    SiteFilter search;
    search.text = QStringLiteral("第12市第3县");
    SiteFilter shortTerm;
    shortTerm.text = QStringLiteral("3县");
    SiteFilter rare;
    rare.text = QStringLiteral("不存在的网站名称");
    SiteFilter flags;
    flags.flags = -1;
    SiteFilter operatingCounties;
    operatingCounties.status = QStringLiteral("operating");
    operatingCounties.level = QStringLiteral("county");
    return {
        {"registry: open the site list (first 200 rows)", {}, SiteListQuery::Code, Qt::AscendingOrder},
        {"registry: search a Chinese term (first rows)", search, SiteListQuery::Code, Qt::AscendingOrder},
        {"registry: search a two-character term (scan)", shortTerm, SiteListQuery::Code, Qt::AscendingOrder},
        {"registry: search with no match", rare, SiteListQuery::Code, Qt::AscendingOrder},
        {"registry: sort by name, descending", {}, SiteListQuery::Name, Qt::DescendingOrder},
        {"registry: sort by host unit", {}, SiteListQuery::HostUnit, Qt::AscendingOrder},
        {"registry: filter flagged sites", flags, SiteListQuery::Code, Qt::AscendingOrder},
        {"registry: filter operating county sites, by status", operatingCounties, SiteListQuery::Status,
            Qt::AscendingOrder},
    };
}

QString inlineSql(const ListQuery& q, int column, Qt::SortOrder order, int limit)
{
    QString sql = QStringLiteral("SELECT ") + q.select + u' ' + q.from + QueryPager::orderBy(q, column, order)
        + QStringLiteral(" LIMIT %1 OFFSET 0").arg(limit + 1);
    for (const QVariant& b : q.binds) {
        const int at = int(sql.indexOf(u'?'));
        QString literal = b.typeId() == QMetaType::QString ? u'\'' + b.toString().replace(u'\'', QStringLiteral("''")) + u'\''
                                                          : b.toString();
        sql.replace(at, 1, literal);
    }
    return sql;
}

double firstRows(const QString& path, const Scenario& s, int* rows)
{
    SiteListModel model(path, nullptr);
    QEventLoop loop;
    QObject::connect(&model, &QueryTableModel::firstRowsLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &QueryTableModel::loadFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    model.sort(s.sortColumn, s.order);
    model.setFilter(s.filter);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *rows = model.rowCount();
    return ms;
}

int dashboard(const QString& path, int repeat)
{
    auto db = Database::open(path, Database::Mode::RequireCurrent);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    const auto session = AccountService((*db)->connection()).authenticate(QStringLiteral("bench"), QStringLiteral("sitegov-bench"));
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().fullText()));
        return 1;
    }
    QList<double> times;
    DashboardFigures f;
    for (int i = 0; i < repeat; ++i) {
        // As the dashboard does it: a worker's own connection, opened for the computation.
        QElapsedTimer timer;
        timer.start();
        auto worker = Database::open(path, Database::Mode::RequireCurrent);
        if (!worker)
            return 1;
        const auto figures = DashboardStats::compute((*worker)->connection(), *session, OfficeClock::today());
        if (!figures) {
            std::fprintf(stderr, "%s\n", qPrintable(figures.error().fullText()));
            return 1;
        }
        times << double(timer.nsecsElapsed()) / 1e6;
        f = *figures;
    }
    std::sort(times.begin(), times.end());
    std::printf("dashboard: compute every figure (worker connection)\t%.2f\t%d running sites, %d inspected today, %d open "
                "rectifications, %d reviews missing\n",
        times.at(times.size() / 2), f.runningSites, f.inspectedToday, f.unresolvedRectifications, f.reviewsMissing);
    return 0;
}

int sync(const QString& url, const QString& cachePath, const QString& urlsFile)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cachePath + suffix);
    auto db = Database::open(cachePath, Database::Mode::Migrate);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    net::ClientOptions options;
    options.baseUrl = url;
    options.token = qgetenv("SITEGOV_BACKEND_TOKEN");
    for (const char* name : {"score sync: first sync into an empty cache", "score sync: again, nothing changed (304s)"}) {
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
                QString target = QStringLiteral("/api/v1/scores?period=%1&limit=%2").arg(p.period.toString()).arg(options.pageSize);
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
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("Database."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per scenario."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("sql"), QStringLiteral("Print the SQL of scenario NAME."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the scenario names.")});
    parser.addOption({QStringLiteral("dashboard"), QStringLiteral("Time the dashboard's figures.")});
    parser.addOption({QStringLiteral("sync"), QStringLiteral("Time a score sync from the backend at URL."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("urls"), QStringLiteral("With --sync: write the pages read as a curl config."),
        QStringLiteral("FILE")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("dashboard")))
        return dashboard(path, qMax(1, parser.value(QStringLiteral("repeat")).toInt()));
    if (parser.isSet(QStringLiteral("sync")))
        return sync(parser.value(QStringLiteral("sync")), path, parser.value(QStringLiteral("urls")));
    const auto all = scenarios();
    if (parser.isSet(QStringLiteral("list"))) {
        for (const Scenario& s : all)
            std::printf("%s\n", s.name);
        return 0;
    }
    if (parser.isSet(QStringLiteral("sql"))) {
        for (const Scenario& s : all) {
            if (QString::fromUtf8(s.name) == parser.value(QStringLiteral("sql"))) {
                std::printf("%s;\n", qPrintable(inlineSql(SiteListQuery::build(s.filter), s.sortColumn, s.order,
                                         QueryTableModel::kFirstChunk)));
                return 0;
            }
        }
        return 2;
    }
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    for (const Scenario& s : all) {
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < repeat; ++i)
            times << firstRows(path, s, &rows);
        std::sort(times.begin(), times.end());
        std::printf("%s\t%.2f\t%d\n", s.name, times.at(times.size() / 2), rows);
        std::fflush(stdout);
    }
    return 0;
}
