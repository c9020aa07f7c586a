#include "gui/reviews/ReviewListModel.h"

#include "core/OfficeClock.h"
#include "gui/common/Icons.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace sitegov {

namespace {
QStringList headers()
{
    return {ReviewListModel::tr("Week"), ReviewListModel::tr("Unit"), ReviewListModel::tr("Status"),
        ReviewListModel::tr("Written by"), ReviewListModel::tr("Coverage"), ReviewListModel::tr("Signed at"),
        ReviewListModel::tr("Last change")};
}

QString localTime(const QVariant& raw)
{
    return OfficeClock::format(raw.toString(), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

ReviewListModel::ReviewListModel(const QString& databasePath, QObject* parent)
    : FilteredQueryModel(databasePath, headers(), parent)
{
}

qint64 ReviewListModel::reviewId(int row) const
{
    return rowId(row, WeeklyReviewListQuery::IdColumn);
}

qint64 ReviewListModel::unitId(int row) const
{
    return rowId(row, WeeklyReviewListQuery::UnitIdColumn);
}

QString ReviewListModel::unitName(int row) const
{
    return raw(row, WeeklyReviewListQuery::Unit).toString();
}

QString ReviewListModel::weekKey(int row) const
{
    return raw(row, WeeklyReviewListQuery::Week).toString();
}

bool ReviewListModel::isMissing(int row) const
{
    return raw(row, WeeklyReviewListQuery::Status).toString() == u"missing";
}

bool ReviewListModel::missedLastWeek(int row) const
{
    // In last week's own list the status says it already.
    return raw(row, WeeklyReviewListQuery::MissingLastWeekColumn).toInt() != 0 && weekKey(row) != m_filter.previousWeek;
}

QVariant ReviewListModel::display(int, int column, const QVariant& raw) const
{
    switch (column) {
    case WeeklyReviewListQuery::Week:
        if (const auto w = IsoWeek::parse(raw.toString()))
            return w->displayName();
        return raw;
    case WeeklyReviewListQuery::Status: {
        const QString key = raw.toString();
        if (key == u"signed")
            return WeeklyReviewService::displayName(ReviewStatus::Signed);
        if (key == u"draft")
            return WeeklyReviewService::displayName(ReviewStatus::Draft);
        return WeeklyReviewService::missingName();
    }
    case WeeklyReviewListQuery::Coverage:
        return raw.isNull() ? QVariant() : QVariant(QLocale().toString(raw.toDouble() * 100.0, 'f', 1) + QLatin1Char('%'));
    case WeeklyReviewListQuery::SignedAt:
    case WeeklyReviewListQuery::Updated:
        return localTime(raw);
    default:
        return raw;
    }
}

QVariant ReviewListModel::foreground(int row, int column) const
{
    if (isMissing(row))
        return QColor(0xb7, 0x1c, 0x1c);
    if (column == WeeklyReviewListQuery::Unit && missedLastWeek(row))
        return QColor(0xb7, 0x1c, 0x1c);
    if (raw(row, WeeklyReviewListQuery::Status).toString() == u"draft")
        return QColor(0xb2, 0x6a, 0x00);
    return {};
}

QVariant ReviewListModel::decoration(int row, int column) const
{
    if (column == WeeklyReviewListQuery::Unit && missedLastWeek(row))
        return themeIcon(QStringLiteral("flag"));
    if (column != WeeklyReviewListQuery::Status)
        return {};
    const QString key = raw(row, WeeklyReviewListQuery::Status).toString();
    if (key == u"signed")
        return themeIcon(QStringLiteral("approved"));
    if (key == u"draft")
        return themeIcon(QStringLiteral("pending"));
    return themeIcon(QStringLiteral("rejected"));
}

QVariant ReviewListModel::toolTip(int row, int column) const
{
    if (column == WeeklyReviewListQuery::Unit && missedLastWeek(row))
        return tr("%1: no signed review for last week").arg(unitName(row));
    if (column == WeeklyReviewListQuery::Status && isMissing(row))
        return tr("No review has been written for this week");
    return {};
}

} // namespace sitegov
