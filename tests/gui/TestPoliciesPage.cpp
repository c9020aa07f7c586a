#include "GuiTestSupport.h"
#include "core/OfficeClock.h"
#include "gui/MainWindow.h"
#include "gui/common/FormFields.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/policies/PoliciesPage.h"
#include "gui/policies/PolicyDetailPanel.h"
#include "gui/policies/PolicyDialog.h"
#include "gui/policies/PolicyListModel.h"
#include "gui/policies/RepostDialog.h"
#include "storage/AccountService.h"
#include "storage/PasswordHasher.h"
#include "storage/PolicyService.h"
#include "storage/RegistryService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// The Key policies page as the city's director uses it on Tuesday 8 December 2026 at 10:00: the
// State Council's item of yesterday 09:00 is reposted by the city's portal but not by the county's:
// red, on the badge and on the dashboard card, whose figure is the overdue list's rows; this
// morning's item (07:00) is still within its 8 hours. A repost recorded by hand clears it; a new item
// shows its problems beside the fields.
class TestPoliciesPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_p = 0, m_c = 0, m_k = 0, m_c2 = 0;
    qint64 m_yesterday = 0, m_morning = 0;

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 org(qint64 parent, const QString& name, AdminLevel level, const QString& code)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = OrgKind::Government;
        o.divisionCode = code;
        const auto id = RegistryService(db()).createOrganisation(m_system, o);
        return id ? *id : 0;
    }

    qint64 site(qint64 host, const QString& code, const QString& name)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = QStringLiteral("s%1.gov.cn").arg(code);
        s.url = QStringLiteral("https://%1/").arg(s.domain);
        s.kind = SiteKind::Portal;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        const auto id = RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag);
        return id ? *id : 0;
    }

    Session account(const QString& username, qint64 orgId, QList<Role> roles)
    {
        const auto id = AccountService(db()).create(
            m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        return id ? AccountService::sessionFor(AccountService(db()).byId(*id).value()) : Session{};
    }

    static int rowOf(PolicyListModel* model, qint64 id)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->itemId(r) == id)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 12, 8), QTime(2, 0), Qt::UTC));
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        m_p = org(0, QStringLiteral("福建省人民政府"), AdminLevel::Province, QStringLiteral("350000"));
        m_c = org(m_p, QStringLiteral("泉州市人民政府"), AdminLevel::City, QStringLiteral("350500"));
        m_k = org(m_c, QStringLiteral("晋江市人民政府"), AdminLevel::County, QStringLiteral("350582"));
        m_c2 = org(m_p, QStringLiteral("厦门市人民政府"), AdminLevel::City, QStringLiteral("350200"));
        QVERIFY(site(m_c, QStringLiteral("3505000001"), QStringLiteral("泉州市人民政府网")));
        QVERIFY(site(m_k, QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网")));
        QVERIFY(site(m_c2, QStringLiteral("3502000001"), QStringLiteral("厦门市人民政府网")));
        PolicyService s(db());
        const auto y = s.add(m_system,
            PolicyItemInput{QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知"),
                QStringLiteral("国务院"), QString(), QDateTime(QDate(2026, 12, 7), QTime(9, 0))});
        const auto m = s.add(m_system,
            PolicyItemInput{QStringLiteral("福建省人民政府关于加快推进数字政府建设的实施意见"),
                QStringLiteral("福建省人民政府"), QString(), QDateTime(QDate(2026, 12, 8), QTime(7, 0))});
        QVERIFY(y && m);
        m_yesterday = *y;
        m_morning = *m;
        QVERIFY(s.recordRepost(m_system, m_yesterday, QStringLiteral("3505000001"),
            QStringLiteral("https://s3505000001.gov.cn/zyzc/1.html"), QDateTime(QDate(2026, 12, 7), QTime(11, 0))));
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    void overdueListCardAndRepost()
    {
        AppContext context{m_db.get(), account(QStringLiteral("director-c"), m_c, {Role::Director})};
        QVERIFY(context.session.accountId != 0);
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto* card = window.currentPage()->findChild<FigureCard*>(QStringLiteral("figureOverduePolicies"));
        QVERIFY(card);
        QTRY_COMPARE(card->value(), QStringLiteral("1"));
        card->setFocus();
        QTest::keyClick(card, Qt::Key_Return);
        auto* page = qobject_cast<PoliciesPage*>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(page->stateFilter()->currentData().toString(), QStringLiteral("overdue"));
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == card->value().toInt());
        QCOMPARE(page->model()->itemId(0), m_yesterday);
        QTRY_COMPARE(page->badge(), 1);

        // Every item: yesterday's red with a flag (one of the two portals within 8 hours, one not yet),
        // this morning's not.
        page->stateFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 2);
        PolicyListModel* model = page->model();
        const int late = rowOf(model, m_yesterday);
        const int fresh = rowOf(model, m_morning);
        QVERIFY(late >= 0 && fresh >= 0);
        QCOMPARE(model->data(model->index(late, PolicyListQuery::Title), Qt::ForegroundRole).value<QColor>(),
            QColor(0xb7, 0x1c, 0x1c));
        QVERIFY(!model->data(model->index(late, PolicyListQuery::Title), Qt::DecorationRole).isNull());
        QVERIFY(model->data(model->index(fresh, PolicyListQuery::Title), Qt::ForegroundRole).isNull());
        QCOMPARE(model->data(model->index(late, PolicyListQuery::Portals)).toInt(), 2);
        QCOMPARE(model->data(model->index(late, PolicyListQuery::OnTime)).toInt(), 1);
        QCOMPARE(model->data(model->index(late, PolicyListQuery::NotYet)).toInt(), 1);
        QCOMPARE(
            model->data(model->index(late, PolicyListQuery::Published)).toString(), QStringLiteral("2026-12-07 09:00"));

        // Beside the list, each portal of the jurisdiction with its state.
        page->table()->selectRow(late);
        PolicyDetailPanel* detail = page->detail();
        QTRY_COMPARE(detail->itemId(), m_yesterday);
        QCOMPARE(detail->portals()->rowCount(), 2);
        QStringList states;
        for (int r = 0; r < 2; ++r)
            states << detail->portals()->item(r, 1)->text();
        QCOMPARE(states, (QStringList{QStringLiteral("Within 8 hours"), QStringLiteral("Not yet, overdue")}));

        // The county's repost, seen by hand this morning: 17 hours after, 9 hours late.
        RepostDialog dialog(context, m_yesterday, QStringLiteral("3505820001"), nullptr);
        dialog.urlEdit()->setText(QStringLiteral("https://s3505820001.gov.cn/zyzc/t1.html"));
        dialog.foundEdit()->setDateTime(QDateTime(QDate(2026, 12, 8), QTime(2, 0)));
        dialog.accept();
        QVERIFY(dialog.result() == QDialog::Accepted);
        page->refresh();
        QTRY_COMPARE(page->badge(), 0);
        QTRY_VERIFY(!page->model()->isLoading() && rowOf(page->model(), m_yesterday) >= 0);
        page->table()->selectRow(rowOf(page->model(), m_yesterday));
        QTRY_COMPARE(detail->itemId(), m_yesterday);
        detail->showItem(m_yesterday);
        QCOMPARE(detail->portals()->item(1, 1)->text(), QStringLiteral("9 h 0 min late"));
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTRY_COMPARE(card->value(), QStringLiteral("0"));
    }

    void formsShowErrorsBesideFields()
    {
        AppContext context{m_db.get(), account(QStringLiteral("inspector-k"), m_k, {Role::Inspector})};
        PolicyDialog dialog(context, nullptr);
        dialog.show();
        dialog.issuerCombo()->setEditText(QString());
        dialog.urlEdit()->setText(QStringLiteral("www.gov.cn"));
        dialog.accept();
        QVERIFY(!dialog.isHidden());
        QCOMPARE(dialog.savedId(), 0);
        auto beside = [](FormFields* fields, const char* key) {
            QLabel* l = fields->messageOf(QLatin1String(key));
            return l && l->isVisible() ? l->text() : QString();
        };
        QVERIFY2(beside(dialog.fields(), "title").contains(QStringLiteral("title")),
            qPrintable(beside(dialog.fields(), "title")));
        QVERIFY2(beside(dialog.fields(), "issuer").contains(QStringLiteral("issuing body")),
            qPrintable(beside(dialog.fields(), "issuer")));
        QVERIFY2(beside(dialog.fields(), "source_url").contains(QStringLiteral("http")),
            qPrintable(beside(dialog.fields(), "source_url")));
        // The same title as yesterday's item (other punctuation), the same day: beside the title.
        dialog.titleEdit()->setText(QStringLiteral("国务院关于印发“深化农村改革重点任务分工方案”的通知"));
        dialog.issuerCombo()->setEditText(QStringLiteral("国务院"));
        dialog.urlEdit()->clear();
        dialog.publishedEdit()->setDateTime(QDateTime(QDate(2026, 12, 7), QTime(15, 0)));
        dialog.accept();
        QCOMPARE(dialog.savedId(), 0);
        QVERIFY2(beside(dialog.fields(), "title").contains(QStringLiteral("registered already")),
            qPrintable(beside(dialog.fields(), "title")));
        dialog.titleEdit()->setText(QStringLiteral("国务院办公厅关于做好冬季安全生产工作的通知"));
        dialog.accept();
        QVERIFY(dialog.savedId() != 0);

        // A repost outside the inspector's jurisdiction, without an address: beside the fields.
        RepostDialog repost(context, m_morning, QString(), nullptr);
        repost.show();
        repost.accept();
        QVERIFY(!repost.isHidden());
        QVERIFY(!beside(repost.fields(), "site").isEmpty());
        QVERIFY(!beside(repost.fields(), "url").isEmpty());
        repost.siteEdit()->setText(QStringLiteral("3502000001"));
        repost.urlEdit()->setText(QStringLiteral("https://s3502000001.gov.cn/1.html"));
        repost.accept();
        QVERIFY(repost.result() != QDialog::Accepted);
        QCOMPARE(PolicyService(db())
                     .portals(m_morning, QDateTime(QDate(2026, 12, 8), QTime(10, 0)), m_c2)
                     ->constFirst()
                     .state,
            RepostState::Pending);
    }
};

QTEST_MAIN(TestPoliciesPage)
#include "TestPoliciesPage.moc"
