#include "storage/RegistryStats.h"

#include "core/Registry.h"
#include "db/Query.h"
#include "db/RowReader.h"

namespace sitegov {

Result<RegistryFigures> RegistryStats::compute(const QSqlDatabase& db, qint64 withinUnitId)
{
    RegistryFigures f;
    const QString what = tr("The registry figures could not be computed.");
    // A statement over the whole registry or, given a unit, narrowed to its subtree by the column
    // that `narrowing` names (with the WHERE or AND that joins it).
    const auto counting = [&](const QString& sql, const QString& narrowing) {
        db::Query q(db,
            withinUnitId != 0
                ? sql + narrowing + QStringLiteral(" IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)")
                : sql);
        if (withinUnitId != 0)
            q.bind(withinUnitId);
        return q;
    };
    const QString bySiteStatus = QStringLiteral("SELECT count(*),"
                                                " sum(CASE WHEN status = 'operating' THEN 1 ELSE 0 END),"
                                                " sum(CASE WHEN status = 'migrating' THEN 1 ELSE 0 END),"
                                                " sum(CASE WHEN status = 'planned' THEN 1 ELSE 0 END),"
                                                " sum(CASE WHEN status = 'closed' THEN 1 ELSE 0 END),"
                                                " sum(CASE WHEN status <> 'closed' AND platform = 'unified' THEN 1 "
                                                "ELSE 0 END)"
                                                " FROM sites");
    const Status counted
        = counting(bySiteStatus, QStringLiteral(" WHERE host_org_id")).forEach(what, [&f](const QSqlQuery& q) {
              db::RowReader(q).into(f.sitesTotal, f.operating, f.migrating, f.planned, f.closed, f.onUnifiedPlatform);
              return false;
          });
    if (!counted)
        return counted.error();

    // Due for migration or closure (docs/design/glossary.md): the flag the registry keeps on each open
    // site of a township/street or county-department host (SiteRepository::refreshFlags), which the
    // site list filters on too.
    db::Query flaggedQuery = counting(QStringLiteral("SELECT count(*) FROM sites s WHERE (s.flags & %1) <> 0")
                                          .arg(int(FlagConsolidationDue)),
        QStringLiteral(" AND s.host_org_id"));
    const auto flagged = flaggedQuery.value<int>(what);
    if (!flagged)
        return flagged.error();
    f.flaggedForConsolidation = *flagged;
    const QString activeUnits = QStringLiteral("SELECT count(*) FROM organisations WHERE active = 1");
    const auto units = counting(activeUnits, QStringLiteral(" AND id")).value<int>(what);
    if (!units)
        return units.error();
    f.units = *units;
    return f;
}

} // namespace sitegov
