#pragma once

#include "core/Domain.h"
#include "core/Period.h"
#include "core/Result.h"
#include "core/SiteScore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace sitegov {

// Which cached scores a chart or figure covers: a city-level region or all, a level or all.
struct ScoreScope
{
    QString cityRegion; // a city-level division code (350100, or the province's 350000); empty: all
    std::optional<AdminLevel> level;
    QString regionPrefix; // a jurisdiction: division codes starting with it (a city director's "3501"); empty: all
};

// A cached score with where it sits in the console's own registry.
struct ScoreRow
{
    SiteScore score;
    QString cityRegion;
    qint64 siteId = 0; // the registry's site with the same identifier code; 0 when there is none
};

// A city-level region as the console names it.
struct RegionName
{
    QString code;
    QString name; // "福州市"; "Province level" for the province's own units
};

struct LevelRate
{
    AdminLevel level = AdminLevel::Province;
    int count = 0;
    int passed = 0;
    double mean = 0; // mean total
};

// One line of a trend chart: a value per period, in order (periods without scores are left out).
struct TrendLine
{
    QString key; // a region code, a level key, a site code, or empty for the whole scope
    QString label;
    QList<Period> periods;
    QList<double> values;
};

struct ScoreSummary
{
    Period period;
    int count = 0;
    int passed = 0;
    double mean = 0; // mean total
    double passRate() const { return count > 0 ? 100.0 * passed / count : 0.0; }
};

// Read-side queries over the score cache for the Scores page, the dashboard and the site detail.
// Call them off the GUI thread.
class ScoreQueries final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreQueries)

public:
    explicit ScoreQueries(QSqlDatabase db);

    // The scores of a period within a scope, best first (passed, then total, then code).
    Result<QList<ScoreRow>> scores(const Period& period, const ScoreScope& scope) const;
    // The city-level regions in the cache, province first, then by code.
    Result<QList<RegionName>> regions() const;
    // Count, passes and mean total per level.
    Result<QList<LevelRate>> levelRates(const Period& period, const ScoreScope& scope) const;
    Result<ScoreSummary> summary(const Period& period, const ScoreScope& scope) const;
    // The newest cached periods of a kind, newest first.
    Result<QList<Period>> latest(Period::Kind kind, int count) const;
    // The `count` cached periods of `upTo`'s kind that end with it, oldest first.
    Result<QList<Period>> periodsUpTo(const Period& upTo, int count) const;

    // Mean totals over those periods: one line for the whole scope, then one per group under it
    // (per city-level region when the scope has no region, per level inside a region).
    Result<QList<TrendLine>> groupTrend(const Period& upTo, int count, const ScoreScope& scope) const;
    // The totals of some sites over those periods, one line per site.
    Result<QList<TrendLine>> siteTrend(const QStringList& siteCodes, const Period& upTo, int count) const;
    // One site's cached scores of a kind, oldest first, at most the newest `count`.
    Result<QList<SiteScore>> siteSeries(const QString& siteCode, Period::Kind kind, int count) const;

private:
    // The periods score_periods lists `where` (the last value in `binds` is how many), newest
    // first, or oldest first.
    Result<QList<Period>> periods(const QString& where, const QVariantList& binds, bool oldestFirst) const;
    QSqlDatabase m_db;
};

} // namespace sitegov
