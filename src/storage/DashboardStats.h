#pragma once

#include "core/Inspection.h"
#include "core/Result.h"
#include "storage/AnnualReportService.h"
#include "storage/ProbeQueries.h"
#include "storage/RegistryStats.h"
#include "storage/ScoreQueries.h"
#include "storage/Session.h"
#include "storage/SpotCheckQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace sitegov {

// Every figure of the director's dashboard, for one account's jurisdiction on one day.
struct DashboardFigures
{
    RegistryFigures registry;
    qint64 unitId = 0; // the jurisdiction every figure covers (for system actors: the top unit)
    QString unitName;
    QDate today;
    int inspectedToday = 0; // running sites inspected today
    int runningSites = 0; // running sites (operating or migrating) in the jurisdiction
    bool ownSites = false; // the two above are the inspector's own: the sites they take care of, inspected by them
    int unresolvedRectifications = 0; // open or fixed, not yet closed
    int overdueRectifications = 0;
    int overdueTickets = 0; // error reports not closed by their deadline (TicketService::overdueCount)
    int unclosedTickets = 0;
    // Key policy items open past their 8 hours with an obliged portal in the jurisdiction that has not
    // reposted them (PolicyService::overdueCount), and the open items.
    int overduePolicies = 0;
    int openPolicies = 0;
    int requestsWaiting = 0; // for the account's decision, or (for those who do not decide) open in the jurisdiction:
                             // submitted, in review or approved awaiting the national filing (glossary)
    bool requestsAreInbox = false; // requestsWaiting counts the account's own inbox
    IsoWeek reviewWeek; // last ISO week
    int reviewsMissing = 0; // units without a signed review: not submitted, or a draft
    int reviewsDraft = 0;   // of those, the drafts
    int reviewsExpected = 0;
    bool hasScores = false;
    ScoreSummary lastPeriod; // the newest cached month
    ScoreSummary previousPeriod; // the month before it (count 0 when not cached)
    SpotCheckMonthFigures spotChecks; // this month's spot-check plans of the offices in the jurisdiction
    // The least share of its running sites the account's office checks a month: its own setting, or
    // the default of its level (10% for the province, 35% for cities and counties). The office is the
    // government of the jurisdiction's unit, or the nearest one above a department.
    int spotCheckSharePercent = 0;
    QList<VetoRiskRow> vetoRisk; // running sites over an early-warning line of the probe, worst first
    // The office's annual report (国办函〔2018〕12号) for last year, reminded of from 1 January until it
    // is published (the same office as the spot-check share's; `annualReport.due` false without one).
    AnnualReportService::Reminder annualReport;

    double coveragePercent() const { return runningSites > 0 ? qMin(100.0, 100.0 * inspectedToday / runningSites) : 0.0; }
};

// Computes the dashboard: a handful of indexed counts and the roll-up tables, so that it stays
// quick on 100,000 sites and 10 million inspections. Call it off the GUI thread.
class DashboardStats final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardStats)

public:
    static Result<DashboardFigures> compute(const QSqlDatabase& db, const Session& session, const QDate& today);
    // The division-code prefix of a unit's jurisdiction for the score cache ("35" for the
    // province, "3501" for Fuzhou); empty for all.
    static QString regionPrefix(const QString& divisionCode);
    // The scores of a unit's jurisdiction: none for the province, the city region for a city-level
    // unit, the prefix below that (the Scores page opens on the same).
    static ScoreScope scoreScope(const QString& divisionCode, const QString& level);
};

} // namespace sitegov
