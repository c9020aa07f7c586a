#include "storage/DashboardStats.h"

#include "core/DivisionCode.h"
#include "core/Permissions.h"
#include "storage/InspectionQueries.h"
#include "storage/RequestService.h"
#include "storage/Sql.h"
#include "storage/WeeklyReviewService.h"

#include <QSqlQuery>

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
        QSqlQuery q(db);
        Error e;
        if (session.orgId != 0) {
            if (!Sql::prepare(q, QStringLiteral("SELECT id, division_code, name, level FROM organisations WHERE id = ?"), &e))
                return e;
            q.addBindValue(session.orgId);
        } else if (!Sql::prepare(q,
                       QStringLiteral("SELECT id, division_code, name, level FROM organisations WHERE parent_id IS NULL ORDER BY id LIMIT 1"),
                       &e)) {
            return e;
        }
        if (!Sql::exec(q, &e, tr("The account's unit could not be read.")))
            return e;
        if (q.next()) {
            f.unitId = q.value(0).toLongLong();
            division = q.value(1).toString();
            f.unitName = q.value(2).toString();
            level = q.value(3).toString();
        }
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
        QSqlQuery q(db);
        Error e;
        if (!Sql::prepare(q, QStringLiteral("SELECT id FROM organisations WHERE parent_id IS NULL ORDER BY id"), &e)
            || !Sql::exec(q, &e, tr("The account's unit could not be read.")))
            return e;
        while (q.next())
            coverageUnits << q.value(0).toLongLong();
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

    if (session.can(Action::DecideRequest)) {
        const auto inbox = RequestService(db).inboxCount(session);
        if (!inbox)
            return inbox.error();
        f.requestsWaiting = *inbox;
        f.requestsAreInbox = true;
    } else {
        QSqlQuery q(db);
        Error e;
        // Open requests (docs/design/glossary.md): submitted, in review, or approved and awaiting the
        // national filing, as the Requests page's "open" filter lists them.
        const QString sql = QStringLiteral("SELECT count(*) FROM requests r WHERE r.state IN ('submitted', 'in_review', 'approved')")
            + (scope != 0 ? QStringLiteral(" AND r.unit_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)")
                          : QString());
        if (!Sql::prepare(q, sql, &e))
            return e;
        if (scope != 0)
            q.addBindValue(scope);
        if (!Sql::exec(q, &e, tr("The open requests could not be counted.")) || !q.next())
            return e;
        f.requestsWaiting = q.value(0).toInt();
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
    return f;
}

} // namespace sitegov
