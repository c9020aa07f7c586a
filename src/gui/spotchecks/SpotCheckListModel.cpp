#include "gui/spotchecks/SpotCheckListModel.h"

#include "core/Domain.h"
#include "core/SpotCheck.h"

#include <QColor>
#include <QLocale>

namespace sitegov {

namespace {
QStringList headers()
{
    return {SpotCheckListModel::tr("Site"), SpotCheckListModel::tr("Code"), SpotCheckListModel::tr("Unit"),
        SpotCheckListModel::tr("Level"), SpotCheckListModel::tr("Kind"), SpotCheckListModel::tr("Origin"),
        SpotCheckListModel::tr("Checker"), SpotCheckListModel::tr("Status"), SpotCheckListModel::tr("Score"),
        SpotCheckListModel::tr("Result"), SpotCheckListModel::tr("Sending"), SpotCheckListModel::tr("Office")};
}
} // namespace

SpotCheckListModel::SpotCheckListModel(const QString& databasePath, QObject* parent)
    : QueryTableModel(databasePath, headers(), parent)
{ }

void SpotCheckListModel::setFilter(const SpotCheckItemFilter& filter)
{
    m_filter = filter;
    setQuery(SpotCheckItemListQuery::build(filter));
}

qint64 SpotCheckListModel::itemId(int row) const
{
    return raw(row, SpotCheckItemListQuery::ItemIdColumn).toLongLong();
}

qint64 SpotCheckListModel::assessmentId(int row) const
{
    return raw(row, SpotCheckItemListQuery::AssessmentIdColumn).toLongLong();
}

qint64 SpotCheckListModel::planId(int row) const
{
    return raw(row, SpotCheckItemListQuery::PlanIdColumn).toLongLong();
}

QString SpotCheckListModel::siteName(int row) const
{
    return raw(row, SpotCheckItemListQuery::Site).toString();
}

QString SpotCheckListModel::statusKey(int row) const
{
    return raw(row, SpotCheckItemListQuery::Status).toString();
}

QString SpotCheckListModel::statusName(const QString& key)
{
    if (key.isEmpty())
        return tr("Not assessed");
    if (key == u"removed")
        return tr("Left the plan");
    if (const auto s = SpotCheckRules::assessmentStatus(key))
        return SpotCheckRules::displayName(*s);
    return key;
}

QVariant SpotCheckListModel::display(int row, int column, const QVariant& raw) const
{
    switch (column) {
    case SpotCheckItemListQuery::Level:
        if (const auto v = Vocabulary::adminLevel(raw.toString()))
            return Vocabulary::displayName(*v);
        return raw;
    case SpotCheckItemListQuery::Kind:
        if (const auto v = Vocabulary::siteKind(raw.toString()))
            return Vocabulary::displayName(*v);
        return raw;
    case SpotCheckItemListQuery::Origin:
        return raw.toString() == u"added" ? tr("Added by hand") : tr("Drawn");
    case SpotCheckItemListQuery::Status:
        return statusName(raw.toString());
    case SpotCheckItemListQuery::Score:
        return raw.isNull() ? QVariant() : QVariant(QLocale().toString(raw.toDouble(), 'f', 2));
    case SpotCheckItemListQuery::Result:
        if (raw.isNull() || statusKey(row) != u"confirmed")
            return QVariant();
        return raw.toInt() != 0 ? tr("Passed") : tr("Failed");
    case SpotCheckItemListQuery::Sending:
        if (const auto s = SpotCheckRules::sendState(raw.toString()))
            return SpotCheckRules::displayName(*s);
        return QVariant();
    default:
        return raw;
    }
}

QVariant SpotCheckListModel::foreground(int row, int column) const
{
    if (statusKey(row) == u"removed")
        return QColor(0x75, 0x75, 0x75);
    if (column == SpotCheckItemListQuery::Result && statusKey(row) == u"confirmed"
        && raw(row, SpotCheckItemListQuery::Result).toInt() == 0)
        return QColor(0xb7, 0x1c, 0x1c);
    if (column == SpotCheckItemListQuery::Sending && raw(row, SpotCheckItemListQuery::Sending).toString() == u"refused")
        return QColor(0xb7, 0x1c, 0x1c);
    return QVariant();
}

QVariant SpotCheckListModel::toolTip(int row, int column) const
{
    if (statusKey(row) == u"removed")
        return raw(row, SpotCheckItemListQuery::RemovedNoteColumn);
    if (column == SpotCheckItemListQuery::Origin && raw(row, SpotCheckItemListQuery::Origin).toString() == u"added")
        return raw(row, SpotCheckItemListQuery::AddedNoteColumn);
    if (column == SpotCheckItemListQuery::Sending)
        return raw(row, SpotCheckItemListQuery::SendErrorColumn);
    return QVariant();
}

} // namespace sitegov
