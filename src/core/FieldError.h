#pragma once

#include <QString>

namespace sitegov {

// A validation error that names the offending field by its path in the input, for example
// "deductions.info_update" or "vetoes[2]", with a message in the user's language.
struct FieldError
{
    QString field;
    QString message;

    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

} // namespace sitegov
