#include "storage/PolicyService.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/SiteRepository.h"

#include <QUrl>

namespace sitegov {

namespace {

const char* const kSelect = "SELECT i.id, i.title, i.title_key, i.issuer, i.source_url, i.published_at, i.state, "
                            "i.source FROM policy_items i WHERE i.id = ?";

// The obliged portals' sites `s` and units `o`.
const char* const kPortals = "sites s JOIN organisations o ON o.id = s.host_org_id";

QString within(qint64 unitId)
{
    // A number, never user text: it goes into the list's select, which takes no binds.
    return unitId != 0
        ? QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = %1)").arg(unitId)
        : QString();
}

// The office's clock as the items' times are kept: its day and time, without a zone.
QDateTime officeNow()
{
    const QDateTime now = OfficeClock::now();
    return QDateTime(now.date(), now.time());
}

QString officeTime(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

// The condition "open, published more than 8 hours before `now`, and an obliged portal within the
// unit has not reposted it" on the item alias i.
QString overdueCondition(const QDateTime& now, qint64 unitId)
{
    const QString cutoff = now.addSecs(-qint64(RepostRules::kOnTimeMinutes) * 60).toString(Qt::ISODate);
    // published_at is to the minute: with ":00" it compares with the cutoff to the second.
    return QStringLiteral(
        "(i.state = 'open' AND (i.published_at || ':00') < '%1' AND EXISTS (SELECT 1 FROM %2 WHERE %3%4 AND "
        "NOT EXISTS (SELECT 1 FROM policy_reposts r WHERE r.item_id = i.id AND r.site_id = s.id)))")
        .arg(cutoff.left(19), QLatin1String(kPortals), PolicyService::obligedCondition(), within(unitId));
}

} // namespace

PolicyService::PolicyService(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString PolicyService::obligedCondition()
{
    return QStringLiteral("(s.kind = 'portal' AND s.status IN ('operating', 'migrating') AND o.kind = 'government' "
                          "AND o.level IN ('province', 'city', 'county'))");
}

QList<PolicyService::FieldProblem> PolicyService::check(const PolicyItemInput& input)
{
    QList<FieldProblem> out;
    const QString title = input.title.trimmed();
    if (title.isEmpty())
        out << FieldProblem{QStringLiteral("title"), tr("Enter the policy's title.")};
    else if (title.size() > RepostRules::kMaxTitle)
        out << FieldProblem{
            QStringLiteral("title"), tr("The title is at most %1 characters long.").arg(RepostRules::kMaxTitle)};
    else if (RepostRules::normalise(title).size() < RepostRules::kMinTitleKey)
        out << FieldProblem{QStringLiteral("title"), tr("The title is too short to be looked for on the portals.")};
    if (input.issuer.trimmed().isEmpty())
        out << FieldProblem{QStringLiteral("issuer"), tr("Enter the issuing body (for example 国务院).")};
    else if (input.issuer.trimmed().size() > 100)
        out << FieldProblem{QStringLiteral("issuer"), tr("The issuing body is at most 100 characters long.")};
    const QString url = input.sourceUrl.trimmed();
    if (!url.isEmpty()) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty())
            out << FieldProblem{
                QStringLiteral("source_url"), tr("The source address must start with http:// or https://.")};
    }
    if (!input.publishedAt.isValid())
        out << FieldProblem{QStringLiteral("published_at"), tr("Enter when it was published (2026-12-07 09:30).")};
    else if (input.publishedAt > officeNow().addSecs(3600))
        out << FieldProblem{QStringLiteral("published_at"), tr("The publication time is in the future.")};
    return out;
}

Result<std::optional<qint64>> PolicyService::find(const QString& title, const QDate& publishedOn)
{
    return db::Query(m_db, QStringLiteral("SELECT id FROM policy_items WHERE title_key = ? AND published_on = ?"))
        .bind(RepostRules::normalise(title), Sql::date(publishedOn))
        .first(
            tr("The key policy items could not be read."), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

Result<qint64> PolicyService::add(const Session& session, const PolicyItemInput& input, const QString& source)
{
    if (const QList<FieldProblem> problems = check(input); !problems.isEmpty())
        return Error{problems.constFirst().message, {}};
    if (const Status s = Authorizer::require(m_db, session, Action::ManageRectification); !s)
        return s.error();
    const QString title = input.title.trimmed();
    const QDateTime published(
        input.publishedAt.date(), QTime(input.publishedAt.time().hour(), input.publishedAt.time().minute()));
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto existing = find(title, published.date());
        if (!existing)
            return existing.error();
        if (*existing)
            return Error{
                tr("\"%1\" published on %2 is registered already.").arg(title, published.date().toString(Qt::ISODate)),
                {}};
        const QString now = Sql::nowUtc();
        const auto inserted = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO policy_items (title, title_key, issuer, source_url, published_at, published_on, "
                "state, source, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)"))
                                  .bind(title, RepostRules::normalise(title), input.issuer.trimmed(),
                                      Sql::text(input.sourceUrl.trimmed()), officeTime(published),
                                      Sql::date(published.date()), source, session.username, now, now)
                                  .insert(tr("The key policy item could not be saved."));
        if (!inserted)
            return inserted.error();
        if (const Status s = AuditLog::append(m_db, session, QStringLiteral("create"), QStringLiteral("policy_item"),
                QString::number(*inserted),
                QStringLiteral("%1 (%2, %3)").arg(title, input.issuer.trimmed(), officeTime(published)));
            !s)
            return s.error();
        return *inserted;
    });
}

Result<PolicyItemRecord> PolicyService::byId(qint64 id)
{
    return db::Query(m_db, QLatin1String(kSelect))
        .bind(id)
        .single(tr("The key policy item could not be read."), tr("There is no key policy item %1.").arg(id),
            [](const QSqlQuery& q) {
                PolicyItemRecord r;
                r.id = q.value(0).toLongLong();
                r.title = q.value(1).toString();
                r.titleKey = q.value(2).toString();
                r.issuer = q.value(3).toString();
                r.sourceUrl = q.value(4).toString();
                r.publishedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
                r.state = q.value(6).toString();
                r.source = q.value(7).toString();
                return r;
            });
}

Status PolicyService::close(const Session& session, qint64 id)
{
    const auto item = byId(id);
    if (!item)
        return item.error();
    if (const Status s = Authorizer::require(m_db, session, Action::ManageRectification); !s)
        return s;
    if (item->state == u"closed")
        return Error{tr("The item \"%1\" is closed already.").arg(item->title), {}};
    return db::inTransaction(m_db, [&]() -> Status {
        const auto changed = db::Query(m_db,
            QStringLiteral("UPDATE policy_items SET state = 'closed', updated_at = ? WHERE id = ? AND state = 'open'"))
                                 .bind(Sql::nowUtc(), id)
                                 .changed(tr("The key policy item could not be saved."));
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return Error{tr("The item \"%1\" is closed already.").arg(item->title), {}};
        return AuditLog::append(
            m_db, session, QStringLiteral("close"), QStringLiteral("policy_item"), QString::number(id), item->title);
    });
}

Status PolicyService::recordRepost(
    const Session& session, qint64 itemId, const QString& siteCode, const QString& url, const QDateTime& foundAt)
{
    const auto item = byId(itemId);
    if (!item)
        return item.error();
    const auto site = SiteRepository(m_db).byCode(siteCode.trimmed());
    if (!site)
        return Error{tr("There is no site with the identifier code %1.").arg(siteCode.trimmed()), {}};
    if (const Status s = Authorizer::require(m_db, session, Action::ManageRectification, site->hostOrgId); !s)
        return s;
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty() || !u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https")
        || u.host().isEmpty())
        return Error{tr("Give the address of the reposted page (http:// or https://)."), {}};
    if (!foundAt.isValid())
        return Error{tr("Give when the repost appeared (2026-12-07 15:30)."), {}};
    if (foundAt > officeNow().addSecs(60))
        return Error{tr("The repost cannot have appeared in the future."), {}};
    const auto obliged = db::Query(m_db,
        QStringLiteral("SELECT count(*) FROM %1 WHERE s.id = ? AND %2")
            .arg(QLatin1String(kPortals), obligedCondition()))
                             .bind(site->id)
                             .value<int>(tr("The site could not be read."));
    if (!obliged)
        return obliged.error();
    if (*obliged == 0)
        return Error{tr("%1 is not a running government portal of a county or above: it need not repost key policies.")
                         .arg(site->name),
            {}};
    const QDateTime found(
        foundAt.date(), QTime(foundAt.time().hour(), foundAt.time().minute(), foundAt.time().second()));
    const int delay = RepostRules::delayMinutes(item->publishedAt, found);
    return db::inTransaction(m_db, [&]() -> Status {
        const auto before = db::Query(
            m_db, QStringLiteral("SELECT found_at, how FROM policy_reposts WHERE item_id = ? AND site_id = ?"))
                                .bind(itemId, site->id)
                                .first(tr("The reposts could not be read."), [](const QSqlQuery& q) {
                                    return std::make_pair(q.value(0).toString(), q.value(1).toString());
                                });
        if (!before)
            return before.error();
        const QString foundText = found.toString(Qt::ISODate);
        if (*before && (*before)->first <= foundText)
            return Error{
                tr("%1 reposted it already: found %2.").arg(site->name, (*before)->first.left(16).replace(u'T', u' ')),
                {}};
        const QString now = Sql::nowUtc();
        if (*before) {
            // Seen earlier by the inspector than recorded: the earlier one counts.
            const Status d
                = db::Query(m_db, QStringLiteral("DELETE FROM policy_reposts WHERE item_id = ? AND site_id = ?"))
                      .bind(itemId, site->id)
                      .exec(tr("The repost could not be saved."));
            if (!d)
                return d;
        }
        const Status i = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO policy_reposts (item_id, site_id, found_at, delay_minutes, url, how, recorded_by, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, 'manual', ?, ?)"))
                             .bind(itemId, site->id, foundText, delay, url.trimmed(), session.username, now)
                             .exec(tr("The repost could not be saved."));
        if (!i)
            return i;
        return AuditLog::append(m_db, session, QStringLiteral("repost"), QStringLiteral("policy_item"),
            QString::number(itemId),
            QStringLiteral("%1 %2 at %3 (%4 min)%5")
                .arg(site->code, url.trimmed(), foundText)
                .arg(delay)
                .arg(*before ? QStringLiteral(", before: ") + (*before)->first + u' ' + (*before)->second : QString()));
    });
}

Status PolicyService::designateColumn(const Session& session, qint64 columnId)
{
    const auto column = db::Query(m_db,
        QStringLiteral("SELECT c.site_id, c.name, c.active, s.host_org_id, s.code FROM probe_columns c JOIN sites s ON "
                       "s.id = c.site_id WHERE c.id = ?"))
                            .bind(columnId)
                            .single(tr("The column could not be read."),
                                tr("There is no column with the number %1.").arg(columnId), [](const QSqlQuery& q) {
                                    return std::make_tuple(q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toInt() == 1, q.value(3).toLongLong(), q.value(4).toString());
                                });
    if (!column)
        return column.error();
    const auto [siteId, name, active, hostOrgId, code] = *column;
    if (const Status s = Authorizer::require(m_db, session, Action::EditSites, hostOrgId); !s)
        return s;
    if (!active)
        return Error{tr("The column \"%1\" is no longer checked.").arg(name), {}};
    return db::inTransaction(m_db, [&]() -> Status {
        const QString now = OfficeClock::stamp();
        const Status off = db::Query(m_db,
            QStringLiteral(
                "UPDATE probe_columns SET repost = 0, updated_at = ? WHERE site_id = ? AND repost = 1 AND id <> ?"))
                               .bind(now, siteId, columnId)
                               .exec(tr("The column could not be saved."));
        if (!off)
            return off;
        const Status on
            = db::Query(m_db, QStringLiteral("UPDATE probe_columns SET repost = 1, updated_at = ? WHERE id = ?"))
                  .bind(now, columnId)
                  .exec(tr("The column could not be saved."));
        if (!on)
            return on;
        return AuditLog::append(m_db, session, QStringLiteral("designate"), QStringLiteral("probe_column"),
            QString::number(columnId), QStringLiteral("%1: repost column %2").arg(code, name));
    });
}

Result<QList<PortalRepost>> PolicyService::portals(qint64 itemId, const QDateTime& now, qint64 withinUnitId)
{
    const auto item = byId(itemId);
    if (!item)
        return item.error();
    const QDateTime published = item->publishedAt;
    return db::Query(m_db,
        QStringLiteral("SELECT s.id, s.code, s.name, o.name, coalesce(c.id, 0), coalesce(c.name, ''), r.delay_minutes, "
                       "coalesce(r.found_at, ''), coalesce(r.url, ''), coalesce(r.how, ''), coalesce(r.fetch_id, 0), "
                       "coalesce(r.matched, ''), coalesce(r.recorded_by, '') FROM %1 "
                       "LEFT JOIN probe_columns c ON c.site_id = s.id AND c.repost = 1 AND c.active = 1 "
                       "LEFT JOIN policy_reposts r ON r.site_id = s.id AND r.item_id = ? WHERE %2%3 ORDER BY s.code")
            .arg(QLatin1String(kPortals), obligedCondition(), within(withinUnitId)))
        .bind(itemId)
        .rows(tr("The portals' reposts could not be read."), [&](const QSqlQuery& q) {
            PortalRepost p;
            p.siteId = q.value(0).toLongLong();
            p.siteCode = q.value(1).toString();
            p.siteName = q.value(2).toString();
            p.unitName = q.value(3).toString();
            p.columnId = q.value(4).toLongLong();
            p.columnName = q.value(5).toString();
            if (!q.value(6).isNull())
                p.delayMinutes = q.value(6).toInt();
            p.foundAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
            p.url = q.value(8).toString();
            p.how = q.value(9).toString();
            p.fetchId = q.value(10).toLongLong();
            p.matched = q.value(11).toString();
            p.recordedBy = q.value(12).toString();
            p.state = RepostRules::state(published, p.delayMinutes, now);
            return p;
        });
}

Result<QList<RepostQuarterFigures>> PolicyService::quarterFigures(int year, int quarter, qint64 withinUnitId)
{
    if (quarter < 1 || quarter > 4)
        return Error{tr("A quarter is 1 to 4."), {}};
    const QDate from(year, 3 * quarter - 2, 1);
    const QDate to = from.addMonths(3).addDays(-1);
    return db::Query(m_db,
        QStringLiteral("SELECT s.id, s.code, s.name, count(*), sum(CASE WHEN r.delay_minutes <= %1 THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN r.delay_minutes <= %2 THEN 1 ELSE 0 END), count(r.item_id) FROM %3 "
                       "CROSS JOIN policy_items i LEFT JOIN policy_reposts r ON r.item_id = i.id AND r.site_id = s.id "
                       "WHERE %4%5 AND i.published_on BETWEEN ? AND ? GROUP BY s.id, s.code, s.name ORDER BY s.code")
            .arg(RepostRules::kOnTimeMinutes)
            .arg(RepostRules::kDayMinutes)
            .arg(QLatin1String(kPortals), obligedCondition(), within(withinUnitId)))
        .bind(Sql::date(from), Sql::date(to))
        .rows(tr("The repost figures could not be read."), [](const QSqlQuery& q) {
            RepostQuarterFigures f;
            f.siteId = q.value(0).toLongLong();
            f.siteCode = q.value(1).toString();
            f.siteName = q.value(2).toString();
            f.items = q.value(3).toInt();
            f.within8 = q.value(4).toInt();
            f.within24 = q.value(5).toInt();
            f.reposted = q.value(6).toInt();
            return f;
        });
}

Result<int> PolicyService::overdueCount(const QDateTime& now, qint64 withinUnitId)
{
    return db::Query(
        m_db, QStringLiteral("SELECT count(*) FROM policy_items i WHERE ") + overdueCondition(now, withinUnitId))
        .value<int>(tr("The key policy items could not be counted."));
}

ListQuery PolicyListQuery::build(const PolicyFilter& f)
{
    ListQuery q;
    const QDateTime now = f.now.isValid() ? f.now : officeNow();
    const QString portals = QStringLiteral("(SELECT count(*) FROM %1 WHERE %2%3)")
                                .arg(QLatin1String(kPortals), PolicyService::obligedCondition(), within(f.unitId));
    const auto reposts = [&](const QString& condition) {
        return QStringLiteral(
            "(SELECT count(*) FROM policy_reposts r JOIN sites s ON s.id = r.site_id JOIN organisations "
            "o ON o.id = s.host_org_id WHERE r.item_id = i.id AND %1%2%3)")
            .arg(PolicyService::obligedCondition(), within(f.unitId), condition);
    };
    const QString onTime = reposts(QStringLiteral(" AND r.delay_minutes <= %1").arg(RepostRules::kOnTimeMinutes));
    const QString late = reposts(QStringLiteral(" AND r.delay_minutes > %1").arg(RepostRules::kOnTimeMinutes));
    const QString notYet = QStringLiteral("(%1 - %2)").arg(portals, reposts(QString()));
    const QString overdue = overdueCondition(now, f.unitId);
    q.select = QStringLiteral(
        "i.title, i.issuer, i.published_at, %1, %2, %3, %4, i.state, i.id, CASE WHEN %5 THEN 1 ELSE 0 END")
                   .arg(portals, onTime, late, notYet, overdue);
    QStringList where;
    if (f.state == u"overdue")
        where << overdue;
    else if (!f.state.isEmpty()) {
        where << QStringLiteral("i.state = ?");
        q.binds << f.state;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString p = SiteListQuery::likePattern(f.text);
        where << QStringLiteral("(i.title LIKE ? ESCAPE '\\' OR i.issuer LIKE ? ESCAPE '\\')");
        q.binds << p << p;
    }
    q.from = QStringLiteral("FROM policy_items i");
    if (!where.isEmpty())
        q.from += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    q.sortExpressions = {QStringLiteral("i.title"), QStringLiteral("i.issuer"), QStringLiteral("i.published_at"),
        portals, onTime, late, notYet, QStringLiteral("i.state")};
    q.defaultOrder = QStringLiteral("i.published_at DESC");
    q.tieBreaker = QStringLiteral("i.id DESC");
    return q;
}

} // namespace sitegov
