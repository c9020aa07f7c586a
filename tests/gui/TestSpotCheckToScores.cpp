// Issue 17's loop through the console's windows, as a city office works it against a real
// sitegov-server (in-process on a loopback port, over a store of its own that starts empty): the
// director draws the month's spot-check plan and assigns its sites to the checker, the checker fills
// in a site's assessment form and submits it, the director confirms it, the confirmed assessment is
// sent with the write token saved in Settings (the server registers the site it did not know), and
// after the sync the Scores page shows the site with the score the form computed.

#include "../GuiTestSupport.h"
#include "../TestSupport.h"
#include "../server/ServerFixture.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "gui/MainWindow.h"
#include "gui/charts/BarChartPanel.h"
#include "gui/scores/BackendSettings.h"
#include "gui/scores/ScoreSyncController.h"
#include "gui/scores/ScoresPage.h"
#include "gui/spotchecks/AssessmentDialog.h"
#include "gui/spotchecks/SpotCheckListModel.h"
#include "gui/spotchecks/SpotChecksPage.h"
#include "storage/AccountService.h"
#include "storage/AssessmentOutbox.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace sitegov;

namespace {

// Every wait ends when the work it waits for ends; this bound only stops a test that hangs.
constexpr int kPatience = 180000;

} // namespace

class TestSpotCheckToScores final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::ServerFixture m_server;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_city = 0;
    Session m_checker, m_director;

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 org(qint64 parent, const QString& name, AdminLevel level, const QString& code, const QString& label)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = OrgKind::Government;
        o.divisionCode = code;
        o.domainLabel = label;
        const auto id = RegistryService(db()).createOrganisation(m_system, o);
        return id ? *id : 0;
    }

    bool site(qint64 host, const QString& code, const QString& name, SiteKind kind)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = code + QStringLiteral(".fuzhou.gov.cn");
        s.url = QStringLiteral("https://%1/").arg(s.domain);
        s.kind = kind;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        return RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag).ok();
    }

    Session account(const QString& username, const QString& name, qint64 orgId, Role role)
    {
        const auto id = AccountService(db()).create(
            m_system, NewAccount{username, name, orgId, {role}}, QStringLiteral("secret pass"));
        if (!id)
            return {};
        return AccountService::sessionFor(AccountService(db()).byId(*id).value());
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()); }

    static bool settled(MainWindow& window)
    {
        return QTest::qWaitFor(
            [&window] { return !window.scoreSync()->isRunning() && !window.currentPage()->isBusy(); }, kPatience);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        const qint64 province = org(
            0, QStringLiteral("福建省人民政府"), AdminLevel::Province, QStringLiteral("350000"), QStringLiteral("fj"));
        m_city = org(province, QStringLiteral("福州市人民政府"), AdminLevel::City, QStringLiteral("350100"),
            QStringLiteral("fuzhou"));
        QVERIFY(province && m_city);
        QVERIFY(site(m_city, QStringLiteral("3501000001"), QStringLiteral("福州市人民政府门户网站"), SiteKind::Portal));
        for (int i = 0; i < 5; ++i)
            QVERIFY(site(m_city, QStringLiteral("350100%1").arg(1000 + i), QStringLiteral("福州市部门网站%1").arg(i),
                SiteKind::Department));
        // Named as offices name their accounts: the person, then the unit and post.
        m_checker = account(QStringLiteral("checker-fuzhou"), QStringLiteral("林晓（福州市人民政府办公室巡查员）"),
            m_city, Role::Inspector);
        m_director = account(QStringLiteral("director-fuzhou"), QStringLiteral("王建国"), m_city, Role::Director);
        QVERIFY(m_checker.accountId && m_director.accountId);

        // The backend as Settings saves it (an administrator does): its address in the database, the write
        // token per address.
        QVERIFY(m_server.start());
        QVERIFY(BackendSettings::saveAddress(*m_db, m_system, url(), QString()).ok());
        BackendSettings::saveToken(url(), m_server.writeToken);
    }

    void cleanupTestCase() { BackendSettings::forgetToken(url()); }

    void planAssessConfirmAndSeeTheScore()
    {
        // The director draws the month's plan and assigns all its sites to the checker.
        AppContext directorContext{m_db.get(), m_director};
        MainWindow director(directorContext);
        director.resize(1366, 768);
        director.show();
        QVERIFY(director.showPage(QStringLiteral("spotchecks")));
        auto* plan = qobject_cast<SpotChecksPage*>(director.currentPage());
        QVERIFY(plan);
        QTRY_VERIFY_WITH_TIMEOUT(!plan->isBusy(), kPatience);
        auto* draw = plan->findChild<QPushButton*>(QStringLiteral("drawPlanButton"));
        QVERIFY(draw && draw->isVisible() && draw->isEnabled());
        QTest::mouseClick(draw, Qt::LeftButton);
        // The portal (1 of 1) and 2 of the 5 department sites (35%).
        QTRY_COMPARE_WITH_TIMEOUT(plan->model()->rowCount(), 3, kPatience);
        plan->table()->setFocus();
        plan->table()->selectAll();
        auto* assign = plan->findChild<QPushButton*>(QStringLiteral("assignCheckerButton"));
        QVERIFY(assign && assign->isEnabled());
        // The button's menu names the checkers by name; the test picks the checker's entry.
        bool picked = false;
        QTimer::singleShot(0, this, [&picked] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* a : menu->actions()) {
                if (a->text().contains(QStringLiteral("林晓"))) {
                    picked = true;
                    a->trigger();
                    break;
                }
            }
            menu->close();
        });
        QTest::mouseClick(assign, Qt::LeftButton);
        QVERIFY(picked);
        QTRY_COMPARE_WITH_TIMEOUT(plan->model()->raw(2, SpotCheckItemListQuery::Checker).toString(),
            QStringLiteral("林晓（福州市人民政府办公室巡查员）"), kPatience);

        // On a 1024×768 screen the checker and the work's state are read without scrolling sideways:
        // each of those columns whole in the list's viewport and as wide as its widest cell.
        director.resize(1024, 768);
        QTRY_VERIFY_WITH_TIMEOUT(plan->table()->viewport()->width() < 900, kPatience);
        for (const int column : {int(SpotCheckItemListQuery::Site), int(SpotCheckItemListQuery::Checker),
                 int(SpotCheckItemListQuery::Status), int(SpotCheckItemListQuery::Sending)}) {
            QTableView* table = plan->table();
            const int x = table->columnViewportPosition(column);
            const int width = table->columnWidth(column);
            const QString name = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(x >= 0 && x + width <= table->viewport()->width(),
                qPrintable(QStringLiteral("%1 at %2..%3 of %4")
                               .arg(name)
                               .arg(x)
                               .arg(x + width)
                               .arg(table->viewport()->width())));
            if (column == SpotCheckItemListQuery::Checker) {
                const QString text = table->model()->index(0, column).data().toString();
                QVERIFY2(width >= table->fontMetrics().horizontalAdvance(text),
                    qPrintable(QStringLiteral("%1 in %2 px").arg(text).arg(width)));
            }
        }
        director.resize(1366, 768);

        // The checker opens a planned site from the list and fills in its form: two deductions with
        // their evidence; the score follows the typing.
        AppContext checkerContext{m_db.get(), m_checker};
        MainWindow checker(checkerContext);
        checker.resize(1366, 768);
        checker.show();
        QVERIFY(checker.showPage(QStringLiteral("spotchecks")));
        auto* mine = qobject_cast<SpotChecksPage*>(checker.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(mine->model()->rowCount(), 3, kPatience);
        const QString siteName = mine->model()->siteName(0);
        const QString siteCode = mine->model()->raw(0, SpotCheckItemListQuery::Code).toString();
        QVERIFY(!siteCode.isEmpty());
        double shown = -1;
        const auto writing = test::answerNext<AssessmentDialog>([&](AssessmentDialog* form) {
            QDoubleSpinBox* update = form->deductionBox(QStringLiteral("info_update"));
            QVERIFY(update);
            update->setValue(5);
            form->evidenceUrl(QStringLiteral("deduction:info_update"))
                ->setText(QStringLiteral("https://www.fuzhou.gov.cn/news/"));
            form->evidenceNote(QStringLiteral("deduction:info_update"))->setText(QStringLiteral("动态要闻两周未更新"));
            shown = form->shownTotal();
            QVERIFY(shown > 60 && shown < 100);
            auto* submit = form->findChild<QPushButton*>(QStringLiteral("submitAssessment"));
            QVERIFY(submit && submit->isEnabled());
            QTest::mouseClick(submit, Qt::LeftButton);
            QVERIFY2(form->findChild<QLabel*>(QStringLiteral("assessmentState"))
                         ->text()
                         .contains(QStringLiteral("ubmitted")),
                qPrintable(form->findChild<QLabel*>(QStringLiteral("assessmentState"))->text()));
            form->reject();
        });
        mine->table()->setCurrentIndex(mine->model()->index(0, 0));
        QTest::mouseClick(mine->findChild<QPushButton*>(QStringLiteral("assessButton")), Qt::LeftButton);
        QVERIFY(writing->answered());
        QTRY_COMPARE_WITH_TIMEOUT(mine->model()->statusKey(0), QStringLiteral("submitted"), kPatience);

        // The director reviews and confirms it; the confirmed assessment goes to the backend at once.
        plan->refresh();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < plan->model()->rowCount(); ++r) {
                    if (plan->model()->raw(r, SpotCheckItemListQuery::Code).toString() == siteCode
                        && plan->model()->statusKey(r) == u"submitted")
                        row = r;
                }
                return row >= 0;
            }(),
            kPatience);
        const auto reviewing = test::answerNext<AssessmentDialog>([&](AssessmentDialog* form) {
            QCOMPARE(form->shownTotal(), shown);
            auto* confirm = form->findChild<QPushButton*>(QStringLiteral("confirmAssessment"));
            QVERIFY(confirm && confirm->isVisible() && confirm->isEnabled());
            QTest::mouseClick(confirm, Qt::LeftButton);
            form->reject();
        });
        plan->table()->setCurrentIndex(plan->model()->index(row, 0));
        QTest::mouseClick(plan->findChild<QPushButton*>(QStringLiteral("assessButton")), Qt::LeftButton);
        QVERIFY(reviewing->answered());
        QVERIFY(settled(director));
        QVERIFY2(director.scoreSync()->lastSend() && director.scoreSync()->lastSend()->ok(),
            director.scoreSync()->lastSend() && !director.scoreSync()->lastSend()->ok()
                ? qPrintable(director.scoreSync()->lastSend()->error().fullText())
                : "no sending");
        QCOMPARE(AssessmentOutbox(db()).counts()->sent, 1);
        // The list says it was sent.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < plan->model()->rowCount(); ++r) {
                    if (plan->model()->raw(r, SpotCheckItemListQuery::Code).toString() == siteCode)
                        return plan->model()->raw(r, SpotCheckItemListQuery::Sending).toString() == u"sent";
                }
                return false;
            }(),
            kPatience);

        // The Scores page: the month's scores as the sync fetched them, the city's, with the site.
        QVERIFY(director.showPage(QStringLiteral("scores")));
        auto* scores = qobject_cast<ScoresPage*>(director.currentPage());
        QVERIFY(scores);
        QVERIFY(settled(director));
        auto* period = scores->findChild<QComboBox*>(QStringLiteral("scoresPeriod"));
        QCOMPARE(period->currentData().toString(), Period::monthOf(OfficeClock::today()).toString());
        QTableView* table = scores->table();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 1).data().toString(), siteCode);
        QCOMPARE(table->model()->index(0, 2).data().toString(), siteName);
        QCOMPARE(table->model()->index(0, 5).data().toString(), QLocale().toString(shown, 'f', 1));
        QCOMPARE(scores->rankingChart()->plottedValues().constFirst().constFirst(), shown);
    }
};

QTEST_MAIN(TestSpotCheckToScores)
#include "TestSpotCheckToScores.moc"
