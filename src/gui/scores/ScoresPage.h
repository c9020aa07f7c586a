#pragma once

#include "core/Period.h"
#include "gui/common/Page.h"
#include "storage/ScoreQueries.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace sitegov {

class BarChartPanel;
class LineChartPanel;
class ListTable;
class ScoreSyncController;
class StateView;

// Performance scores (绩效考核) from the local score cache, synced from the assessment backend:
// for a period and a scope (city-level region, level) a ranking, the distribution against the
// pass mark of 60, pass rates by level and a trend over the periods, with the same data in a
// sortable table. Clicking a bar or a row opens the site on the Sites page. Opening the page
// starts a sync (on a worker, with progress and cancel); the charts show the cache meanwhile, and
// after a failed sync they keep showing it with when it was synced and why the sync failed.
class ScoresPage final : public Page
{
    Q_OBJECT

public:
    ScoresPage(AppContext& context, ScoreSyncController* sync, QWidget* parent);

    QString title() const override { return tr("Scores"); }
    void activate() override;
    void refresh() override;
    void navigate(const QVariantMap& arguments) override;
    // File > Print (Ctrl+P): the four charts; Print the list and Export the list: the table.
    bool printShown() override;
    ListTable* shownList() const override;

    BarChartPanel* rankingChart() const { return m_ranking; }
    BarChartPanel* histogramChart() const { return m_histogram; }
    BarChartPanel* levelChart() const { return m_levels; }
    LineChartPanel* trendChart() const { return m_trend; }
    QTableView* table() const { return m_table; }

    // Text of a period for people: "2026年10月", "2026年第3季度", "2026年".
    static QString periodName(const Period& period);
    // A period as a chart axis labels it: a month short ("Nov", "11月"), with its year when asked:
    // on one line ("Nov 2025", "2025年11月") or after `separator` ("<br>": under it); quarters and
    // years as periodName().
    static QString axisPeriodName(const Period& period, bool withYear, const QString& separator = QStringLiteral(" "));

    // How many sites the ranking chart shows.
    static constexpr int kRankingSize = 20;

    struct Loaded
    {
        QList<Period> periods; // cached, newest first
        QList<RegionName> regions;
        Period period; // shown
        QList<ScoreRow> rows;
        QList<LevelRate> levels;
        QList<Period> trendPeriods;
        QList<TrendLine> trend;
    };

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Two charts side by side where the page is wide enough for their axes' labels; below each other
    // on a narrower screen (1024×768), where side by side their labels were cut to "…".
    void layoutCharts();
    void reload();
    void show(const Loaded& data);
    void updateSyncStatus();
    void openSite(const QString& code, qint64 siteId);
    ScoreScope scope() const;
    void exportAll();

    ScoreSyncController* m_sync;
    StateView* m_state;
    QLabel* m_syncStatus;
    QProgressBar* m_progress;
    QPushButton* m_syncButton;
    QPushButton* m_cancelButton;
    QPushButton* m_exportButton;
    QComboBox* m_period;
    QComboBox* m_region;
    QComboBox* m_level;
    QComboBox* m_trendMode;
    BarChartPanel* m_ranking;
    BarChartPanel* m_histogram;
    BarChartPanel* m_levels;
    LineChartPanel* m_trend;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    ListTable* m_list = nullptr;
    QGridLayout* m_grid = nullptr;
    QScrollArea* m_scroll = nullptr;
    int m_chartColumns = 0;
    QString m_pendingPeriod;
    QString m_unitName; // the account's unit, at the top of exported pages
    QString m_focusSite; // a site whose trend was asked for (from the site detail)
    ScoreScope m_home; // the account's jurisdiction, which the page opens on
    QString m_homeName;
    bool m_regionChosen = false;
    int m_generation = 0;
    bool m_loading = false;
    bool m_filling = false;
};

} // namespace sitegov
