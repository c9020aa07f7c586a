#pragma once

#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace sitegov {

class Database;

struct DemoSummary
{
    int organisations = 0;
    int sites = 0;
    int accounts = 0;
    int persons = 0;
    int assignments = 0;
};

// Builds the realistic Fujian demo registry: the province, its nine cities and Pingtan, their
// counties with real division codes, departments at every level, and a few hundred sites across
// levels, kinds, statuses and platforms, and accounts for every role (password kPassword).
// Deterministic for a given seed and date. Everything goes through the audited services, as the
// system actor "demo".
class DemoBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    static constexpr const char* kPassword = "sitegov-demo";

    struct Options
    {
        quint32 seed = 2017;
        QDate today = OfficeClock::today(); // the office's calendar day
    };

    static Result<DemoSummary> build(Database& db, const Options& options);

private:
    // Requests in every state, filed and decided by the demo's accounts.
    static Status buildRequests(QSqlDatabase& db, const QDate& today);
    // 90 days of daily inspections with gaps and failures, and rectification items in every state;
    // the demo's inspector accounts are caretakers of their unit's sites.
    static Status buildInspections(QSqlDatabase& db, const QDate& today, quint32 seed);
    // Weekly reviews of the past twelve weeks from the week's real figures: most signed, a few
    // drafts, a few units missing last week's (DemoReviews.cpp).
    static Status buildReviews(QSqlDatabase& db, const QDate& today, quint32 seed);
    // A year of monthly spot-check plans at province, city and county level: the province office's
    // (checked by the demo inspector, confirmed by the director), 泉州's and 厦门's, and 晋江's and 思明's
    // (checked by their county inspectors); the past eleven months assessed and confirmed (some sites
    // failing, with accountability records), this month's drawn (DemoSpotChecks.cpp).
    static Status buildSpotChecks(QSqlDatabase& db, const QDate& today, quint32 seed);
    // What the probe would have measured on the running sites over the last week (DemoProbe.cpp).
    static Status buildProbe(QSqlDatabase& db, const QDate& today, quint32 seed);
    // Forty error-report tickets of the last 80 days, most replied and closed in time, a few late,
    // a few left open past their deadline, some of them at 晋江 (DemoTickets.cpp).
    static Status buildTickets(QSqlDatabase& db, const QDate& today, quint32 seed);
    // Key policy items of the last weeks and their reposts on the government portals of counties and
    // above: most within 8 hours, some late, a few missing (晋江's among them) (DemoPolicies.cpp).
    static Status buildPolicies(QSqlDatabase& db, const QDate& today, quint32 seed);
    // The province office's annual reports: last year's a draft partly filled in, with the province
    // portal's begun; this year's started (DemoAnnualReports.cpp).
    static Status buildAnnualReports(QSqlDatabase& db, const QDate& today);
};

} // namespace sitegov
