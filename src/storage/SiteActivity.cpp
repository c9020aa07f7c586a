#include "storage/SiteActivity.h"

#include "storage/ScoreQueries.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace sitegov {

namespace {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, Error* e)
{
    if (!Sql::prepare(q, sql, e))
        return false;
    for (const QVariant& v : binds)
        q.addBindValue(v);
    return Sql::exec(q, e, SiteActivityQueries::tr("The site's activity could not be read."));
}

} // namespace

Result<SiteActivity> SiteActivityQueries::load(const QSqlDatabase& db, qint64 siteId, const QDate& today)
{
    SiteActivity a;
    a.siteId = siteId;
    QSqlQuery q(db);
    Error e;
    if (!run(q, QStringLiteral("SELECT code FROM sites WHERE id = ?"), {siteId}, &e))
        return e;
    if (!q.next())
        return Error{tr("The site no longer exists."), {}};
    a.siteCode = q.value(0).toString();

    if (!run(q,
            QStringLiteral("SELECT id, type, state, title, updated_at FROM requests WHERE site_id = ? OR target_site_id = ? "
                           "OR result_site_id = ? ORDER BY updated_at DESC, id DESC LIMIT ?"),
            {siteId, siteId, siteId, kLines}, &e))
        return e;
    while (q.next()) {
        a.requests << SiteActivity::RequestLine{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString()};
    }
    if (!run(q,
            QStringLiteral("SELECT count(*) FROM requests WHERE site_id = ? OR target_site_id = ? OR result_site_id = ?"),
            {siteId, siteId, siteId}, &e)
        || !q.next())
        return e;
    a.requestCount = q.value(0).toInt();

    if (!run(q,
            QStringLiteral("SELECT id, day, inspector, failed FROM inspections WHERE site_id = ? ORDER BY day DESC, id DESC "
                           "LIMIT ?"),
            {siteId, kLines}, &e))
        return e;
    while (q.next()) {
        a.inspections << SiteActivity::InspectionLine{q.value(0).toLongLong(),
            QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(), q.value(3).toInt()};
    }
    if (!run(q, QStringLiteral("SELECT count(*) FROM inspections WHERE site_id = ?"), {siteId}, &e) || !q.next())
        return e;
    a.inspectionCount = q.value(0).toInt();

    if (!run(q,
            QStringLiteral("SELECT id, problem, deadline, status FROM rectifications WHERE site_id = ? AND status IN "
                           "('open', 'fixed') ORDER BY deadline, id LIMIT ?"),
            {siteId, kLines}, &e))
        return e;
    while (q.next()) {
        const QDate deadline = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const QString status = q.value(3).toString();
        a.rectifications << SiteActivity::RectificationLine{q.value(0).toLongLong(), q.value(1).toString(), deadline,
            status, status == u"open" && deadline.isValid() && deadline < today};
    }
    if (!run(q, QStringLiteral("SELECT count(*) FROM rectifications WHERE site_id = ? AND status IN ('open', 'fixed')"),
            {siteId}, &e)
        || !q.next())
        return e;
    a.rectificationCount = q.value(0).toInt();

    const auto series = ScoreQueries(db).siteSeries(a.siteCode, Period::Kind::Month, kScoreMonths);
    if (!series)
        return series.error();
    a.scores = *series;
    return a;
}

} // namespace sitegov
