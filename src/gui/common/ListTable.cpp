#include "gui/common/ListTable.h"

#include "core/OfficeClock.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/common/QueryTableModel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>
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
    // Several rows, as in Excel and WPS; the pages move the selection with selectOnly().
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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

QList<int> ListTable::shownColumns() const
{
    QList<int> columns; // as the header shows them
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!m_table->isColumnHidden(column))
            columns << column;
    }
    return columns;
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
    const QList<int> columns = shownColumns();
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

void ListTable::selectOnly(int row)
{
    selectOnly(m_table, row);
}

void ListTable::selectOnly(QTableView* table, int row)
{
    QAbstractItemModel* model = table->model();
    QItemSelectionModel* selection = table->selectionModel();
    if (!model || !selection || row < 0 || row >= model->rowCount())
        return;
    int column = 0;
    while (column < model->columnCount() - 1 && table->isColumnHidden(column))
        ++column;
    const QModelIndex index = model->index(row, column);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
}

QString ListTable::title() const
{
    if (!m_options.title.isEmpty())
        return m_options.title;
    return m_table->accessibleName().isEmpty() ? m_table->objectName() : m_table->accessibleName();
}

QStringList ListTable::shownHeader() const
{
    QStringList out;
    const QAbstractItemModel* model = m_table->model();
    if (!model)
        return out;
    for (const int column : shownColumns())
        out << model->headerData(column, Qt::Horizontal).toString();
    return out;
}

QStringList ListTable::shownRow(int row) const
{
    QStringList out;
    const QAbstractItemModel* model = m_table->model();
    if (!model)
        return out;
    for (const int column : shownColumns())
        out << model->index(row, column).data().toString();
    return out;
}

bool ListTable::loadAll(QWidget* parent, Error* error)
{
    QAbstractItemModel* model = m_table->model();
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    auto* lazy = qobject_cast<QueryTableModel*>(model);
    if (!lazy || !lazy->canFetchMore({}))
        return true;
    QProgressDialog progress(tr("Reading every row of the list…"), tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const bool done = lazy->loadAll([&progress](int loaded, qint64 total) {
        if (total > 0) {
            progress.setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
            progress.setValue(qMin(loaded, progress.maximum()));
        }
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (!done && error)
        *error = cancelled ? Error{} : lazy->lastError();
    return done;
}

Result<int> ListTable::writeTo(const QString& path, const TableWriteOptions& options, QWidget* parent)
{
    Error loadError;
    if (!loadAll(parent, &loadError))
        return loadError;
    TableWriteOptions o = options;
    if (o.sheetName.isEmpty())
        o.sheetName = title();
    TableWriter writer(path, o);
    writer.writeHeader(shownHeader());
    const int rows = m_table->model() ? m_table->model()->rowCount() : 0;
    for (int row = 0; row < rows && writer.ok(); ++row)
        writer.writeRow(shownRow(row));
    if (const Status s = writer.finish(); !s)
        return s.error();
    return writer.rowsWritten();
}

bool ListTable::exportInteractively(QWidget* parent, QString* message)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csvUtf8 = tr("CSV, UTF-8 (*.csv)");
    const QString csvGbk = tr("CSV, GBK for older Excel (*.csv)");
    QString filter = xlsx;
    QString name = title();
    for (const QChar c : QStringLiteral("\\/:*?\"<>|"))
        name.replace(c, u'_');
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-%2.xlsx").arg(name, OfficeClock::today().toString(Qt::ISODate)));
    QString path = FileDialog::getSaveFileName(parent, tr("Export the list: %1").arg(title()), suggested,
        xlsx + QStringLiteral(";;") + csvUtf8 + QStringLiteral(";;") + csvGbk, &filter);
    if (path.isEmpty())
        return false;
    TableWriteOptions options;
    const bool asXlsx = filter == xlsx || (filter.isEmpty() && path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive));
    options.format = asXlsx ? TableWriteOptions::Format::Xlsx : TableWriteOptions::Format::Csv;
    if (filter == csvGbk)
        options.csvEncoding = TableWriteOptions::CsvEncoding::Gbk;
    const QString suffix = asXlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const auto written = writeTo(path, options, parent);
    if (!written) {
        if (!written.error().message.isEmpty())
            MessageBox::warning(parent, tr("Export the list: %1").arg(title()), written.error().message,
                written.error().detail);
        return false;
    }
    if (message)
        *message = tr("%n row(s) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path));
    return true;
}

PrintedDocument ListTable::printedDocument(const QString& unit) const
{
    PrintedDocument document;
    document.unit = unit;
    const int rows = m_table->model() ? m_table->model()->rowCount() : 0;
    document.title = tr("%1 (%n row(s))", nullptr, rows).arg(title());
    QList<QStringList> cells;
    cells.reserve(rows);
    for (int row = 0; row < rows; ++row)
        cells << shownRow(row);
    document.html = PrintedForm::tableHtml(shownHeader(), cells);
    document.orientation = shownColumns().size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait;
    return document;
}

bool ListTable::printPreview(QWidget* parent, const QString& unit)
{
    Error error;
    if (!loadAll(parent, &error)) {
        if (!error.message.isEmpty())
            MessageBox::warning(parent, tr("Print the list: %1").arg(title()), error.message, error.detail);
        return false;
    }
    return PrintedForm::preview(parent, printedDocument(unit));
}

} // namespace sitegov
