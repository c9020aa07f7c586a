#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "core/Site.h"
#include "core/SiteRules.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

namespace sitegov {

// Changes to the registry (units and sites), each checked against the acting session, validated
// with SiteRules, and written to the audit trail in the same transaction. Site flags are kept
// current here.
class RegistryService final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryService)

public:
    // A second open site for a unit: refused by the form, recorded and flagged for merging by an
    // import (the registry records reality).
    enum class DuplicatePolicy { Refuse, Flag };

    explicit RegistryService(QSqlDatabase db);

    // Units.
    Result<qint64> createOrganisation(const Session& session, const Organisation& org);
    Status updateOrganisation(const Session& session, const Organisation& org); // name, level, kind, code, label
    // Under a unit whose division holds the unit's code, at its level or above; never a second top.
    Status moveOrganisation(const Session& session, qint64 orgId, qint64 newParentId);
    Status setOrganisationActive(const Session& session, qint64 orgId, bool active);

    // Sites.
    HostContext hostContext(qint64 orgId, qint64 excludingSiteId = 0);
    // The host unit's context for this site, and whether another open site has its domain.
    HostContext contextFor(const Site& site);
    QList<Finding> check(const Site& site);
    // `warnings`, when given, receives the rules' warnings for a site that was saved.
    Result<qint64> registerSite(const Session& session, const Site& site,
        DuplicatePolicy duplicates = DuplicatePolicy::Refuse, QList<Finding>* warnings = nullptr);
    Status updateSite(const Session& session, const Site& site);
    // Operating, migrating, closed (with its date), planned; a closing needs the closing date.
    Status changeSiteStatus(const Session& session, qint64 siteId, SiteStatus status, const QDate& on);
    Status changeSitePlatform(const Session& session, qint64 siteId, Platform platform);

    // For an import of sites, which registers thousands of sites under units it does not change:
    // the government whose label a department's site must carry is read once while the import's
    // transaction stays as it is (Transaction::epoch), not once per site (a unit usually has one
    // site, its government many departments). A change to a unit through this service forgets them.
    void rememberUnits() { m_rememberUnits = true; }
    // A unit the import has just read (by its name, for a row's host unit), so that registering
    // the row's site does not read it again. Kept under the same rules as rememberUnits(); ignored
    // when that is off. The memo holds a bounded number of units (kMaxRememberedUnits), since an
    // import of a province names each of its thousands of units once.
    void rememberUnit(const Organisation& org);

    static QJsonObject snapshot(const Organisation& org);
    static QJsonObject snapshot(const Site& site);

private:
    Status validateOrganisation(const Organisation& org);
    // The tree has one top, the province's government: another unit (other than `orgId`) there is refused.
    Status refuseSecondTop(const QString& name, qint64 orgId);

    // A unit, through the memo of rememberUnits() when it is on (the governments of departments).
    Result<Organisation> unit(qint64 orgId);
    void forgetUnits() { m_units.clear(); }

    QSqlDatabase m_db;
    bool m_rememberUnits = false;
    QHash<qint64, Organisation> m_units;
    quint64 m_unitsEpoch = 0;
    static constexpr qsizetype kMaxRememberedUnits = 4096;
};

} // namespace sitegov
