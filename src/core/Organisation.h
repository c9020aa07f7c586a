#pragma once

#include "core/Domain.h"

#include <QString>

namespace sitegov {

// A unit (单位): a government or one of its departments, at an administrative level, with its
// 6-digit administrative-division code (行政区划代码).
struct Organisation
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: none (the province)
    QString name;
    AdminLevel level = AdminLevel::Province;
    OrgKind kind = OrgKind::Government;
    QString divisionCode;
    QString domainLabel; // the X of www.X.gov.cn or the Y of Y.X.gov.cn
    bool active = true;
    qint64 cityOrgId = 0; // its nearest city-level government (itself for a city); 0 at province level
};

} // namespace sitegov
