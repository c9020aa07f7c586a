#include "DemoDatabase.h"
#include "TestSupport.h"
#include "demo/DemoBuilder.h"
#include "storage/RegistryStats.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

namespace {
QStringList column(QSqlDatabase& db, const QString& sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

class TestDemoBuilder final : public QObject
{
    Q_OBJECT

    // The demo this test builds itself (seed 2017, 2026-11-28), once for all its cases: building is
    // the slow part, a minute or more on PostgreSQL.
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_fujian;
    DemoSummary m_summary;

    Database* fujian()
    {
        if (m_fujian)
            return m_fujian.get();
        auto db = test::openTempDatabase(m_dir, QStringLiteral("fujian.db"));
        if (!db)
            return nullptr;
        const auto summary = DemoBuilder::build(*db, {2017, QDate(2026, 11, 28)});
        if (!summary.ok()) {
            qWarning("%s", qPrintable(summary.error().fullText()));
            return nullptr;
        }
        m_summary = *summary;
        m_fujian = std::move(db);
        return m_fujian.get();
    }

private Q_SLOTS:
    void buildsFujian()
    {
        Database* db = fujian();
        QVERIFY(db);
        const DemoSummary* summary = &m_summary;
        QVERIFY(summary->sites >= 200 && summary->sites <= 600);

        auto& c = db->connection();
        const QStringList cities = column(c, QStringLiteral(
            "SELECT division_code FROM organisations WHERE level = 'city' AND kind = 'government' ORDER BY 1"));
        QCOMPARE(cities, (QStringList{QStringLiteral("350100"), QStringLiteral("350128"), QStringLiteral("350200"),
                             QStringLiteral("350300"), QStringLiteral("350400"), QStringLiteral("350500"),
                             QStringLiteral("350600"), QStringLiteral("350700"), QStringLiteral("350800"),
                             QStringLiteral("350900")}));
        QVERIFY(column(c, QStringLiteral("SELECT name FROM organisations WHERE division_code = '350128' AND kind = "
                                          "'government'"))
                    .constFirst()
                    .contains(QStringLiteral("平潭")));
        // Real county codes, e.g. 晋江市 350582 under 泉州.
        QCOMPARE(column(c, QStringLiteral("SELECT p.division_code FROM organisations o JOIN organisations p ON p.id = "
                                           "o.parent_id WHERE o.division_code = '350582' AND o.kind = 'government' AND o.level = 'county'")),
            QStringList{QStringLiteral("350500")});
        QVERIFY(column(c, QStringLiteral("SELECT count(*) FROM organisations WHERE level = 'county' AND kind = "
                                          "'government'"))
                    .constFirst()
                    .toInt()
            >= 80);

        // Every site code is the host's division code and a 4-digit serial; codes are unique.
        static const QRegularExpression shape(QStringLiteral("^\\d{10}$"));
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT s.code, o.division_code, s.domain, s.kind, o.level FROM sites s JOIN organisations o "
                                      "ON o.id = s.host_org_id")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString code = q.value(0).toString();
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            QCOMPARE(code.left(6), q.value(1).toString());
            QVERIFY(q.value(2).toString().endsWith(QLatin1String(".gov.cn")));
            if (q.value(3).toString() == u"portal" && q.value(4).toString() != u"township")
                QVERIFY2(q.value(2).toString().startsWith(QLatin1String("www.")), qPrintable(q.value(2).toString()));
        }
        QCOMPARE(rows, summary->sites);

        // Every level, kind and status appears.
        QCOMPARE(column(c, QStringLiteral("SELECT DISTINCT kind FROM sites ORDER BY 1")).size(), 3);
        QCOMPARE(column(c, QStringLiteral("SELECT DISTINCT status FROM sites ORDER BY 1")).size(), 4);
        QCOMPARE(column(c, QStringLiteral("SELECT DISTINCT o.level FROM sites s JOIN organisations o ON o.id = "
                                           "s.host_org_id")).size(),
            4);

        const auto figures = RegistryStats::compute(c);
        QVERIFY(figures.ok());
        QCOMPARE(figures->sitesTotal, summary->sites);
        QVERIFY(figures->flaggedForConsolidation > 0);
        QVERIFY(figures->consolidationPercent() > 40 && figures->consolidationPercent() < 95);

        // 90 days of inspections, with gaps: some running sites were missed on most days.
        QCOMPARE(column(c, QStringLiteral("SELECT min(day) FROM inspections")).value(0), QStringLiteral("2026-08-31"));
        QCOMPARE(column(c, QStringLiteral("SELECT max(day) FROM inspections")).value(0), QStringLiteral("2026-11-28"));
        const int running = column(c, QStringLiteral("SELECT count(*) FROM sites WHERE status IN ('operating', 'migrating')")).value(0).toInt();
        const int yesterday = column(c, QStringLiteral("SELECT count(*) FROM inspections WHERE day = '2026-11-27'")).value(0).toInt();
        QVERIFY2(yesterday > running / 2 && yesterday < running, qPrintable(QStringLiteral("%1 of %2").arg(yesterday).arg(running)));
        QVERIFY(column(c, QStringLiteral("SELECT count(*) FROM inspections WHERE failed > 0")).value(0).toInt() > 100);
        // Rectification items in every state, some overdue.
        QCOMPARE(column(c, QStringLiteral("SELECT DISTINCT status FROM rectifications ORDER BY 1")),
            QStringList({QStringLiteral("closed"), QStringLiteral("fixed"), QStringLiteral("open"), QStringLiteral("rechecked")}));
        QVERIFY(column(c, QStringLiteral("SELECT count(*) FROM rectifications WHERE status = 'open' AND deadline < '2026-11-28'"))
                    .value(0).toInt() > 0);
        // The inspector accounts are caretakers with a day's work still to do.
        for (const QString& user : {QStringLiteral("inspector"), QStringLiteral("inspector-jinjiang"), QStringLiteral("inspector-siming")}) {
            const int sites = column(c, QStringLiteral("SELECT count(*) FROM assignments a JOIN persons p ON p.id = a.person_id "
                                                       "JOIN accounts u ON u.id = p.account_id WHERE u.username = '%1' AND "
                                                       "a.role = 'caretaker' AND a.end_on IS NULL").arg(user)).value(0).toInt();
            // The province's inspector looks after its own units' sites; a county runs only its portal.
            QVERIFY2(sites >= (user == u"inspector" ? 20 : 1) && sites <= 40, qPrintable(user + QString::number(sites)));
        }
        // Demo data goes through the audited services: the chain is whole.
        QVERIFY(column(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'inspection'")).value(0).toInt() > 100);
    }

    // Built twice with the same seed and day, the demo is the same: this test's own build against the
    // demo of the tests (tests/DemoDatabase.h), another run of DemoBuilder::build (on PostgreSQL the
    // cluster's template, built once by whichever test asked first). Another seed gives another demo.
    void sameSeedSameDemo()
    {
        Database* a = fujian();
        QVERIFY(a);
        const QString again = test::demoDatabase(m_dir, QStringLiteral("again.db"), {2017, QDate(2026, 11, 28)});
        QVERIFY(!again.isEmpty());
        auto b = ConsoleDatabase::open(again);
        QVERIFY(b);
        const QString sql = QStringLiteral("SELECT code || name || status || platform || coalesce(opened_on, '') FROM sites "
                                           "ORDER BY code");
        const QStringList sites = column(a->connection(), sql);
        QVERIFY(!sites.isEmpty());
        QCOMPARE(column((*b)->connection(), sql), sites);
        const QString inspections = QStringLiteral(
            "SELECT s.code || i.day || i.inspector || i.results || i.failed FROM inspections i JOIN sites s ON s.id = "
            "i.site_id ORDER BY s.code, i.day");
        QCOMPARE(column((*b)->connection(), inspections), column(a->connection(), inspections));
        // Another seed: the seed drives the builder's own random numbers, whatever the engine, so the
        // third build (a minute or more on PostgreSQL) is made on SQLite only (docs/design/postgresql.md).
        if (!test::onPostgres()) {
            auto c = test::openTempDatabase(m_dir, QStringLiteral("c.db"));
            QVERIFY(c);
            QVERIFY(DemoBuilder::build(*c, {8, QDate(2026, 11, 28)}).ok());
            QVERIFY(column(c->connection(), sql) != sites);
        }
    }

    // A database that holds data is refused, and left as it was.
    void refusesANonEmptyDatabase()
    {
        Database* db = fujian();
        QVERIFY(db);
        const QString before = column(db->connection(), QStringLiteral("SELECT count(*) FROM sites")).constFirst();
        const auto again = DemoBuilder::build(*db, {});
        QVERIFY(!again.ok());
        QCOMPARE(column(db->connection(), QStringLiteral("SELECT count(*) FROM sites")).constFirst(), before);
    }
};

QTEST_GUILESS_MAIN(TestDemoBuilder)
#include "TestDemoBuilder.moc"
