#include "gui/common/Page.h"

namespace sitegov {

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
