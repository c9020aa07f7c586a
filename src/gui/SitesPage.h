#pragma once

#include "gui/Page.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;
class QFormLayout;

namespace sitegov {

class SiteListModel;
class StateView;

// The site registry: search, filters, a sortable table and a detail panel.
class SitesPage final : public Page
{
    Q_OBJECT

public:
    SitesPage(AppContext& context, QWidget* parent);

    QString pageId() const override { return QStringLiteral("sites"); }
    QString title() const override { return tr("Sites"); }
    QString iconName() const override { return QStringLiteral("sites"); }
    void refresh() override;
    void navigate(const QVariantMap& arguments) override;

    SiteListModel* model() const { return m_model; }

private:
    void applyFilter();
    void clearFilters();
    void showDetail(qint64 siteId);
    void buildDemo();

    SiteListModel* m_model;
    StateView* m_state;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_kind;
    QComboBox* m_platform;
    QCheckBox* m_flagged;
    QTableView* m_table;
    QWidget* m_detail;
    QFormLayout* m_detailForm;
    QLabel* m_detailTitle;
    bool m_applyingNavigation = false;
};

} // namespace sitegov
