#pragma once

#include "core/Request.h"
#include "gui/common/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;
class QTimer;

namespace sitegov {

class ListPane;
class RequestDetailPanel;
class RequestListModel;
class StateView;

// Requests to open, close, migrate, merge or change sites: the approver's inbox of steps waiting for
// their unit (its count in the sidebar), the filer's own requests, and every request within the
// account's jurisdiction; each with its chain, checks, attachments and history beside the list.
class RequestsPage final : public Page
{
    Q_OBJECT

public:
    enum class Scope { Inbox, Mine, All };

    RequestsPage(AppContext& context, QWidget* parent);

    QString title() const override { return tr("Requests"); }
    void refresh() override;
    // scope ("inbox", "mine", "all"), state (a state key or "open"), request (id to select).
    void navigate(const QVariantMap& arguments) override;

    RequestListModel* model() const { return m_model; }
    RequestDetailPanel* detail() const { return m_detail; }
    QTabBar* scopes() const { return m_scopes; }
    QTableView* table() const { return m_table; }
    Scope scope() const;
    void setScope(Scope scope);
    // Opens the dialog for a new request (of `type` when chosen already, about `siteId` if given). An
    // account whose roles file no request is told why instead.
    void newRequest(std::optional<RequestType> type = std::nullopt, qint64 siteId = 0);
    // A request shown beside the list: printed by File > Print (Ctrl+P).
    bool printShown() override;
    // Recounts the steps waiting for this account's unit (the sidebar badge).
    void updateInboxCount();
    void selectRequest(qint64 requestId);

private:
    void applyFilter();
    QString whyNoFiling() const;
    void selectPending();

    RequestListModel* m_model;
    RequestDetailPanel* m_detail;
    ListPane* m_pane = nullptr;
    StateView* m_state = nullptr;
    QTabBar* m_scopes;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stateFilter;
    QComboBox* m_typeFilter;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_poll;
    QList<Scope> m_scopeOrder;
    qint64 m_pendingSelect = 0;
    bool m_applying = false;
};

} // namespace sitegov
