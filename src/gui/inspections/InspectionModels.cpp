#include "gui/inspections/InspectionModels.h"

#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "gui/common/Icons.h"
#include "gui/common/People.h"

#include <QColor>
#include <QDateTime>

namespace sitegov {

namespace {
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x75, 0x75, 0x75);

QString localTime(const QVariant& raw)
{
    return OfficeClock::format(raw.toString(), QStringLiteral("HH:mm"));
}
} // namespace

TodayListModel::TodayListModel(const QString& databasePath, QObject* parent)
    : FilteredQueryModel(databasePath,
          {tr("Done"), tr("Code"), tr("Site"), tr("Unit"), tr("Failed items"), tr("Unresolved"), tr("Logged at")}, parent)
{
}

qint64 TodayListModel::siteId(int row) const
{
    return rowId(row, TodayListQuery::SiteIdColumn);
}

qint64 TodayListModel::inspectionId(int row) const
{
    return rowId(row, TodayListQuery::InspectionIdColumn);
}

bool TodayListModel::isDone(int row) const
{
    return raw(row, TodayListQuery::Done).toInt() != 0;
}

QVariant TodayListModel::display(int row, int column, const QVariant& raw) const
{
    switch (column) {
    case TodayListQuery::Done:
        return isDone(row) ? tr("Done") : tr("To do");
    case TodayListQuery::Failed:
        return isDone(row) ? raw : QVariant();
    case TodayListQuery::Unresolved:
        return raw.toInt() > 0 ? raw : QVariant();
    case TodayListQuery::InspectedAt:
        return localTime(raw);
    default:
        return raw;
    }
}

QVariant TodayListModel::decoration(int row, int column) const
{
    if (column != TodayListQuery::Done)
        return {};
    return themeIcon(isDone(row) ? QStringLiteral("approved") : QStringLiteral("pending"));
}

QVariant TodayListModel::foreground(int row, int column) const
{
    if ((column == TodayListQuery::Failed || column == TodayListQuery::Unresolved) && raw(row, column).toInt() > 0)
        return kRed;
    if (isDone(row))
        return kGrey;
    return {};
}

RectificationListModel::RectificationListModel(const QString& databasePath, QObject* parent)
    : FilteredQueryModel(databasePath,
          {tr("No."), tr("Site"), tr("Responsible unit"), tr("Checklist item"), tr("Problem"), tr("Opened"), tr("Deadline"),
              tr("Status")},
          parent)
{
}

qint64 RectificationListModel::rectificationId(int row) const
{
    return rowId(row, RectificationListQuery::Id);
}

bool RectificationListModel::isOverdue(int row) const
{
    return raw(row, RectificationListQuery::DaysOverdue).toInt() > 0;
}

QVariant RectificationListModel::display(int row, int column, const QVariant& raw) const
{
    switch (column) {
    case RectificationListQuery::Item:
        if (const ChecklistItem* item = m_checklist.item(raw.toString()))
            return item->name();
        return raw;
    case RectificationListQuery::Status:
        // An overdue item says by how much where its status is read.
        if (const int days = this->raw(row, RectificationListQuery::DaysOverdue).toInt(); days > 0)
            return tr("Overdue %n day(s)", nullptr, days);
        if (const auto s = RectificationRules::status(raw.toString()))
            return RectificationRules::displayName(*s);
        return raw;
    default:
        return raw;
    }
}

QVariant RectificationListModel::decoration(int row, int column) const
{
    if (column == RectificationListQuery::Status) {
        if (isOverdue(row))
            return themeIcon(QStringLiteral("flag"));
        const auto s = RectificationRules::status(raw(row, column).toString());
        if (s == RectificationStatus::Closed || s == RectificationStatus::Rechecked)
            return themeIcon(QStringLiteral("approved"));
        if (s == RectificationStatus::Fixed)
            return themeIcon(QStringLiteral("waiting"));
        return themeIcon(QStringLiteral("pending"));
    }
    return {};
}

QVariant RectificationListModel::foreground(int row, int column) const
{
    if (isOverdue(row))
        return column == RectificationListQuery::Status || column == RectificationListQuery::Deadline ? QVariant(kRed) : QVariant();
    const auto s = RectificationRules::status(raw(row, RectificationListQuery::Status).toString());
    if (s == RectificationStatus::Closed)
        return kGrey;
    return {};
}

QVariant RectificationListModel::toolTip(int row, int column) const
{
    if (column == RectificationListQuery::Problem)
        return raw(row, column);
    if (isOverdue(row))
        return tr("Overdue: the deadline %1 has passed and nobody has reported it fixed.")
            .arg(raw(row, RectificationListQuery::Deadline).toString());
    return {};
}

InspectionListModel::InspectionListModel(const QString& databasePath, QObject* parent)
    : FilteredQueryModel(databasePath,
          {tr("Day"), tr("Code"), tr("Site"), tr("Unit"), tr("Inspector"), tr("Failed items"), tr("Correction")}, parent)
{
}

qint64 InspectionListModel::inspectionId(int row) const
{
    return rowId(row, InspectionListQuery::IdColumn);
}

QVariant InspectionListModel::display(int, int column, const QVariant& raw) const
{
    if (column == InspectionListQuery::Corrected)
        return raw.toInt() != 0 ? tr("Corrected") : QString();
    if (column == InspectionListQuery::Failed)
        return raw.toInt() > 0 ? raw : QVariant();
    if (column == InspectionListQuery::Inspector)
        return People::name(raw.toString());
    return raw;
}

QVariant InspectionListModel::toolTip(int row, int column) const
{
    if (column == InspectionListQuery::Inspector)
        return People::toolTip(raw(row, column).toString());
    return {};
}

QVariant InspectionListModel::foreground(int row, int) const
{
    return raw(row, InspectionListQuery::Failed).toInt() > 0 ? QVariant(kRed) : QVariant();
}

MissedSitesModel::MissedSitesModel(const QString& databasePath, QObject* parent)
    : QueryTableModel(databasePath, {tr("Code"), tr("Site"), tr("Unit"), tr("Caretaker")}, parent)
{
}

void MissedSitesModel::show(qint64 unitId, const QDate& day)
{
    setQuery(MissedSitesQuery::build(unitId, day));
}

qint64 MissedSitesModel::siteId(int row) const
{
    return rowId(row, MissedSitesQuery::SiteIdColumn);
}

} // namespace sitegov
