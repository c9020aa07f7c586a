#include "gui/common/QueryTableModel.h"

#include "gui/common/Background.h"

#include <QEventLoop>

namespace sitegov {

QueryTableModel::QueryTableModel(QString databasePath, QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_databasePath(std::move(databasePath))
    , m_headers(std::move(headers))
    , m_stale(std::make_shared<std::atomic_int>(0))
{
}

QueryTableModel::~QueryTableModel()
{
    m_stale->store(-1);
}

void QueryTableModel::setQuery(const ListQuery& query)
{
    m_query = query;
    m_hasQuery = true;
    reload();
}

void QueryTableModel::reload()
{
    ++m_generation;
    m_stale->store(m_generation);
    beginResetModel();
    m_rows.clear();
    m_atEnd = !m_hasQuery;
    m_error = {};
    endResetModel();
    const bool wasPending = m_pending;
    m_pending = false;
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    if (!m_hasQuery) {
        if (wasPending)
            Q_EMIT loadingChanged(false);
        return;
    }
    // The total is counted once the first rows are in: on a two-core machine a count running
    // beside the first chunk (often the same scan) delays the rows the user waits for.
    requestChunk();
}

void QueryTableModel::requestChunk(int chunk)
{
    if (m_pending || m_atEnd)
        return;
    m_pending = true;
    Q_EMIT loadingChanged(true);
    const int generation = m_generation;
    const int offset = int(m_rows.size());
    const int limit = chunk > 0 ? chunk : offset == 0 ? kFirstChunk : kChunk;
    runInBackground(
        this,
        [path = m_databasePath, query = m_query, column = m_sortColumn, order = m_sortOrder, limit, offset] {
            return QueryPager::fetch(path, query, column, order, limit, offset);
        },
        [this, generation, offset](const Result<QueryPage>& page) {
            if (generation != m_generation)
                return; // superseded by a newer query or sort
            if (offset != int(m_rows.size()))
                return; // not the continuation of the rows loaded (a page handed back twice)
            if (!page) {
                m_pending = false;
                m_atEnd = true;
                m_error = page.error();
                Q_EMIT loadingChanged(false);
                Q_EMIT loadFailed(m_error);
                return;
            }
            // Still pending while the rows go in: a view (or a model tester) that asks for more from
            // inside the insertion must not request the same offset again.
            if (!page->rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
                m_rows.append(page->rows);
                endInsertRows();
            }
            m_pending = false;
            m_atEnd = page->atEnd;
            if (m_atEnd && m_total != m_rows.size()) {
                m_total = m_rows.size();
                Q_EMIT totalCountChanged(m_total);
            }
            Q_EMIT loadingChanged(false);
            if (offset == 0) {
                if (!m_atEnd)
                    requestCount();
                Q_EMIT firstRowsLoaded();
            }
        });
}

void QueryTableModel::requestCount()
{
    const int generation = m_generation;
    auto stale = m_stale;
    runInBackground(
        countingPool(), this,
        [path = m_databasePath, query = m_query, stale, generation]() -> Result<qint64> {
            // A total nobody waits for any more is not worth counting.
            if (stale->load() != generation)
                return Error{};
            return QueryPager::count(path, query, [&stale, generation] { return stale->load() != generation; });
        },
        [this, generation](const Result<qint64>& total) {
            if (generation != m_generation || !total || m_total == *total)
                return;
            m_total = *total;
            Q_EMIT totalCountChanged(m_total);
        });
}

int QueryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant QueryTableModel::raw(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(column);
}

int QueryTableModel::findRow(int column, const QVariant& value) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (raw(r, column) == value)
            return r;
    }
    return -1;
}

QVariant QueryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column, raw(row, column));
    case Qt::ToolTipRole: {
        const QVariant tip = toolTip(row, column);
        return tip.isValid() ? tip : display(row, column, raw(row, column));
    }
    case Qt::DecorationRole:
        return decoration(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::UserRole:
        return raw(row, column);
    default:
        return {};
    }
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool QueryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void QueryTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        requestChunk();
}

void QueryTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_hasQuery) {
        // Sorted before its first query (a view restoring its header): the query starts sorted.
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    if (column >= 0
        && (column >= m_query.sortExpressions.size() || m_query.sortExpressions.at(column).isEmpty()))
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void QueryTableModel::fetchAllForTests()
{
    QEventLoop loop;
    while (m_pending || !m_atEnd) {
        if (!m_pending)
            requestChunk();
        loop.processEvents(QEventLoop::AllEvents, 50);
    }
}

bool QueryTableModel::loadAll(const std::function<bool(int loaded, qint64 total)>& progress)
{
    if (!m_hasQuery)
        return true;
    const int generation = m_generation;
    QEventLoop loop;
    while (m_pending || !m_atEnd) {
        if (generation != m_generation)
            return false; // a new query came meanwhile: its rows are not the ones asked for
        if (!m_pending)
            requestChunk(kLoadAllChunk);
        if (progress && !progress(int(m_rows.size()), m_total))
            return false;
        loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return generation == m_generation && m_error.message.isEmpty();
}

QVariant QueryTableModel::display(int /*row*/, int /*column*/, const QVariant& raw) const
{
    return raw;
}

QVariant QueryTableModel::decoration(int /*row*/, int /*column*/) const
{
    return {};
}

QVariant QueryTableModel::foreground(int /*row*/, int /*column*/) const
{
    return {};
}

QVariant QueryTableModel::toolTip(int /*row*/, int /*column*/) const
{
    return {};
}

} // namespace sitegov
