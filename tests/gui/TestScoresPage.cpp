// The Scores page and the backend settings driven against a real sitegov-server on a loopback port
// (started in-process with the demo assessments of the same sites as the console's demo database):
// the page syncs when it opens, every chart plots what the server serves, the table holds the same
// rows, clicking a bar or a row opens the site, the charts export, a failed sync keeps the cache and
// says why, and "Test connection" names what is wrong.

#include "../GuiTestSupport.h"
#include "../net/CannedServer.h"
#include "../server/ServerFixture.h"
#include "core/DivisionCode.h"
#include "core/Language.h"
#include "core/ScoreStats.h"
#include "demo/DemoBuilder.h"
#include "gui/MainWindow.h"
#include "gui/charts/BarChartPanel.h"
#include "gui/charts/LineChartPanel.h"
#include "gui/common/ConsoleStyle.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/registry/SiteDetailPanel.h"
#include "gui/scores/BackendSettings.h"
#include "gui/scores/ScoreSyncController.h"
#include "gui/scores/ScoresPage.h"
#include "gui/settings/SettingsPage.h"
#include "server/DemoLoader.h"
#include "storage/AccountService.h"
#include "storage/PasswordHasher.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTest>
#include <cmath>

using namespace sitegov;

namespace {

const QDate kToday(2026, 11, 28); // demo months 2026-08 .. 2026-10

// Every wait below ends when the work it waits for ends (a sync, a page's load, a site's activity):
// this bound only stops a test that hangs. It is generous so that a machine busy with other tests
// (ctest -j2 beside a build) only makes the test slower, never makes it fail.
constexpr int kPatience = 180000;

struct Served
{
    QString code;
    QString level;
    double total = 0;
    bool passed = false;
    int rank = 0;
};

} // namespace

class TestScoresPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::ServerFixture m_server;

    Session login(const QString& user)
    {
        const auto s = AccountService(m_db->connection()).authenticate(user, QString::fromLatin1(DemoBuilder::kPassword));
        return s ? *s : Session{};
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()); }

    // Every score of a period as the server serves it, through plain HTTP, best first.
    QList<Served> served(const QString& period)
    {
        QList<Served> out;
        test::Client client(m_server.port());
        QString cursor;
        do {
            std::string target = "/api/v1/scores?limit=100&period=" + period.toStdString();
            if (!cursor.isEmpty())
                target += "&cursor=" + cursor.toStdString();
            const auto reply = client.get(target, m_server.readToken);
            if (reply.status != 200)
                return {};
            const QJsonObject page = reply.json();
            for (const QJsonValue& v : page.value(QLatin1String("items")).toArray()) {
                const QJsonObject o = v.toObject();
                out << Served{o.value(QLatin1String("site_code")).toString(), o.value(QLatin1String("level")).toString(),
                    o.value(QLatin1String("total")).toDouble(), o.value(QLatin1String("passed")).toBool(),
                    o.value(QLatin1String("rank")).toInt()};
            }
            cursor = page.value(QLatin1String("next_cursor")).toString();
        } while (!cursor.isEmpty());
        std::stable_sort(out.begin(), out.end(), [](const Served& a, const Served& b) {
            if (a.passed != b.passed)
                return a.passed;
            if (a.total != b.total)
                return a.total > b.total;
            return a.code < b.code;
        });
        return out;
    }

    qint64 siteId(const QString& code)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM sites WHERE code = ?"));
        q.addBindValue(code);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    QString siteName(qint64 id)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT name FROM sites WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    struct Console
    {
        AppContext context;
        std::unique_ptr<MainWindow> window;
        ScoresPage* page = nullptr;
    };

    std::unique_ptr<Console> open(const QString& user = QStringLiteral("director"))
    {
        auto c = std::make_unique<Console>();
        c->context = AppContext{m_db.get(), login(user)};
        if (c->context.session.accountId == 0)
            return nullptr;
        c->window = std::make_unique<MainWindow>(c->context);
        c->window->resize(1366, 900);
        c->window->show();
        if (!c->window->showPage(QStringLiteral("scores")))
            return nullptr;
        c->page = qobject_cast<ScoresPage*>(c->window->currentPage());
        return c;
    }

    static bool settled(Console& c)
    {
        return QTest::qWaitFor([&c] { return !c.window->scoreSync()->isRunning() && !c.page->isBusy(); }, kPatience);
    }

    static double roundTo1(double v) { return std::round(v * 10.0) / 10.0; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        auto db = ConsoleDatabase::open(m_dir.filePath(QStringLiteral("console.db")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(DemoBuilder::build(*m_db, {2017, kToday}).ok());
        QVERIFY(m_server.start());
        server::DemoLoader::Options options;
        options.today = kToday;
        options.months = 3;
        const auto loaded = server::DemoLoader::load(m_server.store(), m_server.api().model(), options);
        QVERIFY2(loaded.ok() && loaded->loaded, loaded ? "" : qPrintable(loaded.error().fullText()));
        BackendSettings::setCommandLineOverride(url(), m_server.readToken);
    }

    void pageSyncsAndChartsPlotTheServedScores()
    {
        auto c = open();
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        auto* status = c->page->findChild<QLabel*>(QStringLiteral("scoresSyncStatus"));
        QVERIFY(status->text().contains(QLatin1String("Last synced")));

        const QList<Served> all = served(QStringLiteral("2026-10"));
        QVERIFY(all.size() > 100);
        auto* period = c->page->findChild<QComboBox*>(QStringLiteral("scoresPeriod"));
        QCOMPARE(period->count(), 6); // three months, two quarters, the year
        QCOMPARE(period->currentData().toString(), QStringLiteral("2026-10"));

        // Ranking: the 20 best, in the server's order, with their totals.
        BarChartPanel* ranking = c->page->rankingChart();
        QVERIFY(!ranking->isShowingEmpty());
        QCOMPARE(ranking->plottedValues().size(), 1);
        const QList<double> plotted = ranking->plottedValues().constFirst();
        QCOMPARE(plotted.size(), ScoresPage::kRankingSize);
        for (int i = 0; i < ScoresPage::kRankingSize; ++i)
            QCOMPARE(plotted.at(i), all.at(i).total);
        QVERIFY(ranking->plottedCategories().constFirst().startsWith(QLatin1String("1. ")));
        QVERIFY(ranking->title().contains(QString::number(all.size())));

        // Distribution: the served totals in bins of 10 points, the pass mark drawn as a guide.
        QList<double> totals;
        int passed = 0;
        for (const Served& s : all) {
            totals << s.total;
            passed += s.passed ? 1 : 0;
        }
        const QList<int> bins = ScoreStats::histogram(totals, 10, ScoreStats::kMaxTotal);
        const QList<double> histogram = c->page->histogramChart()->plottedValues().constFirst();
        QCOMPARE(histogram.size(), bins.size());
        for (int i = 0; i < bins.size(); ++i)
            QCOMPARE(histogram.at(i), double(bins.at(i)));
        QVERIFY(c->page->histogramChart()->title().contains(QStringLiteral("%1 of %2 passed").arg(passed).arg(all.size())));

        // Pass rate per level.
        QHash<QString, std::pair<int, int>> byLevel;
        for (const Served& s : all) {
            auto& l = byLevel[s.level];
            ++l.first;
            l.second += s.passed ? 1 : 0;
        }
        const QList<double> rates = c->page->levelChart()->plottedValues().constFirst();
        const QVariantList levelKeys = c->page->levelChart()->data().keys;
        QCOMPARE(rates.size(), byLevel.size());
        for (int i = 0; i < rates.size(); ++i) {
            const auto l = byLevel.value(levelKeys.at(i).toString());
            QCOMPARE(roundTo1(rates.at(i)), roundTo1(100.0 * l.second / l.first));
        }

        // Every level's name fits under its bar: none is cut short.
        QVERIFY(!c->page->levelChart()->plottedCategories().isEmpty());
        for (const QString& level : c->page->levelChart()->plottedCategories())
            QVERIFY2(!level.contains(u'/') && !level.contains(u'…'), qPrintable(level));
        QVERIFY(c->page->levelChart()->plottedCategories().contains(QStringLiteral("Township")));

        // Trend: the three months, the whole province first with the mean of the served totals.
        LineChartPanel* trend = c->page->trendChart();
        QCOMPARE(trend->plottedCategories().size(), 3);
        const QList<double> overall = trend->plottedValues().constFirst();
        QCOMPARE(overall.size(), 3);
        QCOMPARE(roundTo1(overall.constLast()), roundTo1(ScoreStats::mean(totals)));

        // The first line is the province's average (the director sees the whole province); every
        // line has a colour of its own.
        QCOMPARE(trend->data().lines.constFirst().name, QStringLiteral("Province average"));
        QVERIFY(trend->data().lines.size() > 5);
        QSet<QRgb> colours;
        for (int i = 0; i < trend->data().lines.size(); ++i)
            colours.insert(LineChartPanel::lineColour(i).rgb());
        QCOMPARE(colours.size(), trend->data().lines.size());
        // Month labels short enough to be read: the year at the first point and in January only.
        QCOMPARE(trend->plottedCategories(), (QStringList{QStringLiteral("Aug 2026"), QStringLiteral("Sep"), QStringLiteral("Oct")}));

        // The table: the same rows; sorted by total, the first is the ranking's first.
        QTableView* table = c->page->table();
        // The rank column is the rank within the site's level; the table opens sorted by total,
        // highest first, and says so.
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Rank in level"));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 5);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(table->model()->index(0, 5).data(Qt::UserRole + 1).toDouble()
            >= table->model()->index(1, 5).data(Qt::UserRole + 1).toDouble());
        QCOMPARE(table->model()->rowCount(), all.size());
        table->sortByColumn(5, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 5).data(Qt::UserRole + 1).toDouble(), all.constFirst().total);
        table->sortByColumn(1, Qt::AscendingOrder);
        QString previous;
        for (int r = 0; r < 20; ++r) {
            const QString code = table->model()->index(r, 1).data().toString();
            QVERIFY(previous < code);
            previous = code;
        }
    }

    void scopeAndPeriodPickersNarrowEveryChart()
    {
        auto c = open();
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        auto* level = c->page->findChild<QComboBox*>(QStringLiteral("scoresLevel"));
        level->setCurrentIndex(level->findData(QStringLiteral("county")));
        QTRY_VERIFY_WITH_TIMEOUT(!c->page->isBusy(), kPatience);
        int county = 0;
        for (const Served& s : served(QStringLiteral("2026-10")))
            county += s.level == u"county" ? 1 : 0;
        QCOMPARE(c->page->table()->model()->rowCount(), county);
        for (int r = 0; r < county; ++r)
            QCOMPARE(c->page->table()->model()->index(r, 3).data().toString(), Vocabulary::displayName(AdminLevel::County));
        QCOMPARE(c->page->levelChart()->plottedValues().constFirst().size(), 1);

        auto* period = c->page->findChild<QComboBox*>(QStringLiteral("scoresPeriod"));
        period->setCurrentIndex(period->findData(QStringLiteral("2026-08")));
        QTRY_VERIFY_WITH_TIMEOUT(!c->page->isBusy(), kPatience);
        QVERIFY(c->page->rankingChart()->title().contains(ScoresPage::periodName(Period::month(2026, 8))));
        QCOMPARE(c->page->trendChart()->plottedCategories().size(), 1);
        const QList<Served> august = served(QStringLiteral("2026-08"));
        QList<Served> augustCounty;
        for (const Served& s : august) {
            if (s.level == u"county")
                augustCounty << s;
        }
        QCOMPARE(c->page->rankingChart()->plottedValues().constFirst().constFirst(), augustCounty.constFirst().total);
    }

    // Issue 14 item 11: a city approver's Scores page opens on the city (the province one choice
    // away); Pingtan, governed at the city level, is a region of its own in the list; the ranking's
    // labels read as the table's totals (104.8, not 105).
    void eachAccountOpensOnItsOwnArea()
    {
        auto c = open(QStringLiteral("approver-fuzhou"));
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        auto* region = c->page->findChild<QComboBox*>(QStringLiteral("scoresRegion"));
        QCOMPARE(region->currentData().toString(), QStringLiteral("350100"));
        QVERIFY2(region->currentText().contains(QLatin1String("my jurisdiction")), qPrintable(region->currentText()));
        QVERIFY(region->findData(QString()) >= 0); // the whole province
        const int pingtan = region->findData(QStringLiteral("350128"));
        QVERIFY(pingtan >= 0);
        QVERIFY2(region->itemText(pingtan).contains(QStringLiteral("平潭")), qPrintable(region->itemText(pingtan)));
        QTableView* table = c->page->table();
        int fuzhou = 0;
        for (const Served& s :
            served(c->page->findChild<QComboBox*>(QStringLiteral("scoresPeriod"))->currentData().toString())) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT o.division_code FROM sites s JOIN organisations o ON o.id = s.host_org_id "
                                     "WHERE s.code = ?"));
            q.addBindValue(s.code);
            QVERIFY(q.exec() && q.next());
            fuzhou += DivisionCode::cityRegion(q.value(0).toString()) == u"350100" ? 1 : 0;
        }
        QVERIFY(fuzhou > 0);
        QCOMPARE(table->model()->rowCount(), fuzhou);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(!table->model()->index(r, 4).data().toString().contains(QStringLiteral("平潭")));

        // The ranking's labels are the table's totals, rounded the same way.
        const QStringList labels = c->page->rankingChart()->plottedLabels();
        QVERIFY(!labels.isEmpty());
        for (int i = 0; i < labels.size(); ++i)
            QCOMPARE(labels.at(i), table->model()->index(i, 5).data().toString());

        region->setCurrentIndex(pingtan);
        QTRY_VERIFY_WITH_TIMEOUT(!c->page->isBusy(), kPatience);
        QVERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY2(table->model()->index(r, 4).data().toString().contains(QStringLiteral("平潭")),
                qPrintable(table->model()->index(r, 4).data().toString()));
    }

    // Issue 14 item 10: the average score and pass rate cards state the figures of the list they
    // open (the Scores page's table of the same period and jurisdiction), for the province's director
    // and a city approver.
    void scoreCardsEqualTheirLists_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("director") << QStringLiteral("director");
        QTest::newRow("city approver") << QStringLiteral("approver-fuzhou");
    }

    void scoreCardsEqualTheirLists()
    {
        QFETCH(QString, user);
        auto c = open(user);
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        for (const char* name : {"figureScore", "figurePassRate"}) {
            QVERIFY(c->window->showPage(QStringLiteral("dashboard")));
            auto* card = c->window->findChild<FigureCard*>(QLatin1String(name));
            QVERIFY(card);
            QTRY_VERIFY_WITH_TIMEOUT(
                card->value() != QStringLiteral("–") && !c->window->currentPage()->isBusy(), kPatience);
            const QString value = card->value();
            const QString context = card->context();
            const QRegularExpressionMatch sites
                = QRegularExpression(QStringLiteral("(\\d[\\d,]*) sites")).match(context);
            const QRegularExpressionMatch rate
                = QRegularExpression(QStringLiteral("(\\d[\\d,]*) of (\\d[\\d,]*) passed")).match(context);
            auto count = [](const QRegularExpressionMatch& m, int i) {
                return m.captured(i).remove(u',').toInt();
            };
            card->setFocus();
            QTest::keyClick(card, Qt::Key_Return);
            auto* page = qobject_cast<ScoresPage*>(c->window->currentPage());
            QVERIFY(page);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kPatience);
            QAbstractItemModel* table = page->table()->model();
            QList<double> totals;
            int passed = 0;
            for (int r = 0; r < table->rowCount(); ++r) {
                totals << table->index(r, 5).data(Qt::UserRole + 1).toDouble();
                passed += table->index(r, 8).data(Qt::UserRole + 1).toInt();
            }
            QVERIFY(!totals.isEmpty());
            if (qstrcmp(name, "figureScore") == 0) {
                QCOMPARE(value, QLocale().toString(ScoreStats::mean(totals), 'f', 1));
                QVERIFY2(sites.hasMatch() && count(sites, 1) == totals.size(), qPrintable(context));
            } else {
                QCOMPARE(value,
                    QLocale().toString(ScoreStats::percent(passed, int(totals.size())), 'f', 1) + QLocale().percent());
                QVERIFY2(rate.hasMatch() && count(rate, 1) == passed && count(rate, 2) == totals.size(),
                    qPrintable(context));
            }
        }
    }

    // Issue 14 item 16: on a 1024×768 screen the charts stand below each other, each as wide as the
    // page, so that their axes have room for every label (side by side, the ranking's value labels
    // and the distribution's bins read "…"); at 1366 wide they stand side by side.
    void chartsHaveRoomOnASmallScreen()
    {
        auto c = open();
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        BarChartPanel* ranking = c->page->rankingChart();
        BarChartPanel* histogram = c->page->histogramChart();
        QTRY_VERIFY(histogram->geometry().left() >= ranking->geometry().right());
        c->window->resize(1024, 768);
        QTRY_VERIFY2(histogram->geometry().top() >= ranking->geometry().bottom(),
            qPrintable(QStringLiteral("ranking %1,%2 histogram %3,%4")
                           .arg(ranking->x())
                           .arg(ranking->y())
                           .arg(histogram->x())
                           .arg(histogram->y())));
        QCOMPARE(histogram->width(), ranking->width());
        QVERIFY2(ranking->width() >= 700, qPrintable(QString::number(ranking->width())));
        QVERIFY(c->page->levelChart()->geometry().top() >= histogram->geometry().bottom());
        c->window->resize(1366, 900);
        QTRY_VERIFY(histogram->geometry().left() >= ranking->geometry().right());
    }

    // Issue 14 item 13: Ctrl+C on a chart puts it on the clipboard as a picture, to paste into a
    // WPS or Word report; so does its menu's "Copy as picture".
    void aChartCopiesToTheClipboard()
    {
        auto c = open();
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        QApplication::setActiveWindow(c->window.get());
        QVERIFY(QTest::qWaitForWindowActive(c->window.get()));
        for (ChartPanel* chart :
            {static_cast<ChartPanel*>(c->page->rankingChart()), static_cast<ChartPanel*>(c->page->trendChart())}) {
            QVERIFY(!chart->isShowingEmpty());
            QApplication::clipboard()->clear();
            QVERIFY(QApplication::clipboard()->image().isNull());
            chart->setFocus();
            QVERIFY(chart->hasFocus());
            QTest::keyClick(chart, Qt::Key_C, Qt::ControlModifier);
            const QImage copied = QApplication::clipboard()->image();
            QVERIFY(!copied.isNull());
            // The chart as exported (1600×900), not a blank picture: the bars' colour is in it.
            QCOMPARE(copied.size(), chart->toImage().size());
            bool drawn = false;
            const QImage rgb = copied.convertToFormat(QImage::Format_RGB32);
            for (int y = 0; y < rgb.height() && !drawn; y += 3) {
                for (int x = 0; x < rgb.width() && !drawn; x += 3)
                    drawn = rgb.pixel(x, y) != rgb.pixel(0, 0);
            }
            QVERIFY(drawn);

            QApplication::clipboard()->clear();
            auto* copy = chart->findChild<QAction*>(QStringLiteral("chartCopy"));
            QVERIFY(copy);
            copy->trigger();
            QVERIFY(!QApplication::clipboard()->image().isNull());
        }
    }

    // Sort arrows point the way the rows run: a column sorted descending (Qt asks the style for
    // SortUp) draws the base style's down arrow, and the other way round.
    void sortArrowsPointTheWayTheRowsRun()
    {
        ConsoleStyle style(QStyleFactory::create(QApplication::style()->name()));
        QStyleOptionHeader option;
        option.rect = QRect(0, 0, 16, 16);
        option.palette = QApplication::palette();
        auto draw = [&option](const QStyle& s, QStyleOptionHeader::SortIndicator indicator) {
            QImage image(16, 16, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            option.sortIndicator = indicator;
            s.drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter);
            painter.end();
            return image;
        };
        const QStyle& base = *QApplication::style();
        QVERIFY(draw(base, QStyleOptionHeader::SortUp) != draw(base, QStyleOptionHeader::SortDown));
        QCOMPARE(draw(style, QStyleOptionHeader::SortUp), draw(base, QStyleOptionHeader::SortDown));
        QCOMPARE(draw(style, QStyleOptionHeader::SortDown), draw(base, QStyleOptionHeader::SortUp));
    }

    void clickingABarOrARowOpensTheSite()
    {
        auto c = open();
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        const QList<Served> all = served(QStringLiteral("2026-10"));
        const qint64 best = siteId(all.constFirst().code);
        QVERIFY(best != 0);
        c->page->rankingChart()->activate(0);
        QCOMPARE(c->window->currentPage()->pageId(), QStringLiteral("sites"));
        auto* detail = c->window->currentPage()->findChild<SiteDetailPanel*>();
        QVERIFY(detail);
        QTRY_COMPARE_WITH_TIMEOUT(detail->siteId(), best, kPatience);
        // The hub shows the site's score trend from the cache.
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isLoadingActivity(), kPatience);
        QVERIFY(detail->scoreTrend()->isVisible());
        QCOMPARE(detail->scoreTrend()->plottedValues().constFirst().constLast(), all.constFirst().total);
        // Titled with the site's name, not its code; months short, the year at the first point.
        QVERIFY2(detail->scoreTrend()->title().contains(siteName(best)), qPrintable(detail->scoreTrend()->title()));
        QVERIFY(!detail->scoreTrend()->title().contains(all.constFirst().code));
        const QStringList months = detail->scoreTrend()->plottedCategories();
        QVERIFY(!months.isEmpty());
        QVERIFY2(months.constFirst().endsWith(QLatin1String("<br>2026")), qPrintable(months.join(u',')));
        // A label every few months; the year, under the month, only where it changes.
        QVERIFY2(months.size() <= 7, qPrintable(months.join(u',')));
        QString year = months.constFirst().right(4);
        for (const QString& m : months.mid(1)) {
            QVERIFY2(m.size() == 3 || (m.size() == 11 && m.right(4) != year), qPrintable(months.join(u',')));
            if (m.size() == 11)
                year = m.right(4);
        }
        QVERIFY(detail->scoreTrend()->minimumHeight() >= 300);

        QVERIFY(c->window->showPage(QStringLiteral("scores")));
        QTableView* table = c->page->table();
        table->sortByColumn(5, Qt::AscendingOrder); // the worst first
        const QModelIndex cell = table->model()->index(0, 2);
        const QString code = table->model()->index(0, 1).data().toString();
        table->scrollTo(cell);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QCOMPARE(c->window->currentPage()->pageId(), QStringLiteral("sites"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->siteId(), siteId(code), kPatience);
    }

    void chartsExportToPngAndPdf()
    {
        auto c = open();
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        const QString png = m_dir.filePath(QStringLiteral("ranking.png"));
        QVERIFY(c->page->rankingChart()->savePng(png, QSize(1200, 700)).ok());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));
        // Not a blank picture: the bars are drawn in their blue.
        int blue = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                blue += image.pixelColor(x, y) == QColor(0x1f, 0x6f, 0xb2) ? 1 : 0;
        }
        QVERIFY(blue > 100);
        const QString pdf = m_dir.filePath(QStringLiteral("charts.pdf"));
        QVERIFY(ChartPanel::savePdf(pdf, {c->page->rankingChart(), c->page->histogramChart(), c->page->levelChart(),
                                             c->page->trendChart()},
            QStringLiteral("福建省人民政府办公厅"))
                    .ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 4);
        // An empty chart refuses to export and says so.
        BarChartPanel empty;
        empty.setTitle(QStringLiteral("Nothing"));
        empty.showEmpty(QStringLiteral("no data"));
        const Status refused = empty.savePng(m_dir.filePath(QStringLiteral("empty.png")));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("no data to export")));
    }

    void aFailedSyncKeepsTheChartsAndSaysWhy()
    {
        auto c = open();
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        const QList<double> before = c->page->rankingChart()->plottedValues().constFirst();
        const int rows = c->page->table()->model()->rowCount();
        // A backend that is not there.
        BackendSettings::setCommandLineOverride(QStringLiteral("http://127.0.0.1:1"), m_server.readToken);
        c->window->scoreSync()->reloadConfig();
        QTest::mouseClick(c->page->findChild<QPushButton*>(QStringLiteral("scoresSync")), Qt::LeftButton);
        QVERIFY(settled(*c));
        auto* status = c->page->findChild<QLabel*>(QStringLiteral("scoresSyncStatus"));
        QVERIFY2(status->text().contains(QLatin1String("failed")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QLatin1String("Cannot connect")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QLatin1String("last successful sync")));
        QCOMPARE(c->page->rankingChart()->plottedValues().constFirst(), before);
        QCOMPARE(c->page->table()->model()->rowCount(), rows);
        // The status bar says it too.
        auto* backend = c->window->findChild<QLabel*>(QStringLiteral("backendStatus"));
        QVERIFY(backend->text().contains(QLatin1String("sync failed")));

        // A wrong token: 401, named.
        BackendSettings::setCommandLineOverride(url(), QByteArrayLiteral("sg_wrong_token"));
        c->window->scoreSync()->reloadConfig();
        QTest::mouseClick(c->page->findChild<QPushButton*>(QStringLiteral("scoresSync")), Qt::LeftButton);
        QVERIFY(settled(*c));
        QVERIFY2(status->text().contains(QLatin1String("401")), qPrintable(status->text()));
        QCOMPARE(c->page->table()->model()->rowCount(), rows);
        BackendSettings::setCommandLineOverride(url(), m_server.readToken);
    }

    void settingsTestConnectionSaysWhatIsWrong()
    {
        auto c = open();
        QVERIFY(c && c->page);
        QVERIFY(settled(*c));
        QVERIFY(c->window->showPage(QStringLiteral("settings")));
        auto* settings = qobject_cast<SettingsPage*>(c->window->currentPage());
        QVERIFY(settings);
        auto* address = settings->findChild<QLineEdit*>(QStringLiteral("backendUrlEdit"));
        auto* token = settings->findChild<QLineEdit*>(QStringLiteral("backendTokenEdit"));
        auto* result = settings->findChild<QLabel*>(QStringLiteral("backendResultLabel"));
        auto* test = settings->findChild<QPushButton*>(QStringLiteral("backendTestButton"));
        QVERIFY(address && token && result && test);
        // The token in use is never shown: the field is empty and masked.
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QVERIFY(token->text().isEmpty());
        QVERIFY(token->placeholderText().contains(QLatin1String("saved")));

        auto check = [&](const QString& where, const QString& withToken, const char* expected) {
            address->setText(where);
            token->setText(withToken);
            QTest::mouseClick(test, Qt::LeftButton);
            if (!QTest::qWaitFor([test] { return test->isEnabled(); }, kPatience))
                return false;
            return result->text().contains(QLatin1String(expected));
        };
        QVERIFY2(check(url(), QString::fromLatin1(m_server.readToken), "Connected"), qPrintable(result->text()));
        QVERIFY(result->text().contains(QLatin1String("6 period")));
        QVERIFY2(check(url(), QStringLiteral("sg_not_a_token"), "401"), qPrintable(result->text()));
        QVERIFY2(check(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("x"), "Cannot connect"),
            qPrintable(result->text()));
        // HTTPS to a server that speaks plain HTTP: one that answers at once, so that the handshake
        // fails at once. (The real backend reads a handshake as the start of a request; when its
        // random bytes hold a space early on, it waits for the rest until its own timeout, 15 s.)
        test::CannedServer plain([](const std::string&, const std::string&) { return test::CannedServer::http(400, "{}"); },
            false);
        QVERIFY2(check(QStringLiteral("https://127.0.0.1:%1").arg(plain.port()), QStringLiteral("x"), "TLS"),
            qPrintable(result->text()));
        QVERIFY2(check(QStringLiteral("ftp://somewhere"), QStringLiteral("x"), "not a backend address"),
            qPrintable(result->text()));
    }
};

QTEST_MAIN(TestScoresPage)
#include "TestScoresPage.moc"
