#pragma once

#include "gui/Page.h"
#include "storage/InspectionQueries.h"
#include "storage/RegistryStats.h"

namespace sitegov {

class FigureCard;
class StateView;

// The director's first page: the registry's headline figures, each clickable to its list.
class DashboardPage final : public Page
{
    Q_OBJECT

public:
    DashboardPage(AppContext& context, QWidget* parent);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    QString iconName() const override { return QStringLiteral("dashboard"); }
    void refresh() override;
    // The figures change as others work: every visit recomputes them (off the GUI thread).
    void activate() override;

    struct Figures
    {
        RegistryFigures registry;
        DayCoverage today;
        int unresolved = 0;
        int overdue = 0;
    };

private:
    StateView* m_state;
    FigureCard* m_operating;
    FigureCard* m_flagged;
    FigureCard* m_consolidation;
    FigureCard* m_closed;
    FigureCard* m_units;
    FigureCard* m_coverage;
    FigureCard* m_rectifications;
    int m_generation = 0;
};

} // namespace sitegov
