#pragma once

#include <QString>

namespace sitegov {

// Administrative-division codes (行政区划代码, six digits: 350000 the province, 350100 a city,
// 350102 a county) and the regions they make.
class DivisionCode final
{
public:
    static bool isValid(QStringView code); // six ASCII digits
    // The prefix that every code inside the region shares: 350000 -> "35", 350100 -> "3501",
    // 350102 -> "350102". Empty for an invalid code.
    static QString regionPrefix(QStringView code);
    static bool contains(QStringView region, QStringView code);
    // The city-level region a code belongs to (a county's city, a city itself, the province for
    // province-level codes): 350102 -> 350100, 350100 -> 350100, 350000 -> 350000. A zone governed at
    // the city level though its code is a county's is a region of its own: 350128 (平潭综合实验区,
    // under the province, not Fuzhou) -> 350128.
    static QString cityRegion(QStringView code);
    // Zones at the city level with a county-level code (kCityLevelZones).
    static bool isCityLevelZone(QStringView code);
};

} // namespace sitegov
