#include "gui/common/Page.h"

#include "gui/common/ListPane.h"

#include <QTableView>

namespace sitegov {

namespace {

// The list pane the user sees now: the page's visible one (the current tab's), if any.
ListPane* visiblePane(const QWidget* page)
{
    for (ListPane* pane : page->findChildren<ListPane*>()) {
        if (pane->isVisible())
            return pane;
    }
    return nullptr;
}

} // namespace

ListTable* Page::shownList() const
{
    ListPane* pane = visiblePane(this);
    return pane && pane->table()->isVisible() ? pane->list() : nullptr;
}

bool Page::focusSearch()
{
    ListPane* pane = visiblePane(this);
    if (!pane)
        return false;
    pane->focusSearch();
    return true;
}

void Page::focusWork()
{
    if (ListTable* list = shownList(); list && list->table()->isVisible())
        list->table()->setFocus(Qt::OtherFocusReason);
}

Page::Page(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

void Page::activate()
{
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
}

void Page::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void Page::setBadge(int count)
{
    if (m_badge == count)
        return;
    m_badge = count;
    Q_EMIT badgeChanged(count);
}

} // namespace sitegov
