#include "storage/RegistryStats.h"

#include "core/Registry.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace sitegov {

Result<RegistryFigures> RegistryStats::compute(const QSqlDatabase& db, qint64 withinUnitId)
{
    RegistryFigures f;
    QSqlQuery q(db);
    const QString within = withinUnitId != 0
        ? QStringLiteral(" IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = %1)").arg(withinUnitId)
        : QString();
    if (!q.exec(QStringLiteral(
            "SELECT count(*),"
            " sum(CASE WHEN status = 'operating' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN status = 'migrating' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN status = 'planned' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN status = 'closed' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN status <> 'closed' AND platform = 'unified' THEN 1 ELSE 0 END)"
            " FROM sites")
            + (within.isEmpty() ? QString() : QStringLiteral(" WHERE host_org_id") + within))
        || !q.next())
        return Sql::error(q, tr("The registry figures could not be computed."));
    f.sitesTotal = q.value(0).toInt();
    f.operating = q.value(1).toInt();
    f.migrating = q.value(2).toInt();
    f.planned = q.value(3).toInt();
    f.closed = q.value(4).toInt();
    f.onUnifiedPlatform = q.value(5).toInt();

    // Due for migration or closure (docs/design/glossary.md): the flag the registry keeps on each open
    // site of a township/street or county-department host (SiteRepository::refreshFlags), which the
    // site list filters on too.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sites s WHERE (s.flags & %1) <> 0").arg(int(FlagConsolidationDue))
            + (within.isEmpty() ? QString() : QStringLiteral(" AND s.host_org_id") + within))
        || !q.next())
        return Sql::error(q, tr("The registry figures could not be computed."));
    f.flaggedForConsolidation = q.value(0).toInt();

    if (!q.exec(QStringLiteral("SELECT count(*) FROM organisations WHERE active = 1")
            + (within.isEmpty() ? QString() : QStringLiteral(" AND id") + within))
        || !q.next())
        return Sql::error(q, tr("The registry figures could not be computed."));
    f.units = q.value(0).toInt();
    return f;
}

} // namespace sitegov
