#include "storage/AnnualReportQueries.h"

#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "core/SpotCheck.h"
#include "db/Query.h"

namespace sitegov {

namespace {

QVariant share(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(100.0 * double(part) / double(whole)) : QVariant();
}

} // namespace

QString AnnualReportQueries::firstDay(int year)
{
    return QDate(year, 1, 1).toString(Qt::ISODate);
}

QString AnnualReportQueries::lastDay(int year)
{
    return QDate(year, 12, 31).toString(Qt::ISODate);
}

QString AnnualReportQueries::startUtc(int year)
{
    return OfficeClock::startOfDay(QDate(year, 1, 1)).toUTC().toString(Qt::ISODate);
}

Result<QVariantMap> AnnualReportQueries::office(const QSqlDatabase& db, qint64 orgId, int year)
{
    const QString what = tr("The figures of the annual report could not be read.");
    QVariantMap f;
    const auto name = db::Query(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"))
                          .bind(orgId)
                          .single<QString>(what, tr("There is no unit with the number %1.").arg(orgId));
    if (!name)
        return name.error();
    f.insert(QStringLiteral("org_name"), *name);
    const QString from = firstDay(year);
    const QString to = lastDay(year);

    // Running at the end of the year: opened by then (or without a date) and not closed by then.
    const auto running = db::Query(db,
        QStringLiteral("SELECT count(*) FROM sites s JOIN org_ancestors x ON x.org_id = s.host_org_id AND "
                       "x.ancestor_id = ? WHERE s.status <> 'planned' AND (s.opened_on IS NULL OR s.opened_on <= ?) "
                       "AND (s.closed_on IS NULL OR s.closed_on > ?) AND NOT (s.status = 'closed' AND s.closed_on "
                       "IS NULL)"))
                             .bind(orgId, to, to)
                             .value<int>(what);
    if (!running)
        return running.error();
    f.insert(QStringLiteral("sites_running"), *running);

    // Requests carried out in the year, by type.
    for (const char* key : {"sites_opened", "sites_closed", "sites_merged", "sites_migrated"})
        f.insert(QLatin1String(key), 0);
    {
        const Status s = db::Query(db,
            QStringLiteral("SELECT r.type, count(*) FROM requests r JOIN org_ancestors x ON x.org_id = r.unit_id AND "
                           "x.ancestor_id = ? WHERE r.state = 'executed' AND r.closed_at >= ? AND r.closed_at < ? "
                           "GROUP BY r.type"))
                             .bind(orgId, startUtc(year), startUtc(year + 1))
                             .forEach(what, [&f](const QSqlQuery& q) {
                                 const QString type = q.value(0).toString();
                                 const QString key = type == u"open" ? QStringLiteral("sites_opened")
                                     : type == u"close"             ? QStringLiteral("sites_closed")
                                     : type == u"merge"             ? QStringLiteral("sites_merged")
                                     : type == u"migrate"           ? QStringLiteral("sites_migrated")
                                                                    : QString();
                                 if (!key.isEmpty())
                                     f.insert(key, q.value(1).toInt());
                                 return true;
                             });
        if (!s)
            return s.error();
    }

    // Spot checks: plans of the year's months by the offices in the jurisdiction, and the confirmed
    // assessments of those months of sites hosted in it (as the quarterly bulletin counts them).
    const QString firstMonth = QStringLiteral("%1-01").arg(year);
    const QString lastMonth = QStringLiteral("%1-12").arg(year);
    const auto rounds = db::Query(db,
        QStringLiteral("SELECT count(*) FROM spot_check_plans p WHERE p.org_id IN (SELECT org_id FROM org_ancestors "
                       "WHERE ancestor_id = ?) AND p.month >= ? AND p.month <= ?"))
                            .bind(orgId, firstMonth, lastMonth)
                            .value<int>(what);
    if (!rounds)
        return rounds.error();
    f.insert(QStringLiteral("spot_rounds"), *rounds);
    {
        const Status s = db::Query(db,
            QStringLiteral("SELECT count(*), count(DISTINCT a.site_id), count(DISTINCT CASE WHEN a.passed = 0 THEN "
                           "a.site_id END) FROM assessments a JOIN sites s ON s.id = a.site_id JOIN org_ancestors x ON "
                           "x.org_id = s.host_org_id AND x.ancestor_id = ? WHERE a.status = 'confirmed' AND a.period "
                           ">= ? AND a.period <= ?"))
                             .bind(orgId, firstMonth, lastMonth)
                             .forEach(what, [&f](const QSqlQuery& q) {
                                 const int checked = q.value(1).toInt();
                                 const int passed = checked - q.value(2).toInt();
                                 f.insert(QStringLiteral("spot_checks"), q.value(0).toInt());
                                 f.insert(QStringLiteral("spot_sites_checked"), checked);
                                 f.insert(QStringLiteral("spot_sites_passed"), passed);
                                 f.insert(QStringLiteral("spot_pass_rate"), share(passed, checked));
                                 return false;
                             });
        if (!s)
            return s.error();
    }

    // Error-report tickets received in the year by the units of the jurisdiction.
    {
        const Status s = db::Query(db,
            QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN t.valid = 1 THEN 1 ELSE 0 END), 0), "
                           "coalesce(sum(CASE WHEN t.valid = 1 AND t.status = 'closed' AND t.closed_on <= t.deadline "
                           "THEN 1 ELSE 0 END), 0) FROM tickets t JOIN org_ancestors x ON x.org_id = t.unit_id AND "
                           "x.ancestor_id = ? WHERE t.received_on >= ? AND t.received_on <= ?"))
                             .bind(orgId, from, to)
                             .forEach(what, [&f](const QSqlQuery& q) {
                                 const int valid = q.value(1).toInt();
                                 const int onTime = q.value(2).toInt();
                                 f.insert(QStringLiteral("tickets_received"), q.value(0).toInt());
                                 f.insert(QStringLiteral("tickets_valid"), valid);
                                 f.insert(QStringLiteral("tickets_closed_on_time"), onTime);
                                 f.insert(QStringLiteral("tickets_on_time_rate"), share(onTime, valid));
                                 return false;
                             });
        if (!s)
            return s.error();
    }

    // Accountability decided in the year for sites hosted in the jurisdiction, by measure.
    int people = 0;
    for (const AccountabilityMeasure m : SpotCheckRules::measures())
        f.insert(QStringLiteral("accountability_") + SpotCheckRules::key(m), 0);
    {
        const Status s = db::Query(db,
            QStringLiteral("SELECT a.measure, count(*) FROM accountability_records a JOIN rectifications r ON r.id = "
                           "a.rectification_id JOIN sites s ON s.id = r.site_id JOIN org_ancestors x ON x.org_id = "
                           "s.host_org_id AND x.ancestor_id = ? WHERE a.decided_on >= ? AND a.decided_on <= ? GROUP "
                           "BY a.measure"))
                             .bind(orgId, from, to)
                             .forEach(what, [&](const QSqlQuery& q) {
                                 f.insert(QStringLiteral("accountability_") + q.value(0).toString(), q.value(1).toInt());
                                 people += q.value(1).toInt();
                                 return true;
                             });
        if (!s)
            return s.error();
    }
    f.insert(QStringLiteral("accountability_people"), people);
    return f;
}

Result<QVariantMap> AnnualReportQueries::site(const QSqlDatabase& db, qint64 siteId, int year)
{
    const QString what = tr("The figures of the annual report could not be read.");
    QVariantMap f;
    {
        const auto found = db::Query(db,
            QStringLiteral("SELECT s.name, s.url, o.name, s.kind, s.code, coalesce(s.icp_filing, ''), "
                           "coalesce(s.psb_filing, '') FROM sites s JOIN organisations o ON o.id = s.host_org_id "
                           "WHERE s.id = ?"))
                               .bind(siteId)
                               .first(what, [&f](const QSqlQuery& q) {
                                   f.insert(QStringLiteral("site_name"), q.value(0).toString());
                                   f.insert(QStringLiteral("site_url"), q.value(1).toString());
                                   f.insert(QStringLiteral("host_unit"), q.value(2).toString());
                                   const auto kind = Vocabulary::siteKind(q.value(3).toString());
                                   f.insert(QStringLiteral("site_kind"),
                                       kind ? Vocabulary::displayName(*kind) : q.value(3).toString());
                                   f.insert(QStringLiteral("site_code"), q.value(4).toString());
                                   f.insert(QStringLiteral("icp_filing"), q.value(5).toString());
                                   f.insert(QStringLiteral("psb_filing"), q.value(6).toString());
                                   return true;
                               });
        if (!found)
            return found.error();
        if (!*found)
            return Error{tr("There is no site with the number %1.").arg(siteId), {}};
    }
    const QString from = firstDay(year);
    const QString to = lastDay(year);

    const auto requests = db::Query(db,
        QStringLiteral("SELECT count(*) FROM requests WHERE state = 'executed' AND closed_at >= ? AND closed_at < ? "
                       "AND (site_id = ? OR target_site_id = ? OR result_site_id = ?)"))
                              .bind(startUtc(year), startUtc(year + 1), siteId, siteId, siteId)
                              .value<int>(what);
    if (!requests)
        return requests.error();
    f.insert(QStringLiteral("requests_executed"), *requests);

    // One statement per source, each row of counts read into the keys given.
    const auto counts = [&](const QString& sql, const QVariantList& binds, const QStringList& keys) -> Status {
        return db::Query(db, sql).bindAll(binds).forEach(what, [&](const QSqlQuery& q) {
            for (int i = 0; i < keys.size(); ++i)
                f.insert(keys.at(i), q.value(i).isNull() ? QVariant(0) : QVariant(q.value(i).toLongLong()));
            return false;
        });
    };
    if (const Status s = counts(QStringLiteral("SELECT count(DISTINCT day), count(DISTINCT CASE WHEN failed > 0 THEN "
                                               "day END) FROM inspections WHERE site_id = ? AND day >= ? AND day <= ?"),
            {siteId, from, to}, {QStringLiteral("inspection_days"), QStringLiteral("inspection_failed_days")});
        !s)
        return s.error();
    if (const Status s = counts(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN status = 'closed' THEN 1 ELSE "
                                               "0 END), 0) FROM rectifications WHERE site_id = ? AND opened_on >= ? "
                                               "AND opened_on <= ?"),
            {siteId, from, to}, {QStringLiteral("rectifications_opened"), QStringLiteral("rectifications_closed")});
        !s)
        return s.error();
    if (const Status s = counts(QStringLiteral("SELECT coalesce(sum(probes), 0), coalesce(sum(failures), 0) FROM "
                                               "probe_daily WHERE site_id = ? AND day >= ? AND day <= ?"),
            {siteId, from, to}, {QStringLiteral("probe_count"), QStringLiteral("probe_failures")});
        !s)
        return s.error();
    const qint64 probes = f.value(QStringLiteral("probe_count")).toLongLong();
    f.insert(QStringLiteral("probe_availability"), share(probes - f.value(QStringLiteral("probe_failures")).toLongLong(), probes));
    if (const Status s = counts(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN valid = 1 THEN 1 ELSE 0 END), "
                                               "0), coalesce(sum(CASE WHEN valid = 1 AND status = 'closed' AND "
                                               "closed_on <= deadline THEN 1 ELSE 0 END), 0) FROM tickets WHERE "
                                               "site_id = ? AND received_on >= ? AND received_on <= ?"),
            {siteId, from, to},
            {QStringLiteral("tickets_received"), QStringLiteral("tickets_valid"), QStringLiteral("tickets_closed_on_time")});
        !s)
        return s.error();
    f.insert(QStringLiteral("tickets_on_time_rate"),
        share(f.value(QStringLiteral("tickets_closed_on_time")).toLongLong(),
            f.value(QStringLiteral("tickets_valid")).toLongLong()));
    {
        const Status s = db::Query(db,
            QStringLiteral("SELECT count(*), coalesce(sum(passed), 0), avg(total) FROM assessments WHERE site_id = ? "
                           "AND status = 'confirmed' AND period >= ? AND period <= ?"))
                             .bind(siteId, QStringLiteral("%1-01").arg(year), QStringLiteral("%1-12").arg(year))
                             .forEach(what, [&f](const QSqlQuery& q) {
                                 f.insert(QStringLiteral("spot_checks"), q.value(0).toInt());
                                 f.insert(QStringLiteral("spot_passed"), q.value(1).toInt());
                                 f.insert(QStringLiteral("spot_average"),
                                     q.value(2).isNull() ? QVariant() : QVariant(q.value(2).toDouble()));
                                 return false;
                             });
        if (!s)
            return s.error();
    }
    {
        const auto score = db::Query(db,
            QStringLiteral("SELECT c.total FROM score_cache c JOIN sites s ON s.code = c.site_code WHERE c.period = ? "
                           "AND s.id = ?"))
                               .bind(QString::number(year), siteId)
                               .first(what, [](const QSqlQuery& q) { return q.value(0).toDouble(); });
        if (!score)
            return score.error();
        f.insert(QStringLiteral("score_year"), *score ? QVariant(**score) : QVariant());
    }
    return f;
}

Result<qint64> AnnualReportQueries::officeOf(const QSqlDatabase& db, qint64 orgId)
{
    const QString what = tr("The units could not be read.");
    qint64 org = orgId;
    if (org == 0) {
        const auto root
            = db::Query(db, QStringLiteral("SELECT min(id) FROM organisations WHERE parent_id IS NULL")).value<qint64>(what);
        if (!root)
            return root.error();
        return *root;
    }
    for (int depth = 0; depth < 8 && org != 0; ++depth) {
        const auto row = db::Query(db, QStringLiteral("SELECT kind, coalesce(parent_id, 0) FROM organisations WHERE id = ?"))
                             .bind(org)
                             .first(what, [](const QSqlQuery& q) {
                                 return std::pair{q.value(0).toString(), q.value(1).toLongLong()};
                             });
        if (!row)
            return row.error();
        if (!*row)
            return qint64(0);
        if ((*row)->first == u"government")
            return org;
        org = (*row)->second;
    }
    return qint64(0);
}

Result<AnnualReportQueries::Names> AnnualReportQueries::names(const QSqlDatabase& db, qint64 orgId, qint64 siteId)
{
    Names n;
    const auto found = db::Query(db,
        QStringLiteral("SELECT o.name, coalesce(s.code, ''), coalesce(s.name, '') FROM organisations o LEFT JOIN "
                       "sites s ON s.id = ? WHERE o.id = ?"))
                           .bind(siteId, orgId)
                           .first(tr("The unit could not be read."), [&n](const QSqlQuery& q) {
                               n.orgName = q.value(0).toString();
                               n.siteCode = q.value(1).toString();
                               n.siteName = q.value(2).toString();
                               return true;
                           });
    if (!found)
        return found.error();
    return n;
}

} // namespace sitegov
