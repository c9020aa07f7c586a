#pragma once

#include "core/Domain.h"
#include "core/Period.h"

#include <QString>
#include <QStringList>

namespace sitegov {

// One site's performance score (绩效考核得分) for one period, as the assessment backend serves it
// (GET /api/v1/scores) and the console keeps it in its score cache.
struct SiteScore
{
    QString siteCode;
    QString siteName;
    AdminLevel level = AdminLevel::Province;
    SiteKind kind = SiteKind::Portal;
    QString region; // the site's six-digit division code
    Period period;
    double total = 0; // deduction score + counted bonus, 0 to 130
    double deductionScore = 0;
    double bonus = 0;
    bool passed = false;
    QStringList vetoes;
    int rank = 0; // within the level; 0 when the backend gave none
    int rankOf = 0;
    int assessments = 0; // stored assessments behind the score (months averaged for a quarter or year)
    QString updatedAt;
};

} // namespace sitegov
