#include "storage/RegistryService.h"

#include "core/DivisionCode.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/ActiveFlag.h"
#include "storage/AuditLog.h"
#include "storage/OrganisationRepository.h"
#include "storage/SiteRepository.h"
#include "storage/SpotCheckService.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace sitegov {

RegistryService::RegistryService(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QJsonObject RegistryService::snapshot(const Organisation& o)
{
    return QJsonObject{{QStringLiteral("name"), o.name}, {QStringLiteral("parent_id"), o.parentId},
        {QStringLiteral("level"), Vocabulary::key(o.level)}, {QStringLiteral("kind"), Vocabulary::key(o.kind)},
        {QStringLiteral("division_code"), o.divisionCode}, {QStringLiteral("domain_label"), o.domainLabel},
        {QStringLiteral("active"), o.active}};
}

QJsonObject RegistryService::snapshot(const Site& s)
{
    return QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("name"), s.name},
        {QStringLiteral("url"), s.url}, {QStringLiteral("domain"), s.domain},
        {QStringLiteral("kind"), Vocabulary::key(s.kind)}, {QStringLiteral("status"), Vocabulary::key(s.status)},
        {QStringLiteral("platform"), Vocabulary::key(s.platform)}, {QStringLiteral("host_org_id"), s.hostOrgId},
        {QStringLiteral("supervisor_org_id"), s.supervisorOrgId}, {QStringLiteral("operator_name"), s.operatorName},
        {QStringLiteral("icp_filing"), s.icpFiling}, {QStringLiteral("psb_filing"), s.psbFiling},
        {QStringLiteral("opened_on"), s.openedOn.toString(Qt::ISODate)},
        {QStringLiteral("closed_on"), s.closedOn.toString(Qt::ISODate)}, {QStringLiteral("notes"), s.notes}};
}

// ---------------------------------------------------------------------------------------- units

Status RegistryService::validateOrganisation(const Organisation& org)
{
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    if (org.name.trimmed().isEmpty())
        return Error{tr("Give the unit's name."), {}};
    if (!sixDigits.match(org.divisionCode.trimmed()).hasMatch())
        return Error{
            tr("The division code of %1 must have 6 digits (行政区划代码), for example 350100.").arg(org.name), {}};
    static const QRegularExpression label(QStringLiteral("^[a-z0-9-]{0,63}$"));
    if (!label.match(org.domainLabel.trimmed()).hasMatch())
        return Error{tr("The domain label of %1 has only lower-case letters, digits and dashes.").arg(org.name), {}};
    // A unit lies within its parent's division, at the parent's level or below (a department shares
    // its government's code and level).
    if (org.parentId != 0) {
        const auto parent = OrganisationRepository(m_db).byId(org.parentId);
        if (!parent)
            return parent.error();
        if (!DivisionCode::contains(parent->divisionCode, org.divisionCode.trimmed()))
            return Error{tr("The division code %1 of %2 is not within %3 (%4).")
                             .arg(org.divisionCode.trimmed(), org.name.trimmed(), parent->name, parent->divisionCode),
                {}};
        if (int(org.level) < int(parent->level))
            return Error{tr("%1 (%2) cannot be a unit of %3 (%4), a lower level.")
                             .arg(org.name.trimmed(), Vocabulary::displayName(org.level), parent->name,
                                 Vocabulary::displayName(parent->level)),
                {}};
    }
    return {};
}

Status RegistryService::refuseSecondTop(const QString& name, qint64 orgId)
{
    const auto top
        = db::Query(m_db,
            QStringLiteral("SELECT name FROM organisations WHERE parent_id IS NULL AND id <> ? ORDER BY id LIMIT 1"))
              .bind(orgId)
              .first(tr("The units could not be read."), [](const QSqlQuery& q) { return q.value(0).toString(); });
    if (!top)
        return top.error();
    if (*top) {
        return Error{tr("%1 is already the unit at the top of the tree: %2 must be placed under it or under one of its "
                        "units.")
                         .arg(**top, name.trimmed()),
            {}};
    }
    return {};
}

Result<qint64> RegistryService::createOrganisation(const Session& session, const Organisation& org)
{
    forgetUnits();
    // A new top-level unit needs the whole database's rights; otherwise the parent must lie within
    // the session's jurisdiction.
    if (org.parentId == 0 && !session.isSystem())
        return Error{tr("Only the province's administrators may add a unit at the top of the tree."), {}};
    if (const Status s = Authorizer::require(m_db, session, Action::ManageOrganisations, org.parentId); !s)
        return s.error();
    if (org.parentId == 0) {
        if (const Status s = refuseSecondTop(org.name, 0); !s)
            return s.error();
    }
    if (const Status s = validateOrganisation(org); !s)
        return s.error();
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto id = OrganisationRepository(m_db).insert(org);
        if (!id)
            return id.error();
        return AuditLog::created(m_db, session, QStringLiteral("organisation"), *id, org.name, snapshot(org));
    });
}

Status RegistryService::updateOrganisation(const Session& session, const Organisation& org)
{
    forgetUnits();
    OrganisationRepository orgs(m_db);
    const auto before = orgs.byId(org.id);
    if (!before)
        return before.error();
    if (const Status s = Authorizer::require(m_db, session, Action::ManageOrganisations, org.id); !s)
        return s;
    if (const Status s = validateOrganisation(org); !s)
        return s;
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s
            = db::Query(m_db,
                QStringLiteral("UPDATE organisations SET name = ?, level = ?, kind = ?, division_code = ?, "
                               "domain_label = ?, updated_at = ? WHERE id = ?"))
                  .bind(org.name.trimmed(), Vocabulary::key(org.level), Vocabulary::key(org.kind),
                      org.divisionCode.trimmed(), Sql::nullIfEmpty(org.domainLabel), Sql::nowUtc(), org.id)
                  .exec(tr("The unit \"%1\" could not be saved.").arg(org.name));
            !s)
            return s;
        // Level and kind decide whether its sites are due for consolidation; a unit that becomes (or
        // stops being) a city-level government changes the city of its whole subtree.
        if (before->level != org.level || before->kind != org.kind) {
            if (const Status s = db::Query(m_db,
                    QStringLiteral(
                        "WITH RECURSIVE up(id, anc) AS (SELECT id, id FROM organisations UNION ALL SELECT up.id, "
                        "o.parent_id "
                        "FROM up JOIN organisations o ON o.id = up.anc WHERE o.parent_id IS NOT NULL) "
                        "UPDATE organisations SET city_org_id = (SELECT up.anc FROM up JOIN organisations a ON a.id = "
                        "up.anc "
                        "WHERE up.id = organisations.id AND a.level = 'city' AND a.kind = 'government' LIMIT 1)"))
                                     .exec(tr("The unit tree could not be updated."));
                !s)
                return s;
            const auto ids = SiteRepository(m_db).siteIdsOfUnit(org.id);
            if (!ids)
                return ids.error();
            if (!ids->isEmpty()) {
                if (const Status s = SiteRepository(m_db).refreshFlags(*ids); !s)
                    return s;
            }
        }
        Organisation after = org;
        after.parentId = before->parentId;
        after.active = before->active;
        return AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("organisation"),
            QString::number(org.id), org.name, snapshot(*before), snapshot(after));
    });
}

Status RegistryService::moveOrganisation(const Session& session, qint64 orgId, qint64 newParentId)
{
    forgetUnits();
    OrganisationRepository orgs(m_db);
    const auto before = orgs.byId(orgId);
    if (!before)
        return before.error();
    if (before->parentId == newParentId)
        return {};
    if (newParentId == 0 && !session.isSystem())
        return Error{tr("Only the province's administrators may move a unit to the top of the tree."), {}};
    if (const Status s = Authorizer::require(m_db, session, Action::ManageOrganisations, orgId); !s)
        return s;
    if (newParentId == 0) {
        if (const Status s = refuseSecondTop(before->name, orgId); !s)
            return s;
    }
    if (newParentId != 0) {
        if (const Status s = Authorizer::require(m_db, session, Action::ManageOrganisations, newParentId); !s)
            return s;
        // The new parent may not be the unit itself or one of its descendants.
        const auto inside = Authorizer::isWithin(m_db, orgId, newParentId);
        if (!inside)
            return inside.error();
        if (*inside)
            return Error{tr("A unit cannot move under itself or under one of its own units."), {}};
        // It must lie within the new parent's division, at its level or below, as a new unit must
        // (its own units lie within it, so they do too).
        Organisation moved = *before;
        moved.parentId = newParentId;
        if (const Status s = validateOrganisation(moved); !s)
            return s;
    }
    return db::inTransaction(m_db, [&]() -> Status {
        const QString what = tr("The unit could not be moved.");
        if (const Status s
            = db::Query(m_db, QStringLiteral("UPDATE organisations SET parent_id = ?, updated_at = ? WHERE id = ?"))
                  .bind(Sql::nullIfZero(newParentId), Sql::nowUtc(), orgId)
                  .exec(what);
            !s)
            return s;
        // The moved subtree may now lie in another city.
        if (const Status s = db::Query(m_db,
                QStringLiteral(
                    "WITH RECURSIVE down(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT o.id FROM organisations o "
                    "JOIN down ON o.parent_id = down.id), up(id, anc) AS (SELECT id, id FROM down UNION ALL "
                    "SELECT up.id, o.parent_id FROM up JOIN organisations o ON o.id = up.anc "
                    "WHERE o.parent_id IS NOT NULL) "
                    "UPDATE organisations SET city_org_id = (SELECT up.anc FROM up JOIN organisations a ON "
                    "a.id = up.anc "
                    "WHERE up.id = organisations.id AND a.level = 'city' AND a.kind = 'government' LIMIT 1) "
                    "WHERE id IN (SELECT id FROM down)"))
                                 .bind(orgId)
                                 .exec(what);
            !s)
            return s;
        Organisation after = *before;
        after.parentId = newParentId;
        return AuditLog::append(m_db, session, QStringLiteral("move"), QStringLiteral("organisation"),
            QString::number(orgId), before->name, snapshot(*before), snapshot(after));
    });
}

Status RegistryService::setOrganisationActive(const Session& session, qint64 orgId, bool active)
{
    forgetUnits();
    OrganisationRepository orgs(m_db);
    const auto before = orgs.byId(orgId);
    if (!before)
        return before.error();
    if (const Status s = Authorizer::require(m_db, session, Action::ManageOrganisations, orgId); !s)
        return s;
    if (before->active == active)
        return {};
    if (!active) {
        const auto held
            = db::Query(m_db,
                QStringLiteral("SELECT (SELECT count(*) FROM sites WHERE host_org_id = ? AND status <> 'closed'), "
                               "(SELECT count(*) FROM organisations WHERE parent_id = ? AND active = 1)"))
                  .bind(orgId, orgId)
                  .single(tr("The unit could not be read."), tr("The unit could not be read."), [](const QSqlQuery& q) {
                      return std::pair{q.value(0).toInt(), q.value(1).toInt()};
                  });
        if (!held)
            return held.error();
        if (held->first > 0)
            return Error{tr("%1 still runs %2 open sites: close or move them before deactivating the unit.")
                             .arg(before->name)
                             .arg(held->first),
                {}};
        if (held->second > 0)
            return Error{tr("%1 has %2 active units under it: deactivate or move them first.")
                             .arg(before->name)
                             .arg(held->second),
                {}};
    }
    Organisation after = *before;
    after.active = active;
    return ActiveFlag::set(m_db, session,
        {QStringLiteral("organisations"), QStringLiteral("organisation"), orgId, before->name, snapshot(*before),
            snapshot(after), tr("The unit could not be changed.")},
        active);
}

// ---------------------------------------------------------------------------------------- sites

Result<Organisation> RegistryService::unit(qint64 orgId)
{
    if (!m_rememberUnits || !Transaction::isOpen(m_db))
        return OrganisationRepository(m_db).byId(orgId);
    const quint64 epoch = Transaction::epoch(m_db);
    if (epoch != m_unitsEpoch) {
        m_units.clear();
        m_unitsEpoch = epoch;
    }
    const auto it = m_units.constFind(orgId);
    if (it != m_units.constEnd())
        return *it;
    const auto org = OrganisationRepository(m_db).byId(orgId);
    if (org)
        rememberUnit(*org);
    return org;
}

void RegistryService::rememberUnit(const Organisation& org)
{
    if (!m_rememberUnits || !Transaction::isOpen(m_db))
        return;
    const quint64 epoch = Transaction::epoch(m_db);
    if (epoch != m_unitsEpoch || m_units.size() >= kMaxRememberedUnits) {
        m_units.clear();
        m_unitsEpoch = epoch;
    }
    m_units.insert(org.id, org);
}

HostContext RegistryService::hostContext(qint64 orgId, qint64 excludingSiteId)
{
    HostContext c;
    if (orgId == 0)
        return c;
    const auto org = unit(orgId);
    if (!org)
        return c;
    c.known = true;
    c.level = org->level;
    c.kind = org->kind;
    c.divisionCode = org->divisionCode;
    c.domainLabel = org->domainLabel;
    c.active = org->active;
    c.otherOpenSites = SiteRepository(m_db).openSitesOfUnit(orgId, excludingSiteId).value();
    // A government's portal is named after the government's own label, a department's site after
    // its government's: pass the label the domain should carry.
    if (org->kind == OrgKind::Department && org->parentId != 0) {
        if (const auto parent = unit(org->parentId))
            c.domainLabel = parent->domainLabel;
    }
    return c;
}

HostContext RegistryService::contextFor(const Site& site)
{
    HostContext c = hostContext(site.hostOrgId, site.id);
    if (const auto taken = SiteRepository(m_db).openSiteWithDomain(site.domain, site.id))
        c.domainTakenBy = *taken;
    return c;
}

QList<Finding> RegistryService::check(const Site& site)
{
    return SiteRules::validate(site, contextFor(site));
}

Result<qint64> RegistryService::registerSite(
    const Session& session, const Site& site, DuplicatePolicy duplicates, QList<Finding>* warnings)
{
    if (const Status s = Authorizer::require(m_db, session, Action::EditSites, site.hostOrgId); !s)
        return s.error();
    HostContext ctx = contextFor(site);
    // An import records a second site as it is (a warning); the flag asks for the merge.
    ctx.secondSiteFlagged = duplicates == DuplicatePolicy::Flag;
    const QList<Finding> findings = SiteRules::validate(site, ctx);
    if (SiteRules::hasErrors(findings))
        return Error{SiteRules::summary(findings, Finding::Severity::Error), {}};
    if (warnings)
        *warnings = findings;
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        SiteRepository sites(m_db);
        const auto id = sites.insert(site);
        if (!id)
            return id.error();
        // Its own flags, and its unit's other sites when it is a second open site (which flags both
        // for merging). Only that flag of another site depends on this one, and only when this one
        // counts (not closed, not special) and the unit has another that counts (ctx.otherOpenSites,
        // the count SiteRules just judged by): otherwise nothing of the others changes, and an
        // import of a unit's one site need not read its unit's sites.
        QList<qint64> affected{*id};
        if (ctx.otherOpenSites > 0 && site.status != SiteStatus::Closed && site.kind != SiteKind::Special) {
            auto all = sites.siteIdsOfUnit(site.hostOrgId);
            if (!all)
                return all.error();
            affected = *all;
        }
        if (const Status s = sites.refreshFlags(affected); !s)
            return s.error();
        return AuditLog::created(
            m_db, session, QStringLiteral("site"), *id, site.code + u' ' + site.name, snapshot(site));
    });
}

Status RegistryService::updateSite(const Session& session, const Site& site)
{
    SiteRepository sites(m_db);
    const auto before = sites.byId(site.id);
    if (!before)
        return before.error();
    // Both the unit it leaves and the unit it joins must be the session's to change.
    if (const Status s = Authorizer::require(m_db, session, Action::EditSites, before->hostOrgId); !s)
        return s;
    if (site.hostOrgId != before->hostOrgId) {
        if (const Status s = Authorizer::require(m_db, session, Action::EditSites, site.hostOrgId); !s)
            return s;
    }
    QList<Finding> findings = check(site);
    // A site that was already one of two of its unit (from an import) can still be edited: the
    // one-site rule refuses only what the edit newly causes.
    if (before->hostOrgId == site.hostOrgId && (before->flags & FlagDuplicateUnit)) {
        HostContext ctx = contextFor(site);
        ctx.otherOpenSites = 0;
        findings = SiteRules::validate(site, ctx);
    }
    if (SiteRules::hasErrors(findings))
        return Error{SiteRules::summary(findings, Finding::Severity::Error), {}};
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s = sites.update(site); !s)
            return s;
        QList<qint64> affected = sites.siteIdsOfUnit(before->hostOrgId).value();
        if (site.hostOrgId != before->hostOrgId)
            affected += sites.siteIdsOfUnit(site.hostOrgId).value();
        if (const Status s = sites.refreshFlags(affected); !s)
            return s;
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("site"),
                QString::number(site.id), site.code + u' ' + site.name, snapshot(*before), snapshot(site));
            !s)
            return s;
        // A site that closes or moves onto the unified platform leaves this month's spot-check plans.
        return SpotCheckService(m_db).siteChanged(session, *before, site, site.closedOn);
    });
}

Status RegistryService::changeSiteStatus(const Session& session, qint64 siteId, SiteStatus status, const QDate& on)
{
    SiteRepository sites(m_db);
    const auto before = sites.byId(siteId);
    if (!before)
        return before.error();
    Site after = *before;
    after.status = status;
    if (status == SiteStatus::Closed) {
        after.closedOn = on.isValid() ? on : OfficeClock::today();
    } else {
        after.closedOn = QDate();
        if (status == SiteStatus::Operating && !after.openedOn.isValid())
            after.openedOn = on.isValid() ? on : OfficeClock::today();
    }
    if (const Status s = Authorizer::require(m_db, session, Action::EditSites, before->hostOrgId); !s)
        return s;
    QList<Finding> findings = check(after);
    if (before->flags & FlagDuplicateUnit || status == SiteStatus::Closed) {
        HostContext ctx = contextFor(after);
        ctx.otherOpenSites = 0;
        findings = SiteRules::validate(after, ctx);
    }
    if (SiteRules::hasErrors(findings))
        return Error{SiteRules::summary(findings, Finding::Severity::Error), {}};
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s = sites.update(after); !s)
            return s;
        if (const Status s = sites.refreshFlags(sites.siteIdsOfUnit(after.hostOrgId).value()); !s)
            return s;
        if (const Status s
            = AuditLog::append(m_db, session, QStringLiteral("status"), QStringLiteral("site"), QString::number(siteId),
                before->code + u' ' + Vocabulary::key(before->status) + QStringLiteral(" -> ")
                    + Vocabulary::key(status),
                snapshot(*before), snapshot(after));
            !s)
            return s;
        return SpotCheckService(m_db).siteChanged(session, *before, after, on);
    });
}

Status RegistryService::changeSitePlatform(const Session& session, qint64 siteId, Platform platform)
{
    SiteRepository sites(m_db);
    const auto before = sites.byId(siteId);
    if (!before)
        return before.error();
    if (const Status s = Authorizer::require(m_db, session, Action::EditSites, before->hostOrgId); !s)
        return s;
    if (before->platform == platform)
        return {};
    Site after = *before;
    after.platform = platform;
    return db::inTransaction(m_db, [&]() -> Status {
        if (const Status s = sites.update(after); !s)
            return s;
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("site"),
                QString::number(siteId), before->code + QStringLiteral(" platform -> ") + Vocabulary::key(platform),
                snapshot(*before), snapshot(after));
            !s)
            return s;
        return SpotCheckService(m_db).siteChanged(session, *before, after, OfficeClock::today());
    });
}

} // namespace sitegov
