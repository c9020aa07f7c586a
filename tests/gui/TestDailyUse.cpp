#include "GuiTestSupport.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "gui/MainWindow.h"
#include "gui/common/ListTable.h"
#include "gui/common/Page.h"
#include "gui/common/QueryTableModel.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/inspections/InspectionForm.h"
#include "gui/inspections/InspectionModels.h"
#include "gui/inspections/InspectionsPage.h"
#include "gui/registry/ImportDialog.h"
#include "gui/registry/SiteListModel.h"
#include "gui/registry/SitesPage.h"
#include "gui/requests/RequestDialog.h"
#include "demo/DemoBuilder.h"
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
