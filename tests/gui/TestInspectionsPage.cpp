#include "GuiTestSupport.h"
#include "core/Inspection.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/inspections/ChecklistDialog.h"
#include "gui/inspections/CoverageCalendar.h"
#include "gui/inspections/InspectionForm.h"
#include "gui/inspections/InspectionModels.h"
#include "gui/inspections/InspectionsPage.h"
#include "storage/AccountService.h"
#include "storage/ChecklistService.h"
#include "demo/DemoBuilder.h"
#include "storage/InspectionQueries.h"
#include "storage/PasswordHasher.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// The Inspections page as an inspector drives it: three sites logged with the keyboard only, one
// with a failed item; the rectification item appears on the page and on the dashboard.
class TestInspectionsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static bool waitLoaded(QueryTableModel* model)
    {
        return QTest::qWaitFor([model] { return !model->isLoading() && model->totalCount() >= 0; }, 15000);
    }

    // Every site still to inspect is listed before every site done.
    static bool todoBeforeDone(TodayListModel* model)
    {
        bool doneSeen = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (doneSeen && !model->isDone(r))
                return false;
            doneSeen = doneSeen || model->isDone(r);
        }
        return true;
    }

    static void press(QWidget* w, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(w, key, modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        // Noon in Fuzhou on the demo's last day, whatever this machine's clock says.
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC));
        auto db = ConsoleDatabase::open(m_dir.filePath(QStringLiteral("demo.db")));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(DemoBuilder::build(*m_db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    void inspectorLogsThreeSitesWithTheKeyboard()
    {
        const auto session = AccountService(m_db->connection()).authenticate(QStringLiteral("inspector"),
            QString::fromLatin1(DemoBuilder::kPassword));
        QVERIFY(session.ok());
        AppContext context{m_db.get(), *session};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();

        // The dashboard's count of open rectification items before.
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto* card = window.findChild<FigureCard*>(QStringLiteral("figureRectifications"));
        QVERIFY(card);
        QTRY_VERIFY_WITH_TIMEOUT(card->value() != QStringLiteral("–") && !window.currentPage()->isBusy(), 15000);
        const int before = QLocale().toInt(card->value());
        QVERIFY(before > 0);

        QVERIFY(window.showPage(QStringLiteral("inspections")));
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        QVERIFY(page);
        QVERIFY(waitLoaded(page->todayModel()));
        const qint64 sitesToday = page->todayModel()->totalCount();
        QVERIFY2(sitesToday >= 20, "the inspector takes care of the province's own sites");
        const int pendingBefore = page->badge();
        QVERIFY(pendingBefore > 3 && pendingBefore <= sitesToday);
        const qint64 inspectedBefore = scalar(QStringLiteral("SELECT count(*) FROM inspections WHERE day = '2026-11-28' AND inspector = 'inspector'"));

        // A site with rectification items open whose checklist items now pass asks whether to mark
        // them re-checked: answer no (they stay open).
        std::optional<test::AnswerEveryMessageBox> answerer;
        answerer.emplace(MessageBox::No,
            [](const MessageBox::Message& m) { return m.title == QLatin1String("Re-check rectification items"); });
        const qint64 recheckedBefore = scalar(QStringLiteral("SELECT count(*) FROM rectifications WHERE status = 'rechecked'"));

        InspectionForm* form = page->form();
        QTableWidget* items = form->items();
        const int itemCount = items->rowCount();
        QCOMPARE(itemCount, 12);
        QCOMPARE(form->findChild<QPushButton*>(QStringLiteral("restPassedButton"))->text(), QStringLiteral("Mark rest &passed"));

        // Sites still to inspect come first, the ones done after.
        page->todayModel()->fetchAllForTests();
        QVERIFY(page->todayModel()->isDone(page->todayModel()->rowCount() - 1));
        QVERIFY(todoBeforeDone(page->todayModel()));

        // Enter on the list opens the form on the selected site (the first still to do).
        QTRY_VERIFY(page->currentSiteId() != 0);
        QVERIFY(!page->todayModel()->isDone(page->todayTable()->currentIndex().row()));
        page->todayTable()->setFocus();
        press(page->todayTable(), Qt::Key_Return);
        QTRY_VERIFY(items->hasFocus());

        // 1: every item passed, one key each, then Ctrl+Enter.
        const qint64 first = page->currentSiteId();
        for (int i = 0; i < itemCount; ++i)
            press(items, Qt::Key_P);
        QCOMPARE(form->decided(), itemCount);
        press(items, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(page->currentSiteId() != first && !page->todayModel()->isLoading(), 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT failed FROM inspections WHERE site_id = %1 AND day = '2026-11-28' AND inspector = 'inspector'").arg(first)), 0);

        // 2: the second item fails. Saving without a note is refused and nothing is stored.
        const qint64 second = page->currentSiteId();
        QTRY_VERIFY(items->hasFocus());
        QCOMPARE(form->decided(), 0);
        press(items, Qt::Key_P);
        press(items, Qt::Key_F);
        QCOMPARE(form->result(1), std::optional<ItemResult>(ItemResult::Fail));
        QTRY_VERIFY(QApplication::focusWidget() && qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        press(QApplication::focusWidget(), Qt::Key_Escape); // leaves the note empty
        QTRY_VERIFY(items->hasFocus());
        press(items, Qt::Key_P, Qt::AltModifier); // "Rest passed": the button's mnemonic clicks it
        QTRY_COMPARE(form->decided(), itemCount);
        QCOMPARE(form->result(1), std::optional<ItemResult>(ItemResult::Fail));
        press(items, Qt::Key_Return, Qt::ControlModifier);
        auto* problem = form->findChild<QLabel*>(QStringLiteral("inspectionProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("note"), Qt::CaseInsensitive), qPrintable(problem->text()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspections WHERE site_id = %1 AND day = '2026-11-28'").arg(second)), 0);
        QCOMPARE(page->currentSiteId(), second);
        // The note editor is open on the failed item: type the note as an input method does.
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        test::commitText(QApplication::focusWidget(), QStringLiteral("首页最新信息发布于三周前。"));
        press(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(items->hasFocus());
        QCOMPARE(items->item(1, 2)->text(), QStringLiteral("首页最新信息发布于三周前。"));
        press(items, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(page->currentSiteId() != second && !page->todayModel()->isLoading(), 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT failed FROM inspections WHERE site_id = %1 AND day = '2026-11-28' AND inspector = 'inspector'").arg(second)), 1);
        const qint64 rectification = scalar(QStringLiteral(
            "SELECT r.id FROM rectifications r JOIN inspections i ON i.id = r.inspection_id WHERE i.site_id = %1 AND i.day = "
            "'2026-11-28' AND r.item_key = 'homepage_updated' AND r.status = 'open' AND r.deadline = '2026-11-30'")
                                                   .arg(second));
        QVERIFY2(rectification > 0, "the failed item opens a rectification item due in two days");

        // 3: first item not applicable, the rest passed item by item.
        const qint64 third = page->currentSiteId();
        QTRY_VERIFY2(items->hasFocus(), QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
        press(items, Qt::Key_N);
        for (int i = 1; i < itemCount; ++i)
            press(items, Qt::Key_P);
        press(items, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(page->currentSiteId() != third && !page->todayModel()->isLoading(), 10000);

        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspections WHERE day = '2026-11-28' AND inspector = 'inspector'")),
            inspectedBefore + 3);
        QCOMPARE(page->badge(), pendingBefore - 3);
        // Answered no: nothing was re-checked.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rectifications WHERE status = 'rechecked'")), recheckedBefore);
        answerer.reset();
        QVERIFY(page->todayModel()->isDone(page->todayModel()->findRow(TodayListQuery::SiteIdColumn, first)));
        page->todayModel()->fetchAllForTests();
        QVERIFY(todoBeforeDone(page->todayModel()));

        // The Rectification tab lists the item (unresolved), not overdue.
        page->tabs()->setCurrentIndex(InspectionsPage::Rectifications);
        QVERIFY(waitLoaded(page->rectificationModel()));
        page->rectificationModel()->fetchAllForTests();
        const int row = page->rectificationModel()->findRow(RectificationListQuery::Id, rectification);
        QVERIFY(row >= 0);
        QVERIFY(!page->rectificationModel()->isOverdue(row));
        QVERIFY(page->rectificationModel()->findRow(RectificationListQuery::SiteIdColumn, second) >= 0);
        // Overdue items first, the longest overdue at the top, then the others by deadline; the
        // status column says how long overdue, in red, and there is no separate overdue column.
        RectificationListModel* rect = page->rectificationModel();
        QCOMPARE(rect->columnCount(), int(RectificationListQuery::Status) + 1);
        QVERIFY(rect->isOverdue(0));
        bool overdueSeen = true;
        for (int r = 0; r < rect->rowCount(); ++r) {
            QVERIFY2(!rect->isOverdue(r) || overdueSeen, "an overdue item after one that is not");
            overdueSeen = rect->isOverdue(r);
            if (r > 0 && rect->isOverdue(r) == rect->isOverdue(r - 1)) {
                QVERIFY(rect->raw(r - 1, RectificationListQuery::Deadline).toString()
                    <= rect->raw(r, RectificationListQuery::Deadline).toString());
            }
        }
        const QModelIndex status = rect->index(0, RectificationListQuery::Status);
        const int days = int(QDate::fromString(rect->raw(0, RectificationListQuery::Deadline).toString(), Qt::ISODate)
                                 .daysTo(QDate(2026, 11, 28)));
        QVERIFY(days > 0);
        QCOMPARE(status.data().toString(), QStringLiteral("Overdue %1 day%2").arg(days).arg(days == 1 ? QString() : QStringLiteral("s")));
        QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(rect->index(row, RectificationListQuery::Status).data().toString(), QStringLiteral("Open"));
        // The history pane takes about a third of the height, not half.
        auto* splitter = page->findChild<QSplitter*>(QStringLiteral("rectificationSplitter"));
        QVERIFY(splitter);
        QTRY_VERIFY(splitter->sizes().value(1) > 0);
        QVERIFY2(splitter->sizes().value(1) * 100 <= (splitter->sizes().value(0) + splitter->sizes().value(1)) * 35,
            qPrintable(QStringLiteral("%1 / %2").arg(splitter->sizes().value(0)).arg(splitter->sizes().value(1))));
        // The item's detail names who opened it by name, not by login.
        page->rectificationTable()->selectRow(row);
        auto* detail = page->findChild<QLabel*>(QStringLiteral("rectificationDetail"));
        QVERIFY(detail);
        QSqlQuery name(m_db->connection());
        QVERIFY(name.exec(QStringLiteral("SELECT display_name FROM accounts WHERE username = 'inspector'")) && name.next());
        QVERIFY(!name.value(0).toString().isEmpty() && name.value(0).toString() != QStringLiteral("inspector"));
        QTRY_VERIFY2(detail->text().contains(name.value(0).toString()), qPrintable(detail->text()));
        auto* events = page->findChild<QTreeWidget*>(QStringLiteral("rectificationEvents"));
        QVERIFY(events && events->topLevelItemCount() > 0);
        QCOMPARE(events->topLevelItem(0)->text(1), name.value(0).toString());

        // The dashboard's count follows: one more open item.
        QVERIFY(rectification > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rectifications WHERE status IN ('open', 'fixed')")), before + 1);
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_COMPARE_WITH_TIMEOUT(QLocale().toInt(card->value()), before + 1, 15000);
    }

    void coverageCalendarListsMissedSites()
    {
        const auto session = AccountService(m_db->connection()).authenticate(QStringLiteral("director"),
            QString::fromLatin1(DemoBuilder::kPassword));
        QVERIFY(session.ok());
        AppContext context{m_db.get(), *session};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("inspections"), {{QStringLiteral("tab"), QStringLiteral("coverage")}}));
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->calendar()->days().size() == 28 && !page->isBusy(), 15000);
        // Yesterday's figures match the database, and the missed list names the others.
        QTest::mouseClick(page->calendar(), Qt::LeftButton, {}, page->calendar()->cellRect(QDate(2026, 11, 27)).center());
        QCOMPARE(page->calendar()->selectedDay(), QDate(2026, 11, 27));
        DayCoverage day;
        for (const DayCoverage& d : page->calendar()->days()) {
            if (d.day == QDate(2026, 11, 27))
                day = d;
        }
        const qint64 running = scalar(QStringLiteral("SELECT count(*) FROM sites WHERE status IN ('operating', 'migrating')"));
        const qint64 inspected = scalar(QStringLiteral("SELECT count(DISTINCT site_id) FROM inspections WHERE day = '2026-11-27'"));
        QCOMPARE(day.expected, int(running));
        QCOMPARE(day.inspected, int(inspected));
        QVERIFY(waitLoaded(page->missedModel()));
        QCOMPARE(page->missedModel()->totalCount(), running - inspected);
        // Today (the 28th) is still running: it leaves the month's rate alone and has no verdict colour.
        int monthInspected = 0;
        int monthExpected = 0;
        bool todayListed = false;
        for (const DayCoverage& d : page->calendar()->days()) {
            todayListed = todayListed || d.day == QDate(2026, 11, 28);
            if (d.day < QDate(2026, 11, 28)) {
                monthInspected += qMin(d.inspected, d.expected);
                monthExpected += d.expected;
            }
        }
        QVERIFY(todayListed && monthExpected > 0);
        auto* summary = page->findChild<QLabel*>(QStringLiteral("coverageSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(
                     QStringLiteral("Coverage %1% ").arg(QLocale().toString(100.0 * monthInspected / monthExpected, 'f', 1))),
            qPrintable(summary->text()));
        const QImage image = page->calendar()->grab().toImage();
        const auto cellColour = [&](const QDate& d) {
            const QRect cell = page->calendar()->cellRect(d);
            const qreal ratio = image.width() / qreal(page->calendar()->width());
            return image.pixelColor(QPointF(cell.left() + cell.width() / 4.0, cell.center().y()).toPoint() * ratio);
        };
        QCOMPARE(cellColour(QDate(2026, 11, 27)), CoverageCalendar::tint(day.ratio()));
        for (const double r : {1.0, 0.85, 0.0})
            QVERIFY(cellColour(QDate(2026, 11, 28)) != CoverageCalendar::tint(r));
        // Arrow keys move the day.
        page->calendar()->setFocus();
        QTest::keyClick(page->calendar(), Qt::Key_Left);
        QCOMPARE(page->calendar()->selectedDay(), QDate(2026, 11, 26));
    }

    // A director does not log inspections: the Today tab shows the selected site's record read-only,
    // saying so, without the keys to press, the count of items decided, the buttons or an empty note.
    void directorSeesInspectionsReadOnly()
    {
        const auto session = AccountService(m_db->connection()).authenticate(QStringLiteral("director"),
            QString::fromLatin1(DemoBuilder::kPassword));
        QVERIFY(session.ok());
        AppContext context{m_db.get(), *session};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("inspections"), {{QStringLiteral("tab"), QStringLiteral("today")}}));
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        QVERIFY(page);
        QVERIFY(waitLoaded(page->todayModel()));
        QTRY_VERIFY(page->currentSiteId() != 0);
        InspectionForm* form = page->form();
        auto* notice = form->findChild<QLabel*>(QStringLiteral("inspectionReadOnlyNotice"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Your role does not log inspections: you can only look at them."));
        QVERIFY(!form->findChild<QLabel*>(QStringLiteral("inspectionLegend"))->isVisible());
        QVERIFY(!form->findChild<QLabel*>(QStringLiteral("inspectionProgress"))->isVisible());
        QVERIFY(!form->saveButton()->isVisible());
        QVERIFY(!form->findChild<QPushButton*>(QStringLiteral("restPassedButton"))->isVisible());
        // A site not inspected: no keys offered in its items, and P changes nothing.
        page->todayModel()->fetchAllForTests();
        int todo = -1;
        int done = -1;
        for (int r = 0; r < page->todayModel()->rowCount(); ++r) {
            if (page->todayModel()->isDone(r)) {
                if (done < 0)
                    done = r;
            } else if (todo < 0) {
                todo = r;
            }
        }
        QVERIFY(todo >= 0 && done >= 0);
        page->todayTable()->selectRow(todo);
        QTRY_COMPARE(page->currentSiteId(), page->todayModel()->siteId(todo));
        QCOMPARE(form->items()->item(0, 1)->text(), QStringLiteral("—"));
        QVERIFY(!form->noteEdit()->isVisible());
        form->items()->setFocus();
        QTest::keyClick(form->items(), Qt::Key_P);
        QCOMPARE(form->decided(), 0);
        // A site inspected: its results, read-only.
        page->todayTable()->selectRow(done);
        QTRY_COMPARE(page->currentSiteId(), page->todayModel()->siteId(done));
        QCOMPARE(form->decided(), form->items()->rowCount());
        QCOMPARE(form->noteEdit()->isVisible(), !form->noteEdit()->text().isEmpty());
        QVERIFY(!form->saveButton()->isVisible());
    }

    // Last: it changes the checklist in force.
    void administratorEditsTheChecklist()
    {
        const auto session = AccountService(m_db->connection()).authenticate(QStringLiteral("admin"),
            QString::fromLatin1(DemoBuilder::kPassword));
        QVERIFY(session.ok());
        AppContext context{m_db.get(), *session};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("inspections")));
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        QVERIFY(page);
        auto* edit = page->findChild<QPushButton*>(QStringLiteral("editChecklistButton"));
        QVERIFY(edit && edit->isVisible());
        const QString exported = m_dir.filePath(QStringLiteral("checklist.json"));
        QString firstProblem;
        bool saved = false;
        const auto editing = test::answerNext<ChecklistDialog>([&](ChecklistDialog* dialog) {
            QTableWidget* table = dialog->table();
            // A bad deadline is refused, naming the row; nothing is saved.
            table->item(0, 3)->setText(QStringLiteral("soon"));
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveChecklistButton")), Qt::LeftButton);
            firstProblem = dialog->problem();
            table->item(0, 3)->setText(QStringLiteral("2"));
            // A new item, in both languages.
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addChecklistItem")), Qt::LeftButton);
            const int row = table->rowCount() - 1;
            table->item(row, 0)->setText(QStringLiteral("accessibility"));
            table->item(row, 1)->setText(QStringLiteral("无障碍浏览可用"));
            table->item(row, 2)->setText(QStringLiteral("Accessible browsing works"));
            table->item(row, 3)->setText(QStringLiteral("10"));
            if (!dialog->exportFile(exported))
                return;
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveChecklistButton")), Qt::LeftButton);
            saved = dialog->savedVersion() > 0;
        });
        page->editChecklist();
        QVERIFY(editing->answered());
        QVERIFY2(firstProblem.contains(QLatin1String("Row 1")), qPrintable(firstProblem));
        QVERIFY(saved);
        const auto current = ChecklistService(m_db->connection()).current();
        QVERIFY(current.ok());
        QVERIFY(current->version > 0);
        QCOMPARE(current->items.size(), 13);
        QCOMPARE(current->items.constFirst().deadlineDays, 2);
        QCOMPARE(current->items.constLast().key, QStringLiteral("accessibility"));
        // The exported file loads as a checklist.
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(Checklist::fromJson(file.readAll())->items.size(), 13);
        // A new inspection on the page uses the new list.
        QVERIFY(waitLoaded(page->todayModel()));
        QTRY_COMPARE(page->form()->items()->rowCount(), 13);
        // An inspector has no such button.
        const auto inspector = AccountService(m_db->connection()).authenticate(QStringLiteral("inspector"),
            QString::fromLatin1(DemoBuilder::kPassword));
        AppContext other{m_db.get(), *inspector};
        MainWindow second(other);
        QVERIFY(second.showPage(QStringLiteral("inspections")));
        QVERIFY(!second.currentPage()->findChild<QPushButton*>(QStringLiteral("editChecklistButton")));
    }
};

QTEST_MAIN(TestInspectionsPage)
#include "TestInspectionsPage.moc"
