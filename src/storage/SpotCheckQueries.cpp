#include "storage/SpotCheckQueries.h"

#include "db/Query.h"

namespace sitegov {

ListQuery SpotCheckItemListQuery::build(const SpotCheckItemFilter& f)
{
    ListQuery q;
    q.select = QStringLiteral(
        "s.name, s.code, o.name, o.level, s.kind, i.origin, coalesce(c.display_name, ''), CASE WHEN i.removed_at IS "
        "NOT "
        "NULL THEN 'removed' ELSE coalesce(a.status, '') END, a.total, a.passed, coalesce(x.state, ''), po.name, i.id, "
        "i.site_id, a.id, i.plan_id, CASE WHEN i.removed_at IS NULL THEN 0 ELSE 1 END, coalesce(i.removed_note, ''), "
        "coalesce(x.error, ''), i.added_note");
    QStringList where{QStringLiteral("p.month = ?")};
    QVariantList binds{f.month.toString()};
    if (f.planOrgId != 0) {
        where << QStringLiteral("p.org_id = ?");
        binds << f.planOrgId;
    } else if (f.unitId != 0) {
        where << QStringLiteral("p.org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
        binds << f.unitId;
    }
    if (f.checkerId != 0) {
        where << QStringLiteral("i.checker_id = ?");
        binds << f.checkerId;
    }
    const QString status = f.status;
    if (status == u"removed")
        where << QStringLiteral("i.removed_at IS NOT NULL");
    else if (status != u"all")
        where << QStringLiteral("i.removed_at IS NULL");
    if (status == u"unassessed")
        where << QStringLiteral("a.id IS NULL");
    else if (status == u"writing")
        where << QStringLiteral("a.status IN ('draft', 'returned')");
    else if (status == u"submitted" || status == u"confirmed") {
        where << QStringLiteral("a.status = ?");
        binds << status;
    } else if (status == u"failing")
        where << QStringLiteral("a.status = 'confirmed' AND a.passed = 0");
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        where << QStringLiteral(
            "(s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\')");
        binds << p << p << p;
    }
    q.from = QStringLiteral(
                 "FROM spot_check_items i JOIN spot_check_plans p ON p.id = i.plan_id JOIN organisations po ON "
                 "po.id = p.org_id JOIN sites s ON s.id = i.site_id JOIN organisations o ON o.id = s.host_org_id "
                 "LEFT JOIN accounts c ON c.id = i.checker_id LEFT JOIN assessments a ON a.item_id = i.id LEFT "
                 "JOIN assessment_outbox x ON x.assessment_id = a.id WHERE ")
        + where.join(QStringLiteral(" AND "));
    q.binds = binds;
    q.sortExpressions = {QStringLiteral("s.name_key"), QStringLiteral("s.code"), QStringLiteral("o.name_key"),
        QStringLiteral("o.level"), QStringLiteral("s.kind"), QStringLiteral("i.origin"),
        QStringLiteral("c.display_name"), QStringLiteral("a.status"), QStringLiteral("a.total"),
        QStringLiteral("a.passed"), QStringLiteral("x.state"), QStringLiteral("po.division_code")};
    // The plan's own order: the office, then the draw's order, sites that left at the end.
    q.defaultOrder = QStringLiteral("po.division_code, p.id, i.removed_at IS NOT NULL, i.position");
    q.tieBreaker = QStringLiteral("i.id");
    return q;
}

Result<SpotCheckMonthFigures> SpotCheckQueries::monthFigures(const QSqlDatabase& db, qint64 unitId, const Period& month)
{
    SpotCheckMonthFigures f;
    f.month = month;
    const QString planScope = unitId != 0 ? QStringLiteral(" AND p.org_id IN (SELECT org_id FROM org_ancestors WHERE "
                                                           "ancestor_id = ?)")
                                          : QString();
    QVariantList binds{month.toString()};
    if (unitId != 0)
        binds << unitId;
    const Status plans
        = db::Query(db,
            QStringLiteral(
                "SELECT count(DISTINCT p.id), count(i.id), sum(CASE WHEN a.status = 'confirmed' THEN 1 ELSE 0 END), "
                "sum(CASE WHEN a.status = 'submitted' THEN 1 ELSE 0 END), sum(CASE WHEN a.status = 'confirmed' AND "
                "a.passed = 0 THEN 1 ELSE 0 END) FROM spot_check_plans p LEFT JOIN spot_check_items i ON i.plan_id = "
                "p.id AND i.removed_at IS NULL LEFT JOIN assessments a ON a.item_id = i.id WHERE p.month = ?")
                + planScope)
              .bindAll(binds)
              .forEach(tr("The spot checks of the month could not be counted."), [&f](const QSqlQuery& q) {
                  f.plans = q.value(0).toInt();
                  f.planned = q.value(1).toInt();
                  f.confirmed = q.value(2).toInt();
                  f.submitted = q.value(3).toInt();
                  f.failing = q.value(4).toInt();
                  return false;
              });
    if (!plans)
        return plans.error();
    // Running sites of the jurisdiction, and those of them in a plan of the month.
    const QString siteScope = unitId != 0
        ? QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE "
                         "ancestor_id = ?)")
        : QString();
    // The binds in the order of the placeholders: the month and plan scope inside, the site scope after.
    QVariantList siteBinds{month.toString()};
    if (unitId != 0)
        siteBinds << unitId << unitId;
    const Status sites
        = db::Query(db,
            QStringLiteral(
                "SELECT count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM spot_check_items i JOIN spot_check_plans p ON "
                "p.id = i.plan_id WHERE i.site_id = s.id AND i.removed_at IS NULL AND p.month = ?%1) THEN 1 ELSE 0 "
                "END) FROM sites s WHERE s.status IN ('operating', 'migrating')")
                    .arg(planScope)
                + siteScope)
              .bindAll(siteBinds)
              .forEach(tr("The spot checks of the month could not be counted."), [&f](const QSqlQuery& q) {
                  f.runningSites = q.value(0).toInt();
                  f.coveredSites = q.value(1).toInt();
                  return false;
              });
    if (!sites)
        return sites.error();
    return f;
}

} // namespace sitegov
