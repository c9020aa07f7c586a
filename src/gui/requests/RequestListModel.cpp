#include "gui/requests/RequestListModel.h"

#include "core/OfficeClock.h"
#include "core/Request.h"
#include "gui/common/Icons.h"
#include "gui/common/People.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace sitegov {

namespace {
QStringList headers()
{
    return {RequestListModel::tr("No."), RequestListModel::tr("Type"), RequestListModel::tr("Title"),
        RequestListModel::tr("Requesting unit"), RequestListModel::tr("State"), RequestListModel::tr("Step"),
        RequestListModel::tr("Filed by"), RequestListModel::tr("Submitted"), RequestListModel::tr("Last change")};
}

QString localTime(const QVariant& raw)
{
    return OfficeClock::format(raw.toString(), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

RequestListModel::RequestListModel(const QString& databasePath, QObject* parent)
    : FilteredQueryModel(databasePath, headers(), parent)
{
}

qint64 RequestListModel::requestId(int row) const
{
    return rowId(row, RequestListQuery::Id);
}

QVariant RequestListModel::display(int row, int column, const QVariant& raw) const
{
    switch (column) {
    case RequestListQuery::Type:
        if (const auto t = RequestRules::requestType(raw.toString()))
            return RequestRules::displayName(*t);
        return raw;
    case RequestListQuery::State:
        if (const auto s = RequestRules::requestState(raw.toString()))
            return RequestRules::displayName(*s);
        return raw;
    case RequestListQuery::Step: {
        const int step = raw.toInt();
        const int count = this->raw(row, RequestListQuery::StepCountColumn).toInt();
        return step > 0 && count > 0 ? tr("%1 of %2").arg(step).arg(count) : QString();
    }
    case RequestListQuery::Submitted:
    case RequestListQuery::Updated:
        return localTime(raw);
    case RequestListQuery::FiledBy:
        return People::name(raw.toString());
    default:
        return raw;
    }
}

QVariant RequestListModel::toolTip(int row, int column) const
{
    if (column == RequestListQuery::FiledBy)
        return People::toolTip(raw(row, column).toString());
    return {};
}

QVariant RequestListModel::foreground(int row, int) const
{
    const auto state = RequestRules::requestState(raw(row, RequestListQuery::State).toString());
    if (state && RequestRules::isFinal(*state))
        return QColor(0x75, 0x75, 0x75);
    if (state == RequestState::Returned)
        return QColor(0xb2, 0x6a, 0x00);
    return {};
}

QVariant RequestListModel::decoration(int row, int column) const
{
    if (column != RequestListQuery::State)
        return {};
    const auto state = RequestRules::requestState(raw(row, RequestListQuery::State).toString());
    if (!state)
        return {};
    switch (*state) {
    case RequestState::Executed:
    case RequestState::Approved:
        return themeIcon(QStringLiteral("approved"));
    case RequestState::Rejected:
        return themeIcon(QStringLiteral("rejected"));
    case RequestState::Returned:
        return themeIcon(QStringLiteral("returned"));
    case RequestState::Submitted:
    case RequestState::InReview:
        return themeIcon(QStringLiteral("pending"));
    default:
        return {};
    }
}

} // namespace sitegov
