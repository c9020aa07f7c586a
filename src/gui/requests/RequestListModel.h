#pragma once

#include "gui/common/FilteredQueryModel.h"

namespace sitegov {

// Requests as the lists of the Requests page show them: type and state in words, the step as
// "k / n", times in local time, open requests in the foreground and finished ones greyed.
class RequestListModel final : public FilteredQueryModel<RequestFilter, RequestListQuery>
{
    Q_OBJECT

public:
    RequestListModel(const QString& databasePath, QObject* parent);

    qint64 requestId(int row) const;

protected:
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant foreground(int row, int column) const override;
    QVariant decoration(int row, int column) const override;
    // The filer by name, the login name in the tooltip (People).
    QVariant toolTip(int row, int column) const override;
};

} // namespace sitegov
