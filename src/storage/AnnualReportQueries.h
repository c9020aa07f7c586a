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

    // The year's bounds as the queries bind them.
    static QString firstDay(int year); // 2026-01-01
    static QString lastDay(int year);  // 2026-12-31
    static QString startUtc(int year); // 2025-12-31T16:00:00Z for the office's zone Asia/Shanghai
};

} // namespace sitegov
