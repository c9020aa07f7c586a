// sitegovctl site add|edit|close, unit add|edit|move, person add|edit, assign|unassign, review
// draft, inspection log, the lists' --json and --output, and the password of --as on every command
// that takes it, run as the real program on a copy of one demo database per case.
#include "cli/CtlProcess.h"
#include "cli/DemoFixture.h"
#include "core/Inspection.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "storage/TableReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

class TestRegistryCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{databaseFolderTemplate()};
    QString m_base;
    QString m_db; // this case's copy
    int m_case = 0;

    Run as(const QString& user, const QStringList& args)
    {
        return ctl(args + QStringList{QStringLiteral("-d"), m_db, QStringLiteral("--as"), user});
    }

    QString one(const QString& sql) { return scalar(m_db, sql); }

    // A county department of Jinjiang that runs no site.
    QString freeJinjiangDepartment()
    {
        return one(QStringLiteral(
            "SELECT o.id FROM organisations o JOIN organisations p ON p.id = o.parent_id WHERE p.division_code = "
            "'350582' AND p.kind = 'government' AND o.kind = 'department' AND NOT EXISTS (SELECT 1 FROM sites s "
            "WHERE s.host_org_id = o.id AND s.status <> 'closed') ORDER BY o.id LIMIT 1"));
    }

    // An operating site hosted in Jinjiang (the government or one of its departments): its code.
    QString jinjiangSite()
    {
        return one(QStringLiteral("SELECT s.code FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                                  "o.division_code = '350582' AND s.status = 'operating' ORDER BY s.id LIMIT 1"));
    }

    static QString firstLine(const Run& r) { return r.out.section(u'\n', 0, 0).trimmed(); }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        m_base = demo(m_dir, QStringLiteral("base.db"));
        QVERIFY(!m_base.isEmpty());
    }

    void init()
    {
        if (!m_db.isEmpty())
            test::removeDatabase(m_db);
        m_db = test::copyDatabase(m_base, m_dir, QStringLiteral("case%1.db").arg(++m_case));
        QVERIFY(!m_db.isEmpty());
    }

    // A site registered, changed and closed by the province's administrator, with the audit trail
    // naming the account; an inspector is refused with the service's words and changes nothing.
    void siteAddEditClose()
    {
        const QString unit = freeJinjiangDepartment();
        QVERIFY(!unit.isEmpty());
        Run r = as(QStringLiteral("inspector"),
            {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--unit"), unit, QStringLiteral("--name"),
                QStringLiteral("晋江命令行网站"), QStringLiteral("--domain"), QStringLiteral("mlh.jinjiang.gov.cn")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Your account (Inspector) may not")), qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM sites WHERE name = '晋江命令行网站'")), QStringLiteral("0"));

        r = as(QStringLiteral("admin"),
            {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--unit"), unit, QStringLiteral("--name"),
                QStringLiteral("晋江命令行网站"), QStringLiteral("--domain"), QStringLiteral("mlh.jinjiang.gov.cn"),
                QStringLiteral("--status"), QStringLiteral("operating"), QStringLiteral("--opened"),
                QStringLiteral("2026-01-05")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = firstLine(r);
        QCOMPARE(one(QStringLiteral("SELECT name || '|' || host_org_id || '|' || status || '|' || url || '|' || "
                                    "substr(code, 1, 6) FROM sites WHERE id = %1")
                         .arg(id)),
            QStringLiteral("晋江命令行网站|%1|operating|https://mlh.jinjiang.gov.cn/|350582").arg(unit));
        QCOMPARE(one(QStringLiteral("SELECT account_name FROM audit_log WHERE object_type = 'site' AND object_id = "
                                    "'%1' ORDER BY id LIMIT 1")
                         .arg(id)),
            QStringLiteral("admin"));

        r = as(QStringLiteral("admin"),
            {QStringLiteral("site"), QStringLiteral("edit"), id, QStringLiteral("--name"),
                QStringLiteral("晋江命令行门户"), QStringLiteral("--operator"), QStringLiteral("晋江市大数据中心")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT name || '|' || operator_name FROM sites WHERE id = %1").arg(id)),
            QStringLiteral("晋江命令行门户|晋江市大数据中心"));

        r = as(QStringLiteral("admin"),
            {QStringLiteral("site"), QStringLiteral("close"), id, QStringLiteral("--on"),
                QStringLiteral("2026-02-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT status || '|' || closed_on FROM sites WHERE id = %1").arg(id)),
            QStringLiteral("closed|2026-02-01"));
        QCOMPARE(one(QStringLiteral("SELECT count(DISTINCT account_name) FROM audit_log WHERE object_type = 'site' "
                                    "AND object_id = '%1'")
                         .arg(id)),
            QStringLiteral("1"));

        // Usage: a bad kind is exit 2 and says what the option takes.
        r = as(QStringLiteral("admin"),
            {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--unit"), unit, QStringLiteral("--kind"),
                QStringLiteral("blog")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--kind takes portal, department, special")), qPrintable(r.err));
    }

    // Units and persons: added, changed, moved; a person assigned to a site and the term ended.
    void unitsPersonsAssignments()
    {
        Run r = as(QStringLiteral("admin"),
            {QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--parent"), QStringLiteral("350582"),
                QStringLiteral("--name"), QStringLiteral("晋江市命令行测试局")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString unit = firstLine(r);
        QCOMPARE(one(QStringLiteral("SELECT kind || '|' || level || '|' || division_code FROM organisations WHERE id = "
                                    "%1")
                         .arg(unit)),
            QStringLiteral("department|county|350582"));
        r = as(QStringLiteral("admin"),
            {QStringLiteral("unit"), QStringLiteral("edit"), unit, QStringLiteral("--name"),
                QStringLiteral("晋江市命令行测试中心")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(QStringLiteral("admin"),
            {QStringLiteral("unit"), QStringLiteral("move"), QStringLiteral("晋江市命令行测试中心"),
                QStringLiteral("--to"), QStringLiteral("350500")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT p.division_code FROM organisations o JOIN organisations p ON p.id = "
                                    "o.parent_id WHERE o.id = %1")
                         .arg(unit)),
            QStringLiteral("350500"));

        // A Jinjiang site's caretaker: the province's director adds the person and assigns them.
        const QString site = jinjiangSite();
        QVERIFY(!site.isEmpty());
        const QString host = one(QStringLiteral("SELECT host_org_id FROM sites WHERE code = '%1'").arg(site));
        r = as(QStringLiteral("director"),
            {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--unit"), host, QStringLiteral("--name"),
                QStringLiteral("许晓东"), QStringLiteral("--phone"), QStringLiteral("0595-85600000")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString person = firstLine(r);
        r = as(QStringLiteral("director"),
            {QStringLiteral("person"), QStringLiteral("edit"), person, QStringLiteral("--title"),
                QStringLiteral("科员")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT title || '|' || phone FROM persons WHERE id = %1").arg(person)),
            QStringLiteral("科员|0595-85600000"));
        r = as(QStringLiteral("director"),
            {QStringLiteral("assign"), site, QStringLiteral("--role"), QStringLiteral("caretaker"),
                QStringLiteral("--person"), QStringLiteral("许晓东")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString assignment = firstLine(r);
        QCOMPARE(one(QStringLiteral("SELECT person_id || '|' || role || '|' || coalesce(end_on, '') FROM assignments "
                                    "WHERE id = %1")
                         .arg(assignment)),
            QStringLiteral("%1|caretaker|").arg(person));
        // An approver may not; the assignment stands.
        r = as(QStringLiteral("approver"),
            {QStringLiteral("unassign"), site, QStringLiteral("--role"), QStringLiteral("caretaker")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Your account (Approver) may not")), qPrintable(r.err));
        r = as(QStringLiteral("director"),
            {QStringLiteral("unassign"), site, QStringLiteral("--role"), QStringLiteral("caretaker")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(firstLine(r), assignment);
        QVERIFY(!one(QStringLiteral("SELECT end_on FROM assignments WHERE id = %1").arg(assignment)).isEmpty());
        r = as(QStringLiteral("director"),
            {QStringLiteral("unassign"), site, QStringLiteral("--role"), QStringLiteral("caretaker")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("has no current")), qPrintable(r.err));
    }

    // Inspections from arguments and from JSON on standard input; a failed item opens a
    // rectification item; a weekly review drafted.
    void inspectionLogAndReviewDraft()
    {
        const QString site = jinjiangSite();
        Run r = ctl({QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("-d"), m_db,
            QStringLiteral("--json")});
        const QString item = QJsonDocument::fromJson(r.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("key"))
                                 .toString();
        QVERIFY2(!item.isEmpty(), qPrintable(r.out + r.err));
        r = as(QStringLiteral("inspector-jinjiang"),
            {QStringLiteral("inspection"), QStringLiteral("log"), QStringLiteral("--site"), site,
                QStringLiteral("--item"), item + QStringLiteral("=fail:首页无法打开"), QStringLiteral("--others"),
                QStringLiteral("pass")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString inspection = firstLine(r);
        QVERIFY2(r.out.contains(QLatin1String("1 item failed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Rectification item")), qPrintable(r.out));
        QCOMPARE(one(QStringLiteral("SELECT account_name FROM audit_log WHERE object_type = 'inspection' AND "
                                    "object_id = '%1'")
                         .arg(inspection)),
            QStringLiteral("inspector-jinjiang"));

        // Another city's inspector is outside its jurisdiction.
        const QByteArray json
            = QStringLiteral("{\"site\": \"%1\", \"others\": \"pass\", \"note\": \"JSON\"}").arg(site).toUtf8();
        r = ctlWithInput({QStringLiteral("inspection"), QStringLiteral("log"), QStringLiteral("--json"),
                             QStringLiteral("-d"), m_db, QStringLiteral("--as"), QStringLiteral("inspector-siming")},
            json);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("outside your jurisdiction")), qPrintable(r.err));
        // The province's inspector logs it from JSON.
        r = ctlWithInput({QStringLiteral("inspection"), QStringLiteral("log"), QStringLiteral("--json"),
                             QStringLiteral("-d"), m_db, QStringLiteral("--as"), QStringLiteral("inspector")},
            json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT note || '|' || failed FROM inspections WHERE id = %1").arg(firstLine(r))),
            QStringLiteral("JSON|0"));
        // Not every item named and no --others: the service's refusal, exit 1.
        r = as(QStringLiteral("inspector-jinjiang"),
            {QStringLiteral("inspection"), QStringLiteral("log"), QStringLiteral("--site"), site,
                QStringLiteral("--day"), QStringLiteral("2020-01-01")});
        QCOMPARE(r.code, 1);

        // This week's review (last week's is signed in the demo, and locked).
        const QString thisWeek = IsoWeek::of(OfficeClock::today()).key();
        r = as(QStringLiteral("director"),
            {QStringLiteral("review"), QStringLiteral("draft"), QStringLiteral("--unit"), QStringLiteral("350582"),
                QStringLiteral("--week"), thisWeek, QStringLiteral("--highlights"), QStringLiteral("巡查按时完成")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(one(QStringLiteral("SELECT status || '|' || highlights FROM weekly_reviews WHERE id = %1")
                         .arg(firstLine(r))),
            QStringLiteral("draft|巡查按时完成"));
        r = as(QStringLiteral("approver"),
            {QStringLiteral("review"), QStringLiteral("draft"), QStringLiteral("--unit"), QStringLiteral("350582"),
                QStringLiteral("--week"), thisWeek});
        QCOMPARE(r.code, 1);
    }

    // --json gives an array of objects with the documented keys; --output writes CSV or XLSX through
    // the same writer as the exports; usage errors are exit 2.
    void listsAsJsonAndFiles()
    {
        Run r = ctl(
            {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("-d"), m_db, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(users.size() >= 8);
        bool found = false;
        for (const QJsonValue& u : users) {
            const QJsonObject o = u.toObject();
            QCOMPARE(o.keys(),
                (QStringList{QStringLiteral("id"), QStringLiteral("locked_until"), QStringLiteral("name"),
                    QStringLiteral("roles"), QStringLiteral("state"), QStringLiteral("unit"), QStringLiteral("unit_id"),
                    QStringLiteral("username")}));
            if (o.value(QStringLiteral("username")).toString() == u"inspector-jinjiang") {
                found = true;
                QCOMPARE(o.value(QStringLiteral("roles")).toString(), QStringLiteral("inspector"));
                QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
            }
        }
        QVERIFY(found);

        r = ctl({QStringLiteral("rectification"), QStringLiteral("list"), QStringLiteral("-d"), m_db,
            QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!items.isEmpty());
        QVERIFY(items.first().toObject().contains(QStringLiteral("days_overdue")));

        const QString xlsx = m_dir.filePath(QStringLiteral("requests.xlsx"));
        r = ctl({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("-d"), m_db,
            QStringLiteral("--output"), xlsx});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto table = TableReader::read(xlsx);
        QVERIFY(table);
        QCOMPARE(table->format, QStringLiteral("XLSX"));
        QCOMPARE(table->rows.size(), int(one(QStringLiteral("SELECT count(*) FROM requests")).toInt()));
        const QString csv = m_dir.filePath(QStringLiteral("reviews.txt"));
        r = ctl({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("-d"), m_db,
            QStringLiteral("--output"), csv, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(TableReader::read(csv));

        r = ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("-d"), m_db, QStringLiteral("--format"),
            QStringLiteral("csv")});
        QCOMPARE(r.code, 2);
        r = ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("-d"), m_db, QStringLiteral("--json"),
            QStringLiteral("--output"), csv});
        QCOMPARE(r.code, 2);
    }

    // --as asks for the password on every command that takes it: a wrong one is refused before
    // anything changes (inspection import, checklist set and spotcheck plan took the account's word).
    void asNeedsThePassword()
    {
        const QString site = jinjiangSite();
        const QString file = m_dir.filePath(QStringLiteral("inspections.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("site_code,day,inspector,notes\n%1,2026-01-05,inspector-jinjiang,x\n")
                        .arg(site)
                        .toUtf8());
        }
        const QString inspections = QStringLiteral("SELECT count(*) FROM inspections");
        const QString before = one(inspections);
        Run r = ctl({QStringLiteral("inspection"), QStringLiteral("import"), file, QStringLiteral("-d"), m_db,
                        QStringLiteral("--as"), QStringLiteral("inspector")},
            QStringLiteral("wrong password"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QCOMPARE(one(inspections), before);

        const QString checklist = m_dir.filePath(QStringLiteral("checklist.json"));
        r = ctl({QStringLiteral("checklist"), QStringLiteral("show"), QStringLiteral("-d"), m_db,
            QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            QFile f(checklist);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.out.toUtf8());
        }
        const QString versions = QStringLiteral("SELECT count(*) FROM checklist_versions");
        const QString checklistsBefore = one(versions);
        r = ctl({QStringLiteral("checklist"), QStringLiteral("set"), checklist, QStringLiteral("-d"), m_db,
                    QStringLiteral("--as"), QStringLiteral("admin")},
            QStringLiteral("wrong password"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QCOMPARE(one(versions), checklistsBefore);
        // With the password it is the account's own change.
        r = ctl({QStringLiteral("checklist"), QStringLiteral("set"), checklist, QStringLiteral("-d"), m_db,
            QStringLiteral("--as"), QStringLiteral("admin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const QString plans = QStringLiteral("SELECT count(*) || '/' || coalesce(max(id), 0) FROM spot_check_plans");
        const QString plansBefore = one(plans);
        r = ctl({QStringLiteral("spotcheck"), QStringLiteral("plan"), QStringLiteral("--org"), QStringLiteral("350000"),
                    QStringLiteral("--month"), QStringLiteral("2031-01"), QStringLiteral("-d"), m_db,
                    QStringLiteral("--as"), QStringLiteral("director")},
            QStringLiteral("wrong password"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("password")), qPrintable(r.err));
        QCOMPARE(one(plans), plansBefore);
    }
};

QTEST_GUILESS_MAIN(TestRegistryCli)
#include "TestRegistryCli.moc"
