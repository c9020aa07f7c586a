#include "storage/RequestExecution.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"

namespace sitegov {

RequestExecution::RequestExecution(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status RequestExecution::execute(const Session& approver, const RequestRecord& r)
{
    // The approver carries the decision out on the registry: the changes are theirs in the audit
    // trail, with the rights the approval gives them for this one request.
    Session acting = approver;
    acting.roles = Permissions::allRoles();
    RegistryService registry(m_db);
    SiteRepository sites(m_db);
    const QDate today = OfficeClock::today();
    switch (r.draft.type) {
    case RequestType::Open: {
        Site s = r.draft.proposal;
        s.hostOrgId = r.draft.unitId;
        s.status = SiteStatus::Operating;
        s.openedOn = today;
        s.notes = tr("Opened by request %1.").arg(r.draft.id);
        const auto id = registry.registerSite(acting, s);
        if (!id)
            return id.error();
        return db::Query(m_db, QStringLiteral("UPDATE requests SET result_site_id = ? WHERE id = ?"))
            .bind(*id, r.draft.id)
            .exec(tr("The request could not be saved."));
    }
    case RequestType::Close:
        return registry.changeSiteStatus(acting, r.draft.siteId, SiteStatus::Closed, today);
    case RequestType::Migrate: {
        if (const Status s = registry.changeSitePlatform(acting, r.draft.siteId, Platform::Unified); !s)
            return s;
        const auto site = sites.byId(r.draft.siteId);
        if (site && site->status == SiteStatus::Migrating)
            return registry.changeSiteStatus(acting, r.draft.siteId, SiteStatus::Operating, today);
        return {};
    }
    case RequestType::Merge: {
        auto site = sites.byId(r.draft.siteId);
        if (!site)
            return site.error();
        Site merged = *site;
        merged.notes = (merged.notes.isEmpty() ? QString() : merged.notes + u'\n')
            + tr("Merged into %1 by request %2.").arg(r.targetName).arg(r.draft.id);
        if (const Status s = registry.updateSite(acting, merged); !s)
            return s;
        return registry.changeSiteStatus(acting, r.draft.siteId, SiteStatus::Closed, today);
    }
    case RequestType::Change: {
        auto site = sites.byId(r.draft.siteId);
        if (!site)
            return site.error();
        Site changed = *site;
        if (!r.draft.proposal.name.trimmed().isEmpty())
            changed.name = r.draft.proposal.name.trimmed();
        if (!r.draft.proposal.domain.trimmed().isEmpty()) {
            changed.domain = r.draft.proposal.domain.trimmed().toLower();
            changed.url = QStringLiteral("https://%1/").arg(changed.domain);
        }
        if (r.draft.proposal.hostOrgId != 0)
            changed.hostOrgId = r.draft.proposal.hostOrgId;
        return registry.updateSite(acting, changed);
    }
    }
    return {};
}

} // namespace sitegov
