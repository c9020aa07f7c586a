#include "TestSupport.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "core/Period.h"
#include "db/Dialect.h"
#include "report/BulletinDocument.h"
#include "storage/BulletinQueries.h"
#include "storage/AccountService.h"
#include "storage/PasswordHasher.h"
#include "storage/PolicyExchange.h"
#include "storage/PolicyService.h"
#include "storage/ProbeSettingsService.h"
#include "storage/RegistryService.h"
#include "storage/TableReader.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

// Key policy items and their reposts (docs/design/reposts.md) on a small unit tree: province P >
// city C > county K > township T, and city C2; P, C, K and C2 run an obliged government portal, T a
// township portal and C a department site (neither obliged). The office clock is pinned.
class TestPolicyReposts final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Session m_system = Session::system(QStringLiteral("fixture"));
    qint64 m_p = 0, m_c = 0, m_k = 0, m_t = 0, m_c2 = 0, m_dept = 0;
    Session m_inspectorK, m_inspectorC2, m_approverK, m_directorP;
    const QDateTime m_now{QDate(2026, 11, 20), QTime(18, 0)}; // office time

    QSqlDatabase& db() { return m_db->connection(); }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    qint64 org(
        qint64 parent, const QString& name, AdminLevel level, const QString& code, OrgKind kind = OrgKind::Government)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = kind;
        o.divisionCode = code;
        const auto id = RegistryService(db()).createOrganisation(m_system, o);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return id ? *id : 0;
    }

    qint64 site(qint64 host, const QString& code, const QString& name, SiteKind kind = SiteKind::Portal)
    {
        Site s;
        s.code = code;
        s.name = name;
        s.domain = QStringLiteral("s%1.gov.cn").arg(code);
        s.url = QStringLiteral("https://%1/").arg(s.domain);
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
        const auto id = AccountService(db()).create(
            m_system, NewAccount{username, username, orgId, roles}, QStringLiteral("secret pass"));
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return AccountService::sessionFor(AccountService(db()).byId(*id).value());
    }

    Result<qint64> add(const Session& who, const QString& title, const QDateTime& at)
    {
        return PolicyService(db()).add(who, PolicyItemInput{title, QStringLiteral("国务院"), QString(), at});
    }

    static QString why(const Status& s) { return s.ok() ? QString() : s.error().fullText(); }
    template <typename T> static QString why(const Result<T>& r) { return r.ok() ? QString() : r.error().fullText(); }

    int listRows(const PolicyFilter& f)
    {
        const ListQuery q = PolicyListQuery::build(f);
        return int(scalar(
            QueryPager::forEngine(*db::Dialect::of(db()), QStringLiteral("SELECT count(*) ") + q.from), q.binds));
    }

    qint64 itemId(const QString& title)
    {
        return scalar(QStringLiteral("SELECT id FROM policy_items WHERE title = ?"), {title});
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        OfficeClock::setNowForTests(QDateTime(m_now.date(), m_now.time(), OfficeClock::zone()).toUTC());
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        m_p = org(0, QStringLiteral("福建省人民政府"), AdminLevel::Province, QStringLiteral("350000"));
        m_c = org(m_p, QStringLiteral("泉州市人民政府"), AdminLevel::City, QStringLiteral("350500"));
        m_k = org(m_c, QStringLiteral("晋江市人民政府"), AdminLevel::County, QStringLiteral("350582"));
        m_t = org(m_k, QStringLiteral("安海镇人民政府"), AdminLevel::Township, QStringLiteral("350582"));
        m_c2 = org(m_p, QStringLiteral("厦门市人民政府"), AdminLevel::City, QStringLiteral("350200"));
        m_dept
            = org(m_c, QStringLiteral("泉州市教育局"), AdminLevel::City, QStringLiteral("350500"), OrgKind::Department);
        QVERIFY(m_p && m_c && m_k && m_t && m_c2 && m_dept);
        QVERIFY(site(m_p, QStringLiteral("3500000001"), QStringLiteral("福建省人民政府门户网站")));
        QVERIFY(site(m_c, QStringLiteral("3505000001"), QStringLiteral("泉州市人民政府网")));
        QVERIFY(site(m_k, QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网")));
        QVERIFY(site(m_t, QStringLiteral("3505820101"), QStringLiteral("安海镇人民政府网")));
        QVERIFY(site(m_c2, QStringLiteral("3502000001"), QStringLiteral("厦门市人民政府网")));
        QVERIFY(site(m_dept, QStringLiteral("3505000002"), QStringLiteral("泉州市教育局网站"), SiteKind::Department));
        m_inspectorK = account(QStringLiteral("inspector-k"), m_k, {Role::Inspector});
        m_inspectorC2 = account(QStringLiteral("inspector-c2"), m_c2, {Role::Inspector});
        m_approverK = account(QStringLiteral("approver-k"), m_k, {Role::Approver});
        m_directorP = account(QStringLiteral("director-p"), m_p, {Role::Director});
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    void titlesAreComparedWithoutPunctuationAndSpaces()
    {
        const QString key
            = RepostRules::normalise(QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知"));
        QCOMPARE(key, QStringLiteral("国务院关于印发深化农村改革重点任务分工方案的通知"));
        QVERIFY(RepostRules::lineMatches(
            QStringLiteral("国务院关于印发“深化农村改革重点任务分工方案”的通知 2026-11-20"), key));
        QVERIFY(RepostRules::lineMatches(QStringLiteral("·国务院　关于印发 深化农村改革重点任务分工方案 的通知"), key));
        QCOMPARE(RepostRules::normalise(QStringLiteral("ＡＢＣ（２０２６）年")), QStringLiteral("abc2026年"));
        QVERIFY(!RepostRules::lineMatches(QStringLiteral("国务院关于印发深化农村改革方案的通知"), key));
        QVERIFY(!RepostRules::lineMatches(QStringLiteral("通知"), RepostRules::normalise(QStringLiteral("通知"))));
        QCOMPARE(RepostRules::delayMinutes(m_now, m_now.addSecs(8 * 3600 + 59)), 480);
        QCOMPARE(RepostRules::delayMinutes(m_now, m_now.addSecs(-60)), 0);
        QCOMPARE(RepostRules::state(m_now, 480, m_now), RepostState::OnTime);
        QCOMPARE(RepostRules::state(m_now, 481, m_now), RepostState::Late);
        QCOMPARE(RepostRules::state(m_now, std::nullopt, m_now.addSecs(8 * 3600)), RepostState::Pending);
        QCOMPARE(RepostRules::state(m_now, std::nullopt, m_now.addSecs(8 * 3600 + 1)), RepostState::Missing);
        QCOMPARE(RepostRules::lateness(480 + 125), QStringLiteral("2 h 5 min late"));
    }

    void registeredByHand()
    {
        const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'policy_item'"));
        const auto id = add(m_directorP, QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知"),
            QDateTime(QDate(2026, 11, 18), QTime(16, 0)));
        QVERIFY2(id, qPrintable(why(id)));
        const auto item = PolicyService(db()).byId(*id);
        QVERIFY(item);
        QCOMPARE(item->publishedAt, QDateTime(QDate(2026, 11, 18), QTime(16, 0)));
        QCOMPARE(item->state, QStringLiteral("open"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'policy_item'")), audit + 1);

        // The same title (other punctuation) the same day, a role without the permission, the future,
        // and every field missing: refused, nothing written.
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM policy_items"));
        QVERIFY(!add(m_directorP, QStringLiteral("国务院关于印发“深化农村改革重点任务分工方案”的通知"),
            QDateTime(QDate(2026, 11, 18), QTime(20, 0))));
        QVERIFY(!add(m_approverK, QStringLiteral("另一条政策文件的标题"), QDateTime(QDate(2026, 11, 18), QTime(9, 0))));
        QVERIFY(!add(m_directorP, QStringLiteral("未来发布的政策文件"), m_now.addDays(1)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_items")), before);
        QStringList fields;
        for (const auto& p :
            PolicyService(db()).check(PolicyItemInput{QString(), QString(), QStringLiteral("ftp://x"), {}}))
            fields << p.field;
        QCOMPARE(fields,
            (QStringList{QStringLiteral("title"), QStringLiteral("issuer"), QStringLiteral("source_url"),
                QStringLiteral("published_at")}));
    }

    void importIsAllOrNothing()
    {
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM policy_items"));
        // Line 3 has no time, line 4 repeats line 2's title: nothing lands, each bad row named.
        const QByteArray bad
            = QStringLiteral("标题,发布机关,发布时间,来源地址\n"
                             "福建省人民政府关于加快推进数字政府建设的实施意见,福建省人民政府,2026-11-19 09:00,\n"
                             "国务院办公厅关于做好冬季安全生产工作的通知,国务院办公厅,昨天,\n"
                             "福建省人民政府关于加快推进“数字政府”建设的实施意见,福建省人民政府,2026/11/19 10:00,\n")
                  .toUtf8();
        const auto table = TableReader::readBytes(bad);
        QVERIFY(table);
        const auto report = PolicyExchange::import(db(), m_directorP, *table);
        QVERIFY2(report, qPrintable(why(report)));
        QVERIFY(!report->committed);
        QCOMPARE(report->failed, 2);
        QCOMPARE(report->issues.size(), 2);
        QCOMPARE(report->issues.at(0).line, 3);
        QVERIFY2(report->issues.at(0).message.contains(QStringLiteral("发布时间")),
            qPrintable(report->issues.at(0).message));
        QCOMPARE(report->issues.at(1).line, 4);
        QVERIFY2(
            report->issues.at(1).message.contains(QStringLiteral("标题")), qPrintable(report->issues.at(1).message));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_items")), before);

        const QByteArray good
            = QStringLiteral("title,issuer,published_at,source_url\n"
                             "福建省人民政府关于加快推进数字政府建设的实施意见,福建省人民政府,2026-11-19 "
                             "09:00,https://www.fujian.gov.cn/zwgk/1.htm\n"
                             "国务院办公厅关于做好冬季安全生产工作的通知,国务院办公厅,2026-11-20 08:30,\n"
                             "国务院关于上季度工作的通知,国务院,2026-08-10 10:00,\n")
                  .toUtf8();
        const auto ok = PolicyExchange::import(db(), m_directorP, *TableReader::readBytes(good));
        QVERIFY2(ok, qPrintable(why(ok)));
        QVERIFY2(ok->committed, qPrintable(ok->errorLines().join(u'\n')));
        QCOMPARE(ok->imported, 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_items WHERE source = 'import'")), 3);
    }

    void repostsByHand()
    {
        PolicyService s(db());
        const qint64 rural
            = itemId(QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知")); // 11-18 16:00
        const qint64 digital
            = itemId(QStringLiteral("福建省人民政府关于加快推进数字政府建设的实施意见")); // 11-19 09:00
        const qint64 winter = itemId(QStringLiteral("国务院办公厅关于做好冬季安全生产工作的通知")); // 11-20 08:30
        QVERIFY(rural > 0 && digital > 0 && winter > 0);
        const QString url = QStringLiteral("https://s3505820001.gov.cn/zwgk/1.htm");
        const qint64 audit = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'repost'"));
        // 晋江: rural within 8 hours, digital late by 4 h 30 min; 泉州 rural late; 省 both on time.
        QVERIFY2(s.recordRepost(m_inspectorK, rural, QStringLiteral("3505820001"), url,
                     QDateTime(QDate(2026, 11, 18), QTime(23, 0))),
            "k rural");
        QVERIFY(s.recordRepost(
            m_inspectorK, digital, QStringLiteral("3505820001"), url, QDateTime(QDate(2026, 11, 19), QTime(21, 30))));
        QVERIFY(s.recordRepost(
            m_directorP, rural, QStringLiteral("3505000001"), url, QDateTime(QDate(2026, 11, 19), QTime(15, 0))));
        QVERIFY(s.recordRepost(
            m_directorP, rural, QStringLiteral("3500000001"), url, QDateTime(QDate(2026, 11, 18), QTime(17, 0))));
        QVERIFY(s.recordRepost(
            m_directorP, digital, QStringLiteral("3500000001"), url, QDateTime(QDate(2026, 11, 19), QTime(9, 40))));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'repost'")), audit + 5);
        QCOMPARE(
            scalar(QStringLiteral("SELECT delay_minutes FROM policy_reposts WHERE item_id = ? AND site_id = (SELECT "
                                  "id FROM sites WHERE code = '3505820001')"),
                {digital}),
            12 * 60 + 30);

        // Refused: another jurisdiction's portal, a role without the permission, a township portal,
        // a department site, a bad address, the future, a later time than recorded.
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM policy_reposts"));
        const QDateTime t(QDate(2026, 11, 20), QTime(10, 0));
        QVERIFY(!s.recordRepost(m_inspectorC2, winter, QStringLiteral("3505820001"), url, t));
        QVERIFY(!s.recordRepost(m_approverK, winter, QStringLiteral("3505820001"), url, t));
        QVERIFY(!s.recordRepost(m_inspectorK, winter, QStringLiteral("3505820101"), url, t));
        QVERIFY(!s.recordRepost(m_directorP, winter, QStringLiteral("3505000002"), url, t));
        QVERIFY(
            !s.recordRepost(m_inspectorK, winter, QStringLiteral("3505820001"), QStringLiteral("not an address"), t));
        QVERIFY(!s.recordRepost(m_inspectorK, winter, QStringLiteral("3505820001"), url, m_now.addSecs(3600)));
        QVERIFY(!s.recordRepost(m_inspectorK, rural, QStringLiteral("3505820001"), url, t));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_reposts")), before);
        // An earlier time than recorded replaces it.
        QVERIFY(s.recordRepost(
            m_directorP, rural, QStringLiteral("3505000001"), url, QDateTime(QDate(2026, 11, 19), QTime(14, 0))));
        QCOMPARE(
            scalar(QStringLiteral("SELECT delay_minutes FROM policy_reposts WHERE item_id = ? AND site_id = (SELECT "
                                  "id FROM sites WHERE code = '3505000001')"),
                {rural}),
            22 * 60);
    }

    void itemStates()
    {
        PolicyService s(db());
        const qint64 rural = itemId(QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知"));
        const auto all = s.portals(rural, m_now);
        QVERIFY2(all, qPrintable(why(all)));
        QStringList got;
        for (const PortalRepost& p : *all)
            got << p.siteCode + u' ' + RepostRules::key(p.state) + u' '
                    + (p.delayMinutes ? QString::number(*p.delayMinutes) : QStringLiteral("-"));
        // Only the obliged portals (not the township's, not the department's), by code.
        QCOMPARE(got,
            (QStringList{QStringLiteral("3500000001 on_time 60"), QStringLiteral("3502000001 missing -"),
                QStringLiteral("3505000001 late 1320"), QStringLiteral("3505820001 on_time 420")}));
        const auto withinC = s.portals(rural, m_now, m_c);
        QVERIFY(withinC);
        QCOMPARE(withinC->size(), 2);
        // The winter item was published at 08:30: missing on every portal after 16:30, pending before.
        const qint64 winter = itemId(QStringLiteral("国务院办公厅关于做好冬季安全生产工作的通知"));
        const auto early = s.portals(winter, QDateTime(QDate(2026, 11, 20), QTime(16, 30)));
        QVERIFY(early);
        QCOMPARE(early->constFirst().state, RepostState::Pending);
        QCOMPARE(s.portals(winter, m_now)->constFirst().state, RepostState::Missing);
    }

    // The dashboard card's figure is the overdue list's rows, in every jurisdiction and moment.
    void cardEqualsList()
    {
        PolicyService s(db());
        for (const QDateTime& at : {m_now, QDateTime(QDate(2026, 11, 20), QTime(16, 30)), m_now.addDays(30)}) {
            for (const qint64 unit : {qint64(0), m_p, m_c, m_k, m_t, m_c2}) {
                const auto card = s.overdueCount(at, unit);
                QVERIFY2(card, qPrintable(why(card)));
                QCOMPARE(*card, listRows(PolicyFilter{unit, QStringLiteral("overdue"), {}, at}));
            }
        }
        // On 20 November at 18:00: the rural item misses 厦门, the digital one misses 泉州 and 厦门, the
        // winter one (08:30) every portal; the August item too. Within 晋江: digital and rural are done.
        QCOMPARE(*s.overdueCount(m_now, 0), 4);
        QCOMPARE(*s.overdueCount(m_now, m_k), 2);
        QCOMPARE(*s.overdueCount(QDateTime(QDate(2026, 11, 20), QTime(16, 30)), m_k), 1);
        QCOMPARE(*s.overdueCount(m_now, m_t), 0); // no obliged portal
        // A closed item is not overdue.
        const qint64 august = itemId(QStringLiteral("国务院关于上季度工作的通知"));
        QVERIFY(s.close(m_directorP, august));
        QVERIFY(!s.close(m_directorP, august));
        QCOMPARE(*s.overdueCount(m_now, 0), 3);
        QCOMPARE(listRows(PolicyFilter{0, QStringLiteral("closed"), {}, m_now}), 1);
        QCOMPARE(listRows(PolicyFilter{0, {}, QStringLiteral("数字政府"), m_now}), 1);
    }

    // Each portal's quarter figures equal the same figures computed here in SQL from the rows.
    void quarterFiguresEqualSql()
    {
        PolicyService s(db());
        for (const qint64 unit : {qint64(0), m_c, m_k}) {
            const auto figures = s.quarterFigures(2026, 4, unit);
            QVERIFY2(figures, qPrintable(why(figures)));
            const QString within = unit == 0
                ? QString()
                : QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = %1)")
                      .arg(unit);
            QSqlQuery q(db());
            QVERIFY(q.exec(
                QStringLiteral(
                    "SELECT s.code, (SELECT count(*) FROM policy_items i WHERE i.published_on >= '2026-10-01' AND "
                    "i.published_on <= '2026-12-31'), (SELECT count(*) FROM policy_reposts r JOIN policy_items i ON "
                    "i.id = "
                    "r.item_id WHERE r.site_id = s.id AND i.published_on >= '2026-10-01' AND i.published_on <= "
                    "'2026-12-31' AND r.delay_minutes <= 480), (SELECT count(*) FROM policy_reposts r JOIN "
                    "policy_items i "
                    "ON i.id = r.item_id WHERE r.site_id = s.id AND i.published_on >= '2026-10-01' AND i.published_on "
                    "<= "
                    "'2026-12-31' AND r.delay_minutes <= 1440) FROM sites s JOIN organisations o ON o.id = "
                    "s.host_org_id "
                    "WHERE s.kind = 'portal' AND o.kind = 'government' AND o.level <> 'township' AND s.status = "
                    "'operating'")
                + within + QStringLiteral(" ORDER BY s.code")));
            QStringList expected;
            while (q.next())
                expected << QStringLiteral("%1 %2 %3 %4")
                                .arg(q.value(0).toString())
                                .arg(q.value(1).toInt())
                                .arg(q.value(2).toInt())
                                .arg(q.value(3).toInt());
            QStringList got;
            for (const RepostQuarterFigures& f : *figures)
                got << QStringLiteral("%1 %2 %3 %4").arg(f.siteCode).arg(f.items).arg(f.within8).arg(f.within24);
            QCOMPARE(got, expected);
        }
        // And the delays they count are the times' differences.
        QSqlQuery r(db());
        QVERIFY(r.exec(QStringLiteral("SELECT r.found_at, i.published_at, r.delay_minutes FROM policy_reposts r JOIN "
                                      "policy_items i ON i.id = r.item_id")));
        int rows = 0;
        while (r.next()) {
            ++rows;
            const QDateTime found = QDateTime::fromString(r.value(0).toString(), Qt::ISODate);
            const QDateTime published = QDateTime::fromString(r.value(1).toString(), Qt::ISODate);
            QCOMPARE(r.value(2).toInt(), int(std::max<qint64>(0, published.secsTo(found) / 60)));
        }
        QCOMPARE(rows, 5);
        // 晋江 in the quarter: 3 items, rural within 8 h, digital within 24 h.
        const auto k = s.quarterFigures(2026, 4, m_k);
        QCOMPARE(k->size(), 1);
        QCOMPARE(k->constFirst().items, 3);
        QCOMPARE(k->constFirst().within8, 1);
        QCOMPARE(k->constFirst().within24, 2);
        QCOMPARE(*k->constFirst().share8(), 100.0 / 3);
    }

    // The quarterly bulletin's section: the same per-portal figures, their totals in words, and the
    // portals that missed the 8 hours in Table 4.
    void bulletinSection()
    {
        const auto quarter = Period::parse(QStringLiteral("2026-Q4"));
        QVERIFY(quarter);
        const auto f = BulletinQueries::compute(db(), m_p, *quarter);
        QVERIFY2(f, qPrintable(why(f)));
        const auto figures = PolicyService(db()).quarterFigures(2026, 4, m_p);
        QVERIFY(figures);
        QCOMPARE(f->reposts.size(), figures->size());
        QCOMPARE(f->repostItems, 3);
        QCOMPARE(f->repostsDue(), 3 * 4); // four obliged portals
        QCOMPARE(f->repostsWithin8(), int(scalar(QStringLiteral("SELECT count(*) FROM policy_reposts r JOIN policy_items i ON "
                                                                "i.id = r.item_id WHERE i.published_on >= '2026-10-01' AND "
                                                                "r.delay_minutes <= 480"))));
        QCOMPARE(f->repostsWithin8(), 3);
        QCOMPARE(f->repostsWithin24(), 5);
        const QString html = BulletinDocument::html(*f, {});
        QVERIFY2(html.contains(QStringLiteral("Of the 12 reposts due, 3 (25.0%) came within 8 hours and 5 (41.7%) within "
                                              "24 hours.")),
            qPrintable(html.left(4000)));
        QVERIFY(html.contains(QStringLiteral("Table 4: Portals that did not repost every key policy within 8 hours")));
        // Every portal missed one item at least: each is a row of Table 4.
        for (const QString& name : {QStringLiteral("福建省人民政府门户网站"), QStringLiteral("泉州市人民政府网"),
                 QStringLiteral("晋江市人民政府网"), QStringLiteral("厦门市人民政府网")})
            QVERIFY2(html.contains(name), qPrintable(name));
    }

    void designatedColumn()
    {
        ProbeSettingsService settings(db());
        const qint64 site = scalar(QStringLiteral("SELECT id FROM sites WHERE code = '3505820001'"));
        ProbeColumn a;
        a.siteId = site;
        a.name = QStringLiteral("政策文件");
        a.url = QStringLiteral("https://s3505820001.gov.cn/zcwj/");
        a.kind = ColumnKind::Notice;
        ProbeColumn b = a;
        b.name = QStringLiteral("重要政策转载");
        b.url = QStringLiteral("https://s3505820001.gov.cn/zyzc/");
        const auto ida = settings.addColumn(m_system, a);
        const auto idb = settings.addColumn(m_system, b);
        QVERIFY(ida && idb);
        PolicyService s(db());
        QVERIFY2(s.designateColumn(m_system, *ida), "a");
        QVERIFY(!s.designateColumn(m_inspectorK, *idb)); // an inspector does not edit sites
        QVERIFY(s.designateColumn(m_system, *idb));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM probe_columns WHERE site_id = ? AND repost = 1"), {site}), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT id FROM probe_columns WHERE site_id = ? AND repost = 1"), {site}), *idb);
        const auto portals
            = s.portals(itemId(QStringLiteral("国务院办公厅关于做好冬季安全生产工作的通知")), m_now, m_k);
        QCOMPARE(portals->constFirst().columnName, QStringLiteral("重要政策转载"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyReposts)
#include "TestPolicyReposts.moc"
