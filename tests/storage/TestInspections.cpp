#include "TestSupport.h"
#include "core/Registry.h"
#include "storage/AccountService.h"
#include "storage/AuditLog.h"
#include "storage/ChecklistService.h"
#include "storage/InspectionQueries.h"
#include "storage/InspectionService.h"
#include "storage/PasswordHasher.h"
#include "storage/PersonService.h"
#include "storage/RectificationService.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// Inspections, rectification and the figures built on them, on a small unit tree whose every
// number is known: province P > city C > county K > department D, and city C2.
class TestInspections final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_p = 0, m_c = 0, m_k = 0, m_d = 0, m_c2 = 0;
    qint64 m_siteP = 0, m_siteC = 0, m_siteK = 0, m_siteD = 0, m_siteC2 = 0;
    Checklist m_list;
    const QDate m_today{2026, 11, 25}; // a Wednesday of 2026-W48

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 org(qint64 parent, const QString& name, AdminLevel level, OrgKind kind, const QString& code, const QString& label)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = kind;
        o.divisionCode = code;
        o.domainLabel = label;
        const auto id = RegistryService(db()).createOrganisation(m_system, o);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return id ? *id : 0;
    }

    qint64 site(qint64 host, const QString& code, const QString& name, const QString& domain, SiteKind kind)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = domain;
        s.url = QStringLiteral("https://%1/").arg(domain);
        s.kind = kind;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        const auto id = RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return id ? *id : 0;
    }

    Session account(const QString& username, qint64 orgId, QList<Role> roles)
    {
        const auto id = AccountService(db()).create(m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return AccountService::sessionFor(AccountService(db()).byId(*id).value());
    }

    Outcomes pass() const
    {
        Outcomes o;
        for (const ChecklistItem& i : m_list.items)
            o.insert(i.key, ItemOutcome{});
        return o;
    }

    Outcomes failing(const QString& key, const QString& note = QStringLiteral("栏目长期未更新")) const
    {
        Outcomes o = pass();
        o[key] = ItemOutcome{ItemResult::Fail, note};
        return o;
    }

    Result<InspectionSaved> log(const Session& who, qint64 siteId, const QDate& day, const Outcomes& o,
        const QString& reason = {}, const QDate& today = {})
    {
        InspectionInput in;
        in.siteId = siteId;
        in.day = day;
        in.outcomes = o;
        in.reason = reason;
        return InspectionService(db()).log(who, in, today.isValid() ? today : day);
    }

    // coverage_daily against a recount from the inspections themselves, for every unit and day.
    void verifyCoverageRollup()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral(
            "WITH expected AS (SELECT a.ancestor_id AS org_id, i.day, count(DISTINCT i.site_id) AS n FROM inspections i JOIN "
            "sites s ON s.id = i.site_id JOIN org_ancestors a ON a.org_id = s.host_org_id GROUP BY a.ancestor_id, i.day) "
            "SELECT (SELECT count(*) FROM expected e LEFT JOIN coverage_daily c ON c.org_id = e.org_id AND c.day = e.day WHERE "
            "c.inspected IS DISTINCT FROM e.n) + (SELECT count(*) FROM coverage_daily c WHERE c.inspected <> 0 AND NOT EXISTS (SELECT 1 "
            "FROM expected e WHERE e.org_id = c.org_id AND e.day = c.day))")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // And the ancestor table against the tree.
        QVERIFY(q.exec(QStringLiteral(
            "WITH RECURSIVE up(org_id, ancestor_id, depth) AS (SELECT id, id, 0 FROM organisations UNION ALL SELECT up.org_id, "
            "o.parent_id, up.depth + 1 FROM up JOIN organisations o ON o.id = up.ancestor_id WHERE o.parent_id IS NOT NULL) "
            "SELECT (SELECT count(*) FROM up) - (SELECT count(*) FROM up JOIN org_ancestors a USING (org_id, ancestor_id, depth)) "
            "+ (SELECT count(*) FROM org_ancestors) - (SELECT count(*) FROM up)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        m_p = org(0, QStringLiteral("福建省人民政府"), AdminLevel::Province, OrgKind::Government, QStringLiteral("350000"), QStringLiteral("fujian"));
        m_c = org(m_p, QStringLiteral("泉州市人民政府"), AdminLevel::City, OrgKind::Government, QStringLiteral("350500"), QStringLiteral("quanzhou"));
        m_k = org(m_c, QStringLiteral("晋江市人民政府"), AdminLevel::County, OrgKind::Government, QStringLiteral("350582"), QStringLiteral("jinjiang"));
        m_d = org(m_k, QStringLiteral("晋江市教育局"), AdminLevel::County, OrgKind::Department, QStringLiteral("350582"), QStringLiteral("jyj"));
        m_c2 = org(m_p, QStringLiteral("厦门市人民政府"), AdminLevel::City, OrgKind::Government, QStringLiteral("350200"), QStringLiteral("xm"));
        QVERIFY(m_p && m_c && m_k && m_d && m_c2);
        m_siteP = site(m_p, QStringLiteral("3500000001"), QStringLiteral("福建省人民政府门户网站"), QStringLiteral("www.fujian.gov.cn"), SiteKind::Portal);
        m_siteC = site(m_c, QStringLiteral("3505000001"), QStringLiteral("泉州市人民政府网"), QStringLiteral("www.quanzhou.gov.cn"), SiteKind::Portal);
        m_siteK = site(m_k, QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"), QStringLiteral("www.jinjiang.gov.cn"), SiteKind::Portal);
        m_siteD = site(m_d, QStringLiteral("3505820002"), QStringLiteral("晋江市教育局网站"), QStringLiteral("jyj.jinjiang.gov.cn"), SiteKind::Department);
        m_siteC2 = site(m_c2, QStringLiteral("3502000001"), QStringLiteral("厦门市人民政府网"), QStringLiteral("www.xm.gov.cn"), SiteKind::Portal);
        QVERIFY(m_siteP && m_siteC && m_siteK && m_siteD && m_siteC2);
        m_list = ChecklistService(db()).current().value();
        QCOMPARE(m_list.version, qint64(0)); // the built-in list, not stored yet
    }

    void onePerSiteDayAndInspector()
    {
        const Session li = account(QStringLiteral("li"), m_k, {Role::Inspector});
        const Session wang = account(QStringLiteral("wang"), m_k, {Role::Inspector});
        const QDate day(2026, 11, 16);
        auto first = log(li, m_siteK, day, pass());
        QVERIFY2(first.ok(), qPrintable(first.error().fullText()));
        QVERIFY(first->created);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checklist_versions")), qint64(1)); // the built-in list, stored
        // The same inspector again that day changes the same record.
        auto again = log(li, m_siteK, day, pass());
        QVERIFY(again.ok());
        QVERIFY(!again->created);
        QCOMPARE(again->inspectionId, first->inspectionId);
        // Another inspector may inspect the same site that day; the site counts once.
        auto other = log(wang, m_siteK, day, pass());
        QVERIFY(other.ok());
        QVERIFY(other->created);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspections WHERE site_id = %1").arg(m_siteK)), qint64(2));
        QCOMPARE(scalar(QStringLiteral("SELECT inspected FROM coverage_daily WHERE org_id = %1 AND day = '2026-11-16'").arg(m_k)), qint64(1));
        // An import of the same inspector, site and day is refused.
        InspectionInput in;
        in.siteId = m_siteK;
        in.day = day;
        in.outcomes = pass();
        const auto dup = InspectionService(db()).record(m_system, in, QStringLiteral("li"), 0, m_today);
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.contains(QLatin1String("already")));
        // Nobody inspects a day still to come, a site outside their jurisdiction, or without a role.
        QVERIFY(!log(li, m_siteK, m_today.addDays(1), pass(), {}, m_today).ok());
        QVERIFY(!log(li, m_siteC2, day, pass()).ok());
        const Session approver = account(QStringLiteral("approver-k"), m_k, {Role::Approver});
        QVERIFY(!log(approver, m_siteK, day, pass()).ok());
        verifyCoverageRollup();
    }

    void editRules()
    {
        const Session zhao = account(QStringLiteral("zhao"), m_k, {Role::Inspector});
        const Session sun = account(QStringLiteral("sun"), m_k, {Role::Inspector});
        const QDate day(2026, 11, 17);
        const auto made = log(zhao, m_siteD, day, pass());
        QVERIFY(made.ok());
        InspectionService service(db());
        // Its author, the same day: a plain edit.
        auto edited = service.change(zhao, made->inspectionId, pass(), QStringLiteral("复核无误"), {}, day);
        QVERIFY(edited.ok());
        QVERIFY(!edited->correction);
        QCOMPARE(service.byId(made->inspectionId)->note, QStringLiteral("复核无误"));
        // The next day, even its author corrects it only with a reason.
        QVERIFY(!service.change(zhao, made->inspectionId, pass(), QString(), {}, day.addDays(1)).ok());
        auto corrected = service.change(zhao, made->inspectionId, pass(), QStringLiteral("补记"), QStringLiteral("记录有误"), day.addDays(1));
        QVERIFY(corrected.ok());
        QVERIFY(corrected->correction);
        // Someone else, even the same day, also only with a reason.
        QVERIFY(!service.change(sun, made->inspectionId, pass(), QString(), {}, day).ok());
        QVERIFY(service.change(sun, made->inspectionId, pass(), QString(), QStringLiteral("站点实际未通过"), day).ok());
        const auto record = service.byId(made->inspectionId);
        QCOMPARE(record->correctedBy, QStringLiteral("sun"));
        QCOMPARE(record->correctionReason, QStringLiteral("站点实际未通过"));
        QCOMPARE(record->inspector, QStringLiteral("zhao")); // still zhao's inspection
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'inspection' AND object_id = '%1' AND "
                                       "action = 'correct'").arg(made->inspectionId)),
            qint64(2));
        // A day gone by entered late: a correction too.
        QVERIFY(!log(zhao, m_siteD, day.addDays(-1), pass(), {}, day).ok());
        const auto late = log(zhao, m_siteD, day.addDays(-1), pass(), QStringLiteral("系统故障，补录"), day);
        QVERIFY(late.ok());
        QVERIFY(late->correction);
        QVERIFY(AuditLog::verify(db())->ok);
    }

    void failuresOpenRectification()
    {
        const Session qian = account(QStringLiteral("qian"), m_c, {Role::Inspector});
        const QDate day(2026, 11, 18);
        // A failure without a note is refused, and nothing is stored.
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM inspections"));
        QVERIFY(!log(qian, m_siteC, day, failing(QStringLiteral("columns_fresh"), QString())).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspections")), before);
        // With a note: an item opens on the site, due after the item's default deadline.
        const auto first = log(qian, m_siteC, day, failing(QStringLiteral("columns_fresh")));
        QVERIFY(first.ok());
        QCOMPARE(first->openedRectifications.size(), 1);
        RectificationService rect(db());
        const auto item = rect.byId(first->openedRectifications.constFirst());
        QCOMPARE(item->status, RectificationStatus::Open);
        QCOMPARE(item->unitId, m_c);
        QCOMPARE(item->itemKey, QStringLiteral("columns_fresh"));
        QCOMPARE(item->openedOn, day);
        QCOMPARE(item->deadline, day.addDays(m_list.item(QStringLiteral("columns_fresh"))->deadlineDays));
        // Failing again the next day adds to that item instead of opening another.
        const auto second = log(qian, m_siteC, day.addDays(1), failing(QStringLiteral("columns_fresh"), QStringLiteral("仍未更新")));
        QVERIFY(second.ok());
        QVERIFY(second->openedRectifications.isEmpty());
        QCOMPARE(rect.events(item->id)->size(), 2);
        QCOMPARE(rect.events(item->id)->last().action, QStringLiteral("failed_again"));
        // A passing inspection offers the open item for re-checking.
        const auto third = log(qian, m_siteC, day.addDays(2), pass());
        QVERIFY(third.ok());
        QCOMPARE(third->recheckable, QList<qint64>{item->id});
        // Correcting an inspection so that it no longer fails withdraws what it alone opened.
        const auto wrong = log(qian, m_siteC, day.addDays(2), failing(QStringLiteral("error_entry"), QStringLiteral("找不到入口")));
        QVERIFY(wrong.ok());
        QCOMPARE(wrong->openedRectifications.size(), 1);
        const qint64 mistaken = wrong->openedRectifications.constFirst();
        QVERIFY(InspectionService(db()).change(qian, wrong->inspectionId, pass(), QString(), {}, day.addDays(2)).ok());
        QCOMPARE(rect.byId(mistaken)->status, RectificationStatus::Closed);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM inspection_failures WHERE inspection_id = %1").arg(wrong->inspectionId)), qint64(0));
    }

    void rectificationLifecycle()
    {
        const Session zhou = account(QStringLiteral("zhou"), m_c2, {Role::Inspector});
        const Session director = account(QStringLiteral("director-c2"), m_c2, {Role::Director});
        const Session approver = account(QStringLiteral("approver-c2"), m_c2, {Role::Approver});
        const QDate day(2026, 11, 10);
        const auto made = log(zhou, m_siteC2, day, failing(QStringLiteral("no_dead_links"), QStringLiteral("3处断链")));
        QVERIFY(made.ok());
        const qint64 id = made->openedRectifications.constFirst();
        RectificationService rect(db());
        const QDate deadline = rect.byId(id)->deadline;
        QCOMPARE(deadline, day.addDays(3));
        InspectionQueries queries(db());
        QCOMPARE(queries.overdueRectifications(m_c2, deadline).value(), 0);
        QCOMPARE(queries.overdueRectifications(m_c2, deadline.addDays(1)).value(), 1);
        QCOMPARE(queries.overdueRectifications(m_p, deadline.addDays(1)).value(), 1); // counted up the tree
        QCOMPARE(queries.overdueRectifications(m_c, deadline.addDays(1)).value(), 0);
        // Who may do what.
        QVERIFY(!rect.markFixed(approver, id, QStringLiteral("已修复"), deadline).ok());
        QVERIFY(!rect.markFixed(director, id, QString(), deadline).ok()); // say what was done
        QVERIFY(!rect.close(director, id, QString(), deadline).ok());     // not re-checked: a reason
        QVERIFY(rect.markFixed(director, id, QStringLiteral("已修复断链"), deadline.addDays(2)).ok());
        QCOMPARE(queries.overdueRectifications(m_c2, deadline.addDays(5)).value(), 0); // fixed: no longer overdue
        // The re-check finds it still broken: open again, overdue at once.
        QVERIFY(!rect.recheck(zhou, id, false, QString(), deadline.addDays(3)).ok());
        QVERIFY(rect.recheck(zhou, id, false, QStringLiteral("仍有1处断链"), deadline.addDays(3)).ok());
        QCOMPARE(rect.byId(id)->status, RectificationStatus::Open);
        QCOMPARE(queries.overdueRectifications(m_c2, deadline.addDays(3)).value(), 1);
        QVERIFY(rect.markFixed(director, id, QStringLiteral("全部修复"), deadline.addDays(4)).ok());
        QVERIFY(rect.recheck(zhou, id, true, QString(), deadline.addDays(5)).ok());
        QVERIFY(!rect.markFixed(director, id, QStringLiteral("again"), deadline.addDays(5)).ok()); // re-checked: cannot go back
        QVERIFY(rect.close(director, id, QString(), deadline.addDays(6)).ok());
        const auto done = rect.byId(id);
        QCOMPARE(done->status, RectificationStatus::Closed);
        QCOMPARE(done->fixedBy, QStringLiteral("director-c2"));
        QCOMPARE(done->recheckedBy, QStringLiteral("zhou"));
        QCOMPARE(done->closedOn, deadline.addDays(6));
        QStringList actions;
        for (const RectificationEvent& e : rect.events(id).value())
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("open"), QStringLiteral("fixed"), QStringLiteral("reopened"),
                              QStringLiteral("fixed"), QStringLiteral("rechecked"), QStringLiteral("closed")}));
        QVERIFY(!rect.close(director, id, QStringLiteral("again"), deadline.addDays(7)).ok());
        // A manual item needs a problem and a deadline not in the past.
        QVERIFY(!rect.open(director, m_siteC2, RectificationSource::ErrorReport, {}, QString(), m_today, m_today).ok());
        QVERIFY(!rect.open(director, m_siteC2, RectificationSource::ErrorReport, {}, QStringLiteral("网民反映错别字"),
            m_today.addDays(-1), m_today).ok());
        QVERIFY(rect.open(director, m_siteC2, RectificationSource::ErrorReport, {}, QStringLiteral("网民反映错别字"), m_today.addDays(5),
            m_today).ok());
    }

    void coverageRollsUpAndFollowsMoves()
    {
        const Session wu = account(QStringLiteral("wu"), m_p, {Role::Inspector});
        const QDate day(2026, 11, 20);
        for (qint64 s : {m_siteP, m_siteC, m_siteK, m_siteD, m_siteC2})
            QVERIFY(log(wu, s, day, pass()).ok());
        QVERIFY(log(wu, m_siteK, day.addDays(1), pass()).ok());
        InspectionQueries queries(db());
        auto cov = queries.coverage(m_c, day, day.addDays(1));
        QVERIFY(cov.ok());
        QCOMPARE(cov->size(), 2);
        QCOMPARE(cov->at(0).expected, 3); // C, K and D
        QCOMPARE(cov->at(0).inspected, 3);
        QCOMPARE(cov->at(1).inspected, 1);
        QCOMPARE(queries.coverage(m_p, day, day)->at(0).inspected, 5);
        verifyCoverageRollup();
        // The department's site moves to the city (straight in SQL: the registry's rules would
        // refuse this host, but the roll-up must follow whatever the table says); then the county
        // moves up to the province itself (under Xiamen, outside its division, it may not).
        QCOMPARE(scalar(QStringLiteral("UPDATE sites SET host_org_id = %1 WHERE id = %2 RETURNING id").arg(m_c).arg(m_siteD)), m_siteD);
        verifyCoverageRollup();
        QVERIFY(!RegistryService(db()).moveOrganisation(m_system, m_k, m_c2).ok());
        QVERIFY(RegistryService(db()).moveOrganisation(m_system, m_k, m_p).ok());
        verifyCoverageRollup();
        QCOMPARE(queries.coverage(m_c, day, day)->at(0).inspected, 2);  // C and D
        QCOMPARE(queries.coverage(m_c2, day, day)->at(0).inspected, 1); // C2 alone
        QCOMPARE(queries.coverage(m_p, day, day)->at(0).inspected, 5);
        // Back as they were, for the tests after this one.
        QVERIFY(RegistryService(db()).moveOrganisation(m_system, m_k, m_c).ok());
        QCOMPARE(scalar(QStringLiteral("UPDATE sites SET host_org_id = %1 WHERE id = %2 RETURNING id").arg(m_d).arg(m_siteD)), m_siteD);
        verifyCoverageRollup();
        // The missed sites of a day.
        QSqlQuery q(db());
        const ListQuery missed = MissedSitesQuery::build(m_p, day.addDays(1));
        QVERIFY(q.prepare(QStringLiteral("SELECT ") + missed.select + u' ' + missed.from));
        for (const QVariant& b : missed.binds)
            q.addBindValue(b);
        QVERIFY(q.exec());
        int rows = 0;
        while (q.next()) {
            ++rows;
            QVERIFY(q.value(MissedSitesQuery::SiteIdColumn).toLongLong() != m_siteK);
        }
        QCOMPARE(rows, 4);
    }

    void weeklySummaryFigures()
    {
        // Week 2026-W48 (23-29 November) of unit K (sites K and D), with "today" the Wednesday.
        const Session zheng = account(QStringLiteral("zheng"), m_k, {Role::Inspector});
        const IsoWeek week = IsoWeek::of(m_today);
        QCOMPARE(week.key(), QStringLiteral("2026-W48"));
        QVERIFY(log(zheng, m_siteK, QDate(2026, 11, 23), failing(QStringLiteral("homepage_updated"), QStringLiteral("首页12天未更新"))).ok());
        QVERIFY(log(zheng, m_siteD, QDate(2026, 11, 23), pass()).ok());
        Outcomes two = failing(QStringLiteral("no_dead_links"), QStringLiteral("断链"));
        two[QStringLiteral("error_entry")] = ItemOutcome{ItemResult::Fail, QStringLiteral("无找错入口")};
        QVERIFY(log(zheng, m_siteD, QDate(2026, 11, 24), two).ok());
        QVERIFY(log(zheng, m_siteK, QDate(2026, 11, 25), pass()).ok());
        // Outside the week or outside the unit: not counted.
        QVERIFY(log(zheng, m_siteK, QDate(2026, 11, 22), failing(QStringLiteral("no_blank_columns"), QStringLiteral("空栏目"))).ok());
        // Two items entered by hand before the week: one overdue at its end, one fixed during it.
        const Session director = account(QStringLiteral("director-k"), m_k, {Role::Director});
        RectificationService rect(db());
        QVERIFY(rect.open(director, m_siteK, RectificationSource::ErrorReport, {}, QStringLiteral("错别字"), QDate(2026, 11, 20),
            QDate(2026, 11, 18)).ok());
        const auto fixedLater = rect.open(director, m_siteD, RectificationSource::SpotCheck, {}, QStringLiteral("办事指南缺要素"),
            QDate(2026, 11, 21), QDate(2026, 11, 18));
        QVERIFY(fixedLater.ok());
        QVERIFY(rect.markFixed(director, *fixedLater, QStringLiteral("已补全"), QDate(2026, 11, 24)).ok());

        const auto summary = InspectionQueries(db()).weeklySummary(m_k, week, m_today);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().fullText()));
        QCOMPARE(summary->unitName, QStringLiteral("晋江市人民政府"));
        QCOMPARE(summary->from, QDate(2026, 11, 23));
        QCOMPARE(summary->to, m_today); // the week is still running
        QCOMPARE(summary->sites, 2);
        QCOMPARE(summary->siteDaysExpected, 6);  // 2 sites, Monday to Wednesday
        QCOMPARE(summary->siteDaysInspected, 4); // K Monday, D Monday, D Tuesday, K Wednesday
        QCOMPARE(summary->failures, 3);
        QCOMPARE(summary->failedInspections, 2);
        QCOMPARE(summary->failuresByItem.size(), 3);
        QCOMPARE(summary->worst.size(), 2);
        QCOMPARE(summary->worst.at(0).id, m_siteD);
        QCOMPARE(summary->worst.at(0).failures, 2);
        QCOMPARE(summary->worst.at(1).id, m_siteK);
        QCOMPARE(summary->newRectifications, 3);
        QCOMPARE(summary->fixedRectifications, 1);
        QCOMPARE(summary->overdueRectifications, 1);
        QCOMPARE(summary->coverage(), 4.0 / 6.0);
        // It survives being stored with the review.
        const WeeklySummary back = WeeklySummary::fromJson(summary->toJson());
        QCOMPARE(back.toJson(), summary->toJson());
        QCOMPARE(back.week, week);
        // The whole province, and a week still to come.
        QCOMPARE(InspectionQueries(db()).weeklySummary(m_p, week, m_today)->sites, 5);
        const auto future = InspectionQueries(db()).weeklySummary(m_k, week.next(), m_today);
        QVERIFY(future.ok());
        QCOMPARE(future->siteDaysExpected, 0);
        QVERIFY(!InspectionQueries(db()).weeklySummary(99999, week, m_today).ok());
    }

    void todayListsTheCaretakersSites()
    {
        const Session feng = account(QStringLiteral("feng"), m_k, {Role::Inspector});
        PersonService persons(db());
        Person p;
        p.name = QStringLiteral("冯晓东");
        p.orgId = m_k;
        const auto person = persons.createPerson(m_system, p);
        QVERIFY(person.ok());
        QVERIFY(persons.linkAccount(m_system, *person, feng.accountId).ok());
        QCOMPARE(persons.personOfAccount(feng.accountId)->id, *person);
        QVERIFY(persons.assign(m_system, m_siteK, *person, AssignmentRole::Caretaker, QDate(2026, 1, 1)).ok());
        QVERIFY(persons.assign(m_system, m_siteD, *person, AssignmentRole::Caretaker, QDate(2026, 1, 1)).ok());
        QCOMPARE(InspectionQueries(db()).caretakerSites(feng.accountId).value(), 2);
        TodayFilter f;
        f.day = m_today;
        f.inspector = feng.username;
        f.accountId = feng.accountId;
        QCOMPARE(InspectionQueries(db()).pendingToday(f).value(), 2);
        QVERIFY(log(feng, m_siteD, m_today, pass()).ok());
        QCOMPARE(InspectionQueries(db()).pendingToday(f).value(), 1);
        // The list: not done first, then done, with the done one's inspection.
        const ListQuery list = TodayListQuery::build(f);
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("SELECT ") + list.select + u' ' + list.from + QueryPager::orderBy(list, -1, Qt::AscendingOrder)));
        for (const QVariant& b : list.binds)
            q.addBindValue(b);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(TodayListQuery::SiteIdColumn).toLongLong(), m_siteK);
        QCOMPARE(q.value(TodayListQuery::Done).toInt(), 0);
        QVERIFY(q.next());
        QCOMPARE(q.value(TodayListQuery::SiteIdColumn).toLongLong(), m_siteD);
        QCOMPARE(q.value(TodayListQuery::Done).toInt(), 1);
        QVERIFY(!q.next());
        // Without caretaker sites: every running site of the unit.
        f.accountId = 0;
        f.unitId = m_k;
        QCOMPARE(InspectionQueries(db()).pendingToday(f).value(), 1);
        f.unitId = m_p;
        QCOMPARE(InspectionQueries(db()).pendingToday(f).value(), 4);
    }

    void checklistVersions()
    {
        ChecklistService checklists(db());
        Checklist edited = checklists.current().value();
        const qint64 firstVersion = edited.version;
        QVERIFY(firstVersion > 0);
        edited.items.removeLast();
        edited.items[0].deadlineDays = 2;
        const Session inspector = account(QStringLiteral("chen"), m_p, {Role::Inspector});
        QVERIFY(!checklists.save(inspector, edited).ok()); // administrators only
        const Session admin = account(QStringLiteral("admin2"), m_p, {Role::Administrator});
        Checklist broken = edited;
        broken.items[1].nameEn.clear();
        QVERIFY(!checklists.save(admin, broken).ok());
        const auto saved = checklists.save(admin, edited);
        QVERIFY(saved.ok());
        const Checklist now = checklists.current().value();
        QCOMPARE(now.version, *saved);
        QCOMPARE(now.items.size(), m_list.items.size() - 1);
        // New inspections use the new list; old ones still read with theirs.
        Outcomes o;
        for (const ChecklistItem& i : now.items)
            o.insert(i.key, ItemOutcome{});
        const auto fresh = log(inspector, m_siteP, m_today, o);
        QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : fresh.error().fullText()));
        QCOMPARE(InspectionService(db()).byId(fresh->inspectionId)->checklistId, *saved);
        QVERIFY(!log(inspector, m_siteC, m_today, pass()).ok()); // the old list's outcomes: an unknown item
        const qint64 old = scalar(QStringLiteral("SELECT min(id) FROM inspections"));
        const auto oldRecord = InspectionService(db()).byId(old);
        QVERIFY(oldRecord.ok());
        QCOMPARE(oldRecord->outcomes.size(), m_list.items.size());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'checklist'")), qint64(1));
        QVERIFY(AuditLog::verify(db())->ok);
    }
};

QTEST_GUILESS_MAIN(TestInspections)
#include "TestInspections.moc"
