#pragma once

#include "core/Result.h"
#include "storage/ListQueries.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace sitegov {

// A read-only table over a storage ListQuery that stays responsive at millions of rows: rows arrive
// in chunks fetched on worker threads (each with its own connection) as the view scrolls, sorting
// and filtering happen in SQL, and the total is counted in the background. Results of a superseded
// query are dropped.
class QueryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    QueryTableModel(QString databasePath, QStringList headers, QObject* parent);
    ~QueryTableModel() override;

    void setQuery(const ListQuery& query);
    const ListQuery& query() const { return m_query; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // The raw value of any selected column (also the hidden ones after the visible) of a loaded row.
    QVariant raw(int row, int column) const;
    // The id (or other integer key) held in a raw column of a loaded row.
    qint64 rowId(int row, int column) const { return raw(row, column).toLongLong(); }
    bool isLoading() const { return m_pending; }
    qint64 totalCount() const { return m_total; } // -1 while unknown
    const Error& lastError() const { return m_error; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Loads every remaining row through the chunks, spinning the event loop (tests).
    void fetchAllForTests();
    // Loads every remaining row (an export or a printout of the whole list), in large chunks, spinning
    // the event loop meanwhile. `progress` hears the rows loaded and the total (-1 while unknown); it
    // returns false to stop. True once every row is in; false when stopped or a chunk failed
    // (lastError() then says why).
    bool loadAll(const std::function<bool(int loaded, qint64 total)>& progress = {});
    // The first loaded row whose raw column equals `value`, or -1.
    int findRow(int column, const QVariant& value) const;

    static constexpr int kFirstChunk = 200;
    static constexpr int kChunk = 1000;
    static constexpr int kLoadAllChunk = 5000;

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

private:
    void requestChunk(int limit = 0);
    void requestCount();

    QString m_databasePath;
    QStringList m_headers;
    ListQuery m_query;
    bool m_hasQuery = false;
    QList<QVector<QVariant>> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_atEnd = true;
    bool m_pending = false;
    qint64 m_total = -1;
    int m_generation = 0;
    std::shared_ptr<std::atomic_int> m_stale; // the current generation, for jobs still queued
    Error m_error;
};

} // namespace sitegov
