#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace sitegov {

// The header of a file to import, each column by its name as `normalise` makes it: the columns an
// import reads are found by any of their names (Chinese, English key, aliases), and what is left
// over afterwards is what the file has besides. A header that names a column twice is refused.
class HeaderIndex final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderIndex)

public:
    using Normalise = QString (*)(const QString&);

    static Result<HeaderIndex> of(const QStringList& header, Normalise normalise);

    // The index of the first of `names` the header has, now counted as read; -1 when it has none.
    int find(const QStringList& names);
    // Whether find() returned column `index`.
    bool isUsed(int index) const { return m_used.contains(index); }

private:
    Normalise m_normalise = nullptr;
    QHash<QString, int> m_byName;
    QSet<int> m_used;
};

} // namespace sitegov
