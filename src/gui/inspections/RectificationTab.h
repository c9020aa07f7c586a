#pragma once

#include "gui/inspections/InspectionTab.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace sitegov {

class ListPane;
class RectificationListModel;
class StateView;

// Rectification (整改): the items failed inspections opened, with deadlines, overdue ones first and in
// red; the chosen item's history, and the steps that fix, re-check and close it.
class RectificationTab final : public InspectionTab
{
    Q_OBJECT

public:
    RectificationTab(AppContext& context, QWidget* parent);

    void load() override;
    void setChecklist(const Checklist& checklist) override;
    // A status key, "unresolved" or "overdue".
    void setStatus(const QString& key);
    // Only this site's items (0: every site).
    void setSite(qint64 siteId) { m_siteId = siteId; }

    RectificationListModel* model() const { return m_model; }
    QTableView* table() const;

private:
    enum Step { MarkFixed, RecheckPassed, RecheckFailed, CloseItem };

    void showItem(qint64 id);
    void act(int step);

    Checklist m_checklist;
    RectificationListModel* m_model;
    ListPane* m_pane;
    StateView* m_state;
    QComboBox* m_status;
    QLabel* m_site;
    QPushButton* m_siteClear;
    QLabel* m_count;
    QLabel* m_detail;
    QTreeWidget* m_events;
    QList<QPushButton*> m_steps;
    qint64 m_siteId = 0;
    qint64 m_current = 0;
    qint64 m_pending = 0;
};

} // namespace sitegov
