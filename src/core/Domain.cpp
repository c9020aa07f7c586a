#include "core/Domain.h"

#include <array>
#include <utility>

namespace sitegov {

namespace {

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, k] : table) {
        if (e == value)
            return QString::fromLatin1(k);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char*>, N>& table, QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const auto& [e, k] : table) {
        if (trimmed.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const std::array<std::pair<E, const char*>, N>& table)
{
    QList<E> out;
    for (const auto& entry : table)
        out.append(entry.first);
    return out;
}

constexpr std::array<std::pair<AdminLevel, const char*>, 4> kLevels{{
    {AdminLevel::Province, "province"},
    {AdminLevel::City, "city"},
    {AdminLevel::County, "county"},
    {AdminLevel::Township, "township"},
}};
constexpr std::array<std::pair<OrgKind, const char*>, 2> kOrgKinds{{
    {OrgKind::Government, "government"},
    {OrgKind::Department, "department"},
}};
constexpr std::array<std::pair<SiteKind, const char*>, 3> kSiteKinds{{
    {SiteKind::Portal, "portal"},
    {SiteKind::Department, "department"},
    {SiteKind::Special, "special"},
}};
constexpr std::array<std::pair<SiteStatus, const char*>, 4> kStatuses{{
    {SiteStatus::Planned, "planned"},
    {SiteStatus::Operating, "operating"},
    {SiteStatus::Migrating, "migrating"},
    {SiteStatus::Closed, "closed"},
}};
constexpr std::array<std::pair<Platform, const char*>, 2> kPlatforms{{
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
