// sitegov-bench: times the console's interactive scenarios on a database, through the same code
// the console runs (the lazy list model pages on worker threads), and prints the SQL of each so that
// bench/run can time the sqlite3 command line on the very same statement.
//
//   sitegov-bench --database PATH [--repeat N]   -> "scenario<TAB>median ms<TAB>rows" per line
//   sitegov-bench --database PATH --sql NAME     -> the scenario's SQL, binds inlined
//   sitegov-bench --database PATH --dashboard [--repeat N]
//                                                -> "scenario<TAB>median ms<TAB>figures" (DashboardStats)
//
// Two kinds of scenario: lists (the time from setting the query to the first rows in the console's
// lazy model, whose SQL is the list query with its binds inlined) and figures (a call of
// InspectionQueries on an open connection, whose SQL is every statement the call ran, as SQLite
// expanded it, captured with sqlite3_trace_v2).
#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "gui/common/Background.h"
#include "gui/registry/SiteListModel.h"
#include "storage/AccountService.h"
#include "storage/DashboardStats.h"
#include "storage/ConsoleDatabase.h"
#include "storage/InspectionQueries.h"
#include "storage/ListQueries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

#include <sqlite3.h>

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
    SiteFilter rareShort;
    rareShort.text = QStringLiteral("无此"); // two characters in no site: every text is read
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
        {"registry: search a two-character term found nowhere", rareShort, SiteListQuery::Code, Qt::AscendingOrder},
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


// The inspection scenarios (issue 6): bench-inspector's "Today", coverage and the weekly figures of
// a city and of the province, the inspection and rectification lists.
struct Subjects
{
    qint64 account = 0;
    qint64 city = 0;
    qint64 province = 0;
    QDate today;
};

struct ListScenario
{
    QString name;
    ListQuery query;
    QStringList headers;
};

struct CallScenario
{
    QString name;
    std::function<int(QSqlDatabase&)> run; // returns the number of figures/rows it produced
};

Subjects subjects(QSqlDatabase& db)
{
    Subjects s;
    s.today = OfficeClock::today();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT a.id, a.org_id, o.parent_id FROM accounts a JOIN organisations o ON o.id = a.org_id "
                              "WHERE a.username = 'bench-inspector'"))
        && q.next()) {
        s.account = q.value(0).toLongLong();
        s.city = q.value(1).toLongLong();
        s.province = q.value(2).toLongLong();
    }
    return s;
}

QList<ListScenario> inspectionLists(const Subjects& s)
{
    QList<ListScenario> out;
    if (s.account == 0)
        return out;
    TodayFilter today;
    today.day = s.today;
    today.inspector = QStringLiteral("bench-inspector");
    today.accountId = s.account;
    out << ListScenario{QStringLiteral("inspections: open Today (an inspector's 40 sites)"), TodayListQuery::build(today), {}};
    InspectionFilter cityFailed;
    cityFailed.unitId = s.city;
    cityFailed.failedOnly = true;
    out << ListScenario{QStringLiteral("inspections: list, a city's failed ones (first rows)"),
        InspectionListQuery::build(cityFailed), {}};
    InspectionFilter lastWeek;
    lastWeek.unitId = s.province;
    lastWeek.from = s.today.addDays(-7);
    lastWeek.to = s.today;
    lastWeek.text = QStringLiteral("第3县");
    out << ListScenario{QStringLiteral("inspections: list, the province's last week, search (first rows)"),
        InspectionListQuery::build(lastWeek), {}};
    RectificationFilter overdue;
    overdue.status = QStringLiteral("overdue");
    overdue.today = s.today;
    out << ListScenario{QStringLiteral("rectification: overdue items, everywhere (first rows)"),
        RectificationListQuery::build(overdue), {}};
    overdue.unitId = s.city;
    out << ListScenario{QStringLiteral("rectification: overdue items, a city (first rows)"),
        RectificationListQuery::build(overdue), {}};
    for (ListScenario& l : out) {
        for (int i = 0; i < 7; ++i) // the visible columns every one of these lists has
            l.headers << QString::number(i);
    }
    return out;
}

QList<CallScenario> inspectionCalls(const Subjects& s)
{
    QList<CallScenario> out;
    if (s.account == 0)
        return out;
    const QDate monthStart = QDate(s.today.year(), s.today.month(), 1).addMonths(-1);
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    const IsoWeek week = IsoWeek::of(s.today).previous();
    const QDate today = s.today;
    auto coverage = [monthStart, monthEnd](qint64 unit) {
        return [unit, monthStart, monthEnd](QSqlDatabase& db) {
            const auto days = InspectionQueries(db).coverage(unit, monthStart, monthEnd);
            if (!days)
                qFatal("%s", qPrintable(days.error().fullText()));
            return int(days->size());
        };
    };
    auto summary = [week, today](qint64 unit) {
        return [unit, week, today](QSqlDatabase& db) {
            const auto w = InspectionQueries(db).weeklySummary(unit, week, today);
            if (!w)
                qFatal("%s", qPrintable(w.error().fullText()));
            return w->siteDaysInspected;
        };
    };
    out << CallScenario{QStringLiteral("inspections: coverage calendar, a city, a month"), coverage(s.city)};
    out << CallScenario{QStringLiteral("inspections: coverage calendar, the province, a month"), coverage(s.province)};
    out << CallScenario{QStringLiteral("inspections: weekly summary, a city"), summary(s.city)};
    out << CallScenario{QStringLiteral("inspections: weekly summary, the province"), summary(s.province)};
    return out;
}

double listFirstRows(const QString& path, const ListQuery& query, const QStringList& headers, int* rows)
{
    QueryTableModel model(path, headers, nullptr);
    QEventLoop loop;
    QObject::connect(&model, &QueryTableModel::firstRowsLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &QueryTableModel::loadFailed, &loop, [&loop](const Error& e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.fullText()));
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    model.setQuery(query);
    loop.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *rows = model.rowCount();
    return ms;
}

sqlite3* handleOf(QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(v.constData()) : nullptr;
}

int traceStatement(unsigned type, void* context, void* statement, void*)
{
    if (type == SQLITE_TRACE_STMT) {
        char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        if (sql) {
            static_cast<QStringList*>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
        }
    }
    return 0;
}
int dashboard(const QString& path, int repeat)
{
    auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
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
        auto worker = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
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
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only the scenarios whose name starts with TEXT."),
        QStringLiteral("TEXT")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("dashboard")))
        return dashboard(path, qMax(1, parser.value(QStringLiteral("repeat")).toInt()));
    const auto all = scenarios();
    if (parser.isSet(QStringLiteral("list"))) {
        for (const Scenario& s : all)
            std::printf("%s\n", s.name);
    }
    auto opened = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().fullText()));
        return 1;
    }
    QSqlDatabase& db = (*opened)->connection();
    const Subjects subject = subjects(db);
    const QList<ListScenario> lists = inspectionLists(subject);
    const QList<CallScenario> calls = inspectionCalls(subject);
    if (parser.isSet(QStringLiteral("list"))) {
        for (const ListScenario& l : lists)
            std::printf("%s\n", qPrintable(l.name));
        for (const CallScenario& c : calls)
            std::printf("%s\n", qPrintable(c.name));
        return 0;
    }
    if (parser.isSet(QStringLiteral("sql"))) {
        const QString wanted = parser.value(QStringLiteral("sql"));
        for (const Scenario& s : all) {
            if (QString::fromUtf8(s.name) == wanted) {
                std::printf("%s;\n", qPrintable(inlineSql(SiteListQuery::build(s.filter), s.sortColumn, s.order,
                                         QueryTableModel::kFirstChunk)));
                return 0;
            }
        }
        for (const ListScenario& l : lists) {
            if (l.name == wanted) {
                std::printf("%s;\n", qPrintable(inlineSql(l.query, -1, Qt::AscendingOrder, QueryTableModel::kFirstChunk)));
                return 0;
            }
        }
        for (const CallScenario& c : calls) {
            if (c.name == wanted) {
                sqlite3* h = handleOf(db);
                if (!h)
                    return 1;
                QStringList statements;
                sqlite3_trace_v2(h, SQLITE_TRACE_STMT, &traceStatement, &statements);
                c.run(db);
                sqlite3_trace_v2(h, 0, nullptr, nullptr);
                for (const QString& sql : statements)
                    std::printf("%s;\n", qPrintable(sql));
                return 0;
            }
        }
        return 2;
    }
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    auto report = [](const QString& name, QList<double> times, int rows) {
        std::sort(times.begin(), times.end());
        std::printf("%s\t%.2f\t%d\n", qPrintable(name), times.at(times.size() / 2), rows);
        std::fflush(stdout);
    };
    const QString only = parser.value(QStringLiteral("only"));
    for (const Scenario& s : all) {
        if (!only.isEmpty() && !QString::fromUtf8(s.name).startsWith(only))
            continue;
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < repeat; ++i)
            times << firstRows(path, s, &rows);
        report(QString::fromUtf8(s.name), times, rows);
    }
    for (const ListScenario& l : lists) {
        if (!only.isEmpty() && !l.name.startsWith(only))
            continue;
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < repeat; ++i)
            times << listFirstRows(path, l.query, l.headers, &rows);
        report(l.name, times, rows);
    }
    for (const CallScenario& c : calls) {
        if (!only.isEmpty() && !c.name.startsWith(only))
            continue;
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            rows = c.run(db);
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        report(c.name, times, rows);
    }
    // A list's total may still be counting on its own pool: let it end before the process does.
    countingPool()->waitForDone();
    return 0;
}
