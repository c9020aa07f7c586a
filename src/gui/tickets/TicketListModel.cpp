#include "gui/tickets/TicketListModel.h"

#include "gui/common/Icons.h"

#include <QColor>

namespace sitegov {

namespace {
QStringList headers()
{
    return {TicketListModel::tr("Message"), TicketListModel::tr("Site"), TicketListModel::tr("Unit"),
        TicketListModel::tr("Type"), TicketListModel::tr("Received"), TicketListModel::tr("Deadline"),
        TicketListModel::tr("Status"), TicketListModel::tr("Verified"), TicketListModel::tr("Responsible person")};
}
} // namespace

TicketListModel::TicketListModel(const QString& databasePath, QObject* parent)
    : FilteredQueryModel(databasePath, headers(), parent)
{
}

qint64 TicketListModel::ticketId(int row) const
{
    return rowId(row, TicketListQuery::IdColumn);
}

bool TicketListModel::isOverdue(int row) const
{
    return raw(row, TicketListQuery::OverdueColumn).toInt() == 1;
}

QVariant TicketListModel::display(int, int column, const QVariant& raw) const
{
    switch (column) {
    case TicketListQuery::Kind:
        if (const auto k = TicketRules::kind(raw.toString()))
            return TicketRules::displayName(*k);
        return raw;
    case TicketListQuery::Status:
        if (const auto s = TicketRules::status(raw.toString()))
            return TicketRules::displayName(*s);
        return raw;
    case TicketListQuery::Valid:
        return raw.isNull() ? tr("Not yet") : raw.toInt() == 1 ? tr("Valid") : tr("Not valid");
    case TicketListQuery::Received:
        return raw.toString().replace(u'T', u' ');
    default:
        return raw;
    }
}

QVariant TicketListModel::foreground(int row, int) const
{
    if (isOverdue(row))
        return QColor(0xb7, 0x1c, 0x1c);
    if (raw(row, TicketListQuery::Status).toString() == u"closed")
        return QColor(0x5f, 0x63, 0x68);
    return {};
}

QVariant TicketListModel::decoration(int row, int column) const
{
    if (column == TicketListQuery::MessageNo && isOverdue(row))
        return themeIcon(QStringLiteral("flag"));
    if (column != TicketListQuery::Status)
        return {};
    const QString key = raw(row, TicketListQuery::Status).toString();
    if (key == u"closed")
        return themeIcon(QStringLiteral("approved"));
    if (key == u"replied")
        return themeIcon(QStringLiteral("returned"));
    return themeIcon(QStringLiteral("pending"));
}

QVariant TicketListModel::toolTip(int row, int column) const
{
    if (isOverdue(row) && (column == TicketListQuery::MessageNo || column == TicketListQuery::Deadline))
        return tr("Not closed by its deadline (3 working days after it was received)");
    return {};
}

} // namespace sitegov
