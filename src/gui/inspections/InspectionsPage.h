#pragma once

#include "gui/common/Page.h"

class QTabWidget;
class QTableView;

namespace sitegov {

class CoverageCalendar;
class CoverageTab;
class InspectionForm;
class InspectionListModel;
class InspectionTab;
class MissedSitesModel;
class RecordsTab;
class RectificationListModel;
class RectificationTab;
class TodayListModel;
class TodayTab;

// Daily inspections (每日一巡查) and what follows from them, one tab each (TodayTab,
// RectificationTab, CoverageTab, RecordsTab). The page loads a tab when it is shown and stale, keeps
// the checklist in force, and counts the sites still to inspect today (its badge).
class InspectionsPage final : public Page
{
    Q_OBJECT

public:
    enum TabIndex { Today, Rectifications, Coverage, Records };

    InspectionsPage(AppContext& context, QWidget* parent);

    QString title() const override { return tr("Inspections"); }
    void activate() override;
    void refresh() override;
    // tab ("today", "rectifications", "coverage", "records"), status (a rectification status key,
    // "unresolved" or "overdue"), site (a site id: its rectifications and records), unit (coverage).
    void navigate(const QVariantMap& arguments) override;
    // On Today, the checklist of the site to inspect (P, F and N act at once); else the tab's list.
    void focusWork() override;
    // Ctrl+F on every tab: its list's search; on Coverage the unit picker.
    bool focusSearch() override;
    // The current tab's list (on Coverage, the sites missed on the chosen day).
    ListTable* shownList() const override;

    QTabWidget* tabs() const { return m_tabs; }
    TodayListModel* todayModel() const;
    QTableView* todayTable() const;
    InspectionForm* form() const;
    RectificationListModel* rectificationModel() const;
    QTableView* rectificationTable() const;
    CoverageCalendar* calendar() const;
    MissedSitesModel* missedModel() const;
    InspectionListModel* recordsModel() const;
    qint64 currentSiteId() const;

    // Saves the form for the current site; true when saved (tests call it as Ctrl+Enter does).
    bool saveInspection();
    // The checklist editor (administrators); a saved version applies to new inspections.
    void editChecklist();
    void updateBadge();

private:
    void addTab(InspectionTab* tab, const QIcon& icon, const QString& text);
    void loadTab(int index);
    bool ensureChecklist();
    void markOthersStale(InspectionTab* source);

    QTabWidget* m_tabs;
    TodayTab* m_today;
    RectificationTab* m_rectifications;
    CoverageTab* m_coverage;
    RecordsTab* m_records;
    QList<InspectionTab*> m_tabPages;
    QList<bool> m_stale;
    bool m_checklistLoaded = false;
};

} // namespace sitegov
