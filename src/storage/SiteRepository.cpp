#include "storage/SiteRepository.h"

#include "storage/Sql.h"

#include <QSqlQuery>

namespace sitegov {

SiteRepository::SiteRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const char* SiteRepository::columns()
{
    return "id, code, name, url, domain, kind, status, platform, host_org_id, supervisor_org_id, operator_name, "
           "icp_filing, psb_filing, opened_on, closed_on";
}

Site SiteRepository::fromRecord(const QSqlQuery& q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.url = q.value(3).toString();
    s.domain = q.value(4).toString();
    s.kind = Vocabulary::siteKind(q.value(5).toString()).value_or(SiteKind::Portal);
    s.status = Vocabulary::siteStatus(q.value(6).toString()).value_or(SiteStatus::Planned);
    s.platform = Vocabulary::platform(q.value(7).toString()).value_or(Platform::Standalone);
    s.hostOrgId = q.value(8).toLongLong();
    s.supervisorOrgId = q.value(9).toLongLong();
    s.operatorName = q.value(10).toString();
    s.icpFiling = q.value(11).toString();
    s.psbFiling = q.value(12).toString();
    s.openedOn = Sql::toDate(q.value(13));
    s.closedOn = Sql::toDate(q.value(14));
    return s;
}

Result<qint64> SiteRepository::insert(const Site& site)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("INSERT INTO sites (code, name, url, domain, kind, status, platform, host_org_id, "
                           "supervisor_org_id, operator_name, icp_filing, psb_filing, opened_on, closed_on, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            &e))
        return e;
    const QString now = Sql::nowUtc();
    q.addBindValue(site.code.trimmed());
    q.addBindValue(site.name.trimmed());
    q.addBindValue(site.url.trimmed());
    q.addBindValue(site.domain.trimmed().toLower());
    q.addBindValue(Vocabulary::key(site.kind));
    q.addBindValue(Vocabulary::key(site.status));
    q.addBindValue(Vocabulary::key(site.platform));
    q.addBindValue(site.hostOrgId);
    q.addBindValue(Sql::nullIfZero(site.supervisorOrgId));
    q.addBindValue(Sql::nullIfEmpty(site.operatorName));
    q.addBindValue(Sql::nullIfEmpty(site.icpFiling));
    q.addBindValue(Sql::nullIfEmpty(site.psbFiling));
    q.addBindValue(Sql::date(site.openedOn));
    q.addBindValue(Sql::date(site.closedOn));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!Sql::exec(q, &e, tr("The site \"%1\" could not be saved.").arg(site.name)))
        return e;
    return q.lastInsertId().toLongLong();
}

Result<Site> SiteRepository::byId(qint64 id)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT %1 FROM sites WHERE id = ?").arg(QLatin1String(columns())), &e))
        return e;
    q.addBindValue(id);
    if (!Sql::exec(q, &e, tr("The site could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no site with the number %1.").arg(id), {}};
    return fromRecord(q);
}

Result<int> SiteRepository::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sites")) || !q.next())
        return Sql::error(q, tr("The sites could not be counted."));
    return q.value(0).toInt();
}

Result<QMap<SiteStatus, int>> SiteRepository::countByStatus()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT status, count(*) FROM sites GROUP BY status")))
        return Sql::error(q, tr("The sites could not be counted."));
    QMap<SiteStatus, int> out;
    for (SiteStatus s : Vocabulary::siteStatuses())
        out.insert(s, 0);
    while (q.next()) {
        if (const auto s = Vocabulary::siteStatus(q.value(0).toString()))
            out.insert(*s, q.value(1).toInt());
    }
    return out;
}

} // namespace sitegov
