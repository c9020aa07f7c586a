#pragma once

#include "core/Result.h"
#include "gui/common/PrintedForm.h"
#include "storage/TableWriter.h"

#include <QObject>
#include <QStringList>

class QTableView;
class QWidget;

namespace sitegov {

// The set-up every list's table shares, made once here: whole rows selected, several at once as in
// Excel and WPS (Shift and Ctrl with the mouse or the arrows), read only, alternating rows without
// row numbers, one line per row as high as the font needs, the last column stretched, sorting by the
// header; when rows arrive, columns sized to their contents up to a limit. What a list does with its
// rows: Ctrl+C copies the selected rows under their column headers as tab-separated text, which
// Excel and WPS paste into cells; the list exports what it shows (its filter, its order, its visible
// columns) to XLSX or CSV through storage's TableWriter, and prints it (a print preview, A4 landscape,
// PrintedForm). The window's File menu reaches the list a page shows (Page::shownList()).
// Attached to a QTableView (a QTableWidget too) as a child, so that it lives in one place.
class ListTable final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString objectName;
        QString accessibleName;
        // What the list is, as the title of a printout and the start of an export's file name
        // ("Sites", "Audit trail"); the accessible name when empty.
        QString title;
        // The sort the list opens with: a column and its order; a column of -1 keeps the query's own
        // order (what needs doing first) with no column marked.
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        bool sortIndicatorShown = true;
        // fitColumns(): no column wider than this (0: as wide as its contents), each `padding` wider.
        int maxColumnWidth = 0;
        int columnPadding = 0;

        // The list opens in the query's own order (what needs doing first), no column marked.
        Options& inQueryOrder()
        {
            sortColumn = -1;
            sortIndicatorShown = false;
            return *this;
        }
        // The list opens sorted by `column`.
        Options& sortedBy(int column, Qt::SortOrder order = Qt::AscendingOrder)
        {
            sortColumn = column;
            sortOrder = order;
            return *this;
        }
        // Columns fitted up to `maxWidth`, each `padding` wider.
        Options& columnsUpTo(int maxWidth, int padding = 0)
        {
            maxColumnWidth = maxWidth;
            columnPadding = padding;
            return *this;
        }
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

    // Makes `row` the current and only selected row and shows it, whatever keys are held. (Pages
    // move the selection with this, never with QTableView::selectRow(), which extends or toggles a
    // several-row selection while Shift or Ctrl is down: Ctrl+Enter saving, then the next row chosen.)
    void selectOnly(int row);
    static void selectOnly(QTableView* table, int row);

    QString title() const;
    // The list as it shows: its visible columns' headers in the header's order, and a row's cells.
    QStringList shownHeader() const;
    QStringList shownRow(int row) const;
    // A list that loads as it scrolls loads the rest of its rows first (with a progress dialog over
    // `parent` and a Cancel); false when cancelled or failed (`error` says why, empty when cancelled).
    bool loadAll(QWidget* parent, Error* error);
    // Writes every row as shown to `path` (XLSX or CSV through TableWriter, which refuses the
    // database's files); the number of rows written.
    Result<int> writeTo(const QString& path, const TableWriteOptions& options, QWidget* parent = nullptr);
    // Asks where (XLSX, CSV in UTF-8, CSV in GBK), writes, and says so in `message`. False when
    // cancelled or failed (a message box has said why).
    bool exportInteractively(QWidget* parent, QString* message = nullptr);
    // The whole list as a printed document: its title, the unit on every page, a table of its rows.
    PrintedDocument printedDocument(const QString& unit) const;
    // A print preview of the list (print or save to PDF from there). False when nothing was printed.
    bool printPreview(QWidget* parent, const QString& unit);

private:
    ListTable(QTableView* table, const Options& options);
    QList<int> shownColumns() const;

    QTableView* m_table; // its parent
    Options m_options;
};

} // namespace sitegov
