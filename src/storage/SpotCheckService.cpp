#include "storage/SpotCheckService.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/OrganisationRepository.h"
#include "storage/SiteRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace sitegov {

namespace {

const char* const kPlanColumns
    = "p.id, p.org_id, o.name, o.level, o.division_code, p.month, p.seed, p.share_percent, p.population, p.required, "
      "p.rectification_days, p.status, p.drawn_by, p.drawn_at, p.locked_by, p.locked_at, "
      "(SELECT count(*) FROM spot_check_items i WHERE i.plan_id = p.id AND i.removed_at IS NULL), "
      "(SELECT count(*) FROM spot_check_items i WHERE i.plan_id = p.id AND i.removed_at IS NULL AND i.origin = "
      "'added'), "
      "(SELECT count(*) FROM spot_check_items i WHERE i.plan_id = p.id AND i.removed_at IS NOT NULL), "
      "(SELECT count(*) FROM spot_check_items i WHERE i.plan_id = p.id AND i.removed_at IS NULL AND i.checker_id IS "
      "NULL), "
      "(SELECT count(*) FROM spot_check_items i JOIN assessments a ON a.item_id = i.id WHERE i.plan_id = p.id AND "
      "i.removed_at IS NULL AND a.status IN ('draft', 'returned')), "
      "(SELECT count(*) FROM spot_check_items i JOIN assessments a ON a.item_id = i.id WHERE i.plan_id = p.id AND "
      "i.removed_at IS NULL AND a.status = 'submitted'), "
      "(SELECT count(*) FROM spot_check_items i JOIN assessments a ON a.item_id = i.id WHERE i.plan_id = p.id AND "
      "i.removed_at IS NULL AND a.status = 'confirmed'), "
      "(SELECT count(*) FROM spot_check_items i JOIN assessments a ON a.item_id = i.id WHERE i.plan_id = p.id AND "
      "i.removed_at IS NULL AND a.status = 'confirmed' AND a.passed = 0)";

SpotCheckPlan planFromQuery(const QSqlQuery& q)
{
    SpotCheckPlan p;
    db::RowReader r(q);
    r.into(p.id, p.orgId, p.orgName);
    p.orgLevel = Vocabulary::adminLevel(r.next().toString()).value_or(AdminLevel::Province);
    r.into(p.orgDivision);
    p.month = Period::parse(r.next().toString()).value();
    p.seed = quint32(r.next().toLongLong());
    r.into(p.sharePercent, p.population, p.required, p.rectificationDays);
    p.status = SpotCheckRules::planStatus(r.next().toString()).value_or(PlanStatus::Open);
    r.into(p.drawnBy);
    p.drawnAt = OfficeClock::parseStored(r.next().toString());
    r.into(p.lockedBy);
    p.lockedAt = OfficeClock::parseStored(r.next().toString());
    r.into(p.planned, p.added, p.removed, p.unassigned, p.drafts, p.submitted, p.confirmed, p.failing);
    return p;
}

const char* const kItemColumns = "i.id, i.plan_id, i.site_id, s.code, s.name, s.url, s.kind, s.host_org_id, o.name, "
                                 "o.level, i.origin, i.added_note, "
                                 "i.checker_id, coalesce(c.display_name, ''), i.removed_at, coalesce(i.removed_note, "
                                 "''), a.id, a.status, a.total, "
                                 "a.passed";

SpotCheckItem itemFromQuery(const QSqlQuery& q)
{
    SpotCheckItem i;
    db::RowReader r(q);
    r.into(i.id, i.planId, i.siteId, i.siteCode, i.siteName, i.siteUrl);
    i.kind = Vocabulary::siteKind(r.next().toString()).value_or(SiteKind::Portal);
    r.into(i.hostOrgId, i.hostUnit);
    i.level = Vocabulary::adminLevel(r.next().toString()).value_or(AdminLevel::Province);
    i.addedByHand = r.next().toString() == u"added";
    r.into(i.addedNote, i.checkerId, i.checkerName);
    i.removed = !r.next().isNull();
    r.into(i.removedNote, i.assessmentId);
    if (const QVariant status = r.next(); !status.isNull())
        i.status = SpotCheckRules::assessmentStatus(status.toString());
    i.total = r.next().toDouble();
    i.passed = r.next().toInt() != 0;
    return i;
}

QString itemSelect(const QString& where)
{
    return QStringLiteral(
        "SELECT %1 FROM spot_check_items i JOIN sites s ON s.id = i.site_id JOIN organisations o ON o.id = "
        "s.host_org_id LEFT JOIN accounts c ON c.id = i.checker_id LEFT JOIN assessments a ON a.item_id = "
        "i.id WHERE %2")
        .arg(QLatin1String(kItemColumns), where);
}

bool isRunning(SiteStatus s)
{
    return s == SiteStatus::Operating || s == SiteStatus::Migrating;
}

} // namespace

SpotCheckService::SpotCheckService(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Status SpotCheckService::audit(const Session& session, const QString& action, qint64 planId, const QString& summary,
    const QJsonObject& before, const QJsonObject& after)
{
    return AuditLog::append(
        m_db, session, action, QStringLiteral("spot_check_plan"), QString::number(planId), summary, before, after);
}

Status SpotCheckService::requirePlanner(const Session& session, qint64 orgId)
{
    return Authorizer::require(m_db, session, Action::PlanSpotChecks, orgId);
}

Result<SpotCheckPlan> SpotCheckService::planToChange(const Session& session, qint64 planId)
{
    auto p = plan(planId);
    if (!p)
        return p;
    if (const Status s = requirePlanner(session, p->orgId); !s)
        return s.error();
    return p;
}

Result<int> SpotCheckService::sharePercent(qint64 orgId)
{
    const auto org = OrganisationRepository(m_db).byId(orgId);
    if (!org)
        return org.error();
    const auto stored = db::Query(m_db, QStringLiteral("SELECT share_percent FROM spot_check_shares WHERE org_id = ?"))
                            .bind(orgId)
                            .first(tr("The office's spot-check share could not be read."),
                                [](const QSqlQuery& q) { return q.value(0).toInt(); });
    if (!stored)
        return stored.error();
    return stored->value_or(SpotCheckRules::defaultSharePercent(org->level));
}

Status SpotCheckService::setSharePercent(const Session& session, qint64 orgId, int percent)
{
    if (const Status s = requirePlanner(session, orgId); !s)
        return s;
    const auto org = OrganisationRepository(m_db).byId(orgId);
    if (!org)
        return org.error();
    const int least = SpotCheckRules::defaultSharePercent(org->level);
    if (percent < least || percent > 100)
        return Error{tr("%1 checks between %2% and 100% of its running sites a month.").arg(org->name).arg(least), {}};
    const auto before = sharePercent(orgId);
    if (!before)
        return before.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (const Status s = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO spot_check_shares (org_id, share_percent, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (org_id) DO UPDATE SET share_percent = excluded.share_percent, updated_by = "
                "excluded.updated_by, updated_at = excluded.updated_at"))
                             .bind(orgId, percent, session.username, Sql::nowUtc())
                             .exec(tr("The office's spot-check share could not be saved."));
        !s)
        return s;
    if (const Status s = AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("spot_check_share"),
            QString::number(orgId), QStringLiteral("%1: %2% -> %3%").arg(org->name).arg(*before).arg(percent),
            {{QStringLiteral("share_percent"), *before}}, {{QStringLiteral("share_percent"), percent}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<SpotCheckSampler::Candidate>> SpotCheckService::candidates(qint64 orgId, const Period& month)
{
    return db::Query(m_db,
        QStringLiteral(
            "SELECT s.id, s.code, o.level, s.kind, (SELECT max(p.month) FROM spot_check_items i JOIN "
            "spot_check_plans p ON p.id = i.plan_id WHERE i.site_id = s.id AND p.org_id = ? AND p.month < ? AND "
            "i.removed_at IS NULL) FROM sites s JOIN organisations o ON o.id = s.host_org_id JOIN org_ancestors "
            "x ON x.org_id = s.host_org_id AND x.ancestor_id = ? WHERE s.status IN ('operating', 'migrating') "
            "ORDER BY s.code"))
        .bind(orgId, month.toString(), orgId)
        .rows(tr("The running sites could not be read."), [](const QSqlQuery& q) {
            SpotCheckSampler::Candidate c;
            c.siteId = q.value(0).toLongLong();
            c.code = q.value(1).toString();
            c.level = Vocabulary::adminLevel(q.value(2).toString()).value_or(AdminLevel::Province);
            c.kind = Vocabulary::siteKind(q.value(3).toString()).value_or(SiteKind::Portal);
            if (const auto last = Period::parse(q.value(4).toString()); last)
                c.lastCheckedMonth = last->firstMonthIndex();
            return c;
        });
}

Result<qint64> SpotCheckService::draw(const Session& session, qint64 orgId, const Period& month,
    std::optional<quint32> seed, std::optional<int> sharePercent)
{
    if (const Status s = requirePlanner(session, orgId); !s)
        return s.error();
    const auto org = OrganisationRepository(m_db).byId(orgId);
    if (!org)
        return org.error();
    if (!SpotCheckRules::plansAt(org->level, org->kind))
        return Error{tr("%1 does not draw spot-check plans: the governments of province, city and county level do.")
                         .arg(org->name),
            {}};
    if (!month.isValid() || month.kind() != Period::Kind::Month)
        return Error{tr("A spot-check plan is for one month."), {}};
    const int least = SpotCheckRules::defaultSharePercent(org->level);
    int share = 0;
    if (sharePercent) {
        share = *sharePercent;
    } else {
        const auto stored = this->sharePercent(orgId);
        if (!stored)
            return stored.error();
        share = *stored;
    }
    if (share < least || share > 100)
        return Error{tr("%1 checks between %2% and 100% of its running sites a month.").arg(org->name).arg(least), {}};

    const auto existing = planFor(orgId, month);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->isLocked())
        return Error{tr("The plan of %1 for %2 is locked: checking has started, so it is not drawn again.")
                         .arg(org->name, month.toString()),
            {}};

    const auto candidates = this->candidates(orgId, month);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty())
        return Error{tr("%1 has no running sites to check.").arg(org->name), {}};
    const quint32 usedSeed = seed ? *seed : QRandomGenerator::global()->generate();
    const SpotCheckSampler::Sample sample = SpotCheckSampler::draw(*candidates, month, share, usedSeed);

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = Sql::nowUtc();
    qint64 planId = 0;
    QJsonObject before;
    if (*existing) {
        planId = (*existing)->id;
        before = {{QStringLiteral("seed"), qint64((*existing)->seed)},
            {QStringLiteral("share_percent"), (*existing)->sharePercent},
            {QStringLiteral("planned"), (*existing)->planned}};
        if (const Status s
            = db::Query(m_db,
                QStringLiteral("UPDATE spot_check_plans SET seed = ?, share_percent = ?, population = ?, required = ?, "
                               "drawn_by = ?, drawn_at = ? WHERE id = ? AND status = 'open'"))
                  .bind(qint64(usedSeed), share, sample.population, sample.required, session.username, now, planId)
                  .exec(tr("The plan could not be saved."));
            !s)
            return s.error();
        // The earlier draw goes; what was added by hand stays (unless the draw now takes it).
        if (const Status s
            = db::Query(m_db, QStringLiteral("DELETE FROM spot_check_items WHERE plan_id = ? AND origin = 'drawn'"))
                  .bind(planId)
                  .exec(tr("The plan could not be saved."));
            !s)
            return s.error();
    } else {
        const auto insert = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO spot_check_plans (org_id, month, seed, share_percent, population, required, "
                "rectification_days, status, drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"))
                                .bind(orgId, month.toString(), qint64(usedSeed), share, sample.population,
                                    sample.required, SpotCheckRules::kDefaultRectificationDays, session.username, now)
                                .insert(tr("The plan could not be saved."));
        if (!insert)
            return insert.error();
        planId = *insert;
    }
    int position = 0;
    db::Query insertItem(m_db,
        QStringLiteral(
            "INSERT INTO spot_check_items (plan_id, site_id, origin, position, created_at) VALUES (?, ?, 'drawn', "
            "?, ?) ON CONFLICT (plan_id, site_id) DO UPDATE SET origin = 'drawn', position = excluded.position, "
            "removed_at = NULL, removed_note = NULL"));
    for (const qint64 siteId : sample.siteIds) {
        ++position;
        if (const Status s = insertItem.bind(planId, siteId, position, now).exec(tr("The plan could not be saved."));
            !s)
            return s.error();
    }
    QJsonArray strata;
    for (const SpotCheckSampler::Stratum& s : sample.strata) {
        strata.append(QJsonObject{{QStringLiteral("level"), Vocabulary::key(s.level)},
            {QStringLiteral("kind"), Vocabulary::key(s.kind)}, {QStringLiteral("size"), s.size},
            {QStringLiteral("drawn"), s.drawn}});
    }
    const QJsonObject after{{QStringLiteral("seed"), qint64(usedSeed)}, {QStringLiteral("share_percent"), share},
        {QStringLiteral("population"), sample.population}, {QStringLiteral("drawn"), int(sample.siteIds.size())},
        {QStringLiteral("strata"), strata}};
    if (const Status s = audit(session, *existing ? QStringLiteral("redraw") : QStringLiteral("draw"), planId,
            tr("%1 %2: %3 of %4 running sites drawn (%5%), seed %6")
                .arg(org->name, month.toString())
                .arg(sample.siteIds.size())
                .arg(sample.population)
                .arg(share)
                .arg(usedSeed),
            before, after);
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return planId;
}

Status SpotCheckService::addSite(const Session& session, qint64 planId, qint64 siteId, const QString& note)
{
    const auto p = planToChange(session, planId);
    if (!p)
        return p.error();
    if (p->isLocked())
        return Error{tr("The plan is locked: checking has started, so no site is added."), {}};
    if (note.trimmed().isEmpty())
        return Error{tr("Say why the site is added to the plan."), {}};
    const auto site = SiteRepository(m_db).byId(siteId);
    if (!site)
        return site.error();
    if (!isRunning(site->status))
        return Error{tr("%1 is not running: only running sites are checked.").arg(site->name), {}};
    const auto within = Authorizer::isWithin(m_db, p->orgId, site->hostOrgId);
    if (!within)
        return within.error();
    if (!*within)
        return Error{tr("%1 is outside the jurisdiction of %2.").arg(site->name, p->orgName), {}};
    const auto present = db::Query(m_db,
        QStringLiteral(
            "SELECT count(*) FROM spot_check_items WHERE plan_id = ? AND site_id = ? AND removed_at IS NULL"))
                             .bind(planId, siteId)
                             .value<int>(tr("The plan could not be read."));
    if (!present)
        return present.error();
    if (*present > 0)
        return Error{tr("%1 is already in the plan.").arg(site->name), {}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const auto next = db::Query(
        m_db, QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM spot_check_items WHERE plan_id = ?"))
                          .bind(planId)
                          .value<int>(tr("The plan could not be read."));
    if (!next)
        return next.error();
    if (const Status s = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO spot_check_items (plan_id, site_id, origin, position, added_note, created_at) VALUES "
                "(?, ?, 'added', ?, ?, ?) ON CONFLICT (plan_id, site_id) DO UPDATE SET origin = 'added', added_note "
                "= excluded.added_note, removed_at = NULL, removed_note = NULL"))
                             .bind(planId, siteId, *next, note.trimmed(), Sql::nowUtc())
                             .exec(tr("The site could not be added to the plan."));
        !s)
        return s;
    if (const Status s = audit(session, QStringLiteral("add_site"), planId,
            tr("%1 %2: %3 %4 added (%5)").arg(p->orgName, p->month.toString(), site->code, site->name, note.trimmed()),
            {}, {{QStringLiteral("site_id"), siteId}, {QStringLiteral("note"), note.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Status SpotCheckService::removeSite(const Session& session, qint64 planId, qint64 siteId, const QString& note)
{
    const auto p = planToChange(session, planId);
    if (!p)
        return p.error();
    if (p->isLocked())
        return Error{tr("The plan is locked: checking has started, so its sites stay."), {}};
    const auto origin = db::Query(m_db,
        QStringLiteral("SELECT origin FROM spot_check_items WHERE plan_id = ? AND site_id = ? AND removed_at IS NULL"))
                            .bind(planId, siteId)
                            .single<QString>(tr("The plan could not be read."), tr("The site is not in the plan."));
    if (!origin)
        return origin.error();
    if (*origin != u"added")
        return Error{tr("A drawn site stays in the plan: only sites added by hand are taken out again."), {}};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // Nothing was checked yet (the plan is open): the row goes.
    if (const Status s
        = db::Query(m_db, QStringLiteral("DELETE FROM spot_check_items WHERE plan_id = ? AND site_id = ?"))
              .bind(planId, siteId)
              .exec(tr("The site could not be taken out of the plan."));
        !s)
        return s;
    if (const Status s = audit(session, QStringLiteral("remove_site"), planId,
            tr("%1 %2: site %3 taken out (%4)").arg(p->orgName, p->month.toString()).arg(siteId).arg(note.trimmed()),
            {{QStringLiteral("site_id"), siteId}}, {});
        !s)
        return s;
    return tx.commit();
}

Status SpotCheckService::assign(
    const Session& session, qint64 planId, const QList<qint64>& itemIds, qint64 checkerAccountId)
{
    const auto p = planToChange(session, planId);
    if (!p)
        return p.error();
    if (itemIds.isEmpty())
        return Error{tr("Choose the sites to assign."), {}};
    QString checkerName;
    if (checkerAccountId != 0) {
        const auto checkers = this->checkers(planId);
        if (!checkers)
            return checkers.error();
        for (const Choice& c : *checkers) {
            if (c.id == checkerAccountId)
                checkerName = c.text;
        }
        if (checkerName.isEmpty())
            return Error{tr("Only an active inspector of %1 checks the sites of its plan.").arg(p->orgName), {}};
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QJsonArray assigned;
    for (const qint64 itemId : itemIds) {
        const auto i = item(itemId);
        if (!i)
            return i.error();
        if (i->planId != planId)
            return Error{tr("The site %1 is not in this plan.").arg(i->siteName), {}};
        if (i->removed)
            return Error{tr("%1 has left the plan.").arg(i->siteName), {}};
        if (i->status == AssessmentStatus::Confirmed)
            return Error{tr("%1 is assessed and confirmed: its checker stays.").arg(i->siteName), {}};
        if (i->checkerId == checkerAccountId)
            continue;
        if (const Status s = db::Query(m_db, QStringLiteral("UPDATE spot_check_items SET checker_id = ? WHERE id = ?"))
                                 .bind(Sql::nullIfZero(checkerAccountId), itemId)
                                 .exec(tr("The checker could not be assigned."));
            !s)
            return s;
        assigned.append(i->siteCode);
    }
    if (!assigned.isEmpty()) {
        if (const Status s = audit(session, QStringLiteral("assign"), planId,
                checkerAccountId != 0 ? tr("%1 %2: %n site(s) assigned to %3", nullptr, int(assigned.size()))
                                            .arg(p->orgName, p->month.toString(), checkerName)
                                      : tr("%1 %2: %n site(s) without a checker", nullptr, int(assigned.size()))
                                            .arg(p->orgName, p->month.toString()),
                {}, {{QStringLiteral("checker_id"), checkerAccountId}, {QStringLiteral("sites"), assigned}});
            !s)
            return s;
    }
    return tx.commit();
}

Status SpotCheckService::lock(const Session& session, qint64 planId)
{
    // By hand only the plan's office's planners lock it, as they change it otherwise (a checker's
    // first saved assessment locks it through lockForChecking, after AssessmentService let it save).
    const auto p = planToChange(session, planId);
    if (!p)
        return p.error();
    return lockPlan(session, *p);
}

Status SpotCheckService::lockForChecking(const Session& session, qint64 planId)
{
    const auto p = plan(planId);
    if (!p)
        return p.error();
    return lockPlan(session, *p);
}

Status SpotCheckService::lockPlan(const Session& session, const SpotCheckPlan& plan)
{
    if (plan.isLocked())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (const Status s = db::Query(m_db,
            QStringLiteral(
                "UPDATE spot_check_plans SET status = 'locked', locked_by = ?, locked_at = ? WHERE id = ? AND "
                "status = 'open'"))
                             .bind(session.username, Sql::nowUtc(), plan.id)
                             .exec(tr("The plan could not be locked."));
        !s)
        return s;
    if (const Status s = audit(session, QStringLiteral("lock"), plan.id,
            tr("%1 %2: plan locked with %n site(s)", nullptr, plan.planned).arg(plan.orgName, plan.month.toString()),
            {{QStringLiteral("status"), QStringLiteral("open")}},
            {{QStringLiteral("status"), QStringLiteral("locked")}});
        !s)
        return s;
    return tx.commit();
}

Result<SpotCheckPlan> SpotCheckService::readPlan(const QString& where, const QVariantList& binds)
{
    const auto p = db::Query(m_db,
        QStringLiteral("SELECT %1 FROM spot_check_plans p JOIN organisations o ON o.id = p.org_id WHERE %2")
            .arg(QLatin1String(kPlanColumns), where))
                       .bindAll(binds)
                       .first(tr("The spot-check plan could not be read."), planFromQuery);
    if (!p)
        return p.error();
    if (!*p)
        return Error{tr("There is no such spot-check plan."), {}, QStringLiteral("spotcheck.no_plan")};
    return **p;
}

Result<SpotCheckPlan> SpotCheckService::plan(qint64 planId)
{
    return readPlan(QStringLiteral("p.id = ?"), {planId});
}

Result<std::optional<SpotCheckPlan>> SpotCheckService::planFor(qint64 orgId, const Period& month)
{
    const auto p = readPlan(QStringLiteral("p.org_id = ? AND p.month = ?"), {orgId, month.toString()});
    if (!p) {
        if (p.error().code == u"spotcheck.no_plan")
            return std::optional<SpotCheckPlan>();
        return p.error();
    }
    return std::optional<SpotCheckPlan>(*p);
}

Result<QList<SpotCheckPlan>> SpotCheckService::plans(const Period& month, qint64 unitId)
{
    QString where = QStringLiteral("p.month = ?");
    QVariantList binds{month.toString()};
    if (unitId != 0) {
        where += QStringLiteral(" AND p.org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
        binds << unitId;
    }
    return db::Query(m_db,
        QStringLiteral("SELECT %1 FROM spot_check_plans p JOIN organisations o ON o.id = p.org_id WHERE %2 ORDER BY "
                       "o.division_code, p.id")
            .arg(QLatin1String(kPlanColumns), where))
        .bindAll(binds)
        .rows(tr("The spot-check plans could not be read."), planFromQuery);
}

Result<QList<SpotCheckItem>> SpotCheckService::items(qint64 planId)
{
    return db::Query(m_db, itemSelect(QStringLiteral("i.plan_id = ? ORDER BY i.removed_at IS NOT NULL, i.position")))
        .bind(planId)
        .rows(tr("The sites of the plan could not be read."), itemFromQuery);
}

Result<SpotCheckItem> SpotCheckService::item(qint64 itemId)
{
    return db::Query(m_db, itemSelect(QStringLiteral("i.id = ?")))
        .bind(itemId)
        .single(tr("The site of the plan could not be read."), tr("There is no such site in a spot-check plan."),
            itemFromQuery);
}

Result<QList<Choice>> SpotCheckService::checkers(qint64 planId)
{
    return db::Query(m_db,
        QStringLiteral(
            "SELECT a.id, a.display_name FROM accounts a JOIN spot_check_plans p ON p.org_id = a.org_id JOIN "
            "account_roles r ON r.account_id = a.id AND r.role = 'inspector' WHERE p.id = ? AND a.disabled = 0 "
            "ORDER BY a.display_name, a.id"))
        .bind(planId)
        .rows(tr("The checkers could not be read."), [](const QSqlQuery& q) {
            return Choice{q.value(0).toLongLong(), q.value(1).toString()};
        });
}

Result<QList<Choice>> SpotCheckService::offices(const Session& session)
{
    QString sql = QStringLiteral("SELECT o.id, o.name FROM organisations o WHERE o.kind = 'government' AND o.level <> "
                                 "'township' AND o.active = 1");
    QVariantList binds;
    if (!session.isSystem()) {
        sql += QStringLiteral(" AND o.id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
        binds << session.orgId;
    }
    sql += QStringLiteral(" ORDER BY o.division_code, o.id");
    return db::Query(m_db, sql).bindAll(binds).rows(tr("The offices could not be read."), [](const QSqlQuery& q) {
        return Choice{q.value(0).toLongLong(), q.value(1).toString()};
    });
}

Status SpotCheckService::siteChanged(const Session& session, const Site& before, const Site& after, const QDate& on)
{
    const bool closes = isRunning(before.status) && after.status == SiteStatus::Closed;
    const bool migrated
        = before.platform != Platform::Unified && after.platform == Platform::Unified && isRunning(after.status);
    if (!closes && !migrated)
        return {};
    const QDate day = on.isValid() ? on : OfficeClock::today();
    const QString note = closes ? tr("The site was closed on %1.").arg(day.toString(Qt::ISODate))
                                : tr("The site moved onto the unified platform on %1.").arg(day.toString(Qt::ISODate));
    const auto leaving = db::Query(m_db,
        QStringLiteral(
            "SELECT i.id, i.plan_id FROM spot_check_items i JOIN spot_check_plans p ON p.id = i.plan_id LEFT JOIN "
            "assessments a ON a.item_id = i.id WHERE i.site_id = ? AND i.removed_at IS NULL AND p.month >= ? AND "
            "(a.id IS NULL OR a.status <> 'confirmed') ORDER BY i.id"))
                             .bind(after.id, Period::monthOf(day).toString())
                             .rows(tr("The spot-check plans could not be read."), [](const QSqlQuery& q) {
                                 return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
                             });
    if (!leaving)
        return leaving.error();
    for (const auto& [itemId, planId] : *leaving) {
        if (const Status s = db::Query(
                m_db, QStringLiteral("UPDATE spot_check_items SET removed_at = ?, removed_note = ? WHERE id = ?"))
                                 .bind(Sql::nowUtc(), note, itemId)
                                 .exec(tr("The spot-check plan could not be changed."));
            !s)
            return s;
        if (const Status s = audit(session, QStringLiteral("site_left"), planId,
                tr("%1 %2 left the plan: %3").arg(after.code, after.name, note), {},
                {{QStringLiteral("site_id"), after.id}});
            !s)
            return s;
    }
    return {};
}

} // namespace sitegov
