#include "storage/SiteActivity.h"

#include "db/Query.h"
#include "storage/ScoreQueries.h"

namespace sitegov {

Result<SiteActivity> SiteActivityQueries::load(const QSqlDatabase& db, qint64 siteId, const QDate& today)
{
    SiteActivity a;
    a.siteId = siteId;
    const QString what = tr("The site's activity could not be read.");
    const auto code = db::Query(db, QStringLiteral("SELECT code FROM sites WHERE id = ?"))
                          .bind(siteId)
                          .single<QString>(what, tr("The site no longer exists."));
    if (!code)
        return code.error();
    a.siteCode = *code;

    const auto requests = db::Query(db,
        QStringLiteral("SELECT id, type, state, title, updated_at FROM requests WHERE site_id = ? OR target_site_id = ? "
                       "OR result_site_id = ? ORDER BY updated_at DESC, id DESC LIMIT ?"))
                              .bind(siteId, siteId, siteId, kLines)
                              .rows(what, [](const QSqlQuery& q) {
                                  return SiteActivity::RequestLine{q.value(0).toLongLong(), q.value(1).toString(),
                                      q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
                              });
    if (!requests)
        return requests.error();
    a.requests = *requests;
    const auto requestCount = db::Query(db,
        QStringLiteral("SELECT count(*) FROM requests WHERE site_id = ? OR target_site_id = ? OR result_site_id = ?"))
                                  .bind(siteId, siteId, siteId)
                                  .value<int>(what);
    if (!requestCount)
        return requestCount.error();
    a.requestCount = *requestCount;

    const auto inspections = db::Query(db,
        QStringLiteral("SELECT id, day, inspector, failed FROM inspections WHERE site_id = ? ORDER BY day DESC, id DESC "
                       "LIMIT ?"))
                                 .bind(siteId, kLines)
                                 .rows(what, [](const QSqlQuery& q) {
                                     return SiteActivity::InspectionLine{q.value(0).toLongLong(),
                                         QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
                                         q.value(3).toInt()};
                                 });
    if (!inspections)
        return inspections.error();
    a.inspections = *inspections;
    const auto inspectionCount = db::Query(db, QStringLiteral("SELECT count(*) FROM inspections WHERE site_id = ?"))
                                     .bind(siteId)
                                     .value<int>(what);
    if (!inspectionCount)
        return inspectionCount.error();
    a.inspectionCount = *inspectionCount;

    const auto rectifications = db::Query(db,
        QStringLiteral("SELECT id, problem, deadline, status FROM rectifications WHERE site_id = ? AND status IN "
                       "('open', 'fixed') ORDER BY deadline, id LIMIT ?"))
                                    .bind(siteId, kLines)
                                    .rows(what, [&today](const QSqlQuery& q) {
                                        const QDate deadline = QDate::fromString(q.value(2).toString(), Qt::ISODate);
                                        const QString status = q.value(3).toString();
                                        return SiteActivity::RectificationLine{q.value(0).toLongLong(),
                                            q.value(1).toString(), deadline, status,
                                            status == u"open" && deadline.isValid() && deadline < today};
                                    });
    if (!rectifications)
        return rectifications.error();
    a.rectifications = *rectifications;
    const auto rectificationCount = db::Query(db,
        QStringLiteral("SELECT count(*) FROM rectifications WHERE site_id = ? AND status IN ('open', 'fixed')"))
                                        .bind(siteId)
                                        .value<int>(what);
    if (!rectificationCount)
        return rectificationCount.error();
    a.rectificationCount = *rectificationCount;

    const auto series = ScoreQueries(db).siteSeries(a.siteCode, Period::Kind::Month, kScoreMonths);
    if (!series)
        return series.error();
    a.scores = *series;
    return a;
}

} // namespace sitegov
