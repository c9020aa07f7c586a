#pragma once

#include "core/Inspection.h"
#include "core/Result.h"
#include "storage/ProbeQueries.h"
#include "storage/ProbeRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <functional>

namespace sitegov {

// What sitegov-probe reads from the registry and writes back (docs/design/probe.md). The probe is
// a measuring instrument, not an account: its rows are not governed data and are not audited; the
// settings it reads are (ProbeSettingsService).
class ProbeStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeStore)

public:
    struct Filter
    {
        qint64 orgId = 0; // only sites hosted by this unit or below it (a region's machine); 0: all
        QString siteCode; // one site
    };

    explicit ProbeStore(QSqlDatabase db);

    // The running sites (operating or migrating), with their settings and active columns. Sites
    // under announced maintenance at `now` are left out; closed and planned sites never come.
    Result<QList<ProbeTarget>> targets(const Filter& filter, const QDateTime& now);

    // Writes probes and keeps the daily roll-up, in one transaction.
    Status recordAvailability(const QList<AvailabilityRecord>& probes);
    // Writes a daily check: its fetches, its findings (opened, seen again, resolved), the columns'
    // states and the site's last check, in one transaction.
    Status recordSiteCheck(SiteCheckRecord check);

    // When each site was last probed, and last checked in full (the scheduler starts from these).
    Result<QHash<qint64, QDateTime>> lastProbes();
    Result<QHash<qint64, QDateTime>> lastChecks();

    // The subjects of a site's open findings of `kind` (the link checker's "suspected" links).
    Result<QStringList> openSubjects(qint64 siteId, FindingKind kind);

    // What the probe had measured of an inspection's items when it was logged, and whether the
    // inspector confirmed each (the same result) or overrode it (inspection_probe_items). Items the
    // inspection does not hold are left out; a second call for the inspection replaces the first.
    Status recordInspectionItems(qint64 inspectionId, const QList<MeasuredItem>& measured, const Outcomes& outcomes);

    // Deletes raw probes and fetches older than `before` (what open findings and the columns' and
    // sites' last checks point to stays). The daily roll-up keeps their counts. Returns rows deleted.
    Result<qint64> purge(const QDateTime& before);
    static constexpr int kKeepDays = 400;

private:
    Status recordReposts(const SiteCheckRecord& check, const std::function<QVariant(int)>& fetchId);
    // The open key policy items each obliged portal with a designated column has not reposted yet.
    Status addPolicies(QList<ProbeTarget>& targets, const QSet<qint64>& obliged, const QDateTime& now);

    QSqlDatabase m_db;
};

} // namespace sitegov
