// sitegovctl policy ...: key policy items and their reposts (docs/design/reposts.md), run as the real
// program on a copy of the demo database per case: add and import with --as and the permission
// named, a repost by hand inside and outside the account's jurisdiction, the list's overdue rows equal
// to the dashboard's figure, the quarter figures equal to the same figures computed in SQL here.
#include "cli/CtlProcess.h"
#include "cli/DemoFixture.h"
#include "core/OfficeClock.h"
#include "storage/DashboardStats.h"
#include "storage/PolicyService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

class TestPolicyCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{databaseFolderTemplate()};
    QString m_demo;
    QString m_db;
    int m_case = 0;

    QJsonArray json(const QStringList& args)
    {
        const Run r = ctl(args + QStringList{QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    QString today() const { return OfficeClock::today().toString(Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = demo(m_dir, QStringLiteral("demo.db"));
        QVERIFY(!m_demo.isEmpty());
    }

    void init() { m_db = test::copyDatabase(m_demo, m_dir, QStringLiteral("case%1.db").arg(++m_case)); }
    void cleanup() { test::removeDatabase(m_db); }

    void addAndImport()
    {
        const QString before = scalar(m_db, QStringLiteral("SELECT count(*) FROM policy_items"));
        const QString yesterday = OfficeClock::today().addDays(-1).toString(Qt::ISODate);
        const QStringList add{QStringLiteral("policy"), QStringLiteral("add"), QStringLiteral("-d"), m_db,
            QStringLiteral("--title"), QStringLiteral("国务院关于印发《测试工作方案》的通知"),
            QStringLiteral("--issuer"), QStringLiteral("国务院"), QStringLiteral("--published"),
            yesterday + QStringLiteral(" 09:30")};
        // An approver does not register key policies; the director does, audited under their name.
        const Run refused = ctl(add + QStringList{QStringLiteral("--as"), QStringLiteral("approver")});
        QCOMPARE(refused.code, 1);
        const Run done = ctl(add + QStringList{QStringLiteral("--as"), QStringLiteral("director")});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM policy_items")).toInt(), before.toInt() + 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT created_by FROM policy_items WHERE title LIKE '%测试工作方案%'")),
            QStringLiteral("director"));
        QCOMPARE(
            scalar(m_db,
                QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'policy_item' AND "
                               "action = 'create' AND account_name = 'director' AND summary LIKE '%测试工作方案%'")),
            QStringLiteral("1"));
        // The same title again (other punctuation): refused.
        QStringList again = add;
        again[5] = QStringLiteral("国务院关于印发“测试工作方案”的通知");
        QCOMPARE(ctl(again + QStringList{QStringLiteral("--as"), QStringLiteral("director")}).code, 1);

        // An import with a bad row lands nothing and names the row; a good one lands every row.
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
            "标题,发布机关,发布时间\n关于测试导入一的通知,国务院办公厅,%1 10:00\n关于测试导入二的通知,,%1 11:00\n")
                    .arg(yesterday)
                    .toUtf8());
        f.close();
        const Run badRun = ctl({QStringLiteral("policy"), QStringLiteral("import"), bad, QStringLiteral("-d"), m_db,
            QStringLiteral("--as"), QStringLiteral("director")});
        QCOMPARE(badRun.code, 1);
        QVERIFY2(badRun.err.contains(QStringLiteral("line 3")) && badRun.err.contains(QStringLiteral("发布机关")),
            qPrintable(badRun.err));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM policy_items WHERE title LIKE '%测试导入%'")),
            QStringLiteral("0"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("标题,发布机关,发布时间\n关于测试导入一的通知,国务院办公厅,%1 "
                               "10:00\n关于测试导入二的通知,国务院,%1 11:00\n")
                    .arg(yesterday)
                    .toUtf8());
        f.close();
        const Run good = ctl({QStringLiteral("policy"), QStringLiteral("import"), bad, QStringLiteral("-d"), m_db,
            QStringLiteral("--as"), QStringLiteral("director")});
        QVERIFY2(good.code == 0, qPrintable(good.err));
        QCOMPARE(scalar(m_db,
                     QStringLiteral("SELECT count(*) FROM policy_items WHERE source = 'import' AND title LIKE "
                                    "'%测试导入%'")),
            QStringLiteral("2"));
        // --help names the permission.
        const Run help = ctl({QStringLiteral("policy"), QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("--as")) && help.out.contains(QStringLiteral("rectification")),
            qPrintable(help.out));
    }

    // The demo's overdue items in 晋江's jurisdiction: the list's rows equal the dashboard's figure.
    void overdueListEqualsCard()
    {
        const QJsonArray rows = json({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("-d"), m_db,
            QStringLiteral("--org"), QStringLiteral("350582"), QStringLiteral("--state"), QStringLiteral("overdue")});
        QVERIFY(!rows.isEmpty());
        auto db = ConsoleDatabase::open(m_db, Database::Mode::RequireCurrent);
        QVERIFY(db);
        Session jinjiang;
        jinjiang.accountId = 1;
        jinjiang.username = QStringLiteral("inspector-jinjiang");
        jinjiang.roles = {Role::Inspector};
        jinjiang.orgId = scalar(m_db,
            QStringLiteral("SELECT id FROM organisations WHERE division_code = '350582' AND "
                           "kind = 'government'"))
                             .toLongLong();
        const auto figures = DashboardStats::compute((*db)->connection(), jinjiang, OfficeClock::today());
        QVERIFY2(figures, qPrintable(figures.error().fullText()));
        QCOMPARE(figures->overduePolicies, int(rows.size()));
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("overdue")).toBool());
            QVERIFY(o.value(QStringLiteral("not_yet")).toInt() > 0);
            QCOMPARE(o.value(QStringLiteral("portals")).toInt(), 1); // 晋江's own portal
        }
    }

    void repostByHand()
    {
        // The newest open item 晋江 has not reposted.
        const QString item = scalar(m_db,
            QStringLiteral(
                "SELECT i.id FROM policy_items i WHERE i.state = 'open' AND NOT EXISTS (SELECT 1 FROM "
                "policy_reposts r JOIN sites s ON s.id = r.site_id WHERE r.item_id = i.id AND s.code = "
                "(SELECT s2.code FROM sites s2 JOIN organisations o ON o.id = s2.host_org_id WHERE "
                "o.division_code = '350582' AND o.kind = 'government' AND s2.kind = 'portal' AND s2.status = "
                "'operating')) ORDER BY i.published_at DESC LIMIT 1"));
        QVERIFY(!item.isEmpty());
        const QString jinjiang = scalar(m_db,
            QStringLiteral("SELECT s.code FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                           "o.division_code = '350582' AND o.kind = 'government' AND s.kind = 'portal' AND s.status = "
                           "'operating'"));
        const QString siming = scalar(m_db,
            QStringLiteral("SELECT s.code FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                           "o.division_code = '350203' AND o.kind = 'government' AND s.kind = 'portal' AND s.status = "
                           "'operating'"));
        QVERIFY(!jinjiang.isEmpty() && !siming.isEmpty());
        const QStringList args{QStringLiteral("policy"), QStringLiteral("repost"), item, QStringLiteral("-d"), m_db,
            QStringLiteral("--url"), QStringLiteral("https://www.jinjiang.gov.cn/zwgk/zyzc/t1.html"),
            QStringLiteral("--as"), QStringLiteral("inspector-jinjiang")};
        // Siming is outside 晋江's inspector's jurisdiction.
        const Run outside = ctl(args + QStringList{QStringLiteral("--site"), siming});
        QCOMPARE(outside.code, 1);
        const Run done = ctl(args + QStringList{QStringLiteral("--site"), jinjiang});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QCOMPARE(scalar(m_db,
                     QStringLiteral("SELECT how || ' ' || recorded_by FROM policy_reposts r JOIN sites s ON "
                                    "s.id = r.site_id WHERE r.item_id = %1 AND s.code = '%2'")
                         .arg(item, jinjiang)),
            QStringLiteral("manual inspector-jinjiang"));
        const QJsonArray portals = json({QStringLiteral("policy"), QStringLiteral("reposts"), item,
            QStringLiteral("-d"), m_db, QStringLiteral("--org"), QStringLiteral("350582")});
        QCOMPARE(portals.size(), 1);
        QCOMPARE(portals.at(0).toObject().value(QStringLiteral("how")).toString(), QStringLiteral("manual"));
        QVERIFY(portals.at(0).toObject().value(QStringLiteral("state")).toString() != u"missing");
    }

    // Each portal's quarter figures are the same figures computed here in SQL.
    void figuresEqualSql()
    {
        // The quarter of yesterday, which holds the demo's newest item.
        const QDate d = OfficeClock::today().addDays(-1);
        const int q = (d.month() - 1) / 3 + 1;
        const QDate from(d.year(), 3 * q - 2, 1);
        const QDate to = from.addMonths(3).addDays(-1);
        const QJsonArray rows = json({QStringLiteral("policy"), QStringLiteral("figures"), QStringLiteral("-d"), m_db,
            QStringLiteral("--quarter"), QStringLiteral("%1-Q%2").arg(d.year()).arg(q), QStringLiteral("--org"),
            QStringLiteral("350500")});
        QVERIFY(!rows.isEmpty());
        const QStringList expected = column(m_db,
            QStringLiteral(
                "SELECT s.code, (SELECT count(*) FROM policy_items i WHERE i.published_on BETWEEN '%1' AND "
                "'%2'), (SELECT count(*) FROM policy_reposts r JOIN policy_items i ON i.id = r.item_id WHERE "
                "r.site_id = s.id AND i.published_on BETWEEN '%1' AND '%2' AND r.delay_minutes <= 480), "
                "(SELECT count(*) FROM policy_reposts r JOIN policy_items i ON i.id = r.item_id WHERE "
                "r.site_id = s.id AND i.published_on BETWEEN '%1' AND '%2' AND r.delay_minutes <= 1440) FROM "
                "sites s JOIN organisations o ON o.id = s.host_org_id WHERE s.kind = 'portal' AND o.kind = "
                "'government' AND o.level IN ('province', 'city', 'county') AND s.status IN ('operating', "
                "'migrating') AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = "
                "(SELECT id FROM organisations WHERE division_code = '350500' AND kind = 'government')) "
                "AND EXISTS (SELECT 1 FROM policy_items i WHERE i.published_on BETWEEN '%1' AND '%2') "
                "ORDER BY s.code")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        QStringList got;
        for (const QJsonValue& v : rows) {
            const QJsonObject o = v.toObject();
            got << QStringLiteral("%1|%2|%3|%4")
                       .arg(o.value(QStringLiteral("code")).toString())
                       .arg(o.value(QStringLiteral("items")).toInt())
                       .arg(o.value(QStringLiteral("on_time")).toInt())
                       .arg(o.value(QStringLiteral("within_day")).toInt());
            QCOMPARE(o.value(QStringLiteral("on_time_share")).toDouble(),
                double(o.value(QStringLiteral("on_time")).toInt()) / o.value(QStringLiteral("items")).toInt());
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "TestPolicyCli.moc"
