#include "storage/RegistryStats.h"

#include "core/Registry.h"
#include "db/Query.h"

namespace sitegov {

Result<RegistryFigures> RegistryStats::compute(const QSqlDatabase& db, qint64 withinUnitId)
{
    RegistryFigures f;
    const QString what = tr("The registry figures could not be computed.");
    const QString within = QStringLiteral(" IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
    db::Query sites(db,
        QStringLiteral("SELECT count(*),"
                       " sum(CASE WHEN status = 'operating' THEN 1 ELSE 0 END),"
                       " sum(CASE WHEN status = 'migrating' THEN 1 ELSE 0 END),"
                       " sum(CASE WHEN status = 'planned' THEN 1 ELSE 0 END),"
                       " sum(CASE WHEN status = 'closed' THEN 1 ELSE 0 END),"
                       " sum(CASE WHEN status <> 'closed' AND platform = 'unified' THEN 1 ELSE 0 END)"
                       " FROM sites")
            + (withinUnitId != 0 ? QStringLiteral(" WHERE host_org_id") + within : QString()));
    if (withinUnitId != 0)
        sites.bind(withinUnitId);
    const Status counted = sites.forEach(what, [&f](const QSqlQuery& q) {
        f.sitesTotal = q.value(0).toInt();
        f.operating = q.value(1).toInt();
        f.migrating = q.value(2).toInt();
        f.planned = q.value(3).toInt();
        f.closed = q.value(4).toInt();
        f.onUnifiedPlatform = q.value(5).toInt();
        return false;
    });
    if (!counted)
        return counted.error();

    // Due for migration or closure (docs/design/glossary.md): the flag the registry keeps on each open
    // site of a township/street or county-department host (SiteRepository::refreshFlags), which the
    // site list filters on too.
    db::Query flagged(db,
        QStringLiteral("SELECT count(*) FROM sites s WHERE (s.flags & ?) <> 0")
            + (withinUnitId != 0 ? QStringLiteral(" AND s.host_org_id") + within : QString()));
    flagged.bind(int(FlagConsolidationDue));
    if (withinUnitId != 0)
        flagged.bind(withinUnitId);
    const auto flaggedCount = flagged.value<int>(what);
    if (!flaggedCount)
        return flaggedCount.error();
    f.flaggedForConsolidation = *flaggedCount;

    db::Query units(db,
        QStringLiteral("SELECT count(*) FROM organisations WHERE active = 1")
            + (withinUnitId != 0 ? QStringLiteral(" AND id") + within : QString()));
    if (withinUnitId != 0)
        units.bind(withinUnitId);
    const auto unitCount = units.value<int>(what);
    if (!unitCount)
        return unitCount.error();
    f.units = *unitCount;
    return f;
}

} // namespace sitegov
