#include "gui/scores/ScoreChartData.h"

#include "core/Domain.h"
#include "core/ScoreStats.h"
#include "gui/scores/ScoresPage.h"

#include <QHash>
#include <QLocale>
#include <cmath>

namespace sitegov {

QColor ScoreChartData::barColour()
{
    return {0x1f, 0x6f, 0xb2};
}

QColor ScoreChartData::passColour()
{
    return {0x2e, 0x7d, 0x32};
}

QColor ScoreChartData::failColour()
{
    return {0xc6, 0x28, 0x28};
}

BarChartPanel::Data ScoreChartData::ranking(const QList<ScoreRow>& rows, int size)
{
    const QLocale locale;
    BarChartPanel::Data ranking;
    ranking.orientation = Qt::Horizontal;
    ranking.valueTitle = ScoresPage::tr("Score (points)");
    ranking.valueMax = ScoreStats::kMaxTotal;
    ranking.decimals = 1;
    ranking.labels = true;
    BarChartPanel::Bars totals{ScoresPage::tr("Total score"), {}, barColour()};
    for (int i = 0; i < rows.size() && i < size; ++i) {
        const SiteScore& s = rows.at(i).score;
        ranking.categories << QStringLiteral("%1. %2").arg(i + 1).arg(s.siteName);
        ranking.keys << QVariant(QVariantList{s.siteCode, rows.at(i).siteId});
        totals.values << s.total;
        ranking.toolTips << ScoresPage::tr(
            "%1 (%2)\nTotal %3 points: deduction score %4, bonus %5\n%6 · rank %7 of %8 in its level")
                                .arg(s.siteName, s.siteCode, locale.toString(s.total, 'f', 1),
                                    locale.toString(s.deductionScore, 'f', 1), locale.toString(s.bonus, 'f', 1),
                                    s.passed ? ScoresPage::tr("Passed") : ScoresPage::tr("Failed"))
                                .arg(s.rank)
                                .arg(s.rankOf);
    }
    ranking.sets << totals;
    return ranking;
}

int ScoreChartData::passedCount(const QList<ScoreRow>& rows)
{
    int passed = 0;
    for (const ScoreRow& r : rows)
        passed += r.score.passed ? 1 : 0;
    return passed;
}

BarChartPanel::Data ScoreChartData::histogram(const QList<ScoreRow>& rows)
{
    // Bins of 10 points, the pass mark between the 50s and the 60s.
    QList<double> totalsAll;
    totalsAll.reserve(rows.size());
    for (const ScoreRow& r : rows)
        totalsAll << r.score.total;
    const QList<int> bins = ScoreStats::histogram(totalsAll, 10, ScoreStats::kMaxTotal);
    BarChartPanel::Data histogram;
    histogram.valueTitle = ScoresPage::tr("Sites");
    histogram.categoryTitle = ScoresPage::tr("Total score (points, bins of 10 from the value shown)");
    histogram.decimals = 0;
    histogram.labels = bins.size() <= 14;
    BarChartPanel::Bars counts{ScoresPage::tr("Sites"), {}, barColour()};
    for (int i = 0; i < bins.size(); ++i) {
        const int from = i * 10;
        const int to = i == bins.size() - 1 ? int(ScoreStats::kMaxTotal) : from + 9;
        histogram.categories << QString::number(from);
        counts.values << bins.at(i);
        histogram.toolTips << ScoresPage::tr("%1 to %2 points: %n site(s)", nullptr, bins.at(i)).arg(from).arg(to);
    }
    histogram.sets << counts;
    return histogram;
}

BarChartPanel::Data ScoreChartData::passRates(const QList<LevelRate>& rates)
{
    const QLocale locale;
    BarChartPanel::Data levels;
    levels.valueTitle = ScoresPage::tr("Pass rate (%)");
    levels.valueMax = 100;
    levels.decimals = 1;
    levels.valueSuffix = locale.percent();
    levels.labels = true;
    BarChartPanel::Bars values{ScoresPage::tr("Pass rate"), {}, passColour()};
    for (const LevelRate& l : rates) {
        // The axis has a quarter of the chart per level: "Township / street" would be cut short
        // there (the tooltip keeps the full name).
        levels.categories << (l.level == AdminLevel::Township
                ? ScoresPage::tr("Township", "the township/street level on a chart axis")
                : Vocabulary::displayName(l.level));
        levels.keys << Vocabulary::key(l.level);
        const double rate = ScoreStats::percent(l.passed, l.count);
        values.values << rate;
        levels.toolTips << ScoresPage::tr("%1: %2% passed (%3 of %4 sites), mean score %5")
                               .arg(Vocabulary::displayName(l.level), locale.toString(rate, 'f', 1),
                                   locale.toString(l.passed), locale.toString(l.count),
                                   locale.toString(l.mean, 'f', 1));
    }
    levels.sets << values;
    return levels;
}

LineChartPanel::Data ScoreChartData::trend(
    const QList<Period>& periods, const QList<TrendLine>& lines, const QList<ScoreRow>& rows, bool sites)
{
    LineChartPanel::Data trend;
    trend.valueTitle = sites ? ScoresPage::tr("Score (points)") : ScoresPage::tr("Mean score (points)");
    trend.valueMax = 100;
    trend.decimals = 1;
    // Many periods: on the axis the year stands under its month, so that each label fits its place
    // upright on a 1024-pixel screen ("2025年11月" slanted was cut to "2025年…").
    const bool manyPeriods = periods.size() > 8;
    for (const Period& p : periods) {
        const bool withYear = trend.categories.isEmpty() || p.index() == 1;
        trend.categories << ScoresPage::axisPeriodName(p, withYear);
        if (manyPeriods)
            trend.axisLabels << ScoresPage::axisPeriodName(p, withYear, QStringLiteral("<br>"));
    }
    QHash<QString, qint64> siteIds;
    for (const ScoreRow& r : rows)
        siteIds.insert(r.score.siteCode, r.siteId);
    for (const TrendLine& t : lines) {
        LineChartPanel::Line line;
        line.key = sites ? QVariant(QVariantList{t.key, siteIds.value(t.key)}) : QVariant(t.key);
        line.name = t.label;
        for (const Period& p : periods) {
            const qsizetype i = t.periods.indexOf(p);
            line.values << (i >= 0 ? t.values.at(i) : std::nan(""));
            if (i >= 0)
                trend.valueMax = std::max(trend.valueMax, std::ceil(t.values.at(i) / 10.0) * 10.0);
        }
        trend.lines << line;
    }
    return trend;
}

} // namespace sitegov
