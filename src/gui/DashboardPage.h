#pragma once

#include "gui/Page.h"

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

private:
    StateView* m_state;
    FigureCard* m_operating;
    FigureCard* m_flagged;
    FigureCard* m_consolidation;
    FigureCard* m_closed;
    FigureCard* m_units;
    int m_generation = 0;
};

} // namespace sitegov
