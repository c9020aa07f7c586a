#pragma once

#include <QString>
#include <QStringList>

namespace sitegov {

// Splits a SQL script into statements at top-level semicolons. Understands quoted strings and
// identifiers, line and block comments, and trigger bodies (BEGIN ... END, including CASE ... END
// inside them), so that migration files can be written as plain SQL.
class SqlScript final
{
public:
    static QStringList split(const QString& script);
};

} // namespace sitegov
