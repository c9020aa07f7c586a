// sitegov-benchdata: a deterministic national-scale database for the benchmarks: units in a
// province/city/county tree with departments, one site per unit (100,000 by default), responsible
// persons and assignments, and an account to log in with. Optionally writes the sites as CSV (and a
// database holding only the units) for the import benchmark. With --inspections M: M daily
// inspections of the running sites going back from today (60% of them inspected today), a failure
// in about one in twenty with a rectification item for some, and signed weekly reviews for half of
// the units for last week, for the dashboard benchmark.
#include "core/Inspection.h"
#include "core/Registry.h"
#include "storage/Database.h"
#include "storage/PasswordHasher.h"
#include "storage/SiteRepository.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace sitegov;

namespace {

const char* const kDepartments[] = {"发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局",
    "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局",
    "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局",
    "统计局", "医疗保障局", "林业局", "体育局", "信访局", "数据管理局"};
const char* const kLabels[] = {"fgw", "jyj", "kjj", "gxj", "gaj", "mzj", "sfj", "czj", "rsj", "zrzyj", "sthjj", "zjj",
    "jtj", "slj", "nyncj", "swj", "whlyj", "wjw", "tyjrj", "yjj", "sjj", "scjgj", "tjj", "ybj", "lyj", "tyj", "xfj", "sjglj"};

struct Generator
{
    QSqlDatabase& db;
    QRandomGenerator rng;
    int sites = 0;
    int target = 0;
    qint64 nextOrg = 1;
    QString now = Sql::nowUtc();
    QSqlQuery orgInsert;
    QSqlQuery siteInsert;
    QSqlQuery personInsert;
    QSqlQuery assignInsert;
    QTextStream* csv = nullptr;
    QTextStream* orgCsv = nullptr;
    QHash<QString, int> serials;
    qint64 nextPerson = 1;

    Generator(QSqlDatabase& d, quint32 seed, int n)
        : db(d)
        , rng(seed)
        , target(n)
        , orgInsert(d)
        , siteInsert(d)
        , personInsert(d)
        , assignInsert(d)
    {
        orgInsert.prepare(QStringLiteral("INSERT INTO organisations (id, parent_id, name, level, kind, division_code, "
                                         "domain_label, active, city_org_id, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                         "?, ?, ?, 1, ?, ?, ?)"));
        siteInsert.prepare(QStringLiteral("INSERT INTO sites (code, name, url, domain, kind, status, platform, host_org_id, "
                                          "operator_name, icp_filing, psb_filing, opened_on, closed_on, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        personInsert.prepare(QStringLiteral("INSERT INTO persons (id, name, org_id, title, phone, active, created_at, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"));
        assignInsert.prepare(QStringLiteral("INSERT INTO assignments (site_id, person_id, role, start_on, created_at) "
                                            "VALUES (?, ?, ?, ?, ?)"));
    }

    bool done() const { return sites >= target; }

    qint64 org(qint64 parent, const QString& name, const char* level, const char* kind, const QString& division,
        const QString& label, qint64 city, const QString& parentName)
    {
        const qint64 id = nextOrg++;
        orgInsert.addBindValue(id);
        orgInsert.addBindValue(parent == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(parent));
        orgInsert.addBindValue(name);
        orgInsert.addBindValue(QString::fromLatin1(level));
        orgInsert.addBindValue(QString::fromLatin1(kind));
        orgInsert.addBindValue(division);
        orgInsert.addBindValue(label);
        orgInsert.addBindValue(city == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(city == -1 ? id : city));
        orgInsert.addBindValue(now);
        orgInsert.addBindValue(now);
        if (!orgInsert.exec())
            qFatal("unit: %s", qPrintable(orgInsert.lastError().text()));
        if (orgCsv) {
            *orgCsv << name << u',' << parentName << u',' << QLatin1String(level) << u',' << QLatin1String(kind) << u','
                    << division << u',' << label << QStringLiteral(",1\n");
        }
        return id;
    }

    bool unitsOnly = false;

    void site(qint64 host, const QString& unitName, const QString& division, const QString& domain, const char* kind)
    {
        if (done())
            return;
        if (unitsOnly) {
            ++sites; // counts the units that would host a site, so that the tree has the same size
            return;
        }
        const int serial = ++serials[division];
        const QString code = division + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
        const int r = int(rng.bounded(100));
        const char* status = r < 70 ? "operating" : r < 80 ? "migrating" : r < 95 ? "closed" : "planned";
        const char* platform = rng.bounded(100) < 60 ? "unified" : "standalone";
        const QString name = unitName + QStringLiteral("网站");
        const QDate opened = QDate(2000, 1, 1).addDays(rng.bounded(6000));
        const QString openedText = qstrcmp(status, "planned") == 0 ? QString() : opened.toString(Qt::ISODate);
        const QString closedText = qstrcmp(status, "closed") == 0 ? opened.addDays(365 + rng.bounded(2000)).toString(Qt::ISODate)
                                                                 : QString();
        const QString icp = QStringLiteral("京ICP备%1号").arg(10000000 + rng.bounded(89999999));
        const QString psb = QStringLiteral("京公网安备 %1号").arg(division + QString::number(10000000 + rng.bounded(89999999)));
        const QString url = QStringLiteral("https://%1/").arg(domain);
        siteInsert.addBindValue(code);
        siteInsert.addBindValue(name);
        siteInsert.addBindValue(url);
        siteInsert.addBindValue(domain);
        siteInsert.addBindValue(QString::fromLatin1(kind));
        siteInsert.addBindValue(QString::fromLatin1(status));
        siteInsert.addBindValue(QString::fromLatin1(platform));
        siteInsert.addBindValue(host);
        siteInsert.addBindValue(QStringLiteral("信息中心"));
        siteInsert.addBindValue(icp);
        siteInsert.addBindValue(psb);
        siteInsert.addBindValue(openedText.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(openedText));
        siteInsert.addBindValue(closedText.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(closedText));
        siteInsert.addBindValue(now);
        siteInsert.addBindValue(now);
        if (!siteInsert.exec())
            qFatal("site: %s", qPrintable(siteInsert.lastError().text()));
        const qint64 siteId = siteInsert.lastInsertId().toLongLong();
        ++sites;
        if (csv) {
            *csv << code << u',' << name << u',' << url << u',' << domain << u',' << QLatin1String(kind) << u','
                 << QLatin1String(status) << u',' << QLatin1String(platform) << u',' << unitName << QStringLiteral(",,信息中心,")
                 << icp << u',' << psb << u',' << openedText << u',' << closedText << QStringLiteral(",\n");
        }
        // Responsible persons for the open sites; a few gaps for the flags.
        if (qstrcmp(status, "operating") == 0 || qstrcmp(status, "migrating") == 0) {
            const char* roles[] = {"first_responsible", "security", "caretaker"};
            for (const char* role : roles) {
                if (rng.bounded(100) < 6)
                    continue;
                const qint64 person = nextPerson++;
                personInsert.addBindValue(person);
                personInsert.addBindValue(QStringLiteral("人员%1").arg(person));
                personInsert.addBindValue(host);
                personInsert.addBindValue(QString::fromLatin1(role));
                personInsert.addBindValue(QStringLiteral("138%1").arg(person, 8, 10, QLatin1Char('0')));
                personInsert.addBindValue(now);
                personInsert.addBindValue(now);
                if (!personInsert.exec())
                    qFatal("person: %s", qPrintable(personInsert.lastError().text()));
                assignInsert.addBindValue(siteId);
                assignInsert.addBindValue(person);
                assignInsert.addBindValue(QString::fromLatin1(role));
                assignInsert.addBindValue(opened.toString(Qt::ISODate));
                assignInsert.addBindValue(now);
                if (!assignInsert.exec())
                    qFatal("assignment: %s", qPrintable(assignInsert.lastError().text()));
            }
        }
    }

    // Provinces 11..65, cities 01..20, counties 01..40, departments under each government.
    void run()
    {
        for (int p = 11; p <= 99 && !done(); ++p) {
            const QString pCode = QStringLiteral("%1000000").arg(p).left(6);
            const QString pName = QStringLiteral("第%1省").arg(p);
            const QString pLabel = QStringLiteral("p%1").arg(p);
            const qint64 province = org(0, pName + QStringLiteral("人民政府"), "province", "government", pCode, pLabel, 0, {});
            site(province, pName + QStringLiteral("人民政府"), pCode, QStringLiteral("www.%1.gov.cn").arg(pLabel), "portal");
            for (int d = 0; d < 28 && !done(); ++d) {
                const QString dName = pName + QString::fromUtf8(kDepartments[d]);
                const qint64 dep = org(province, dName, "province", "department", pCode, QString::fromLatin1(kLabels[d]), 0,
                    pName + QStringLiteral("人民政府"));
                site(dep, dName, pCode, QStringLiteral("%1.%2.gov.cn").arg(QLatin1String(kLabels[d]), pLabel), "department");
            }
            for (int c = 1; c <= 20 && !done(); ++c) {
                const QString cCode = QStringLiteral("%1%2").arg(p).arg(c, 2, 10, QLatin1Char('0')) + QStringLiteral("00");
                const QString cName = pName + QStringLiteral("第%1市").arg(c);
                const QString cLabel = QStringLiteral("p%1c%2").arg(p).arg(c);
                const qint64 city = org(province, cName + QStringLiteral("人民政府"), "city", "government", cCode, cLabel, -1,
                    pName + QStringLiteral("人民政府"));
                site(city, cName + QStringLiteral("人民政府"), cCode, QStringLiteral("www.%1.gov.cn").arg(cLabel), "portal");
                for (int d = 0; d < 20 && !done(); ++d) {
                    const QString dName = cName + QString::fromUtf8(kDepartments[d]);
                    const qint64 dep = org(city, dName, "city", "department", cCode, QString::fromLatin1(kLabels[d]), city,
                        cName + QStringLiteral("人民政府"));
                    site(dep, dName, cCode, QStringLiteral("%1.%2.gov.cn").arg(QLatin1String(kLabels[d]), cLabel), "department");
                }
                for (int k = 1; k <= 40 && !done(); ++k) {
                    const QString kCode = cCode.left(4) + QStringLiteral("%1").arg(k, 2, 10, QLatin1Char('0'));
                    const QString kName = cName + QStringLiteral("第%1县").arg(k);
                    const QString kLabel = QStringLiteral("p%1c%2k%3").arg(p).arg(c).arg(k);
                    const qint64 county = org(city, kName + QStringLiteral("人民政府"), "county", "government", kCode, kLabel,
                        city, cName + QStringLiteral("人民政府"));
                    site(county, kName + QStringLiteral("人民政府"), kCode, QStringLiteral("www.%1.gov.cn").arg(kLabel), "portal");
                    // A few county departments still run sites: flagged for consolidation.
                    for (int d = 0; d < 3 && !done(); ++d) {
                        const QString dName = kName + QString::fromUtf8(kDepartments[d]);
                        const qint64 dep = org(county, dName, "county", "department", kCode, QString::fromLatin1(kLabels[d]),
                            city, kName + QStringLiteral("人民政府"));
                        site(dep, dName, kCode, QStringLiteral("%1.%2.gov.cn").arg(QLatin1String(kLabels[d]), kLabel),
                            "department");
                    }
                }
            }
        }
    }
};

// Inspections, rectifications and weekly reviews, inserted through the schema's triggers (coverage
// roll-ups) as the services would leave them.
bool generateInspections(QSqlDatabase& db, qint64 count, quint32 seed)
{
    if (count <= 0)
        return true;
    QRandomGenerator rng(seed ^ 0x1a5bu);
    QSqlQuery q(db);
    const QString now = Sql::nowUtc();
    if (!q.exec(QStringLiteral("INSERT INTO checklist_versions (created_at, created_by, items_json) VALUES ('%1', 'bench', "
                               "'[]')")
                    .arg(now)))
        return false;
    const qint64 checklist = q.lastInsertId().toLongLong();
    QList<std::pair<qint64, qint64>> running; // site, host unit
    if (!q.exec(QStringLiteral("SELECT id, host_org_id FROM sites WHERE status IN ('operating', 'migrating') ORDER BY id")))
        return false;
    while (q.next())
        running.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    if (running.isEmpty())
        return true;
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO inspections (site_id, day, inspector, checklist_id, results, failed, created_at, "
                               "updated_at) VALUES (?, ?, 'bench', ?, ?, ?, ?, ?)"));
    QSqlQuery fail(db);
    fail.prepare(QStringLiteral("INSERT INTO inspection_failures (inspection_id, item_key, site_id, day) VALUES (?, "
                                "'homepage_updated', ?, ?)"));
    QSqlQuery rect(db);
    rect.prepare(QStringLiteral("INSERT INTO rectifications (site_id, unit_id, source, inspection_id, item_key, problem, "
                                "opened_on, deadline, status, opened_by, updated_at) VALUES (?, ?, 'inspection', ?, "
                                "'homepage_updated', '首页两周未更新', ?, ?, ?, 'bench', ?)"));
    const QDate today = OfficeClock::today(); // the office's day, as the dashboard counts it
    qint64 made = 0;
    for (int d = 0; made < count; ++d) {
        const QDate day = today.addDays(-d);
        const QString dayText = day.toString(Qt::ISODate);
        for (const auto& [site, unit] : std::as_const(running)) {
            if (made >= count)
                break;
            if (d == 0 && rng.bounded(10) >= 6)
                continue; // today is under way
            const bool failed = rng.bounded(20) == 0;
            ins.addBindValue(site);
            ins.addBindValue(dayText);
            ins.addBindValue(checklist);
            ins.addBindValue(Sql::text(failed ? QStringLiteral("{\"homepage_updated\":\"fail\"}") : QString()));
            ins.addBindValue(failed ? 1 : 0);
            ins.addBindValue(now);
            ins.addBindValue(now);
            if (!ins.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(ins.lastError().text()));
                return false;
            }
            ++made;
            if (!failed)
                continue;
            const qint64 inspection = ins.lastInsertId().toLongLong();
            fail.addBindValue(inspection);
            fail.addBindValue(site);
            fail.addBindValue(dayText);
            if (!fail.exec())
                return false;
            if (d < 60 && rng.bounded(4) == 0) {
                rect.addBindValue(site);
                rect.addBindValue(unit);
                rect.addBindValue(inspection);
                rect.addBindValue(dayText);
                rect.addBindValue(day.addDays(15).toString(Qt::ISODate));
                rect.addBindValue(d > 30 ? QStringLiteral("closed") : QStringLiteral("open"));
                rect.addBindValue(now);
                if (!rect.exec())
                    return false;
            }
        }
    }
    // Half of the units that owe one signed last week's review.
    const QString week = IsoWeek::of(today).previous().key();
    return q.exec(QStringLiteral("INSERT INTO weekly_reviews (unit_id, week, author, facts_json, status, signed_at, signed_by, "
                                 "created_at, updated_at) SELECT DISTINCT host_org_id, '%1', 'bench', '{}', 'signed', '%2', "
                                 "'bench', '%2', '%2' FROM sites WHERE status = 'operating' AND host_org_id % 2 = 0")
                      .arg(week, now));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates a deterministic benchmark database."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database to create (replaced)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("sites"), QStringLiteral("Number of sites (default 100000)."), QStringLiteral("N"),
        QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("sites-csv"), QStringLiteral("Also write the sites as CSV."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("units-csv"), QStringLiteral("Also write the units as CSV."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("inspections"), QStringLiteral("Number of inspection records."), QStringLiteral("M"),
        QStringLiteral("0")});
    parser.addOption({QStringLiteral("units-only"), QStringLiteral("Write the units but no sites (for the import benchmark).")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty()) {
        std::fprintf(stderr, "--database is required\n");
        return 2;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    QSqlDatabase& c = (*db)->connection();
    QSqlQuery(c).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    Transaction tx(c);
    Generator g(c, parser.value(QStringLiteral("seed")).toUInt(), parser.value(QStringLiteral("sites")).toInt());
    g.unitsOnly = parser.isSet(QStringLiteral("units-only"));
    QFile csvFile;
    QTextStream csv;
    if (parser.isSet(QStringLiteral("sites-csv"))) {
        csvFile.setFileName(parser.value(QStringLiteral("sites-csv")));
        if (!csvFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        csv.setDevice(&csvFile);
        csv << "code,name,url,domain,kind,status,platform,host_unit,supervisor_unit,operator,icp_filing,psb_filing,"
               "opened_on,closed_on,notes\n";
        g.csv = &csv;
    }
    QFile orgFile;
    QTextStream orgCsv;
    if (parser.isSet(QStringLiteral("units-csv"))) {
        orgFile.setFileName(parser.value(QStringLiteral("units-csv")));
        if (!orgFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        orgCsv.setDevice(&orgFile);
        orgCsv << "name,parent,level,kind,division_code,domain_label,active\n";
        g.orgCsv = &orgCsv;
    }
    g.run();
    const qint64 inspections = parser.value(QStringLiteral("inspections")).toLongLong();
    if (!generateInspections(c, inspections, parser.value(QStringLiteral("seed")).toUInt())) {
        std::fprintf(stderr, "the inspections could not be generated\n");
        return 1;
    }
    if (const Status s = SiteRepository(c).refreshFlags(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    const auto hash = PasswordHasher::hash(QStringLiteral("sitegov-bench"));
    QSqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO accounts (username, display_name, org_id, password_hash, created_at, updated_at) "
                             "VALUES ('bench', '基准测试', 1, ?, ?, ?)"));
    q.addBindValue(*hash);
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(Sql::nowUtc());
    q.exec();
    q.exec(QStringLiteral("INSERT INTO account_roles (account_id, role) SELECT id, r FROM accounts, (SELECT 'administrator' "
                          "AS r UNION ALL SELECT 'director') WHERE username = 'bench'"));
    if (const Status s = tx.commit(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    QSqlQuery(c).exec(QStringLiteral("ANALYZE"));
    std::printf("%d sites, %lld units, %lld persons, %lld inspections in %.1f s\n", g.sites, g.nextOrg - 1,
        g.nextPerson - 1, inspections, timer.elapsed() / 1000.0);
    return 0;
}
