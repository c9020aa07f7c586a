#pragma once

#include "gui/common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sitegov {

class ListPane;
class PageHeader;
class PolicyDetailPanel;
class PolicyListModel;
class StateView;

// Key policies (重要政策信息 8 小时内转载, docs/design/reposts.md): the items the office registered, by
// hand or from a table, newest first, each with how many obliged portals of the account's
// jurisdiction reposted it within 8 hours, late or not yet; an item open past its 8 hours with a
// portal missing in red, counted on the sidebar badge and the dashboard. The chosen item opens beside
// the list with every portal's state.
class PoliciesPage final : public Page
{
    Q_OBJECT

public:
    PoliciesPage(AppContext& context, QWidget* parent);

    QString title() const override { return tr("Key policies"); }
    void activate() override;
    void refresh() override;
    // state (open, closed, overdue), item (id to select).
    void navigate(const QVariantMap& arguments) override;

    PolicyListModel* model() const { return m_model; }
    PolicyDetailPanel* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }
    QComboBox* unitFilter() const { return m_unitFilter; }
    QComboBox* stateFilter() const { return m_stateFilter; }
    QLabel* overdueBanner() const { return m_banner; }

    void newItem();
    void importFile();

private:
    void applyFilter();
    void fillUnits();
    void updateOverdueCount();
    void selectPending();

    PolicyListModel* m_model;
    PolicyDetailPanel* m_detail;
    PageHeader* m_header = nullptr;
    ListPane* m_pane = nullptr;
    StateView* m_state = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_banner;
    QComboBox* m_unitFilter;
    QComboBox* m_stateFilter;
    qint64 m_pendingItem = 0;
    bool m_applying = false;
    bool m_unitsFilled = false;
    int m_overdueGeneration = 0;
};

} // namespace sitegov
