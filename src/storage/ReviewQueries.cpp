#include "storage/ReviewQueries.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace sitegov {

namespace {

// The host units of operating sites, within a jurisdiction when `unitId` is not 0.
QString owingUnits(qint64 unitId)
{
    QString sql = QStringLiteral("SELECT s.host_org_id AS unit_id, count(*) AS sites FROM sites s WHERE s.status = 'operating'");
    if (unitId != 0)
        sql += QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
    return sql + QStringLiteral(" GROUP BY s.host_org_id");
}

} // namespace

ReviewQueries::ReviewQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<int> ReviewQueries::expectedCount(qint64 unitId) const
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT count(*) FROM (%1)").arg(owingUnits(unitId)), &e))
        return e;
    if (unitId != 0)
        q.addBindValue(unitId);
    if (!Sql::exec(q, &e, tr("The units owing a weekly review could not be counted.")) || !q.next())
        return e;
    return q.value(0).toInt();
}

Result<int> ReviewQueries::missingCount(qint64 unitId, const IsoWeek& week) const
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT count(*) FROM (%1) o WHERE NOT EXISTS (SELECT 1 FROM weekly_reviews w WHERE w.unit_id = "
                           "o.unit_id AND w.week = ? AND w.status = 'signed')")
                .arg(owingUnits(unitId)),
            &e))
        return e;
    if (unitId != 0)
        q.addBindValue(unitId);
    q.addBindValue(week.key());
    if (!Sql::exec(q, &e, tr("The missing weekly reviews could not be counted.")) || !q.next())
        return e;
    return q.value(0).toInt();
}

Result<QList<MissingReview>> ReviewQueries::missing(qint64 unitId, const IsoWeek& week, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT o.unit_id, u.name, o.sites, EXISTS (SELECT 1 FROM weekly_reviews d WHERE d.unit_id = "
                           "o.unit_id AND d.week = ? AND d.status = 'draft') FROM (%1) o JOIN organisations u ON u.id = "
                           "o.unit_id WHERE NOT EXISTS (SELECT 1 FROM weekly_reviews w WHERE w.unit_id = o.unit_id AND "
                           "w.week = ? AND w.status = 'signed') ORDER BY u.division_code, u.name LIMIT ?")
                .arg(owingUnits(unitId)),
            &e))
        return e;
    q.addBindValue(week.key());
    if (unitId != 0)
        q.addBindValue(unitId);
    q.addBindValue(week.key());
    q.addBindValue(limit);
    if (!Sql::exec(q, &e, tr("The missing weekly reviews could not be read.")))
        return e;
    QList<MissingReview> out;
    while (q.next())
        out << MissingReview{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toBool()};
    return out;
}

} // namespace sitegov
