#pragma once

#include "gui/common/FilteredQueryModel.h"
#include "storage/PolicyService.h"

namespace sitegov {

// Key policy items as the Key policies page lists them: the counts of the obliged portals in the
// account's jurisdiction; an item open past its 8 hours with a portal missing in red with a flag.
class PolicyListModel final : public FilteredQueryModel<PolicyFilter, PolicyListQuery>
{
    Q_OBJECT

public:
    PolicyListModel(const QString& databasePath, QObject* parent);

    qint64 itemId(int row) const;
    bool isOverdue(int row) const;

protected:
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant foreground(int row, int column) const override;
    QVariant decoration(int row, int column) const override;
    QVariant toolTip(int row, int column) const override;
};

} // namespace sitegov
