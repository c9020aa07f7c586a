// The annual reports (国办函〔2018〕12号) on the demo database: every figure SiteGov computes for the
// office's 政府网站监管年度报表 and a site's 政府网站工作年度报表 equals the same figure counted here in
// SQL of the test's own (the jurisdiction by a recursive walk of the unit tree, not org_ancestors);
// the quarterly bulletin's error-report figures likewise; the states draft -> signed -> published,
// each audited, refused for the wrong role or outside the jurisdiction, a signed report locked here
// and in the database; the XLSX read back cell by cell and the PDF written.
#include "DemoDatabase.h"
#include "TestSupport.h"
#include "core/Domain.h"
#include "report/AnnualReportDocument.h"
#include "storage/AnnualReportQueries.h"
#include "storage/AnnualReportService.h"
#include "storage/BulletinQueries.h"
#include "storage/TableReader.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

class TestAnnualReports final : public QObject
{
    Q_OBJECT

    static constexpr int kYear = 2026; // the demo's year (built on 2026-11-28)
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_database;

    QSqlDatabase db() { return m_database->connection(); }

    QVariant one(const QString& sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.value(0);
    }
    qint64 count(const QString& sql) { return one(sql).toLongLong(); }

    qint64 unit(const QString& divisionCode)
    {
        return count(QStringLiteral("SELECT id FROM organisations WHERE division_code = '%1' AND kind = 'government'")
                         .arg(divisionCode));
    }

    // The units of the jurisdiction of `orgId`, walked down the tree.
    static QString down(qint64 orgId)
    {
        return QStringLiteral("(WITH RECURSIVE down(id) AS (SELECT CAST(%1 AS BIGINT) UNION ALL SELECT o.id FROM "
                              "organisations o JOIN down ON o.parent_id = down.id) SELECT id FROM down)")
            .arg(orgId);
    }

    static QVariant rate(qint64 part, qint64 whole)
    {
        return whole > 0 ? QVariant(100.0 * double(part) / double(whole)) : QVariant();
    }

    Session account(const QString& username)
    {
        Session s;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id, display_name, org_id FROM accounts WHERE username = ?"));
        q.addBindValue(username);
        if (!q.exec() || !q.next())
            return s;
        s.accountId = q.value(0).toLongLong();
        s.username = username;
        s.displayName = q.value(1).toString();
        s.orgId = q.value(2).toLongLong();
        QSqlQuery r(db());
        r.prepare(QStringLiteral("SELECT role FROM account_roles WHERE account_id = ?"));
        r.addBindValue(s.accountId);
        if (r.exec()) {
            while (r.next()) {
                if (const auto role = Permissions::role(r.value(0).toString()))
                    s.roles << *role;
            }
        }
        return s;
    }

    QVariantMap expectedOffice(qint64 org, int year)
    {
        const QString in = down(org);
        const QString y = QString::number(year);
        const QString from = QStringLiteral("%1-12-31T16:00:00Z").arg(year - 1); // midnight in Beijing, UTC
        const QString to = QStringLiteral("%1-12-31T16:00:00Z").arg(year);
        QVariantMap e;
        e.insert(QStringLiteral("org_name"), one(QStringLiteral("SELECT name FROM organisations WHERE id = %1").arg(org)));
        e.insert(QStringLiteral("sites_running"),
            count(QStringLiteral("SELECT count(*) FROM sites WHERE host_org_id IN %1 AND status IN ('operating', "
                                 "'migrating', 'closed') AND coalesce(opened_on, '') <= '%2-12-31' AND ((closed_on IS "
                                 "NULL AND status <> 'closed') OR closed_on > '%2-12-31')")
                      .arg(in, y)));
        const QList<std::pair<QString, QString>> types{{QStringLiteral("sites_opened"), QStringLiteral("open")},
            {QStringLiteral("sites_closed"), QStringLiteral("close")},
            {QStringLiteral("sites_merged"), QStringLiteral("merge")},
            {QStringLiteral("sites_migrated"), QStringLiteral("migrate")}};
        for (const auto& [key, type] : types)
            e.insert(key,
                count(QStringLiteral("SELECT count(*) FROM requests WHERE type = '%1' AND state = 'executed' AND "
                                     "unit_id IN %2 AND closed_at >= '%3' AND closed_at < '%4'")
                          .arg(type, in, from, to)));
        e.insert(QStringLiteral("spot_rounds"),
            count(QStringLiteral("SELECT count(*) FROM spot_check_plans WHERE org_id IN %1 AND substr(month, 1, 4) = "
                                 "'%2'")
                      .arg(in, y)));
        const QString checks = QStringLiteral("FROM assessments a JOIN sites s ON s.id = a.site_id WHERE s.host_org_id "
                                              "IN %1 AND a.status = 'confirmed' AND substr(a.period, 1, 4) = '%2'")
                                   .arg(in, y);
        e.insert(QStringLiteral("spot_checks"), count(QStringLiteral("SELECT count(*) ") + checks));
        const qint64 checked = count(QStringLiteral("SELECT count(DISTINCT a.site_id) ") + checks);
        const qint64 passed = count(
            QStringLiteral("SELECT count(*) FROM (SELECT a.site_id ") + checks
            + QStringLiteral(" GROUP BY a.site_id HAVING min(a.passed) = 1) t"));
        e.insert(QStringLiteral("spot_sites_checked"), checked);
        e.insert(QStringLiteral("spot_sites_passed"), passed);
        e.insert(QStringLiteral("spot_pass_rate"), rate(passed, checked));
        const QString tickets
            = QStringLiteral("SELECT count(*) FROM tickets WHERE unit_id IN %1 AND substr(received_on, 1, 4) = '%2'")
                  .arg(in, y);
        const qint64 valid = count(tickets + QStringLiteral(" AND valid = 1"));
        const qint64 onTime
            = count(tickets + QStringLiteral(" AND valid = 1 AND status = 'closed' AND closed_on <= deadline"));
        e.insert(QStringLiteral("tickets_received"), count(tickets));
        e.insert(QStringLiteral("tickets_valid"), valid);
        e.insert(QStringLiteral("tickets_closed_on_time"), onTime);
        e.insert(QStringLiteral("tickets_on_time_rate"), rate(onTime, valid));
        const QString measures = QStringLiteral(
            "SELECT count(*) FROM accountability_records a JOIN rectifications r ON r.id = a.rectification_id JOIN "
            "sites s ON s.id = r.site_id WHERE s.host_org_id IN %1 AND substr(a.decided_on, 1, 4) = '%2'")
                                     .arg(in, y);
        e.insert(QStringLiteral("accountability_people"), count(measures));
        for (const QString& m : {QStringLiteral("interview"), QStringLiteral("written_examination"),
                 QStringLiteral("reprimand"), QStringLiteral("transfer"), QStringLiteral("dismissal")})
            e.insert(QStringLiteral("accountability_") + m, count(measures + QStringLiteral(" AND a.measure = '%1'").arg(m)));
        return e;
    }

    QVariantMap expectedSite(qint64 site, int year)
    {
        const QString y = QString::number(year);
        QVariantMap e;
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT s.name, s.url, o.name, s.kind, s.code, coalesce(s.icp_filing, ''), "
                                   "coalesce(s.psb_filing, '') FROM sites s, organisations o WHERE o.id = "
                                   "s.host_org_id AND s.id = %1")
                        .arg(site))
            || !q.next())
            return e;
        e.insert(QStringLiteral("site_name"), q.value(0));
        e.insert(QStringLiteral("site_url"), q.value(1));
        e.insert(QStringLiteral("host_unit"), q.value(2));
        e.insert(QStringLiteral("site_kind"), Vocabulary::displayName(*Vocabulary::siteKind(q.value(3).toString())));
        e.insert(QStringLiteral("site_code"), q.value(4));
        e.insert(QStringLiteral("icp_filing"), q.value(5));
        e.insert(QStringLiteral("psb_filing"), q.value(6));
        e.insert(QStringLiteral("requests_executed"),
            count(QStringLiteral("SELECT count(*) FROM requests WHERE state = 'executed' AND closed_at >= "
                                 "'%1-12-31T16:00:00Z' AND closed_at < '%2-12-31T16:00:00Z' AND (site_id = %3 OR "
                                 "target_site_id = %3 OR result_site_id = %3)")
                      .arg(year - 1)
                      .arg(year)
                      .arg(site)));
        const QString inspections
            = QStringLiteral("FROM inspections WHERE site_id = %1 AND substr(day, 1, 4) = '%2'").arg(site).arg(y);
        e.insert(QStringLiteral("inspection_days"),
            count(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT day ") + inspections + QStringLiteral(") t")));
        e.insert(QStringLiteral("inspection_failed_days"),
            count(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT day ") + inspections
                + QStringLiteral(" AND failed > 0) t")));
        const QString items
            = QStringLiteral("SELECT count(*) FROM rectifications WHERE site_id = %1 AND substr(opened_on, 1, 4) = '%2'")
                  .arg(site)
                  .arg(y);
        e.insert(QStringLiteral("rectifications_opened"), count(items));
        e.insert(QStringLiteral("rectifications_closed"), count(items + QStringLiteral(" AND status = 'closed'")));
        const qint64 probes = count(
            QStringLiteral("SELECT coalesce(sum(probes), 0) FROM probe_daily WHERE site_id = %1 AND substr(day, 1, 4) = "
                           "'%2'")
                .arg(site)
                .arg(y));
        const qint64 failures = count(
            QStringLiteral("SELECT coalesce(sum(failures), 0) FROM probe_daily WHERE site_id = %1 AND substr(day, 1, "
                           "4) = '%2'")
                .arg(site)
                .arg(y));
        e.insert(QStringLiteral("probe_count"), probes);
        e.insert(QStringLiteral("probe_failures"), failures);
        e.insert(QStringLiteral("probe_availability"), rate(probes - failures, probes));
        const QString tickets
            = QStringLiteral("SELECT count(*) FROM tickets WHERE site_id = %1 AND substr(received_on, 1, 4) = '%2'")
                  .arg(site)
                  .arg(y);
        const qint64 valid = count(tickets + QStringLiteral(" AND valid = 1"));
        const qint64 onTime
            = count(tickets + QStringLiteral(" AND valid = 1 AND status = 'closed' AND closed_on <= deadline"));
        e.insert(QStringLiteral("tickets_received"), count(tickets));
        e.insert(QStringLiteral("tickets_valid"), valid);
        e.insert(QStringLiteral("tickets_closed_on_time"), onTime);
        e.insert(QStringLiteral("tickets_on_time_rate"), rate(onTime, valid));
        const QString checks = QStringLiteral("FROM assessments WHERE site_id = %1 AND status = 'confirmed' AND "
                                              "substr(period, 1, 4) = '%2'")
                                   .arg(site)
                                   .arg(y);
        e.insert(QStringLiteral("spot_checks"), count(QStringLiteral("SELECT count(*) ") + checks));
        e.insert(QStringLiteral("spot_passed"), count(QStringLiteral("SELECT count(*) ") + checks + QStringLiteral(" AND passed = 1")));
        const QVariant sum = one(QStringLiteral("SELECT sum(total) ") + checks);
        const qint64 n = e.value(QStringLiteral("spot_checks")).toLongLong();
        e.insert(QStringLiteral("spot_average"), n > 0 ? QVariant(sum.toDouble() / double(n)) : QVariant());
        const QVariant score = one(QStringLiteral("SELECT max(c.total) FROM score_cache c, sites s WHERE s.code = "
                                                  "c.site_code AND c.period = '%1' AND s.id = %2")
                                       .arg(y)
                                       .arg(site));
        e.insert(QStringLiteral("score_year"), score.isNull() ? QVariant() : QVariant(score.toDouble()));
        return e;
    }

    // Every computed line of the form has its figure, equal to the expected one.
    static void compareFigures(AnnualReportKind kind, const QVariantMap& got, const QVariantMap& expected, const QString& what)
    {
        const QList<AnnualReportLine> lines = AnnualReportForm::lines(kind);
        int compared = 0;
        for (const AnnualReportLine& line : lines) {
            if (!line.computed)
                continue;
            const QString where = what + QStringLiteral(": ") + line.key;
            QVERIFY2(expected.contains(line.key), qPrintable(where + QStringLiteral(" has no SQL in the test")));
            QVERIFY2(got.contains(line.key), qPrintable(where + QStringLiteral(" is missing")));
            const QVariant g = got.value(line.key);
            const QVariant e = expected.value(line.key);
            switch (line.type) {
            case AnnualReportLine::Type::Count:
                QVERIFY2(g.toLongLong() == e.toLongLong(),
                    qPrintable(where + QStringLiteral(" %1 <> %2").arg(g.toLongLong()).arg(e.toLongLong())));
                break;
            case AnnualReportLine::Type::Decimal:
            case AnnualReportLine::Type::Percent:
                QVERIFY2(g.isNull() == e.isNull(), qPrintable(where + QStringLiteral(" null differs")));
                if (!e.isNull())
                    QVERIFY2(qAbs(g.toDouble() - e.toDouble()) < 1e-9,
                        qPrintable(where + QStringLiteral(" %1 <> %2").arg(g.toDouble()).arg(e.toDouble())));
                break;
            default:
                QCOMPARE(g.toString(), e.toString());
            }
            ++compared;
        }
        QVERIFY(compared > 5);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_location = test::demoDatabase(m_dir, QStringLiteral("demo.db"), {2017, QDate(2026, 11, 28)});
        QVERIFY(!m_location.isEmpty());
        auto opened = ConsoleDatabase::open(m_location);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().fullText()));
        m_database = std::move(opened).value();
    }

    // The office's report of the province and of a city, this year and last, against the test's SQL;
    // this year's province figures are not all zero (the comparison means something).
    void officeFiguresEqualTheirSql()
    {
        for (const QString& code : {QStringLiteral("350000"), QStringLiteral("350500")}) {
            for (const int year : {kYear, kYear - 1}) {
                const qint64 org = unit(code);
                QVERIFY(org > 0);
                const auto got = AnnualReportQueries::office(db(), org, year);
                QVERIFY2(got, got ? "" : qPrintable(got.error().fullText()));
                compareFigures(AnnualReportKind::Office, *got, expectedOffice(org, year),
                    QStringLiteral("%1 %2").arg(code).arg(year));
                if (QTest::currentTestFailed())
                    return;
                if (code == u"350000" && year == kYear) {
                    QVERIFY(got->value(QStringLiteral("sites_running")).toInt() > 100);
                    QVERIFY(got->value(QStringLiteral("spot_checks")).toInt() > 0);
                    QVERIFY(got->value(QStringLiteral("spot_sites_passed")).toInt()
                        < got->value(QStringLiteral("spot_sites_checked")).toInt());
                    QVERIFY(got->value(QStringLiteral("tickets_received")).toInt() > 0);
                    QVERIFY(got->value(QStringLiteral("accountability_people")).toInt() > 0);
                }
            }
        }
    }

    // A site's report for sites with tickets, inspections, probes and spot checks this year.
    void siteFiguresEqualTheirSql()
    {
        QList<qint64> sites;
        for (const QString& sql :
            {QStringLiteral("SELECT min(site_id) FROM tickets WHERE valid = 1"),
                QStringLiteral("SELECT min(site_id) FROM inspections WHERE failed > 0"),
                QStringLiteral("SELECT min(site_id) FROM probe_daily WHERE failures > 0"),
                QStringLiteral("SELECT min(site_id) FROM assessments WHERE status = 'confirmed' AND passed = 0"),
                QStringLiteral("SELECT min(site_id) FROM rectifications WHERE status = 'closed'"),
                QStringLiteral("SELECT min(id) FROM sites WHERE status = 'closed'")}) {
            const qint64 id = count(sql);
            QVERIFY2(id > 0, qPrintable(sql));
            sites << id;
        }
        bool someProbes = false;
        bool someTickets = false;
        for (const qint64 site : std::as_const(sites)) {
            for (const int year : {kYear, kYear - 1}) {
                const auto got = AnnualReportQueries::site(db(), site, year);
                QVERIFY2(got, got ? "" : qPrintable(got.error().fullText()));
                compareFigures(AnnualReportKind::Site, *got, expectedSite(site, year),
                    QStringLiteral("site %1 %2").arg(site).arg(year));
                if (QTest::currentTestFailed())
                    return;
                someProbes = someProbes || got->value(QStringLiteral("probe_failures")).toInt() > 0;
                someTickets = someTickets || got->value(QStringLiteral("tickets_closed_on_time")).toInt() > 0;
            }
        }
        QVERIFY(someProbes);
        QVERIFY(someTickets);
        QVERIFY(!AnnualReportQueries::site(db(), 999999999, kYear).ok());
    }

    // The quarterly bulletin's error-report figures: per unit and in total, as counted here.
    void bulletinTicketFiguresEqualTheirSql()
    {
        const qint64 province = unit(QStringLiteral("350000"));
        const auto b = BulletinQueries::compute(db(), province, Period::quarter(2026, 4));
        QVERIFY2(b, b ? "" : qPrintable(b.error().fullText()));
        const QString quarter = QStringLiteral("FROM tickets WHERE unit_id IN %1 AND received_on >= '2026-10-01' AND "
                                               "received_on <= '2026-12-31'")
                                    .arg(down(province));
        QVERIFY(b->ticketTotal.received > 0);
        QCOMPARE(b->ticketTotal.received, int(count(QStringLiteral("SELECT count(*) ") + quarter)));
        QCOMPARE(b->ticketTotal.valid, int(count(QStringLiteral("SELECT count(*) ") + quarter + QStringLiteral(" AND valid = 1"))));
        QCOMPARE(b->ticketTotal.closedOnTime,
            int(count(QStringLiteral("SELECT count(*) ") + quarter
                + QStringLiteral(" AND valid = 1 AND status = 'closed' AND closed_on <= deadline"))));
        QCOMPARE(b->tickets.size(), int(count(QStringLiteral("SELECT count(DISTINCT unit_id) ") + quarter)));
        for (const TicketFigures& t : b->tickets) {
            QCOMPARE(t.received,
                int(count(QStringLiteral("SELECT count(*) ") + quarter + QStringLiteral(" AND unit_id = %1").arg(t.unitId))));
            QCOMPARE(t.unitName, one(QStringLiteral("SELECT name FROM organisations WHERE id = %1").arg(t.unitId)).toString());
        }
    }

    // The demo's reports: last year's office draft with fields, the portal's, this year's.
    void demoHasDrafts()
    {
        AnnualReportService service(db());
        const auto all = service.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        const auto past = service.find(kYear - 1, unit(QStringLiteral("350000")));
        QVERIFY(past && *past);
        QCOMPARE((*past)->state, AnnualReportState::Draft);
        QCOMPARE((*past)->fields.value(QStringLiteral("training_people")), QStringLiteral("186"));
        const auto reminder = service.reminder(unit(QStringLiteral("350000")), QDate(2027, 1, 2));
        QVERIFY(reminder);
        QVERIFY(reminder->due);
        QCOMPARE(reminder->year, 2026);
        QCOMPARE(reminder->state, std::optional<AnnualReportState>(AnnualReportState::Draft));
        QVERIFY(!reminder->overdue);
        const auto late = service.reminder(unit(QStringLiteral("350000")), QDate(2026, 11, 28));
        QVERIFY(late && late->due && late->overdue);
        QCOMPARE(late->year, 2025);
    }

    // Fields: checked per field; the wrong role and another jurisdiction refused; draft -> signed
    // (figures kept) -> published, each audited; a signed report refuses changes, also in the database.
    void statesAuditedAndRefused()
    {
        AnnualReportService service(db());
        const qint64 city = unit(QStringLiteral("350500"));
        const Session director = account(QStringLiteral("director"));
        const Session inspector = account(QStringLiteral("inspector"));
        const Session approver = account(QStringLiteral("approver"));
        const Session admin = account(QStringLiteral("admin"));
        const Session county = account(QStringLiteral("inspector-jinjiang"));
        QVERIFY(director.accountId && inspector.accountId && approver.accountId && admin.accountId && county.accountId);

        QVERIFY(!service.open(approver, kYear, city).ok()); // may not write reports
        QVERIFY(!service.open(county, kYear, city).ok());   // the city is above the county's jurisdiction
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'annual_report'"));
        const auto r = service.open(inspector, kYear, city);
        QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
        QCOMPARE(r->state, AnnualReportState::Draft);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'annual_report'")), before + 1);
        QCOMPARE(service.open(inspector, kYear, city)->id, r->id); // the same one again

        const QList<FieldError> problems = AnnualReportService::check(AnnualReportKind::Office,
            {{QStringLiteral("training_people"), QStringLiteral("-3")}, {QStringLiteral("phone"), QStringLiteral("abc")},
                {QStringLiteral("sites_running"), QStringLiteral("5")}, {QStringLiteral("security_checks"), QStringLiteral("4")}});
        QCOMPARE(problems.size(), 3);
        QVERIFY(!service.setFields(inspector, r->id, {{QStringLiteral("training_people"), QStringLiteral("-3")}}));
        QVERIFY(!service.setFields(approver, r->id, {{QStringLiteral("training_people"), QStringLiteral("3")}}));
        QVERIFY(service.setFields(inspector, r->id,
            {{QStringLiteral("training_people"), QStringLiteral(" 30 ")}, {QStringLiteral("phone"), QStringLiteral("0595-22001234")}}));
        QCOMPARE(service.byId(r->id)->fields.value(QStringLiteral("training_people")), QStringLiteral("30"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'annual_report' AND "
                                      "action = 'update' AND object_id = '%1' AND account_id = %2")
                           .arg(r->id)
                           .arg(inspector.accountId)),
            1);

        QVERIFY(!service.publish(director, r->id)); // not signed yet
        QVERIFY(!service.sign(inspector, r->id));   // inspectors do not sign
        QVERIFY(!service.sign(admin, r->id));
        QCOMPARE(service.byId(r->id)->state, AnnualReportState::Draft);
        const auto now = AnnualReportQueries::office(db(), city, kYear);
        QVERIFY(now);
        const Status signedOk = service.sign(director, r->id);
        QVERIFY2(signedOk, signedOk ? "" : qPrintable(signedOk.error().fullText()));
        const auto s = service.byId(r->id);
        QCOMPARE(s->state, AnnualReportState::Signed);
        QCOMPARE(s->signedBy, QStringLiteral("director"));
        const auto kept = service.figures(*s);
        QVERIFY(kept);
        compareFigures(AnnualReportKind::Office, *kept, *now, QStringLiteral("signed"));
        QVERIFY(!service.setFields(director, r->id, {{QStringLiteral("training_people"), QStringLiteral("31")}}));
        QVERIFY(!service.sign(director, r->id));
        {
            QSqlQuery q(db());
            QVERIFY(!q.exec(QStringLiteral("UPDATE annual_reports SET fields_json = '{}' WHERE id = %1").arg(r->id)));
            QVERIFY(!q.exec(QStringLiteral("UPDATE annual_reports SET state = 'draft' WHERE id = %1").arg(r->id)));
        }
        QVERIFY(!service.publish(approver, r->id));
        QVERIFY(service.publish(director, r->id));
        QCOMPARE(service.byId(r->id)->state, AnnualReportState::Published);
        for (const QString& action : {QStringLiteral("sign"), QStringLiteral("publish")})
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'annual_report' AND "
                                          "action = '%1' AND object_id = '%2' AND account_id = %3")
                               .arg(action)
                               .arg(r->id)
                               .arg(director.accountId)),
                1);
        const auto reminder = service.reminder(city, QDate(kYear + 1, 1, 5));
        QVERIFY(reminder && !reminder->due);
    }

    // The XLSX holds every line with its key and value as the document gives it; the PDF is written.
    void exportsReadable()
    {
        AnnualReportService service(db());
        const auto r = service.find(kYear - 1, 0, count(QStringLiteral("SELECT min(site_id) FROM annual_reports WHERE site_id IS NOT NULL")));
        QVERIFY(r && *r);
        const auto figures = service.figures(**r);
        QVERIFY(figures);
        const QString xlsx = m_dir.filePath(QStringLiteral("site.xlsx"));
        const auto rows = AnnualReportDocument::writeXlsx(xlsx, **r, *figures);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().fullText()));
        const auto table = TableReader::read(xlsx, {});
        QVERIFY2(table, table ? "" : qPrintable(table.error().fullText()));
        QCOMPARE(table->format, QStringLiteral("XLSX"));
        QCOMPARE(table->header, (QStringList{QStringLiteral("Section"), QStringLiteral("Item"), QStringLiteral("Value"),
                                    QStringLiteral("Source"), QStringLiteral("Key")}));
        const QList<AnnualReportLine> lines = AnnualReportForm::lines(AnnualReportKind::Site);
        QCOMPARE(table->rows.size(), lines.size() + 4);
        QCOMPARE(table->rows.at(2).cells.at(2), QString::number(kYear - 1));
        QCOMPARE(table->rows.at(3).cells.at(2), QStringLiteral("Draft"));
        for (int i = 0; i < lines.size(); ++i) {
            const QStringList cells = table->rows.at(i + 4).cells;
            const AnnualReportLine& line = lines.at(i);
            QCOMPARE(cells.value(4), line.key);
            QCOMPARE(cells.value(1), line.label);
            QCOMPARE(cells.value(2), AnnualReportDocument::cellValue(line, AnnualReportDocument::value(**r, *figures, line)));
        }
        const auto byKey = [&](const QString& key) {
            for (const TableRow& row : table->rows) {
                if (row.cells.value(4) == key)
                    return row.cells.value(2);
            }
            return QStringLiteral("(none)");
        };
        QCOMPARE(byKey(QStringLiteral("page_views")), QStringLiteral("41276930"));
        QCOMPARE(byKey(QStringLiteral("emergency_drill")), QStringLiteral("yes"));
        QCOMPARE(byKey(QStringLiteral("site_code")), (*r)->siteCode);
        QCOMPARE(byKey(QStringLiteral("messages_received")), QString()); // not filled in

        const QString pdf = m_dir.filePath(QStringLiteral("site.pdf"));
        const auto pages = AnnualReportDocument::writePdf(pdf, **r, *figures);
        QVERIFY2(pages, pages ? "" : qPrintable(pages.error().fullText()));
        QVERIFY(*pages >= 1);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        // The database is never the file to write.
        if (!test::onPostgres())
            QVERIFY(!AnnualReportDocument::writeXlsx(m_location, **r, *figures, m_location).ok());
    }
};

QTEST_MAIN(TestAnnualReports)
#include "TestAnnualReports.moc"
