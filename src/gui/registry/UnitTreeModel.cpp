#include "gui/registry/UnitTreeModel.h"

#include <QColor>

namespace sitegov {

UnitTreeModel::UnitTreeModel(RegistryQueries queries, QObject* parent)
    : QAbstractItemModel(parent)
    , m_queries(std::move(queries))
{
    reload();
}

void UnitTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    Node root;
    m_nodes.insert(0, root);
    endResetModel();
    load(0);
}

UnitTreeModel::Node* UnitTreeModel::node(qint64 id) const
{
    auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : &it.value();
}

void UnitTreeModel::load(qint64 parentId)
{
    Node* parent = node(parentId);
    if (!parent || parent->loaded)
        return;
    const auto children = m_queries.children(parentId);
    parent->loaded = true;
    if (!children || children->isEmpty())
        return;
    const QModelIndex parentIndex = parentId == 0 ? QModelIndex() : indexOf(parentId);
    beginInsertRows(parentIndex, 0, int(children->size()) - 1);
    Node* p = node(parentId);
    for (const UnitEntry& e : *children) {
        Node n;
        n.entry = e;
        n.parentId = parentId;
        m_nodes.insert(e.org.id, n);
        p = node(parentId); // the hash may have rehashed
        p->children << e.org.id;
    }
    endInsertRows();
}

qint64 UnitTreeModel::unitId(const QModelIndex& index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

const UnitEntry* UnitTreeModel::entry(const QModelIndex& index) const
{
    const Node* n = index.isValid() ? node(qint64(index.internalId())) : nullptr;
    return n ? &n->entry : nullptr;
}

QModelIndex UnitTreeModel::indexOf(qint64 unitId) const
{
    const Node* n = node(unitId);
    if (!n || unitId == 0)
        return {};
    const Node* p = node(n->parentId);
    const int row = p ? int(p->children.indexOf(unitId)) : -1;
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(unitId));
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = node(unitId(parent));
    if (!p || row < 0 || row >= p->children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(p->children.at(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = child.isValid() ? node(qint64(child.internalId())) : nullptr;
    if (!n || n->parentId == 0)
        return {};
    return indexOf(n->parentId);
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node* p = node(unitId(parent));
    return p ? int(p->children.size()) : 0;
}

int UnitTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool UnitTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return true;
    const Node* n = node(unitId(parent));
    return n && (n->loaded ? !n->children.isEmpty() : n->entry.childCount > 0);
}

bool UnitTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* n = node(unitId(parent));
    return n && !n->loaded;
}

void UnitTreeModel::fetchMore(const QModelIndex& parent)
{
    load(unitId(parent));
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    const UnitEntry* e = entry(index);
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return e->org.name;
        case Level:
            return Vocabulary::displayName(e->org.level);
        case Kind:
            return Vocabulary::displayName(e->org.kind);
        case Division:
            return e->org.divisionCode;
        case OpenSites:
            return e->openSites;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !e->org.active)
        return QColor(0x75, 0x75, 0x75);
    if (role == Qt::ToolTipRole && !e->org.active)
        return tr("%1 (deactivated)").arg(e->org.name);
    if (role == Qt::UserRole)
        return e->org.id;
    return {};
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Unit");
    case Level:
        return tr("Level");
    case Kind:
        return tr("Kind");
    case Division:
        return tr("Division code");
    case OpenSites:
        return tr("Open sites");
    default:
        return {};
    }
}

} // namespace sitegov
