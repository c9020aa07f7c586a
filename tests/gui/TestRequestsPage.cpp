#include "GuiTestSupport.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "gui/MainWindow.h"
#include "gui/registry/SiteDetailPanel.h"
#include "gui/registry/SitesPage.h"
#include "gui/requests/DecisionDialog.h"
#include "gui/requests/RequestDetailPanel.h"
#include "gui/requests/RequestDialog.h"
#include "gui/requests/RequestListModel.h"
#include "gui/requests/RequestsPage.h"
#include "storage/AccountService.h"
#include "demo/DemoBuilder.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestQueries.h"
#include "storage/SiteRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// The Requests page driven as its users drive it: a county inspector files a closing request, the
// city's approver returns it, it is resubmitted, the city and the province approve, and the site
// shows as closed.
class TestRequestsPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;

    Session login(const QString& user)
    {
        const auto s = AccountService(m_db->connection()).authenticate(user, QString::fromLatin1(DemoBuilder::kPassword));
        return s ? *s : Session{};
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    }

    struct Console
    {
        AppContext context;
        std::unique_ptr<MainWindow> window;
        RequestsPage* page = nullptr;
    };

    std::unique_ptr<Console> open(const QString& user)
    {
        auto c = std::make_unique<Console>();
        c->context = AppContext{m_db.get(), login(user)};
        if (c->context.session.accountId == 0)
            return nullptr;
        c->window = std::make_unique<MainWindow>(c->context);
        c->window->resize(1366, 768);
        c->window->show();
        if (!c->window->showPage(QStringLiteral("requests")))
            return nullptr;
        c->page = qobject_cast<RequestsPage*>(c->window->currentPage());
        return c;
    }

    static QPushButton* button(QWidget* w, const char* name)
    {
        return w->findChild<QPushButton*>(QLatin1String(name));
    }

    // Waits for the list, then selects the request in it.
    static bool select(RequestsPage* page, qint64 id)
    {
        if (!QTest::qWaitFor([page] { return !page->model()->isLoading(); }, 10000))
            return false;
        page->model()->fetchAllForTests();
        const int row = page->model()->findRow(RequestListQuery::Id, id);
        if (row < 0)
            return false;
        page->table()->selectRow(row);
        return page->detail()->requestId() == id;
    }

    // Answers the decision dialog with a comment and the decision button. Where a comment is
    // required (returning, rejecting), the button must be disabled until the comment is typed.
    [[nodiscard]] static std::unique_ptr<test::DialogAnswerer<QDialog>> answerDecision(const QString& comment)
    {
        return test::answerNextDialog([comment](QDialog* d) {
            auto* edit = d->findChild<QPlainTextEdit*>(QStringLiteral("decisionComment"));
            auto* ok = d->findChild<QPushButton*>(QStringLiteral("decisionOkButton"));
            QVERIFY2(edit && ok, "not the decision dialog");
            if (!comment.isEmpty()) {
                if (!d->windowTitle().contains(QLatin1String("Approve")))
                    QVERIFY2(!ok->isEnabled(), "the decision button was enabled without a comment");
                edit->setFocus();
                test::commitText(edit, comment);
            }
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = ConsoleDatabase::open(m_path);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(DemoBuilder::build(*m_db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void countyClosureThroughCityAndProvince()
    {
        const qint64 jinjiang = scalar(QStringLiteral(
            "SELECT id FROM organisations WHERE division_code = '350582' AND kind = 'government' AND level = 'county'"));
        QVERIFY(jinjiang);
        // A county department still running a site of its own (flagged for consolidation).
        const qint64 department = scalar(QStringLiteral("SELECT id FROM organisations WHERE parent_id = %1 AND kind = "
                                                        "'department' ORDER BY id LIMIT 1")
                                             .arg(jinjiang));
        QVERIFY(department);
        Site own;
        own.code = RegistryQueries(m_db->connection()).nextSiteCode(QStringLiteral("350582")).value();
        own.name = QStringLiteral("晋江市文化体育和旅游局网站");
        own.domain = QStringLiteral("wtl.jinjiang.gov.cn");
        own.url = QStringLiteral("https://wtl.jinjiang.gov.cn/");
        own.kind = SiteKind::Department;
        own.status = SiteStatus::Operating;
        own.platform = Platform::Standalone;
        own.hostOrgId = department;
        const auto registered = RegistryService(m_db->connection()).registerSite(Session::system(QStringLiteral("test")), own);
        QVERIFY2(registered.ok(), qPrintable(registered.error().fullText()));
        const qint64 site = *registered;
        const QString siteName = SiteRepository(m_db->connection()).byId(site)->name;
        QTemporaryDir files;
        const QString evidence = files.filePath(QStringLiteral("数据迁移说明.txt"));
        {
            QFile f(evidence);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("全部栏目已迁移至晋江市政府门户网站。").toUtf8());
        }

        // 1. The county's inspector files the closing request.
        qint64 id = 0;
        {
            auto inspector = open(QStringLiteral("inspector-jinjiang"));
            QVERIFY(inspector);
            auto* page = inspector->page;
            // An inspector files, but decides nothing: no inbox, no decision buttons.
            QCOMPARE(page->scopes()->tabText(0), QStringLiteral("My requests"));
            QCOMPARE(page->badge(), 0);
            bool sawError = false;
            bool submitBlocked = false;
            bool fileChosen = false;
            const auto filing = test::answerNext<RequestDialog>([&](RequestDialog* dialog) {
                auto* type = dialog->findChild<QComboBox*>(QStringLiteral("typeCombo"));
                type->setCurrentIndex(type->findData(QStringLiteral("close")));
                auto* siteCombo = dialog->findChild<QComboBox*>(QStringLiteral("siteCombo"));
                siteCombo->setCurrentIndex(siteCombo->findData(site));
                auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
                reason->setFocus();
                test::commitText(reason, QStringLiteral("县级部门原则上不开设网站，信息并入县政府门户网站。"));
                // Without the migration evidence, the check says so and submitting is refused.
                // Beside the attachments, the field it is about.
                const QString findings = dialog->findChild<QLabel*>(QStringLiteral("attachmentsMessage"))->text();
                sawError = findings.contains(QLatin1String("evidence"));
                submitBlocked = !button(dialog, "submitButton")->isEnabled();
                // The evidence, through the file dialog.
                {
                    const auto file = test::answerFileDialog(evidence);
                    QTest::mouseClick(button(dialog, "addAttachmentButton"), Qt::LeftButton);
                    fileChosen = file.came() && file.asked().mode == FileDialog::Mode::Open;
                }
                QTest::mouseClick(button(dialog, "submitButton"), Qt::LeftButton);
            });
            QTest::mouseClick(button(inspector->window.get(), "newRequestButton"), Qt::LeftButton);
            QVERIFY(filing->answered());
            QVERIFY(sawError);
            QVERIFY(submitBlocked);
            QVERIFY(fileChosen);
            id = scalar(QStringLiteral("SELECT max(id) FROM requests WHERE site_id = %1").arg(site));
            QVERIFY(id);
            // The new request is selected in "My requests", submitted, waiting for the city.
            QTRY_COMPARE(page->detail()->requestId(), id);
            QCOMPARE(page->scope(), RequestsPage::Scope::Mine);
            const auto r = RequestQueries(m_db->connection()).byId(id);
            QCOMPARE(r->state, RequestState::Submitted);
            QCOMPARE(r->stepCount, 2);
            QCOMPARE(page->detail()->chain()->rowCount(), 2);
            QVERIFY(page->detail()->chain()->item(0, 1)->text().contains(QStringLiteral("泉州市")));
            QVERIFY(page->detail()->chain()->item(1, 1)->text().contains(QStringLiteral("福建省")));
            QCOMPARE(page->detail()->attachments()->rowCount(), 1);
            QVERIFY(!button(page, "approveRequestButton")->isVisible());
            QVERIFY(!button(page, "returnRequestButton")->isVisible());
            QVERIFY(button(page, "withdrawRequestButton")->isVisible());
        }

        // A city that is not Jinjiang's sees nothing waiting, and cannot decide it.
        {
            auto xiamen = open(QStringLiteral("approver-xiamen"));
            QVERIFY(xiamen);
            QTRY_VERIFY(!xiamen->page->model()->isLoading());
            xiamen->page->model()->fetchAllForTests();
            QCOMPARE(xiamen->page->model()->findRow(RequestListQuery::Id, id), -1);
        }

        // 2. Quanzhou's approver finds it in the inbox (counted in the sidebar) and returns it.
        {
            auto city = open(QStringLiteral("approver-quanzhou"));
            QVERIFY(city);
            auto* page = city->page;
            QCOMPARE(page->scope(), RequestsPage::Scope::Inbox);
            QVERIFY(page->badge() >= 1);
            auto* nav = city->window->findChild<QListWidget*>(QStringLiteral("navigationList"));
            QVERIFY(nav->currentItem()->text().contains(QStringLiteral("(%1)").arg(page->badge())));
            QVERIFY(select(page, id));
            QVERIFY(button(page, "approveRequestButton")->isVisible());
            QVERIFY(!button(page, "editRequestButton")->isVisible());
            const int before = page->badge();
            const auto decision = answerDecision(QStringLiteral("请补充迁移后的栏目对照表。"));
            QTest::mouseClick(button(page, "returnRequestButton"), Qt::LeftButton);
            QVERIFY(decision->answered());
            QCOMPARE(RequestQueries(m_db->connection()).byId(id)->state, RequestState::Returned);
            QCOMPARE(page->badge(), before - 1);
            QVERIFY(!button(page, "approveRequestButton")->isVisible());
        }

        // 3. The inspector changes it and submits again.
        {
            auto inspector = open(QStringLiteral("inspector-jinjiang"));
            QVERIFY(select(inspector->page, id));
            auto* panel = inspector->page->detail();
            QVERIFY(panel->findChild<QLabel*>(QStringLiteral("requestState"))->text().contains(QLatin1String("Returned")));
            QVERIFY(button(panel, "editRequestButton")->isVisible());
            const auto editing = test::answerNext<RequestDialog>([](RequestDialog* d) {
                auto* reason = d->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
                reason->moveCursor(QTextCursor::End);
                reason->setFocus();
                test::commitText(reason, QStringLiteral("已补充栏目对照表。"));
                QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
            });
            QTest::mouseClick(button(panel, "editRequestButton"), Qt::LeftButton);
            QVERIFY(editing->answered());
            const auto r = RequestQueries(m_db->connection()).byId(id);
            QCOMPARE(r->state, RequestState::Submitted);
            QCOMPARE(r->round, 2);
            QVERIFY(r->draft.reason.endsWith(QStringLiteral("已补充栏目对照表。")));
        }

        // 4. The city approves; 5. the province approves and the site closes.
        {
            auto city = open(QStringLiteral("approver-quanzhou"));
            QVERIFY(select(city->page, id));
            const auto decision = answerDecision(QStringLiteral("同意，报省审批。"));
            QTest::mouseClick(button(city->page, "approveRequestButton"), Qt::LeftButton);
            QVERIFY(decision->answered());
            const auto r = RequestQueries(m_db->connection()).byId(id);
            QCOMPARE(r->state, RequestState::InReview);
            QCOMPARE(r->currentStep, 2);
        }
        {
            auto province = open(QStringLiteral("approver"));
            QVERIFY(select(province->page, id));
            const auto decision = answerDecision(QString());
            QTest::mouseClick(button(province->page, "approveRequestButton"), Qt::LeftButton);
            QVERIFY(decision->answered());
            const auto r = RequestQueries(m_db->connection()).byId(id);
            QCOMPARE(r->state, RequestState::Executed);
            const auto closed = SiteRepository(m_db->connection()).byId(site);
            QCOMPARE(closed->status, SiteStatus::Closed);
            QCOMPARE(closed->closedOn, OfficeClock::today());
            // The history has every step, both rounds.
            QStringList actions;
            auto* history = province->page->detail()->history();
            for (int row = 0; row < history->rowCount(); ++row)
                actions << history->item(row, 2)->text();
            const QString all = actions.join(u'|');
            for (const char* expected : {"created", "attached a file", "submitted", "returned for changes", "edited",
                     "approved", "carried out on the registry"})
                QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));

            // The registry shows the site closed.
            QVERIFY(province->window->showPage(QStringLiteral("sites"),
                {{QStringLiteral("text"), siteName}, {QStringLiteral("site"), site}}));
            auto* sites = qobject_cast<SitesPage*>(province->window->currentPage());
            QTRY_COMPARE(sites->detail()->siteId(), site);
            bool shownClosed = false;
            for (QLabel* l : sites->detail()->findChildren<QLabel*>())
                shownClosed = shownClosed || l->text() == QLatin1String("Closed");
            QVERIFY(shownClosed);

            // The filed form, as a PDF (the request has left the inbox: it is among all requests).
            QVERIFY(province->window->showPage(QStringLiteral("requests"), {{QStringLiteral("scope"), QStringLiteral("all")}}));
            QVERIFY(select(province->page, id));
            const QString pdf = files.filePath(QStringLiteral("request.pdf"));
            QVERIFY(province->page->detail()->exportPdf(pdf));
            if (qEnvironmentVariableIsSet("SITEGOV_KEEP_PDF")) // to look at it
                QFile::copy(pdf, qEnvironmentVariable("SITEGOV_KEEP_PDF"));
            QFile out(pdf);
            QVERIFY(out.open(QIODevice::ReadOnly));
            QVERIFY(out.read(5) == "%PDF-");
#ifdef SITEGOV_PDFTOTEXT
            QProcess text;
            text.start(QStringLiteral(SITEGOV_PDFTOTEXT), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            // Table cells wrap, so the text is compared without white space (and folded to NFKC:
            // full-width punctuation comes back as typed or as ASCII, depending on the font).
            const auto flat = [](const QString& t) {
                QString folded = t.normalized(QString::NormalizationForm_KC);
                folded.remove(QRegularExpression(QStringLiteral("\\s")));
                return folded;
            };
            const QString content = flat(QString::fromUtf8(text.readAllStandardOutput()));
            for (const QString& expected : {siteName, QStringLiteral("请补充迁移后的栏目对照表。"), QStringLiteral("同意，报省审批。"),
                     QStringLiteral("Page 1 of"), QStringLiteral("Printed on"), QStringLiteral("Request number"),
                     QStringLiteral("数据迁移说明.txt")})
                QVERIFY2(content.contains(flat(expected)), qPrintable(expected + u'\n' + content));
#endif
        }
    }

    void decisionsNeedACommentToRejectOrReturn()
    {
        DecisionDialog reject(Decision::Reject, QStringLiteral("关于开设某网站的请示"), QStringLiteral("Step 1 of 2"),
            QString(), false, {}, nullptr);
        auto* ok = reject.findChild<QPushButton*>(QStringLiteral("decisionOkButton"));
        QVERIFY(!ok->isEnabled());
        test::commitText(reject.findChild<QPlainTextEdit*>(QStringLiteral("decisionComment")), QStringLiteral("不符合要求"));
        QVERIFY(ok->isEnabled());
        // A final approval with an error in the checks cannot be given.
        DecisionDialog approve(Decision::Approve, QStringLiteral("关于开设某网站的请示"), QStringLiteral("Step 2 of 2"),
            QString(), true, {Finding{Finding::Severity::Error, QString(), QStringLiteral("security report missing")}},
            nullptr);
        QVERIFY(!approve.findChild<QPushButton*>(QStringLiteral("decisionOkButton"))->isEnabled());
        QVERIFY(approve.findChild<QLabel*>(QStringLiteral("decisionFindings"))->text().contains(QLatin1String("security")));
    }

    void unreadableOrOversizedAttachmentsAreRefused()
    {
        AppContext context{m_db.get(), login(QStringLiteral("inspector-jinjiang"))};
        RequestDialog dialog(context, 0, nullptr);
        QTemporaryDir dir;
        // A missing file, an empty one, and one over the limit: each refused with a message.
        const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
        QFile(empty).open(QIODevice::WriteOnly);
        const QString big = dir.filePath(QStringLiteral("big.pdf"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(RequestAttachments::kMaxBytes + 1));
        }
        for (const QString& path : {dir.filePath(QStringLiteral("missing.pdf")), empty, big}) {
            const auto box = test::answerMessageBox(MessageBox::Ok);
            QVERIFY(!dialog.addAttachment(AttachmentKind::Letter, path));
            QVERIFY2(box.came(), qPrintable(path));
            QVERIFY2(box.asked().icon == MessageBox::Icon::Warning && !box.asked().text.isEmpty(), qPrintable(path));
        }
        QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("attachmentsTable"))->rowCount(), 0);
    }
};

QTEST_MAIN(TestRequestsPage)
#include "TestRequestsPage.moc"
