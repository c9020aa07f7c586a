#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVector>

namespace sitegov {

// A read-only table over a SQL query that stays responsive at millions of rows: rows arrive in
// chunks fetched on worker threads (each with its own connection) as the view scrolls, sorting and
// filtering happen in SQL, and the total is counted in the background. Results of a superseded
// query are dropped.
class QueryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString header;
        QString sortExpression; // SQL expression to ORDER BY; empty: not sortable
    };

    QueryTableModel(QString databasePath, QList<Column> columns, QObject* parent);

    // `from` is everything after SELECT's column list up to (without) ORDER BY: "FROM t WHERE x = ?".
    // `select` is the column list; its columns match `columns` in order, and may carry extra hidden
    // ones after them.
    void setQuery(const QString& select, const QString& from, const QVariantList& binds);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // The raw value of any selected column (also the hidden ones) of a loaded row.
    QVariant raw(int row, int column) const;
    bool isLoading() const { return m_pending; }
    qint64 totalCount() const { return m_total; } // -1 while unknown
    const Error& lastError() const { return m_error; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Loads every remaining row synchronously through the chunks (tests, small exports).
    void fetchAllForTests();

    static constexpr int kFirstChunk = 200;
    static constexpr int kChunk = 1000;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void loadFailed(const sitegov::Error& error);
    void firstRowsLoaded(); // the first chunk of a new query has arrived

protected:
    // Display text for a raw value (translate stored keys, format dates). Default: the value.
    virtual QVariant display(int row, int column, const QVariant& raw) const;
    virtual QVariant decoration(int row, int column) const;
    virtual QVariant foreground(int row, int column) const;
    virtual QVariant toolTip(int row, int column) const;
    const QString& databasePath() const { return m_databasePath; }

private:
    void requestChunk();
    void requestCount();
    QString orderBy() const;

    QString m_databasePath;
    QList<Column> m_columns;
    QString m_select;
    QString m_from;
    QVariantList m_binds;
    QList<QVector<QVariant>> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_defaultOrder;
    bool m_atEnd = true;
    bool m_pending = false;
    qint64 m_total = -1;
    int m_generation = 0;
    Error m_error;

public:
    // ORDER BY used when no column is chosen, and as the tie-breaker (e.g. "s.id").
    void setDefaultOrder(const QString& orderBy) { m_defaultOrder = orderBy; }
};

} // namespace sitegov
