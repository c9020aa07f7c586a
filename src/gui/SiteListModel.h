#pragma once

#include <QSqlQueryModel>

namespace sitegov {

// The site list: a QSqlQueryModel (rows fetched in chunks as the view scrolls), filtered and
// sorted in SQL.
class SiteListModel final : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column { Id, Code, Name, Domain, Kind, Status, Platform, HostUnit, Level, ColumnCount };

    struct Filter
    {
        QString text;     // name, code, domain or unit contains
        QString status;   // storage key or empty
        QString kind;     // storage key or empty
        QString platform; // storage key or empty
        bool flaggedOnly = false;
    };

    SiteListModel(QSqlDatabase db, QObject* parent);

    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 siteId(int row) const;
    bool reload(); // false on a database error (lastError() tells)

private:
    QSqlDatabase m_db;
    Filter m_filter;
    int m_sortColumn = Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sitegov
