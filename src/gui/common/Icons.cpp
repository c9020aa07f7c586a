#include "gui/common/Icons.h"

#include <QHash>

namespace sitegov {

QIcon themeIcon(const QString& name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/sitegov/icons/%1.svg").arg(name)));
    return it.value();
}

} // namespace sitegov
