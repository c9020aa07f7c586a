#include "core/SpotCheck.h"

#include "core/KeyTable.h"

#include <QLocale>
#include <algorithm>

namespace sitegov {

int SpotCheckRules::defaultSharePercent(AdminLevel level)
{
    return level == AdminLevel::Province ? 10 : 35;
}

bool SpotCheckRules::plansAt(AdminLevel level, OrgKind kind)
{
    return kind == OrgKind::Government && level != AdminLevel::Township;
}

QString SpotCheckRules::vetoKey(const QString& veto)
{
    return QStringLiteral("veto:") + veto;
}

QString SpotCheckRules::deductionKey(const QString& indicator)
{
    return QStringLiteral("deduction:") + indicator;
}

QStringList SpotCheckRules::missingEvidence(const ScoreInput& input, const QMap<QString, Evidence>& evidence)
{
    QStringList missing;
    auto check = [&](const QString& key) {
        const Evidence e = evidence.value(key);
        if (e.note.trimmed().isEmpty() || (e.url.trimmed().isEmpty() && e.files.isEmpty()))
            missing << key;
    };
    for (const QString& v : input.vetoes)
        check(vetoKey(v));
    for (auto it = input.deductions.cbegin(); it != input.deductions.cend(); ++it) {
        if (it.value() > 0)
            check(deductionKey(it.key()));
    }
    missing.removeDuplicates();
    return missing;
}

QString SpotCheckRules::problems(const ScoringRules& rules, const ScoreInput& input, const ScoreCard& card)
{
    QStringList parts;
    for (const QString& v : card.vetoes) {
        const ScoringRules::Veto* veto = rules.veto(v);
        parts << (veto ? veto->displayName() : v);
    }
    QList<std::pair<double, QString>> lost;
    for (auto it = input.deductions.cbegin(); it != input.deductions.cend(); ++it) {
        const ScoringRules::Indicator* indicator = rules.indicator(it.key());
        if (!indicator || it.value() <= 0)
            continue;
        lost.append({std::min(it.value(), indicator->points), indicator->displayName()});
    }
    std::stable_sort(lost.begin(), lost.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const QLocale locale;
    for (const auto& [points, name] : lost)
        parts << tr("%1 (−%2)").arg(name, locale.toString(points, 'g', 4));
    if (parts.isEmpty())
        return tr("score %1 under the pass mark").arg(locale.toString(card.deductionScore, 'f', 2));
    return parts.join(tr("; "));
}

namespace {

constexpr KeyTable<PlanStatus, 2> kPlanStatuses{{
    {PlanStatus::Open, "open"},
    {PlanStatus::Locked, "locked"},
}};
constexpr KeyTable<AssessmentStatus, 4> kAssessmentStatuses{{
    {AssessmentStatus::Draft, "draft"},
    {AssessmentStatus::Submitted, "submitted"},
    {AssessmentStatus::Returned, "returned"},
    {AssessmentStatus::Confirmed, "confirmed"},
}};
constexpr KeyTable<SendState, 4> kSendStates{{
    {SendState::Waiting, "waiting"},
    {SendState::Sent, "sent"},
    {SendState::Refused, "refused"},
    {SendState::Replaced, "replaced"},
}};
constexpr KeyTable<AccountabilityMeasure, 5> kMeasures{{
    {AccountabilityMeasure::Interview, "interview"},
    {AccountabilityMeasure::WrittenExamination, "written_examination"},
    {AccountabilityMeasure::Reprimand, "reprimand"},
    {AccountabilityMeasure::Transfer, "transfer"},
    {AccountabilityMeasure::Dismissal, "dismissal"},
}};

} // namespace

QString SpotCheckRules::key(PlanStatus v) { return keyOf(kPlanStatuses, v); }
QString SpotCheckRules::key(AssessmentStatus v) { return keyOf(kAssessmentStatuses, v); }
QString SpotCheckRules::key(SendState v) { return keyOf(kSendStates, v); }
QString SpotCheckRules::key(AccountabilityMeasure v) { return keyOf(kMeasures, v); }

// Stored keys, matched exactly.
std::optional<PlanStatus> SpotCheckRules::planStatus(QStringView key) { return fromExactKey(kPlanStatuses, key); }
std::optional<AssessmentStatus> SpotCheckRules::assessmentStatus(QStringView key)
{
    return fromExactKey(kAssessmentStatuses, key);
}
std::optional<SendState> SpotCheckRules::sendState(QStringView key) { return fromExactKey(kSendStates, key); }
std::optional<AccountabilityMeasure> SpotCheckRules::measure(QStringView key) { return fromExactKey(kMeasures, key); }

QString SpotCheckRules::displayName(PlanStatus v)
{
    return v == PlanStatus::Locked ? tr("Locked (checking)") : tr("Open (being drawn up)");
}

QString SpotCheckRules::displayName(AssessmentStatus v)
{
    switch (v) {
    case AssessmentStatus::Draft:
        return tr("Draft");
    case AssessmentStatus::Submitted:
        return tr("Submitted for review");
    case AssessmentStatus::Returned:
        return tr("Returned");
    case AssessmentStatus::Confirmed:
        return tr("Confirmed");
    }
    return {};
}

QString SpotCheckRules::displayName(SendState v)
{
    switch (v) {
    case SendState::Waiting:
        return tr("Waiting to be sent");
    case SendState::Sent:
        return tr("Sent");
    case SendState::Refused:
        return tr("Refused by the backend");
    case SendState::Replaced:
        return tr("Replaced by a newer assessment");
    }
    return {};
}

QString SpotCheckRules::displayName(AccountabilityMeasure v)
{
    switch (v) {
    case AccountabilityMeasure::Interview:
        return tr("Admonition talk");
    case AccountabilityMeasure::WrittenExamination:
        return tr("Written self-criticism");
    case AccountabilityMeasure::Reprimand:
        return tr("Circulated criticism");
    case AccountabilityMeasure::Transfer:
        return tr("Transfer from post");
    case AccountabilityMeasure::Dismissal:
        return tr("Removal from office");
    }
    return {};
}

QList<AccountabilityMeasure> SpotCheckRules::measures() { return valuesOf(kMeasures); }
QList<AssessmentStatus> SpotCheckRules::assessmentStatuses() { return valuesOf(kAssessmentStatuses); }

} // namespace sitegov
