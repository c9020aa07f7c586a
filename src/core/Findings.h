#pragma once

#include "core/SiteRules.h"

namespace sitegov::findings {

// The two kinds of Finding the rules make (SiteRules, RequestPolicy): `field` is the storage key of
// the field it is about.
inline Finding error(const char* field, const QString& message)
{
    return {Finding::Severity::Error, QString::fromLatin1(field), message};
}

inline Finding warning(const char* field, const QString& message)
{
    return {Finding::Severity::Warning, QString::fromLatin1(field), message};
}

} // namespace sitegov::findings
