#pragma once

#include <QIcon>
#include <QString>

namespace sitegov {

// SVG icons from the resources (:/sitegov/icons/NAME.svg): sharp at every scale factor.
QIcon themeIcon(const QString& name);

} // namespace sitegov
