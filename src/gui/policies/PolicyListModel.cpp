#include "gui/policies/PolicyListModel.h"

#include "gui/common/Icons.h"

#include <QColor>

namespace sitegov {

namespace {
QStringList headers()
{
    return {PolicyListModel::tr("Title"), PolicyListModel::tr("Issued by"), PolicyListModel::tr("Published"),
        PolicyListModel::tr("Portals"), PolicyListModel::tr("Within 8 h"), PolicyListModel::tr("Late"),
        PolicyListModel::tr("Not yet"), PolicyListModel::tr("State")};
}
} // namespace

PolicyListModel::PolicyListModel(const QString& databasePath, QObject* parent)
    : FilteredQueryModel(databasePath, headers(), parent)
{ }

qint64 PolicyListModel::itemId(int row) const
{
    return rowId(row, PolicyListQuery::IdColumn);
}

bool PolicyListModel::isOverdue(int row) const
{
    return raw(row, PolicyListQuery::OverdueColumn).toInt() == 1;
}

QVariant PolicyListModel::display(int, int column, const QVariant& raw) const
{
    switch (column) {
    case PolicyListQuery::Published:
        return raw.toString().replace(u'T', u' ');
    case PolicyListQuery::State:
        return raw.toString() == u"open" ? tr("Open") : tr("Closed");
    default:
        return raw;
    }
}

QVariant PolicyListModel::foreground(int row, int column) const
{
    if (isOverdue(row) && (column == PolicyListQuery::Title || column == PolicyListQuery::NotYet))
        return QColor(0xb7, 0x1c, 0x1c);
    if (raw(row, PolicyListQuery::State).toString() == u"closed")
        return QColor(0x5f, 0x63, 0x68);
    return {};
}

QVariant PolicyListModel::decoration(int row, int column) const
{
    if (column == PolicyListQuery::Title && isOverdue(row))
        return themeIcon(QStringLiteral("flag"));
    return {};
}

QVariant PolicyListModel::toolTip(int row, int column) const
{
    if (isOverdue(row) && (column == PolicyListQuery::Title || column == PolicyListQuery::NotYet))
        return tr("Published more than 8 hours ago, and a portal has not reposted it yet");
    return {};
}

} // namespace sitegov
