#pragma once

#include "gui/common/FilteredQueryModel.h"
#include "storage/TicketService.h"

namespace sitegov {

// Error-report tickets as the Error reports page lists them: type, status and verdict in words,
// times in the office's time; a ticket past its deadline in red with a flag.
class TicketListModel final : public FilteredQueryModel<TicketFilter, TicketListQuery>
{
    Q_OBJECT

public:
    TicketListModel(const QString& databasePath, QObject* parent);

    qint64 ticketId(int row) const;
    bool isOverdue(int row) const;

protected:
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant foreground(int row, int column) const override;
    QVariant decoration(int row, int column) const override;
    QVariant toolTip(int row, int column) const override;
};

} // namespace sitegov
