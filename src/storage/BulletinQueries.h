#pragma once

#include "core/Domain.h"
#include "core/Period.h"
#include "core/Result.h"
#include "core/SpotCheck.h"
#include "storage/PolicyService.h"
#include "storage/TicketService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace sitegov {

// The figures of a quarterly spot-check bulletin (季度抽查情况通报) for an office's jurisdiction, from
// the confirmed assessments of the quarter's months (docs/design/domain.md, "Bulletins"):
// - running sites: operating or migrating now, hosted in the jurisdiction, by the host's level;
// - checks: confirmed assessments of those months of sites hosted in the jurisdiction (by any office
//   in it); sites checked: the distinct sites among them;
// - a site fails the quarter when one of its checks failed (a veto item, or under 60); the pass
//   rate is the sites that passed every check over the sites checked;
// - groups: the governments one level below the office (the cities of the province), and the
//   office's own level (its departments and its portal);
// - the failing sites, each once, with its latest failing check; accountability records attached to
//   the rectification items of the quarter's failing checks, by measure.
struct BulletinFigures
{
    struct Group
    {
        qint64 unitId = 0; // 0: the office's own level
        QString name;
        int checked = 0;
        int failing = 0;
        int passed() const { return checked - failing; }
        double passRate() const { return checked > 0 ? 100.0 * passed() / checked : 0.0; }
    };

    struct FailingSite
    {
        qint64 assessmentId = 0;
        QString group; // the city (or county), or the site's own unit at the office's level
        QString siteCode;
        QString siteName;
        QString unit; // the host unit
        Period month;
        double total = 0;
        QString problems;
        QDate deadline; // of its rectification item
    };

    qint64 orgId = 0;
    QString orgName;
    AdminLevel orgLevel = AdminLevel::Province;
    Period quarter;
    QList<std::pair<AdminLevel, int>> runningByLevel; // levels with running sites, province first
    int runningSites = 0;
    int plans = 0; // plans of the quarter's months by offices in the jurisdiction
    int checks = 0;
    int sitesChecked = 0;
    int sitesFailing = 0;
    QList<Group> groups; // the office's own level first, then by division code
    QList<FailingSite> failing; // by group, then site code
    QMap<AccountabilityMeasure, int> accountability;
    QStringList copyTo; // 抄送: the heads of the governments one level below (every city's mayor)
    // Reposting key policies within 8 hours (docs/design/reposts.md): per obliged portal of the
    // jurisdiction, the key policy items published in the quarter and its reposts within 8 and 24 hours.
    QList<RepostQuarterFigures> reposts;
    int repostItems = 0; // the items published in the quarter

    int repostsDue() const; // items x portals
    int repostsWithin8() const;
    int repostsWithin24() const;
    QList<TicketFigures> tickets; // per unit with tickets in the quarter, by unit name
    TicketFigures ticketTotal;    // the jurisdiction's (unitId 0)

    int sitesPassed() const { return sitesChecked - sitesFailing; }
    double checkedPercent() const { return runningSites > 0 ? 100.0 * sitesChecked / runningSites : 0.0; }
    double passRate() const { return sitesChecked > 0 ? 100.0 * sitesPassed() / sitesChecked : 0.0; }
    int accountabilityTotal() const;
};

class BulletinQueries final
{
    Q_DECLARE_TR_FUNCTIONS(BulletinQueries)

public:
    static Result<BulletinFigures> compute(const QSqlDatabase& db, qint64 orgId, const Period& quarter);
    // The name the office's own level goes by in the tables: 省本级, 市本级, 县本级.
    static QString ownLevelName(AdminLevel level);
    // Who heads a government, for the 抄送 line: 福州市人民政府 -> 福州市人民政府市长.
    static QString headOf(const QString& governmentName);
};

} // namespace sitegov
