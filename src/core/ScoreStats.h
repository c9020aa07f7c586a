#pragma once

#include <QList>

namespace sitegov {

// Small statistics over scores for the charts and the dashboard. Pure functions, no rounding.
class ScoreStats final
{
public:
    // The pass mark (合格线) of the scoring model: a deduction score of at least 60 without a veto.
    static constexpr double kPassMark = 60.0;
    // Totals run from 0 to 130 (100 points and a bonus of up to 30).
    static constexpr double kMaxTotal = 130.0;

    // Counts of `values` in bins [i*width, (i+1)*width) from 0 up to `upper`; values at or above
    // `upper` go into the last bin, negative ones into the first. Needs width > 0 and upper > 0.
    static QList<int> histogram(const QList<double>& values, double width, double upper);
    // The bin count histogram() makes for a width and upper bound.
    static int binCount(double width, double upper);

    static double mean(const QList<double>& values); // 0 for none
    // passed / count as a percentage, 0 for none.
    static double percent(int part, int count);
};

} // namespace sitegov
