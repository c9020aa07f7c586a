#pragma once

#include "gui/common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sitegov {

class ListPane;
class PageHeader;
class StateView;
class TicketDetailPanel;
class TicketListModel;

// Error reports (我为政府网站找错): the platform's messages registered by hand or imported from its
// export, within the account's jurisdiction, newest first; those past their deadline (3 working
// days) in red, counted on the sidebar badge and the dashboard. The chosen ticket opens beside the
// list to reply, verify and close.
class TicketsPage final : public Page
{
    Q_OBJECT

public:
    TicketsPage(AppContext& context, QWidget* parent);

    QString title() const override { return tr("Error reports"); }
    void activate() override;
    void refresh() override;
    // status (open, replied, closed, overdue, unclosed), kind, ticket (id to select).
    void navigate(const QVariantMap& arguments) override;

    TicketListModel* model() const { return m_model; }
    TicketDetailPanel* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }
    QComboBox* unitFilter() const { return m_unitFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* kindFilter() const { return m_kindFilter; }
    QLabel* overdueBanner() const { return m_banner; }

    void newTicket();
    void importFile();
    // A year's holiday arrangement for the deadlines (ManageSettings): true when it was imported.
    bool importCalendar();

private:
    void applyFilter();
    void fillUnits();
    void updateOverdueCount();
    void selectPending();

    TicketListModel* m_model;
    TicketDetailPanel* m_detail;
    PageHeader* m_header = nullptr;
    ListPane* m_pane = nullptr;
    StateView* m_state = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_banner;
    QComboBox* m_unitFilter;
    QComboBox* m_statusFilter;
    QComboBox* m_kindFilter;
    qint64 m_pendingTicket = 0;
    bool m_applying = false;
    bool m_unitsFilled = false;
    int m_overdueGeneration = 0;
};

} // namespace sitegov
