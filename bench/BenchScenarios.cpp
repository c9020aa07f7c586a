// sitegov-bench: times the console's interactive scenarios on a database, through the same code
// the console runs (the lazy list model pages on worker threads), and prints the SQL of each so that
// bench/run can time the sqlite3 command line on the very same statement.
//
//   sitegov-bench --database PATH [--repeat N]   -> "scenario<TAB>median ms<TAB>rows" per line
//   sitegov-bench --database PATH --sql NAME     -> the scenario's SQL, binds inlined
#include "gui/SiteListModel.h"
#include "storage/Database.h"
#include "storage/ListQueries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

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
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
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
