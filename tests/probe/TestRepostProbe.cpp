// Reposts of key policies found by the probe (docs/design/reposts.md) on fixture portals served by
// the probe tests' own loopback server (FixtureServer): the probe reads each obliged portal's
// designated column through its real fetcher and HTML reading, and records the first time it finds
// each open item. The office clock is pinned; the pages' dates are written relative to it. Cases:
// found within 8 hours, found late, reposted under a slightly different title (punctuation, spaces,
// full-width forms), an older piece of the same title, not found, and a portal that is not obliged.
#include "FixtureServer.h"
#include "TestSupport.h"
#include "core/OfficeClock.h"
#include "probe/Fetcher.h"
#include "probe/ProbeService.h"
#include "probe/SiteChecker.h"
#include "storage/PolicyService.h"
#include "storage/ProbeSettingsService.h"
#include "storage/ProbeStore.h"
#include "storage/RegistryService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <mutex>

using namespace sitegov;
using namespace sitegov::probe;

class TestRepostProbe final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::FixtureServer m_server;
    Session m_actor = Session::system(QStringLiteral("repost-test"));
    QDateTime m_nowUtc;
    QDateTime m_now; // office time, to the minute
    QStringList m_resolve;
    // host -> path -> page, served by the fixture server
    std::shared_ptr<std::mutex> m_pagesMutex = std::make_shared<std::mutex>();
    std::shared_ptr<QHash<QString, QHash<QString, QByteArray>>> m_pages
        = std::make_shared<QHash<QString, QHash<QString, QByteArray>>>();
    QHash<QString, qint64> m_items; // short name -> item id

    QSqlDatabase& db() { return m_db->connection(); }
    QString host(const QString& name) const { return name + QStringLiteral(".fixture.test"); }
    QString url(const QString& name, const QString& path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://%1:%2%3").arg(host(name)).arg(m_server.port()).arg(path);
    }

    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString text(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }

    void serve(const QString& name, const QString& path, const QString& html)
    {
        const std::lock_guard<std::mutex> lock(*m_pagesMutex);
        (*m_pages)[host(name)].insert(path, html.toUtf8());
    }

    void addHost(const QString& name)
    {
        auto pages = m_pages;
        auto mutex = m_pagesMutex;
        const QString h = host(name);
        m_server.setBehaviour(
            h, [pages, mutex, h](Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
                QByteArray page;
                {
                    const std::lock_guard<std::mutex> lock(*mutex);
                    page = pages->value(h).value(QString::fromStdString(request.getURI()));
                }
                if (page.isEmpty()) {
                    response.setStatus(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
                    response.setContentType("text/plain");
                    response.send() << "not found";
                    return;
                }
                response.setContentType("text/html; charset=utf-8");
                response.setContentLength(page.size());
                response.send().write(page.constData(), page.size());
            });
        m_resolve << QStringLiteral("%1:%2:127.0.0.1").arg(h).arg(m_server.port())
                  << QStringLiteral("%1:443:127.0.0.2").arg(h);
    }

    // A column page: the list of items, each a link with its date.
    QString column(const QList<std::pair<QString, QDate>>& items) const
    {
        QString html
            = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>重要政策</title></head>"
                             "<body><div class=\"nav\"><a href=\"/\">首页</a></div><ul class=\"list\">");
        int n = 0;
        for (const auto& [title, day] : items)
            html += QStringLiteral("<li><a href=\"/zyzc/t%1.html\">%2</a><span>%3</span></li>")
                        .arg(++n)
                        .arg(title, day.toString(Qt::ISODate));
        return html + QStringLiteral("</ul></body></html>");
    }

    qint64 org(qint64 parent, const QString& name, AdminLevel level, const QString& code)
    {
        Organisation o;
        o.parentId = parent;
        o.name = name;
        o.level = level;
        o.kind = OrgKind::Government;
        o.divisionCode = code;
        const auto id = RegistryService(db()).createOrganisation(m_actor, o);
        return id ? *id : 0;
    }

    qint64 portal(const QString& name, qint64 host, const QString& code)
    {
        Site s;
        s.code = code;
        s.name = name + QStringLiteral("人民政府网");
        s.url = url(name);
        s.domain = this->host(name);
        s.kind = SiteKind::Portal;
        s.status = SiteStatus::Operating;
        s.platform = Platform::Unified;
        s.hostOrgId = host;
        s.openedOn = QDate(2020, 1, 1);
        const auto id = RegistryService(db()).registerSite(m_actor, s, RegistryService::DuplicatePolicy::Flag);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        if (!id)
            return 0;
        ProbeColumn c;
        c.siteId = *id;
        c.name = QStringLiteral("重要政策");
        c.url = url(name, QStringLiteral("/zyzc/"));
        c.kind = ColumnKind::Notice;
        const auto column = ProbeSettingsService(db()).addColumn(m_actor, c);
        if (!column || !PolicyService(db()).designateColumn(m_actor, *column))
            return 0;
        serve(name, QStringLiteral("/"), QStringLiteral("<html><body><p>%1</p></body></html>").arg(s.name));
        return *id;
    }

    qint64 item(const QString& key, const QString& title, int hoursAgo)
    {
        const auto id = PolicyService(db()).add(
            m_actor, PolicyItemInput{title, QStringLiteral("国务院"), QString(), m_now.addSecs(-hoursAgo * 3600)});
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        m_items.insert(key, id ? *id : 0);
        return id ? *id : 0;
    }

    ProbeOptions options() const
    {
        ProbeOptions o;
        o.database = m_db->path();
        o.resolve = m_resolve;
        o.hostIntervalMs = 0;
        o.retryDelayMs = 0;
        o.workers = 2;
        return o;
    }

    // "delay how" of the repost of `item` on the portal with `code`, or "none".
    QString repost(const QString& item, const QString& code)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT r.delay_minutes, r.how FROM policy_reposts r JOIN sites s ON s.id = r.site_id "
                                 "WHERE r.item_id = ? AND s.code = ?"));
        q.addBindValue(m_items.value(item));
        q.addBindValue(code);
        if (!q.exec())
            return QStringLiteral("error");
        return q.next() ? QStringLiteral("%1 %2").arg(q.value(0).toInt()).arg(q.value(1).toString())
                        : QStringLiteral("none");
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A pinned moment, to the minute: the delays are whole minutes from it.
        const QDateTime office = QDateTime(QDate(2026, 12, 8), QTime(15, 0), OfficeClock::zone());
        m_nowUtc = office.toUTC();
        OfficeClock::setNowForTests(m_nowUtc);
        m_now = QDateTime(office.date(), office.time());
        QVERIFY(m_dir.isValid());
        m_db = test::openTempDatabase(m_dir);
        QVERIFY(m_db);
        const qint64 province
            = org(0, QStringLiteral("福建省人民政府"), AdminLevel::Province, QStringLiteral("350000"));
        const qint64 county
            = org(province, QStringLiteral("晋江市人民政府"), AdminLevel::County, QStringLiteral("350582"));
        const qint64 town
            = org(county, QStringLiteral("安海镇人民政府"), AdminLevel::Township, QStringLiteral("350582"));
        QVERIFY(province && county && town);
        for (const QString& h : {QStringLiteral("province"), QStringLiteral("county"), QStringLiteral("town")})
            addHost(h);
        QVERIFY(portal(QStringLiteral("province"), province, QStringLiteral("3500000001")));
        QVERIFY(portal(QStringLiteral("county"), county, QStringLiteral("3505820001")));
        QVERIFY(portal(QStringLiteral("town"), town, QStringLiteral("3505820101")));

        QVERIFY(
            item(QStringLiteral("rural"), QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知"), 2));
        QVERIFY(
            item(QStringLiteral("digital"), QStringLiteral("福建省人民政府关于加快推进数字政府建设的实施意见"), 30));
        QVERIFY(item(QStringLiteral("winter"), QStringLiteral("国务院办公厅关于做好冬季安全生产工作的通知"), 5));
        QVERIFY(item(QStringLiteral("site"), QStringLiteral("关于加强政府网站管理的通知"), 3));
        QVERIFY(item(QStringLiteral("missing"), QStringLiteral("关于开展政务公开第三方评估的通知"), 6));

        const QDate today = m_now.date();
        // The province reposts everything it should, the winter item under another punctuation and
        // with spaces and full-width forms; an older "加强政府网站管理" notice of last year is not this item.
        serve(QStringLiteral("province"), QStringLiteral("/zyzc/"),
            column({{QStringLiteral("国务院关于印发“深化农村改革重点任务分工方案”的通知"), today},
                {QStringLiteral("福建省人民政府关于加快推进数字政府建设的实施意见"), today},
                {QStringLiteral("国务院办公厅　关于做好“冬季安全生产”工作的通知（国办发〔２０２６〕４１号）"), today},
                {QStringLiteral("关于加强政府网站管理的通知"), QDate(2025, 3, 2)},
                {QStringLiteral("关于印发政务公开工作要点的通知"), today.addDays(-20)}}));
        // The county: only the rural item.
        serve(QStringLiteral("county"), QStringLiteral("/zyzc/"),
            column({{QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知"), today}}));
        // The township reposts too, but it is not obliged: the probe does not look there.
        serve(QStringLiteral("town"), QStringLiteral("/zyzc/"),
            column({{QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知"), today}}));
    }

    void cleanupTestCase() { OfficeClock::setNowForTests({}); }

    void targetsCarryTheOpenItems()
    {
        const auto list = ProbeStore(db()).targets({}, m_nowUtc);
        QVERIFY(list);
        QHash<QString, int> watched;
        for (const ProbeTarget& t : *list)
            watched.insert(t.code, int(t.policies.size()));
        QCOMPARE(watched.value(QStringLiteral("3500000001")), 5);
        QCOMPARE(watched.value(QStringLiteral("3505820001")), 5);
        QCOMPARE(watched.value(QStringLiteral("3505820101")), 0);
    }

    void dailyCheckFindsReposts()
    {
        ProbeService service(options(), db());
        QVERIFY(service.prepare());
        const auto round = service.runRound(true);
        QVERIFY2(round, qPrintable(round.error().fullText()));
        QCOMPARE(round->checks, 3);
        // Found now: rural 2 hours after its publication, digital 30 hours after (22 hours late).
        QCOMPARE(repost(QStringLiteral("rural"), QStringLiteral("3500000001")), QStringLiteral("120 probe"));
        QCOMPARE(repost(QStringLiteral("digital"), QStringLiteral("3500000001")), QStringLiteral("1800 probe"));
        QCOMPARE(repost(QStringLiteral("winter"), QStringLiteral("3500000001")), QStringLiteral("300 probe"));
        QCOMPARE(repost(QStringLiteral("site"), QStringLiteral("3500000001")), QStringLiteral("none"));
        QCOMPARE(repost(QStringLiteral("missing"), QStringLiteral("3500000001")), QStringLiteral("none"));
        QCOMPARE(repost(QStringLiteral("rural"), QStringLiteral("3505820001")), QStringLiteral("120 probe"));
        QCOMPARE(repost(QStringLiteral("digital"), QStringLiteral("3505820001")), QStringLiteral("none"));
        QCOMPARE(repost(QStringLiteral("rural"), QStringLiteral("3505820101")), QStringLiteral("none"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM policy_reposts")), 4);

        // The evidence: the column page's fetch, the line matched and the repost's own address.
        const qint64 winter = m_items.value(QStringLiteral("winter"));
        QCOMPARE(
            text(QStringLiteral("SELECT f.url FROM policy_reposts r JOIN probe_fetches f ON f.id = r.fetch_id WHERE "
                                "r.item_id = ?"),
                {winter}),
            url(QStringLiteral("province"), QStringLiteral("/zyzc/")));
        QCOMPARE(text(QStringLiteral("SELECT f.http_status FROM policy_reposts r JOIN probe_fetches f ON f.id = "
                                     "r.fetch_id WHERE r.item_id = ?"),
                     {winter}),
            QStringLiteral("200"));
        QVERIFY2(text(QStringLiteral("SELECT matched FROM policy_reposts WHERE item_id = ?"), {winter})
                     .contains(QStringLiteral("冬季安全生产")),
            "matched line");
        QCOMPARE(text(QStringLiteral("SELECT url FROM policy_reposts WHERE item_id = ?"), {winter}),
            url(QStringLiteral("province"), QStringLiteral("/zyzc/t3.html")));
        QCOMPARE(text(QStringLiteral("SELECT found_at FROM policy_reposts WHERE item_id = ?"), {winter}),
            QStringLiteral("2026-12-08T15:00:00"));

        // Through the service: within 8 hours, late (how late), not yet.
        const auto portals = PolicyService(db()).portals(m_items.value(QStringLiteral("digital")), m_now);
        QVERIFY(portals);
        QStringList states;
        for (const PortalRepost& p : *portals)
            states << p.siteCode + u' ' + RepostRules::key(p.state);
        QCOMPARE(states, (QStringList{QStringLiteral("3500000001 late"), QStringLiteral("3505820001 missing")}));
        QCOMPARE(RepostRules::lateness(*portals->constFirst().delayMinutes), QStringLiteral("22 h 0 min late"));
    }

    // Between the daily checks the repost column alone is read: a repost that appears later is
    // found then, the first time found stays, and the site's daily check is left as it was.
    void repostCheckBetweenDailyChecks()
    {
        const QString checkedAt
            = text(QStringLiteral("SELECT checked_at FROM probe_site_state WHERE site_id = (SELECT id "
                                  "FROM sites WHERE code = '3505820001')"));
        const qint64 findings = scalar(QStringLiteral("SELECT count(*) FROM probe_findings"));
        const QDate today = m_now.date();
        serve(QStringLiteral("county"), QStringLiteral("/zyzc/"),
            column({{QStringLiteral("国务院关于印发《深化农村改革重点任务分工方案》的通知"), today},
                {QStringLiteral("福建省人民政府关于加快推进数字政府建设的实施意见"), today},
                {QStringLiteral("国务院办公厅关于做好冬季安全生产工作的通知"), today}}));
        const QDateTime later = m_nowUtc.addSecs(90 * 60);
        OfficeClock::setNowForTests(later);
        ProbeStore::Filter filter;
        filter.siteCode = QStringLiteral("3505820001");
        const auto targets = ProbeStore(db()).targets(filter, later);
        QVERIFY(targets && targets->size() == 1);
        QCOMPARE(targets->constFirst().policies.size(), 4); // rural is found already
        ProbeService service(options(), db());
        QVERIFY(service.prepare());
        Fetcher fetcher(service.context().fetch);
        SiteChecker checker(fetcher, service.context());
        const SiteCheckRecord check = checker.checkReposts(targets->constFirst(), later, today);
        QVERIFY(check.repostsOnly);
        QCOMPARE(check.reposts.size(), 2);
        QVERIFY(ProbeStore(db()).recordSiteCheck(check));
        OfficeClock::setNowForTests(m_nowUtc);
        QCOMPARE(repost(QStringLiteral("digital"), QStringLiteral("3505820001")), QStringLiteral("1890 probe"));
        QCOMPARE(repost(QStringLiteral("winter"), QStringLiteral("3505820001")), QStringLiteral("390 probe"));
        QCOMPARE(repost(QStringLiteral("rural"), QStringLiteral("3505820001")), QStringLiteral("120 probe"));
        QCOMPARE(text(QStringLiteral("SELECT checked_at FROM probe_site_state WHERE site_id = (SELECT id FROM sites "
                                     "WHERE code = '3505820001')")),
            checkedAt);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM probe_findings")), findings);

        // A closed item is no longer looked for.
        QVERIFY(PolicyService(db()).close(m_actor, m_items.value(QStringLiteral("missing"))));
        const auto after = ProbeStore(db()).targets(filter, m_nowUtc);
        QCOMPARE(after->constFirst().policies.size(), 1); // the "site" item alone
    }
};

QTEST_GUILESS_MAIN(TestRepostProbe)
#include "TestRepostProbe.moc"
