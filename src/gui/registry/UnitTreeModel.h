#pragma once

#include "storage/RegistryQueries.h"

#include <QAbstractItemModel>
#include <QHash>

namespace sitegov {

// The unit tree (province, cities, counties, townships and their departments), loaded one level at
// a time as the user opens it.
class UnitTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Level,
        Kind,
        Division,
        OpenSites,
        ColumnCount
    };

    explicit UnitTreeModel(RegistryQueries queries, QObject* parent);

    void reload();
    qint64 unitId(const QModelIndex& index) const;
    const UnitEntry* entry(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 unitId) const; // only for loaded nodes

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        UnitEntry entry;
        qint64 parentId = 0;
        QList<qint64> children;
        bool loaded = false;
    };
    Node* node(qint64 id) const;
    void load(qint64 parentId);

    RegistryQueries m_queries;
    mutable QHash<qint64, Node> m_nodes; // 0: the invisible root
};

} // namespace sitegov
