#include "TestSupport.h"
#include "core/Registry.h"
#include "storage/AuditLog.h"
#include "demo/DemoBuilder.h"
#include "storage/ListQueries.h"
#include "storage/OrganisationRepository.h"
#include "storage/PasswordHasher.h"
#include "storage/PersonService.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"
#include "storage/SortKey.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace sitegov;

class TestRegistry final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_actor = Session::system(QStringLiteral("tester"));
    qint64 m_province = 0;
    qint64 m_quanzhou = 0;
    qint64 m_jinjiang = 0;
    qint64 m_jinjiangEducation = 0;

    qint64 unit(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    }

    Site site(const QString& code, const QString& domain, qint64 host, SiteKind kind = SiteKind::Department)
    {
        Site s;
        s.code = code;
        s.name = QStringLiteral("测试网站") + code.right(4);
        s.domain = domain;
        s.url = QStringLiteral("https://%1/").arg(domain);
        s.kind = kind;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        s.icpFiling = QStringLiteral("闽ICP备05012345号");
        s.psbFiling = QStringLiteral("闽公网安备 35058202000123号");
        return s;
    }

    int flagsOf(qint64 siteId) { return SiteRepository(m_db->connection()).byId(siteId)->flags; }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        QVERIFY(DemoBuilder::build(*m_db, {2017, QDate(2026, 11, 28)}).ok());
        m_province = unit(QStringLiteral("SELECT id FROM organisations WHERE division_code = '350000' AND parent_id IS NULL"));
        m_quanzhou = unit(QStringLiteral("SELECT id FROM organisations WHERE division_code = '350500' AND kind = 'government'"));
        m_jinjiang = unit(QStringLiteral("SELECT id FROM organisations WHERE division_code = '350582' AND kind = "
                                         "'government' AND level = 'county'"));
        m_jinjiangEducation = unit(QStringLiteral("SELECT id FROM organisations WHERE name = '晋江市教育局'"));
        QVERIFY(m_province && m_quanzhou && m_jinjiang && m_jinjiangEducation);
    }

    void citiesAreKnown()
    {
        const auto org = OrganisationRepository(m_db->connection()).byId(m_jinjiangEducation);
        QCOMPARE(org->cityOrgId, m_quanzhou);
        QCOMPARE(OrganisationRepository(m_db->connection()).byId(m_province)->cityOrgId, 0);
    }

    void oneSitePerUnit()
    {
        RegistryService registry(m_db->connection());
        // Jinjiang's government has its portal already (from the demo).
        const auto second = registry.registerSite(m_actor, site(QStringLiteral("3505829001"), QStringLiteral("www.jinjiang2.gov.cn"),
                                                               m_jinjiang, SiteKind::Portal));
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QLatin1String("at most one site")), qPrintable(second.error().message));
        // A special-topic site beside it is allowed.
        QVERIFY(registry.registerSite(m_actor, site(QStringLiteral("3505829002"), QStringLiteral("zt.jinjiang.gov.cn"), m_jinjiang,
                                                   SiteKind::Special))
                    .ok());
        // An import records the second site and flags both for merging.
        const auto imported = registry.registerSite(m_actor,
            site(QStringLiteral("3505829003"), QStringLiteral("www.jinjiang3.gov.cn"), m_jinjiang, SiteKind::Portal),
            RegistryService::DuplicatePolicy::Flag);
        QVERIFY(imported.ok());
        QVERIFY(flagsOf(*imported) & FlagDuplicateUnit);
        const qint64 portal = unit(QStringLiteral("SELECT id FROM sites WHERE domain = 'www.jinjiang.gov.cn'"));
        QVERIFY(flagsOf(portal) & FlagDuplicateUnit);
        // Closing the duplicate clears the flag on both.
        QVERIFY(registry.changeSiteStatus(m_actor, *imported, SiteStatus::Closed, QDate(2026, 11, 1)).ok());
        QVERIFY(!(flagsOf(*imported) & FlagDuplicateUnit));
        QVERIFY(!(flagsOf(portal) & FlagDuplicateUnit));
        QCOMPARE(SiteRepository(m_db->connection()).byId(*imported)->closedOn, QDate(2026, 11, 1));
    }

    void countyDepartmentSitesAreDueForConsolidation()
    {
        RegistryService registry(m_db->connection());
        const qint64 existing = unit(QStringLiteral("SELECT id FROM sites WHERE host_org_id = %1 AND status <> 'closed'").arg(m_jinjiangEducation));
        if (existing)
            QVERIFY(registry.changeSiteStatus(m_actor, existing, SiteStatus::Closed, QDate(2017, 12, 31)).ok());
        const auto id = registry.registerSite(m_actor,
            site(QStringLiteral("3505829010"), QStringLiteral("jyj.jinjiang.gov.cn"), m_jinjiangEducation));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QVERIFY(flagsOf(*id) & FlagConsolidationDue);
        QVERIFY(flagsOf(*id) & FlagNoCaretaker);
        QVERIFY(flagsOf(*id) & FlagNoSecurity);
        QVERIFY(registry.changeSiteStatus(m_actor, *id, SiteStatus::Closed, QDate(2026, 11, 28)).ok());
        QCOMPARE(flagsOf(*id), 0);
    }

    void assignmentsKeepTheirHistory()
    {
        RegistryService registry(m_db->connection());
        PersonService persons(m_db->connection());
        const auto id = registry.registerSite(m_actor,
            site(QStringLiteral("3505009001"), QStringLiteral("zt2.quanzhou.gov.cn"), m_quanzhou, SiteKind::Special));
        QVERIFY(id.ok());
        QVERIFY(flagsOf(*id) & FlagNoCaretaker);
        const auto wang = persons.createPerson(m_actor, {0, QStringLiteral("王小明"), m_quanzhou, QStringLiteral("副主任"),
                                                         QStringLiteral("13800000001"), QString(), true});
        const auto li = persons.createPerson(m_actor, {0, QStringLiteral("李小红"), m_quanzhou, QStringLiteral("副主任"),
                                                       QStringLiteral("13800000002"), QStringLiteral("li@fj.gov.cn"), true});
        QVERIFY(wang.ok() && li.ok());
        // Names are unique within a unit.
        QVERIFY(!persons.createPerson(m_actor, {0, QStringLiteral("王小明"), m_quanzhou, {}, {}, {}, true}).ok());
        QVERIFY(!persons.createPerson(m_actor, {0, QStringLiteral("赵"), m_quanzhou, {}, QStringLiteral("call me"), {}, true}).ok());

        QVERIFY(persons.assign(m_actor, *id, *wang, AssignmentRole::Caretaker, QDate(2025, 1, 1)).ok());
        QVERIFY(!(flagsOf(*id) & FlagNoCaretaker));
        QVERIFY(!persons.assign(m_actor, *id, *wang, AssignmentRole::Caretaker, QDate(2025, 6, 1)).ok()); // already
        QVERIFY(!persons.assign(m_actor, *id, *li, AssignmentRole::Caretaker, QDate(2024, 6, 1)).ok());   // before
        QVERIFY(persons.assign(m_actor, *id, *li, AssignmentRole::Caretaker, QDate(2026, 3, 1)).ok());

        const auto list = persons.assignmentsOfSite(*id);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).personName, QStringLiteral("李小红"));
        QVERIFY(list->at(0).assignment.isCurrent());
        QCOMPARE(list->at(1).personName, QStringLiteral("王小明"));
        QCOMPARE(list->at(1).assignment.startOn, QDate(2025, 1, 1));
        QCOMPARE(list->at(1).assignment.endOn, QDate(2026, 2, 28));

        // A person with a current assignment cannot be deactivated.
        QVERIFY(!persons.setPersonActive(m_actor, *li, false).ok());
        QVERIFY(persons.endAssignment(m_actor, list->at(0).assignment.id, QDate(2026, 11, 28)).ok());
        QVERIFY(flagsOf(*id) & FlagNoCaretaker);
        QVERIFY(!persons.endAssignment(m_actor, list->at(0).assignment.id, QDate(2026, 11, 29)).ok());
        QVERIFY(persons.setPersonActive(m_actor, *li, false).ok());
        QVERIFY(!persons.assign(m_actor, *id, *li, AssignmentRole::Caretaker, QDate(2026, 11, 29)).ok());
        QCOMPARE(persons.assignmentsOfSite(*id)->size(), 2);
    }

    void unitsMoveAndDeactivate()
    {
        RegistryService registry(m_db->connection());
        // A new unit under Jinjiang, moved to the province: its city changes.
        const auto id = registry.createOrganisation(m_actor,
            {0, m_jinjiang, QStringLiteral("晋江市测试中心"), AdminLevel::County, OrgKind::Department, QStringLiteral("350582"), {}, true});
        QVERIFY(id.ok());
        QCOMPARE(OrganisationRepository(m_db->connection()).byId(*id)->cityOrgId, m_quanzhou);
        QVERIFY(registry.moveOrganisation(m_actor, *id, m_province).ok());
        QCOMPARE(OrganisationRepository(m_db->connection()).byId(*id)->cityOrgId, 0);
        // Not under itself, nor under its own descendants.
        QVERIFY(!registry.moveOrganisation(m_actor, m_quanzhou, m_jinjiang).ok());
        QVERIFY(!registry.moveOrganisation(m_actor, m_jinjiang, m_jinjiang).ok());
        // A unit with open sites stays active.
        QVERIFY(!registry.setOrganisationActive(m_actor, m_jinjiang, false).ok());
        QVERIFY(registry.setOrganisationActive(m_actor, *id, false).ok());
        // Bad input is refused with a message naming it.
        const auto bad = registry.createOrganisation(m_actor,
            {0, m_province, QStringLiteral("坏单位"), AdminLevel::Province, OrgKind::Department, QStringLiteral("3500"), {}, true});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("6 digits")));
    }

    // Units and persons are deactivated and reactivated the same way: the flag and an audit record
    // (disable or enable, with the record before and after) together; a no-op writes nothing.
    void deactivationIsAudited()
    {
        RegistryService registry(m_db->connection());
        PersonService persons(m_db->connection());
        const auto org = registry.createOrganisation(m_actor,
            {0, m_jinjiang, QStringLiteral("晋江市停用测试中心"), AdminLevel::County, OrgKind::Department,
                QStringLiteral("350582"), {}, true});
        QVERIFY(org.ok());
        const auto person = persons.createPerson(m_actor,
            {0, QStringLiteral("停用测试"), m_jinjiang, {}, QStringLiteral("13800000009"), {}, true});
        QVERIFY(person.ok());
        auto lastAudit = [this] {
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("SELECT action, object_type, object_id, summary, json_extract(before_json, '$.active'), "
                                  "json_extract(after_json, '$.active') FROM audit_log ORDER BY id DESC LIMIT 1"));
            QStringList cells;
            if (q.next()) {
                for (int i = 0; i < 6; ++i)
                    cells << q.value(i).toString();
            }
            return cells.join(u'|');
        };
        auto active = [this](const QString& table, qint64 id) {
            return unit(QStringLiteral("SELECT active FROM %1 WHERE id = %2").arg(table).arg(id));
        };
        const qint64 records = unit(QStringLiteral("SELECT count(*) FROM audit_log"));

        QVERIFY(registry.setOrganisationActive(m_actor, *org, false).ok());
        QCOMPARE(active(QStringLiteral("organisations"), *org), 0);
        QCOMPARE(lastAudit(), QStringLiteral("disable|organisation|%1|晋江市停用测试中心|1|0").arg(*org));
        QVERIFY(registry.setOrganisationActive(m_actor, *org, false).ok()); // already: nothing written
        QCOMPARE(unit(QStringLiteral("SELECT count(*) FROM audit_log")), records + 1);
        QVERIFY(registry.setOrganisationActive(m_actor, *org, true).ok());
        QCOMPARE(active(QStringLiteral("organisations"), *org), 1);
        QCOMPARE(lastAudit(), QStringLiteral("enable|organisation|%1|晋江市停用测试中心|0|1").arg(*org));

        QVERIFY(persons.setPersonActive(m_actor, *person, false).ok());
        QCOMPARE(active(QStringLiteral("persons"), *person), 0);
        QCOMPARE(lastAudit(), QStringLiteral("disable|person|%1|停用测试|1|0").arg(*person));
        QVERIFY(persons.setPersonActive(m_actor, *person, true).ok());
        QCOMPARE(active(QStringLiteral("persons"), *person), 1);
        QCOMPARE(lastAudit(), QStringLiteral("enable|person|%1|停用测试|0|1").arg(*person));
        QCOMPARE(unit(QStringLiteral("SELECT count(*) FROM audit_log")), records + 4);
        QVERIFY(AuditLog::verify(m_db->connection())->ok);
    }

    // The tree has one top, and a unit moves only under a unit whose division holds it.
    void oneTopAndMovesWithinTheNewParent()
    {
        RegistryService registry(m_db->connection());
        const qint64 fuzhou = unit(QStringLiteral("SELECT id FROM organisations WHERE division_code = '350100' AND kind = "
                                                  "'government'"));
        QVERIFY(fuzhou);
        const int before = int(unit(QStringLiteral("SELECT count(*) FROM organisations")));
        // A second top-level unit, even for the command line.
        const auto second = registry.createOrganisation(m_actor,
            {0, 0, QStringLiteral("另一个省"), AdminLevel::Province, OrgKind::Government, QStringLiteral("360000"), {}, true});
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QStringLiteral("福建省人民政府")), qPrintable(second.error().message));
        QCOMPARE(int(unit(QStringLiteral("SELECT count(*) FROM organisations"))), before);
        // Nor is a unit moved to the top.
        const Status top = registry.moveOrganisation(m_actor, m_jinjiang, 0);
        QVERIFY(!top.ok());
        // Jinjiang (350582, in Quanzhou) under Fuzhou (350100): outside its division.
        const Status moved = registry.moveOrganisation(m_actor, m_jinjiang, fuzhou);
        QVERIFY(!moved.ok());
        QVERIFY2(moved.error().message.contains(QStringLiteral("350582")) && moved.error().message.contains(QStringLiteral("350100")),
            qPrintable(moved.error().message));
        QCOMPARE(OrganisationRepository(m_db->connection()).byId(m_jinjiang)->parentId, m_quanzhou);
        // Quanzhou (350500) under Fuzhou: another city's division.
        QVERIFY(!registry.moveOrganisation(m_actor, m_quanzhou, fuzhou).ok());
        // Within the division it is fine: Jinjiang under the province itself.
        QVERIFY(registry.moveOrganisation(m_actor, m_jinjiang, m_province).ok());
        QVERIFY(registry.moveOrganisation(m_actor, m_jinjiang, m_quanzhou).ok());
    }

    void changingAUnitsLevelUpdatesFlags()
    {
        RegistryService registry(m_db->connection());
        // A city department's site, then the unit turns out to be a county department.
        const qint64 org = unit(QStringLiteral("SELECT o.id FROM organisations o JOIN sites s ON s.host_org_id = o.id WHERE "
                                               "o.level = 'city' AND o.kind = 'department' AND s.status = 'operating' AND "
                                               "s.flags & 2 = 0 LIMIT 1"));
        QVERIFY(org);
        const qint64 siteId = unit(QStringLiteral("SELECT id FROM sites WHERE host_org_id = %1 AND status = 'operating'").arg(org));
        QVERIFY(!(flagsOf(siteId) & FlagConsolidationDue));
        auto o = OrganisationRepository(m_db->connection()).byId(org).value();
        o.level = AdminLevel::County;
        QVERIFY(registry.updateOrganisation(m_actor, o).ok());
        QVERIFY(flagsOf(siteId) & FlagConsolidationDue);
    }

    void permissionsAndJurisdiction()
    {
        RegistryService registry(m_db->connection());
        Session inspector;
        inspector.accountId = 99;
        inspector.username = QStringLiteral("inspector");
        inspector.roles = {Role::Inspector};
        inspector.orgId = m_province;
        QVERIFY(!registry.registerSite(inspector, site(QStringLiteral("3500009901"), QStringLiteral("x.fujian.gov.cn"), m_province))
                     .ok());
        Session quanzhouAdmin;
        quanzhouAdmin.accountId = 98;
        quanzhouAdmin.username = QStringLiteral("qz-admin");
        quanzhouAdmin.roles = {Role::Administrator};
        quanzhouAdmin.orgId = m_quanzhou;
        const auto outside = registry.createOrganisation(quanzhouAdmin,
            {0, m_province, QStringLiteral("省里的新单位"), AdminLevel::Province, OrgKind::Department, QStringLiteral("350000"), {}, true});
        QVERIFY(!outside.ok());
        QVERIFY(registry.createOrganisation(quanzhouAdmin,
                            {0, m_quanzhou, QStringLiteral("泉州市新单位"), AdminLevel::City, OrgKind::Department,
                                QStringLiteral("350500"), {}, true})
                    .ok());
        PersonService persons(m_db->connection());
        QVERIFY(!persons.createPerson(quanzhouAdmin, {0, QStringLiteral("张三"), m_province, {}, {}, {}, true}).ok());
    }

    void abandonedCountStops()
    {
        // A count of a million rows: whole when nobody gives up, stopped (an empty error) as soon
        // as the model that asked for it has moved on.
        ListQuery big;
        big.from = QStringLiteral("FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
                                  "SELECT i FROM n)");
        QCOMPARE(QueryPager::count(m_db->path(), big).value(), 1000000);
        int asked = 0;
        const auto stopped = QueryPager::count(m_db->path(), big, [&asked] { return ++asked >= 3; });
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.error().message.isEmpty());
        QCOMPARE(asked, 4); // three progress calls, the third says stop; then once more to tell why it failed
        // The connection is whole again afterwards.
        QCOMPARE(QueryPager::count(m_db->path(), big, [] { return false; }).value(), 1000000);
    }

    // Names sort by pinyin, as Excel and WPS sort them (安 an, 福 fu, 厦 xia, 漳 zhang), not by code
    // point (厦 U+53A6, 安 U+5B89, 漳 U+6F33, 福 U+798F), in SQL through the stored keys.
    void namesSortInPinyinOrder()
    {
        const QString path = m_db->path();
        const QStringList firstOf{QStringLiteral("安"), QStringLiteral("福"), QStringLiteral("厦"), QStringLiteral("漳")};
        auto order = [&firstOf](const QStringList& names) {
            QList<int> at;
            for (const QString& first : firstOf) {
                int index = -1;
                for (int i = 0; i < names.size() && index < 0; ++i) {
                    if (names.at(i).startsWith(first))
                        index = i;
                }
                at << index;
            }
            return at;
        };
        auto ascending = [](const QList<int>& at) {
            for (int i = 0; i < at.size(); ++i) {
                if (at.at(i) < 0 || (i > 0 && at.at(i - 1) >= at.at(i)))
                    return false;
            }
            return true;
        };
        const auto sites = QueryPager::fetch(path, SiteListQuery::build({}), SiteListQuery::Name, Qt::AscendingOrder, 100000, 0);
        QVERIFY(sites.ok());
        QStringList names;
        for (const auto& r : sites->rows)
            names << r.at(SiteListQuery::Name).toString();
        QVERIFY2(ascending(order(names)), qPrintable(names.mid(0, 40).join(u' ')));
        // Every neighbour in key order, and the keys are ICU's for "zh".
        for (int i = 1; i < names.size(); ++i)
            QVERIFY(SortKey::of(names.at(i - 1)) <= SortKey::of(names.at(i)));
        QVERIFY(SortKey::of(QStringLiteral("安溪县")) < SortKey::of(QStringLiteral("厦门市")));
        // The units' list and the persons' too.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM organisations ORDER BY name_key, id")));
        QStringList units;
        while (q.next())
            units << q.value(0).toString();
        QVERIFY2(ascending(order(units)), qPrintable(units.mid(0, 40).join(u' ')));
        PersonFilter everybody;
        everybody.includeInactive = true;
        const auto persons = QueryPager::fetch(path, PersonListQuery::build(everybody), 0, Qt::AscendingOrder, 100000, 0);
        QVERIFY(persons.ok());
        for (int i = 1; i < persons->rows.size(); ++i)
            QVERIFY(SortKey::of(persons->rows.at(i - 1).at(0).toString()) <= SortKey::of(persons->rows.at(i).at(0).toString()));
        // The sort uses the index: SQLite's plan for the list says so.
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM sites ORDER BY name_key, id LIMIT 50")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(QLatin1String("sites_name_key")) && !plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }

    // Every insert and rename keeps the key; keys made by another ICU version are made again on opening.
    void sortKeysFollowNamesAndTheCollator()
    {
        auto key = [this](const QString& sql) {
            QSqlQuery q(m_db->connection());
            return q.exec(sql) && q.next() ? q.value(0).toByteArray() : QByteArray("none");
        };
        RegistryService registry(m_db->connection());
        const auto id = registry.createOrganisation(m_actor,
            {0, m_jinjiang, QStringLiteral("晋江市排序测试中心"), AdminLevel::County, OrgKind::Department, QStringLiteral("350582"), {}, true});
        QVERIFY(id.ok());
        QCOMPARE(key(QStringLiteral("SELECT name_key FROM organisations WHERE id = %1").arg(*id)),
            SortKey::of(QStringLiteral("晋江市排序测试中心")));
        auto o = OrganisationRepository(m_db->connection()).byId(*id).value();
        o.name = QStringLiteral("安溪排序测试中心");
        o.divisionCode = QStringLiteral("350582");
        QVERIFY(registry.updateOrganisation(m_actor, o).ok());
        QCOMPARE(key(QStringLiteral("SELECT name_key FROM organisations WHERE id = %1").arg(*id)),
            SortKey::of(QStringLiteral("安溪排序测试中心")));

        // Keys of another collator version: recomputed when the database is next opened.
        const QString path = m_db->path();
        {
            auto other = ConsoleDatabase::open(path);
            QVERIFY(other);
            QSqlQuery q((*other)->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE sort_key_state SET version = '1.0/old'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE sites SET name_key = x'00' ")));
        }
        QCOMPARE(key(QStringLiteral("SELECT count(*) FROM sites WHERE name_key = x'00'")).toInt(), int(unit(QStringLiteral("SELECT count(*) FROM sites"))));
        {
            auto reopened = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            QVERIFY(reopened);
        }
        QCOMPARE(key(QStringLiteral("SELECT count(*) FROM sites WHERE name_key = x'00'")).toInt(), 0);
        QCOMPARE(QString::fromUtf8(key(QStringLiteral("SELECT version FROM sort_key_state"))), SortKey::version());
        QCOMPARE(key(QStringLiteral("SELECT name_key FROM sites ORDER BY id LIMIT 1")),
            SortKey::of(QString::fromUtf8(key(QStringLiteral("SELECT name FROM sites ORDER BY id LIMIT 1")))));
    }

    // Several words find the sites that match every one (漳州 and 教育: Zhangzhou's education sites;
    // the demo has no Xiamen education site for the 厦门 教育).
    void searchWithSeveralWords()
    {
        const QString path = m_db->path();
        auto count = [&path](const QString& text) {
            SiteFilter f;
            f.text = text;
            return QueryPager::count(path, SiteListQuery::build(f)).value();
        };
        const qint64 both = count(QStringLiteral("漳州 教育"));
        QVERIFY(both > 0);
        QVERIFY(both < count(QStringLiteral("漳州")));
        QVERIFY(both < count(QStringLiteral("教育")));
        QCOMPARE(count(QStringLiteral("教育　漳州")), both); // a full-width space, the other order
        QCOMPARE(count(QStringLiteral("  漳州   教育 ")), both);
        SiteFilter f;
        f.text = QStringLiteral("漳州 教育");
        const auto page = QueryPager::fetch(path, SiteListQuery::build(f), SiteListQuery::Code, Qt::AscendingOrder, 1000, 0);
        QVERIFY(page.ok());
        QCOMPARE(qint64(page->rows.size()), both);
        for (const auto& r : page->rows) {
            const QString text = r.at(SiteListQuery::Name).toString() + r.at(SiteListQuery::HostUnit).toString();
            QVERIFY2(text.contains(QStringLiteral("漳州")) && text.contains(QStringLiteral("教育")), qPrintable(text));
        }
        // Long words go through the trigram index, short ones through its texts, mixed as typed.
        QVERIFY(count(QStringLiteral("漳州市 教育局")) > 0);
        QVERIFY(count(QStringLiteral("漳州市 教育局")) <= both);
        QCOMPARE(count(QStringLiteral("漳州 教育 不存在的词")), 0);
    }

    void connectionsOfAThreadQtDidNotStart()
    {
        // A thread Qt adopts (std::thread here) closes its connections in its thread-local
        // destructors, before Qt says it finished: that must not close them twice.
        for (int i = 0; i < 3; ++i) {
            qint64 counted = -1;
            std::thread worker([this, &counted] {
                const auto n = QueryPager::count(m_db->path(), SiteListQuery::build({}));
                counted = n ? *n : -2;
            });
            worker.join();
            QVERIFY(counted > 0);
        }
    }

    void listQueriesFilterAndSort()
    {
        const QString path = m_db->path();
        SiteFilter f;
        f.text = QStringLiteral("晋江");
        auto page = QueryPager::fetch(path, SiteListQuery::build(f), SiteListQuery::Code, Qt::AscendingOrder, 1000, 0);
        QVERIFY(page.ok());
        QVERIFY(!page->rows.isEmpty());
        for (const auto& r : page->rows)
            QVERIFY(r.at(SiteListQuery::Name).toString().contains(QStringLiteral("晋江"))
                || r.at(SiteListQuery::HostUnit).toString().contains(QStringLiteral("晋江")));
        // A LIKE wildcard typed by the user is taken literally.
        f.text = QStringLiteral("%");
        QCOMPARE(QueryPager::count(path, SiteListQuery::build(f)).value(), 0);
        f = {};
        f.cityOrgId = m_quanzhou;
        f.level = QStringLiteral("county");
        page = QueryPager::fetch(path, SiteListQuery::build(f), SiteListQuery::Name, Qt::DescendingOrder, 1000, 0);
        QVERIFY(page->atEnd);
        for (const auto& r : page->rows) {
            QCOMPARE(r.at(SiteListQuery::City).toString(), QStringLiteral("泉州市人民政府"));
            QCOMPARE(r.at(SiteListQuery::Level).toString(), QStringLiteral("county"));
        }
        for (int i = 1; i < page->rows.size(); ++i) {
            QVERIFY(SortKey::of(page->rows.at(i - 1).at(SiteListQuery::Name).toString())
                >= SortKey::of(page->rows.at(i).at(SiteListQuery::Name).toString()));
        }
        f = {};
        f.flags = FlagNoCaretaker;
        const qint64 noCaretaker = QueryPager::count(path, SiteListQuery::build(f)).value();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sites WHERE status IN ('operating','migrating') AND NOT EXISTS "
                                      "(SELECT 1 FROM assignments a WHERE a.site_id = sites.id AND a.role = 'caretaker' AND "
                                      "a.end_on IS NULL)")));
        QVERIFY(q.next());
        QCOMPARE(noCaretaker, q.value(0).toLongLong());
        // Pages do not overlap and cover everything.
        f = {};
        const qint64 total = QueryPager::count(path, SiteListQuery::build(f)).value();
        QSet<qint64> seen;
        for (int offset = 0;; offset += 50) {
            const auto p = QueryPager::fetch(path, SiteListQuery::build(f), SiteListQuery::Status, Qt::AscendingOrder, 50, offset);
            for (const auto& r : p->rows)
                seen.insert(r.at(SiteListQuery::IdColumn).toLongLong());
            if (p->atEnd)
                break;
        }
        QCOMPARE(qint64(seen.size()), total);
    }

    void siteChoicesFollowTheUnitTree()
    {
        RegistryQueries queries(m_db->connection());
        const qint64 county = unit(QStringLiteral("SELECT id FROM organisations WHERE level = 'county' AND kind = "
                                                    "'government' AND EXISTS (SELECT 1 FROM sites s WHERE s.host_org_id = "
                                                    "organisations.id AND s.status <> 'closed') ORDER BY id LIMIT 1"));
        QVERIFY(county);
        const auto own = queries.siteChoices(county);
        QVERIFY(own.ok());
        QVERIFY(!own->isEmpty());
        // Only sites hosted in the county's subtree, never closed ones.
        for (const Choice& c : *own) {
            QCOMPARE(unit(QStringLiteral("SELECT count(*) FROM sites WHERE id = %1 AND status <> 'closed'").arg(c.id)), qint64(1));
            const qint64 host = unit(QStringLiteral("SELECT host_org_id FROM sites WHERE id = %1").arg(c.id));
            QVERIFY(Authorizer::isWithin(m_db->connection(), county, host).value());
        }
        // With the governments above: the city's and the province's portals too.
        const auto withAbove = queries.siteChoices(county, true);
        QVERIFY(withAbove->size() > own->size());
        const auto all = queries.siteChoices(county, false, true);
        QVERIFY(all->size() >= own->size());
        QVERIFY(queries.siteChoices(0)->isEmpty());
    }

    void consolidationFigures()
    {
        const auto rows = RegistryQueries(m_db->connection()).consolidation();
        QVERIFY(rows.ok());
        int total = 0;
        for (const ConsolidationRow& r : *rows)
            total += r.total();
        QCOMPARE(total, SiteRepository(m_db->connection()).count().value());
        QVERIFY(RegistryQueries(m_db->connection()).nextSiteCode(QStringLiteral("350582"))->startsWith(QLatin1String("350582")));
    }

    void everythingWasAudited()
    {
        const auto v = AuditLog::verify(m_db->connection());
        QVERIFY(v->ok);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE account_name = 'tester' AND object_type IN "
                                      "('site', 'organisation', 'person', 'assignment')")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 15);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "TestRegistry.moc"
