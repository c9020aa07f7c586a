#include "gui/common/ListTable.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace sitegov {

ListTable::ListTable(QTableView* table, const Options& options)
    : QObject(table)
    , m_table(table)
    , m_options(options)
{
    setObjectName(QStringLiteral("listTable"));
    auto* copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ListTable::copySelectedRows);
    table->addAction(copy);
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
    // One row at a time: the pages select rows with QTableView::selectRow(), which under
    // ExtendedSelection extends or toggles when Shift or Ctrl is held (Ctrl+Enter saving, then
    // the next row selected). Several rows need that first; copying already takes them all.
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

QString ListTable::selectedRowsText() const
{
    const QAbstractItemModel* model = m_table->model();
    if (!model || !m_table->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    const QHeaderView* header = m_table->horizontalHeader();
    QList<int> columns; // as the header shows them
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!m_table->isColumnHidden(column))
            columns << column;
    }
    const auto cell = [](QString text) {
        for (const QChar c : {u'\t', u'\n', u'\r'})
            text.replace(c, u' ');
        return text;
    };
    QStringList lines;
    QStringList fields;
    for (const int column : std::as_const(columns))
        fields << cell(model->headerData(column, Qt::Horizontal).toString());
    lines << fields.join(u'\t');
    for (const int row : std::as_const(rows)) {
        fields.clear();
        for (const int column : std::as_const(columns))
            fields << cell(model->index(row, column).data().toString());
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void ListTable::copySelectedRows() const
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace sitegov
