#include "storage/InspectionQueries.h"

#include "db/Query.h"
#include "db/Sql.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <array>

namespace sitegov {

namespace {

const char* const kRunning = "('operating', 'migrating')";

QString under(const QString& column)
{
    return column + QStringLiteral(" IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
}

} // namespace

ListQuery TodayListQuery::build(const TodayFilter& f)
{
    ListQuery q;
    q.select = QStringLiteral("CASE WHEN i.id IS NULL THEN 0 ELSE 1 END, s.code, s.name, u.name, i.failed, (SELECT "
                              "count(*) FROM rectifications r "
                              "WHERE r.site_id = s.id AND r.status IN ('open', 'fixed')), i.updated_at, s.id, i.id");
    if (f.inspector.isEmpty()) {
        // Inspected by anyone (a director's view): the day's latest inspection of the site.
        q.from = QStringLiteral(
            "FROM sites s JOIN organisations u ON u.id = s.host_org_id LEFT JOIN inspections i ON i.id = "
            "(SELECT max(x.id) FROM inspections x WHERE x.site_id = s.id AND x.day = ?) WHERE s.status IN %1")
                     .arg(QLatin1String(kRunning));
        q.binds << Sql::date(f.day);
    } else {
        q.from = QStringLiteral(
            "FROM sites s JOIN organisations u ON u.id = s.host_org_id LEFT JOIN inspections i ON i.site_id = "
            "s.id AND i.day = ? AND i.inspector = ? WHERE s.status IN %1")
                     .arg(QLatin1String(kRunning));
        q.binds << Sql::date(f.day) << f.inspector;
    }
    if (f.accountId != 0) {
        q.from += QStringLiteral(
            " AND s.id IN (SELECT a.site_id FROM assignments a JOIN persons p ON p.id = a.person_id WHERE "
            "p.account_id = ? AND a.role = 'caretaker' AND a.end_on IS NULL)");
        q.binds << f.accountId;
    } else if (f.unitId != 0) {
        q.from += QStringLiteral(" AND ") + under(QStringLiteral("s.host_org_id"));
        q.binds << f.unitId;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        q.from += QStringLiteral(
            " AND (s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\')");
        q.binds << p << p << p;
    }
    if (f.pendingOnly)
        q.from += QStringLiteral(" AND i.id IS NULL");
    q.sortExpressions = {QStringLiteral("(i.id IS NOT NULL)"), QStringLiteral("s.code"), QStringLiteral("s.name"),
        QStringLiteral("u.name"), QStringLiteral("i.failed"), QString(), QStringLiteral("i.updated_at")};
    q.defaultOrder = QStringLiteral("(i.id IS NOT NULL), s.code");
    q.tieBreaker = QStringLiteral("s.id");
    return q;
}

ListQuery RectificationListQuery::build(const RectificationFilter& f)
{
    ListQuery q;
    const QString today = f.today.toString(Qt::ISODate);
    q.select = QStringLiteral(
        "r.id, s.name, u.name, r.item_key, r.problem, r.opened_on, r.deadline, r.status, CASE WHEN "
        "r.status = 'open' AND r.deadline < ? THEN CAST(julianday(?) - julianday(r.deadline) AS INTEGER) "
        "ELSE 0 END, r.site_id");
    QStringList where;
    QVariantList binds;
    if (f.unitId != 0) {
        where << under(QStringLiteral("r.unit_id"));
        binds << f.unitId;
    }
    if (f.siteId != 0) {
        where << QStringLiteral("r.site_id = ?");
        binds << f.siteId;
    }
    if (f.status == u"unresolved") {
        where << QStringLiteral("r.status IN ('open', 'fixed')");
    } else if (f.status == u"overdue") {
        where << QStringLiteral("r.status = 'open' AND r.deadline < ?");
        binds << today;
    } else if (!f.status.isEmpty()) {
        where << QStringLiteral("r.status = ?");
        binds << f.status;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        where << QStringLiteral(
            "(s.name LIKE ? ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\' OR r.problem LIKE ? ESCAPE '\\')");
        binds << p << p << p;
    }
    q.from = QStringLiteral(
        "FROM rectifications r JOIN sites s ON s.id = r.site_id JOIN organisations u ON u.id = r.unit_id");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.binds << today << today << binds;
    q.sortExpressions = {QStringLiteral("r.id"), QStringLiteral("s.name"), QStringLiteral("u.name"),
        QStringLiteral("r.item_key"), QStringLiteral("r.problem"), QStringLiteral("r.opened_on"),
        QStringLiteral("r.deadline"),
        // Status, as urgent as it gets: overdue, open, fixed (to re-check), re-checked, closed.
        QStringLiteral(
            "CASE WHEN r.status = 'open' AND r.deadline < '%1' THEN 0 WHEN r.status = 'open' THEN 1 WHEN r.status = "
            "'fixed' THEN 2 WHEN r.status = 'rechecked' THEN 3 ELSE 4 END")
            .arg(today),
        QStringLiteral("(r.status = 'open' AND r.deadline < '%1') DESC, r.deadline").arg(today)};
    // Overdue first (oldest deadline first), then the other unresolved ones, then the rest. When only
    // overdue items are listed, the same order is the deadline's, which the (status, deadline) index
    // gives without sorting them all: the first rows come at once however many are overdue.
    q.defaultOrder = f.status == u"overdue"
        ? QStringLiteral("r.deadline")
        : QStringLiteral("CASE WHEN r.status = 'open' AND r.deadline < '%1' THEN 0 WHEN "
                         "r.status IN ('open', 'fixed') THEN 1 ELSE 2 END, r.deadline")
              .arg(today);
    q.tieBreaker = QStringLiteral("r.id");
    return q;
}

ListQuery InspectionListQuery::build(const InspectionFilter& f)
{
    ListQuery q;
    q.select = QStringLiteral(
        "i.day, s.code, s.name, u.name, i.inspector, i.failed, i.corrected_at IS NOT NULL, i.id, i.site_id");
    QStringList where;
    if (f.unitId != 0) {
        where << under(QStringLiteral("s.host_org_id"));
        q.binds << f.unitId;
    }
    if (f.siteId != 0) {
        where << QStringLiteral("i.site_id = ?");
        q.binds << f.siteId;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("i.day >= ?");
        q.binds << Sql::date(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("i.day <= ?");
        q.binds << Sql::date(f.to);
    }
    if (f.failedOnly)
        where << QStringLiteral("i.failed > 0");
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        where << QStringLiteral(
            "(s.name LIKE ? ESCAPE '\\' OR s.code LIKE ? ESCAPE '\\' OR i.inspector LIKE ? ESCAPE '\\')");
        q.binds << p << p << p;
    }
    q.from = QStringLiteral(
        "FROM inspections i JOIN sites s ON s.id = i.site_id JOIN organisations u ON u.id = s.host_org_id");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.sortExpressions
        = {QStringLiteral("i.day"), QStringLiteral("s.code"), QStringLiteral("s.name"), QStringLiteral("u.name"),
            QStringLiteral("i.inspector"), QStringLiteral("i.failed"), QStringLiteral("i.corrected_at IS NOT NULL")};
    q.defaultOrder = QStringLiteral("i.day DESC");
    q.tieBreaker = QStringLiteral("i.id DESC");
    return q;
}

ListQuery MissedSitesQuery::build(qint64 unitId, const QDate& day)
{
    ListQuery q;
    q.select = QStringLiteral(
        "s.code, s.name, u.name, (SELECT p.name FROM assignments a JOIN persons p ON p.id = a.person_id "
        "WHERE a.site_id = s.id AND a.role = 'caretaker' AND a.end_on IS NULL), s.id");
    q.from = QStringLiteral(
        "FROM sites s JOIN organisations u ON u.id = s.host_org_id WHERE s.status IN %1 AND %2 AND NOT "
        "EXISTS (SELECT 1 FROM inspections i WHERE i.site_id = s.id AND i.day = ?)")
                 .arg(QLatin1String(kRunning), under(QStringLiteral("s.host_org_id")));
    q.binds << unitId << Sql::date(day);
    q.sortExpressions = {QStringLiteral("s.code"), QStringLiteral("s.name"), QStringLiteral("u.name"), QString()};
    q.defaultOrder = QStringLiteral("s.code");
    q.tieBreaker = QStringLiteral("s.id");
    return q;
}

QJsonObject WeeklySummary::toJson() const
{
    QJsonArray items;
    for (const auto& [key, count] : failuresByItem)
        items.append(QJsonObject{{QStringLiteral("item"), key}, {QStringLiteral("count"), count}});
    QJsonArray worstSites;
    for (const Site& s : worst) {
        worstSites.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("code"), s.code},
            {QStringLiteral("name"), s.name}, {QStringLiteral("failures"), s.failures}});
    }
    return QJsonObject{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("unit"), unitName},
        {QStringLiteral("week"), week.key()}, {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)}, {QStringLiteral("sites"), sites},
        {QStringLiteral("site_days_inspected"), siteDaysInspected},
        {QStringLiteral("site_days_expected"), siteDaysExpected},
        {QStringLiteral("failed_inspections"), failedInspections}, {QStringLiteral("failures"), failures},
        {QStringLiteral("failures_by_item"), items}, {QStringLiteral("new_rectifications"), newRectifications},
        {QStringLiteral("fixed_rectifications"), fixedRectifications},
        {QStringLiteral("overdue_rectifications"), overdueRectifications}, {QStringLiteral("worst_sites"), worstSites}};
}

WeeklySummary WeeklySummary::fromJson(const QJsonObject& o)
{
    WeeklySummary s;
    s.unitId = o.value(QStringLiteral("unit_id")).toInteger();
    s.unitName = o.value(QStringLiteral("unit")).toString();
    s.week = IsoWeek::parse(o.value(QStringLiteral("week")).toString()).value_or(IsoWeek{});
    s.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    s.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    s.sites = o.value(QStringLiteral("sites")).toInt();
    s.siteDaysInspected = o.value(QStringLiteral("site_days_inspected")).toInt();
    s.siteDaysExpected = o.value(QStringLiteral("site_days_expected")).toInt();
    s.failedInspections = o.value(QStringLiteral("failed_inspections")).toInt();
    s.failures = o.value(QStringLiteral("failures")).toInt();
    for (const QJsonValue v : o.value(QStringLiteral("failures_by_item")).toArray())
        s.failuresByItem << std::pair{
            v.toObject().value(QStringLiteral("item")).toString(), v.toObject().value(QStringLiteral("count")).toInt()};
    s.newRectifications = o.value(QStringLiteral("new_rectifications")).toInt();
    s.fixedRectifications = o.value(QStringLiteral("fixed_rectifications")).toInt();
    s.overdueRectifications = o.value(QStringLiteral("overdue_rectifications")).toInt();
    for (const QJsonValue v : o.value(QStringLiteral("worst_sites")).toArray()) {
        const QJsonObject w = v.toObject();
        s.worst << Site{w.value(QStringLiteral("id")).toInteger(), w.value(QStringLiteral("code")).toString(),
            w.value(QStringLiteral("name")).toString(), w.value(QStringLiteral("failures")).toInt()};
    }
    return s;
}

InspectionQueries::InspectionQueries(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<int> InspectionQueries::count(const QString& sql, const QVariantList& binds, const QString& what)
{
    return db::Query(m_db, sql).bindAll(binds).value<int>(what);
}

Result<int> InspectionQueries::runningSites(qint64 unitId)
{
    return count(QStringLiteral("SELECT count(*) FROM sites s WHERE s.status IN %1 AND %2")
                     .arg(QLatin1String(kRunning), under(QStringLiteral("s.host_org_id"))),
        {unitId}, tr("The sites could not be counted."));
}

Result<QList<DayCoverage>> InspectionQueries::coverage(qint64 unitId, const QDate& from, const QDate& to)
{
    const auto expected = runningSites(unitId);
    if (!expected)
        return expected.error();
    QHash<QString, int> inspected;
    const Status read
        = db::Query(
            m_db, QStringLiteral("SELECT day, inspected FROM coverage_daily WHERE org_id = ? AND day BETWEEN ? AND ?"))
              .bind(unitId, Sql::date(from), Sql::date(to))
              .forEach(tr("The inspection coverage could not be read."), [&inspected](const QSqlQuery& q) {
                  inspected.insert(q.value(0).toString(), q.value(1).toInt());
                  return true;
              });
    if (!read)
        return read.error();
    QList<DayCoverage> out;
    for (QDate d = from; d <= to; d = d.addDays(1))
        out << DayCoverage{d, inspected.value(d.toString(Qt::ISODate)), *expected};
    return out;
}

Result<WeeklySummary> InspectionQueries::weeklySummary(qint64 unitId, const IsoWeek& week, const QDate& today)
{
    WeeklySummary s;
    s.unitId = unitId;
    s.week = week;
    s.from = week.monday();
    s.to = qMin(week.sunday(), today);
    const auto unitName = db::Query(m_db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"))
                              .bind(unitId)
                              .single<QString>(tr("The unit could not be read."),
                                  tr("There is no unit with the number %1.").arg(unitId));
    if (!unitName)
        return unitName.error();
    s.unitName = *unitName;
    if (s.to < s.from)
        return s; // a week still to come
    const auto running = runningSites(unitId);
    if (!running)
        return running.error();
    s.sites = *running;
    const int days = int(s.from.daysTo(s.to)) + 1;
    s.siteDaysExpected = s.sites * days;
    const QString from = s.from.toString(Qt::ISODate);
    const QString to = s.to.toString(Qt::ISODate);
    const QString what = tr("The week's figures could not be computed.");

    const auto inspected
        = count(QStringLiteral(
                    "SELECT coalesce(sum(inspected), 0) FROM coverage_daily WHERE org_id = ? AND day BETWEEN ? AND ?"),
            {unitId, from, to}, what);
    if (!inspected)
        return inspected.error();
    s.siteDaysInspected = *inspected;

    // The week's failures under the unit, by item and by site.
    const QString failuresUnder
        = QStringLiteral("FROM inspection_failures f JOIN sites s ON s.id = f.site_id WHERE f.day BETWEEN ? "
                         "AND ? AND ")
        + under(QStringLiteral("s.host_org_id"));
    const QVariantList failureBinds{from, to, unitId};
    const auto byItem = db::Query(m_db,
        QStringLiteral("SELECT f.item_key, count(*) ") + failuresUnder
            + QStringLiteral(" GROUP BY f.item_key ORDER BY 2 DESC, 1"))
                            .bindAll(failureBinds)
                            .rows(what, [](const QSqlQuery& q) {
                                return std::pair{q.value(0).toString(), q.value(1).toInt()};
                            });
    if (!byItem)
        return byItem.error();
    s.failuresByItem = *byItem;
    for (const auto& item : s.failuresByItem)
        s.failures += item.second;
    const auto failed
        = count(QStringLiteral("SELECT count(DISTINCT f.inspection_id) ") + failuresUnder, failureBinds, what);
    if (!failed)
        return failed.error();
    s.failedInspections = *failed;
    const auto worst = db::Query(m_db,
        QStringLiteral("SELECT f.site_id, s.code, s.name, count(*) ") + failuresUnder
            + QStringLiteral(" GROUP BY f.site_id ORDER BY 4 DESC, 2 LIMIT 5"))
                           .bindAll(failureBinds)
                           .rows(what, [](const QSqlQuery& q) {
                               return WeeklySummary::Site{q.value(0).toLongLong(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toInt()};
                           });
    if (!worst)
        return worst.error();
    s.worst = *worst;

    // Rectification: opened and fixed during the week, and overdue at its end.
    const auto rectification
        = db::Query(m_db,
            QStringLiteral(
                "SELECT sum(r.opened_on BETWEEN ? AND ?), sum(r.fixed_on BETWEEN ? AND ?), sum(r.opened_on <= ? AND "
                "r.deadline < ? AND (r.fixed_on IS NULL OR r.fixed_on > ?) AND (r.rechecked_on IS NULL OR "
                "r.rechecked_on > ?) AND (r.closed_on IS NULL OR r.closed_on > ?)) FROM rectifications r WHERE ")
                + under(QStringLiteral("r.unit_id"))
                + QStringLiteral(" AND (r.opened_on BETWEEN ? AND ? OR r.fixed_on BETWEEN ? AND ? OR r.status IN "
                                 "('open', 'fixed') OR "
                                 "r.fixed_on > ? OR r.rechecked_on > ? OR r.closed_on > ?)"))
              .bind(from, to, from, to, to, to, to, to, to, unitId, from, to, from, to, to, to, to)
              .single(what, what, [](const QSqlQuery& q) {
                  return std::array<int, 3>{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
              });
    if (!rectification)
        return rectification.error();
    s.newRectifications = (*rectification)[0];
    s.fixedRectifications = (*rectification)[1];
    s.overdueRectifications = (*rectification)[2];
    return s;
}

Result<int> InspectionQueries::caretakerSites(qint64 accountId)
{
    return count(
        QStringLiteral(
            "SELECT count(*) FROM assignments a JOIN persons p ON p.id = a.person_id JOIN sites s ON s.id = "
            "a.site_id WHERE p.account_id = ? AND a.role = 'caretaker' AND a.end_on IS NULL AND s.status IN %1")
            .arg(QLatin1String(kRunning)),
        {accountId}, tr("The sites could not be counted."));
}

Result<int> InspectionQueries::pendingToday(const TodayFilter& filter)
{
    TodayFilter f = filter;
    f.pendingOnly = true;
    const ListQuery list = TodayListQuery::build(f);
    return count(QStringLiteral("SELECT count(*) ") + list.from, list.binds, tr("The sites could not be counted."));
}

Result<int> InspectionQueries::unresolvedRectifications(qint64 unitId)
{
    if (unitId == 0) {
        return count(QStringLiteral("SELECT count(*) FROM rectifications WHERE status IN ('open', 'fixed')"), {},
            tr("The rectification items could not be counted."));
    }
    return count(QStringLiteral("SELECT count(*) FROM rectifications r WHERE r.status IN ('open', 'fixed') AND ")
            + under(QStringLiteral("r.unit_id")),
        {unitId}, tr("The rectification items could not be counted."));
}

Result<int> InspectionQueries::overdueRectifications(qint64 unitId, const QDate& today)
{
    if (unitId == 0) {
        return count(QStringLiteral("SELECT count(*) FROM rectifications WHERE status = 'open' AND deadline < ?"),
            {Sql::date(today)}, tr("The rectification items could not be counted."));
    }
    return count(QStringLiteral("SELECT count(*) FROM rectifications r WHERE r.status = 'open' AND r.deadline < ? AND ")
            + under(QStringLiteral("r.unit_id")),
        {Sql::date(today), unitId}, tr("The rectification items could not be counted."));
}

} // namespace sitegov
