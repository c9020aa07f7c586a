#pragma once

#include "core/Domain.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace sitegov {

// What an assessor records for one site and one period: the veto items found, the points deducted
// per indicator (the sum of that indicator's deductions; capped at its allotted points when scored),
// the bonus points claimed, and the facts about the site that the rules depend on.
struct ScoreInput
{
    SiteKind kind = SiteKind::Portal;
    bool hasPublicServices = true; // false: a department site without public services (scored out of 75)
    QStringList vetoes; // veto item keys
    QMap<QString, double> deductions; // indicator key -> points deducted
    double bonus = 0; // claimed; counted only for portals above the bonus threshold
};

} // namespace sitegov
