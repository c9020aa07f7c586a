#pragma once

#include "gui/common/Page.h"
#include "storage/RegistryExchange.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeView;

namespace sitegov {

class ListPane;
class ListTable;
class QueryTableModel;
class SiteDetailPanel;
class SiteListModel;
class StateView;
class UnitTreeModel;

// The registry: sites (search, filters, sortable lazy table, detail panel), units (the tree),
// responsible persons, and the consolidation figures.
class SitesPage final : public Page
{
    Q_OBJECT

public:
    SitesPage(AppContext& context, QWidget* parent);

    QString title() const override { return tr("Sites"); }
    void refresh() override;
    // status, kind, platform, level (keys), flagged (bool), flags (int), city (id), unit (id),
    // text, site (id to select), tab ("sites", "units", "people", "consolidation").
    void navigate(const QVariantMap& arguments) override;
    // Ctrl+F on the units or the consolidation goes to the sites' search.
    bool focusSearch() override;
    // The current tab's list, the consolidation table included.
    ListTable* shownList() const override;

    SiteListModel* model() const { return m_model; }
    QueryTableModel* peopleModel() const { return m_people; }
    UnitTreeModel* unitModel() const { return m_units; }
    SiteDetailPanel* detail() const { return m_detail; }
    QTabWidget* tabs() const { return m_tabs; }
    void registerSite();
    // The import dialog (preview, then all-or-nothing or good rows only), optionally on a file.
    void importFile(const QString& path);
    // Exports in the background with progress and cancel; without a path, asks for one.
    bool exportFile(ExchangeKind kind, bool listedOnly, const QString& path = {}, const QString& filter = {});

private:
    bool isTopUnit(qint64 unitId) const;
    QWidget* buildSitesTab();
    QWidget* buildUnitsTab();
    QWidget* buildPeopleTab();
    QWidget* buildConsolidationTab();
    void applyFilter();
    void clearFilters();
    void selectPendingSite();
    void reloadConsolidation();
    void reloadPeople();
    void unitAction(const QString& action);
    void personAction(const QString& action);

    // Sites tab.
    SiteListModel* m_model;
    ListPane* m_sites = nullptr;
    StateView* m_state = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_platform = nullptr;
    QComboBox* m_city = nullptr;
    QComboBox* m_flags = nullptr;
    QTableView* m_table = nullptr;
    SiteDetailPanel* m_detail = nullptr;
    QLabel* m_count = nullptr;
    qint64 m_unitFilter = 0;
    bool m_scopeApplied = false; // the account's jurisdiction chosen once, on the first load
    qint64 m_pendingSelect = 0;
    bool m_applying = false;

    // Units tab.
    UnitTreeModel* m_units = nullptr;
    QTreeView* m_unitTree = nullptr;
    // People tab.
    QueryTableModel* m_people = nullptr;
    ListPane* m_peoplePane = nullptr;
    QTableView* m_peopleTable = nullptr;
    QLineEdit* m_peopleSearch = nullptr;
    // Consolidation tab.
    QTableWidget* m_consolidation = nullptr;
    QLabel* m_consolidationTotal = nullptr;
    ListTable* m_consolidationList = nullptr;

    QTabWidget* m_tabs;
};

} // namespace sitegov
