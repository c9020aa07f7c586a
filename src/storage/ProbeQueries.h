#pragma once

#include "core/Inspection.h"
#include "core/Result.h"
#include "storage/ProbeRecords.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace sitegov {

// What the probe measured, as the console, sitegovctl and the spot-check form read it.
struct ProbeWeekRow
{
    qint64 siteId = 0;
    QString code;
    QString name;
    QString unitName;
    WeekAvailability week;
    Verdict verdict = Verdict::Pass;
};

// The last daily check of a site.
struct ProbeSiteState
{
    QDateTime checkedAt;
    QDate homepageNewest;
    QDateTime tlsExpires;
    int linksChecked = 0;
    int linksFailed = 0;
    std::optional<FetchRecord> homepage;
};

// A site over an early-warning line (the dashboard's "veto risk" card and the list it opens).
struct VetoRiskRow
{
    qint64 siteId = 0;
    QString code;
    QString name;
    QString unitName;
    WeekAvailability week; // this week so far
    Verdict availability = Verdict::Pass;
    std::optional<FindingKind> homepage; // HomepageStale, HomepageAging or HomepageUndated
    int staleColumns = 0;
    int blankColumns = 0;
    Verdict columns = Verdict::Pass;
    Verdict worst() const;
};

// A site's probe evidence over a period: what the spot-check form shows beside the veto items.
struct ProbeEvidence
{
    qint64 siteId = 0;
    QDate from;
    QDate to;
    WeekAvailability availability; // over the period; daysUnderMinimum counts its days
    Verdict availabilityVerdict = Verdict::Pass;
    QList<ProbeDay> days;
    QList<AvailabilityRecord> failedProbes; // each failed probe (and each blip), the raw evidence
    QList<FindingView> findings; // open at some moment of the period, each with its last evidence
    QList<ProbeColumn> columns; // the registered columns as last checked
    std::optional<ProbeSiteState> state;
};

// A checklist item the probe measured, for the inspection form to pre-fill.
struct MeasuredItem
{
    QString key; // the checklist item
    ItemResult result = ItemResult::Pass;
    QString evidence; // the measurement in words
    QDateTime measuredAt;
};

class ProbeQueries final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeQueries)

public:
    explicit ProbeQueries(QSqlDatabase db);

    // Per site, the ISO week's probes, failures, blips and verdict: the running sites and any site
    // probed that week, within `orgId`'s jurisdiction (0: all), by identifier code.
    Result<QList<ProbeWeekRow>> week(const IsoWeek& week, qint64 orgId = 0);
    // One site's days from `from` to `to`, every day present (zeros where nothing was probed).
    Result<QList<ProbeDay>> days(qint64 siteId, const QDate& from, const QDate& to);
    Result<WeekAvailability> availability(qint64 siteId, const QDate& from, const QDate& to);
    Result<QList<ProbeColumn>> columns(qint64 siteId, bool activeOnly = true);
    // A site's findings: open ones, or (with `from`/`to`) those open at some moment of the period.
    Result<QList<FindingView>> findings(qint64 siteId, bool openOnly = true, const QDateTime& from = {},
        const QDateTime& to = {});
    Result<std::optional<ProbeSiteState>> siteState(qint64 siteId);
    Result<std::optional<ProbeSiteSettings>> settings(qint64 siteId);
    Result<std::optional<FetchRecord>> fetch(qint64 fetchId);
    Result<QList<AvailabilityRecord>> probes(qint64 siteId, const QDateTime& from, const QDateTime& to,
        bool failedOrBlipsOnly);

    // The running sites of the session's jurisdiction over an early-warning line on `today`: the
    // week's failed probes at 3% or more (from one day's worth of probes), the homepage 10 days old
    // or more, or 3 columns stale or blank. Sorted worst first.
    Result<QList<VetoRiskRow>> vetoRisk(const Session& session, const QDate& today);

    // The spot-check form's evidence: everything the probe measured on a site from `from` to `to`
    // (office days, inclusive): the availability figures and each failed probe, the findings open at
    // some moment in the period with the page each rests on, and the columns.
    Result<ProbeEvidence> evidence(qint64 siteId, const QDate& from, const QDate& to);

    // The checklist items the probe has measured on a site for the inspection of `day`: the
    // availability from the day's probes, the rest from a daily check made that day or the day
    // before. Items without a recent measurement are left out.
    Result<QList<MeasuredItem>> measured(qint64 siteId, const QDate& day);

private:
    qint64 jurisdictionOf(const Session& session);

    QSqlDatabase m_db;
};

} // namespace sitegov
