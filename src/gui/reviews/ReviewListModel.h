#pragma once

#include "gui/common/FilteredQueryModel.h"
#include "storage/WeeklyReviewService.h"

namespace sitegov {

// Weekly reviews as the Weekly reviews page lists them: status in words, coverage in per cent, times
// in local time; units without a review in red with a flag, and units whose review of last week is
// missing flagged.
class ReviewListModel final : public FilteredQueryModel<ReviewFilter, WeeklyReviewListQuery>
{
    Q_OBJECT

public:
    ReviewListModel(const QString& databasePath, QObject* parent);

    qint64 reviewId(int row) const;
    qint64 unitId(int row) const;
    QString unitName(int row) const;
    QString weekKey(int row) const;
    bool isMissing(int row) const;
    bool missedLastWeek(int row) const;

protected:
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant foreground(int row, int column) const override;
    QVariant decoration(int row, int column) const override;
    QVariant toolTip(int row, int column) const override;
};

} // namespace sitegov
