#pragma once

#include "core/FieldError.h"
#include "core/Result.h"
#include "core/ScoreCard.h"
#include "core/ScoreInput.h"
#include "core/ScoringRules.h"

#include <QCoreApplication>
#include <optional>

namespace sitegov {

// The scoring model of docs/design/scoring.md: one implementation for the console's spot checks and the
// backend's assessments.
//
// Rules: any veto item fails the site whatever its points; deductions within one indicator never
// exceed its allotted points; the deduction score is what is left of 100; a site with no veto and
// a deduction score of at least 60 passes; a bonus of up to 30 (portals only) counts only when the
// deduction score is above 80; a department without public services is scored without the services
// category (out of 75) and scaled by 4/3. See ScoreCard for what each number means.
class ScoringModel final
{
    Q_DECLARE_TR_FUNCTIONS(ScoringModel)

public:
    explicit ScoringModel(ScoringRules rules);

    const ScoringRules& rules() const { return m_rules; }

    // The first problem with the input, naming its field ("deductions.info_update", "vetoes[1]",
    // "bonus", "public_services"); nothing when the input can be scored.
    std::optional<FieldError> check(const ScoreInput& input) const;

    // Scores valid input; for invalid input returns the error of check() with the field's path in
    // Error::detail.
    Result<ScoreCard> score(const ScoreInput& input) const;

    static double round2(double value);

private:
    ScoringRules m_rules;
};

} // namespace sitegov
