#pragma once

#include "gui/AppContext.h"

#include <QIcon>
#include <QVariantMap>
#include <QWidget>

namespace sitegov {

class ListTable;

// One page of the console (Dashboard, Sites, ...), made by PageRegistry, which lists them all. Pages
// load lazily on first activation and report when they are busy, so that screenshots and tests can
// wait for real content.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(AppContext& context, QWidget* parent);

    // Stable, used by --page, navigation and settings; set from the page's PageRegistry entry.
    QString pageId() const { return m_id; }
    virtual QString title() const = 0;
    QString iconName() const { return m_iconName; }

    // Called each time the page becomes visible; the first call loads the content.
    virtual void activate();
    // Reloads the content (F5).
    virtual void refresh() {}
    // Applies navigation arguments from another page ("show the operating sites").
    virtual void navigate(const QVariantMap& arguments) { Q_UNUSED(arguments); }

    // The list the page shows now (the current tab's), which the File menu exports and prints as
    // shown; none by default. (ListPane lists are found by default.)
    virtual ListTable* shownList() const;
    // File > Print (Ctrl+P) on a page that shows a record beside its list (a request, a weekly
    // review) or charts: prints them (a preview first) and returns true. False: the page has none,
    // and the list is printed instead.
    virtual bool printShown() { return false; }
    // Ctrl+F: moves to the search box of what is shown; false when there is none. By default the
    // search of the list on screen (ListPane).
    virtual bool focusSearch();
    // Keyboard focus where the page's work starts, after a login or on opening the page (the
    // checklist of the site to inspect; the list). Default: the list on screen.
    virtual void focusWork();

    bool isBusy() const { return m_busy; }
    // A count shown beside the page's name in the sidebar (waiting requests); 0 shows none.
    int badge() const { return m_badge; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void badgeChanged(int count);
    void navigateRequested(const QString& pageId, const QVariantMap& arguments);
    void statusMessage(const QString& message);

protected:
    void setBusy(bool busy);
    void setBadge(int count);
    AppContext& context() { return m_context; }
    const AppContext& context() const { return m_context; }
    bool isLoaded() const { return m_loaded; }

private:
    friend class PageRegistry;

    AppContext& m_context;
    QString m_id;
    QString m_iconName;
    bool m_busy = false;
    int m_badge = 0;
    bool m_loaded = false;
};

} // namespace sitegov
