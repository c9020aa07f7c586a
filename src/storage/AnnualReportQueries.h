#pragma once

#include "core/AnnualReport.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

namespace sitegov {

// The figures SiteGov knows for the annual reports (core/AnnualReport's computed lines), one value
// per line key, from the database as it stands. Where each comes from is written beside its line
// (AnnualReportLine::source) and in docs/design/annual-reports.md. The year is the office's
// calendar year: day columns between 1 January and 31 December, instants (a request's closed_at,
// UTC) from the office's midnight of 1 January to that of the next year. Percents are null when
// there is nothing to divide.
class AnnualReportQueries final
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReportQueries)

public:
    // The 政府网站监管年度报表 of the office `orgId` for its jurisdiction (the unit and everything
    // under it).
    static Result<QVariantMap> office(const QSqlDatabase& db, qint64 orgId, int year);
    // The 政府网站工作年度报表 of the site `siteId`.
    static Result<QVariantMap> site(const QSqlDatabase& db, qint64 siteId, int year);

    // The government an account of unit `orgId` reports for: the unit, or the government above it when
    // it is a department; with no unit (the command line, an account of the whole database) the unit at
    // the top. 0 when there is none.
    static Result<qint64> officeOf(const QSqlDatabase& db, qint64 orgId);
    // The names a report shows: its unit's name, and its site's code and name (empty for an office's).
    struct Names
    {
        QString orgName, siteCode, siteName;
    };
    static Result<Names> names(const QSqlDatabase& db, qint64 orgId, qint64 siteId);

    // The year's bounds as the queries bind them.
    static QString firstDay(int year); // 2026-01-01
    static QString lastDay(int year);  // 2026-12-31
    static QString startUtc(int year); // 2025-12-31T16:00:00Z for the office's zone Asia/Shanghai
};

} // namespace sitegov
