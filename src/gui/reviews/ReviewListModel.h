#pragma once

#include "gui/common/QueryTableModel.h"
#include "storage/WeeklyReviewService.h"

namespace sitegov {

// Weekly reviews as the Weekly reviews page lists them: status in words, coverage in per cent, times
// in local time; units without a review in red with a flag, and units whose review of last week is
// missing flagged.
class ReviewListModel final : public QueryTableModel
{
    Q_OBJECT

public:
    ReviewListModel(const QString& databasePath, QObject* parent);

    void setFilter(const ReviewFilter& filter);
    const ReviewFilter& filter() const { return m_filter; }
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

private:
    ReviewFilter m_filter;
};

} // namespace sitegov
