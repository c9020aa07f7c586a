#include "TestSupport.h"
#include "core/OfficeClock.h"
#include "core/ScoringModel.h"
#include "storage/AccountService.h"
#include "storage/AccountabilityService.h"
#include "storage/AssessmentFindings.h"
#include "storage/AssessmentOutbox.h"
#include "storage/AssessmentService.h"
#include "storage/BulletinQueries.h"
#include "storage/RectificationService.h"
#include "storage/RegistryService.h"
#include "storage/SpotCheckQueries.h"
#include "storage/SpotCheckService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// Spot-check plans, assessments, the send queue and the bulletin's figures (storage), on a unit tree
// whose every number is known: province P > city C > county K and C's department D; city C2.
class TestSpotChecks final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_tests = 0;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_p = 0, m_c = 0, m_k = 0, m_d = 0, m_c2 = 0;
    QList<qint64> m_citySites; // the running sites within C
    qint64 m_siteC2 = 0, m_closedSite = 0;
    Session m_checker, m_checker2, m_director, m_countyInspector;
    const Period m_month = Period::month(2026, 11);
    const QDate m_today{2026, 11, 20};

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 org(
        qint64 parent, const QString& name, AdminLevel level, OrgKind kind, const QString& code, const QString& label)
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

    qint64 site(
        qint64 host, const QString& code, const QString& name, SiteKind kind, SiteStatus status = SiteStatus::Operating)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = code.toLower() + QStringLiteral(".example.gov.cn");
        s.url = QStringLiteral("https://%1/").arg(s.domain);
        s.kind = kind;
        s.status = status;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        if (status == SiteStatus::Closed)
            s.closedOn = QDate(2025, 6, 30);
        const auto id = RegistryService(db()).registerSite(m_system, s, RegistryService::DuplicatePolicy::Flag);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return id ? *id : 0;
    }

    Session account(const QString& username, qint64 orgId, QList<Role> roles)
    {
        const auto id = AccountService(db()).create(
            m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return AccountService::sessionFor(AccountService(db()).byId(*id).value());
    }

    qint64 drawCity(quint32 seed = 5)
    {
        const auto id = SpotCheckService(db()).draw(m_director, m_c, m_month, seed);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return id ? *id : 0;
    }

    // The plan's items assigned to m_checker; the first one's number.
    qint64 assignAll(qint64 planId)
    {
        SpotCheckService plans(db());
        const auto items = plans.items(planId);
        if (!items)
            return 0;
        QList<qint64> ids;
        for (const SpotCheckItem& i : *items)
            ids << i.id;
        if (const Status s = plans.assign(m_director, planId, ids, m_checker.accountId); !s)
            qWarning("%s", qPrintable(s.error().fullText()));
        return ids.value(0);
    }

    static Evidence shown(const QString& note)
    {
        Evidence e;
        e.note = note;
        e.url = QStringLiteral("https://example.gov.cn/page.html");
        return e;
    }

    // A failing draft (a veto and a deduction, with their evidence), submitted.
    qint64 submitFailing(qint64 itemId)
    {
        AssessmentDraft d;
        d.vetoes = {QStringLiteral("homepage_stale")};
        d.deductions = {{QStringLiteral("info_update"), 3}};
        d.evidence.insert(
            SpotCheckRules::vetoKey(QStringLiteral("homepage_stale")), shown(QStringLiteral("首页20天未更新")));
        d.evidence.insert(
            SpotCheckRules::deductionKey(QStringLiteral("info_update")), shown(QStringLiteral("动态栏目更新慢")));
        AssessmentService service(db());
        const auto id = service.save(m_checker, itemId, d);
        if (!id) {
            qWarning("%s", qPrintable(id.error().fullText()));
            return 0;
        }
        if (const Status s = service.submit(m_checker, *id); !s)
            qWarning("%s", qPrintable(s.error().fullText()));
        return *id;
    }

    qint64 submitPassing(qint64 itemId, const Session& checker)
    {
        AssessmentDraft d;
        d.deductions = {{QStringLiteral("design_search"), 1}};
        d.evidence.insert(
            SpotCheckRules::deductionKey(QStringLiteral("design_search")), shown(QStringLiteral("搜索结果不准")));
        AssessmentService service(db());
        const auto id = service.save(checker, itemId, d);
        if (!id) {
            qWarning("%s", qPrintable(id.error().fullText()));
            return 0;
        }
        if (const Status s = service.submit(checker, *id); !s)
            qWarning("%s", qPrintable(s.error().fullText()));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.reset();
        // A database of its own for each test (on PostgreSQL a name asked for again is the same one).
        m_db = test::openTempDatabase(m_dir, QStringLiteral("t%1.db").arg(++m_tests));
        QVERIFY(m_db);
        m_p = org(0, QStringLiteral("P省人民政府"), AdminLevel::Province, OrgKind::Government, QStringLiteral("350000"),
            QStringLiteral("p"));
        m_c = org(m_p, QStringLiteral("C市人民政府"), AdminLevel::City, OrgKind::Government, QStringLiteral("350100"),
            QStringLiteral("c"));
        m_k = org(m_c, QStringLiteral("K县人民政府"), AdminLevel::County, OrgKind::Government, QStringLiteral("350121"),
            QStringLiteral("k"));
        m_d = org(
            m_c, QStringLiteral("C市教育局"), AdminLevel::City, OrgKind::Department, QStringLiteral("350100"), QStringLiteral("cjy"));
        m_c2 = org(m_p, QStringLiteral("C2市人民政府"), AdminLevel::City, OrgKind::Government, QStringLiteral("350200"),
            QStringLiteral("c2"));
        QVERIFY(m_p && m_c && m_k && m_d && m_c2);
        m_citySites.clear();
        m_citySites << site(m_c, QStringLiteral("3501000001"), QStringLiteral("C市人民政府门户网站"), SiteKind::Portal);
        for (int i = 0; i < 8; ++i)
            m_citySites << site(m_d, QStringLiteral("350100%1").arg(1000 + i), QStringLiteral("C市部门网站%1").arg(i),
                SiteKind::Department);
        m_citySites << site(m_k, QStringLiteral("3501210001"), QStringLiteral("K县人民政府门户网站"), SiteKind::Portal);
        m_closedSite = site(m_d, QStringLiteral("3501009999"), QStringLiteral("C市已关停网站"), SiteKind::Department,
            SiteStatus::Closed);
        m_siteC2 = site(m_c2, QStringLiteral("3502000001"), QStringLiteral("C2市人民政府门户网站"), SiteKind::Portal);
        for (const qint64 id : std::as_const(m_citySites))
            QVERIFY(id);
        m_checker = account(QStringLiteral("checker"), m_c, {Role::Inspector});
        m_checker2 = account(QStringLiteral("checker2"), m_c, {Role::Inspector});
        m_director = account(QStringLiteral("director"), m_c, {Role::Director});
        m_countyInspector = account(QStringLiteral("county"), m_k, {Role::Inspector});
    }

    void drawTakesTheShareOfEachStratumAndIsAudited()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        QVERIFY(planId);
        const auto plan = plans.plan(planId);
        QVERIFY(plan.ok());
        QCOMPARE(plan->population, 10); // the closed site and C2's are not candidates
        QCOMPARE(plan->sharePercent, 35);
        QCOMPARE(plan->required, 4);
        // Strata: the city portal (1 -> 1), city departments (8 -> 3), the county portal (1 -> 1).
        QCOMPARE(plan->planned, 5);
        QCOMPARE(plan->status, PlanStatus::Open);
        const auto items = plans.items(planId);
        QVERIFY(items.ok());
        int portals = 0;
        for (const SpotCheckItem& i : *items) {
            QVERIFY(m_citySites.contains(i.siteId));
            portals += i.kind == SiteKind::Portal ? 1 : 0;
        }
        QCOMPARE(portals, 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'spot_check_plan' AND action = "
                                  "'draw' AND object_id = ?"),
                {planId}),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT seed FROM spot_check_plans WHERE id = ?"), {planId}), 5);
    }

    void theSameSeedDrawsTheSameSample()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity(77);
        auto ids = [&] {
            QList<qint64> out;
            for (const SpotCheckItem& i : plans.items(planId).value())
                out << i.siteId;
            return out;
        };
        const QList<qint64> first = ids();
        QVERIFY(plans.draw(m_director, m_c, m_month, 12345).ok());
        QVERIFY(plans.draw(m_director, m_c, m_month, 77).ok());
        QCOMPARE(ids(), first);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM spot_check_plans")), 1);
    }

    void rotationPrefersSitesNotCheckedLongest()
    {
        SpotCheckService plans(db());
        // Over three months at 35%, the city's departments (8 sites, 3 a month) all come up.
        QSet<qint64> seen;
        for (int m = 9; m <= 11; ++m) {
            const auto id = plans.draw(m_director, m_c, Period::month(2026, m), quint32(m));
            QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
            for (const SpotCheckItem& i : plans.items(*id).value())
                seen.insert(i.siteId);
        }
        for (const qint64 id : std::as_const(m_citySites))
            QVERIFY2(seen.contains(id), qPrintable(QString::number(id)));
    }

    void shareIsAtLeastTheDefault()
    {
        SpotCheckService plans(db());
        QCOMPARE(plans.sharePercent(m_c).value(), 35);
        QCOMPARE(plans.sharePercent(m_p).value(), 10);
        QVERIFY(!plans.setSharePercent(m_director, m_c, 20).ok());
        QVERIFY(!plans.setSharePercent(m_checker, m_c, 50).ok()); // not a planner
        QVERIFY(plans.setSharePercent(m_director, m_c, 50).ok());
        QCOMPARE(plans.sharePercent(m_c).value(), 50);
        const auto plan = plans.plan(drawCity());
        QCOMPARE(plan->sharePercent, 50);
        QCOMPARE(plan->required, 5);
        QVERIFY(!plans.draw(m_director, m_c, m_month, 1, 30).ok());
        QVERIFY(!plans.draw(m_director, m_d, m_month).ok()); // a department draws no plans
    }

    void sitesAddedByHandAndTheirLimits()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const auto items = plans.items(planId).value();
        QSet<qint64> planned;
        for (const SpotCheckItem& i : items)
            planned.insert(i.siteId);
        qint64 extra = 0;
        for (const qint64 id : std::as_const(m_citySites)) {
            if (!planned.contains(id))
                extra = id;
        }
        QVERIFY(extra);
        QVERIFY(!plans.addSite(m_director, planId, extra, QString()).ok()); // says why
        QVERIFY(!plans.addSite(m_director, planId, m_siteC2, QStringLiteral("群众举报")).ok()); // outside C
        QVERIFY(!plans.addSite(m_director, planId, m_closedSite, QStringLiteral("群众举报")).ok()); // not running
        QVERIFY(!plans.addSite(m_director, planId, *planned.cbegin(), QStringLiteral("群众举报")).ok()); // already in
        QVERIFY(plans.addSite(m_director, planId, extra, QStringLiteral("群众举报")).ok());
        QCOMPARE(plans.plan(planId)->added, 1);
        QVERIFY(!plans.removeSite(m_director, planId, *planned.cbegin(), QStringLiteral("x")).ok()); // drawn stays
        // A new draw keeps what was added by hand.
        QVERIFY(plans.draw(m_director, m_c, m_month, 9).ok());
        QCOMPARE(plans.plan(planId)->added, planned.contains(extra) ? 0 : 1);
        QVERIFY(plans.removeSite(m_director, planId, extra, QStringLiteral("重复")).ok() || planned.contains(extra));
    }

    void checkersAreInspectorsOfTheOffice()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const qint64 item = plans.items(planId)->first().id;
        QVERIFY(!plans.assign(m_director, planId, {item}, m_countyInspector.accountId).ok());
        QVERIFY(!plans.assign(m_director, planId, {item}, m_director.accountId).ok());
        QVERIFY(!plans.assign(m_checker, planId, {item}, m_checker.accountId).ok()); // not a planner
        QVERIFY(plans.assign(m_director, planId, {item}, m_checker.accountId).ok());
        QCOMPARE(plans.item(item)->checkerName, QStringLiteral("checker"));
        QCOMPARE(plans.checkers(planId)->size(), 2);
    }

    void theFirstSavedAssessmentLocksThePlan()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const qint64 item = assignAll(planId);
        AssessmentService service(db());
        // Another inspector of the office may not write an assigned site's assessment.
        QVERIFY(!service.save(m_checker2, item, AssessmentDraft{}).ok());
        QVERIFY(!service.save(m_director, item, AssessmentDraft{}).ok());
        const auto saved = service.save(m_checker, item, AssessmentDraft{});
        QVERIFY2(saved.ok(), qPrintable(saved.error().fullText()));
        QVERIFY(plans.plan(planId)->isLocked());
        QVERIFY(!plans.draw(m_director, m_c, m_month, 3).ok());
        QVERIFY(!plans.addSite(m_director, planId, m_citySites.constLast(), QStringLiteral("x")).ok());
    }

    // Locking by hand is a change to the plan like the others: the planners of the plan's office do it.
    // A checker (AssessSites) of the office, or of an office below or beside it, does not; their first
    // saved assessment locks it (theFirstSavedAssessmentLocksThePlan).
    void onlyThePlansPlannersLockItByHand()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const Session otherDirector = account(QStringLiteral("c2director"), m_c2, {Role::Director});
        const Session countyDirector = account(QStringLiteral("kdirector"), m_k, {Role::Director});
        const qint64 audits = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        const QList<const Session*> refusedAccounts{&m_checker, &m_countyInspector, &otherDirector, &countyDirector};
        for (const Session* refused : refusedAccounts) {
            const Status s = plans.lock(*refused, planId);
            QVERIFY2(!s.ok(), qPrintable(refused->username));
            QVERIFY(!plans.plan(planId)->isLocked());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        const Status locked = plans.lock(m_director, planId);
        QVERIFY2(locked.ok(), qPrintable(locked.error().fullText()));
        QVERIFY(plans.plan(planId)->isLocked());
        QCOMPARE(plans.plan(planId)->lockedBy, m_director.username);
    }

    // Submitted only with evidence; returned with a reason; confirmed by another person; failing opens
    // a rectification item with the deadline; confirmed is locked and queued once.
    void twoPeopleAndEvidence()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const qint64 item = assignAll(planId);
        AssessmentService service(db());
        AssessmentDraft d;
        d.vetoes = {QStringLiteral("homepage_stale")};
        const auto id = service.save(m_checker, item, d);
        QVERIFY(id.ok());
        const Status bare = service.submit(m_checker, *id);
        QVERIFY(!bare.ok());
        QCOMPARE(bare.error().code, QStringLiteral("assessment.evidence"));
        d.evidence.insert(
            SpotCheckRules::vetoKey(QStringLiteral("homepage_stale")), Evidence{{}, QStringLiteral("首页未更新"), {}});
        QVERIFY(service.save(m_checker, item, d).ok());
        QVERIFY(!service.submit(m_checker, *id).ok()); // a note without an address or a file
        const auto file = service.addFileContent(m_checker, *id,
            SpotCheckRules::vetoKey(QStringLiteral("homepage_stale")), QStringLiteral("首页.png"), "PNG bytes");
        QVERIFY2(file.ok(), qPrintable(file.error().fullText()));
        QVERIFY(service.submit(m_checker, *id).ok());
        QVERIFY(!service.save(m_checker, item, d).ok()); // waits for review

        QVERIFY(!service.returnToChecker(m_director, *id, QString()).ok());
        QVERIFY(service.returnToChecker(m_director, *id, QStringLiteral("证据截图不清晰")).ok());
        QCOMPARE(service.byId(*id)->status, AssessmentStatus::Returned);
        QVERIFY(service.submit(m_checker, *id).ok());
        QVERIFY(!service.confirm(m_checker, *id, {}, m_today.addDays(30), m_today).ok()); // not a reviewer
        const Status noDeadline = service.confirm(m_director, *id, {}, QDate(), m_today);
        QCOMPARE(noDeadline.error().code, QStringLiteral("assessment.deadline"));
        QVERIFY(service.confirm(m_director, *id, QStringLiteral("属实"), m_today.addDays(15), m_today).ok());

        const auto r = service.byId(*id);
        QCOMPARE(r->status, AssessmentStatus::Confirmed);
        QVERIFY(!r->card.passed);
        QCOMPARE(r->card.vetoes, QStringList{QStringLiteral("homepage_stale")});
        QVERIFY(r->rectificationId != 0);
        QCOMPARE(r->rectificationDeadline, m_today.addDays(15));
        const auto rect = RectificationService(db()).byId(r->rectificationId);
        QCOMPARE(rect->source, RectificationSource::SpotCheck);
        QCOMPARE(service.fileContent(*file).value(), QByteArray("PNG bytes"));
        QCOMPARE(service.events(*id)->size(), 6); // saved, saved, submitted, returned, submitted, confirmed

        // Locked: by the service and by the database.
        QVERIFY(!service.save(m_checker, item, d).ok());
        QVERIFY(!service.removeFile(m_checker, *file).ok());
        QSqlQuery q(db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE assessments SET total = 99 WHERE id = %1").arg(*id)));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM assessment_files WHERE id = %1").arg(*file)));

        const auto entry = AssessmentOutbox(db()).entry(*id);
        QVERIFY(entry.ok() && *entry);
        QCOMPARE((*entry)->state, SendState::Waiting);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessment_outbox")), 1);
    }

    void aCheckerDoesNotReviewTheirOwnAssessment()
    {
        const Session both = account(QStringLiteral("both"), m_c, {Role::Inspector, Role::Director});
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const qint64 item = plans.items(planId)->first().id;
        QVERIFY(plans.assign(m_director, planId, {item}, both.accountId).ok());
        const qint64 id = submitPassing(item, both);
        QVERIFY(id);
        const Status own = AssessmentService(db()).confirm(both, id, {}, {}, m_today);
        QVERIFY(!own.ok());
        QVERIFY(AssessmentService(db()).confirm(m_director, id, {}, {}, m_today).ok());
    }

    // The stored score is the model's (the backend scores with the same ScoringModel) for the rule
    // set's edge cases.
    void theStoredScoreIsTheModels_data()
    {
        QTest::addColumn<int>("site"); // index into m_citySites: 0 the city portal, 1 a department
        QTest::addColumn<bool>("services");
        QTest::addColumn<QStringList>("vetoes");
        QTest::addColumn<QVariantMap>("deductions");
        QTest::addColumn<double>("bonus");
        QTest::addColumn<double>("total");
        QTest::newRow("clean portal") << 0 << true << QStringList{} << QVariantMap{} << 0.0 << 100.0;
        // A veto item fails the site whatever its points (the model keeps the total it computed).
        QTest::newRow("veto") << 0 << true << QStringList{QStringLiteral("unreachable")} << QVariantMap{} << 10.0
                              << 110.0;
        QTest::newRow("deduction capped at the indicator's points")
            << 0 << true << QStringList{} << QVariantMap{{QStringLiteral("info_update"), 50}} << 0.0 << 92.0;
        QTest::newRow("bonus above 80") << 0 << true << QStringList{} << QVariantMap{{QStringLiteral("info_update"), 8}}
                                        << 12.0 << 104.0;
        QTest::newRow("no bonus at 80") << 0 << true << QStringList{}
                                        << QVariantMap{{QStringLiteral("info_update"), 8},
                                               {QStringLiteral("info_policy"), 7}, {QStringLiteral("info_overview"), 5}}
                                        << 12.0 << 80.0;
        QTest::newRow("no bonus for departments") << 1 << true << QStringList{} << QVariantMap{} << 12.0 << 100.0;
        QTest::newRow("4/3 without public services")
            << 1 << false << QStringList{} << QVariantMap{{QStringLiteral("info_update"), 6}} << 0.0 << 92.0;
        QTest::newRow("under 60") << 1 << true << QStringList{}
                                  << QVariantMap{{QStringLiteral("service_guides"), 10},
                                         {QStringLiteral("service_online"), 10},
                                         {QStringLiteral("service_integration"), 5}, {QStringLiteral("info_update"), 8},
                                         {QStringLiteral("info_policy"), 7}, {QStringLiteral("interaction_replies"), 7}}
                                  << 0.0 << 53.0;
    }

    void theStoredScoreIsTheModels()
    {
        QFETCH(int, site);
        QFETCH(bool, services);
        QFETCH(QStringList, vetoes);
        QFETCH(QVariantMap, deductions);
        QFETCH(double, bonus);
        QFETCH(double, total);
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        assignAll(planId);
        const qint64 siteId = m_citySites.at(site == 0 ? 0 : 1);
        qint64 item = 0;
        for (const SpotCheckItem& i : plans.items(planId).value()) {
            if (i.siteId == siteId)
                item = i.id;
        }
        if (item == 0) {
            QVERIFY(plans.addSite(m_director, planId, siteId, QStringLiteral("测试")).ok());
            for (const SpotCheckItem& i : plans.items(planId).value()) {
                if (i.siteId == siteId)
                    item = i.id;
            }
            QVERIFY(plans.assign(m_director, planId, {item}, m_checker.accountId).ok());
        }
        AssessmentDraft d;
        d.publicServices = services;
        d.vetoes = vetoes;
        for (auto it = deductions.cbegin(); it != deductions.cend(); ++it) {
            d.deductions.insert(it.key(), it.value().toDouble());
            d.evidence.insert(SpotCheckRules::deductionKey(it.key()), shown(QStringLiteral("扣分依据")));
        }
        for (const QString& v : vetoes)
            d.evidence.insert(SpotCheckRules::vetoKey(v), shown(QStringLiteral("否决依据")));
        d.bonus = bonus;
        AssessmentService service(db());
        const auto preview = service.preview(item, d);
        QVERIFY(preview.ok());
        QCOMPARE(preview->total, total);
        const auto id = service.save(m_checker, item, d);
        QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
        QVERIFY(service.submit(m_checker, *id).ok());
        QVERIFY(service.confirm(m_director, *id, {}, m_today.addDays(10), m_today).ok());
        const auto r = service.byId(*id);
        ScoreInput input;
        input.kind = site == 0 ? SiteKind::Portal : SiteKind::Department;
        input.hasPublicServices = services;
        input.vetoes = vetoes;
        for (auto it = deductions.cbegin(); it != deductions.cend(); ++it)
            input.deductions.insert(it.key(), it.value().toDouble());
        input.bonus = bonus;
        const auto model = ScoringModel(ScoringRules::builtin().value()).score(input);
        QCOMPARE(r->card.total, model->total);
        QCOMPARE(r->card.total, total);
        QCOMPARE(r->card.passed, model->passed);
        QCOMPARE(r->rectificationId != 0, !model->passed);
    }

    // The queue keeps one assessment per site and month, retries after failures and never sends one
    // twice.
    void theSendQueue()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const qint64 item = assignAll(planId);
        AssessmentService service(db());
        const qint64 id = submitPassing(item, m_checker);
        QVERIFY(service.confirm(m_director, id, {}, {}, m_today).ok());
        AssessmentOutbox outbox(db());
        const QDateTime now = OfficeClock::nowUtc().addSecs(1); // queued at the confirmation, which is now
        auto due = outbox.due(now, 10);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().siteCode, plans.item(item)->siteCode);
        QCOMPARE(due->first().period, m_month);
        QVERIFY(outbox
                    .markFailed(
                        id, Error{QStringLiteral("down"), {}}, now, now.addSecs(AssessmentOutbox::retryDelaySeconds(1)))
                    .ok());
        QCOMPARE(outbox.due(now.addSecs(10), 10)->size(), 0);
        QCOMPARE(outbox.due(now.addSecs(30), 10)->size(), 1);
        QCOMPARE(outbox.counts()->lastError, QStringLiteral("down"));
        QVERIFY(outbox.markSent(id, QStringLiteral("http://backend"), 99, now.addSecs(40)).ok());
        QCOMPARE(outbox.due(now.addSecs(100), 10)->size(), 0);
        QVERIFY(outbox.markSent(id, QStringLiteral("http://backend"), 99, now.addSecs(50)).ok()); // no second row
        const auto e = outbox.entry(id).value();
        QCOMPARE(e->state, SendState::Sent);
        QCOMPARE(e->attempts, 2);
        QVERIFY(!outbox.requeue(id).ok());
        QCOMPARE(outbox.counts()->sent, 1);

        QCOMPARE(AssessmentOutbox::retryDelaySeconds(1), 30);
        QCOMPARE(AssessmentOutbox::retryDelaySeconds(2), 60);
        QCOMPARE(AssessmentOutbox::retryDelaySeconds(20), 3600);
    }

    void aNewerAssessmentOfTheSameSiteAndMonthReplacesOneWaiting()
    {
        // Two offices (the province and the city) check the same site in the same month.
        const Session provinceDirector = account(QStringLiteral("pdirector"), m_p, {Role::Director});
        const Session provinceChecker = account(QStringLiteral("pchecker"), m_p, {Role::Inspector});
        SpotCheckService plans(db());
        const qint64 cityPlan = drawCity();
        assignAll(cityPlan);
        const auto provincePlan = plans.draw(provinceDirector, m_p, m_month, 1);
        QVERIFY(provincePlan.ok());
        const qint64 siteId = plans.items(cityPlan)->first().siteId;
        qint64 provinceItem = 0;
        for (const SpotCheckItem& i : plans.items(*provincePlan).value()) {
            if (i.siteId == siteId)
                provinceItem = i.id;
        }
        if (provinceItem == 0) {
            QVERIFY(plans.addSite(provinceDirector, *provincePlan, siteId, QStringLiteral("复核")).ok());
            for (const SpotCheckItem& i : plans.items(*provincePlan).value()) {
                if (i.siteId == siteId)
                    provinceItem = i.id;
            }
        }
        QVERIFY(plans.assign(provinceDirector, *provincePlan, {provinceItem}, provinceChecker.accountId).ok());
        const qint64 first = submitPassing(plans.items(cityPlan)->first().id, m_checker);
        QVERIFY(AssessmentService(db()).confirm(m_director, first, {}, {}, m_today).ok());
        const qint64 second = submitPassing(provinceItem, provinceChecker);
        QVERIFY(AssessmentService(db()).confirm(provinceDirector, second, {}, {}, m_today).ok());
        AssessmentOutbox outbox(db());
        QCOMPARE(outbox.entry(first).value()->state, SendState::Replaced);
        QCOMPARE(outbox.entry(second).value()->state, SendState::Waiting);
        QCOMPARE(outbox.due(OfficeClock::nowUtc().addSecs(1), 10)->size(), 1);
    }

    void aSiteThatClosesLeavesThePlanWithANote()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const SpotCheckItem item = plans.items(planId)->first();
        QVERIFY(RegistryService(db()).changeSiteStatus(m_system, item.siteId, SiteStatus::Closed, m_today).ok());
        const auto after = plans.item(item.id);
        QVERIFY(after->removed);
        QVERIFY2(after->removedNote.contains(QStringLiteral("2026-11-20")), qPrintable(after->removedNote));
        QCOMPARE(plans.plan(planId)->removed, 1);
        QCOMPARE(plans.plan(planId)->planned, 4);
        QVERIFY(!AssessmentService(db()).save(m_director, item.id, AssessmentDraft{}).ok());
    }

    void monthFiguresForTheDashboard()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        const qint64 item = assignAll(planId);
        const qint64 id = submitFailing(item);
        QVERIFY(AssessmentService(db()).confirm(m_director, id, {}, m_today.addDays(5), m_today).ok());
        const auto f = SpotCheckQueries::monthFigures(db(), m_c, m_month);
        QVERIFY(f.ok());
        QCOMPARE(f->plans, 1);
        QCOMPARE(f->planned, 5);
        QCOMPARE(f->confirmed, 1);
        QCOMPARE(f->failing, 1);
        QCOMPARE(f->runningSites, 10);
        QCOMPARE(f->coveredSites, 5);
        const auto all = SpotCheckQueries::monthFigures(db(), 0, m_month);
        QCOMPARE(all->runningSites, 11);
    }

    void findingsOfTheDailyInspectionsStandBesideTheirIndicators()
    {
        const auto rules = ScoringRules::builtin().value();
        SiteFinding f;
        f.checklistItem = QStringLiteral("columns_fresh");
        const auto placed = AssessmentFindings::byEvidenceKey(rules, {f});
        QVERIFY(placed.contains(SpotCheckRules::vetoKey(QStringLiteral("columns_stale"))));
        QVERIFY(placed.contains(SpotCheckRules::deductionKey(QStringLiteral("info_update"))));
        QCOMPARE(placed.size(), 2);
        // An open rectification item of the site shows in the form.
        const qint64 siteId = m_citySites.first();
        QVERIFY(RectificationService(db())
                    .open(m_director, siteId, RectificationSource::Manual, QStringLiteral("no_dead_links"),
                        QStringLiteral("错链"), m_today.addDays(10), m_today)
                    .ok());
        const auto found = AssessmentFindings(db()).inspections(siteId, m_month);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().source, SiteFinding::Source::Rectification);
        QCOMPARE(found->first().checklistItem, QStringLiteral("no_dead_links"));
    }

    // Every figure of the bulletin equals the same figure counted here in SQL.
    void bulletinFiguresEqualTheirSql()
    {
        SpotCheckService plans(db());
        const qint64 planId = drawCity();
        assignAll(planId);
        const auto items = plans.items(planId).value();
        QList<qint64> failing;
        for (int i = 0; i < items.size(); ++i) {
            const qint64 id = i % 2 == 0 ? submitFailing(items.at(i).id) : submitPassing(items.at(i).id, m_checker);
            QVERIFY(id);
            QVERIFY(AssessmentService(db()).confirm(m_director, id, {}, m_today.addDays(20), m_today).ok());
            if (i % 2 == 0)
                failing << id;
        }
        const qint64 rect = AssessmentService(db()).byId(failing.first())->rectificationId;
        AccountabilityService acc(db());
        QVERIFY(!acc.add(m_checker, rect, QStringLiteral("张三"), {}, AccountabilityMeasure::Interview, m_today, {},
                        m_today)
                     .ok());
        QVERIFY(!acc.add(m_director, rect, QString(), {}, AccountabilityMeasure::Interview, m_today, {}, m_today).ok());
        QVERIFY(!acc.add(m_director, rect, QStringLiteral("张三"), {}, AccountabilityMeasure::Interview,
                        m_today.addDays(1), {}, m_today)
                     .ok());
        QVERIFY(acc.add(m_director, rect, QStringLiteral("张三"), QStringLiteral("网站负责人"),
                       AccountabilityMeasure::Interview, m_today, {}, m_today)
                    .ok());
        QVERIFY(acc.add(m_director, rect, QStringLiteral("李四"), {}, AccountabilityMeasure::Reprimand, m_today, {},
                       m_today)
                    .ok());
        QCOMPARE(acc.forRectification(rect)->size(), 2);

        const auto b = BulletinQueries::compute(db(), m_c, Period::quarter(2026, 4));
        QVERIFY2(b.ok(), qPrintable(b.error().fullText()));
        const QString scope
            = QStringLiteral("s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = %1)").arg(m_c);
        QCOMPARE(b->runningSites,
            scalar(QStringLiteral("SELECT count(*) FROM sites s WHERE s.status IN ('operating', 'migrating') AND ")
                + scope));
        const QString checks
            = QStringLiteral("FROM assessments a JOIN sites s ON s.id = a.site_id WHERE a.status = 'confirmed' "
                             "AND a.period BETWEEN '2026-10' AND '2026-12' AND ")
            + scope;
        QCOMPARE(b->checks, scalar(QStringLiteral("SELECT count(*) ") + checks));
        QCOMPARE(b->sitesChecked, scalar(QStringLiteral("SELECT count(DISTINCT a.site_id) ") + checks));
        QCOMPARE(b->sitesFailing,
            scalar(QStringLiteral("SELECT count(DISTINCT a.site_id) ") + checks + QStringLiteral(" AND a.passed = 0")));
        QCOMPARE(b->sitesFailing, int(failing.size()));
        QCOMPARE(b->failing.size(), failing.size());
        QCOMPARE(b->plans, 1);
        int grouped = 0;
        for (const auto& g : b->groups)
            grouped += g.checked;
        QCOMPARE(grouped, b->sitesChecked);
        QCOMPARE(b->accountability.value(AccountabilityMeasure::Interview),
            scalar(QStringLiteral("SELECT count(*) FROM accountability_records WHERE measure = 'interview'")));
        QCOMPARE(b->accountabilityTotal(), 2);
        QCOMPARE(b->copyTo, QStringList{BulletinQueries::headOf(QStringLiteral("K县人民政府"))});
        for (const auto& s : b->failing) {
            QVERIFY(!s.problems.isEmpty());
            QCOMPARE(s.deadline, m_today.addDays(20));
        }
        QVERIFY(!BulletinQueries::compute(db(), m_c, m_month).ok()); // a quarter, not a month
    }
};

QTEST_GUILESS_MAIN(TestSpotChecks)
#include "TestSpotChecks.moc"
