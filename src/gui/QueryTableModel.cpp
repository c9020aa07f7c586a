#include "gui/QueryTableModel.h"

#include "gui/Background.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QEventLoop>
#include <QSqlRecord>

namespace sitegov {

namespace {

struct Chunk
{
    QList<QVector<QVariant>> rows;
    bool atEnd = false;
    Error error;
    bool failed = false;
};

Chunk runChunk(const QString& path, const QString& sql, const QVariantList& binds, int limit, int offset)
{
    Chunk out;
    auto db = Database::open(path, Database::Mode::RequireCurrent);
    if (!db) {
        out.failed = true;
        out.error = db.error();
        return out;
    }
    QSqlQuery q((*db)->connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql + QStringLiteral(" LIMIT ? OFFSET ?"))) {
        out.failed = true;
        out.error = Error{QueryTableModel::tr("The list could not be read."), q.lastError().text()};
        return out;
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(limit + 1); // one more than asked tells whether there is more
    q.addBindValue(offset);
    if (!q.exec()) {
        out.failed = true;
        out.error = Error{QueryTableModel::tr("The list could not be read."), q.lastError().text()};
        return out;
    }
    const int columns = q.record().count();
    while (q.next()) {
        if (out.rows.size() == limit) {
            out.atEnd = false;
            return out;
        }
        QVector<QVariant> row(columns);
        for (int c = 0; c < columns; ++c)
            row[c] = q.value(c);
        out.rows.append(std::move(row));
    }
    out.atEnd = true;
    return out;
}

} // namespace

QueryTableModel::QueryTableModel(QString databasePath, QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_databasePath(std::move(databasePath))
    , m_columns(std::move(columns))
{
}

void QueryTableModel::setQuery(const QString& select, const QString& from, const QVariantList& binds)
{
    m_select = select;
    m_from = from;
    m_binds = binds;
    reload();
}

QString QueryTableModel::orderBy() const
{
    QStringList parts;
    if (m_sortColumn >= 0 && m_sortColumn < m_columns.size() && !m_columns.at(m_sortColumn).sortExpression.isEmpty()) {
        parts << m_columns.at(m_sortColumn).sortExpression
                + (m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    }
    if (!m_defaultOrder.isEmpty())
        parts << m_defaultOrder;
    return parts.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

void QueryTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_select.isEmpty();
    m_error = {};
    endResetModel();
    const bool wasPending = m_pending;
    m_pending = false;
    if (m_total != -1) {
        m_total = -1;
        Q_EMIT totalCountChanged(m_total);
    }
    if (m_select.isEmpty()) {
        if (wasPending)
            Q_EMIT loadingChanged(false);
        return;
    }
    requestChunk();
    requestCount();
}

void QueryTableModel::requestChunk()
{
    if (m_pending || m_atEnd)
        return;
    m_pending = true;
    Q_EMIT loadingChanged(true);
    const int generation = m_generation;
    const int offset = int(m_rows.size());
    const int limit = offset == 0 ? kFirstChunk : kChunk;
    const QString sql = QStringLiteral("SELECT ") + m_select + u' ' + m_from + orderBy();
    runInBackground(
        this, [path = m_databasePath, sql, binds = m_binds, limit, offset] { return runChunk(path, sql, binds, limit, offset); },
        [this, generation, offset](const Chunk& chunk) {
            if (generation != m_generation)
                return; // superseded by a newer query or sort
            m_pending = false;
            if (chunk.failed) {
                m_atEnd = true;
                m_error = chunk.error;
                Q_EMIT loadingChanged(false);
                Q_EMIT loadFailed(m_error);
                return;
            }
            if (!chunk.rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + chunk.rows.size() - 1));
                m_rows.append(chunk.rows);
                endInsertRows();
            }
            m_atEnd = chunk.atEnd;
            if (m_atEnd && m_total != m_rows.size()) {
                m_total = m_rows.size();
                Q_EMIT totalCountChanged(m_total);
            }
            Q_EMIT loadingChanged(false);
            if (offset == 0)
                Q_EMIT firstRowsLoaded();
        });
}

void QueryTableModel::requestCount()
{
    const int generation = m_generation;
    const QString sql = QStringLiteral("SELECT count(*) ") + m_from;
    runInBackground(
        this,
        [path = m_databasePath, sql, binds = m_binds]() -> qint64 {
            auto db = Database::open(path, Database::Mode::RequireCurrent);
            if (!db)
                return -1;
            QSqlQuery q((*db)->connection());
            if (!q.prepare(sql))
                return -1;
            for (const QVariant& b : binds)
                q.addBindValue(b);
            if (!q.exec() || !q.next())
                return -1;
            return q.value(0).toLongLong();
        },
        [this, generation](qint64 total) {
            if (generation != m_generation || total < 0 || m_total == total)
                return;
            m_total = total;
            Q_EMIT totalCountChanged(m_total);
        });
}

int QueryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryTableModel::raw(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(column);
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
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).header;
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
    if (column >= 0 && (column >= m_columns.size() || m_columns.at(column).sortExpression.isEmpty()))
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void QueryTableModel::fetchAllForTests()
{
    // Used where a complete list is needed at once; the rows still come through the chunks.
    QEventLoop loop;
    while (m_pending || !m_atEnd) {
        if (!m_pending)
            requestChunk();
        loop.processEvents(QEventLoop::AllEvents, 50);
    }
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
