#pragma once

#include "core/Checklist.h"
#include "gui/common/Page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace sitegov {

class CoverageCalendar;
class InspectionForm;
class InspectionListModel;
class MissedSitesModel;
class RectificationListModel;
class StateView;
class TodayListModel;

// Daily inspections (每日一巡查) and what follows from them:
// - Today: the inspector's sites with which are done, and the keyboard-driven checklist form;
// - Rectification (整改): items with deadlines, overdue ones first and in red; fixed, re-checked, closed;
// - Coverage: a month's calendar per unit, and the sites missed on a day;
// - Records: every inspection, opened to edit (its author on its day) or to correct with a reason.
class InspectionsPage final : public Page
{
    Q_OBJECT

public:
    enum Tab { TodayTab, RectificationTab, CoverageTab, RecordsTab };

    InspectionsPage(AppContext& context, QWidget* parent);

    QString pageId() const override { return QStringLiteral("inspections"); }
    QString title() const override { return tr("Inspections"); }
    QString iconName() const override { return QStringLiteral("inspections"); }
    void activate() override;
    void refresh() override;
    // tab ("today", "rectifications", "coverage", "records"), status (a rectification status key,
    // "unresolved" or "overdue"), site (a site id: its rectifications and records), unit (coverage).
    void navigate(const QVariantMap& arguments) override;

    QTabWidget* tabs() const { return m_tabs; }
    TodayListModel* todayModel() const { return m_todayModel; }
    QTableView* todayTable() const { return m_todayTable; }
    InspectionForm* form() const { return m_form; }
    RectificationListModel* rectificationModel() const { return m_rectModel; }
    QTableView* rectificationTable() const { return m_rectTable; }
    CoverageCalendar* calendar() const { return m_calendar; }
    MissedSitesModel* missedModel() const { return m_missedModel; }
    InspectionListModel* recordsModel() const { return m_recordsModel; }
    qint64 currentSiteId() const { return m_currentSite; }

    // Saves the form for the current site; true when saved (tests call it as Ctrl+Enter does).
    bool saveInspection();
    // The checklist editor (administrators); a saved version applies to new inspections.
    void editChecklist();
    void updateBadge();

private:
    QWidget* buildToday();
    QWidget* buildRectifications();
    QWidget* buildCoverage();
    QWidget* buildRecords();
    void applyTodayFilter();
    void applyRectificationFilter();
    void applyRecordsFilter();
    void loadCoverage();
    void showSite(int row);
    void selectPendingSite();
    void showRectification(qint64 id);
    void actOnRectification(int action);
    void openInspection(qint64 inspectionId);
    void loadTab(int index);
    bool ensureChecklist();
    QDate today() const;

    QTabWidget* m_tabs;
    Checklist m_checklist;
    bool m_checklistLoaded = false;
    QList<bool> m_tabDirty{true, true, true, true};

    // Today
    QDateEdit* m_day = nullptr;
    QLineEdit* m_todaySearch = nullptr;
    QCheckBox* m_pendingOnly = nullptr;
    QLabel* m_todayCount = nullptr;
    TodayListModel* m_todayModel = nullptr;
    QTableView* m_todayTable = nullptr;
    StateView* m_todayState = nullptr;
    InspectionForm* m_form = nullptr;
    qint64 m_currentSite = 0;
    qint64 m_pendingSite = 0;
    bool m_focusFormAfterLoad = false;

    // Rectification
    QComboBox* m_rectStatus = nullptr;
    QLineEdit* m_rectSearch = nullptr;
    QLabel* m_rectSite = nullptr;
    QPushButton* m_rectSiteClear = nullptr;
    qint64 m_rectSiteId = 0;
    QLabel* m_rectCount = nullptr;
    RectificationListModel* m_rectModel = nullptr;
    QTableView* m_rectTable = nullptr;
    StateView* m_rectState = nullptr;
    QLabel* m_rectDetail = nullptr;
    QTreeWidget* m_rectEvents = nullptr;
    QList<QPushButton*> m_rectActions;
    qint64 m_currentRect = 0;
    qint64 m_pendingRect = 0;

    // Coverage
    QComboBox* m_unit = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_coverageSummary = nullptr;
    CoverageCalendar* m_calendar = nullptr;
    QLabel* m_missedLabel = nullptr;
    MissedSitesModel* m_missedModel = nullptr;
    QTableView* m_missedTable = nullptr;
    int m_coverageGeneration = 0;

    // Records
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_recordsSearch = nullptr;
    QCheckBox* m_failedOnly = nullptr;
    QLabel* m_recordsCount = nullptr;
    InspectionListModel* m_recordsModel = nullptr;
    QTableView* m_recordsTable = nullptr;
    StateView* m_recordsState = nullptr;
    qint64 m_recordsSiteId = 0;
};

} // namespace sitegov
