#include "GuiTestSupport.h"
#include "core/OfficeClock.h"
#include "gui/MainWindow.h"
#include "gui/reviews/ReviewListModel.h"
#include "gui/reviews/WeeklyReviewEditor.h"
#include "gui/reviews/WeeklyReviewsPage.h"
#include "storage/AccountService.h"
#include "storage/ChecklistService.h"
#include "storage/InspectionService.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryService.h"
#include "storage/WeeklyReviewService.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// The Weekly reviews page as a director uses it on Wednesday 2 December 2026: last week's (W48)
// units without a signed review are flagged and counted in the sidebar; the director writes the
// county's review in Chinese, saves it with Ctrl+S, signs it, finds it locked and exports it to PDF.
class TestWeeklyReviewsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_p = 0, m_c = 0, m_k = 0, m_siteK = 0;

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

    qint64 site(qint64 host, const QString& code, const QString& name, const QString& domain)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = domain;
        s.url = QStringLiteral("https://%1/").arg(domain);
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
        const auto id = AccountService(db()).create(m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        return id ? AccountService::sessionFor(AccountService(db()).byId(*id).value()) : Session{};
    }

    static QListWidgetItem* sidebarItem(MainWindow& w)
    {
        auto* list = w.findChild<QListWidget*>(QStringLiteral("navigationList"));
        for (int i = 0; list && i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == u"reviews")
                return list->item(i);
        }
        return nullptr;
    }

    static int rowOf(ReviewListModel* model, qint64 unitId)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->unitId(r) == unitId)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 12, 2), QTime(2, 0), Qt::UTC));
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        m_p = org(0, QStringLiteral("福建省人民政府"), AdminLevel::Province, QStringLiteral("350000"), QStringLiteral("fujian"));
        m_c = org(m_p, QStringLiteral("泉州市人民政府"), AdminLevel::City, QStringLiteral("350500"), QStringLiteral("quanzhou"));
        m_k = org(m_c, QStringLiteral("晋江市人民政府"), AdminLevel::County, QStringLiteral("350582"), QStringLiteral("jinjiang"));
        QVERIFY(m_p && m_c && m_k);
        QVERIFY(site(m_p, QStringLiteral("3500000001"), QStringLiteral("福建省人民政府门户网站"), QStringLiteral("www.fujian.gov.cn")));
        QVERIFY(site(m_c, QStringLiteral("3505000001"), QStringLiteral("泉州市人民政府网"), QStringLiteral("www.quanzhou.gov.cn")));
        m_siteK = site(m_k, QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"), QStringLiteral("www.jinjiang.gov.cn"));
        QVERIFY(m_siteK);

        // W48 under K: inspected Monday (failing the first item) and Tuesday.
        const Session inspector = account(QStringLiteral("inspector-k"), m_k, {Role::Inspector});
        const Checklist list = ChecklistService(db()).current().value();
        for (const QDate day : {QDate(2026, 11, 23), QDate(2026, 11, 24)}) {
            InspectionInput in;
            in.siteId = m_siteK;
            in.day = day;
            for (const ChecklistItem& i : list.items)
                in.outcomes.insert(i.key, ItemOutcome{});
            if (day.dayOfWeek() == 1)
                in.outcomes[list.items.first().key] = ItemOutcome{ItemResult::Fail, QStringLiteral("首页两周未更新")};
            const auto saved = InspectionService(db()).log(inspector, in, day);
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().fullText()));
        }
        // Quanzhou signed W48 already; the province has a draft.
        WeeklyReviewService reviews(db());
        const auto quanzhou = reviews.open(m_system, m_c, IsoWeek{2026, 48}, QDate(2026, 12, 1));
        QVERIFY(quanzhou.ok());
        QVERIFY(reviews.sign(m_system, quanzhou->id, ReviewText{QStringLiteral("巡查到位。"), {}, {}}).ok());
        QVERIFY(reviews.open(m_system, m_p, IsoWeek{2026, 48}, QDate(2026, 12, 1)).ok());
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    void writeSaveSignExport()
    {
        AppContext context{m_db.get(), account(QStringLiteral("director-p"), m_p, {Role::Director})};
        QVERIFY(context.session.accountId != 0);
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("reviews")));
        auto* page = qobject_cast<WeeklyReviewsPage*>(window.currentPage());
        QVERIFY(page);
        QCOMPARE(WeeklyReviewsPage::lastWeek(), (IsoWeek{2026, 48}));

        // The province (draft) and Jinjiang (nothing) owe last week's review: flagged and counted.
        QTRY_COMPARE(page->badge(), 2); // counted off the GUI thread
        QListWidgetItem* item = sidebarItem(window);
        QVERIFY(item);
        QVERIFY2(item->text().contains(QStringLiteral("(2)")), qPrintable(item->text()));
        QTRY_VERIFY(page->missingBanner()->isVisible());
        QVERIFY2(page->missingBanner()->text().contains(QStringLiteral("2 unit")), qPrintable(page->missingBanner()->text()));
        QCOMPARE(page->weekFilter()->currentData().toString(), QStringLiteral("2026-W48"));
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 3);
        const int kRow = rowOf(page->model(), m_k);
        QCOMPARE(kRow, 0); // missing comes first
        QVERIFY(page->model()->isMissing(kRow));
        QCOMPARE(page->model()->data(page->model()->index(kRow, WeeklyReviewListQuery::Status)).toString(), QStringLiteral("Missing"));
        QVERIFY(!page->model()->data(page->model()->index(kRow, WeeklyReviewListQuery::Status), Qt::DecorationRole).isNull());
        QCOMPARE(page->model()->data(page->model()->index(kRow, WeeklyReviewListQuery::Unit), Qt::ForegroundRole).value<QColor>(),
            QColor(0xb7, 0x1c, 0x1c));
        // This week's list flags the units that still owe last week's review.
        page->weekFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->weekKey(0) == u"2026-W49");
        QCOMPARE(page->model()->rowCount(), 3);
        QVERIFY(page->model()->missedLastWeek(rowOf(page->model(), m_k)));
        QVERIFY(page->model()->missedLastWeek(rowOf(page->model(), m_p)));
        QVERIFY(!page->model()->missedLastWeek(rowOf(page->model(), m_c)));
        QVERIFY(!page->model()->data(page->model()->index(rowOf(page->model(), m_k), WeeklyReviewListQuery::Unit), Qt::DecorationRole).isNull());
        QVERIFY(page->model()->data(page->model()->index(rowOf(page->model(), m_c), WeeklyReviewListQuery::Unit), Qt::DecorationRole).isNull());
        page->weekFilter()->setCurrentIndex(1);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->weekKey(0) == u"2026-W48");

        // Filter: only the signed ones, then back.
        page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("signed")));
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 1);
        QCOMPARE(page->model()->unitId(0), m_c);
        page->statusFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 3);

        // Jinjiang: no review yet; writing it starts a draft with the week's figures.
        page->selectUnit(m_k, QStringLiteral("2026-W48"));
        WeeklyReviewEditor* editor = page->editor();
        QTRY_COMPARE(editor->unitId(), m_k);
        auto* start = editor->findChild<QPushButton*>(QStringLiteral("startReviewButton"));
        QVERIFY(start && start->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY(editor->reviewId() != 0);
        const qint64 id = editor->reviewId();
        QVERIFY(!start->isVisible());
        auto* coverage = editor->findChild<QLabel*>(QStringLiteral("reviewCoverage"));
        QVERIFY2(coverage->text().contains(QStringLiteral("28.6%")), qPrintable(coverage->text())); // 2 of 7 days
        QCOMPARE(editor->failuresTable()->rowCount(), 1);
        QCOMPARE(editor->failuresTable()->item(0, 1)->text(), QStringLiteral("1"));
        QCOMPARE(editor->worstSitesTable()->item(0, 0)->text(), QStringLiteral("晋江市人民政府网"));
        QTRY_COMPARE(page->model()->data(page->model()->index(rowOf(page->model(), m_k), WeeklyReviewListQuery::Status)).toString(),
            QStringLiteral("Draft"));

        // Typed in Chinese, saved with Ctrl+S.
        const QString highlights = QStringLiteral("晋江市政府网首页更新及时，巡查覆盖率有待提高。");
        const QString instructions = QStringLiteral("下周起每日巡查，周五前完成整改销号。");
        editor->highlightsEdit()->setFocus();
        test::commitText(editor->highlightsEdit(), highlights);
        test::commitText(editor->instructionsEdit(), instructions);
        QCOMPARE(editor->highlightsEdit()->toPlainText(), highlights);
        QVERIFY(editor->isModified());
        auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveReviewButton"));
        QVERIFY(save->isVisible() && save->isEnabled());
        QTest::keyClick(editor->highlightsEdit(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(WeeklyReviewService(db()).byId(id)->highlights, highlights);
        QCOMPARE(WeeklyReviewService(db()).byId(id)->instructions, instructions);
        QVERIFY(!editor->isModified());
        QVERIFY(!save->isEnabled());

        // Sign, after saying exactly what happens; cancelling first changes nothing.
        auto* sign = editor->findChild<QPushButton*>(QStringLiteral("signReviewButton"));
        QVERIFY(sign->isVisible());
        {
            const auto box = test::answerMessageBox(MessageBox::Cancel);
            QTest::mouseClick(sign, Qt::LeftButton);
            QVERIFY(box.came());
            const QString question = box.asked().text + u' ' + box.asked().informative;
            QVERIFY2(question.contains(QStringLiteral("晋江市人民政府")) && question.contains(QStringLiteral("locked")), qPrintable(question));
            QCOMPARE(box.asked().acceptText, QStringLiteral("Sign and lock"));
        }
        QCOMPARE(WeeklyReviewService(db()).byId(id)->status, ReviewStatus::Draft);
        {
            const auto box = test::answerMessageBox(MessageBox::Accept);
            QTest::mouseClick(sign, Qt::LeftButton);
            QVERIFY(box.came());
        }
        QTRY_COMPARE(WeeklyReviewService(db()).byId(id)->status, ReviewStatus::Signed);
        QCOMPARE(WeeklyReviewService(db()).byId(id)->signedBy, QStringLiteral("director-p"));

        // Locked: read only, no save or sign; the count and the flag follow.
        QTRY_VERIFY(editor->review().isSigned());
        QVERIFY(editor->highlightsEdit()->isReadOnly());
        QVERIFY(editor->instructionsEdit()->isReadOnly());
        QVERIFY(!save->isVisible());
        QVERIFY(!sign->isVisible());
        test::commitText(editor->highlightsEdit(), QStringLiteral("改动"));
        QCOMPARE(editor->highlightsEdit()->toPlainText(), highlights);
        QVERIFY2(editor->findChild<QLabel*>(QStringLiteral("reviewNotice"))->text().contains(QStringLiteral("locked")),
            qPrintable(editor->findChild<QLabel*>(QStringLiteral("reviewNotice"))->text()));
        QTRY_COMPARE(page->badge(), 1);
        QTRY_VERIFY(item->text().contains(QStringLiteral("(1)")));
        QTRY_COMPARE(page->model()->data(page->model()->index(rowOf(page->model(), m_k), WeeklyReviewListQuery::Status)).toString(),
            QStringLiteral("Signed"));

        // The PDF: A4, the unit's name and the comments in it.
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY(editor->exportPdf(pdf));
        if (qEnvironmentVariableIsSet("SITEGOV_KEEP_PDF"))
            QFile::copy(pdf, qEnvironmentVariable("SITEGOV_KEEP_PDF"));
        QFile out(pdf);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.read(5) == "%PDF-");
#ifdef SITEGOV_PDFTOTEXT
        QProcess text;
        text.start(QStringLiteral(SITEGOV_PDFTOTEXT), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const auto flat = [](const QString& t) {
            QString o = t.normalized(QString::NormalizationForm_KC);
            o.remove(QRegularExpression(QStringLiteral("\\s")));
            return o;
        };
        const QString content = flat(QString::fromUtf8(text.readAllStandardOutput()));
        for (const QString& expected : {QStringLiteral("晋江市人民政府"), highlights, instructions, QStringLiteral("Week 48 of 2026"),
                 QStringLiteral("晋江市人民政府网"), QStringLiteral("director-p"), QStringLiteral("Page 1 of")})
            QVERIFY2(content.contains(flat(expected)), qPrintable(expected + u'\n' + content));
#endif
    }

    void inspectorOfAnotherUnitReadsOnly()
    {
        // An inspector of Quanzhou sees Jinjiang's signed review but cannot write the province's.
        AppContext context{m_db.get(), account(QStringLiteral("inspector-c"), m_c, {Role::Inspector})};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("reviews")));
        auto* page = qobject_cast<WeeklyReviewsPage*>(window.currentPage());
        QVERIFY(page);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 2); // Quanzhou and Jinjiang
        QTRY_VERIFY(!page->missingBanner()->text().isEmpty()); // counted
        QCOMPARE(page->badge(), 0); // the count is not an inspector's badge
        QVERIFY(rowOf(page->model(), m_p) < 0);
        page->selectUnit(m_k, QStringLiteral("2026-W48"));
        QTRY_COMPARE(page->editor()->unitId(), m_k);
        QVERIFY(page->editor()->review().isSigned());
        QVERIFY(page->editor()->highlightsEdit()->isReadOnly());
        // A week of Jinjiang without a review: an inspector of the city above may draft it.
        page->weekFilter()->setCurrentIndex(page->weekFilter()->findData(QStringLiteral("2026-W47")));
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->weekKey(0) == u"2026-W47");
        page->selectUnit(m_k, QStringLiteral("2026-W47"));
        QTRY_COMPARE(page->editor()->week(), (IsoWeek{2026, 47}));
        QVERIFY(page->editor()->findChild<QPushButton*>(QStringLiteral("startReviewButton"))->isVisible());
    }
};

QTEST_MAIN(TestWeeklyReviewsPage)
#include "TestWeeklyReviewsPage.moc"
