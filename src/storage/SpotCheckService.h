#pragma once

#include "core/Period.h"
#include "core/Site.h"
#include "core/SpotCheck.h"
#include "core/SpotCheckSampler.h"
#include "storage/RegistryQueries.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace sitegov {

// An office's spot-check plan for a month, with what has become of it.
struct SpotCheckPlan
{
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgName;
    AdminLevel orgLevel = AdminLevel::Province;
    QString orgDivision;
    Period month;
    quint32 seed = 0;
    int sharePercent = 0;
    int population = 0; // running sites in the jurisdiction when it was drawn
    int required = 0; // ceil(share × population)
    int rectificationDays = SpotCheckRules::kDefaultRectificationDays;
    PlanStatus status = PlanStatus::Open;
    QString drawnBy;
    QDateTime drawnAt;
    QString lockedBy;
    QDateTime lockedAt;

    int planned = 0; // sites in the plan now (drawn or added, not removed)
    int added = 0; // of them, added by hand
    int removed = 0; // sites that left the plan
    int unassigned = 0; // planned sites without a checker
    int drafts = 0; // assessments being written (drafts and returned ones)
    int submitted = 0; // waiting for review
    int confirmed = 0;
    int failing = 0; // confirmed and failed

    bool isLocked() const { return status == PlanStatus::Locked; }
};

// A site of a plan.
struct SpotCheckItem
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    QString siteUrl;
    SiteKind kind = SiteKind::Portal;
    qint64 hostOrgId = 0;
    QString hostUnit;
    AdminLevel level = AdminLevel::Province; // of the host unit
    bool addedByHand = false;
    QString addedNote;
    qint64 checkerId = 0;
    QString checkerName;
    bool removed = false;
    QString removedNote;
    qint64 assessmentId = 0;
    std::optional<AssessmentStatus> status; // none: not assessed yet
    double total = 0;
    bool passed = false;
};

// Monthly spot-check plans (docs/design/domain.md, "Spot checks"): the reproducible draw
// (core/SpotCheckSampler) over an office's running sites, sites added by hand, checkers assigned,
// the plan locked when checking starts, and sites that close or migrate during the month taken out
// with a note. Every change is audited in its transaction.
class SpotCheckService final
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckService)

public:
    explicit SpotCheckService(QSqlDatabase db);

    // The share of its running sites the office checks a month: its own setting, or the default of
    // its level.
    Result<int> sharePercent(qint64 orgId);
    // Sets the office's share: at least the default of its level, at most 100.
    Status setSharePercent(const Session& session, qint64 orgId, int percent);

    // What a draw for the office and month chooses from: its jurisdiction's running sites, each with
    // the last earlier month in which one of this office's plans held it.
    Result<QList<SpotCheckSampler::Candidate>> candidates(qint64 orgId, const Period& month);

    // Draws the office's plan for `month` (a new seed unless one is given; the office's share unless
    // one is given, never below the default), or draws an open plan again (sites added by hand stay).
    // A locked plan cannot be drawn again. Returns the plan's number.
    Result<qint64> draw(const Session& session, qint64 orgId, const Period& month, std::optional<quint32> seed = {},
        std::optional<int> sharePercent = {});
    // Adds a running site of the office's jurisdiction to an open plan, saying why.
    Status addSite(const Session& session, qint64 planId, qint64 siteId, const QString& note);
    // Takes a site added by hand out of an open plan again (drawn sites stay: the draw is the draw).
    Status removeSite(const Session& session, qint64 planId, qint64 siteId, const QString& note);
    // Assigns sites of the plan to a checker (an active inspector of the office), or takes them from
    // their checker (0). Sites whose assessment is confirmed keep theirs.
    Status assign(const Session& session, qint64 planId, const QList<qint64>& itemIds, qint64 checkerAccountId);
    // Locks the plan by hand: its sites are fixed from now on. Only planners of the plan's office
    // (PlanSpotChecks within their jurisdiction) do, as for the plan's other changes.
    Status lock(const Session& session, qint64 planId);
    // Locks the plan when its first assessment is saved: for AssessmentService::save only, which
    // has checked that `session` may assess the plan's site (no planner's right needed).
    Status lockForChecking(const Session& session, qint64 planId);

    Result<SpotCheckPlan> plan(qint64 planId);
    Result<std::optional<SpotCheckPlan>> planFor(qint64 orgId, const Period& month);
    // The plans of `month` of the offices in the jurisdiction of `unitId` (0: every office).
    Result<QList<SpotCheckPlan>> plans(const Period& month, qint64 unitId = 0);
    Result<QList<SpotCheckItem>> items(qint64 planId);
    Result<SpotCheckItem> item(qint64 itemId);
    // The accounts that may check the plan's sites: active inspectors of the office's own unit.
    Result<QList<Choice>> checkers(qint64 planId);
    // The offices `session` may plan for: governments of province, city and county level in its
    // jurisdiction (every one for a system actor).
    Result<QList<Choice>> offices(const Session& session);

    // Called by the registry's services inside their transaction when a site changes: a site that
    // closes, or whose migration onto the unified platform is carried out, leaves the plans of the
    // month of `on` and later whose assessment of it is not confirmed, with a note.
    Status siteChanged(const Session& session, const Site& before, const Site& after, const QDate& on);

private:
    Result<SpotCheckPlan> readPlan(const QString& where, const QVariantList& binds);
    Status requirePlanner(const Session& session, qint64 orgId);
    // The plan `planId`, when `session` plans its office's spot checks.
    Result<SpotCheckPlan> planToChange(const Session& session, qint64 planId);
    Status lockPlan(const Session& session, const SpotCheckPlan& plan);
    Status audit(const Session& session, const QString& action, qint64 planId, const QString& summary,
        const QJsonObject& before = {}, const QJsonObject& after = {});

    QSqlDatabase m_db;
};

} // namespace sitegov
