#pragma once

#include "core/Period.h"
#include "core/Result.h"
#include "storage/ListQueries.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitegov {

// The sites of the month's spot-check plans, as the Spot checks page lists them.
struct SpotCheckItemFilter
{
    Period month;
    qint64 planOrgId = 0; // one office's plan; 0: the plans of every office within `unitId`
    qint64 unitId = 0; // with planOrgId 0: the offices within this unit (0: every office)
    QString status; // "", unassessed, writing (draft or returned), submitted, confirmed, failing, removed
    qint64 checkerId = 0; // only the sites assigned to this checker
    QString text; // site name, code or unit contains
};

class SpotCheckItemListQuery final
{
public:
    enum Column
    {
        Site,
        Code,
        Unit,
        Level,
        Kind,
        Origin,
        Checker,
        Status,
        Score,
        Result,
        Sending,
        Office,
        ColumnCount
    };
    static constexpr int ItemIdColumn = ColumnCount;
    static constexpr int SiteIdColumn = ColumnCount + 1;
    static constexpr int AssessmentIdColumn = ColumnCount + 2;
    static constexpr int PlanIdColumn = ColumnCount + 3;
    static constexpr int RemovedColumn = ColumnCount + 4; // 1: left the plan
    static constexpr int RemovedNoteColumn = ColumnCount + 5;
    static constexpr int SendErrorColumn = ColumnCount + 6;
    static constexpr int AddedNoteColumn = ColumnCount + 7;
    static ListQuery build(const SpotCheckItemFilter& filter);
};

// This month's spot checks in a jurisdiction, for the dashboard: the sites in the plans of the offices
// within the unit (the rows of the list the card opens), how many of them are assessed and confirmed,
// how many failed, and the running sites the plans cover.
struct SpotCheckMonthFigures
{
    Period month;
    int plans = 0;
    int planned = 0; // sites in the plans (a site in two offices' plans counts twice)
    int confirmed = 0;
    int submitted = 0; // waiting for review
    int failing = 0; // confirmed and failed
    int coveredSites = 0; // distinct running sites in a plan
    int runningSites = 0; // in the jurisdiction

    double coveredPercent() const { return runningSites > 0 ? 100.0 * coveredSites / runningSites : 0.0; }
};

class SpotCheckQueries final
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckQueries)

public:
    // `unitId` 0: every office and site.
    static Result<SpotCheckMonthFigures> monthFigures(const QSqlDatabase& db, qint64 unitId, const Period& month);
};

} // namespace sitegov
