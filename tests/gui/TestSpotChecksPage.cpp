#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "core/OfficeClock.h"
#include "core/ScoringModel.h"
#include "gui/spotchecks/AssessmentDialog.h"
#include "gui/spotchecks/BulletinDialog.h"
#include "gui/spotchecks/SpotCheckListModel.h"
#include "gui/spotchecks/SpotChecksPage.h"
#include "storage/AccountService.h"
#include "storage/AssessmentOutbox.h"
#include "storage/ProbeStore.h"
#include "storage/RegistryService.h"
#include "storage/SpotCheckService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sitegov;

// The Spot checks page as a city office works it: the director draws the month's plan and assigns
// its sites to the checker, the checker fills in the assessment form (the score follows the typing)
// and submits it, the director confirms it with a rectification deadline, and the list shows the
// site failing and its assessment waiting to be sent to the backend.
class TestSpotChecksPage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_c = 0;
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

    void site(qint64 host, const QString& code, const QString& name, SiteKind kind)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = code + QStringLiteral(".example.gov.cn");
        s.url = QStringLiteral("https://%1/").arg(s.domain);
        s.kind = kind;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        QVERIFY(RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag).ok());
    }

    Session account(const QString& username, qint64 orgId, Role role)
    {
        const auto id = AccountService(db()).create(
            m_system, NewAccount{username, username, orgId, {role}}, QStringLiteral("secret pass"));
        return AccountService::sessionFor(AccountService(db()).byId(*id).value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        const qint64 p = org(
            0, QStringLiteral("P省人民政府"), AdminLevel::Province, QStringLiteral("350000"), QStringLiteral("p"));
        m_c = org(p, QStringLiteral("C市人民政府"), AdminLevel::City, QStringLiteral("350100"), QStringLiteral("c"));
        site(m_c, QStringLiteral("3501000001"), QStringLiteral("C市人民政府门户网站"), SiteKind::Portal);
        for (int i = 0; i < 5; ++i)
            site(m_c, QStringLiteral("350100%1").arg(1000 + i), QStringLiteral("C市部门网站%1").arg(i),
                SiteKind::Department);
        m_checker = account(QStringLiteral("checker"), m_c, Role::Inspector);
        m_director = account(QStringLiteral("director"), m_c, Role::Director);
    }

    void planAssessReviewAndQueue()
    {
        // The director draws and assigns.
        AppContext directorContext{m_db.get(), m_director};
        SpotChecksPage directorPage(directorContext, nullptr);
        directorPage.resize(1366, 700);
        directorPage.show();
        directorPage.activate();
        QTRY_VERIFY(!directorPage.isBusy());
        QCOMPARE(directorPage.model()->rowCount(), 0);
        QVERIFY(directorPage.drawPlan());
        // The portal (1 of 1) and 2 of the 5 department sites (35%).
        QTRY_COMPARE(directorPage.model()->rowCount(), 3);
        QVERIFY2(directorPage.planSummary()->text().contains(QStringLiteral("35%")),
            qPrintable(directorPage.planSummary()->text()));
        directorPage.table()->selectAll();
        QVERIFY(directorPage.assignSelected(m_checker.accountId));
        QTRY_COMPARE(
            directorPage.model()->raw(0, SpotCheckItemListQuery::Checker).toString(), QStringLiteral("checker"));

        // The checker fills in the form of the first site and submits it.
        AppContext checkerContext{m_db.get(), m_checker};
        SpotChecksPage checkerPage(checkerContext, nullptr);
        checkerPage.show();
        checkerPage.activate();
        QTRY_COMPARE(checkerPage.model()->rowCount(), 3);
        const QString siteName = checkerPage.model()->siteName(0);
        double shown = -1;
        const auto writing = test::answerNext<AssessmentDialog>([&](AssessmentDialog* form) {
            QVERIFY(form->deductionBox(QStringLiteral("info_update")));
            // A deduction stops at the indicator's points.
            form->deductionBox(QStringLiteral("info_update"))->setValue(50);
            QCOMPARE(form->deductionBox(QStringLiteral("info_update"))->value(), 8.0);
            form->vetoBox(QStringLiteral("homepage_stale"))->setChecked(true);
            QVERIFY2(form->scoreLabel()->text().contains(QStringLiteral("92")), qPrintable(form->scoreLabel()->text()));
            // Without evidence it is not submitted.
            {
                const auto refused = test::answerMessageBox(MessageBox::Ok);
                QVERIFY(!form->submit());
            }
            form->evidenceUrl(QStringLiteral("veto:homepage_stale"))
                ->setText(QStringLiteral("https://example.gov.cn/"));
            form->evidenceNote(QStringLiteral("veto:homepage_stale"))->setText(QStringLiteral("首页20天未更新"));
            form->evidenceUrl(QStringLiteral("deduction:info_update"))
                ->setText(QStringLiteral("https://example.gov.cn/news"));
            form->evidenceNote(QStringLiteral("deduction:info_update"))
                ->setText(QStringLiteral("动态要闻一个月未更新"));
            QVERIFY(form->submit());
            shown = form->shownTotal();
            form->reject();
        });
        checkerPage.openAssessment(0);
        QVERIFY(writing->answered());
        QTRY_COMPARE(checkerPage.model()->statusKey(0), QStringLiteral("submitted"));

        // The score the form showed is the model's (the backend's) for the same input.
        ScoreInput input;
        input.kind = checkerPage.model()->raw(0, SpotCheckItemListQuery::Kind).toString() == u"portal"
            ? SiteKind::Portal
            : SiteKind::Department;
        input.vetoes = {QStringLiteral("homepage_stale")};
        input.deductions = {{QStringLiteral("info_update"), 8}};
        QCOMPARE(shown, ScoringModel(ScoringRules::builtin().value()).score(input)->total);

        // The director confirms it with a deadline.
        directorPage.refresh();
        QTRY_COMPARE(directorPage.model()->statusKey(0), QStringLiteral("submitted"));
        const auto reviewing = test::answerNext<AssessmentDialog>([&](AssessmentDialog* form) {
            QVERIFY(!form->deductionBox(QStringLiteral("info_update"))->isEnabled()
                || form->deductionBox(QStringLiteral("info_update"))->isReadOnly());
            form->deadlineEdit()->setDate(OfficeClock::today().addDays(20));
            QVERIFY(form->confirm());
            form->reject();
        });
        directorPage.openAssessment(0);
        QVERIFY(reviewing->answered());
        QTRY_COMPARE(directorPage.model()->statusKey(0), QStringLiteral("confirmed"));
        QCOMPARE(directorPage.model()->siteName(0), siteName);
        QCOMPARE(directorPage.model()->data(directorPage.model()->index(0, SpotCheckItemListQuery::Result)).toString(),
            SpotCheckListModel::tr("Failed"));
        QCOMPARE(directorPage.model()->raw(0, SpotCheckItemListQuery::Sending).toString(), QStringLiteral("waiting"));
        QCOMPARE(AssessmentOutbox(db()).counts()->waiting, 1);
    }

    // The form of the second site: the probe's measurements of the month stand beside the veto item
    // they bear on, and a screenshot is stored with the evidence.
    void probeEvidenceAndFilesInTheForm()
    {
        AppContext checkerContext{m_db.get(), m_checker};
        SpotChecksPage page(checkerContext, nullptr);
        page.show();
        page.activate();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        const qint64 itemId = page.model()->itemId(1);
        const qint64 siteId = SpotCheckService(db()).item(itemId)->siteId;
        // 20 probes on the month's first day, 2 of them failed.
        QList<AvailabilityRecord> probes;
        const Period month = Period::monthOf(OfficeClock::today());
        const QDateTime first = QDateTime(month.firstDay(), QTime(8, 0), OfficeClock::zone()).toUTC();
        for (int i = 0; i < 20; ++i) {
            AvailabilityRecord r;
            r.siteId = siteId;
            r.at = first.addSecs(i * 1800);
            r.url = QStringLiteral("https://probe.example.gov.cn/");
            r.outcome = i % 10 == 3 ? ProbeOutcome::Timeout : ProbeOutcome::Ok;
            r.httpStatus = r.outcome == ProbeOutcome::Ok ? 200 : 0;
            r.latencyMs = r.outcome == ProbeOutcome::Ok ? 120 : 15000;
            probes << r;
        }
        QVERIFY(ProbeStore(db()).recordAvailability(probes).ok());

        const QString screenshot = m_dir.filePath(QStringLiteral("首页截图.png"));
        {
            QFile f(screenshot);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\x89PNG screenshot bytes");
        }
        const auto answered = test::answerNext<AssessmentDialog>([&](AssessmentDialog* form) {
            QLabel* probe = form->probeEvidence(QStringLiteral("veto:unreachable"));
            QVERIFY(probe);
            QVERIFY2(probe->text().contains(QStringLiteral("2 of 20 probes failed")), qPrintable(probe->text()));
            QVERIFY2(probe->text().contains(QStringLiteral("probe.example.gov.cn")), qPrintable(probe->text()));
            QVERIFY(!form->probeEvidence(QStringLiteral("veto:secret_leak")));
            QVERIFY(!form->evidenceFiles(QStringLiteral("veto:unreachable"))->isVisibleTo(form));
            form->evidenceNote(QStringLiteral("veto:unreachable"))->setText(QStringLiteral("监测一周内多次无法访问"));
            QVERIFY(form->attachFile(QStringLiteral("veto:unreachable"), screenshot));
            QLabel* files = form->evidenceFiles(QStringLiteral("veto:unreachable"));
            QVERIFY(files->isVisibleTo(form));
            QVERIFY2(files->text().contains(QStringLiteral("首页截图.png")), qPrintable(files->text()));
            // The note typed before attaching was saved with the draft.
            QCOMPARE(form->evidenceNote(QStringLiteral("veto:unreachable"))->text(),
                QStringLiteral("监测一周内多次无法访问"));
            form->reject();
        });
        page.openAssessment(1);
        QVERIFY(answered->answered());
        QSqlQuery q(db());
        QVERIFY(
            q.exec(QStringLiteral("SELECT f.file_name, f.content, e.note FROM assessment_files f JOIN assessments a ON "
                                  "a.id = f.assessment_id JOIN assessment_evidence e ON e.assessment_id = a.id AND "
                                  "e.item_key = f.item_key WHERE a.item_id = %1")
                       .arg(itemId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("首页截图.png"));
        QCOMPARE(q.value(1).toByteArray(), QByteArray("\x89PNG screenshot bytes"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("监测一周内多次无法访问"));
    }

    // The bulletin of the quarter: its preview names the failing site, and it saves as PDF and ODF text.
    void bulletinPreviewAndFiles()
    {
        AppContext context{m_db.get(), m_director};
        const Period month = Period::monthOf(OfficeClock::today());
        const Period quarter = Period::quarter(month.yearNumber(), (month.firstDay().month() - 1) / 3 + 1);
        BulletinDialog dialog(context, m_c, quarter, nullptr);
        QVERIFY(dialog.figures());
        QCOMPARE(dialog.figures()->sitesFailing, 1);
        const QString failing = dialog.figures()->failing.first().siteName;
        QVERIFY2(
            dialog.preview()->toPlainText().contains(failing), qPrintable(dialog.preview()->toPlainText().left(500)));
        QVERIFY(
            dialog.preview()->toPlainText().contains(QStringLiteral("Copy to")) || dialog.figures()->copyTo.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("bulletin.pdf"));
        const QString odt = m_dir.filePath(QStringLiteral("bulletin.odt"));
        QVERIFY(dialog.savePdf(pdf));
        QVERIFY(dialog.saveOdt(odt));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QFile o(odt);
        QVERIFY(o.open(QIODevice::ReadOnly));
        QVERIFY(o.read(2) == "PK");
        // The database itself is never a file to write.
        const auto refused = test::answerMessageBox(MessageBox::Ok);
        QVERIFY(!dialog.savePdf(m_db->path()));
    }
};

QTEST_MAIN(TestSpotChecksPage)
#include "TestSpotChecksPage.moc"
