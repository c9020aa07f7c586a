// sitegov-benchdata: a deterministic national-scale database for the benchmarks: units in a
// province/city/county tree with departments, one site per unit (100,000 by default), responsible
// persons and assignments, and an account to log in with. Optionally writes the sites as CSV (and a
// database holding only the units) for the import benchmark.
//
// With --inspections M it adds M daily inspections of the running sites, ending today (about half of
// today's are done), with failures, the rectification items they opened in every state, and the
// coverage roll-up. An inspector account, "bench-inspector", takes care of 40 sites ("Today").
// The bulk load writes with prepared statements through SQLite's own interface in big
// transactions, with the inspection tables' indexes and triggers dropped and recreated afterwards;
// coverage_daily is counted in memory and written in key order.
//
// With --login USER (password in SITEGOV_PASSWORD) it generates nothing: it times the login the
// console's cold start makes on the existing database (AccountService::authenticate: the account's
// row and the argon2id verification at the cost the security settings ask for) and prints
// "console: login (argon2id verification)<TAB>median ms" of --repeat runs.
#include "core/Checklist.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PasswordHasher.h"
#include "storage/SiteRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sitegov;

namespace {

const char* const kDepartments[] = {"发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局",
    "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局",
    "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局",
    "统计局", "医疗保障局", "林业局", "体育局", "信访局", "数据管理局"};
const char* const kLabels[] = {"fgw", "jyj", "kjj", "gxj", "gaj", "mzj", "sfj", "czj", "rsj", "zrzyj", "sthjj", "zjj",
    "jtj", "slj", "nyncj", "swj", "whlyj", "wjw", "tyjrj", "yjj", "sjj", "scjgj", "tjj", "ybj", "lyj", "tyj", "xfj", "sjglj"};

struct SiteInfo
{
    qint64 id = 0;
    qint64 host = 0;
    QString inspector; // who inspects it daily
    bool bench = false; // one of bench-inspector's sites
};

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
    std::vector<qint64> parents{0}; // by unit id
    std::vector<SiteInfo> running;  // the sites inspected daily
    qint64 currentCity = 0;
    qint64 benchCity = 0;
    qint64 benchPerson = 0; // bench-inspector's person (caretaker of kBenchSites sites)
    int benchSites = 0;
    static constexpr int kBenchSites = 40;

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
        parents.push_back(parent);
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
            SiteInfo info{siteId, host, QStringLiteral("巡查员%1").arg(siteId), false};
            const char* roles[] = {"first_responsible", "security", "caretaker"};
            for (const char* role : roles) {
                const bool caretaker = qstrcmp(role, "caretaker") == 0;
                if (caretaker && benchPerson != 0 && currentCity == benchCity && benchSites < kBenchSites) {
                    // bench-inspector's own sites, in the first city.
                    ++benchSites;
                    info.inspector = QStringLiteral("bench-inspector");
                    info.bench = true;
                    assignInsert.addBindValue(siteId);
                    assignInsert.addBindValue(benchPerson);
                    assignInsert.addBindValue(QString::fromLatin1(role));
                    assignInsert.addBindValue(opened.toString(Qt::ISODate));
                    assignInsert.addBindValue(now);
                    if (!assignInsert.exec())
                        qFatal("assignment: %s", qPrintable(assignInsert.lastError().text()));
                    continue;
                }
                if (rng.bounded(100) < 6)
                    continue;
                const qint64 person = nextPerson++;
                if (caretaker)
                    info.inspector = QStringLiteral("人员%1").arg(person);
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
            running.push_back(info);
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
            currentCity = 0;
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
                currentCity = city;
                if (benchCity == 0 && !unitsOnly) {
                    // bench-inspector: a person of the first city, linked to an account made later.
                    benchCity = city;
                    benchPerson = nextPerson++;
                    personInsert.addBindValue(benchPerson);
                    personInsert.addBindValue(QStringLiteral("基准巡查员"));
                    personInsert.addBindValue(city);
                    personInsert.addBindValue(QStringLiteral("巡查员"));
                    personInsert.addBindValue(QStringLiteral("13900000000"));
                    personInsert.addBindValue(now);
                    personInsert.addBindValue(now);
                    if (!personInsert.exec())
                        qFatal("person: %s", qPrintable(personInsert.lastError().text()));
                }
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


// Raw SQLite for the bulk load: the same connection as Qt's, a tenth of the per-row cost.
sqlite3* handleOf(QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        qFatal("not an SQLite connection");
    return *static_cast<sqlite3* const*>(v.constData());
}

void execRaw(sqlite3* h, const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("%s: %s", message ? message : "?", qPrintable(sql.left(200)));
}

class Statement
{
public:
    Statement(sqlite3* h, const char* sql)
    {
        if (sqlite3_prepare_v3(h, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sqlite3_errmsg(h), sql);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& bind(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    Statement& bind(int i, const QByteArray& v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    void run()
    {
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            qFatal("%s", sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        sqlite3_reset(m_stmt);
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

// M inspections of the running sites over the days up to today, failures, rectification items and
// the coverage roll-up.
struct InspectionLoader
{
    sqlite3* h;
    const Generator& g;
    QRandomGenerator rng;
    Checklist checklist;
    QDate today;
    qint64 benchAccount = 0;

    qint64 inspections = 0;
    qint64 failures = 0;
    qint64 rectifications = 0;
    qint64 overdue = 0;
    int days = 0;

    struct Saved
    {
        QString name;
        QString sql;
    };

    void run(qint64 target)
    {
        const qint64 sites = qint64(g.running.size());
        if (sites == 0 || target <= 0)
            return;
        // About half of today's inspections are done; the days before reach ~92% coverage.
        const qint64 todayTarget = qMin(target, sites / 2);
        const qint64 pastTarget = target - todayTarget;
        const int pastDays = pastTarget > 0 ? int(qMin<qint64>(3650, (pastTarget + qint64(sites * 0.92) - 1) / qint64(sites * 0.92))) : 0;
        const double pastRate = pastDays > 0 ? qMin(1.0, double(pastTarget) / (double(sites) * pastDays)) : 0.0;
        days = pastDays + 1;
        const QDate first = today.addDays(-pastDays);

        execRaw(h, QStringLiteral("PRAGMA journal_mode = OFF"));
        execRaw(h, QStringLiteral("PRAGMA synchronous = OFF"));
        execRaw(h, QStringLiteral("PRAGMA cache_size = -1048576"));
        execRaw(h, QStringLiteral("PRAGMA temp_store = MEMORY"));
        // The indexes and triggers of the tables loaded here go, and come back after the load.
        QList<Saved> saved;
        {
            sqlite3_stmt* q = nullptr;
            sqlite3_prepare_v2(h, "SELECT name, sql, type FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT "
                                  "NULL AND tbl_name IN ('inspections', 'inspection_failures', 'rectifications', "
                                  "'rectification_events', 'coverage_daily') ORDER BY type, name",
                -1, &q, nullptr);
            while (sqlite3_step(q) == SQLITE_ROW) {
                saved << Saved{QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0))),
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 1)))};
                const bool trigger = qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(q, 2)), "trigger") == 0;
                saved.last().name.prepend(trigger ? QStringLiteral("DROP TRIGGER ") : QStringLiteral("DROP INDEX "));
            }
            sqlite3_finalize(q);
        }
        for (const Saved& s : saved)
            execRaw(h, s.name);

        execRaw(h, QStringLiteral("BEGIN"));
        {
            Statement version(h, "INSERT INTO checklist_versions (id, created_at, created_by, items_json) VALUES (1, ?, 'bench', ?)");
            version.bind(1, g.now.toUtf8()).bind(2, checklist.toJson()).run();
        }
        Statement insert(h, "INSERT INTO inspections (id, site_id, day, inspector, account_id, checklist_id, results, failed, "
                            "note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, '', ?, ?)");
        Statement failure(h, "INSERT INTO inspection_failures (inspection_id, item_key, site_id, day, note) VALUES (?, ?, ?, ?, ?)");
        Statement rect(h, "INSERT INTO rectifications (id, site_id, unit_id, source, inspection_id, item_key, problem, opened_on, "
                          "deadline, status, opened_by, fixed_on, fixed_by, rechecked_on, rechecked_by, closed_on, closed_by, "
                          "updated_at) VALUES (?, ?, ?, 'inspection', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement event(h, "INSERT INTO rectification_events (rectification_id, at, account_name, action, from_status, "
                           "to_status, note) VALUES (?, ?, ?, 'open', NULL, 'open', ?)");

        // Per unit and day: sites inspected (one inspector per site and day here).
        const int orgs = int(g.parents.size());
        std::vector<quint32> covered(size_t(orgs) * size_t(days), 0);
        QList<QByteArray> inspectorNames;
        inspectorNames.reserve(int(sites));
        for (const SiteInfo& s : g.running)
            inspectorNames << s.inspector.toUtf8();
        QList<QByteArray> keys;
        for (const ChecklistItem& item : checklist.items)
            keys << item.key.toUtf8();
        const QByteArray naKey = keys.size() > 7 ? keys.at(7) : keys.constLast();
        const QByteArray stamp = g.now.toUtf8();
        const QByteArray benchName = QByteArrayLiteral("bench-inspector");
        qint64 id = 0;
        for (int d = 0; d < days && id < target; ++d) {
            const QDate day = first.addDays(d);
            const QByteArray dayText = day.toString(Qt::ISODate).toUtf8();
            const bool isToday = d == days - 1;
            const double rate = isToday ? 0.5 : pastRate;
            const qint64 dayLimit = isToday ? target : qMin(target, qint64(pastTarget));
            for (qint64 i = 0; i < sites && id < dayLimit; ++i) {
                const SiteInfo& site = g.running[size_t(i)];
                if (rng.generateDouble() >= rate)
                    continue;
                ++id;
                // 4% of inspections fail an item, 1% two; 5% mark one item not applicable.
                const int roll = int(rng.bounded(1000));
                const int failedItems = roll < 10 ? 2 : roll < 50 ? 1 : 0;
                const bool na = rng.bounded(100) < 5;
                QList<int> failedIdx;
                while (failedIdx.size() < failedItems) {
                    const int k = int(rng.bounded(quint32(keys.size())));
                    if (!failedIdx.contains(k) && keys.at(k) != naKey)
                        failedIdx << k;
                }
                std::sort(failedIdx.begin(), failedIdx.end());
                QByteArray results;
                if (failedItems > 0 || na) {
                    // As InspectionRules::encode writes it: keys in order, only what did not pass plainly.
                    QList<std::pair<QByteArray, QByteArray>> entries;
                    for (int k : failedIdx)
                        entries << std::pair{keys.at(k), QByteArrayLiteral("{\"n\":\"") + kProblem + QByteArrayLiteral("\",\"r\":\"fail\"}")};
                    if (na)
                        entries << std::pair{naKey, QByteArrayLiteral("{\"r\":\"na\"}")};
                    std::sort(entries.begin(), entries.end());
                    results = "{";
                    for (int e = 0; e < entries.size(); ++e)
                        results += (e ? "," : "") + QByteArrayLiteral("\"") + entries.at(e).first + "\":" + entries.at(e).second;
                    results += "}";
                }
                insert.bind(1, id).bind(2, site.id).bind(3, dayText).bind(4, inspectorNames.at(int(i)));
                if (site.bench)
                    insert.bind(5, benchAccount);
                else
                    insert.null(5);
                insert.bind(6, results).bind(7, failedItems).bind(8, stamp).bind(9, stamp).run();
                ++inspections;
                ++covered[size_t(site.host) * size_t(days) + size_t(d)];
                for (int k : failedIdx) {
                    ++failures;
                    failure.bind(1, id).bind(2, keys.at(k)).bind(3, site.id).bind(4, dayText).bind(5, kProblem).run();
                    openRectification(rect, event, site, id, k, day, inspectorNames.at(int(i)));
                }
                if (id % 1000000 == 0) {
                    execRaw(h, QStringLiteral("COMMIT"));
                    execRaw(h, QStringLiteral("BEGIN"));
                    std::fprintf(stderr, "%lld inspections\n", id);
                }
            }
        }
        Q_UNUSED(benchName);
        // Roll each unit's counts up the tree: children have larger ids than their parents.
        for (int o = orgs - 1; o >= 1; --o) {
            const qint64 parent = g.parents[size_t(o)];
            if (parent <= 0)
                continue;
            for (int d = 0; d < days; ++d)
                covered[size_t(parent) * size_t(days) + size_t(d)] += covered[size_t(o) * size_t(days) + size_t(d)];
        }
        {
            Statement cov(h, "INSERT INTO coverage_daily (org_id, day, inspected) VALUES (?, ?, ?)");
            QList<QByteArray> dayTexts;
            for (int d = 0; d < days; ++d)
                dayTexts << first.addDays(d).toString(Qt::ISODate).toUtf8();
            for (int o = 1; o < orgs; ++o) {
                for (int d = 0; d < days; ++d) {
                    const quint32 n = covered[size_t(o) * size_t(days) + size_t(d)];
                    if (n > 0)
                        cov.bind(1, o).bind(2, dayTexts.at(d)).bind(3, qint64(n)).run();
                }
            }
        }
        execRaw(h, QStringLiteral("COMMIT"));
        for (const Saved& s : saved)
            execRaw(h, s.sql);
        execRaw(h, QStringLiteral("PRAGMA journal_mode = WAL"));
    }

    static constexpr const char* kProblem = "首页栏目超过两周未更新";

    void openRectification(Statement& rect, Statement& event, const SiteInfo& site, qint64 inspectionId, int k,
        const QDate& day, const QByteArray& by)
    {
        const qint64 id = ++rectifications;
        const QDate deadline = day.addDays(checklist.items.at(k).deadlineDays);
        const qint64 age = day.daysTo(today);
        // Old items are mostly closed; recent ones open or reported fixed; a few are left overdue.
        const int r = int(rng.bounded(100));
        const char* status = age > 20       ? (r < 70 ? "closed" : r < 90 ? "rechecked" : r < 97 ? "fixed" : "open")
            : deadline < today ? (r < 15 ? "open" : r < 60 ? "fixed" : "rechecked")
                               : (r < 60 ? "open" : r < 90 ? "fixed" : "rechecked");
        const QByteArray dayText = day.toString(Qt::ISODate).toUtf8();
        const QByteArray deadlineText = deadline.toString(Qt::ISODate).toUtf8();
        const QDate fixedOn = day.addDays(qMin<qint64>(age, 1 + rng.bounded(quint32(checklist.items.at(k).deadlineDays))));
        const QDate recheckedOn = fixedOn.addDays(qMin<qint64>(fixedOn.daysTo(today), 1));
        const QDate closedOn = recheckedOn.addDays(qMin<qint64>(recheckedOn.daysTo(today), 2));
        const bool fixed = qstrcmp(status, "open") != 0;
        const bool rechecked = qstrcmp(status, "rechecked") == 0 || qstrcmp(status, "closed") == 0;
        const bool closed = qstrcmp(status, "closed") == 0;
        if (!fixed && deadline < today)
            ++overdue;
        rect.bind(1, id).bind(2, site.id).bind(3, site.host).bind(4, inspectionId).bind(5, checklist.items.at(k).key.toUtf8());
        rect.bind(6, QByteArray(kProblem)).bind(7, dayText).bind(8, deadlineText).bind(9, QByteArray(status)).bind(10, by);
        if (fixed)
            rect.bind(11, fixedOn.toString(Qt::ISODate).toUtf8()).bind(12, QByteArrayLiteral("信息中心"));
        else
            rect.null(11).null(12);
        if (rechecked)
            rect.bind(13, recheckedOn.toString(Qt::ISODate).toUtf8()).bind(14, by);
        else
            rect.null(13).null(14);
        if (closed)
            rect.bind(15, closedOn.toString(Qt::ISODate).toUtf8()).bind(16, by);
        else
            rect.null(15).null(16);
        rect.bind(17, g.now.toUtf8()).run();
        event.bind(1, id).bind(2, g.now.toUtf8()).bind(3, by).bind(4, QByteArray(kProblem) + " (" + deadlineText + ')').run();
    }
};

int login(const QString& path, const QString& user, int repeat)
{
    auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    const QString password = qEnvironmentVariable("SITEGOV_PASSWORD");
    QList<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto session = AccountService((*db)->connection()).authenticate(user, password);
        times << double(timer.nsecsElapsed()) / 1e6;
        if (!session) {
            std::fprintf(stderr, "%s\n", qPrintable(session.error().fullText()));
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("console: login (argon2id verification)\t%.2f\n", times.at(times.size() / 2));
    return 0;
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
    parser.addOption({QStringLiteral("login"), QStringLiteral("Only time the login of USER on the existing database."),
        QStringLiteral("USER")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("With --login: runs."), QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty()) {
        std::fprintf(stderr, "--database is required\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("login")))
        return login(path, parser.value(QStringLiteral("login")), qMax(1, parser.value(QStringLiteral("repeat")).toInt()));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    auto db = ConsoleDatabase::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    QSqlDatabase& c = (*db)->connection();
    QSqlQuery(c).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    Transaction tx(c);
    if (!tx.isActive()) {
        std::fprintf(stderr, "%s\n", qPrintable(tx.beginError().fullText()));
        return 1;
    }
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
    {
        SiteSearchDeferral search(c); // the sites' search index in one go, as an import does
        if (!search.beginError().message.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(search.beginError().fullText()));
            return 1;
        }
        g.run();
        if (const Status s = search.finish(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
            return 1;
        }
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
    qint64 benchAccount = 0;
    if (g.benchPerson != 0) {
        // The inspector of "Today": caretaker of 40 sites of the first city.
        q.prepare(QStringLiteral("INSERT INTO accounts (username, display_name, org_id, password_hash, created_at, updated_at) "
                                 "VALUES ('bench-inspector', '基准巡查员', ?, ?, ?, ?)"));
        q.addBindValue(g.benchCity);
        q.addBindValue(*hash);
        q.addBindValue(Sql::nowUtc());
        q.addBindValue(Sql::nowUtc());
        if (!q.exec())
            qFatal("account: %s", qPrintable(q.lastError().text()));
        benchAccount = q.lastInsertId().toLongLong();
        q.exec(QStringLiteral("INSERT INTO account_roles (account_id, role) SELECT id, 'inspector' FROM accounts WHERE "
                              "username = 'bench-inspector'"));
        q.prepare(QStringLiteral("UPDATE persons SET account_id = ? WHERE id = ?"));
        q.addBindValue(benchAccount);
        q.addBindValue(g.benchPerson);
        if (!q.exec())
            qFatal("person: %s", qPrintable(q.lastError().text()));
    }
    if (const Status s = tx.commit(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    const double registrySeconds = timer.elapsed() / 1000.0;
    const qint64 wanted = parser.value(QStringLiteral("inspections")).toLongLong();
    QString inspectionsText;
    if (wanted > 0 && !g.unitsOnly) {
        const auto checklist = Checklist::builtin();
        if (!checklist) {
            std::fprintf(stderr, "%s\n", qPrintable(checklist.error().fullText()));
            return 1;
        }
        InspectionLoader loader{handleOf(c), g, QRandomGenerator(parser.value(QStringLiteral("seed")).toUInt() + 1), *checklist,
            OfficeClock::today(), benchAccount};
        loader.run(wanted);
        inspectionsText = QStringLiteral(", %1 inspections over %2 days, %3 failed items, %4 rectification items (%5 overdue)")
                              .arg(loader.inspections)
                              .arg(loader.days)
                              .arg(loader.failures)
                              .arg(loader.rectifications)
                              .arg(loader.overdue);
    }
    // Sampled statistics: the planner's figures without reading 10 million rows.
    QSqlQuery(c).exec(QStringLiteral("PRAGMA analysis_limit = 2000"));
    QSqlQuery(c).exec(QStringLiteral("ANALYZE"));
    std::printf("%d sites, %lld units, %lld persons%s in %.1f s (registry %.1f s)\n", g.sites, g.nextOrg - 1,
        g.nextPerson - 1, qPrintable(inspectionsText), timer.elapsed() / 1000.0, registrySeconds);
    return 0;
}
