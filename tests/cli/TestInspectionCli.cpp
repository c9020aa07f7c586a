#include "DemoDatabase.h"
#include "TestSupport.h"
// sitegovctl inspection import|export, checklist show|set, rectification list: through the real
// command line code, on a demo database.
#include "cli/Cli.h"
#include "core/Checklist.h"
#include "core/Inspection.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "storage/ConsoleDatabase.h"
#include "demo/DemoBuilder.h"
#include "storage/PasswordHasher.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QString out;
    QString err;
    QString in;
    QTextStream o(&out);
    QTextStream e(&err);
    QTextStream i(&in);
    CliIo io{o, e, i, false};
    Cli c;
    Run r;
    r.code = c.run(QStringList{QStringLiteral("sitegovctl")} + args, io);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

QStringList keys()
{
    QStringList out;
    for (const ChecklistItem& item : Checklist::builtin().value().items)
        out << item.key;
    return out;
}

// A CSV line with a result for every item: pass, except those given.
QString row(const QString& code, const QString& day, const QString& inspector, const QHash<QString, QString>& results = {},
    const QString& note = {})
{
    QStringList cells{code, day, inspector};
    for (const QString& k : keys())
        cells << results.value(k, QStringLiteral("pass"));
    cells << note;
    return cells.join(u',') + u'\n';
}

QString header()
{
    return QStringLiteral("site_code,day,inspector,") + keys().join(u',') + QStringLiteral(",note\n");
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList column(const QString& path, const QString& sql)
{
    QStringList out;
    auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.error().fullText()};
    QSqlQuery q((*db)->connection());
    if (!q.exec(sql))
        return {QStringLiteral("bad sql")};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

int count(const QString& path, const QString& sql)
{
    const QStringList v = column(path, sql);
    return v.size() == 1 ? v.constFirst().toInt() : -1;
}

const QString kAllInspections = QStringLiteral(
    "SELECT s.code, i.day, i.inspector, coalesce(i.account_id, 0), i.results, i.failed, i.note FROM inspections i JOIN sites s "
    "ON s.id = i.site_id ORDER BY s.code, i.day, i.inspector");

} // namespace

class TestInspectionCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;      // the demo database (90 days of inspections), never changed
    QString m_registry;  // the same registry and accounts without any inspection, never changed
    QStringList m_codes; // running sites of the demo

    QStringList m_caseCopies; // the copies the running case made, removed after it (cleanup)

    QString copyOf(const QString& source, const QString& name)
    {
        const QString copy = test::copyDatabase(source, m_dir, name);
        m_caseCopies << copy;
        return copy;
    }

    QString freshCopy(const QString& name) { return copyOf(m_registry, name); }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        // --as checks the account's password, as the console's login does: the demo accounts' own.
        qputenv("SITEGOV_PASSWORD", DemoBuilder::kPassword);
        // 2026-11-28, noon in Fujian.
        OfficeClock::setNowForTests(QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC));
        m_demo = test::demoDatabase(m_dir, QStringLiteral("demo.db"), {2017, QDate(2026, 11, 28)});
        QVERIFY(!m_demo.isEmpty());
        QVERIFY(count(m_demo, QStringLiteral("SELECT count(*) FROM inspections")) > 1000);
        m_registry = copyOf(m_demo, QStringLiteral("registry.db"));
        m_caseCopies.clear(); // kept for every case
        {
            auto db = ConsoleDatabase::open(m_registry);
            QVERIFY(db);
            QSqlQuery q((*db)->connection());
            // The demo's spot checks opened rectification items too: their accountability records go, and
            // their confirmed assessments (locked) keep the numbers of items this copy no longer holds, which
            // nothing here reads.
            // (PostgreSQL: its foreign keys are triggers, which a replica's session does not fire.)
            QVERIFY(q.exec(test::onPostgres() ? QStringLiteral("SET session_replication_role = replica")
                                              : QStringLiteral("PRAGMA foreign_keys = OFF")));
            for (const char* table : {"accountability_records", "rectification_events", "rectifications",
                     "inspection_failures", "inspections", "coverage_daily", "checklist_versions"})
                QVERIFY(q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
            // SQLite numbers the rows of an emptied table from 1 again (the checklist's version is
            // its row's number); PostgreSQL's identity goes on unless told.
            if (test::onPostgres()) {
                for (const char* table : {"rectification_events", "rectifications", "inspections", "checklist_versions"})
                    QVERIFY(q.exec(QStringLiteral("ALTER TABLE %1 ALTER COLUMN id RESTART").arg(QLatin1String(table))));
                QVERIFY(q.exec(QStringLiteral("SET session_replication_role = DEFAULT")));
            }
        }
        m_codes = column(m_registry, QStringLiteral("SELECT code FROM sites WHERE status = 'operating' ORDER BY code LIMIT 6"));
        QCOMPARE(m_codes.size(), 6);
    }

    // Each case's copies go when it ends: on PostgreSQL each is a whole database of the cluster,
    // a hundred megabytes and more, which would otherwise stay until the program ends.
    void cleanup()
    {
        for (const QString& copy : std::as_const(m_caseCopies))
            test::removeDatabase(copy);
        m_caseCopies.clear();
    }

    // The demo's 90 days of inspections, exported and imported into the same registry without
    // them, come back the same (inspectors, accounts, results, notes), as CSV and as XLSX. (On
    // PostgreSQL as CSV only: the format is the file's, the same whatever the engine, and each import
    // of the 90 days takes minutes there; importExportRoundTrip takes XLSX through both engines.)
    void demoRoundTrip()
    {
        const QStringList original = column(m_demo, kAllInspections);
        QStringList files{QStringLiteral("demo.csv")};
        if (!test::onPostgres())
            files << QStringLiteral("demo.xlsx");
        for (const QString& file : std::as_const(files)) {
            Run r = cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), m_demo, QStringLiteral("-o"),
                m_dir.filePath(file)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(QStringLiteral("Exported %1 inspections").arg(original.size())));
            const QString copy = freshCopy(file + QStringLiteral(".db"));
            r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(file), QStringLiteral("-d"), copy});
            QVERIFY2(r.code == 0, qPrintable(file + r.err.left(2000)));
            QCOMPARE(column(copy, kAllInspections), original);
            // Every failed item opened (or added to) a rectification item, as the console does.
            QCOMPARE(count(copy, QStringLiteral("SELECT count(*) FROM inspection_failures")),
                count(m_demo, QStringLiteral("SELECT count(*) FROM inspection_failures")));
            QVERIFY(count(copy, QStringLiteral("SELECT count(*) FROM rectifications")) > 0);
            QCOMPARE(column(copy, QStringLiteral("SELECT org_id, day, inspected FROM coverage_daily ORDER BY 1, 2")),
                column(m_demo, QStringLiteral("SELECT org_id, day, inspected FROM coverage_daily WHERE inspected > 0 ORDER BY 1, 2")));
        }
    }

    void importExportRoundTrip()
    {
        const QString db = freshCopy(QStringLiteral("rt.db"));
        QString csv = header();
        csv += row(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("inspector"));
        csv += row(m_codes.at(1), QStringLiteral("2026/11/21"), QStringLiteral("王巡查"),
            {{QStringLiteral("homepage_updated"), QStringLiteral("fail")}, {QStringLiteral("messages_answered"), QStringLiteral("na")}},
            QStringLiteral("首页三周未更新"));
        csv += row(m_codes.at(2), QStringLiteral("2026-11-28"), QStringLiteral("=HYPERLINK(1)"), {},
            QStringLiteral("@SUM(A1) -1 +2"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("in.csv")), csv.toUtf8()));
        Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("in.csv")),
            QStringLiteral("-d"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Imported 3 of 3 inspections")), qPrintable(r.out));
        const QStringList original = column(db, kAllInspections);
        QCOMPARE(original.size(), 3);
        // "inspector" is an account: linked; 王巡查 is kept as written.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections i JOIN accounts a ON a.id = i.account_id WHERE "
                                          "i.inspector = 'inspector' AND a.username = 'inspector'")),
            1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections WHERE inspector = '王巡查' AND account_id IS NULL")), 1);
        // The failure opened a rectification item through the service, and everything was audited.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM rectifications WHERE item_key = 'homepage_updated' AND "
                                          "opened_on = '2026-11-21' AND problem = '首页三周未更新'")),
            1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'inspection' AND account_name LIKE "
                                          "'sitegovctl:%'")),
            3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM coverage_daily c JOIN organisations o ON o.id = c.org_id "
                                          "WHERE o.parent_id IS NULL AND c.day = '2026-11-21'")),
            1);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("-d"), db}).code, 0);

        // Export as CSV and XLSX; each imports into a database with the same registry unchanged.
        for (const QString& file : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
            r = cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), db, QStringLiteral("-o"),
                m_dir.filePath(file)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(QLatin1String("Exported 3 inspections")));
            const QString copy = freshCopy(file + QStringLiteral(".db"));
            r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(file), QStringLiteral("-d"), copy});
            QVERIFY2(r.code == 0, qPrintable(file + r.err));
            QCOMPARE(column(copy, kAllInspections), original);
            QCOMPARE(count(copy, QStringLiteral("SELECT count(*) FROM rectifications WHERE source = 'inspection'")), 1);
        }
        // Formula-like cells are neutralised in the file (and restored by the import above).
        QFile out(m_dir.filePath(QStringLiteral("out.csv")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray bytes = out.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM by default
        const QString text = QString::fromUtf8(bytes);
        QVERIFY2(text.contains(QLatin1String(",'=HYPERLINK(1),")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("'@SUM(A1) -1 +2")));
        QVERIFY(text.contains(QStringLiteral("不通过,首页三周未更新")));
        QVERIFY(text.contains(QStringLiteral("不适用")));

        // English headers and keys; a date range; a unit.
        r = cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), db, QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("range.csv")), QStringLiteral("--english-headers"), QStringLiteral("--from"),
            QStringLiteral("2026-11-21"), QStringLiteral("--to"), QStringLiteral("2026-11-27")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Exported 1 inspections")));
        QFile range(m_dir.filePath(QStringLiteral("range.csv")));
        QVERIFY(range.open(QIODevice::ReadOnly));
        const QString rangeText = QString::fromUtf8(range.readAll());
        QVERIFY(rangeText.contains(QLatin1String("site_code,site_name,day,inspector,homepage_reachable,homepage_reachable_note")));
        QVERIFY(rangeText.contains(QStringLiteral("fail,首页三周未更新")));
        r = cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), db, QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("none.csv")), QStringLiteral("--org"), QStringLiteral("350100")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int inFuzhou = count(db, QStringLiteral("SELECT count(*) FROM inspections i JOIN sites s ON s.id = i.site_id WHERE "
                                                      "s.host_org_id IN (SELECT org_id FROM org_ancestors a JOIN organisations o "
                                                      "ON o.id = a.ancestor_id WHERE o.division_code = '350100' AND o.kind = "
                                                      "'government')"));
        QVERIFY(r.out.contains(QStringLiteral("Exported %1 inspections").arg(inFuzhou)));

        // Usage errors.
        QCOMPARE(cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), db}).code, 2);
        QCOMPARE(cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), db, QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--from"), QStringLiteral("yesterday")})
                     .code,
            2);
        QCOMPARE(cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), db, QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--format"), QStringLiteral("pdf")})
                     .code,
            2);
        r = cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), db, QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--org"), QStringLiteral("999999")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("999999")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
        QCOMPARE(cli({QStringLiteral("inspection"), QStringLiteral("import"), QStringLiteral("-d"), db}).code, 2);
    }

    void brokenRowsImportNothing()
    {
        const QString db = freshCopy(QStringLiteral("bad.db"));
        const QString fail = QStringLiteral("fail");
        QString csv = QStringLiteral("site_code,day,inspector,") + keys().join(u',') + QStringLiteral(",note,extra_item\n");
        auto line = [&](const QString& code, const QString& day, const QString& who, const QHash<QString, QString>& results,
                        const QString& note, const QString& extra) {
            QString l = row(code, day, who, results, note);
            l.chop(1);
            return l + u',' + extra + u'\n';
        };
        csv += line(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("inspector"), {}, {}, {}); // 2: good
        csv += line(QStringLiteral("3599999999"), QStringLiteral("2026-11-20"), QStringLiteral("inspector"), {}, {}, {}); // 3
        csv += line(m_codes.at(1), QStringLiteral("2026-13-01"), QStringLiteral("inspector"), {}, {}, {}); // 4: bad date
        csv += line(m_codes.at(1), QStringLiteral("2026-12-01"), QStringLiteral("inspector"), {}, {}, {}); // 5: future
        csv += line(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("INSPECTOR"), {}, {}, {}); // 6: dup of 2
        csv += line(m_codes.at(2), QStringLiteral("2026-11-20"), QStringLiteral("inspector"),
            {{QStringLiteral("homepage_reachable"), fail}}, {}, {}); // 7: failed without a note
        csv += line(m_codes.at(3), QStringLiteral("2026-11-20"), QStringLiteral("inspector"), {}, {},
            QStringLiteral("fail")); // 8: a value for an unknown item
        csv += line(m_codes.at(3), QStringLiteral("2026-11-21"), QStringLiteral("inspector"),
            {{QStringLiteral("no_blank_columns"), QStringLiteral("maybe")}}, {}, {}); // 9: bad value
        csv += line(m_codes.at(4), QStringLiteral("2026-11-20"), {}, {}, {}, {}); // 10: nobody inspected
        csv += line(m_codes.at(4), QStringLiteral("2026-11-21"), QStringLiteral("inspector"), {}, QString(5000, u'长'), {}); // 11
        csv += line(m_codes.at(5), QStringLiteral("2026-11-20"), QStringLiteral("inspector"), {}, {}, {}); // 12: good
        csv += QStringLiteral("3501\n"); // 13: short row
        QVERIFY(write(m_dir.filePath(QStringLiteral("bad.csv")), csv.toUtf8()));
        Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("bad.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        const QStringList expected{QStringLiteral("line 3: error: There is no site with the identifier code 3599999999"),
            QStringLiteral("line 4: error: \"2026-13-01\" is not a date"), QStringLiteral("line 5: error: 2026-12-01 is still to come"),
            QStringLiteral("line 6: error: Line 2 already has inspector's inspection"),
            QStringLiteral("line 7: error: \"Homepage reachable\" failed without a note"),
            QStringLiteral("line 8: error: \"extra_item\" is not an item of the checklist in force"),
            QStringLiteral("line 9: error: \"maybe\" for \"No blank columns\" is not pass, fail or na"),
            QStringLiteral("line 10: error: Say who inspected"), QStringLiteral("line 11: error: The note is longer than 2000"),
            QStringLiteral("line 13: error: The row has 1 columns")};
        for (const QString& e : expected)
            QVERIFY2(r.err.contains(e), qPrintable(e + QStringLiteral("\n---\n") + r.err));
        QVERIFY(!r.err.contains(QLatin1String("line 2:")));
        QVERIFY(!r.err.contains(QLatin1String("line 12:")));
        QVERIFY(r.out.contains(QLatin1String("line 1: warning: The column \"extra_item\"")));
        QVERIFY(r.err.contains(QLatin1String("Nothing was imported: 10 of 12 rows have errors")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'inspection' AND account_name LIKE "
                                          "'sitegovctl:%'")),
            0);

        // --good-only: the two good rows land; a second run finds them already in the database.
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("bad.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--good-only")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QLatin1String("Imported 2 of 12 inspections")), qPrintable(r.out));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 2);
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("bad.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--good-only")});
        QVERIFY2(r.err.contains(QLatin1String("line 2: error: inspector already logged an inspection")), qPrintable(r.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 2);
        // With no good row left, nothing is offered to import them (the long option name works too).
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("bad.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Nothing was imported: all 12 rows have errors.")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("--good-rows-only")));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("bad.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--good-rows-only")});
        QVERIFY2(r.out.contains(QLatin1String("Imported 0 of 12 inspections")), qPrintable(r.out));

        // A missing checklist column or site column fails the whole file.
        QVERIFY(write(m_dir.filePath(QStringLiteral("nocol.csv")), QByteArrayLiteral("site_code,day,inspector\n3501,2026-11-20,x\n")));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("nocol.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no column for these checklist items")), qPrintable(r.err));
        QVERIFY(write(m_dir.filePath(QStringLiteral("nosite.csv")), QByteArrayLiteral("day,inspector\n2026-11-20,x\n")));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("nosite.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("site_code")));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
    }

    // A day of every running site's inspections, some failed (each opens a rectification item), and one
    // bad row at the very end: the whole import is refused and nothing of the good rows stays (no
    // inspection, rectification item or audit record); the error names the last line. Without that row
    // the same file imports every row, each audited, the trail one unbroken chain.
    void oneBadRowAtTheEndImportsNothing()
    {
        const QString db = freshCopy(QStringLiteral("lastbad.db"));
        const QStringList codes = column(db,
            QStringLiteral("SELECT code FROM sites WHERE status = 'operating' AND coalesce(opened_on, '') <= '2026-11-20' ORDER BY code"));
        QVERIFY(codes.size() > 100);
        QString good = header();
        for (int i = 0; i < codes.size(); ++i) {
            if (i % 7 == 3)
                good += row(codes.at(i), QStringLiteral("2026-11-20"), QStringLiteral("inspector"),
                    {{QStringLiteral("homepage_updated"), QStringLiteral("fail")}}, QStringLiteral("首页两周未更新"));
            else
                good += row(codes.at(i), QStringLiteral("2026-11-20"), QStringLiteral("inspector"));
        }
        const QString bad = good + row(QStringLiteral("3599999999"), QStringLiteral("2026-11-20"), QStringLiteral("inspector"));
        const int lastLine = int(codes.size()) + 2;
        QVERIFY(write(m_dir.filePath(QStringLiteral("lastbad.csv")), bad.toUtf8()));
        QVERIFY(write(m_dir.filePath(QStringLiteral("lastgood.csv")), good.toUtf8()));
        const QString audit = QStringLiteral("SELECT count(*) FROM audit_log");
        const QString created
            = QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'inspection' AND action = 'create'");
        const int auditBefore = count(db, audit);
        const int createdBefore = count(db, created);
        const int rectificationsBefore = count(db, QStringLiteral("SELECT count(*) FROM rectifications"));

        Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("lastbad.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line %1: error: There is no site with the identifier code 3599999999").arg(lastLine)),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported: 1 of %1 rows have errors").arg(codes.size() + 1)),
            qPrintable(r.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspection_failures")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM rectifications")), rectificationsBefore);
        QCOMPARE(count(db, audit), auditBefore);

        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("lastgood.csv")),
            QStringLiteral("-d"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int failed = int((codes.size() + 3) / 7);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), int(codes.size()));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspection_failures")), failed);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM rectifications")), rectificationsBefore + failed);
        QCOMPARE(count(db, created), createdBefore + int(codes.size()));
        QVERIFY(count(db, audit) >= auditBefore + int(codes.size()) + failed);
        r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("-d"), db});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

    void chineseGbkAndBom()
    {
        const QString db = freshCopy(QStringLiteral("gbk.db"));
        const Checklist list = Checklist::builtin().value();
        // As Excel in China saves it: GBK, Chinese headers and words, one notes column.
        QStringList head{QStringLiteral("网站标识码"), QStringLiteral("巡查日期"), QStringLiteral("巡查人")};
        QStringList cells{m_codes.at(0), QStringLiteral("2026年11月27日"), QStringLiteral("inspector")};
        for (const ChecklistItem& item : list.items) {
            head << item.nameZh;
            cells << (item.key == u"error_entry" ? QStringLiteral("不通过") : item.key == u"service_guides" ? QStringLiteral("不适用")
                                                                                                          : QStringLiteral("通过"));
        }
        head << QStringLiteral("备注");
        cells << QStringLiteral("首页缺少找错入口");
        auto encoder = QStringEncoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray gbk = encoder.encode(head.join(u',') + u'\n' + cells.join(u',') + u'\n');
        QVERIFY(encoder.hasError() == false);
        QVERIFY(write(m_dir.filePath(QStringLiteral("gbk.csv")), gbk));
        Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("gbk.csv")),
            QStringLiteral("-d"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("GB18030")), qPrintable(r.out));
        QCOMPARE(column(db, QStringLiteral("SELECT item_key, note FROM inspection_failures")),
            QStringList{QStringLiteral("error_entry|首页缺少找错入口")});
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections WHERE results LIKE '%\"service_guides\":{\"r\":\"na\"}%'")), 1);

        // UTF-8 with a byte-order mark, English headers.
        QString csv = header() + row(m_codes.at(1), QStringLiteral("2026-11-27"), QStringLiteral("inspector"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("bom.csv")), QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8()));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("bom.csv")),
            QStringLiteral("-d"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("UTF-8 (BOM)")), qPrintable(r.out));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 2);
        QCOMPARE(cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("bom.csv")),
                         QStringLiteral("-d"), db, QStringLiteral("--encoding"), QStringLiteral("latin1")})
                     .code,
            2);
    }

    void hostileInput()
    {
        const QString db = freshCopy(QStringLiteral("hostile.db"));
        // An embedded NUL: the file is taken for binary and refused whole.
        QByteArray nul = header().toUtf8();
        nul += row(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("insp")).toUtf8().replace("insp", QByteArray("in\0sp", 5));
        QVERIFY(write(m_dir.filePath(QStringLiteral("nul.csv")), nul));
        Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("nul.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("NUL")), qPrintable(r.err));
        // Another control character in a cell, a huge site code, a huge inspector name: row errors.
        QByteArray bytes = header().toUtf8();
        bytes += row(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("insp")).toUtf8().replace("insp", QByteArray("in\x1bsp"));
        bytes += row(QString(100000, u'9'), QStringLiteral("2026-11-20"), QStringLiteral("inspector")).toUtf8();
        bytes += row(m_codes.at(1), QStringLiteral("2026-11-20"), QString(300, u'x')).toUtf8();
        QVERIFY(write(m_dir.filePath(QStringLiteral("hostile.csv")), bytes));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("hostile.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 2: error: A cell holds a control character")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("line 3: error: There is no site with the identifier code 9999")));
        QVERIFY(r.err.size() < 5000); // the huge code is not echoed whole
        QVERIFY(r.err.contains(QLatin1String("line 4: error: The inspector's name is longer than 200")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 0);
        // A field beyond the reader's limit refuses the file.
        QByteArray huge = header().toUtf8();
        huge += row(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("inspector"), {}, QString((1 << 20) + 10, u'a')).toUtf8();
        QVERIFY(write(m_dir.filePath(QStringLiteral("huge.csv")), huge));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("huge.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 0);
        // Not a table at all.
        QVERIFY(write(m_dir.filePath(QStringLiteral("zip.xlsx")), QByteArrayLiteral("PK\x03\x04garbage")));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("zip.xlsx")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
    }

    void closedSitesAndActors()
    {
        const QString db = freshCopy(QStringLiteral("actors.db"));
        const QStringList closed = column(db, QStringLiteral("SELECT code, closed_on FROM sites WHERE status = 'closed' AND "
                                                             "closed_on IS NOT NULL ORDER BY code LIMIT 1"));
        QCOMPARE(closed.size(), 1);
        const QString code = closed.constFirst().section(u'|', 0, 0);
        const QDate closedOn = QDate::fromString(closed.constFirst().section(u'|', 1), Qt::ISODate);
        QString csv = header() + row(code, closedOn.addDays(-1).toString(Qt::ISODate), QStringLiteral("inspector"))
            + row(code, closedOn.addDays(1).toString(Qt::ISODate), QStringLiteral("inspector"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("closed.csv")), csv.toUtf8()));
        Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("closed.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--good-only")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 3: error:")) && r.err.contains(QLatin1String("is closed")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("line 2:")));

        // Nor is a site inspected before it opened (a date typed as 0001-01-01 or 1999).
        const QStringList opened = column(db, QStringLiteral("SELECT code, opened_on FROM sites WHERE status = 'operating' AND "
                                                             "opened_on > '2010-01-01' ORDER BY code LIMIT 1"));
        QCOMPARE(opened.size(), 1);
        const QDate openedOn = QDate::fromString(opened.constFirst().section(u'|', 1), Qt::ISODate);
        csv = header() + row(opened.constFirst().section(u'|', 0, 0), openedOn.addDays(-1).toString(Qt::ISODate), QStringLiteral("inspector"))
            + row(opened.constFirst().section(u'|', 0, 0), QStringLiteral("0001-01-01"), QStringLiteral("inspector"))
            + row(opened.constFirst().section(u'|', 0, 0), openedOn.toString(Qt::ISODate), QStringLiteral("inspector"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("early.csv")), csv.toUtf8()));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("early.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--good-only")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 2: error:")) && r.err.contains(QStringLiteral("opened on %1").arg(openedOn.toString(Qt::ISODate))),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 3: error:")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("line 4:")));

        // --as: the account's jurisdiction applies (inspector-siming may not record Jinjiang's sites).
        const QString jinjiang = column(db, QStringLiteral("SELECT s.code FROM sites s JOIN organisations o ON o.id = s.host_org_id "
                                                           "WHERE o.division_code = '350582' AND s.status = 'operating' ORDER BY "
                                                           "s.code LIMIT 1"))
                                     .value(0);
        QVERIFY(!jinjiang.isEmpty());
        QVERIFY(write(m_dir.filePath(QStringLiteral("as.csv")), (header() + row(jinjiang, QStringLiteral("2026-11-26"), {})).toUtf8()));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("as.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--as"), QStringLiteral("inspector-siming")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("outside your jurisdiction")), qPrintable(r.err));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("as.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--as"), QStringLiteral("inspector-jinjiang")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The empty inspector column: the acting account inspected.
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections WHERE inspector = 'inspector-jinjiang' AND account_id "
                                          "IS NOT NULL")),
            1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'inspection' AND account_name = "
                                          "'inspector-jinjiang' AND summary LIKE '% 2026-11-26: 0 failed'")),
            1);
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("as.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--as"), QStringLiteral("nobody")});
        QCOMPARE(r.code, 1);
    }

    // An import credits an inspection only to whom the acting side may act for: an account only
    // itself; the command line any active inspector of the site's jurisdiction, or a person without
    // an account. Each refusal names the line and the file's own column.
    void creditedOnlyToWhomTheActorMayActFor()
    {
        const QString db = freshCopy(QStringLiteral("credit.db"));
        const QString siming = column(db, QStringLiteral("SELECT s.code FROM sites s JOIN organisations o ON o.id = "
                                                         "s.host_org_id WHERE o.division_code = '350203' AND s.status = "
                                                         "'operating' ORDER BY s.code LIMIT 1"))
                                   .value(0);
        QVERIFY(!siming.isEmpty());
        auto import = [&](const QString& name, const QString& csv, const QStringList& extra) {
            const QString file = m_dir.filePath(name);
            if (!write(file, csv.toUtf8()))
                return Run{};
            return cli(QStringList{QStringLiteral("inspection"), QStringLiteral("import"), file, QStringLiteral("-d"), db,
                           QStringLiteral("--good-only")}
                + extra);
        };
        auto day = [](int d) { return QStringLiteral("2026-11-%1").arg(d); };
        const QString asSiming = QStringLiteral("inspector-siming");

        // --as inspector-siming: only inspector-siming, whoever else the row names.
        QString csv = header() + row(siming, day(10), {}) // 2: the acting account
            + row(siming, day(11), asSiming) // 3: itself by name
            + row(siming, day(12), QStringLiteral("inspector-jinjiang")) // 4: another city's inspector
            + row(siming, day(13), QStringLiteral("director")) // 5: the director
            + row(siming, day(14), QStringLiteral("inspector")) // 6: an inspector who may inspect the site
            + row(siming, day(15), QStringLiteral("王巡查")); // 7: a person without an account
        Run r = import(QStringLiteral("as-siming.csv"), csv, {QStringLiteral("--as"), asSiming});
        QCOMPARE(r.code, 1);
        for (int line = 4; line <= 7; ++line) {
            QVERIFY2(r.err.contains(QStringLiteral("line %1: error: Column \"inspector\"").arg(line)), qPrintable(r.err));
        }
        QVERIFY2(r.err.contains(QLatin1String("\"director\" is not inspector-siming")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("line 2:")));
        QVERIFY(!r.err.contains(QLatin1String("line 3:")));
        QCOMPARE(column(db, QStringLiteral("SELECT i.day, i.inspector, a.username FROM inspections i JOIN accounts a ON a.id = "
                                           "i.account_id ORDER BY i.day")),
            (QStringList{QStringLiteral("2026-11-10|inspector-siming|inspector-siming"),
                QStringLiteral("2026-11-11|inspector-siming|inspector-siming")}));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 2);

        // The command line itself: any active inspector whose jurisdiction holds the site, or a name
        // that is no account; not another city's inspector, not a director. A Chinese file's errors
        // name its Chinese column.
        QString chinese = header();
        chinese.replace(QLatin1String("site_code,day,inspector,"), QStringLiteral("网站标识码,巡查日期,巡查人,"));
        csv = chinese + row(siming, day(16), asSiming) // 2
            + row(siming, day(16), QStringLiteral("inspector")) // 3: the province's inspector
            + row(siming, day(16), QStringLiteral("王巡查")) // 4: a person without an account
            + row(siming, day(17), QStringLiteral("inspector-jinjiang")) // 5: Jinjiang's, outside
            + row(siming, day(17), QStringLiteral("director")); // 6: not an inspector
        r = import(QStringLiteral("system.csv"), csv, {});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 5: error: Column \"巡查人\": inspector-jinjiang")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("outside the account's unit")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 6: error: Column \"巡查人\": director is a Director, not an inspector")),
            qPrintable(r.err));
        for (int line = 2; line <= 4; ++line)
            QVERIFY2(!r.err.contains(QStringLiteral("line %1:").arg(line)), qPrintable(r.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections WHERE day = '2026-11-16'")), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections WHERE day = '2026-11-17'")), 0);

        // A disabled account is credited with nothing, by anybody.
        r = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("-d"), db, QStringLiteral("--username"),
            asSiming});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = import(QStringLiteral("disabled.csv"), header() + row(siming, day(18), asSiming), {});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 2: error: Column \"inspector\": the account of inspector-siming is "
                                              "disabled")),
            qPrintable(r.err));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections WHERE day = '2026-11-18'")), 0);
    }

    // A row's site name, when it has one, must be the name of the site its code names.
    void aSiteNameMustMatchItsCode()
    {
        const QString db = freshCopy(QStringLiteral("names.db"));
        const QStringList sites = column(db, QStringLiteral("SELECT code, name FROM sites WHERE status = 'operating' ORDER BY "
                                                            "code LIMIT 2"));
        QCOMPARE(sites.size(), 2);
        const QString code = sites.at(0).section(u'|', 0, 0);
        const QString name = sites.at(0).section(u'|', 1);
        const QString other = sites.at(1).section(u'|', 1);
        QString csv = QStringLiteral("网站标识码,网站名称,day,inspector,") + keys().join(u',') + QStringLiteral(",note\n");
        auto line = [&](const QString& siteName, const QString& d) {
            QString l = row(code, d, QStringLiteral("inspector"));
            return l.replace(0, code.size(), code + u',' + siteName);
        };
        csv += line(name, QStringLiteral("2026-11-20")) + line(other, QStringLiteral("2026-11-21"))
            + line(QString(), QStringLiteral("2026-11-22"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("names.csv")), csv.toUtf8()));
        const Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("names.csv")),
            QStringLiteral("-d"), db, QStringLiteral("--good-only")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3: error: Column \"网站名称\": \"%1\" is not the name of the site %2, "
                                               "which is \"%3\" (column \"网站标识码\")")
                                    .arg(other, code, name)),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("line 2:")));
        QVERIFY(!r.err.contains(QLatin1String("line 4:")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM inspections")), 2);
    }

    void checklistShowAndSet()
    {
        const QString db = freshCopy(QStringLiteral("checklist.db"));
        Run r = cli({QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("-d"), db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("the built-in list")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("homepage_reachable\tHomepage reachable\t1")));
        r = cli({QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("-d"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const auto parsed = Checklist::fromJson(r.out.toUtf8());
        QVERIFY(parsed);
        Checklist list = *parsed;
        list.items.removeLast();
        list.items.first().deadlineDays = 3;
        QVERIFY(write(m_dir.filePath(QStringLiteral("list.json")), list.toJson()));

        // Only administrators: an inspector is refused, the command line itself may.
        r = cli({QStringLiteral("checklist"), QStringLiteral("set"), m_dir.filePath(QStringLiteral("list.json")),
            QStringLiteral("-d"), db, QStringLiteral("--as"), QStringLiteral("inspector")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("may not")));
        r = cli({QStringLiteral("checklist"), QStringLiteral("set"), m_dir.filePath(QStringLiteral("list.json")),
            QStringLiteral("-d"), db, QStringLiteral("--as"), QStringLiteral("admin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("with 11 items is now in force")), qPrintable(r.out));
        r = cli({QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("-d"), db});
        QVERIFY(r.out.contains(QLatin1String("Checklist: version 1")));
        QVERIFY(r.out.contains(QLatin1String("homepage_reachable\tHomepage reachable\t3")));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'checklist' AND account_name = 'admin'")), 1);

        // Broken lists are refused with the reason, and nothing changes.
        QVERIFY(write(m_dir.filePath(QStringLiteral("broken.json")), QByteArrayLiteral("{\"items\": [{\"key\": \"Bad Key\"}]}")));
        r = cli({QStringLiteral("checklist"), QStringLiteral("set"), m_dir.filePath(QStringLiteral("broken.json")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Bad Key")), qPrintable(r.err));
        QVERIFY(write(m_dir.filePath(QStringLiteral("notjson.json")), QByteArrayLiteral("items: none")));
        r = cli({QStringLiteral("checklist"), QStringLiteral("set"), m_dir.filePath(QStringLiteral("notjson.json")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("not valid JSON")));
        QCOMPARE(cli({QStringLiteral("checklist"), QStringLiteral("set"), QStringLiteral("-d"), db}).code, 2);
        QCOMPARE(cli({QStringLiteral("checklist"), QStringLiteral("set"), m_dir.filePath(QStringLiteral("none.json")),
                         QStringLiteral("-d"), db})
                     .code,
            1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM checklist_versions")), 1);

        // An import now needs the new list's columns only: the dropped item's column is refused.
        QString csv = header() + row(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("inspector"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("old.csv")), csv.toUtf8()));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("old.csv")),
            QStringLiteral("-d"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is not an item of the checklist in force")), qPrintable(r.err));
    }

    // Inspections made with earlier versions of the checklist export beside those of the list in
    // force, and the file imports again as it is: each row under the list it was made with.
    void earlierChecklistVersionsRoundTrip()
    {
        const QString db = freshCopy(QStringLiteral("versions.db"));
        const QString admin = QStringLiteral("admin");
        // Version 1, the built-in list, is stored with the first inspection.
        QString csv = header() + row(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("inspector"))
            + row(m_codes.at(1), QStringLiteral("2026-11-20"), QStringLiteral("inspector"),
                {{QStringLiteral("homepage_updated"), QStringLiteral("fail")}}, QStringLiteral("首页未更新"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("v1.csv")), csv.toUtf8()));
        Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("v1.csv")),
            QStringLiteral("-d"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Version 2 drops the last item and adds one.
        Checklist list = Checklist::builtin().value();
        const ChecklistItem dropped = list.items.takeLast();
        ChecklistItem added;
        added.key = QStringLiteral("accessibility");
        added.nameZh = QStringLiteral("无障碍浏览");
        added.nameEn = QStringLiteral("Accessible reading");
        added.deadlineDays = 10;
        list.items << added;
        QVERIFY(write(m_dir.filePath(QStringLiteral("v2.json")), list.toJson()));
        r = cli({QStringLiteral("checklist"), QStringLiteral("set"), m_dir.filePath(QStringLiteral("v2.json")), QStringLiteral("-d"),
            db, QStringLiteral("--as"), admin});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Rows made with version 2: one of today, one entered late for a day before it came in force.
        QStringList v2Keys;
        for (const ChecklistItem& item : std::as_const(list.items))
            v2Keys << item.key;
        auto v2Row = [&](const QString& code, const QString& day, const QString& accessibility, const QString& note) {
            QStringList cells{code, day, QStringLiteral("inspector")};
            for (const QString& k : std::as_const(v2Keys))
                cells << (k == added.key ? accessibility : QStringLiteral("pass"));
            cells << note;
            return cells.join(u',') + u'\n';
        };
        csv = QStringLiteral("site_code,day,inspector,") + v2Keys.join(u',') + QStringLiteral(",note\n")
            + v2Row(m_codes.at(2), QStringLiteral("2026-11-28"), QStringLiteral("fail"), QStringLiteral("图片无替代文本"))
            + v2Row(m_codes.at(3), QStringLiteral("2026-11-19"), QStringLiteral("pass"), {});
        QVERIFY(write(m_dir.filePath(QStringLiteral("v2.csv")), csv.toUtf8()));
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("v2.csv")),
            QStringLiteral("-d"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString byVersion = QStringLiteral("SELECT s.code, i.day, i.checklist_id, i.results, i.failed, i.note FROM inspections i "
                                                 "JOIN sites s ON s.id = i.site_id ORDER BY s.code, i.day");
        const QStringList original = column(db, byVersion);
        QCOMPARE(original.size(), 4);
        QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT checklist_id) FROM inspections")), 2);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM rectifications WHERE item_key = 'accessibility'")), 1);

        // The export has every item of both versions; a row leaves empty what its list did not have.
        r = cli({QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-d"), db, QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("versions.csv")), QStringLiteral("--english-headers")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile exported(m_dir.filePath(QStringLiteral("versions.csv")));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY(text.contains(added.key));
        QVERIFY(text.contains(dropped.key));

        // Into the same database without its inspections (the checklist versions stay): all come back
        // under the version each was made with.
        const QString copy = copyOf(db, QStringLiteral("versions-copy.db"));
        {
            auto opened = ConsoleDatabase::open(copy);
            QVERIFY(opened);
            QSqlQuery q((*opened)->connection());
            for (const char* table : {"rectification_events", "rectifications", "inspection_failures", "inspections", "coverage_daily"})
                QVERIFY(q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
        }
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("versions.csv")),
            QStringLiteral("-d"), copy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Imported 4 of 4 inspections")), qPrintable(r.out));
        QCOMPARE(column(copy, byVersion), original);

        // A row that fits neither list is checked against the list in force on its day, and the
        // whole file is refused.
        const QString mixedHeader = QStringLiteral("site_code,day,inspector,") + keys().join(u',') + u',' + added.key
            + QStringLiteral(",note\n");
        QStringList both{m_codes.at(4), QStringLiteral("2026-11-28"), QStringLiteral("inspector")};
        for (int i = 0; i < keys().size() + 1; ++i)
            both << QStringLiteral("pass");
        both << QString();
        QStringList neither{m_codes.at(5), QStringLiteral("2026-11-28"), QStringLiteral("inspector")};
        for (int i = 0; i < keys().size() - 1; ++i)
            neither << QStringLiteral("pass");
        neither << QString() << QString() << QString();
        QVERIFY(write(m_dir.filePath(QStringLiteral("mixed.csv")),
            (mixedHeader + both.join(u',') + u'\n' + neither.join(u',') + u'\n').toUtf8()));
        const QStringList before = column(copy, byVersion);
        r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("mixed.csv")),
            QStringLiteral("-d"), copy});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 2: error: \"%1\" is not an item of the checklist in force on 2026-11-28")
                                    .arg(dropped.key)),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("line 3: error: \"%1\" has no result").arg(added.nameEn)), qPrintable(r.err));
        QCOMPARE(column(copy, byVersion), before);
    }

    void rectificationList()
    {
        const QString db = freshCopy(QStringLiteral("rect.db"));
        const QString fail = QStringLiteral("fail");
        QString csv = header();
        // Homepage reachable: 1 day to fix; opened on the 20th, overdue since the 22nd.
        csv += row(m_codes.at(0), QStringLiteral("2026-11-20"), QStringLiteral("inspector"), {{QStringLiteral("homepage_reachable"), fail}},
            QStringLiteral("首页打不开\t（多次）"));
        // Homepage updated: 2 days; opened on the 18th, overdue since the 21st (the oldest deadline).
        csv += row(m_codes.at(2), QStringLiteral("2026-11-18"), QStringLiteral("inspector"), {{QStringLiteral("homepage_updated"), fail}},
            QStringLiteral("首页两周未更新"));
        // Service guides: 10 days; not yet overdue.
        csv += row(m_codes.at(1), QStringLiteral("2026-11-27"), QStringLiteral("inspector"), {{QStringLiteral("service_guides"), fail}},
            QStringLiteral("办事指南缺少收费标准"));
        QVERIFY(write(m_dir.filePath(QStringLiteral("rect.csv")), csv.toUtf8()));
        Run r = cli({QStringLiteral("inspection"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("rect.csv")),
            QStringLiteral("-d"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = cli({QStringLiteral("rectification"), QStringLiteral("list"), QStringLiteral("-d"), db});
        QCOMPARE(r.code, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QLatin1String("No.\tSite\tResponsible unit\tItem")));
        // Overdue first, oldest deadline first, with the days overdue; the tab in the problem does not
        // break the columns.
        QVERIFY2(lines.at(1).contains(QStringLiteral("首页两周未更新\t2026-11-18\t2026-11-20\tOpen\t8")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("Homepage reachable\t首页打不开 （多次）\t2026-11-20\t2026-11-21\tOpen\t7")),
            qPrintable(lines.at(2)));
        QVERIFY(lines.at(3).contains(QStringLiteral("Service guides complete\t办事指南缺少收费标准\t2026-11-27\t2026-12-07\tOpen\t")));
        QVERIFY(r.err.contains(QLatin1String("3 rectification items")));

        r = cli({QStringLiteral("rectification"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--overdue")});
        QCOMPARE(r.code, 0);
        lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(QStringLiteral("首页两周未更新")));
        QVERIFY(lines.at(2).contains(QStringLiteral("首页打不开")));
        QVERIFY(r.err.contains(QLatin1String("2 rectification items.")));

        // By unit: the province has both; a unit that hosts neither has none.
        r = cli({QStringLiteral("rectification"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--org"),
            QStringLiteral("350000")});
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 4);
        const QString other = column(db, QStringLiteral("SELECT o.division_code FROM organisations o WHERE o.kind = 'government' "
                                                        "AND o.level = 'county' AND o.id NOT IN (SELECT a.ancestor_id FROM "
                                                        "org_ancestors a JOIN rectifications r ON r.unit_id = a.org_id) LIMIT 1"))
                                  .value(0);
        QVERIFY(!other.isEmpty());
        r = cli({QStringLiteral("rectification"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--org"), other});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        r = cli({QStringLiteral("rectification"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--status"),
            QStringLiteral("closed")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        QCOMPARE(cli({QStringLiteral("rectification"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--status"),
                         QStringLiteral("lost")})
                     .code,
            2);
        QCOMPARE(cli({QStringLiteral("rectification"), QStringLiteral("list"), QStringLiteral("-d"), db, QStringLiteral("--org"),
                         QStringLiteral("nowhere")})
                     .code,
            1);
    }
};

QTEST_GUILESS_MAIN(TestInspectionCli)
#include "TestInspectionCli.moc"
