#pragma once

#include "core/Checklist.h"
#include "gui/common/FilteredQueryModel.h"
#include "storage/InspectionQueries.h"

namespace sitegov {

// An inspector's sites for a day: done ones ticked, failures and unresolved items in red.
class TodayListModel final : public FilteredQueryModel<TodayFilter, TodayListQuery>
{
    Q_OBJECT

public:
    TodayListModel(const QString& databasePath, QObject* parent);
    qint64 siteId(int row) const;
    qint64 inspectionId(int row) const;
    bool isDone(int row) const;

protected:
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant decoration(int row, int column) const override;
    QVariant foreground(int row, int column) const override;
};

// Rectification items: status in words, overdue ones in red with a flag, item names from the checklist.
class RectificationListModel final : public FilteredQueryModel<RectificationFilter, RectificationListQuery>
{
    Q_OBJECT

public:
    RectificationListModel(const QString& databasePath, QObject* parent);
    void setChecklist(const Checklist& checklist) { m_checklist = checklist; }
    qint64 rectificationId(int row) const;
    bool isOverdue(int row) const;

protected:
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant decoration(int row, int column) const override;
    QVariant foreground(int row, int column) const override;
    QVariant toolTip(int row, int column) const override;

private:
    Checklist m_checklist;
};

// Inspection records, newest first; failed ones in red, corrections marked.
class InspectionListModel final : public FilteredQueryModel<InspectionFilter, InspectionListQuery>
{
    Q_OBJECT

public:
    InspectionListModel(const QString& databasePath, QObject* parent);
    qint64 inspectionId(int row) const;

protected:
    // The inspector by name, the login name in the tooltip (People).
    QVariant display(int row, int column, const QVariant& raw) const override;
    QVariant foreground(int row, int column) const override;
    QVariant toolTip(int row, int column) const override;
};

// The running sites of a unit nobody inspected on a day.
class MissedSitesModel final : public QueryTableModel
{
    Q_OBJECT

public:
    MissedSitesModel(const QString& databasePath, QObject* parent);
    void show(qint64 unitId, const QDate& day);
    qint64 siteId(int row) const;
};

} // namespace sitegov
