#pragma once

#include <QObject>

class QTableView;

namespace sitegov {

// The set-up every list's table shares, made once here: whole rows selected, read only, alternating rows without row numbers, one line per row as high as the font
// needs, the last column stretched, sorting by the header; when rows arrive, columns sized to their
// contents up to a limit; Ctrl+C copies the selected rows under their column headers as
// tab-separated text, which Excel and WPS paste into cells. Attached to a QTableView (a QTableWidget
// too) as a child, so that what every list does with its rows lives in one place.
class ListTable final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString objectName;
        QString accessibleName;
        // The sort the list opens with: a column and its order; a column of -1 keeps the query's own
        // order (what needs doing first) with no column marked.
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        bool sortIndicatorShown = true;
        // fitColumns(): no column wider than this (0: as wide as its contents), each `padding` wider.
        int maxColumnWidth = 0;
        int columnPadding = 0;
    };

    // Sets `table` up and attaches the list's behaviour to it; the table owns the result.
    static ListTable* attach(QTableView* table, const Options& options);

    QTableView* table() const { return m_table; }
    // Sizes the columns to what the loaded rows hold, within the limits.
    void fitColumns();
    // The selected rows as Ctrl+C copies them: the visible columns' headers, then one line per row
    // in the list's order, cells separated by tabs (tabs and line breaks inside a cell become spaces).
    QString selectedRowsText() const;
    void copySelectedRows() const;

private:
    ListTable(QTableView* table, const Options& options);

    QTableView* m_table; // its parent
    Options m_options;
};

} // namespace sitegov
