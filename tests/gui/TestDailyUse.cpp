#include "GuiTestSupport.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "demo/DemoBuilder.h"
#include "gui/MainWindow.h"
#include "gui/common/ConsoleStyle.h"
#include "gui/common/ListTable.h"
#include "gui/common/Page.h"
#include "gui/common/QueryTableModel.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/inspections/InspectionForm.h"
#include "gui/inspections/InspectionModels.h"
#include "gui/inspections/InspectionsPage.h"
#include "gui/probe/VetoRiskDialog.h"
#include "gui/registry/ImportDialog.h"
#include "gui/registry/SiteListModel.h"
#include "gui/registry/SitesPage.h"
#include "gui/requests/DecisionDialog.h"
#include "gui/requests/RequestDetailPanel.h"
#include "gui/requests/RequestDialog.h"
#include "gui/spotchecks/SpotCheckListModel.h"
#include "gui/spotchecks/SpotChecksPage.h"
#include "storage/AccountService.h"
#include "storage/PasswordHasher.h"
#include "storage/TableReader.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// The daily work of issue 14 items 10 to 16, driven through real widgets: every card's figure is its
// list's row count, each account opens on its jurisdiction, the keyboard reaches the work, lists copy,
// export and print as Excel and WPS users expect, people are shown by name, the request form fits a
// small screen and says what it needs, the dashboard reflows on a narrow window.
class TestDailyUse final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Session login(const QString& user)
    {
        const auto s = AccountService(m_db->connection()).authenticate(user, QString::fromLatin1(DemoBuilder::kPassword));
        return s ? *s : Session{};
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The lazy model behind the list the current page shows.
    static QueryTableModel* shownModel(MainWindow& window)
    {
        ListTable* list = window.currentPage() ? window.currentPage()->shownList() : nullptr;
        if (!list)
            return nullptr;
        QAbstractItemModel* model = list->table()->model();
        while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
            model = proxy->sourceModel();
        return qobject_cast<QueryTableModel*>(model);
    }

    static void showActive(QWidget* window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC));
        auto db = ConsoleDatabase::open(m_dir.filePath(QStringLiteral("demo.db")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(DemoBuilder::build(*m_db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    // Item 10: each card's figure equals the row count of the list it opens, for the province's
    // director and for a city approver (whose cards and lists are the city's).
    void cardsEqualTheirLists_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("director") << QStringLiteral("director");
        QTest::newRow("city approver") << QStringLiteral("approver-fuzhou");
    }

    void cardsEqualTheirLists()
    {
        QFETCH(QString, user);
        AppContext context{m_db.get(), login(user)};
        QVERIFY(context.session.accountId != 0);
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        const char* cards[] = {"figureOperating", "figureFlagged", "figureRectifications", "figureOverdue", "figureRequests",
            "figureReviews"};
        for (const char* name : cards) {
            QVERIFY(window.showPage(QStringLiteral("dashboard")));
            auto* card = window.findChild<FigureCard*>(QLatin1String(name));
            QVERIFY(card);
            QTRY_VERIFY_WITH_TIMEOUT(card->value() != QStringLiteral("–") && !window.currentPage()->isBusy(), 15000);
            bool ok = false;
            const int figure = QLocale().toInt(card->value(), &ok);
            QVERIFY2(ok, qPrintable(card->value()));
            card->setFocus();
            QTest::keyClick(card, Qt::Key_Return);
            QVERIFY(window.currentPage()->pageId() != u"dashboard");
            QueryTableModel* model = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((model = shownModel(window)) && !model->isLoading() && model->totalCount() >= 0, 15000);
            QVERIFY2(model->totalCount() == figure,
                qPrintable(QStringLiteral("%1: the card says %2, its list holds %3").arg(QLatin1String(name)).arg(figure).arg(model->totalCount())));
        }
    }

    // The numbers a card's line states ("12 of 240 running sites inspected today": 12, 240).
    static QList<qint64> numbersIn(const QString& text)
    {
        QList<qint64> out;
        const QRegularExpression number(QStringLiteral("\\d[\\d,]*"));
        for (auto it = number.globalMatch(text); it.hasNext();)
            out << it.next().captured().remove(u',').toLongLong();
        return out;
    }

    // Item 10, the other cards: coverage, consolidation, spot checks and veto risk state figures
    // whose lists hold as many rows (the score cards: TestScoresPage, which has a backend).
    void otherCardsEqualTheirLists_data() { cardsEqualTheirLists_data(); }

    void otherCardsEqualTheirLists()
    {
        QFETCH(QString, user);
        AppContext context{m_db.get(), login(user)};
        QVERIFY(context.session.accountId != 0);
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        auto open = [&window](const char* name) -> FigureCard* {
            if (!window.showPage(QStringLiteral("dashboard")))
                return nullptr;
            auto* card = window.findChild<FigureCard*>(QLatin1String(name));
            if (!card
                || !QTest::qWaitFor(
                    [&] { return !card->context().isEmpty() && !window.currentPage()->isBusy(); }, 15000))
                return nullptr;
            return card;
        };
        auto enter = [&window](FigureCard* card) {
            card->setFocus();
            QTest::keyClick(card, Qt::Key_Return);
        };
        auto shownTotal = [&window]() -> qint64 {
            QueryTableModel* model = nullptr;
            if (!QTest::qWaitFor(
                    [&] { return (model = shownModel(window)) && !model->isLoading() && model->totalCount() >= 0; },
                    15000))
                return -1;
            return model->totalCount();
        };

        // Inspected today: the sites not inspected today are the running sites less those inspected.
        FigureCard* coverage = open("figureCoverageToday");
        QVERIFY(coverage);
        const QList<qint64> inspected = numbersIn(coverage->context());
        QCOMPARE(inspected.size(), 2);
        enter(coverage);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("inspections"));
        QCOMPARE(shownTotal(), inspected.at(1) - inspected.at(0));

        // On the unified platform: the consolidation table's totals.
        FigureCard* consolidation = open("figureConsolidation");
        QVERIFY(consolidation);
        const QList<qint64> unified = numbersIn(consolidation->context());
        QCOMPARE(unified.size(), 2);
        enter(consolidation);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("sites"));
        ListTable* table = window.currentPage()->shownList();
        QVERIFY(table);
        QTRY_VERIFY(table->table()->model()->rowCount() > 0);
        qint64 open_ = 0, onPlatform = 0;
        for (int r = 0; r < table->table()->model()->rowCount(); ++r) {
            open_ += table->table()->model()->index(r, 2).data().toLongLong();
            onPlatform += table->table()->model()->index(r, 3).data().toLongLong();
        }
        QCOMPARE(onPlatform, unified.at(0));
        QCOMPARE(open_, unified.at(1));

        // Spot checks this month: the planned sites of the jurisdiction's plans, those assessed and
        // those failing, each a filter of the list it opens (none without a plan: "–").
        FigureCard* spot = open("figureSpotChecks");
        QVERIFY(spot);
        const QList<qint64> planned
            = spot->value() == QStringLiteral("–") ? QList<qint64>{0, 0, 0} : numbersIn(spot->context());
        QVERIFY2(planned.size() >= 3, qPrintable(spot->context()));
        enter(spot);
        auto* spotPage = qobject_cast<SpotChecksPage*>(window.currentPage());
        QVERIFY(spotPage);
        auto spotTotal = [spotPage]() -> qint64 {
            SpotCheckListModel* m = spotPage->model();
            if (!QTest::qWaitFor([m] { return !m->isLoading() && m->totalCount() >= 0; }, 15000))
                return -1;
            return m->totalCount();
        };
        QCOMPARE(spotTotal(), planned.at(0));
        auto* status = spotPage->findChild<QComboBox*>(QStringLiteral("spotCheckStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("confirmed")));
        QCOMPARE(spotTotal(), planned.at(1));
        status->setCurrentIndex(status->findData(QStringLiteral("failing")));
        QCOMPARE(spotTotal(), planned.at(2));

        // Veto risk: the sites its list names.
        FigureCard* veto = open("figureVetoRisk");
        QVERIFY(veto);
        const int risky = QLocale().toInt(veto->value());
        const auto risks = test::answerNext<VetoRiskDialog>([risky](VetoRiskDialog* dialog) {
            QCOMPARE(dialog->table()->rowCount(), risky);
            dialog->reject();
        });
        enter(veto);
        QVERIFY(risks->answered());
    }

    // Item 11: a city approver's Sites page opens on the city; an inspector's dashboard counts the
    // inspector's own sites.
    void eachAccountOpensOnItsJurisdiction()
    {
        AppContext context{m_db.get(), login(QStringLiteral("approver-fuzhou"))};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("sites")));
        auto* sites = qobject_cast<SitesPage*>(window.currentPage());
        QTRY_VERIFY(!sites->model()->isLoading() && sites->model()->totalCount() >= 0);
        const qint64 city = scalar(QStringLiteral("SELECT count(*) FROM sites WHERE host_org_id IN (SELECT org_id FROM "
                                                  "org_ancestors WHERE ancestor_id = ?)"),
            {context.session.orgId});
        QVERIFY(city > 0 && city < scalar(QStringLiteral("SELECT count(*) FROM sites")));
        QCOMPARE(sites->model()->totalCount(), city);
        // The whole province is one choice away.
        auto* cityFilter = window.findChild<QComboBox*>(QStringLiteral("siteCityFilter"));
        cityFilter->setCurrentIndex(cityFilter->findData(qint64(0)));
        QTRY_COMPARE(sites->model()->totalCount(), scalar(QStringLiteral("SELECT count(*) FROM sites")));

        AppContext inspector{m_db.get(), login(QStringLiteral("inspector"))};
        MainWindow own(inspector);
        own.show();
        QVERIFY(own.showPage(QStringLiteral("dashboard")));
        auto* coverage = own.findChild<FigureCard*>(QStringLiteral("figureCoverageToday"));
        QTRY_VERIFY_WITH_TIMEOUT(coverage->value() != QStringLiteral("–") && !own.currentPage()->isBusy(), 15000);
        QString texts;
        for (const QLabel* l : coverage->findChildren<QLabel*>())
            texts += l->text() + u'\n';
        QVERIFY2(texts.contains(QLatin1String("you take care of")), qPrintable(texts));
    }

    // Item 12: after login the inspector's keys act on the checklist at once; Enter in a search goes
    // to the list; Ctrl+F reaches the search on every tab; the Go menu's numbers do not depend on
    // the role.
    void keyboardReachesTheWork()
    {
        AppContext context{m_db.get(), login(QStringLiteral("inspector"))};
        MainWindow window(context);
        window.resize(1366, 768);
        showActive(&window);
        QVERIFY(window.showPage(MainWindow::landingPage(context.session)));
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        QVERIFY(page);
        QTableWidget* items = page->form()->items();
        QTRY_VERIFY_WITH_TIMEOUT(items->hasFocus(), 15000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
        QCOMPARE(page->form()->decided(), 1);
        page->form()->clear();

        for (int tab : {InspectionsPage::Rectifications, InspectionsPage::Records, InspectionsPage::Today}) {
            page->tabs()->setCurrentIndex(tab);
            QTRY_VERIFY_WITH_TIMEOUT(shownModel(window) && !shownModel(window)->isLoading(), 15000);
            QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
            auto* search = qobject_cast<QLineEdit*>(QApplication::focusWidget());
            QVERIFY2(search && search->isVisible(), qPrintable(QString::number(tab)));
            QTest::keyClick(search, Qt::Key_Return);
            QVERIFY2(qobject_cast<QTableView*>(QApplication::focusWidget()),
                qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(QLatin1String(
                    QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none"))));
        }

        auto shortcuts = [this](const QString& user) {
            AppContext c{m_db.get(), login(user)};
            MainWindow w(c);
            QHash<QString, QString> out;
            for (QMenu* menu : w.menuBar()->findChildren<QMenu*>()) {
                if (menu->objectName() != u"menuGo")
                    continue;
                for (QAction* a : menu->actions()) {
                    // A page's name, without the count it may show ("Requests  (3)").
                    out.insert(a->text().remove(QRegularExpression(QStringLiteral("\\s+\\(\\d+\\)$"))), a->shortcut().toString());
                }
            }
            return out;
        };
        const auto admin = shortcuts(QStringLiteral("admin"));
        const auto inspector = shortcuts(QStringLiteral("inspector"));
        QVERIFY(!inspector.isEmpty());
        for (auto it = inspector.cbegin(); it != inspector.cend(); ++it)
            QVERIFY2(admin.value(it.key()) == it.value(), qPrintable(QStringLiteral("%1: %2, for an administrator %3").arg(it.key(), it.value(), admin.value(it.key()))));
    }

    // Item 13: several rows selected and copied with their headers; the list exported as shown;
    // Ctrl+P prints (a preview), not exports.
    void tablesBehaveLikeASpreadsheet()
    {
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(1366, 768);
        showActive(&window);
        QVERIFY(window.showPage(QStringLiteral("sites"), {{QStringLiteral("status"), QStringLiteral("closed")}}));
        auto* sites = qobject_cast<SitesPage*>(window.currentPage());
        QTRY_VERIFY(!sites->model()->isLoading() && sites->model()->rowCount() > 3);
        ListTable* list = sites->shownList();
        QTableView* table = list->table();
        QCOMPARE(table->selectionMode(), QAbstractItemView::ExtendedSelection);
        table->setFocus();
        list->selectOnly(0);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QStringLiteral("\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the header and three rows
        QCOMPARE(lines.first().split(u'\t'), list->shownHeader());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("closed.xlsx"));
        TableWriteOptions options;
        options.format = TableWriteOptions::Format::Xlsx;
        const auto written = list->writeTo(file, options, &window);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().fullText()));
        QCOMPARE(qint64(*written), sites->model()->totalCount());
        const auto data = TableReader::read(file);
        QVERIFY(data.ok());
        QCOMPARE(qint64(data->rows.size()), sites->model()->totalCount());
        QCOMPARE(data->header, list->shownHeader());

        const auto preview = test::answerNext<QPrintPreviewDialog>([](QPrintPreviewDialog* d) { d->reject(); });
        QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(preview->answered());
    }

    // Item 12: the keyboard's place can be seen. With the console's style (as main() sets it), a list
    // that has the focus is framed in the highlight colour, and loses the frame with the focus; so is
    // a dashboard card the keyboard is on.
    void focusCanBeSeen()
    {
        const QString before = QApplication::style()->name();
        QApplication::setStyle(new ConsoleStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(1366, 768);
        showActive(&window);
        // The share of a widget's outermost two rings of pixels drawn in the highlight colour.
        auto framed = [](QWidget* w) {
            const QImage image = w->grab().toImage();
            const QColor highlight = w->palette().color(QPalette::Active, QPalette::Highlight);
            int hits = 0, all = 0;
            for (int x = 0; x < image.width(); ++x) {
                for (int y : {0, 1, 2, image.height() - 3, image.height() - 2, image.height() - 1}) {
                    ++all;
                    hits += QColor(image.pixel(x, y)) == highlight ? 1 : 0;
                }
            }
            return double(hits) / all;
        };
        QVERIFY(window.showPage(QStringLiteral("requests"), {{QStringLiteral("scope"), QStringLiteral("all")}}));
        ListTable* list = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((list = window.currentPage()->shownList()) && list->table()->isVisible(), 15000);
        QTableView* table = list->table();
        auto* search = window.currentPage()->findChild<QLineEdit*>();
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        const double without = framed(table);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        const double with = framed(table);
        QVERIFY2(with > 0.25 && without < 0.05,
            qPrintable(QStringLiteral("%1 with the focus, %2 without").arg(with).arg(without)));

        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto* card = window.findChild<FigureCard*>(QStringLiteral("figureOperating"));
        QVERIFY(card);
        QTRY_VERIFY_WITH_TIMEOUT(card->value() != QStringLiteral("–"), 15000);
        auto* other = window.findChild<FigureCard*>(QStringLiteral("figureRequests"));
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        const double cardWithout = framed(card);
        card->setFocus();
        QTRY_VERIFY(card->hasFocus());
        const double cardWith = framed(card);
        QApplication::setStyle(QStyleFactory::create(before));
        QVERIFY2(cardWith > 0.25 && cardWithout < 0.05,
            qPrintable(QStringLiteral("%1 with the focus, %2 without").arg(cardWith).arg(cardWithout)));
    }

    // Items 12 and 13 on every list: Ctrl+F reaches the list's search (Enter then goes to the list),
    // and the list exports to CSV and XLSX what it shows: its rows, its headers, its cells as shown.
    void everyListSearchesAndExports_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QVariantMap>("arguments");
        QTest::newRow("sites") << QStringLiteral("director") << QStringLiteral("sites") << QVariantMap{};
        QTest::newRow("people") << QStringLiteral("director") << QStringLiteral("sites")
                                << QVariantMap{{QStringLiteral("tab"), QStringLiteral("people")}};
        QTest::newRow("rectifications") << QStringLiteral("director") << QStringLiteral("inspections")
                                        << QVariantMap{{QStringLiteral("tab"), QStringLiteral("rectifications")},
                                               {QStringLiteral("status"), QStringLiteral("unresolved")}};
        QTest::newRow("inspections") << QStringLiteral("director") << QStringLiteral("inspections")
                                     << QVariantMap{{QStringLiteral("tab"), QStringLiteral("records")}};
        QTest::newRow("requests") << QStringLiteral("director") << QStringLiteral("requests")
                                  << QVariantMap{{QStringLiteral("scope"), QStringLiteral("all")}};
        QTest::newRow("reviews") << QStringLiteral("director") << QStringLiteral("reviews") << QVariantMap{};
        QTest::newRow("spot checks") << QStringLiteral("director") << QStringLiteral("spotchecks") << QVariantMap{};
        QTest::newRow("audit") << QStringLiteral("admin") << QStringLiteral("audit") << QVariantMap{};
    }

    void everyListSearchesAndExports()
    {
        QFETCH(QString, user);
        QFETCH(QString, page);
        QFETCH(QVariantMap, arguments);
        AppContext context{m_db.get(), login(user)};
        QVERIFY(context.session.accountId != 0);
        MainWindow window(context);
        window.resize(1366, 768);
        showActive(&window);
        QVERIFY(window.showPage(page, arguments));
        QueryTableModel* model = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((model = shownModel(window)) && !model->isLoading() && model->totalCount() > 0, 15000);
        ListTable* list = window.currentPage()->shownList();
        QVERIFY(list);

        // Ctrl+F: the search of this list, on this page.
        list->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto* search = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY2(search && search->isVisible() && window.currentPage()->isAncestorOf(search),
            qPrintable(QLatin1String(
                QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none")));
        QCOMPARE(window.currentPage()->shownList(), list);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(list->table()));

        // Exported as shown, to both formats.
        QTemporaryDir dir;
        for (const auto format : {TableWriteOptions::Format::Csv, TableWriteOptions::Format::Xlsx}) {
            const QString file = dir.filePath(
                format == TableWriteOptions::Format::Csv ? QStringLiteral("list.csv") : QStringLiteral("list.xlsx"));
            TableWriteOptions options;
            options.format = format;
            const auto written = list->writeTo(file, options, &window);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().fullText()));
            QCOMPARE(qint64(*written), model->totalCount());
            const auto data = TableReader::read(file);
            QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().fullText()));
            QCOMPARE(qint64(data->rows.size()), model->totalCount());
            QCOMPARE(data->header, list->shownHeader());
            for (int row : {0, int(data->rows.size()) - 1})
                QCOMPARE(data->rows.at(row).cells, list->shownRow(row));
        }
    }

    // Item 14: inspections are listed by the inspector's name, the login name in the tooltip.
    void peopleByName()
    {
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("inspections"), {{QStringLiteral("tab"), QStringLiteral("records")}}));
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        InspectionListModel* records = page->recordsModel();
        QTRY_VERIFY(!records->isLoading() && records->rowCount() > 0);
        records->fetchAllForTests();
        // A row an account logged (others name someone who inspects without an account).
        int row = -1;
        Account account;
        for (int r = 0; r < records->rowCount() && row < 0; ++r) {
            if (const auto a = AccountService(m_db->connection()).byUsername(records->raw(r, InspectionListQuery::Inspector).toString())) {
                row = r;
                account = *a;
            }
        }
        QVERIFY(row >= 0 && !account.displayName.isEmpty());
        QCOMPARE(records->index(row, InspectionListQuery::Inspector).data().toString(), account.displayName);
        QVERIFY(records->index(row, InspectionListQuery::Inspector).data(Qt::ToolTipRole).toString().contains(account.username));
    }

    // Item 15: the request form fits a 768-pixel-high screen, chooses no type for the user, marks
    // what is required and shows each error beside its field; an approver is told why they file none.
    void requestFormFitsAndSaysWhatItNeeds()
    {
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(1024, 768);
        showActive(&window);
        QVERIFY(window.showPage(QStringLiteral("requests")));
        const auto filing = test::answerNext<RequestDialog>([](RequestDialog* dialog) {
            QVERIFY2(dialog->height() <= 700, qPrintable(QString::number(dialog->height())));
            auto* type = dialog->findChild<QComboBox*>(QStringLiteral("typeCombo"));
            QCOMPARE(type->currentIndex(), -1);
            QVERIFY(dialog->findChildren<QLabel*>(QStringLiteral("requiredMark")).size() >= 4);
            type->setCurrentIndex(type->findData(QStringLiteral("close")));
            auto* site = dialog->findChild<QLabel*>(QStringLiteral("siteMessage"));
            QVERIFY(site && site->isVisible());
            QVERIFY2(site->text().contains(QLatin1String("Choose the site")), qPrintable(site->text()));
            // Said once, beside its field, not again on the form's general line.
            QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("findingsLabel"))->text().contains(QLatin1String("Choose the site")));
            auto discard = test::answerMessageBox(MessageBox::Discard); // a type was chosen: a change
            QTest::keyClick(dialog, Qt::Key_Escape);
            QVERIFY(discard.came());
        });
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("newRequestButton")), Qt::LeftButton);
        QVERIFY(filing->answered());

        AppContext approver{m_db.get(), login(QStringLiteral("approver-fuzhou"))};
        MainWindow other(approver);
        other.show();
        QVERIFY(other.showPage(QStringLiteral("requests")));
        auto* button = other.findChild<QPushButton*>(QStringLiteral("newRequestButton"));
        QVERIFY(button && button->isVisible());
        auto told = test::answerMessageBox(MessageBox::Ok);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(told.came());
        QVERIFY2(told.asked().text.contains(QLatin1String("files no requests")), qPrintable(told.asked().text));
    }

    // Item 15: the opinion of the step before is read without scrolling where it is needed: at the top
    // of the decision of the next step, and of the form of a returned request, on a 1024×768 screen.
    void previousOpinionReadWithoutScrolling()
    {
        const qint64 inReview
            = scalar(QStringLiteral("SELECT id FROM requests WHERE state = 'in_review' AND current_step = 2"));
        QVERIFY(inReview > 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT comment FROM request_steps WHERE request_id = %1 AND position = 1")
                           .arg(inReview))
            && q.next());
        const QString reviewed = q.value(0).toString();
        QVERIFY(!reviewed.isEmpty());
        // Whole inside the dialog, and the dialog inside the screen.
        auto readable = [](QDialog* dialog, QLabel* label) {
            QVERIFY(label && label->isVisible());
            QVERIFY2(dialog->height() <= 768, qPrintable(QString::number(dialog->height())));
            const QRect inDialog(label->mapTo(dialog, QPoint(0, 0)), label->size());
            QVERIFY2(dialog->rect().contains(inDialog),
                qPrintable(QStringLiteral("%1,%2 %3x%4")
                               .arg(inDialog.x())
                               .arg(inDialog.y())
                               .arg(inDialog.width())
                               .arg(inDialog.height())));
            QVERIFY(label->visibleRegion().boundingRect() == label->rect());
        };
        {
            AppContext context{m_db.get(), login(QStringLiteral("approver"))};
            MainWindow window(context);
            window.resize(1024, 768);
            showActive(&window);
            QVERIFY(window.showPage(QStringLiteral("requests"),
                {{QStringLiteral("scope"), QStringLiteral("all")}, {QStringLiteral("request"), inReview}}));
            auto* detail = window.findChild<RequestDetailPanel*>(QStringLiteral("requestDetail"));
            QTRY_COMPARE_WITH_TIMEOUT(detail->requestId(), inReview, 15000);
            auto* approve = window.findChild<QPushButton*>(QStringLiteral("approveRequestButton"));
            QTRY_VERIFY_WITH_TIMEOUT(approve->isVisible() && approve->isEnabled(), 15000);
            const auto deciding = test::answerNext<DecisionDialog>([&](DecisionDialog* dialog) {
                auto* opinion = dialog->findChild<QLabel*>(QStringLiteral("decisionOpinion"));
                readable(dialog, opinion);
                QVERIFY2(opinion->text().contains(reviewed), qPrintable(opinion->text()));
                dialog->reject();
            });
            QTest::mouseClick(approve, Qt::LeftButton);
            QVERIFY(deciding->answered());
        }

        const qint64 returned = scalar(QStringLiteral("SELECT id FROM requests WHERE state = 'returned'"));
        QVERIFY(returned > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT s.comment, a.username FROM request_steps s JOIN requests r ON r.id = "
                                      "s.request_id JOIN accounts a ON a.id = r.filed_by WHERE s.request_id = %1 AND "
                                      "s.decision = 'returned'")
                           .arg(returned))
            && q.next());
        const QString why = q.value(0).toString();
        const QString filer = q.value(1).toString();
        QVERIFY(!why.isEmpty());
        AppContext context{m_db.get(), login(filer)};
        QVERIFY(context.session.accountId != 0);
        MainWindow window(context);
        window.resize(1024, 768);
        showActive(&window);
        QVERIFY(window.showPage(QStringLiteral("requests"),
            {{QStringLiteral("scope"), QStringLiteral("all")}, {QStringLiteral("request"), returned}}));
        auto* detail = window.findChild<RequestDetailPanel*>(QStringLiteral("requestDetail"));
        QTRY_COMPARE_WITH_TIMEOUT(detail->requestId(), returned, 15000);
        auto* edit = window.findChild<QPushButton*>(QStringLiteral("editRequestButton"));
        QTRY_VERIFY_WITH_TIMEOUT(edit->isVisible() && edit->isEnabled(), 15000);
        const auto editing = test::answerNext<RequestDialog>([&](RequestDialog* dialog) {
            auto* opinion = dialog->findChild<QLabel*>(QStringLiteral("requestOpinion"));
            readable(dialog, opinion);
            QVERIFY2(opinion->text().contains(why), qPrintable(opinion->text()));
            dialog->reject();
        });
        QTest::mouseClick(edit, Qt::LeftButton);
        QVERIFY(editing->answered());
    }

    // Item 16: at 800 pixels wide the dashboard's cards reflow instead of scrolling sideways; the
    // import dialog's labels are labels of their fields (no literal "&").
    void smallScreens()
    {
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(800, 600);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_VERIFY(!window.currentPage()->isBusy());
        auto* scroll = window.currentPage()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
            qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
        // Every card whole on screen, side by side or below each other.
        for (const FigureCard* card : window.currentPage()->findChildren<FigureCard*>())
            QVERIFY(card->geometry().right() <= scroll->viewport()->width());

        ImportDialog dialog(context, ExchangeKind::Sites, nullptr);
        dialog.show();
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->textFormat() != Qt::RichText && label->text().contains(u'&') && label->isVisible())
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
    }
};

QTEST_MAIN(TestDailyUse)
#include "TestDailyUse.moc"
