#include "core/DivisionCode.h"

namespace sitegov {

bool DivisionCode::isValid(QStringView code)
{
    if (code.size() != 6)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString DivisionCode::regionPrefix(QStringView code)
{
    if (!isValid(code))
        return {};
    QStringView prefix = code;
    while (prefix.size() > 2 && prefix.endsWith(u"00"))
        prefix.chop(2);
    return prefix.toString();
}

bool DivisionCode::contains(QStringView region, QStringView code)
{
    const QString prefix = regionPrefix(region);
    return !prefix.isEmpty() && isValid(code) && code.startsWith(prefix);
}

namespace {

// [SiteGov] Comprehensive zones that the province governs at the city level (they have city-level
// approvers and appear beside the cities in rankings), though their codes sit under a city's:
// 平潭综合实验区 (Pingtan, 350128, under Fuzhou's 3501 by its digits only).
const QStringView kCityLevelZones[] = {u"350128"};

} // namespace

bool DivisionCode::isCityLevelZone(QStringView code)
{
    for (const QStringView zone : kCityLevelZones) {
        if (code == zone)
            return true;
    }
    return false;
}

QString DivisionCode::cityRegion(QStringView code)
{
    if (!isValid(code))
        return {};
    if (isCityLevelZone(code))
        return code.toString();
    return code.left(4).toString() + QStringLiteral("00");
}

} // namespace sitegov
