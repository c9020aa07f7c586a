#include "storage/DashboardStats.h"

#include "core/DivisionCode.h"
#include "core/OfficeClock.h"
#include "core/Permissions.h"
#include "db/Query.h"
#include "storage/InspectionQueries.h"
#include "storage/OrganisationRepository.h"
#include "storage/PolicyService.h"
#include "storage/RequestQueries.h"
#include "storage/SpotCheckService.h"
#include "storage/TicketService.h"
#include "storage/WeeklyReviewService.h"

namespace sitegov {

namespace {

Period previousMonth(const Period& month)
{
    return month.index() > 1 ? Period::month(month.yearNumber(), month.index() - 1)
                             : Period::month(month.yearNumber() - 1, 12);
}

} // namespace

ScoreScope DashboardStats::scoreScope(const QString& divisionCode, const QString& level)
{
    // A city's jurisdiction is its city region (a zone governed at the city level inside its digits,
    // such as Pingtan inside Fuzhou's, is not Fuzhou's); a province has no limit; a county its prefix.
    ScoreScope sc;
    if (level == u"province")
        return sc;
    if (level == u"city")
        sc.cityRegion = DivisionCode::cityRegion(divisionCode);
    else
        sc.regionPrefix = regionPrefix(divisionCode);
    return sc;
}

QString DashboardStats::regionPrefix(const QString& divisionCode)
{
    QString code = divisionCode.trimmed();
    if (code.size() != 6)
        return {};
    while (code.endsWith(QStringLiteral("00")))
        code.chop(2);
    return code;
}

Result<DashboardFigures> DashboardStats::compute(const QSqlDatabase& db, const Session& session, const QDate& today)
{
    DashboardFigures f;
    f.today = today;
    // The jurisdiction: the account's unit, or for system actors the top of the unit tree.
    QString division;
    QString level;
    {
        db::Query unit(db, session.orgId != 0
                ? QStringLiteral("SELECT id, division_code, name, level FROM organisations WHERE id = ?")
                : QStringLiteral("SELECT id, division_code, name, level FROM organisations WHERE parent_id IS NULL ORDER BY id LIMIT 1"));
        if (session.orgId != 0)
            unit.bind(session.orgId);
        const Status read = unit.forEach(tr("The account's unit could not be read."), [&](const QSqlQuery& q) {
            f.unitId = q.value(0).toLongLong();
            division = q.value(1).toString();
            f.unitName = q.value(2).toString();
            level = q.value(3).toString();
            return false;
        });
        if (!read)
            return read.error();
    }
    // The registry of the same jurisdiction as every other card.
    const auto registry = RegistryStats::compute(db, session.orgId);
    if (!registry)
        return registry.error();
    f.registry = *registry;

    // Today's coverage: an inspector who takes care of sites sees those (their Today list: the sites
    // and their own inspections of today); others the account's unit, or for system actors the sum
    // over every top unit.
    InspectionQueries inspections(db);
    QList<qint64> coverageUnits;
    const auto caretaker = session.isSystem() || !session.can(Action::LogInspection)
        ? Result<int>(0)
        : inspections.caretakerSites(session.accountId);
    if (!caretaker)
        return caretaker.error();
    if (*caretaker > 0) {
        TodayFilter mine;
        mine.day = today;
        mine.inspector = session.username;
        mine.accountId = session.accountId;
        const auto pending = inspections.pendingToday(mine);
        if (!pending)
            return pending.error();
        f.ownSites = true;
        f.runningSites = *caretaker;
        f.inspectedToday = *caretaker - *pending;
    } else if (session.orgId != 0) {
        coverageUnits << f.unitId;
    } else {
        const auto tops = db::Query(db, QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL ORDER BY id"))
                              .column<qint64>(tr("The account's unit could not be read."));
        if (!tops)
            return tops.error();
        coverageUnits = *tops;
    }
    for (const qint64 unit : std::as_const(coverageUnits)) {
        if (unit == 0)
            continue;
        const auto coverage = inspections.coverage(unit, today, today);
        if (!coverage)
            return coverage.error();
        if (!coverage->isEmpty()) {
            f.inspectedToday += coverage->constFirst().inspected;
            f.runningSites += coverage->constFirst().expected;
        }
    }
    const qint64 scope = session.orgId; // 0: everything
    const auto unresolved = inspections.unresolvedRectifications(scope);
    if (!unresolved)
        return unresolved.error();
    f.unresolvedRectifications = *unresolved;
    const auto overdue = inspections.overdueRectifications(scope, today);
    if (!overdue)
        return overdue.error();
    f.overdueRectifications = *overdue;
    const auto overdueTickets = TicketService(db).overdueCount(today, scope);
    if (!overdueTickets)
        return overdueTickets.error();
    f.overdueTickets = *overdueTickets;
    {
        const ListQuery unclosed = TicketListQuery::build(TicketFilter{scope, QStringLiteral("unclosed"), {}, {}, today});
        const auto n = db::Query(db, QStringLiteral("SELECT count(*) ") + unclosed.from)
                           .bindAll(unclosed.binds)
                           .value<int>(tr("The error reports could not be counted."));
        if (!n)
            return n.error();
        f.unclosedTickets = *n;
    }

    {
        const QDateTime now = OfficeClock::now();
        const QDateTime officeNow
            = today == now.date() ? QDateTime(now.date(), now.time()) : QDateTime(today, QTime(23, 59, 59));
        const auto policies = PolicyService(db).overdueCount(officeNow, scope);
        if (!policies)
            return policies.error();
        f.overduePolicies = *policies;
        const auto open = db::Query(db, QStringLiteral("SELECT count(*) FROM policy_items WHERE state = 'open'"))
                              .value<int>(tr("The key policy items could not be counted."));
        if (!open)
            return open.error();
        f.openPolicies = *open;
    }

    if (session.can(Action::DecideRequest)) {
        const auto inbox = RequestQueries(db).inboxCount(session);
        if (!inbox)
            return inbox.error();
        f.requestsWaiting = *inbox;
        f.requestsAreInbox = true;
    } else {
        // Open requests (docs/design/glossary.md): submitted, in review, or approved and awaiting the
        // national filing, as the Requests page's "open" filter lists them.
        db::Query open(db,
            QStringLiteral("SELECT count(*) FROM requests r WHERE r.state IN ('submitted', 'in_review', 'approved')")
                + (scope != 0 ? QStringLiteral(" AND r.unit_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)")
                              : QString()));
        if (scope != 0)
            open.bind(scope);
        const auto count = open.value<int>(tr("The open requests could not be counted."));
        if (!count)
            return count.error();
        f.requestsWaiting = *count;
    }

    f.reviewWeek = IsoWeek::of(today).previous();
    WeeklyReviewService reviews(db);
    const auto missing = reviews.missingCount(f.reviewWeek, scope);
    if (!missing)
        return missing.error();
    f.reviewsMissing = *missing;
    const auto drafts = reviews.draftCount(f.reviewWeek, scope);
    if (!drafts)
        return drafts.error();
    f.reviewsDraft = *drafts;
    const auto expected = reviews.owingCount(f.reviewWeek, scope);
    if (!expected)
        return expected.error();
    f.reviewsExpected = *expected;

    const ScoreQueries scores(db);
    const auto latest = scores.latest(Period::Kind::Month, 1);
    if (!latest)
        return latest.error();
    if (!latest->isEmpty()) {
        ScoreScope sc;
        if (scope != 0)
            sc = scoreScope(division, level);
        const auto last = scores.summary(latest->constFirst(), sc);
        if (!last)
            return last.error();
        f.lastPeriod = *last;
        const auto previous = scores.summary(previousMonth(latest->constFirst()), sc);
        if (!previous)
            return previous.error();
        f.previousPeriod = *previous;
        f.hasScores = f.lastPeriod.count > 0;
    }

    const auto spotChecks = SpotCheckQueries::monthFigures(db, scope, Period::monthOf(today));
    if (!spotChecks)
        return spotChecks.error();
    f.spotChecks = *spotChecks;
    {
        QSqlDatabase connection = db;
        OrganisationRepository units(connection);
        qint64 office = f.unitId;
        for (int depth = 0; office != 0 && depth < 16; ++depth) {
            const auto unit = units.byId(office);
            if (!unit)
                return unit.error();
            if (SpotCheckRules::plansAt(unit->level, unit->kind))
                break;
            office = unit->parentId;
        }
        if (office != 0) {
            const auto share = SpotCheckService(connection).sharePercent(office);
            if (!share)
                return share.error();
            f.spotCheckSharePercent = *share;
            const auto reminder = AnnualReportService(connection).reminder(office, today);
            if (!reminder)
                return reminder.error();
            f.annualReport = *reminder;
        }
    }
    const auto risk = ProbeQueries(db).vetoRisk(session, today);
    if (!risk)
        return risk.error();
    f.vetoRisk = *risk;
    return f;
}

} // namespace sitegov
