#pragma once

#include "gui/common/QueryTableModel.h"
#include "storage/SpotCheckQueries.h"

namespace sitegov {

// The sites of the month's spot-check plans as the Spot checks page lists them: level, kind, status
// and sending state in words, scores with two decimals, failing sites in red.
class SpotCheckListModel final : public QueryTableModel
{
    Q_OBJECT

public:
    SpotCheckListModel(const QString& databasePath, QObject* parent);

    void setFilter(const SpotCheckItemFilter& filter);
    const SpotCheckItemFilter& filter() const { return m_filter; }
    qint64 itemId(int row) const;
    qint64 assessmentId(int row) const;
    qint64 planId(int row) const;
    QString siteName(int row) const;
    QString statusKey(int row) const;

    static QString statusName(const QString& key);

protected:
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant foreground(int row, int column) const override;
    QVariant toolTip(int row, int column) const override;

private:
    SpotCheckItemFilter m_filter;
};

} // namespace sitegov
