#include "storage/RegistryService.h"

#include "storage/AuditLog.h"
#include "storage/OrganisationRepository.h"
#include "storage/SiteRepository.h"
#include "storage/Sql.h"

namespace sitegov {

RegistryService::RegistryService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QJsonObject RegistryService::snapshot(const Organisation& o)
{
    return QJsonObject{{QStringLiteral("name"), o.name},
        {QStringLiteral("parent_id"), o.parentId},
        {QStringLiteral("level"), Vocabulary::key(o.level)},
        {QStringLiteral("kind"), Vocabulary::key(o.kind)},
        {QStringLiteral("division_code"), o.divisionCode},
        {QStringLiteral("domain_label"), o.domainLabel},
        {QStringLiteral("active"), o.active}};
}

QJsonObject RegistryService::snapshot(const Site& s)
{
    return QJsonObject{{QStringLiteral("code"), s.code},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("url"), s.url},
        {QStringLiteral("domain"), s.domain},
        {QStringLiteral("kind"), Vocabulary::key(s.kind)},
        {QStringLiteral("status"), Vocabulary::key(s.status)},
        {QStringLiteral("platform"), Vocabulary::key(s.platform)},
        {QStringLiteral("host_org_id"), s.hostOrgId},
        {QStringLiteral("supervisor_org_id"), s.supervisorOrgId},
        {QStringLiteral("operator_name"), s.operatorName},
        {QStringLiteral("icp_filing"), s.icpFiling},
        {QStringLiteral("psb_filing"), s.psbFiling},
        {QStringLiteral("opened_on"), s.openedOn.toString(Qt::ISODate)},
        {QStringLiteral("closed_on"), s.closedOn.toString(Qt::ISODate)}};
}

Result<qint64> RegistryService::createOrganisation(const Session& session, const Organisation& org)
{
    // A new top-level unit needs the whole database's rights; otherwise the parent must lie within
    // the session's jurisdiction.
    if (org.parentId == 0 && !session.isSystem())
        return Error{tr("Only the province's administrators may add a unit at the top of the tree."), {}};
    if (const Status s = Authorizer::require(m_db, session, Action::ManageOrganisations, org.parentId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const auto id = OrganisationRepository(m_db).insert(org);
    if (!id)
        return id.error();
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("create"), QStringLiteral("organisation"),
            QString::number(*id), org.name, {}, snapshot(org));
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> RegistryService::registerSite(const Session& session, const Site& site)
{
    if (const Status s = Authorizer::require(m_db, session, Action::EditSites, site.hostOrgId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const auto id = SiteRepository(m_db).insert(site);
    if (!id)
        return id.error();
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("create"), QStringLiteral("site"),
            QString::number(*id), site.code + u' ' + site.name, {}, snapshot(site));
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

} // namespace sitegov
