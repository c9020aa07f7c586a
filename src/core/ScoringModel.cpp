#include "core/ScoringModel.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace sitegov {

ScoringModel::ScoringModel(ScoringRules rules)
    : m_rules(std::move(rules))
{ }

double ScoringModel::round2(double value)
{
    const double r = std::round(value * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

std::optional<FieldError> ScoringModel::check(const ScoreInput& input) const
{
    const bool withoutServices = !input.hasPublicServices;
    if (withoutServices && input.kind != SiteKind::Department)
        return FieldError{
            QStringLiteral("public_services"), tr("only department sites may be scored without public services")};
    if (withoutServices && m_rules.servicesCategory().isEmpty())
        return FieldError{
            QStringLiteral("public_services"), tr("this rule set does not score sites without public services")};

    for (int i = 0; i < input.vetoes.size(); ++i) {
        const QString field = QStringLiteral("vetoes[%1]").arg(i);
        const ScoringRules::Veto* veto = m_rules.veto(input.vetoes.at(i));
        if (!veto)
            return FieldError{field, tr("unknown veto item \"%1\"").arg(input.vetoes.at(i).left(64))};
        if (withoutServices && veto->category == m_rules.servicesCategory())
            return FieldError{
                field, tr("the veto item \"%1\" does not apply to a site without public services").arg(veto->key)};
    }

    for (auto it = input.deductions.cbegin(); it != input.deductions.cend(); ++it) {
        const QString field = QStringLiteral("deductions.") + it.key().left(64);
        const ScoringRules::Indicator* indicator = m_rules.indicator(it.key());
        if (!indicator)
            return FieldError{field, tr("unknown indicator")};
        if (!std::isfinite(it.value()) || it.value() < 0)
            return FieldError{field, tr("must be a number of points, zero or more")};
        if (withoutServices && indicator->category == m_rules.servicesCategory() && it.value() > 0)
            return FieldError{field, tr("the site has no public services, so the services category is not scored")};
    }

    if (!std::isfinite(input.bonus) || input.bonus < 0)
        return FieldError{QStringLiteral("bonus"), tr("must be a number of points, zero or more")};
    return std::nullopt;
}

Result<ScoreCard> ScoringModel::score(const ScoreInput& input) const
{
    if (const auto problem = check(input))
        return Error{problem->text(), problem->field};

    const bool withoutServices = !input.hasPublicServices;
    ScoreCard card;
    card.rulesId = m_rules.id();
    card.scaled = withoutServices;

    double kept = 0;
    double max = 0;
    for (const ScoringRules::Category& category : m_rules.categories()) {
        if (withoutServices && category.key == m_rules.servicesCategory())
            continue;
        double lost = 0;
        for (const ScoringRules::Indicator& indicator : category.indicators)
            lost += std::min(input.deductions.value(indicator.key, 0.0), indicator.points);
        const double score = category.points - lost;
        card.categories.append({category.key, round2(score), category.points});
        kept += score;
        max += category.points;
    }
    const double scale = max > 0 ? m_rules.maxPoints() / max : 1.0;
    card.deductionScore = round2(std::clamp(kept * scale, 0.0, m_rules.maxPoints()));

    QSet<QString> seen;
    for (const QString& v : input.vetoes) {
        if (!seen.contains(v)) {
            seen.insert(v);
            card.vetoes.append(v);
        }
    }

    card.bonusClaimed = round2(input.bonus);
    if (m_rules.bonusAppliesTo(input.kind) && card.deductionScore > m_rules.bonusThreshold())
        card.bonus = round2(std::min(input.bonus, m_rules.bonusMax()));
    card.total = round2(card.deductionScore + card.bonus);
    card.passed = card.vetoes.isEmpty() && card.deductionScore >= m_rules.passMark();
    return card;
}

} // namespace sitegov
