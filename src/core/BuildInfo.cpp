#include "core/BuildInfo.h"

#include "core/BuildConfig.h"

namespace sitegov {

QString BuildInfo::version()
{
    return QStringLiteral(SITEGOV_VERSION_STRING);
}

QString BuildInfo::commit()
{
    return QStringLiteral(SITEGOV_GIT_COMMIT);
}

QString BuildInfo::buildType()
{
    return QStringLiteral(SITEGOV_BUILD_TYPE);
}

QString BuildInfo::compiler()
{
    return QStringLiteral(SITEGOV_COMPILER);
}

QString BuildInfo::qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::versionLine(const QString& program)
{
    return QStringLiteral("%1 %2 (commit %3, %4, %5, Qt %6)")
        .arg(program, version(), commit(), buildType(), compiler(), qtVersion());
}

} // namespace sitegov
