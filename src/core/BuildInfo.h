#pragma once

#include <QString>

namespace sitegov {

// What --version and the About dialog print: one place, so the three programs agree.
struct BuildInfo final
{
    static QString version();
    static QString commit();
    static QString buildType();
    static QString compiler();
    static QString qtVersion();
    // "sitegovctl 0.1.0 (commit abc123, RelWithDebInfo, GNU 12.2.0, Qt 6.4.2)"
    static QString versionLine(const QString& program);
};

} // namespace sitegov
