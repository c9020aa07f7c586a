// The probe in the console: the site hub's probe section against the demo's probe results (counted
// here independently with SQL), the columns dialog (add, a refused address, change, remove, each
// audited), and the dashboard's veto-risk card opening its list and a site from it.
#include "../GuiTestSupport.h"
#include "core/OfficeClock.h"
#include "core/ProbeRules.h"
#include "demo/DemoBuilder.h"
#include "gui/MainWindow.h"
#include "gui/charts/BarChartPanel.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/FigureCard.h"
#include "gui/inspections/InspectionForm.h"
#include "gui/inspections/InspectionModels.h"
#include "gui/inspections/InspectionsPage.h"
#include "gui/probe/ProbeColumnsDialog.h"
#include "gui/probe/SiteProbePanel.h"
#include "gui/probe/VetoRiskDialog.h"
#include "gui/registry/SiteDetailPanel.h"
#include "gui/registry/SitesPage.h"
#include "storage/AccountService.h"
#include "storage/ProbeStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

class TestProbeConsole final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QDate m_today = OfficeClock::today();

    Session login(const QString& user)
    {
        const auto s
            = AccountService(m_db->connection()).authenticate(user, QString::fromLatin1(DemoBuilder::kPassword));
        return s ? *s : Session{};
    }

    QVariantList column(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db->connection());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        QVariantList out;
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next())
            out << q.value(0);
        return out;
    }
    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        const QVariantList v = column(sql, binds);
        return v.isEmpty() ? -1 : v.constFirst().toLongLong();
    }

    // The demo's portal whose columns went stale: three stale, one blank.
    qint64 staleSite()
    {
        return scalar(QStringLiteral("SELECT site_id FROM probe_columns GROUP BY site_id "
                                     "HAVING sum(state = 'stale') = 3 AND sum(state = 'blank') = 1"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoBuilder::build(*m_db, {2017, m_today}).ok());
    }

    void siteHubShowsWhatTheProbeMeasured()
    {
        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        const qint64 site = staleSite();
        QVERIFY(site > 0);
        SiteProbePanel panel(context, nullptr);
        panel.resize(900, 1200);
        QSignalSpy loaded(&panel, &SiteProbePanel::loaded);
        panel.showSite(site, QStringLiteral("demo"));
        QVERIFY(loaded.wait(20000));

        // The chart: the last 7 days, probes and failures per day as stored.
        const BarChartPanel::Data& chart = panel.chart()->data();
        QCOMPARE(chart.categories.size(), 7);
        QCOMPARE(chart.sets.size(), 2);
        double probes = 0;
        double failures = 0;
        for (int i = 0; i < 7; ++i) {
            probes += chart.sets.at(0).values.at(i);
            failures += chart.sets.at(1).values.at(i);
        }
        const QVariantList between{site, m_today.addDays(-6).toString(Qt::ISODate), m_today.toString(Qt::ISODate)};
        QCOMPARE(qint64(probes),
            scalar(QStringLiteral("SELECT count(*) FROM probe_availability WHERE site_id = ? AND day BETWEEN ? AND ?"),
                between));
        QCOMPARE(qint64(failures),
            scalar(QStringLiteral("SELECT count(*) FROM probe_availability WHERE site_id = ? AND day BETWEEN ? AND ? "
                                  "AND outcome <> 'ok'"),
                between));
        QVERIFY(probes > 0);

        // The columns, with their states; the title counts them against the indicators' lines.
        QTableWidget* columns = panel.columns();
        QCOMPARE(columns->rowCount(), 5);
        QStringList states;
        for (int r = 0; r < columns->rowCount(); ++r)
            states << columns->item(r, 2)->text();
        QCOMPARE(states.count(QStringLiteral("not updated")), 3);
        QCOMPARE(states.count(QStringLiteral("blank")), 1);
        QCOMPARE(states.count(QStringLiteral("up to date")), 1);
        QVERIFY2(panel.findChildren<QLabel*>().size() > 0, "labels");
        bool title = false;
        for (QLabel* l : panel.findChildren<QLabel*>())
            title = title
                || l->text() == QStringLiteral("Columns checked for freshness: 3 stale, 1 blank (early warning)");
        QVERIFY(title);

        // The open findings, each with its evidence (status, bytes) and the page's hash in the tooltip.
        QTableWidget* findings = panel.findings();
        QCOMPARE(qint64(findings->rowCount()),
            scalar(QStringLiteral("SELECT count(*) FROM probe_findings WHERE site_id = ? AND resolved_at IS NULL"),
                {site}));
        QStringList kinds;
        for (int r = 0; r < findings->rowCount(); ++r) {
            kinds << findings->item(r, 0)->data(Qt::UserRole).toString();
            QVERIFY2(findings->item(r, 6)->text().contains(QStringLiteral("HTTP 200")),
                qPrintable(findings->item(r, 6)->text()));
            QVERIFY(findings->item(r, 6)->toolTip().contains(QStringLiteral("SHA-256 of the page: ")));
        }
        kinds.sort();
        QCOMPARE(kinds,
            (QStringList{QStringLiteral("column_blank"), QStringLiteral("column_stale"), QStringLiteral("column_stale"),
                QStringLiteral("column_stale")}));
        QVERIFY(panel.summary()->text().contains(QStringLiteral("Homepage: newest date")));

        // The hub of the Sites page holds the section for the site shown.
        SiteDetailPanel hub(context, nullptr);
        hub.showSite(site);
        QVERIFY(hub.probePanel()->isVisibleTo(&hub));
        QTRY_VERIFY_WITH_TIMEOUT(!hub.probePanel()->isLoading(), 20000);
        QCOMPARE(hub.probePanel()->columns()->rowCount(), 5);

        // For looking at the section (SITEGOV_SHOT_DIR): the Sites page at laptop sizes, scrolled to it.
        const QString shots = qEnvironmentVariable("SITEGOV_SHOT_DIR");
        for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
            if (shots.isEmpty())
                break;
            MainWindow window(context);
            window.resize(size);
            window.show();
            QVERIFY(window.showPage(QStringLiteral("sites"), {{QStringLiteral("site"), site}}));
            auto* sites = qobject_cast<SitesPage*>(window.currentPage());
            QVERIFY(sites);
            QTRY_COMPARE_WITH_TIMEOUT(sites->detail()->siteId(), site, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(!sites->detail()->probePanel()->isLoading(), 20000);
            QWidget* section = sites->detail()->probePanel();
            for (QWidget* w = section->parentWidget(); w; w = w->parentWidget()) {
                if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
                    scroll->ensureWidgetVisible(
                        section->findChild<QTableWidget*>(QStringLiteral("probeColumnsTable")), 0, 0);
                    break;
                }
            }
            QTest::qWait(200);
            window.grab().save(
                QStringLiteral("%1/probe-hub-%2x%3.png").arg(shots).arg(size.width()).arg(size.height()));
        }
    }

    void columnsAreRegisteredInTheConsole()
    {
        AppContext context{m_db.get(), login(QStringLiteral("admin"))};
        const qint64 site = staleSite();
        ProbeColumnsDialog dialog(context, site, QStringLiteral("demo"), nullptr);
        QCOMPARE(dialog.table()->rowCount(), 5);
        const qint64 audits
            = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'probe_column'"));

        // A page address that is none: refused with the reason, nothing saved.
        dialog.nameEdit()->setText(QStringLiteral("人事信息"));
        dialog.urlEdit()->setText(QStringLiteral("ftp://example.gov.cn/rsxx/"));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("other")));
        QString refused;
        MessageBox::setNextAnswer(MessageBox::Ok, [&refused](const MessageBox::Message& m) { refused = m.text; });
        dialog.addButton()->click();
        QVERIFY2(refused.contains(QStringLiteral("must start with http:// or https://")), qPrintable(refused));
        QCOMPARE(dialog.table()->rowCount(), 5);

        dialog.urlEdit()->setText(QStringLiteral("https://example.gov.cn/rsxx/"));
        dialog.selectorEdit()->setText(QStringLiteral("div.list ul"));
        dialog.addButton()->click();
        QCOMPARE(dialog.table()->rowCount(), 6);
        QVERIFY(dialog.changedSomething());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM probe_columns WHERE site_id = ? AND active = 1 AND "
                                       "name = '人事信息' AND kind = 'other' AND selector = 'div.list ul'"),
                     {site}),
            1);

        // Changed: a new kind is a new measurement.
        const int row = dialog.table()->currentRow();
        QCOMPARE(dialog.table()->item(row, 0)->text(), QStringLiteral("人事信息"));
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("notice")));
        dialog.saveButton()->click();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM probe_columns WHERE site_id = ? AND active = 1 AND "
                                       "name = '人事信息' AND kind = 'notice'"),
                     {site}),
            1);

        // Removed after the question; kept inactive.
        dialog.table()->selectRow(row);
        MessageBox::setNextAnswer(MessageBox::Yes);
        dialog.removeButton()->click();
        QCOMPARE(dialog.table()->rowCount(), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM probe_columns WHERE site_id = ? AND active = 0 AND "
                                       "name = '人事信息'"),
                     {site}),
            1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'probe_column'")), audits + 3);
    }

    // Today's inspection starts from what the probe measured today: the items it measures are
    // pre-filled (a failure with the measurement as its note); the saved inspection records, per item,
    // what the probe said and whether the inspector confirmed or overrode it.
    void todaysInspectionIsPrefilled()
    {
        AppContext context{m_db.get(), login(QStringLiteral("inspector"))};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("inspections")));
        auto* page = qobject_cast<InspectionsPage*>(window.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->currentSiteId() != 0 && !page->todayModel()->isLoading(), 20000);
        InspectionForm* form = page->form();
        // The demo measures nothing on its last day: the form starts empty.
        QCOMPARE(form->decided(), 0);
        const qint64 site = page->currentSiteId();
        const int row = page->todayTable()->currentIndex().row();

        // The probe measures the site today: reachable, and no 找错 entry on the homepage.
        const QDateTime now = OfficeClock::nowUtc();
        AvailabilityRecord probe;
        probe.siteId = site;
        probe.at = now.addSecs(-60);
        probe.url = QStringLiteral("https://example.gov.cn/");
        probe.httpStatus = 200;
        probe.latencyMs = 120;
        ProbeStore store(m_db->connection());
        QVERIFY(store.recordAvailability({probe}));
        SiteCheckRecord check;
        check.siteId = site;
        check.at = now.addSecs(-30);
        FetchRecord home;
        home.at = check.at;
        home.url = probe.url;
        home.httpStatus = 200;
        check.fetches << home;
        check.homepageFetch = 0;
        check.homepageNewest = m_today;
        check.findings << FindingObservation{FindingKind::ErrorEntryMissing, {}, {}, {}, 0};
        QVERIFY(store.recordSiteCheck(check));

        // Shown again: pre-filled.
        page->todayTable()->selectRow(row == 0 ? 1 : 0);
        QTRY_VERIFY(page->currentSiteId() != site);
        page->todayTable()->selectRow(row);
        QTRY_COMPARE(page->currentSiteId(), site);
        const Checklist& list = form->checklist();
        const int reachable = list.indexOf(QStringLiteral("homepage_reachable"));
        const int entry = list.indexOf(QStringLiteral("error_entry"));
        const int updated = list.indexOf(QStringLiteral("homepage_updated"));
        QVERIFY(reachable >= 0 && entry >= 0 && updated >= 0);
        QCOMPARE(form->decided(), int(ProbeRules::measuredItems().size()));
        QCOMPARE(form->result(reachable), std::optional<ItemResult>(ItemResult::Pass));
        QCOMPARE(form->result(updated), std::optional<ItemResult>(ItemResult::Pass));
        QCOMPARE(form->result(entry), std::optional<ItemResult>(ItemResult::Fail));
        QVERIFY(form->outcomes()
                    .value(QStringLiteral("error_entry"))
                    .note.contains(QStringLiteral("No \"I find errors\" entry")));

        // The inspector finds the entry after all (overrides the probe), passes the rest, saves.
        form->setResult(entry, ItemResult::Pass);
        form->markRestPassed();
        std::optional<test::AnswerEveryMessageBox> answerer;
        answerer.emplace(MessageBox::No, [](const MessageBox::Message&) { return true; });
        Q_EMIT form->saveRequested();
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT count(*) FROM inspections WHERE site_id = ? AND day = ?"),
                {site, m_today.toString(Qt::ISODate)})
                == 1,
            10000);
        const qint64 inspection = scalar(QStringLiteral("SELECT id FROM inspections WHERE site_id = ? AND day = ?"),
            {site, m_today.toString(Qt::ISODate)});
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM inspection_probe_items WHERE inspection_id = ?"), {inspection}),
            qint64(ProbeRules::measuredItems().size()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspection_probe_items WHERE inspection_id = ? AND "
                                       "decision = 'confirmed'"),
                     {inspection}),
            qint64(ProbeRules::measuredItems().size() - 1));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM inspection_probe_items WHERE inspection_id = ? AND "
                                  "item_key = 'error_entry' AND probe_result = 'fail' AND decision = 'overridden'"),
                {inspection}),
            1);
    }

    void dashboardCardOpensTheSitesAtRisk()
    {
        // Expected independently: this ISO week's availability (from one day's worth of probes), the
        // homepage findings and the columns' states of the running sites.
        const ProbeThresholds& t = ProbeRules::thresholds();
        const IsoWeek week = IsoWeek::of(m_today);
        QSet<qint64> expected;
        QSet<qint64> vetoed;
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("SELECT site_id, sum(probes), sum(failures) FROM probe_daily WHERE day BETWEEN ? AND ? "
                           "GROUP BY site_id"));
        q.addBindValue(week.monday().toString(Qt::ISODate));
        q.addBindValue(m_today.toString(Qt::ISODate));
        QVERIFY(q.exec());
        while (q.next()) {
            const double probes = q.value(1).toDouble();
            const double share = probes > 0 ? q.value(2).toDouble() / probes : 0;
            if (probes >= t.minProbesPerDay && share >= t.warningShare)
                expected << q.value(0).toLongLong();
            if (probes >= t.minProbesPerDay && share >= t.vetoShare)
                vetoed << q.value(0).toLongLong();
        }
        for (const QVariant& v :
            column(QStringLiteral("SELECT site_id FROM probe_findings WHERE resolved_at IS NULL AND "
                                  "kind IN ('homepage_stale', 'homepage_aging')")))
            expected << v.toLongLong();
        for (const QVariant& v :
            column(QStringLiteral("SELECT site_id FROM probe_findings WHERE resolved_at IS NULL AND "
                                  "kind = 'homepage_stale'")))
            vetoed << v.toLongLong();
        expected << staleSite();
        QVERIFY(expected.size() >= 3);

        AppContext context{m_db.get(), login(QStringLiteral("director"))};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        auto* page = qobject_cast<DashboardPage*>(window.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        auto* card = page->findChild<FigureCard*>(QStringLiteral("figureVetoRisk"));
        QVERIFY(card);
        QCOMPARE(card->value(), QString::number(expected.size()));

        qint64 opened = 0;
        auto answer = test::answerNext<VetoRiskDialog>([&](VetoRiskDialog* d) {
            QCOMPARE(d->table()->rowCount(), int(expected.size()));
            QSet<qint64> listed;
            for (int r = 0; r < d->table()->rowCount(); ++r)
                listed << d->table()->item(r, 0)->data(Qt::UserRole).toLongLong();
            QCOMPARE(listed, expected);
            // Worst first: the sites at a veto line lead.
            for (int r = 0; r < int(vetoed.size()); ++r)
                QCOMPARE(d->table()->item(r, 5)->text(), QStringLiteral("veto"));
            opened = d->table()->item(0, 0)->data(Qt::UserRole).toLongLong();
            d->openRow(0);
        });
        Q_EMIT card->activated();
        QVERIFY(answer->answered());
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("sites"));
        auto* sites = qobject_cast<SitesPage*>(window.currentPage());
        QVERIFY(sites);
        QTRY_COMPARE_WITH_TIMEOUT(sites->detail()->siteId(), opened, 20000);
    }
};

QTEST_MAIN(TestProbeConsole)
#include "TestProbeConsole.moc"
