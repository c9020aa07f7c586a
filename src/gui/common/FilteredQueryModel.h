#pragma once

#include "gui/common/QueryTableModel.h"

namespace sitegov {

// A QueryTableModel over one storage list query built from one filter: the list models of the pages
// keep the filter they show and rebuild the query from it (`Query::build(filter)`).
template <typename Filter, typename Query> class FilteredQueryModel : public QueryTableModel
{
public:
    using QueryTableModel::QueryTableModel;

    void setFilter(const Filter& filter)
    {
        m_filter = filter;
        setQuery(Query::build(filter));
    }
    const Filter& filter() const { return m_filter; }

protected:
    Filter m_filter;
};

} // namespace sitegov
