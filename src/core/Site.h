#pragma once

#include "core/Domain.h"

#include <QDate>
#include <QString>

namespace sitegov {

// A government website (政府网站) with the fields a registry needs (docs/design/domain.md).
struct Site
{
    qint64 id = 0;
    QString code; // 网站标识码
    QString name;
    QString url;
    QString domain;
    SiteKind kind = SiteKind::Portal;
    SiteStatus status = SiteStatus::Planned;
    Platform platform = Platform::Standalone;
    qint64 hostOrgId = 0;       // 主办单位
    qint64 supervisorOrgId = 0; // 主管单位 (0: same as host)
    QString operatorName;       // 承办单位
    QString icpFiling;          // ICP备案号
    QString psbFiling;          // 公安机关备案号
    QDate openedOn;
    QDate closedOn;
    QString notes;
    int flags = 0; // SiteFlag bits, kept by the services (read-only here)
};

} // namespace sitegov
