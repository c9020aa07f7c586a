#include "core/Domain.h"

#include "core/KeyTable.h"

namespace sitegov {

namespace {

constexpr KeyTable<AdminLevel, 4> kLevels{{
    {AdminLevel::Province, "province"},
    {AdminLevel::City, "city"},
    {AdminLevel::County, "county"},
    {AdminLevel::Township, "township"},
}};
constexpr KeyTable<OrgKind, 2> kOrgKinds{{
    {OrgKind::Government, "government"},
    {OrgKind::Department, "department"},
}};
constexpr KeyTable<SiteKind, 3> kSiteKinds{{
    {SiteKind::Portal, "portal"},
    {SiteKind::Department, "department"},
    {SiteKind::Special, "special"},
}};
constexpr KeyTable<SiteStatus, 4> kStatuses{{
    {SiteStatus::Planned, "planned"},
    {SiteStatus::Operating, "operating"},
    {SiteStatus::Migrating, "migrating"},
    {SiteStatus::Closed, "closed"},
}};
constexpr KeyTable<Platform, 2> kPlatforms{{
    {Platform::Unified, "unified"},
    {Platform::Standalone, "standalone"},
}};

} // namespace

QString Vocabulary::key(AdminLevel v) { return keyOf(kLevels, v); }
QString Vocabulary::key(OrgKind v) { return keyOf(kOrgKinds, v); }
QString Vocabulary::key(SiteKind v) { return keyOf(kSiteKinds, v); }
QString Vocabulary::key(SiteStatus v) { return keyOf(kStatuses, v); }
QString Vocabulary::key(Platform v) { return keyOf(kPlatforms, v); }

std::optional<AdminLevel> Vocabulary::adminLevel(QStringView key) { return fromKey(kLevels, key); }
std::optional<OrgKind> Vocabulary::orgKind(QStringView key) { return fromKey(kOrgKinds, key); }
std::optional<SiteKind> Vocabulary::siteKind(QStringView key) { return fromKey(kSiteKinds, key); }
std::optional<SiteStatus> Vocabulary::siteStatus(QStringView key) { return fromKey(kStatuses, key); }
std::optional<Platform> Vocabulary::platform(QStringView key) { return fromKey(kPlatforms, key); }

QList<AdminLevel> Vocabulary::adminLevels() { return valuesOf(kLevels); }
QList<SiteKind> Vocabulary::siteKinds() { return valuesOf(kSiteKinds); }
QList<SiteStatus> Vocabulary::siteStatuses() { return valuesOf(kStatuses); }
QList<Platform> Vocabulary::platforms() { return valuesOf(kPlatforms); }

QString Vocabulary::displayName(AdminLevel v)
{
    switch (v) {
    case AdminLevel::Province:
        return tr("Province");
    case AdminLevel::City:
        return tr("City");
    case AdminLevel::County:
        return tr("County");
    case AdminLevel::Township:
        return tr("Township / street");
    }
    return {};
}

QString Vocabulary::displayName(OrgKind v)
{
    switch (v) {
    case OrgKind::Government:
        return tr("Government");
    case OrgKind::Department:
        return tr("Department");
    }
    return {};
}

QString Vocabulary::displayName(SiteKind v)
{
    switch (v) {
    case SiteKind::Portal:
        return tr("Portal");
    case SiteKind::Department:
        return tr("Department site");
    case SiteKind::Special:
        return tr("Special-topic site");
    }
    return {};
}

QString Vocabulary::displayName(SiteStatus v)
{
    switch (v) {
    case SiteStatus::Planned:
        return tr("Planned");
    case SiteStatus::Operating:
        return tr("Operating");
    case SiteStatus::Migrating:
        return tr("Migrating");
    case SiteStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString Vocabulary::displayName(Platform v)
{
    switch (v) {
    case Platform::Unified:
        return tr("Unified platform");
    case Platform::Standalone:
        return tr("Standalone");
    }
    return {};
}

} // namespace sitegov
