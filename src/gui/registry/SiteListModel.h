#pragma once

#include "gui/common/FilteredQueryModel.h"

namespace sitegov {

// The site list: lazy, sorted and filtered in SQL (storage/ListQueries SiteListQuery), with stored
// keys shown in the user's language and flags, status and problems marked by colour and words.
class SiteListModel final : public FilteredQueryModel<SiteFilter, SiteListQuery>
{
    Q_OBJECT

public:
    SiteListModel(const QString& databasePath, QObject* parent);

    qint64 siteId(int row) const;

protected:
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant foreground(int row, int column) const override;
    QVariant decoration(int row, int column) const override;
    QVariant toolTip(int row, int column) const override;
};

} // namespace sitegov
