#include "demo/DemoRegistry.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace sitegov {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// Draws the registry in the order the demo has always been built in: the same seed gives the same
// codes, statuses, platforms and dates.
class Planner final
{
public:
    explicit Planner(QRandomGenerator& rng)
        : m_rng(rng)
    {
    }

    DemoRegistry registry;

    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }

    int addUnit(int parent, const QString& name, AdminLevel level, OrgKind kind, const QString& division,
        const QString& label)
    {
        DemoUnit u;
        u.parent = parent;
        u.name = name;
        u.level = level;
        u.kind = kind;
        u.divisionCode = division;
        u.domainLabel = label;
        registry.units.append(u);
        return int(registry.units.size()) - 1;
    }

    void addSite(int host, int supervisor, const QString& division, const QString& name, const QString& domain,
        SiteKind kind, SiteStatus status, Platform platform, const QString& operatorName, int openedFrom,
        bool duplicate = false)
    {
        DemoSite d;
        Site& s = d.site;
        s.code = nextCode(division);
        s.name = name;
        s.domain = domain;
        s.url = QStringLiteral("https://") + domain + u'/';
        s.kind = kind;
        s.status = status;
        s.platform = platform;
        s.operatorName = operatorName;
        if (status != SiteStatus::Planned) {
            s.icpFiling = icp();
            s.psbFiling = psb(division);
            s.openedOn = dateBetween(openedFrom, 2015);
        }
        if (status == SiteStatus::Closed)
            s.closedOn = dateBetween(2016, 2017);
        d.host = host;
        d.supervisor = supervisor;
        d.afterUnit = int(registry.units.size()) - 1;
        d.duplicate = duplicate;
        registry.sites.append(d);
    }

    // Consolidation as the seed reports it: most city department sites and half the county
    // portals have moved onto the unified platforms; most sites of units that should not run one
    // have been closed.
    SiteStatus pickStatus(int closedPct, int migratingPct, int plannedPct = 0)
    {
        const int r = int(m_rng.bounded(100));
        if (r < closedPct)
            return SiteStatus::Closed;
        if (r < closedPct + migratingPct)
            return SiteStatus::Migrating;
        if (r < closedPct + migratingPct + plannedPct)
            return SiteStatus::Planned;
        return SiteStatus::Operating;
    }

private:
    QDate dateBetween(int fromYear, int toYear)
    {
        const QDate from(fromYear, 1, 1);
        const qint64 span = from.daysTo(QDate(toYear, 12, 31));
        return from.addDays(m_rng.bounded(span + 1));
    }

    QString nextCode(const QString& division)
    {
        const int serial = ++m_serials[division];
        return division + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
    }

    QString icp() { return QStringLiteral("闽ICP备%1号").arg(5000000 + m_rng.bounded(9000000)); }

    QString psb(const QString& division)
    {
        return QStringLiteral("闽公网安备 %1%2号")
            .arg(division.left(4) + QStringLiteral("02"))
            .arg(QStringLiteral("%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0')));
    }

    QRandomGenerator& m_rng;
    QHash<QString, int> m_serials; // division code -> last serial used
};

} // namespace

int DemoRegistry::governmentOf(const QString& divisionCode) const
{
    for (int i = 0; i < units.size(); ++i) {
        const DemoUnit& u = units.at(i);
        if (u.kind == OrgKind::Government && u.divisionCode == divisionCode && u.level != AdminLevel::Township)
            return i;
    }
    return -1;
}

Result<DemoRegistry> DemoRegistry::plan(QRandomGenerator& rng)
{
    QFile file(QStringLiteral(":/sitegov/demo/fujian.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The demo data resource is missing from this build."), file.errorString()};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return Error{tr("The demo data resource is damaged."), parseError.errorString()};
    const QJsonObject root = doc.object();

    Planner b(rng);
    const QJsonObject province = root.value(QLatin1String("province")).toObject();
    const QString provCode = str(province, "code");
    const QString provLabel = str(province, "domain");
    const QString provShort = str(province, "short");
    const int prov = b.addUnit(-1, str(province, "name"), AdminLevel::Province, OrgKind::Government, provCode, provLabel);
    const QString provOperator = QStringLiteral("福建省经济信息中心");
    b.addSite(prov, prov, provCode, QStringLiteral("中国福建"), QStringLiteral("www.%1.gov.cn").arg(provLabel),
        SiteKind::Portal, SiteStatus::Operating, Platform::Unified, provOperator, 2001);

    const QJsonArray provDepts = root.value(QLatin1String("provinceDepartments")).toArray();
    for (const QJsonValue& v : provDepts) {
        const QJsonObject d = v.toObject();
        const QString name = provShort + str(d, "name");
        const int unit = b.addUnit(prov, name, AdminLevel::Province, OrgKind::Department, provCode, str(d, "label"));
        const SiteStatus status = b.pickStatus(6, 8);
        const Platform platform = b.chance(85) ? Platform::Unified : Platform::Standalone;
        b.addSite(unit, prov, provCode, name + QStringLiteral("网站"),
            QStringLiteral("%1.%2.gov.cn").arg(str(d, "label"), provLabel), SiteKind::Department, status, platform,
            provOperator, 2003);
    }

    const QJsonArray cityDepts = root.value(QLatin1String("cityDepartments")).toArray();
    const QJsonArray countyDepts = root.value(QLatin1String("countyDepartments")).toArray();
    const QJsonObject townships = root.value(QLatin1String("townships")).toObject();
    const QJsonArray cities = root.value(QLatin1String("cities")).toArray();
    for (const QJsonValue& cv : cities) {
        const QJsonObject city = cv.toObject();
        const QString cityName = str(city, "name");
        const QString cityCode = str(city, "code");
        const QString cityLabel = str(city, "domain");
        b.registry.cities.append(City{cityName, cityCode, str(city, "pinyin")});
        const QString governmentName = cityName.endsWith(QStringLiteral("实验区"))
            ? cityName + QStringLiteral("管理委员会")
            : cityName + QStringLiteral("人民政府");
        const int cityUnit = b.addUnit(prov, governmentName, AdminLevel::City, OrgKind::Government, cityCode, cityLabel);
        const QString cityOperator = cityName + QStringLiteral("信息中心");
        const QString portalName = cityName.endsWith(QStringLiteral("实验区"))
            ? QStringLiteral("平潭综合实验区门户网站")
            : QStringLiteral("%1人民政府门户网站").arg(cityName);
        const Platform portalPlatform = b.chance(80) ? Platform::Unified : Platform::Standalone;
        b.addSite(cityUnit, prov, cityCode, portalName, QStringLiteral("www.%1.gov.cn").arg(cityLabel),
            SiteKind::Portal, SiteStatus::Operating, portalPlatform, cityOperator, 2002);

        // Each city keeps a sample of its departments in the registry; 80% of city department sites
        // had moved onto the city's unified platform in 2017.
        for (const QJsonValue& dv : cityDepts) {
            if (!b.chance(60))
                continue;
            const QJsonObject d = dv.toObject();
            const QString name = cityName + str(d, "name");
            const int unit = b.addUnit(cityUnit, name, AdminLevel::City, OrgKind::Department, cityCode, str(d, "label"));
            if (b.chance(20))
                continue; // no site of its own: publishes through the city portal
            const SiteStatus status = b.pickStatus(12, 8, 2);
            const Platform platform = b.chance(80) ? Platform::Unified : Platform::Standalone;
            b.addSite(unit, cityUnit, cityCode, name + QStringLiteral("网站"),
                QStringLiteral("%1.%2.gov.cn").arg(str(d, "label"), cityLabel), SiteKind::Department, status, platform,
                cityOperator, 2004);
        }

        const QJsonArray counties = city.value(QLatin1String("counties")).toArray();
        for (const QJsonValue& kv : counties) {
            const QJsonObject county = kv.toObject();
            const QString countyName = str(county, "name");
            const QString countyCode = str(county, "code");
            const QString countyLabel = str(county, "domain");
            const int countyUnit = b.addUnit(cityUnit, countyName + QStringLiteral("人民政府"), AdminLevel::County,
                OrgKind::Government, countyCode, countyLabel);
            const SiteStatus portalStatus = b.chance(8) ? SiteStatus::Migrating : SiteStatus::Operating;
            // Half of the county portals had moved onto the city's platform in 2017.
            const Platform countyPlatform = b.chance(50) ? Platform::Unified : Platform::Standalone;
            b.addSite(countyUnit, cityUnit, countyCode, QStringLiteral("%1%2人民政府网").arg(cityName, countyName),
                QStringLiteral("www.%1.gov.cn").arg(countyLabel), SiteKind::Portal, portalStatus, countyPlatform,
                cityOperator, 2005);

            // County departments should not run sites of their own (原则上不开设): most of theirs
            // were closed in the consolidation; a few remain, flagged for migration or closure.
            for (const QJsonValue& dv : countyDepts) {
                const QJsonObject d = dv.toObject();
                const QString name = countyName + str(d, "name");
                const int unit = b.addUnit(countyUnit, name, AdminLevel::County, OrgKind::Department, countyCode,
                    str(d, "label"));
                if (!b.chance(14))
                    continue;
                const SiteStatus status = b.pickStatus(70, 12);
                b.addSite(unit, countyUnit, countyCode, name + QStringLiteral("网站"),
                    QStringLiteral("%1.%2.gov.cn").arg(str(d, "label"), countyLabel), SiteKind::Department, status,
                    Platform::Standalone, countyName + QStringLiteral("信息中心"), 2006);
            }

            const QJsonArray towns = townships.value(countyCode).toArray();
            int townIndex = 0;
            for (const QJsonValue& tv : towns) {
                const QString townName = tv.toString();
                const QString label = QStringLiteral("t%1").arg(++townIndex);
                const int unit = b.addUnit(countyUnit, countyName + townName + QStringLiteral("人民政府"),
                    AdminLevel::Township, OrgKind::Government, countyCode, label);
                const SiteStatus status = b.pickStatus(65, 15);
                b.addSite(unit, countyUnit, countyCode, countyName + townName + QStringLiteral("网站"),
                    QStringLiteral("%1.%2.gov.cn").arg(label, countyLabel), SiteKind::Portal, status,
                    Platform::Standalone, countyName + QStringLiteral("信息中心"), 2008);
            }
        }
    }

    const QJsonArray specials = root.value(QLatin1String("specialSites")).toArray();
    for (const QJsonValue& sv : specials) {
        const QJsonObject s = sv.toObject();
        const QString division = str(s, "division");
        const int host = b.registry.governmentOf(division);
        if (host < 0)
            return Error{tr("The demo data names an unknown division %1.").arg(division), {}};
        const SiteStatus status = b.pickStatus(10, 0);
        b.addSite(host, host, division, str(s, "name"),
            QStringLiteral("%1.%2.gov.cn").arg(str(s, "label"), b.registry.units.at(host).domainLabel),
            SiteKind::Special, status, Platform::Unified, provOperator, 2010);
    }

    // Sites an import brought in twice: a department still running its old site beside the new one,
    // recorded as reality and flagged for merging. The first three running city department sites.
    QList<int> twice;
    for (const DemoSite& d : std::as_const(b.registry.sites)) {
        const DemoUnit& host = b.registry.units.at(d.host);
        if (d.site.status == SiteStatus::Operating && host.level == AdminLevel::City && host.kind == OrgKind::Department)
            twice << d.host;
        if (twice.size() == 3)
            break;
    }
    for (const int unit : std::as_const(twice)) {
        const DemoUnit host = b.registry.units.at(unit);
        const QString cityLabel = b.registry.units.at(host.parent).domainLabel;
        b.addSite(unit, -1, host.divisionCode, host.name + QStringLiteral("网站（旧版）"),
            QStringLiteral("%1old.%2.gov.cn").arg(host.domainLabel, cityLabel), SiteKind::Department,
            SiteStatus::Operating, Platform::Standalone, host.name, 2008, true);
    }
    return std::move(b.registry);
}

} // namespace sitegov
