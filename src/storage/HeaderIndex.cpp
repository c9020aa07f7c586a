#include "storage/HeaderIndex.h"

namespace sitegov {

Result<HeaderIndex> HeaderIndex::of(const QStringList& header, Normalise normalise)
{
    HeaderIndex index;
    index.m_normalise = normalise;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normalise(header.at(i));
        if (name.isEmpty())
            continue;
        if (index.m_byName.contains(name))
            return Error{tr("The column \"%1\" appears twice in the header.").arg(header.at(i).trimmed().left(80)), {}};
        index.m_byName.insert(name, i);
    }
    return index;
}

int HeaderIndex::find(const QStringList& names)
{
    for (const QString& n : names) {
        const int index = m_byName.value(m_normalise(n), -1);
        if (index >= 0) {
            m_used.insert(index);
            return index;
        }
    }
    return -1;
}

} // namespace sitegov
