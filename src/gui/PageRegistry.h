#pragma once

#include "gui/AppContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace sitegov {

class Page;
class ScoreSyncController;

// What a page is made with.
struct PageServices
{
    AppContext& context;
    ScoreSyncController* sync = nullptr;
};

// One page of the console: the id by which the sidebar, the Go menu, navigation between pages,
// `sitegov --page` and scripts/screenshots (through `sitegov --list-pages`) know it, its icon, the
// accounts that see it, and how it is made. Its title is the page's own (Page::title()).
struct PageEntry
{
    QString id;
    QString icon;
    std::function<bool(const Session&)> available; // empty: every account
    std::function<Page*(const PageServices&, QWidget* parent)> create;
};

// The one list of the console's pages. Adding a page means adding its entry here.
class PageRegistry final
{
public:
    // Every page, in the order of the sidebar.
    static const QList<PageEntry>& entries();
    static QStringList ids();
    // The roles an account needs to see the page: every role when it is open to all. (A system actor
    // sees every page.)
    static QList<Role> rolesFor(const PageEntry& entry);
    // The pages an account with `role` sees, in the sidebar's order.
    static QStringList idsFor(Role role);
    // The pages `services.context.session` may see, made in the sidebar's order.
    static QList<Page*> create(const PageServices& services, QWidget* parent);
};

} // namespace sitegov
