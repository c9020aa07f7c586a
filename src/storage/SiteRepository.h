#pragma once

#include "core/Result.h"
#include "core/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace sitegov {

// Rows of the sites table. No permission checks and no audit here: RegistryService does both.
class SiteRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)

public:
    explicit SiteRepository(QSqlDatabase db);

    Result<qint64> insert(const Site& site);
    Status update(const Site& site);
    Result<Site> byId(qint64 id);
    Result<Site> byCode(const QString& code);
    Result<int> count();
    Result<QMap<SiteStatus, int>> countByStatus();
    // Open (not closed), non-special sites of a unit, except `excludingSiteId`.
    Result<int> openSitesOfUnit(qint64 orgId, qint64 excludingSiteId = 0);
    // "code name" of a site other than `excludingSiteId`, not closed, with this domain; empty when none.
    Result<QString> openSiteWithDomain(const QString& domain, qint64 excludingSiteId = 0);

    // Recomputes the SiteFlag bits of the given sites (all sites when the list is empty).
    Status refreshFlags(const QList<qint64>& siteIds = {});
    // Sites whose flags depend on a unit: its own sites.
    Result<QList<qint64>> siteIdsOfUnit(qint64 orgId);

    static Site fromRecord(const class QSqlQuery& q);
    static const char* columns();

private:
    QSqlDatabase m_db;
};

// Inside an open transaction, defers the full-text index of the sites inserted from now on to
// finish(), which indexes them in one statement (migration 0009: one by one, each insert made
// FTS5 write its pending index out). Ends with finish() at the latest when it goes out of scope,
// which must be before the transaction commits.
class SiteSearchDeferral final
{
    Q_DECLARE_TR_FUNCTIONS(SiteSearchDeferral)

public:
    explicit SiteSearchDeferral(QSqlDatabase db);
    ~SiteSearchDeferral();
    SiteSearchDeferral(const SiteSearchDeferral&) = delete;
    SiteSearchDeferral& operator=(const SiteSearchDeferral&) = delete;

    const Error& beginError() const { return m_error; }
    Status finish();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace sitegov
