#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sitegov {

// The vocabulary of docs/design/domain.md (what the site statuses count: docs/design/glossary.md).
// Each enum has a stable storage key (English, lower case, used in the database, CSV files and the
// REST API) and a display name in the user's language.

enum class AdminLevel { Province, City, County, Township };
enum class OrgKind { Government, Department };
enum class SiteKind { Portal, Department, Special };
enum class SiteStatus { Planned, Operating, Migrating, Closed };
enum class Platform { Unified, Standalone };

class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QString key(AdminLevel v);
    static QString key(OrgKind v);
    static QString key(SiteKind v);
    static QString key(SiteStatus v);
    static QString key(Platform v);

    static QString displayName(AdminLevel v);
    static QString displayName(OrgKind v);
    static QString displayName(SiteKind v);
    static QString displayName(SiteStatus v);
    static QString displayName(Platform v);

    static std::optional<AdminLevel> adminLevel(QStringView key);
    static std::optional<OrgKind> orgKind(QStringView key);
    static std::optional<SiteKind> siteKind(QStringView key);
    static std::optional<SiteStatus> siteStatus(QStringView key);
    static std::optional<Platform> platform(QStringView key);

    static QList<AdminLevel> adminLevels();
    static QList<SiteKind> siteKinds();
    static QList<SiteStatus> siteStatuses();
    static QList<Platform> platforms();
};

} // namespace sitegov
