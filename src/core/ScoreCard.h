#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sitegov {

// A computed score (绩效考核得分). All numbers are rounded to two decimals, and the pass and bonus
// decisions are taken on the rounded deduction score.
//
// - deductionScore: 100 minus the capped deductions (for a department without public services:
//   75 minus its deductions, scaled by 4/3), from 0 to 100.
// - bonus: the bonus that counts: min(claimed, 30) for a portal whose deduction score is above 80,
//   otherwise 0.
// - total = deductionScore + bonus (0 to 130).
// - passed: no veto item and deductionScore >= 60. A vetoed site keeps its numbers (the total is
//   reported as computed) but never passes; its veto items are listed.
struct ScoreCard
{
    struct CategoryScore
    {
        QString key;
        double score = 0; // points kept in this category, unscaled
        double max = 0; // the category's allotted points
    };

    QString rulesId;
    QStringList vetoes;
    QList<CategoryScore> categories; // in the rule set's order; the services category is left out
                                     // for a department without public services
    double deductionScore = 0;
    double bonusClaimed = 0;
    double bonus = 0;
    double total = 0;
    bool passed = false;
    bool scaled = false; // scored out of 75 and scaled by 4/3
};

} // namespace sitegov
