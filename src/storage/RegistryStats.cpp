#include "storage/RegistryStats.h"

#include "db/Query.h"
#include "db/RowReader.h"

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
        db::RowReader(q).into(f.sitesTotal, f.operating, f.migrating, f.planned, f.closed, f.onUnifiedPlatform);
        return false;
    });
    if (!counted)
        return counted.error();

    db::Query flagged(db,
        QStringLiteral("SELECT count(*) FROM sites s JOIN organisations o ON o.id = s.host_org_id"
                       " WHERE s.status <> 'closed' AND (o.level = 'township' OR (o.level = 'county' AND o.kind = 'department'))")
            + (withinUnitId != 0 ? QStringLiteral(" AND s.host_org_id") + within : QString()));
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
