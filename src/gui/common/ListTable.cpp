#include "gui/common/ListTable.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace sitegov {

ListTable::ListTable(QTableView* table, const Options& options)
    : QObject(table)
    , m_table(table)
    , m_options(options)
{
    setObjectName(QStringLiteral("listTable"));
}

ListTable* ListTable::attach(QTableView* table, const Options& options)
{
    if (!options.objectName.isEmpty())
        table->setObjectName(options.objectName);
    if (!options.accessibleName.isEmpty())
        table->setAccessibleName(options.accessibleName);
    // Set before sorting is enabled: the header's default (column 0, descending) would otherwise
    // sort the model at once.
    table->horizontalHeader()->setSortIndicator(options.sortColumn, options.sortOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicatorShown(options.sortIndicatorShown);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return new ListTable(table, options);
}

void ListTable::fitColumns()
{
    if (!m_table->model())
        return;
    m_table->resizeColumnsToContents();
    if (m_options.maxColumnWidth <= 0 && m_options.columnPadding == 0)
        return;
    for (int c = 0; c < m_table->model()->columnCount(); ++c) {
        const int width = m_table->columnWidth(c) + m_options.columnPadding;
        m_table->setColumnWidth(c, m_options.maxColumnWidth > 0 ? qMin(width, m_options.maxColumnWidth) : width);
    }
}

} // namespace sitegov
