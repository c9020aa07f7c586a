#pragma once

#include "core/Inspection.h"
#include "storage/ListQueries.h"
#include "storage/Session.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace sitegov {

// "Today": the sites an inspector takes care of (their current caretaker assignments), or every
// running site of a unit, each with whether it was inspected that day.
struct TodayFilter
{
    QDate day;
    QString inspector; // whose inspections count as done; empty: anyone's
    qint64 accountId = 0; // caretaker sites of the person linked to this account
    qint64 unitId = 0; // when accountId is 0: every running site under this unit
    QString text; // name, code or unit contains
    bool pendingOnly = false;
};

class TodayListQuery final
{
public:
    enum Column
    {
        Done,
        Code,
        Name,
        Unit,
        Failed,
        Unresolved,
        InspectedAt,
        ColumnCount
    };
    static constexpr int SiteIdColumn = ColumnCount;
    static constexpr int InspectionIdColumn = ColumnCount + 1;
    static ListQuery build(const TodayFilter& filter);
};

// Rectification items within a unit's jurisdiction.
struct RectificationFilter
{
    qint64 unitId = 0; // 0: everything
    QString status; // a status key, "unresolved" (open or fixed), "overdue", or empty for all
    QString text; // site, unit or problem contains
    qint64 siteId = 0;
    QDate today; // for overdue
};

class RectificationListQuery final
{
public:
    enum Column
    {
        Id,
        Site,
        Unit,
        Item,
        Problem,
        Opened,
        Deadline,
        Status,
        DaysOverdue,
        ColumnCount
    };
    static constexpr int SiteIdColumn = ColumnCount;
    static ListQuery build(const RectificationFilter& filter);
};

// The inspection records (all days), newest first.
struct InspectionFilter
{
    qint64 unitId = 0;
    QDate from;
    QDate to;
    QString text; // site name or code, or inspector
    bool failedOnly = false;
    qint64 siteId = 0;
};

class InspectionListQuery final
{
public:
    enum Column
    {
        Day,
        Code,
        Site,
        Unit,
        Inspector,
        Failed,
        Corrected,
        ColumnCount
    };
    static constexpr int IdColumn = ColumnCount;
    static constexpr int SiteIdColumn = ColumnCount + 1;
    static ListQuery build(const InspectionFilter& filter);
};

// Running sites of a unit that nobody inspected on a day.
class MissedSitesQuery final
{
public:
    enum Column
    {
        Code,
        Name,
        Unit,
        Caretaker,
        ColumnCount
    };
    static constexpr int SiteIdColumn = ColumnCount;
    static ListQuery build(qint64 unitId, const QDate& day);
};

struct DayCoverage
{
    QDate day;
    int inspected = 0; // sites inspected at least once
    int expected = 0; // running sites (as they are now)
    double ratio() const { return expected > 0 ? qMin(1.0, double(inspected) / expected) : 0.0; }
};

// The figures of a unit's week, as the weekly review (一周一点评) is pre-filled with them.
struct WeeklySummary
{
    qint64 unitId = 0;
    QString unitName;
    IsoWeek week;
    QDate from;
    QDate to; // Sunday, or today while the week runs
    int sites = 0;
    int siteDaysInspected = 0;
    int siteDaysExpected = 0;
    int failedInspections = 0;
    int failures = 0;
    QList<std::pair<QString, int>> failuresByItem; // checklist key, count; most first
    int newRectifications = 0;
    int fixedRectifications = 0;
    int overdueRectifications = 0; // overdue at the end of `to`
    struct Site
    {
        qint64 id = 0;
        QString code;
        QString name;
        int failures = 0;
    };
    QList<Site> worst; // most failures, at most five

    double coverage() const
    {
        return siteDaysExpected > 0 ? qMin(1.0, double(siteDaysInspected) / siteDaysExpected) : 0.0;
    }
    QJsonObject toJson() const;
    static WeeklySummary fromJson(const QJsonObject& o);
};

class InspectionQueries final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionQueries)

public:
    explicit InspectionQueries(QSqlDatabase db);

    // Running sites under a unit (itself included), as they are now.
    Result<int> runningSites(qint64 unitId);
    Result<QList<DayCoverage>> coverage(qint64 unitId, const QDate& from, const QDate& to);
    Result<WeeklySummary> weeklySummary(qint64 unitId, const IsoWeek& week, const QDate& today);
    // Whether the account is some responsible person's login (and so has caretaker sites).
    Result<int> caretakerSites(qint64 accountId);
    // Today's sites of an inspector still to inspect (the sidebar count).
    Result<int> pendingToday(const TodayFilter& filter);
    Result<int> unresolvedRectifications(qint64 unitId);
    Result<int> overdueRectifications(qint64 unitId, const QDate& today);

private:
    // The first column of the one row a count(*) or sum() gives.
    Result<int> count(const QString& sql, const QVariantList& binds, const QString& what);

    QSqlDatabase m_db;
};

} // namespace sitegov
