#pragma once

#include "gui/AppContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sitegov {

class BarChartPanel;
struct SiteProbeView;

// What the probe (sitegov-probe) measured on one site, in the site hub: the last 7 days' availability
// (a chart of probes and failures per day, the share of failures against the veto line), the
// homepage's newest date and the certificate, each registered column's freshness and the open
// findings with their evidence. Loaded on a worker. Whoever may edit the site registers its columns
// here ("Columns…").
class SiteProbePanel final : public QWidget
{
    Q_OBJECT

public:
    SiteProbePanel(AppContext& context, QWidget* parent);

    void showSite(qint64 siteId, const QString& siteName);
    bool isLoading() const { return m_loading; }

    BarChartPanel* chart() const { return m_chart; }
    QLabel* summary() const { return m_summary; }
    QTableWidget* columns() const { return m_columns; }
    QTableWidget* findings() const { return m_findings; }
    QPushButton* columnsButton() const { return m_editColumns; }

Q_SIGNALS:
    void loaded();

private:
    void load();
    void show(const SiteProbeView& view);
    void editColumns();

    AppContext& m_context;
    qint64 m_siteId = 0;
    QString m_siteName;
    int m_generation = 0;
    bool m_loading = false;
    QLabel* m_title;
    QLabel* m_summary;
    BarChartPanel* m_chart;
    QLabel* m_columnsTitle;
    QTableWidget* m_columns;
    QLabel* m_findingsTitle;
    QTableWidget* m_findings;
    QPushButton* m_editColumns;
};

} // namespace sitegov
