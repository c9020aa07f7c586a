#pragma once

#include "gui/common/Page.h"
#include "gui/dashboard/FigureCard.h"
#include "storage/ProbeQueries.h"
#include "storage/SpotCheckQueries.h"

class QGridLayout;
class QScrollArea;
class QTimer;

namespace sitegov {

class FigureCard;
class PageHeader;
class ScoreSyncController;
class StateView;

// The director's first page: the figures of the account's jurisdiction, each clickable to the
// list behind it. They are computed on a worker (DashboardStats) and recomputed when the data
// changes: a write anywhere (the audit log grows with every one), a score sync, or a new day.
class DashboardPage final : public Page
{
    Q_OBJECT

public:
    DashboardPage(AppContext& context, ScoreSyncController* sync, QWidget* parent);

    QString title() const override { return tr("Dashboard"); }
    void activate() override;
    void refresh() override;

    // How often a visible dashboard looks for changes.
    static constexpr int kWatchIntervalMs = 3000;

    // The spot-check card's tone: bad with a failing site, good when the month's plans cover at least
    // the share the account's office must check (`requiredPercent`: 10 for the province, 35 for cities
    // and counties, or the office's own setting), a warning below it.
    static FigureCard::Tone spotCheckTone(const SpotCheckMonthFigures& figures, int requiredPercent);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    // The cards reflow with the width (the scroll area's viewport is watched).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Section
    {
        QWidget* label;
        QList<FigureCard*> cards;
    };
    void layoutCards(int columns);
    void fitCards();
    // The newest audit record and the day: when either moves, the figures are stale.
    QString changeMark();
    void checkForChanges();

    ScoreSyncController* m_sync;
    StateView* m_state;
    PageHeader* m_header;
    FigureCard* m_operating;
    FigureCard* m_flagged;
    FigureCard* m_consolidation;
    FigureCard* m_coverage;
    FigureCard* m_rectifications;
    FigureCard* m_overdue;
    FigureCard* m_requests;
    FigureCard* m_reviews;
    FigureCard* m_tickets;
    FigureCard* m_policies;
    FigureCard* m_score;
    FigureCard* m_spotChecks = nullptr;
    FigureCard* m_passRate;
    FigureCard* m_vetoRisk;
    FigureCard* m_annual; // shown while last year's annual report is not published
    QList<VetoRiskRow> m_vetoRows;
    QTimer* m_watch;
    QWidget* m_cards = nullptr;
    QGridLayout* m_grid = nullptr;
    QScrollArea* m_scroll = nullptr;
    QList<Section> m_sections;
    int m_columns = 0;
    qint64 m_unitId = 0; // the jurisdiction the figures cover
    bool m_ownSites = false; // the coverage card counts an inspector's own sites
    QString m_computedMark;
    QString m_scorePeriod;
    bool m_requestsAreInbox = false;
    int m_generation = 0;
};

} // namespace sitegov
