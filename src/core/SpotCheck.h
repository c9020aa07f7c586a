#pragma once

#include "core/Domain.h"
#include "core/ScoreCard.h"
#include "core/ScoreInput.h"
#include "core/ScoringRules.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace sitegov {

// Monthly spot checks (抽查, docs/design/domain.md): each office draws a plan of its running sites,
// checkers assess them with the scoring model, a reviewer confirms or returns each assessment, and
// failing sites are rectified and someone is held to account.

// A plan is open while the office shapes it (draw again, add or remove sites); it is locked once
// checking starts, and its sample is fixed from then on.
enum class PlanStatus
{
    Open,
    Locked
};

// An assessment is written by its checker (draft), submitted, and confirmed or returned by a
// reviewer of the office; a returned one goes back to its checker. Only confirmed ones count.
enum class AssessmentStatus
{
    Draft,
    Submitted,
    Returned,
    Confirmed
};

// Where a confirmed assessment stands with sitegov-server: waiting to be sent (or to be sent again),
// sent, refused by the backend (its reason kept), or replaced by a newer confirmed assessment of the
// same site and month before it was sent.
enum class SendState
{
    Waiting,
    Sent,
    Refused,
    Replaced
};

// The measures of accountability (问责) a bulletin counts.
enum class AccountabilityMeasure
{
    Interview,
    WrittenExamination,
    Reprimand,
    Transfer,
    Dismissal
};

// What a checker records beside a veto item or a deduction: where the problem is, what it is, and the
// files that show it (kept with the assessment).
struct EvidenceFile
{
    qint64 id = 0;
    QString fileName;
    qint64 size = 0;
};

struct Evidence
{
    QString url;
    QString note;
    QList<EvidenceFile> files;

    bool isEmpty() const { return url.trimmed().isEmpty() && note.trimmed().isEmpty() && files.isEmpty(); }
};

class SpotCheckRules final
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckRules)

public:
    // The least share of its running sites an office checks a month (docs/design/domain.md, "Spot
    // checks"): 35% for city and county governments, 10% for the province's own office; an office
    // may set more, never less.
    static int defaultSharePercent(AdminLevel level);
    // Whether a unit of this level and kind draws plans: the governments of province, city and county.
    static bool plansAt(AdminLevel level, OrgKind kind);

    // The evidence key of a veto item ("veto:unreachable") and of an indicator's deduction
    // ("deduction:info_update").
    static QString vetoKey(const QString& veto);
    static QString deductionKey(const QString& indicator);

    // The veto items and deductions of `input` that have no usable evidence: a note saying what was
    // found, and a URL or a file that shows it. An assessment is submitted only when this is empty.
    static QStringList missingEvidence(const ScoreInput& input, const QMap<QString, Evidence>& evidence);

    // A site fails a spot check with a veto item or a deduction score under the pass mark.
    static bool fails(const ScoreCard& card) { return !card.passed; }
    // The problems of a failing assessment in words, for a rectification item and the bulletin:
    // its veto items, then its indicators that lost points, most points first.
    static QString problems(const ScoringRules& rules, const ScoreInput& input, const ScoreCard& card);
    // The rectification deadline an office sets by default: a month from the confirmation.
    static constexpr int kDefaultRectificationDays = 30;

    static QString key(PlanStatus v);
    static QString key(AssessmentStatus v);
    static QString key(SendState v);
    static QString key(AccountabilityMeasure v);
    static std::optional<PlanStatus> planStatus(QStringView key);
    static std::optional<AssessmentStatus> assessmentStatus(QStringView key);
    static std::optional<SendState> sendState(QStringView key);
    static std::optional<AccountabilityMeasure> measure(QStringView key);
    static QString displayName(PlanStatus v);
    static QString displayName(AssessmentStatus v);
    static QString displayName(SendState v);
    static QString displayName(AccountabilityMeasure v);
    static QList<AccountabilityMeasure> measures();
    static QList<AssessmentStatus> assessmentStatuses();
};

} // namespace sitegov
