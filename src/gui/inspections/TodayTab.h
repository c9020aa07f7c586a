#pragma once

#include "storage/ProbeQueries.h"
#include "gui/inspections/InspectionTab.h"

#include <QDate>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace sitegov {

class InspectionForm;
class ListPane;
class StateView;
class TodayListModel;
struct Error;

// Today (每日一巡查): the inspector's sites for a day, which are done, and the keyboard-driven
// checklist form of the chosen one; saving moves on to the next site still to inspect.
class TodayTab final : public InspectionTab
{
    Q_OBJECT

public:
    TodayTab(AppContext& context, QWidget* parent);

    void load() override;
    void setChecklist(const Checklist& checklist) override;
    // The checklist in force could not be read: the tab says so, with a way to try again.
    void showChecklistError(const Error& error, std::function<void()> retry);
    // The day turned: the latest day that can be chosen follows, and so does the day shown if it was
    // the latest.
    void followToday();

    TodayListModel* model() const { return m_model; }
    QTableView* table() const;
    InspectionForm* form() const { return m_form; }
    qint64 currentSiteId() const { return m_currentSite; }
    // Saves the form for the current site; true when saved (tests call it as Ctrl+Enter does).
    bool saveInspection();
    // Decisions made on the checklist and not saved yet.
    bool hasUnsavedInspection() const;
    // The checklist takes the keyboard now, or once the list has loaded.
    void focusChecklist();

private:
    void siteChosen(const QModelIndex& current, const QModelIndex& previous);
    QString unsavedDescription() const;
    void discardInspection();
    // Save, discard or stay (false) when the checklist has unsaved decisions; true without any.
    bool resolveUnsavedInspection(const QString& action);
    void selectPendingSite();
    void showSite(int row);

    Checklist m_checklist;
    QDateEdit* m_day;
    QCheckBox* m_pendingOnly;
    TodayListModel* m_model;
    ListPane* m_pane;
    StateView* m_state;
    QLabel* m_count;
    InspectionForm* m_form;
    qint64 m_currentSite = 0;
    QString m_currentSiteName;
    QDate m_formDay;  // the day the form's site is shown for
    QDate m_shownDay; // the day the list is loaded for
    QList<MeasuredItem> m_measured; // what the probe measured of the new inspection's items (pre-filled)
    qint64 m_pendingSite = 0;
    bool m_focusFormAfterLoad = false;
    bool m_reverting = false; // the selection moves by program: nothing to ask
};

} // namespace sitegov
