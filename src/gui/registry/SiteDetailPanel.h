#pragma once

#include "gui/AppContext.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sitegov {

class LineChartPanel;
class SiteProbePanel;
struct SiteActivity;

// One site at a glance beside the list, the hub for that site: its fields, its flags in words, who
// answers for it now and before, and (loaded on a worker) its newest requests, inspections, open
// rectification items and score trend, each linking to its page; with the actions an account may
// take on it.
class SiteDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    SiteDetailPanel(AppContext& context, QWidget* parent);

    void showSite(qint64 siteId);
    qint64 siteId() const { return m_siteId; }
    QTableWidget* assignments() const { return m_assignments; }
    LineChartPanel* scoreTrend() const { return m_scoreTrend; }
    SiteProbePanel* probePanel() const { return m_probe; }
    bool isLoadingActivity() const { return m_activityLoading; }

Q_SIGNALS:
    void changed(qint64 siteId); // the site or its assignments were changed from here
    void auditRequested(qint64 siteId);
    // A link of the hub: open another page at what it lists for this site.
    void navigateRequested(const QString& pageId, const QVariantMap& arguments);
    void activityLoadingChanged(bool loading);

private:
    void edit();
    void changeStatus();
    void assign();
    void endAssignment();
    void loadActivity();
    void showActivity(const SiteActivity& activity);
    void followLink(const QString& link);

    AppContext& m_context;
    qint64 m_siteId = 0;
    QLabel* m_title;
    QLabel* m_flags;
    QFormLayout* m_form;
    QWidget* m_fields;
    QTableWidget* m_assignments;
    QPushButton* m_edit;
    QPushButton* m_status;
    QPushButton* m_assign;
    QPushButton* m_end;
    QPushButton* m_audit;
    QLabel* m_activity;
    LineChartPanel* m_scoreTrend;
    SiteProbePanel* m_probe;
    QString m_siteCode;
    QString m_siteName;
    int m_activityGeneration = 0;
    bool m_activityLoading = false;
};

} // namespace sitegov
