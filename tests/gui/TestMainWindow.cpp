#include "GuiTestSupport.h"
#include "core/Language.h"
#include "core/Registry.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/Screenshot.h"
#include "gui/accounts/FirstAdministratorDialog.h"
#include "gui/common/ListTable.h"
#include "gui/common/Page.h"
#include "gui/common/StateView.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/registry/SiteListModel.h"
#include "gui/registry/SitesPage.h"
#include "demo/DemoBuilder.h"
#include "storage/ListQueries.h"
#include "storage/PasswordHasher.h"
#include "storage/SortKey.h"

#include <QDialog>
#include <QFile>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        m_demoPath = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = ConsoleDatabase::open(m_demoPath);
        QVERIFY(db.ok());
        QVERIFY(DemoBuilder::build(**db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void visitsEveryPage()
    {
        auto db = ConsoleDatabase::open(m_demoPath);
        QVERIFY(db.ok());
        AppContext context{db->get(), Session::system(QStringLiteral("test"))};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList expected{QStringLiteral("dashboard"), QStringLiteral("sites"), QStringLiteral("requests"),
            QStringLiteral("inspections"), QStringLiteral("reviews"), QStringLiteral("tickets"), QStringLiteral("policies"),
            QStringLiteral("spotchecks"), QStringLiteral("scores"), QStringLiteral("annual"),
            QStringLiteral("audit"), QStringLiteral("settings")};
        QStringList ids;
        for (Page* p : window.pages())
            ids << p->pageId();
        QCOMPARE(ids, expected);

        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        QVERIFY(nav);
        for (int i = 0; i < nav->count(); ++i) {
            nav->setCurrentRow(i);
            QCOMPARE(window.currentPage()->pageId(), expected.at(i));
            QTRY_VERIFY(!window.isBusy());
            QVERIFY(window.windowTitle().contains(window.currentPage()->title()));
        }
        // Every page fits a 1024-pixel-wide screen: the window can be made that narrow.
        QStringList widths;
        for (Page* p : window.pages())
            widths << QStringLiteral("%1 %2").arg(p->pageId()).arg(p->minimumSizeHint().width());
        QVERIFY2(window.minimumSizeHint().width() <= 1024,
            qPrintable(QStringLiteral("window %1; ").arg(window.minimumSizeHint().width()) + widths.join(QStringLiteral(", "))));

        // Ctrl+2 goes to the second page from the keyboard.
        nav->setCurrentRow(0);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("sites"));
    }

    void dashboardFiguresOpenTheirList()
    {
        auto db = ConsoleDatabase::open(m_demoPath);
        QVERIFY(db.ok());
        AppContext context{db->get(), Session::system(QStringLiteral("test"))};
        MainWindow window(context);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_VERIFY(!window.isBusy());
        auto* operating = window.findChild<FigureCard*>(QStringLiteral("figureOperating"));
        QVERIFY(operating);
        QTRY_VERIFY(operating->value() != QStringLiteral("–"));
        const int shown = QLocale().toInt(operating->value());
        QVERIFY(shown > 0);

        QTest::mouseClick(operating, Qt::LeftButton);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("sites"));
        auto* sites = qobject_cast<SitesPage*>(window.currentPage());
        QVERIFY(sites);
        QCOMPARE(sites->model()->filter().status, QStringLiteral("operating"));
        QTRY_COMPARE(sites->model()->totalCount(), qint64(shown));
        sites->model()->fetchAllForTests();
        QCOMPARE(sites->model()->rowCount(), shown);

        // The keyboard reaches the cards too.
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto* flagged = window.findChild<FigureCard*>(QStringLiteral("figureFlagged"));
        flagged->setFocus();
        QTest::keyClick(flagged, Qt::Key_Return);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("sites"));
        // The sites due for migration or closure, and only those (docs/design/glossary.md).
        QCOMPARE(sites->model()->filter().flags, int(FlagConsolidationDue));
    }

    void sitesSearchFindsChineseTextAndSorts()
    {
        auto db = ConsoleDatabase::open(m_demoPath);
        QVERIFY(db.ok());
        AppContext context{db->get(), Session::system(QStringLiteral("test"))};
        MainWindow window(context);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("sites")));
        auto* sites = qobject_cast<SitesPage*>(window.currentPage());
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("siteSearchEdit"));
        QVERIFY(search);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QTableView*>(QStringLiteral("siteTable"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        test::commitText(search, QStringLiteral("晋江"));
        QTRY_VERIFY(!sites->model()->isLoading() && sites->model()->filter().text == QStringLiteral("晋江"));
        QTRY_VERIFY(sites->model()->rowCount() > 0);
        for (int r = 0; r < sites->model()->rowCount(); ++r) {
            const QString name = sites->model()->index(r, SiteListQuery::Name).data().toString();
            const QString unit = sites->model()->index(r, SiteListQuery::HostUnit).data().toString();
            QVERIFY2(name.contains(QStringLiteral("晋江")) || unit.contains(QStringLiteral("晋江")), qPrintable(name));
        }
        // Sorting by name descending is done in SQL, in pinyin order (the names' sort keys).
        search->clear();
        sites->model()->sort(SiteListQuery::Name, Qt::DescendingOrder);
        QTRY_VERIFY(!sites->model()->isLoading() && sites->model()->rowCount() > 1);
        const QString first = sites->model()->raw(0, SiteListQuery::Name).toString();
        const QString second = sites->model()->raw(1, SiteListQuery::Name).toString();
        QVERIFY2(SortKey::of(first) >= SortKey::of(second), qPrintable(first + u' ' + second));

        // Nothing matches: the empty state says so and offers to clear the filters.
        test::commitText(search, QStringLiteral("没有这样的网站"));
        auto* state = sites->findChild<StateView*>(QStringLiteral("siteTableState"));
        QVERIFY(state);
        QTRY_COMPARE(state->state(), StateView::State::Empty);
        search->clear();
        QTRY_COMPARE(state->state(), StateView::State::Content);
    }

    void listsCopyTheSelectedRowsWithTheirHeaders()
    {
        auto db = ConsoleDatabase::open(m_demoPath);
        QVERIFY(db.ok());
        AppContext context{db->get(), Session::system(QStringLiteral("test"))};
        MainWindow window(context);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showPage(QStringLiteral("sites")));
        auto* sites = qobject_cast<SitesPage*>(window.currentPage());
        QTRY_VERIFY(!sites->model()->isLoading() && sites->model()->rowCount() > 3);
        auto* table = window.findChild<QTableView*>(QStringLiteral("siteTable"));
        QVERIFY(table);
        // A row chosen with the mouse, then Ctrl+C: the row under the column headers, as Excel and
        // WPS paste it into cells.
        table->setFocus();
        const QRect third = table->visualRect(sites->model()->index(3, SiteListQuery::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, third.center());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->currentIndex().row(), 3);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList header = lines.at(0).split(u'\t');
        QCOMPARE(header.size(), sites->model()->columnCount());
        QCOMPARE(header.at(SiteListQuery::Code), sites->model()->headerData(SiteListQuery::Code, Qt::Horizontal).toString());
        QCOMPARE(header.at(SiteListQuery::Name), sites->model()->headerData(SiteListQuery::Name, Qt::Horizontal).toString());
        const QStringList cells = lines.at(1).split(u'\t');
        QCOMPARE(cells.size(), header.size());
        QCOMPARE(cells.at(SiteListQuery::Code), sites->model()->index(3, SiteListQuery::Code).data().toString());
        QCOMPARE(cells.at(SiteListQuery::Name), sites->model()->index(3, SiteListQuery::Name).data().toString());
        // The list table's own text for several rows: every selected row in the list's order.
        auto* list = table->findChild<ListTable*>();
        QVERIFY(list);
        table->setSelectionMode(QAbstractItemView::MultiSelection);
        table->selectionModel()->select(sites->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList several = list->selectedRowsText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(several.size(), 3);
        QVERIFY(several.at(1).startsWith(sites->model()->index(1, 0).data().toString() + u'\t'));
        QVERIFY(several.at(2).startsWith(sites->model()->index(3, 0).data().toString() + u'\t'));
    }

    void emptyDatabaseShowsEmptyStates()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        AppContext context{db.get(), Session::system(QStringLiteral("test"))};
        MainWindow window(context);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_VERIFY(!window.isBusy());
        auto* state = window.currentPage()->findChild<StateView*>();
        QTRY_COMPARE(state->state(), StateView::State::Empty);
        QVERIFY(window.showPage(QStringLiteral("sites")));
        auto* sitesState = window.currentPage()->findChild<StateView*>(QStringLiteral("siteTableState"));
        QTRY_COMPARE(sitesState->state(), StateView::State::Empty);
    }

    void languageSwitchRebuildsTheWindow()
    {
        auto db = ConsoleDatabase::open(m_demoPath);
        QVERIFY(db.ok());
        AppController controller(std::move(db).value(), Session::system(QStringLiteral("test")));
        controller.window()->show();
        controller.window()->showPage(QStringLiteral("settings"));
        QVERIFY(controller.window()->windowTitle().contains(QLatin1String("Settings")));
        auto* combo = controller.window()->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
        QTRY_VERIFY(controller.window() && controller.window()->windowTitle().contains(QStringLiteral("设置")));
        QCOMPARE(controller.window()->currentPage()->pageId(), QStringLiteral("settings"));
        controller.setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(controller.window()->windowTitle().contains(QLatin1String("Settings")));
    }

    void switchingDatabaseKeepsTheOldOneOnFailure()
    {
        auto db = ConsoleDatabase::open(m_demoPath);
        QVERIFY(db.ok());
        AppController controller(std::move(db).value(), Session::system(QStringLiteral("test")));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.db"));
        // A new database has no accounts: the first-administrator form comes up, and is filled in.
        const auto firstAdministrator = test::answerNext<FirstAdministratorDialog>([](FirstAdministratorDialog* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("unitNameEdit"))->setText(QStringLiteral("福建省人民政府办公厅"));
            dialog->findChild<QLineEdit*>(QStringLiteral("divisionEdit"))->setText(QStringLiteral("350000"));
            dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("root"));
            dialog->findChild<QLineEdit*>(QStringLiteral("fullNameEdit"))->setText(QStringLiteral("系统管理员"));
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("correct horse"));
            dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit"))->setText(QStringLiteral("correct horse"));
            dialog->accept();
        });
        QVERIFY(controller.switchDatabase(fresh, true));
        QVERIFY(firstAdministrator->answered());
        QTRY_COMPARE(controller.database()->path(), fresh);
        QVERIFY(controller.window());
        QCOMPARE(controller.session().username, QStringLiteral("root"));
        QVERIFY(controller.session().has(Role::Administrator));

        // A database that cannot be opened leaves everything as it was.
        const QString bad = dir.filePath(QStringLiteral("bad.db"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const auto refused = test::answerMessageBox(MessageBox::Ok);
        QVERIFY(!controller.switchDatabase(bad, false));
        QVERIFY(refused.came());
        QCOMPARE(refused.asked().icon, MessageBox::Icon::Warning);
        QCOMPARE(controller.database()->path(), fresh);
    }

    void screenshotOfTheWindow()
    {
        auto db = ConsoleDatabase::open(m_demoPath);
        QVERIFY(db.ok());
        AppContext context{db->get(), Session::system(QStringLiteral("test"))};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        window.showPage(QStringLiteral("dashboard"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shot.png"));
        QVERIFY(captureWindow(&window, file).ok());
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1366, 768));
    }

    void screenshotCommandLine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cli.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SITEGOV_PASSWORD"), QString::fromLatin1(DemoBuilder::kPassword));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SITEGOV_APP_PATH),
            {QStringLiteral("--database"), m_demoPath, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("--page"), QStringLiteral("sites"), QStringLiteral("--size"), QStringLiteral("1366x768"),
                QStringLiteral("--screenshot"), file});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QImage(file).size(), QSize(1366, 768));

        p.start(QStringLiteral(SITEGOV_APP_PATH),
            {QStringLiteral("--database"), m_demoPath, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("--page"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"), file});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("nowhere")));

        p.start(QStringLiteral(SITEGOV_APP_PATH), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).startsWith(QLatin1String("sitegov ")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
