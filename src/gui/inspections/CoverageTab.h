#pragma once

#include "gui/inspections/InspectionTab.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace sitegov {

class CoverageCalendar;
class ListTable;
class MissedSitesModel;

// Coverage: a month's calendar of a unit's inspected share of running sites, day by day, and the
// sites nobody inspected on the chosen day.
class CoverageTab final : public InspectionTab
{
    Q_OBJECT

public:
    CoverageTab(AppContext& context, QWidget* parent);

    void load() override;
    void setUnit(qint64 unitId);
    // Ctrl+F: the unit picker, which finds a unit by any part of its name.
    void focusUnit();

    CoverageCalendar* calendar() const { return m_calendar; }
    MissedSitesModel* missedModel() const { return m_missedModel; }
    ListTable* missedList() const { return m_missed; }

private:
    void showMissed(const QDate& day);

    MissedSitesModel* m_missedModel;
    QComboBox* m_unit = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_summary = nullptr;
    CoverageCalendar* m_calendar = nullptr;
    QLabel* m_missedLabel = nullptr;
    ListTable* m_missed = nullptr;
    int m_generation = 0;
};

} // namespace sitegov
