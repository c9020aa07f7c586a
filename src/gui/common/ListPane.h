#pragma once

#include "gui/common/ListTable.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace sitegov {

class QueryTableModel;
class StateView;

// The scaffold every list page and list tab stands on, top to bottom: the page's header, a row of
// filters with the search box (the window's Ctrl+F focuses the search of the pane on screen,
// Page::focusSearch(); Enter moves on to the table, Down too), what the page puts
// above the list (a banner), the list in its states (StateView: loading, empty, error; the table
// alone or beside a detail panel), and a footer with the count. The table is set up by ListTable.
// Its margins are a window's: a page holding it lays it out without margins of its own.
class ListPane final : public QWidget
{
    Q_OBJECT

public:
    struct Options
    {
        QString searchName;
        QString searchPlaceholder;
        QString searchAccessibleName;
        ListTable::Options table;

        // What names a list and its search box: the object names tests find them by
        // ("siteSearchEdit", "siteTable"), the box's placeholder, and the accessible names a screen
        // reader says (the search box's may be empty).
        static Options named(const QString& searchName, const QString& searchPlaceholder,
            const QString& searchAccessibleName, const QString& tableName, const QString& tableAccessibleName)
        {
            Options o;
            o.searchName = searchName;
            o.searchPlaceholder = searchPlaceholder;
            o.searchAccessibleName = searchAccessibleName;
            o.table.objectName = tableName;
            o.table.accessibleName = tableAccessibleName;
            return o;
        }
    };

    ListPane(QAbstractItemModel* model, const Options& options, QWidget* parent);

    QLineEdit* search() const { return m_search; }
    QTableView* table() const { return m_table; }
    ListTable* list() const { return m_list; }
    StateView* state() const { return m_state; }
    // The count line, in the footer (made on first use: a list without one has none).
    QLabel* count();
    // The filter row: a page adds its filters in order and puts the search box among them.
    QHBoxLayout* filters() const { return m_filters; }
    void addSearch(int stretch);
    // Shown above the filters (the page's header).
    void addHeader(QWidget* header);
    // Shown between the filters and the list.
    void addAboveList(QWidget* widget);
    // What the states cover, set once the filters are in: the table, or a splitter with the table
    // and a detail. Then the Tab key goes along the filters, through what is above the list, into
    // the table, whatever order the page made them in.
    void setContent(QWidget* content);
    // The content as the table beside a detail panel (3 to `detailStretch` of the width, neither
    // collapsing away), set with setContent(); the splitter, for a page that sizes it.
    QSplitter* setContentBeside(QWidget* detail, int detailStretch = 2);
    // Lays the pane out as the whole of its parent (a page or a tab), without margins.
    void fillParent();
    QHBoxLayout* footer() const { return m_footer; }
    // The count, out of the footer, for a page that lays it out with the table.
    QLabel* takeCount();
    void focusSearch();
    // On to the list (Enter or Down in the search box).
    void focusList();
    void fitColumns() { m_list->fitColumns(); }
    // Follows the loads of `model` (the table's) in the states: a failure with `retry` as its way out;
    // a load without rows, `whenEmpty` (which shows the empty state it wants); one with rows, the
    // table with its columns fitted, then `whenShown` (when given: selecting a row).
    void followLoads(QueryTableModel* model, std::function<void()> retry, std::function<void()> whenEmpty,
        std::function<void()> whenShown = {});

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void orderTabs();

    QLineEdit* m_search;
    QTableView* m_table;
    ListTable* m_list;
    StateView* m_state = nullptr;
    QLabel* m_count = nullptr;
    QVBoxLayout* m_layout;
    QHBoxLayout* m_filters;
    QHBoxLayout* m_footer;
    QList<QWidget*> m_aboveList;
};

} // namespace sitegov
