#include "DemoDatabase.h"
#include "TestSupport.h"
#include "core/Language.h"
#include "core/Registry.h"
#include "demo/DemoBuilder.h"
#include "storage/AuditLog.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryExchange.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

namespace {

// The registry by natural keys (no database numbers), for comparing two databases.
QStringList snapshot(QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery q(db);
    const char* const queries[] = {
        "SELECT o.name, coalesce(p.name, ''), o.level, o.kind, o.division_code, coalesce(o.domain_label, ''), o.active, "
        "coalesce(c.name, '') FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id LEFT JOIN organisations c "
        "ON c.id = o.city_org_id ORDER BY o.name",
        "SELECT p.name, o.name, coalesce(p.title, ''), coalesce(p.phone, ''), coalesce(p.email, ''), p.active FROM persons p "
        "JOIN organisations o ON o.id = p.org_id ORDER BY o.name, p.name",
        "SELECT s.code, s.name, s.url, s.domain, s.kind, s.status, s.platform, h.name, coalesce(v.name, ''), "
        "coalesce(s.operator_name, ''), coalesce(s.icp_filing, ''), coalesce(s.psb_filing, ''), coalesce(s.opened_on, ''), "
        "coalesce(s.closed_on, ''), coalesce(s.notes, ''), s.flags FROM sites s JOIN organisations h ON h.id = s.host_org_id "
        "LEFT JOIN organisations v ON v.id = s.supervisor_org_id ORDER BY s.code",
        "SELECT s.code, a.role, p.name, a.start_on, coalesce(a.end_on, ''), coalesce(a.note, '') FROM assignments a JOIN sites s "
        "ON s.id = a.site_id JOIN persons p ON p.id = a.person_id ORDER BY s.code, a.role, a.start_on"};
    for (const char* sql : queries) {
        if (!q.exec(QString::fromLatin1(sql))) {
            out << QStringLiteral("query failed");
            continue;
        }
        const int n = q.record().count();
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < n; ++i)
                cells << q.value(i).toString();
            out << cells.join(u'|');
        }
    }
    return out;
}

TableData table(const QStringList& header, const QList<QStringList>& rows, int firstLine = 2)
{
    TableData t;
    t.header = header;
    t.headerLine = 1;
    t.format = QStringLiteral("CSV");
    int line = firstLine;
    for (const QStringList& r : rows)
        t.rows << TableRow{line++, r};
    return t;
}

const QStringList siteHeader{QStringLiteral("网站标识码"), QStringLiteral("网站名称"), QStringLiteral("网址"),
    QStringLiteral("域名"), QStringLiteral("网站类别"), QStringLiteral("状态"), QStringLiteral("平台"),
    QStringLiteral("主办单位")};

QStringList siteRow(const QString& code, const QString& name, const QString& domain, const QString& kind,
    const QString& host)
{
    return {code, name, QStringLiteral("https://%1/").arg(domain), domain, kind, QStringLiteral("运行中"),
        QStringLiteral("集约化平台"), host};
}

} // namespace

class TestRegistryExchange final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_units; // the demo's units only (unitsOnly)
    Session m_actor = Session::system(QStringLiteral("importer"));

    std::unique_ptr<Database> fresh(const QString& name)
    {
        auto db = ConsoleDatabase::open(test::databaseLocation(m_dir, name));
        return db ? std::move(db).value() : nullptr;
    }

    // An empty database with just the demo's units (so that sites can be imported into it): a copy
    // of one such database, imported once by the first case that asks (each import of the demo's
    // units is some thousand statements, seconds on PostgreSQL).
    std::unique_ptr<Database> unitsOnly(const QString& name)
    {
        if (m_units.isEmpty()) {
            const QString location = test::databaseLocation(m_dir, QStringLiteral("units-base.db"));
            auto db = ConsoleDatabase::open(location);
            if (!db)
                return nullptr;
            const auto units = TableReader::read(m_dir.filePath(QStringLiteral("orgs.csv")));
            const auto r = RegistryExchange::import((*db)->connection(), m_actor, ExchangeKind::Organisations,
                *units, RegistryExchange::ImportMode::AllOrNothing);
            if (!r || !r->committed)
                return nullptr;
            m_units = location;
        }
        auto db = ConsoleDatabase::open(test::copyDatabase(m_units, m_dir, name));
        return db ? std::move(db).value() : nullptr;
    }

    int count(Database& db, const QString& table)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        Language::install(QStringLiteral("zh_CN"));
        m_demo = test::demoDatabase(m_dir, QStringLiteral("demo.db"), {2017, QDate(2026, 11, 28)});
        QVERIFY(!m_demo.isEmpty());
        auto db = ConsoleDatabase::open(m_demo);
        QVERIFY(db);
        // Values a spreadsheet would take for formulas: a CSV export guards them, and they come back
        // as they were (an international telephone number, a title, a site's name and notes).
        {
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE persons SET phone = '+86 591 87654321', title = '-副主任' WHERE id = "
                                          "(SELECT min(id) FROM persons)")));
            QVERIFY(q.exec(QStringLiteral("UPDATE sites SET name = '=HYPERLINK(\"http://x\")', notes = '@见附件' WHERE id = "
                                          "(SELECT min(id) FROM sites)")));
        }
        TableWriter writer(m_dir.filePath(QStringLiteral("orgs.csv")));
        QVERIFY(RegistryExchange::exportTable(m_demo, ExchangeKind::Organisations, writer).ok());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("english");
        QTest::newRow("csv utf-8 bom") << "csv" << int(TableWriteOptions::CsvEncoding::Utf8WithBom) << false;
        // The other encodings, headers and formats are the file's (TableWriter, TableReader), the same
        // whatever the engine: on PostgreSQL, where each import of the whole registry takes a good
        // minute, one round trip stands for them (docs/design/postgresql.md, "Tests").
        if (test::onPostgres())
            return;
        QTest::newRow("csv gbk") << "csv" << int(TableWriteOptions::CsvEncoding::Gbk) << false;
        QTest::newRow("csv utf-8, english headers") << "csv" << int(TableWriteOptions::CsvEncoding::Utf8) << true;
        QTest::newRow("xlsx") << "xlsx" << int(TableWriteOptions::CsvEncoding::Utf8WithBom) << false;
    }

    void roundTrip()
    {
        QFETCH(QString, extension);
        QFETCH(int, encoding);
        QFETCH(bool, english);
        // Exported in Chinese (values and, unless asked otherwise, headers), read back in any language.
        Language::install(QStringLiteral("zh_CN"));
        QTemporaryDir dir;
        const QList<ExchangeKind> kinds{ExchangeKind::Organisations, ExchangeKind::Persons, ExchangeKind::Sites,
            ExchangeKind::Assignments};
        for (ExchangeKind kind : kinds) {
            TableWriteOptions options;
            options.format = extension == u"xlsx" ? TableWriteOptions::Format::Xlsx : TableWriteOptions::Format::Csv;
            options.csvEncoding = TableWriteOptions::CsvEncoding(encoding);
            TableWriter writer(dir.filePath(QStringLiteral("%1.%2").arg(int(kind)).arg(extension)), options);
            const auto rows = RegistryExchange::exportTable(m_demo, kind, writer, nullptr, english);
            QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().fullText()));
            QVERIFY(*rows > 100);
        }
        auto target = ConsoleDatabase::open(test::databaseLocation(dir, QStringLiteral("target.db")));
        QVERIFY(target.ok());
        for (ExchangeKind kind : kinds) {
            const auto data = TableReader::read(dir.filePath(QStringLiteral("%1.%2").arg(int(kind)).arg(extension)));
            QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().fullText()));
            if (extension == u"csv" && encoding == int(TableWriteOptions::CsvEncoding::Gbk))
                QCOMPARE(data->encoding, QStringLiteral("GB18030"));
            const auto report = RegistryExchange::import((*target)->connection(), m_actor, kind, *data,
                RegistryExchange::ImportMode::AllOrNothing);
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().fullText()));
            QVERIFY2(report->committed, qPrintable(report->errorLines().mid(0, 5).join(u'\n')));
            QCOMPARE(report->failed, 0);
        }
        auto demo = ConsoleDatabase::open(m_demo);
        const QStringList expected = snapshot((*demo)->connection());
        const QStringList actual = snapshot((*target)->connection());
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
        QVERIFY(AuditLog::verify((*target)->connection())->ok);
    }

    void badRows_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QStringList>("expected"); // "line: text in the message"

        QTest::newRow("wrong column count")
            << QList<QStringList>{siteRow(QStringLiteral("3505829901"), QStringLiteral("甲"), QStringLiteral("zt1.jinjiang.gov.cn"),
                                      QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府")),
                   QStringList{QStringLiteral("3505829902"), QStringLiteral("乙")}}
            << QStringList{QStringLiteral("3:columns")};
        QTest::newRow("code of another division")
            << QList<QStringList>{siteRow(QStringLiteral("3501009901"), QStringLiteral("甲"), QStringLiteral("zt1.jinjiang.gov.cn"),
                   QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"))}
            << QStringList{QStringLiteral("2:350100")};
        QTest::newRow("code twice in the file")
            << QList<QStringList>{siteRow(QStringLiteral("3505829901"), QStringLiteral("甲"), QStringLiteral("zt1.jinjiang.gov.cn"),
                                      QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府")),
                   siteRow(QStringLiteral("3505829901"), QStringLiteral("乙"), QStringLiteral("zt2.jinjiang.gov.cn"),
                       QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"))}
            << QStringList{QStringLiteral("3:line 2")};
        // A registered code updates its site: here to a domain another open site has.
        QTest::newRow("code registered already, domain of another")
            << QList<QStringList>{siteRow(QStringLiteral("3500000001"), QStringLiteral("中国福建"), QStringLiteral("www.xm.gov.cn"),
                   QStringLiteral("门户网站"), QStringLiteral("福建省人民政府"))}
            << QStringList{QStringLiteral("2:www.xm.gov.cn")};
        QTest::newRow("unknown unit")
            << QList<QStringList>{siteRow(QStringLiteral("3505829901"), QStringLiteral("甲"), QStringLiteral("zt1.jinjiang.gov.cn"),
                   QStringLiteral("专项网站"), QStringLiteral("不存在的单位"))}
            << QStringList{QStringLiteral("2:不存在的单位")};
        QTest::newRow("unknown kind")
            << QList<QStringList>{siteRow(QStringLiteral("3505829901"), QStringLiteral("甲"), QStringLiteral("zt1.jinjiang.gov.cn"),
                   QStringLiteral("博客"), QStringLiteral("晋江市人民政府"))}
            << QStringList{QStringLiteral("2:博客")};
        QStringList badDate = siteRow(QStringLiteral("3505829901"), QStringLiteral("甲"), QStringLiteral("zt1.jinjiang.gov.cn"),
            QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"));
        QTest::newRow("bad domain")
            << QList<QStringList>{siteRow(QStringLiteral("3505829901"), QStringLiteral("甲"), QStringLiteral("zt 1.jinjiang"),
                   QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"))}
            << QStringList{QStringLiteral("2:zt 1.jinjiang")};
        QTest::newRow("empty name")
            << QList<QStringList>{siteRow(QStringLiteral("3505829901"), QString(), QStringLiteral("zt1.jinjiang.gov.cn"),
                   QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"))}
            << QStringList{QStringLiteral("2:name")};
        Q_UNUSED(badDate);
    }

    void badRows()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QStringList, expected);
        Language::install(QStringLiteral("en"));
        auto db = ConsoleDatabase::open(m_demo);
        const QStringList before = snapshot((*db)->connection());
        const qint64 auditBefore = AuditLog::verify((*db)->connection())->records;
        const auto report = RegistryExchange::import((*db)->connection(), m_actor, ExchangeKind::Sites,
            table(siteHeader, rows), RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY(!report->committed);
        QCOMPARE(report->failed, int(expected.size()));
        const QStringList errors = report->errorLines();
        for (const QString& e : expected) {
            const QString line = e.section(u':', 0, 0);
            const QString text = e.section(u':', 1);
            bool found = false;
            for (const ImportIssue& issue : report->issues)
                found = found || (issue.error && issue.line == line.toInt() && issue.message.contains(text));
            QVERIFY2(found, qPrintable(e + u'\n' + errors.join(u'\n')));
        }
        // All or nothing: the database is exactly as it was, audit trail included.
        QCOMPARE(snapshot((*db)->connection()), before);
        QCOMPARE(AuditLog::verify((*db)->connection())->records, auditBefore);
    }

    void goodRowsOnly()
    {
        auto db = unitsOnly(QStringLiteral("good.db"));
        QVERIFY(db);
        const TableData t = table(siteHeader,
            {siteRow(QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"), QStringLiteral("www.jinjiang.gov.cn"),
                 QStringLiteral("门户网站"), QStringLiteral("晋江市人民政府")),
                QStringList{QStringLiteral("bad")},
                siteRow(QStringLiteral("3505820002"), QStringLiteral("晋江市教育局网站"), QStringLiteral("jyj.jinjiang.gov.cn"),
                    QStringLiteral("部门网站"), QStringLiteral("晋江市教育局"))});
        auto report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites, t,
            RegistryExchange::ImportMode::DryRun);
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->failed, 1);
        QCOMPARE(count(*db, QStringLiteral("sites")), 0); // a dry run changes nothing
        // The county department's site is imported with a warning, and flagged.
        bool warned = false;
        for (const ImportIssue& i : report->issues)
            warned = warned || (!i.error && i.line == 4 && i.message.contains(QStringLiteral("原则上不开设")));
        QVERIFY(warned);
        report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites, t,
            RegistryExchange::ImportMode::GoodRowsOnly);
        QVERIFY(report->committed);
        QCOMPARE(count(*db, QStringLiteral("sites")), 2);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT flags FROM sites WHERE code = '3505820002'")) && q.next());
        QVERIFY(q.value(0).toInt() & FlagConsolidationDue);
    }

    // Many good rows and one bad row at the very end: the whole import is refused and nothing of the
    // good rows stays (no site, no audit record, no search entry); the report names the bad row.
    // Without the bad row the same rows all land, each with its audit record in one unbroken chain.
    void oneBadRowAtTheEndImportsNothing()
    {
        auto db = unitsOnly(QStringLiteral("lastbad.db"));
        QVERIFY(db);
        QSqlDatabase& c = db->connection();
        QList<QStringList> rows;
        for (int i = 1; i <= 60; ++i) {
            rows << siteRow(QStringLiteral("35058299%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("晋江市专题网站%1").arg(i),
                QStringLiteral("zt%1.jinjiang.gov.cn").arg(i), QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"));
        }
        const TableData good = table(siteHeader, rows);
        rows << siteRow(QStringLiteral("3505829961"), QStringLiteral("晋江市专题网站61"), QStringLiteral("zt61.jinjiang.gov.cn"),
            QStringLiteral("专项网站"), QStringLiteral("不存在的单位"));
        const TableData withBad = table(siteHeader, rows);
        const int lastLine = withBad.rows.constLast().line;
        QCOMPARE(lastLine, 62);
        const auto before = AuditLog::verify(c);
        QVERIFY(before.ok() && before->ok);

        auto report = RegistryExchange::import(c, m_actor, ExchangeKind::Sites, withBad,
            RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY(!report->committed);
        QCOMPARE(report->imported, 60);
        QCOMPARE(report->failed, 1);
        bool named = false;
        for (const ImportIssue& i : report->issues) {
            QVERIFY2(!i.error || i.line == lastLine, qPrintable(i.message));
            named = named || (i.error && i.line == lastLine && i.message.contains(QStringLiteral("不存在的单位")));
        }
        QVERIFY2(named, qPrintable(report->errorLines().join(u'\n')));
        QVERIFY(report->errorLines().constFirst().startsWith(QStringLiteral("line 62:")));
        QCOMPARE(count(*db, QStringLiteral("sites")), 0);
        QCOMPARE(count(*db, QStringLiteral("site_search")), 0);
        QCOMPARE(count(*db, QStringLiteral("site_search_deferred")), 0);
        auto after = AuditLog::verify(c);
        QVERIFY(after.ok() && after->ok);
        QCOMPARE(after->records, before->records);
        QCOMPARE(after->headHash, before->headHash);

        report = RegistryExchange::import(c, m_actor, ExchangeKind::Sites, good, RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY(report->committed);
        QCOMPARE(report->imported, 60);
        QCOMPARE(count(*db, QStringLiteral("sites")), 60);
        QCOMPARE(count(*db, QStringLiteral("site_search")), 60);
        after = AuditLog::verify(c);
        QVERIFY(after.ok());
        QVERIFY2(after->ok, qPrintable(after->reason));
        QCOMPARE(after->records, before->records + 60);
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND object_type = 'site'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 60);
    }

    // The flags an import sets site by site (a unit's other sites are refreshed only when the new
    // one is a second open site of it) are the flags of the whole rule set run over every site
    // afterwards: the demo's sites, with closed, special-topic and second sites of a unit among them.
    void importedFlagsAreTheRuleSetsFlags()
    {
        auto db = unitsOnly(QStringLiteral("flags.db"));
        QVERIFY(db);
        QSqlDatabase& c = db->connection();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sites.csv"));
        {
            TableWriter writer(file);
            QVERIFY(RegistryExchange::exportTable(m_demo, ExchangeKind::Sites, writer).ok());
        }
        const auto data = TableReader::read(file);
        QVERIFY(data.ok());
        const auto report = RegistryExchange::import(
            c, m_actor, ExchangeKind::Sites, *data, RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY2(report->committed, qPrintable(report->errorLines().mid(0, 5).join(u'\n')));
        auto flags = [&c] {
            QStringList out;
            QSqlQuery q(c);
            if (!q.exec(QStringLiteral("SELECT code, status, kind, flags FROM sites ORDER BY code")))
                return QStringList{QStringLiteral("query failed")};
            while (q.next())
                out << QStringLiteral("%1 %2 %3 %4")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                           .arg(q.value(3).toInt());
            return out;
        };
        const QStringList imported = flags();
        QVERIFY(imported.size() > 100);
        // The cases that matter are there: second open sites of a unit, closed and special-topic sites.
        QVERIFY(imported.filter(QRegularExpression(QStringLiteral(" (2|3|6|7|10|11|14|15)$"))).size() >= 2);
        QVERIFY(!imported.filter(QStringLiteral(" closed ")).isEmpty());
        QVERIFY(!imported.filter(QStringLiteral(" special ")).isEmpty());
        QVERIFY(SiteRepository(c).refreshFlags({}).ok());
        const QStringList recomputed = flags();
        QCOMPARE(imported.size(), recomputed.size());
        for (int i = 0; i < imported.size(); ++i)
            QCOMPARE(imported.at(i), recomputed.at(i));
    }

    // The last row is refused for what only the rows before it in the same file show (its domain is
    // an earlier row's): nothing lands, and the error names that row, in either mode's report; with
    // good rows only, the rows before it land, each audited.
    void lastRowTakingAnEarlierRowsDomainImportsNothing()
    {
        auto db = unitsOnly(QStringLiteral("lastdomain.db"));
        QVERIFY(db);
        QSqlDatabase& c = db->connection();
        QList<QStringList> rows;
        for (int i = 1; i <= 30; ++i) {
            rows << siteRow(QStringLiteral("35058298%1").arg(i, 2, 10, QLatin1Char('0')),
                QStringLiteral("晋江市专题网站%1").arg(i), QStringLiteral("zt%1.jinjiang.gov.cn").arg(i),
                QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"));
        }
        rows << siteRow(QStringLiteral("3505829831"), QStringLiteral("晋江市专题网站31"),
            QStringLiteral("ZT7.jinjiang.gov.cn"), QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"));
        const TableData file = table(siteHeader, rows);
        const int lastLine = file.rows.constLast().line;
        const auto before = AuditLog::verify(c);
        QVERIFY(before.ok() && before->ok);

        auto report = RegistryExchange::import(
            c, m_actor, ExchangeKind::Sites, file, RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY(!report->committed);
        QCOMPARE(report->failed, 1);
        QCOMPARE(report->errorLines().size(), 1);
        QVERIFY2(report->errorLines().constFirst().startsWith(QStringLiteral("line %1:").arg(lastLine)),
            qPrintable(report->errorLines().join(u'\n')));
        QVERIFY2(report->errorLines().constFirst().contains(QStringLiteral("zt7.jinjiang.gov.cn")),
            qPrintable(report->errorLines().join(u'\n')));
        QCOMPARE(count(*db, QStringLiteral("sites")), 0);
        QCOMPARE(count(*db, QStringLiteral("site_search")), 0);
        auto after = AuditLog::verify(c);
        QVERIFY(after.ok() && after->ok);
        QCOMPARE(after->records, before->records);
        QCOMPARE(after->headHash, before->headHash);

        report = RegistryExchange::import(
            c, m_actor, ExchangeKind::Sites, file, RegistryExchange::ImportMode::GoodRowsOnly);
        QVERIFY(report.ok());
        QVERIFY(report->committed);
        QCOMPARE(report->imported, 30);
        QCOMPARE(report->failed, 1);
        QVERIFY(report->errorLines().constFirst().startsWith(QStringLiteral("line %1:").arg(lastLine)));
        QCOMPARE(count(*db, QStringLiteral("sites")), 30);
        QCOMPARE(count(*db, QStringLiteral("site_search")), 30);
        after = AuditLog::verify(c);
        QVERIFY(after.ok());
        QVERIFY2(after->ok, qPrintable(after->reason));
        QCOMPARE(after->records, before->records + 30);
    }

    void importedSitesAreSearchable()
    {
        auto db = unitsOnly(QStringLiteral("search.db"));
        QVERIFY(db);
        QSqlDatabase& c = db->connection();
        auto scalar = [&c](const QString& sql) {
            QSqlQuery q(c);
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const QString byText = QStringLiteral("SELECT count(*) FROM site_search WHERE text LIKE '%晋江市教育局网站%'");
        const TableData good = table(siteHeader,
            {siteRow(QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"), QStringLiteral("www.jinjiang.gov.cn"),
                 QStringLiteral("门户网站"), QStringLiteral("晋江市人民政府")),
                siteRow(QStringLiteral("3505820002"), QStringLiteral("晋江市教育局网站"), QStringLiteral("jyj.jinjiang.gov.cn"),
                    QStringLiteral("部门网站"), QStringLiteral("晋江市教育局"))});
        TableData withBad = good;
        withBad.rows.insert(1, TableRow{9, {QStringLiteral("bad")}});

        // A preview and a refused import leave neither sites nor index entries nor the marker.
        for (const auto& [t, mode] : {std::pair{good, RegistryExchange::ImportMode::DryRun},
                 std::pair{withBad, RegistryExchange::ImportMode::AllOrNothing}}) {
            const auto r = RegistryExchange::import(c, m_actor, ExchangeKind::Sites, t, mode);
            QVERIFY(r.ok() && !r->committed);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM site_search")), 0);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM site_search_deferred")), 0);
        }
        // The good rows of a file with a bad one: indexed, each once.
        auto r = RegistryExchange::import(c, m_actor, ExchangeKind::Sites, withBad, RegistryExchange::ImportMode::GoodRowsOnly);
        QVERIFY(r.ok() && r->committed);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM site_search")), 2);
        QCOMPARE(scalar(byText), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM site_search_deferred")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM site_search s JOIN sites t ON t.id = s.rowid AND "
                                       "instr(s.text, t.code) = 1")),
            2);
        // After an import, a site registered in the console is indexed at once again.
        Site site;
        site.code = QStringLiteral("3505820003");
        site.name = QStringLiteral("晋江市卫生健康局网站");
        site.domain = QStringLiteral("wjj.jinjiang.gov.cn");
        site.url = QStringLiteral("https://wjj.jinjiang.gov.cn/");
        site.kind = SiteKind::Department;
        site.hostOrgId = scalar(QStringLiteral("SELECT id FROM organisations WHERE name = '晋江市人民政府'"));
        QVERIFY(site.hostOrgId > 0);
        const auto id = RegistryService(c).registerSite(m_actor, site, RegistryService::DuplicatePolicy::Flag);
        QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().fullText()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM site_search WHERE text LIKE '%卫生健康局%'")), 1);
    }

    void importFlagsSecondSiteOfAUnit()
    {
        auto db = unitsOnly(QStringLiteral("dup.db"));
        QVERIFY(db);
        const auto report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites,
            table(siteHeader,
                {siteRow(QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"), QStringLiteral("www.jinjiang.gov.cn"),
                     QStringLiteral("门户网站"), QStringLiteral("晋江市人民政府")),
                    siteRow(QStringLiteral("3505820002"), QStringLiteral("晋江政务网（旧）"), QStringLiteral("www.jj.gov.cn"),
                        QStringLiteral("门户网站"), QStringLiteral("晋江市人民政府"))}),
            RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report->committed);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sites WHERE (flags & 2) <> 0")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // The second row says so in the report.
        bool warned = false;
        for (const ImportIssue& issue : report->issues)
            warned = warned || (issue.line == 3 && !issue.error && (issue.message.contains(QStringLiteral("合并")) || issue.message.contains(QLatin1String("merged"))));
        QStringList all;
        for (const ImportIssue& issue : report->issues)
            all << QString::number(issue.line) + u' ' + issue.message;
        QVERIFY2(warned, qPrintable(all.join(u'\n')));
    }

    // A unit lies within its parent's division, at its level or below.
    void unitsOutsideTheirParentAreRefused()
    {
        auto db = unitsOnly(QStringLiteral("units.db"));
        QVERIFY(db);
        const QStringList header{QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("level"), QStringLiteral("kind"),
            QStringLiteral("division_code"), QStringLiteral("domain_label"), QStringLiteral("active")};
        auto unit = [](const char* name, const char* level, const char* kind, const char* code) {
            return QStringList{QString::fromUtf8(name), QStringLiteral("福州市人民政府"), QString::fromLatin1(level),
                QString::fromLatin1(kind), QString::fromLatin1(code), QString(), QStringLiteral("yes")};
        };
        const int before = count(*db, QStringLiteral("organisations"));
        const auto report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Organisations,
            table(header,
                {unit("福州市测试局", "City", "Department", "350100"), unit("不存在的区", "County", "Government", "999999"),
                    unit("思明区（错挂）", "County", "Government", "350203"), unit("省级测试厅", "Province", "Department", "350100")}),
            RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY(!report->committed);
        QCOMPARE(report->failed, 3);
        const QString errors = report->errorLines().join(u'\n');
        QVERIFY2(!errors.contains(QStringLiteral("福州市测试局")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("999999")) && errors.contains(QStringLiteral("350203")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("省级测试厅")), qPrintable(errors));
        QCOMPARE(count(*db, QStringLiteral("organisations")), before);
    }

    // A domain belongs to one open site: a second one in the file, or one already registered, is
    // an error of its row (a closed site's domain may be used again).
    void importRefusesADomainTaken()
    {
        auto db = unitsOnly(QStringLiteral("domain.db"));
        QVERIFY(db);
        auto rows = [](const QString& domain) {
            return QList<QStringList>{siteRow(QStringLiteral("3505820001"), QStringLiteral("晋江市人民政府网"),
                                          QStringLiteral("www.jinjiang.gov.cn"), QStringLiteral("门户网站"), QStringLiteral("晋江市人民政府")),
                siteRow(QStringLiteral("3505830001"), QStringLiteral("南安市人民政府网"), domain, QStringLiteral("门户网站"),
                    QStringLiteral("南安市人民政府"))};
        };
        auto report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites,
            table(siteHeader, rows(QStringLiteral("WWW.JinJiang.gov.cn"))), RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY(!report->committed);
        QCOMPARE(report->failed, 1);
        QVERIFY2(report->errorLines().join(u'\n').contains(QStringLiteral("3505820001")), qPrintable(report->errorLines().join(u'\n')));
        QCOMPARE(count(*db, QStringLiteral("sites")), 0);
        report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites,
            table(siteHeader, rows(QStringLiteral("www.nanan.gov.cn"))), RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY2(report->committed, qPrintable(report->errorLines().join(u'\n')));
        // The console's registration is refused the same way.
        RegistryService registry(db->connection());
        Site copy = SiteRepository(db->connection()).byCode(QStringLiteral("3505830001")).value();
        copy.id = 0;
        copy.code = QStringLiteral("3505830002");
        copy.kind = SiteKind::Special;
        const auto refused = registry.registerSite(m_actor, copy);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("www.nanan.gov.cn")), qPrintable(refused.error().message));
    }

    void fileProblems()
    {
        auto db = unitsOnly(QStringLiteral("file.db"));
        QVERIFY(db);
        // A required column missing: the whole file is refused, naming it.
        auto report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites,
            table({QStringLiteral("网站名称"), QStringLiteral("主办单位"), QStringLiteral("网站类别")}, {}),
            RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(!report.ok());
        QVERIFY(report.error().message.contains(QStringLiteral("网站标识码")));
        // An unknown column is reported and ignored; English headers are understood.
        report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites,
            table({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("kind"),
                      QStringLiteral("host_unit"), QStringLiteral("颜色")},
                {{QStringLiteral("3500009901"), QStringLiteral("福建省专题"), QStringLiteral("zt.fujian.gov.cn"),
                    QStringLiteral("special"), QStringLiteral("福建省人民政府"), QStringLiteral("红")}}),
            RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY(report->committed);
        QCOMPARE(report->issues.constFirst().line, 1);
        QVERIFY(!report->issues.constFirst().error);

        // Real files: quotes and embedded line breaks parse, and later rows keep their line numbers.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("quoted.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("网站标识码,网站名称,域名,网站类别,主办单位,备注\r\n"
                               "3500009902,\"福建省\"\"专题\"\"网\",zt2.fujian.gov.cn,专项网站,福建省人民政府,\"第一行\n第二行, 含逗号\"\r\n"
                               "3500009903,福建省专题三,zt3.fujian.gov.cn,专项网站,福建省人民政府\r\n")
                    .toUtf8());
        f.close();
        const auto data = TableReader::read(csv);
        QVERIFY(data.ok());
        report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites, *data,
            RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(!report->committed);
        QCOMPARE(report->failed, 1);
        QCOMPARE(report->issues.constLast().line, 4); // the record after the two-line one
        QVERIFY(report->issues.constLast().message.contains(QLatin1String("5")));

        // Bytes that are neither UTF-8 nor GBK are refused before any row is read.
        const QString garbage = dir.filePath(QStringLiteral("garbage.csv"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("code,name\n3500009904,\x80\xff\xfe\x81\n");
        g.close();
        QVERIFY(!TableReader::read(garbage).ok());
    }

    void permissionsApplyPerRow()
    {
        auto db = ConsoleDatabase::open(m_demo);
        Session inspector;
        inspector.accountId = 77;
        inspector.username = QStringLiteral("inspector");
        inspector.roles = {Role::Inspector};
        inspector.orgId = 1;
        const auto report = RegistryExchange::import((*db)->connection(), inspector, ExchangeKind::Sites,
            table(siteHeader, {siteRow(QStringLiteral("3505829901"), QStringLiteral("甲"), QStringLiteral("zt1.jinjiang.gov.cn"),
                                  QStringLiteral("专项网站"), QStringLiteral("晋江市人民政府"))}),
            RegistryExchange::ImportMode::GoodRowsOnly);
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 0);
        QCOMPARE(report->failed, 1);
    }

    // Export, edit in a spreadsheet, import back: the rows update the records they name. An
    // unchanged file changes nothing; two edited rows update exactly those two records, each in the
    // column edited; errors name the file's own headers.
    void exportEditImportBack_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("english");
        QTest::newRow("sites") << int(ExchangeKind::Sites) << false;
        QTest::newRow("sites, english") << int(ExchangeKind::Sites) << true;
        QTest::newRow("units") << int(ExchangeKind::Organisations) << false;
        QTest::newRow("persons") << int(ExchangeKind::Persons) << false;
    }

    void exportEditImportBack()
    {
        QFETCH(int, kind);
        QFETCH(bool, english);
        const ExchangeKind k = ExchangeKind(kind);
        // The interface in English: a Chinese file stays Chinese (headers and values).
        Language::install(QStringLiteral("en"));
        const QString path = test::copyDatabase(m_demo, m_dir, QStringLiteral("edit-%1-%2.db").arg(kind).arg(english));
        QVERIFY(!path.isEmpty());
        auto db = ConsoleDatabase::open(path);
        QVERIFY(db);
        QSqlDatabase& c = (*db)->connection();
        const QString file = m_dir.filePath(QStringLiteral("edit-%1-%2.csv").arg(kind).arg(english));
        {
            TableWriter writer(file);
            QVERIFY(RegistryExchange::exportTable(path, k, writer, nullptr, english).ok());
        }
        const auto exported = TableReader::read(file);
        QVERIFY(exported.ok());
        const int rows = int(exported->rows.size());
        QVERIFY(rows > 100);
        if (!english) {
            // One language a file: no English value beside the Chinese headers.
            const QString text = exported->rows.constFirst().cells.join(u',');
            for (const char* word : {",yes", ",no", "Operating", "Portal", "Unified", "Province", "Government"})
                QVERIFY2(!text.contains(QLatin1String(word)), qPrintable(text));
        }
        const QStringList before = snapshot(c);
        const qint64 audit = AuditLog::verify(c)->records;

        // Unchanged: every row is found and left alone, the dry run and the import alike.
        for (const auto mode : {RegistryExchange::ImportMode::DryRun, RegistryExchange::ImportMode::AllOrNothing}) {
            const auto report = RegistryExchange::import(c, m_actor, k, *exported, mode);
            QVERIFY(report.ok());
            QVERIFY2(report->failed == 0, qPrintable(report->errorLines().mid(0, 5).join(u'\n')));
            QCOMPARE(report->count(RowAction::Unchanged), rows);
            QCOMPARE(report->count(RowAction::Updated), 0);
            QCOMPARE(report->count(RowAction::Created), 0);
        }
        QCOMPARE(snapshot(c), before);
        QCOMPARE(AuditLog::verify(c)->records, audit);

        // Two rows edited: exactly those two records change, in the edited column; the import says so.
        TableData edited = *exported;
        const QList<ExchangeColumn> columns = RegistryExchange::columns(k);
        auto at = [&](const char* key) {
            for (int i = 0; i < columns.size(); ++i) {
                if (columns.at(i).key == QLatin1String(key))
                    return i;
            }
            return -1;
        };
        auto header = [&](const char* key) { return english ? QString::fromLatin1(key) : columns.at(at(key)).chinese; };
        const char* first = k == ExchangeKind::Sites ? "name" : k == ExchangeKind::Persons ? "phone" : "domain_label";
        const char* second = k == ExchangeKind::Sites ? "notes" : k == ExchangeKind::Persons ? "title" : "active";
        edited.rows[3].cells[at(first)] = k == ExchangeKind::Persons ? QStringLiteral("0591-12345678")
            : k == ExchangeKind::Sites                             ? QStringLiteral("改过的网站名称")
                                                                   : QStringLiteral("edited");
        // The second change keeps a unit that must stay active (it has sites) active: its label, too.
        if (k == ExchangeKind::Organisations)
            second = "domain_label";
        edited.rows[7].cells[at(second)] = k == ExchangeKind::Persons ? QStringLiteral("改过的职务") : QStringLiteral("edited-too");
        if (k == ExchangeKind::Sites)
            edited.rows[7].cells[at(second)] = QStringLiteral("改过的备注");
        const auto report = RegistryExchange::import(c, m_actor, k, edited, RegistryExchange::ImportMode::AllOrNothing);
        QVERIFY(report.ok());
        QVERIFY2(report->committed, qPrintable(report->errorLines().mid(0, 5).join(u'\n')));
        QCOMPARE(report->count(RowAction::Updated), 2);
        QCOMPARE(report->count(RowAction::Unchanged), rows - 2);
        QList<RowOutcome> updated;
        for (const RowOutcome& o : report->outcomes) {
            if (o.action == RowAction::Updated)
                updated << o;
        }
        QCOMPARE(updated.size(), 2);
        QCOMPARE(updated.at(0).line, edited.rows[3].line);
        QCOMPARE(updated.at(0).changed, QStringList{header(first)});
        QCOMPARE(updated.at(1).line, edited.rows[7].line);
        QCOMPARE(updated.at(1).changed, QStringList{header(second)});
        const QStringList after = snapshot(c);
        QCOMPARE(after.size(), before.size());
        int differing = 0;
        for (int i = 0; i < before.size(); ++i)
            differing += before.at(i) != after.at(i) ? 1 : 0;
        QCOMPARE(differing, 2);
        QCOMPARE(AuditLog::verify(c)->records, audit + 2);
        QVERIFY(AuditLog::verify(c)->ok);

        // A bad value: the error names the file's own header, not the internal field.
        TableData bad = *exported;
        const char* valued = k == ExchangeKind::Sites ? "kind" : k == ExchangeKind::Persons ? "active" : "level";
        bad.rows[5].cells[at(valued)] = QStringLiteral("博客");
        const auto refused = RegistryExchange::import(c, m_actor, k, bad, RegistryExchange::ImportMode::DryRun);
        QVERIFY(refused.ok());
        QCOMPARE(refused->failed, 1);
        const QString error = refused->errorLines().join(u'\n');
        QVERIFY2(error.startsWith(QStringLiteral("line %1: Column \"%2\"").arg(bad.rows[5].line).arg(header(valued))),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("博客")), qPrintable(error));
        if (!english)
            QVERIFY2(!error.contains(QLatin1String(valued)), qPrintable(error));
    }

    void dateFormats()
    {
        auto db = unitsOnly(QStringLiteral("dates.db"));
        const QStringList header{QStringLiteral("网站标识码"), QStringLiteral("网站名称"), QStringLiteral("域名"),
            QStringLiteral("网站类别"), QStringLiteral("主办单位"), QStringLiteral("开设日期")};
        const auto report = RegistryExchange::import(db->connection(), m_actor, ExchangeKind::Sites,
            table(header,
                {{QStringLiteral("3500009911"), QStringLiteral("一"), QStringLiteral("a1.fujian.gov.cn"), QStringLiteral("专项网站"),
                     QStringLiteral("福建省人民政府"), QStringLiteral("2017/9/30")},
                    {QStringLiteral("3500009912"), QStringLiteral("二"), QStringLiteral("a2.fujian.gov.cn"),
                        QStringLiteral("专项网站"), QStringLiteral("福建省人民政府"), QStringLiteral("2017年9月30日")},
                    {QStringLiteral("3500009913"), QStringLiteral("三"), QStringLiteral("a3.fujian.gov.cn"),
                        QStringLiteral("专项网站"), QStringLiteral("福建省人民政府"), QStringLiteral("2017-02-30")}}),
            RegistryExchange::ImportMode::GoodRowsOnly);
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->issues.constLast().line, 4);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT opened_on FROM sites")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2017-09-30"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryExchange)
#include "TestRegistryExchange.moc"
