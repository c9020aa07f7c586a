#include "storage/SiteRepository.h"

#include "db/Dialect.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sitegov {

SiteRepository::SiteRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const char* SiteRepository::columns()
{
    return "id, code, name, url, domain, kind, status, platform, host_org_id, supervisor_org_id, operator_name, "
           "icp_filing, psb_filing, opened_on, closed_on, notes, flags";
}

Site SiteRepository::fromRecord(const QSqlQuery& q)
{
    Site s;
    db::RowReader in(q);
    in.into(s.id, s.code, s.name, s.url, s.domain);
    s.kind = Vocabulary::siteKind(in.next().toString()).value_or(SiteKind::Portal);
    s.status = Vocabulary::siteStatus(in.next().toString()).value_or(SiteStatus::Planned);
    s.platform = Vocabulary::platform(in.next().toString()).value_or(Platform::Standalone);
    in.into(s.hostOrgId, s.supervisorOrgId, s.operatorName, s.icpFiling, s.psbFiling, s.openedOn, s.closedOn, s.notes,
        s.flags);
    return s;
}

namespace {
void bindFields(QSqlQuery& q, const Site& site)
{
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
    q.addBindValue(Sql::nullIfEmpty(site.notes));
}
} // namespace

Result<qint64> SiteRepository::insert(const Site& site)
{
    Error e;
    QSqlQuery* statement = Sql::cached(m_db,
        Sql::returningId(m_db, QStringLiteral("INSERT INTO sites (code, name, url, domain, kind, status, platform, host_org_id, "
                       "supervisor_org_id, operator_name, icp_filing, psb_filing, opened_on, closed_on, notes, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        &e);
    if (!statement)
        return e;
    QSqlQuery& q = *statement;
    bindFields(q, site);
    const QString now = Sql::nowUtc();
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        const Error failed = Sql::error(q, tr("The site \"%1\" could not be saved.").arg(site.name));
        q.finish();
        // The only unique key of a new site is its code.
        if (failed.code == db::Dialect::uniqueViolationCode())
            return Error{tr("The identifier code %1 is registered already.").arg(site.code.trimmed()), failed.detail};
        return failed;
    }
    const qint64 id = Sql::insertedId(q);
    q.finish();
    return id;
}

Status SiteRepository::update(const Site& site)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("UPDATE sites SET code = ?, name = ?, url = ?, domain = ?, kind = ?, status = ?, platform = ?, "
                           "host_org_id = ?, supervisor_org_id = ?, operator_name = ?, icp_filing = ?, psb_filing = ?, "
                           "opened_on = ?, closed_on = ?, notes = ?, updated_at = ? WHERE id = ?"),
            &e))
        return e;
    bindFields(q, site);
    q.addBindValue(Sql::nowUtc());
    q.addBindValue(site.id);
    if (!q.exec()) {
        const Error failed = Sql::error(q, tr("The site \"%1\" could not be saved.").arg(site.name));
        if (failed.code == db::Dialect::uniqueViolationCode())
            return Error{tr("The identifier code %1 is registered already.").arg(site.code.trimmed()), failed.detail};
        return failed;
    }
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no site with the number %1.").arg(site.id), {}};
    return {};
}

Result<Site> SiteRepository::byId(qint64 id)
{
    Error e;
    // Prepared once per connection: imports read a site for every row.
    QSqlQuery* statement = Sql::cached(m_db, QStringLiteral("SELECT %1 FROM sites WHERE id = ?").arg(QLatin1String(columns())), &e);
    if (!statement)
        return e;
    QSqlQuery& q = *statement;
    q.addBindValue(id);
    if (!Sql::exec(q, &e, tr("The site could not be read.")))
        return e;
    if (!q.next()) {
        q.finish();
        return Error{tr("There is no site with the number %1.").arg(id), {}};
    }
    const Site site = fromRecord(q);
    q.finish();
    return site;
}

Result<Site> SiteRepository::byCode(const QString& code)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT %1 FROM sites WHERE code = ?").arg(QLatin1String(columns())), &e))
        return e;
    q.addBindValue(code.trimmed());
    if (!Sql::exec(q, &e, tr("The site could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no site with the identifier code %1.").arg(code.trimmed()), {}};
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

Result<int> SiteRepository::openSitesOfUnit(qint64 orgId, qint64 excludingSiteId)
{
    Error e;
    QSqlQuery* q = Sql::cached(m_db,
        QStringLiteral("SELECT count(*) FROM sites WHERE host_org_id = ? AND id <> ? AND status <> 'closed' AND kind <> "
                       "'special'"),
        &e);
    if (!q)
        return e;
    q->addBindValue(orgId);
    q->addBindValue(excludingSiteId);
    if (!Sql::exec(*q, &e, tr("The sites could not be counted.")) || !q->next())
        return e;
    const int n = q->value(0).toInt();
    q->finish();
    return n;
}

Result<QString> SiteRepository::openSiteWithDomain(const QString& domain, qint64 excludingSiteId)
{
    const QString d = domain.trimmed().toLower(); // as stored
    if (d.isEmpty())
        return QString();
    Error e;
    QSqlQuery* q = Sql::cached(m_db,
        QStringLiteral("SELECT code || ' ' || name FROM sites WHERE domain = ? AND id <> ? AND status <> 'closed' LIMIT 1"), &e);
    if (!q)
        return e;
    q->addBindValue(d);
    q->addBindValue(excludingSiteId);
    if (!Sql::exec(*q, &e, tr("The sites could not be read.")))
        return e;
    const QString found = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return found;
}

Result<QList<qint64>> SiteRepository::siteIdsOfUnit(qint64 orgId)
{
    Error e;
    QSqlQuery* q = Sql::cached(m_db, QStringLiteral("SELECT id FROM sites WHERE host_org_id = ?"), &e);
    if (!q)
        return e;
    q->addBindValue(orgId);
    if (!Sql::exec(*q, &e, tr("The sites could not be read.")))
        return e;
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    q->finish();
    return out;
}

Status SiteRepository::refreshFlags(const QList<qint64>& siteIds)
{
    // One statement for the whole rule set, so that the list's flag filter and the dashboard read
    // a plain column.
    // Built once: a sites import refreshes a site's flags for every row.
    static const QString sql = QStringLiteral(
        "UPDATE sites SET flags ="
        " (CASE WHEN status <> 'closed' AND EXISTS (SELECT 1 FROM organisations o WHERE o.id = sites.host_org_id AND"
        "   (o.level = 'township' OR (o.level = 'county' AND o.kind = 'department'))) THEN 1 ELSE 0 END)"
        " | (CASE WHEN status <> 'closed' AND kind <> 'special' AND EXISTS (SELECT 1 FROM sites s2 WHERE"
        "   s2.host_org_id = sites.host_org_id AND s2.id <> sites.id AND s2.status <> 'closed' AND s2.kind <> 'special')"
        "   THEN 2 ELSE 0 END)"
        " | (CASE WHEN status IN ('operating', 'migrating') AND NOT EXISTS (SELECT 1 FROM assignments a WHERE"
        "   a.site_id = sites.id AND a.role = 'caretaker' AND a.end_on IS NULL) THEN 4 ELSE 0 END)"
        " | (CASE WHEN status IN ('operating', 'migrating') AND NOT EXISTS (SELECT 1 FROM assignments a WHERE"
        "   a.site_id = sites.id AND a.role = 'security' AND a.end_on IS NULL) THEN 8 ELSE 0 END)");
    QSqlQuery q(m_db);
    if (siteIds.isEmpty()) {
        if (!q.exec(sql))
            return Sql::error(q, tr("The site flags could not be updated."));
        return {};
    }
    // Bounded IN lists keep the statement within SQLite's variable limit.
    for (qsizetype from = 0; from < siteIds.size(); from += 500) {
        const QList<qint64> part = siteIds.mid(from, 500);
        static const QString one = sql + QStringLiteral(" WHERE id IN (?)");
        QString many;
        if (part.size() > 1) {
            QStringList marks;
            for (qsizetype i = 0; i < part.size(); ++i)
                marks << QStringLiteral("?");
            many = sql + QStringLiteral(" WHERE id IN (") + marks.join(u',') + u')';
        }
        Error e;
        QSqlQuery* update = Sql::cached(m_db, part.size() == 1 ? one : many, &e);
        if (!update)
            return e;
        for (qint64 id : part)
            update->addBindValue(id);
        if (!update->exec())
            return Sql::error(*update, tr("The site flags could not be updated."));
    }
    return {};
}

SiteSearchDeferral::SiteSearchDeferral(QSqlDatabase db)
    : m_db(std::move(db))
{
    // Outside a transaction the marker would commit on its own and stop indexing for good.
    if (!Transaction::isOpen(m_db)) {
        m_error = Error{tr("The search index could not be prepared for the import."),
            QStringLiteral("SiteSearchDeferral needs an open transaction")};
        return;
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("INSERT INTO site_search_deferred (since_id) SELECT coalesce(max(id), 0) FROM sites")))
        m_active = true;
    else
        m_error = Sql::error(q, tr("The search index could not be prepared for the import."));
}

SiteSearchDeferral::~SiteSearchDeferral()
{
    if (const Status s = finish(); !s)
        qWarning("%s", qPrintable(s.error().fullText()));
}

Status SiteSearchDeferral::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    if (!Transaction::isOpen(m_db)) // rolled back: the marker went with it
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO site_search (rowid, text) SELECT s.id, s.code || ' ' || s.name || ' ' || "
                               "s.domain || ' ' || o.name FROM sites s JOIN organisations o ON o.id = s.host_org_id WHERE "
                               "s.id > (SELECT min(since_id) FROM site_search_deferred)"))
        || !q.exec(QStringLiteral("DELETE FROM site_search_deferred")))
        return Sql::error(q, tr("The imported sites could not be added to the search index."));
    return {};
}

} // namespace sitegov
