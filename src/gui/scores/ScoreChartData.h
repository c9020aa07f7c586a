#pragma once

#include "gui/charts/BarChartPanel.h"
#include "gui/charts/LineChartPanel.h"
#include "storage/ScoreQueries.h"

#include <QColor>

namespace sitegov {

// The data the Scores page's four charts draw, built from the cached scores of one period and scope
// (the page picks the period and scope, sets titles and shows these). Texts are the page's own
// (ScoresPage::tr), in the reader's language.
class ScoreChartData final
{
public:
    static QColor barColour();
    static QColor passColour();
    static QColor failColour();

    // The best `size` sites of `rows` (ranked, the first at the top), as horizontal bars of their totals.
    static BarChartPanel::Data ranking(const QList<ScoreRow>& rows, int size);
    // The totals of `rows` in bins of 10 points up to the highest total there can be.
    static BarChartPanel::Data histogram(const QList<ScoreRow>& rows);
    static int passedCount(const QList<ScoreRow>& rows);
    // The pass rate of each level.
    static BarChartPanel::Data passRates(const QList<LevelRate>& levels);
    // `lines` over `periods` (oldest first); with `sites` the lines are sites, keyed by their code and
    // registry id (from `rows`), else regions or levels keyed by their key.
    static LineChartPanel::Data trend(
        const QList<Period>& periods, const QList<TrendLine>& lines, const QList<ScoreRow>& rows, bool sites);
};

} // namespace sitegov
