#include "storage/ProbeQueries.h"

#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "storage/ProbeSql.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace sitegov {

using probesql::moment;
using probesql::toMoment;

namespace {

const QString kFetchColumns = QStringLiteral("f.id, f.purpose, f.at, f.url, f.outcome, f.http_status, f.latency_ms, "
                                             "f.bytes, f.sha256, f.matched, f.detail");

FetchRecord fetchFrom(const QSqlQuery& q, int c)
{
    FetchRecord f;
    f.id = q.value(c).toLongLong();
    f.purpose = FetchRecord::purposeOf(q.value(c + 1).toString()).value_or(FetchRecord::Purpose::Home);
    f.at = toMoment(q.value(c + 2));
    f.url = q.value(c + 3).toString();
    f.outcome = ProbeVocabulary::probeOutcome(q.value(c + 4).toString()).value_or(ProbeOutcome::Ok);
    f.httpStatus = q.value(c + 5).toInt();
    f.latencyMs = q.value(c + 6).toInt();
    f.bytes = q.value(c + 7).toLongLong();
    f.sha256 = q.value(c + 8).toString();
    f.matched = q.value(c + 9).toString();
    f.detail = q.value(c + 10).toString();
    return f;
}

int worse(Verdict v)
{
    return v == Verdict::Veto ? 2 : v == Verdict::Warning ? 1 : 0;
}

} // namespace

Verdict VetoRiskRow::worst() const
{
    Verdict w = availability;
    const Verdict home = !homepage                ? Verdict::Pass
        : *homepage == FindingKind::HomepageAging ? Verdict::Warning
                                                  : Verdict::Veto;
    for (Verdict v : {home, columns}) {
        if (worse(v) > worse(w))
            w = v;
    }
    return w;
}

ProbeQueries::ProbeQueries(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<ProbeWeekRow>> ProbeQueries::week(const IsoWeek& week, qint64 orgId)
{
    const int minimum = ProbeRules::thresholds().minProbesPerDay;
    QString sql = QStringLiteral(
        "SELECT s.id, s.code, s.name, o.name, coalesce(sum(d.probes), 0), coalesce(sum(d.failures), 0), "
        "coalesce(sum(d.blips), 0), coalesce(sum(CASE WHEN d.probes >= ? THEN 1 ELSE 0 END), 0) "
        "FROM sites s JOIN organisations o ON o.id = s.host_org_id "
        "LEFT JOIN probe_daily d ON d.site_id = s.id AND d.day >= ? AND d.day <= ? "
        "WHERE (s.status IN ('operating', 'migrating') OR d.site_id IS NOT NULL)");
    QVariantList values{minimum, week.monday().toString(Qt::ISODate), week.sunday().toString(Qt::ISODate)};
    if (orgId != 0) {
        sql += QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
        values << orgId;
    }
    sql += QStringLiteral(" GROUP BY s.id, s.code, s.name, o.name ORDER BY s.code");
    return db::Query(m_db, sql).bindAll(values).rows(
        tr("The week's probe figures could not be read."), [](const QSqlQuery& r) {
            ProbeWeekRow row;
            db::RowReader in(r);
            in.into(row.siteId, row.code, row.name, row.unitName, row.week.probes, row.week.failures, row.week.blips);
            row.week.daysUnderMinimum = 7 - in.next().toInt();
            row.verdict = ProbeRules::availability(row.week);
            return row;
        });
}

Result<QList<ProbeDay>> ProbeQueries::days(qint64 siteId, const QDate& from, const QDate& to)
{
    QHash<QDate, ProbeDay> byDay;
    const Status s = db::Query(m_db,
        QStringLiteral(
            "SELECT day, probes, failures, blips FROM probe_daily WHERE site_id = ? AND day >= ? AND day <= ? "
            "ORDER BY day"))
                         .bind(siteId, from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                         .forEach(tr("The site's probes could not be read."), [&byDay](const QSqlQuery& r) {
                             ProbeDay d;
                             db::RowReader in(r);
                             d.day = QDate::fromString(in.next().toString(), Qt::ISODate);
                             in.into(d.probes, d.failures, d.blips);
                             byDay.insert(d.day, d);
                             return true;
                         });
    if (!s)
        return s.error();
    QList<ProbeDay> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        ProbeDay day = byDay.value(d);
        day.day = d;
        out.append(day);
    }
    return out;
}

Result<WeekAvailability> ProbeQueries::availability(qint64 siteId, const QDate& from, const QDate& to)
{
    const auto list = days(siteId, from, to);
    if (!list)
        return list.error();
    WeekAvailability w;
    for (const ProbeDay& d : *list) {
        w.probes += d.probes;
        w.failures += d.failures;
        w.blips += d.blips;
        if (d.probes < ProbeRules::thresholds().minProbesPerDay)
            ++w.daysUnderMinimum;
    }
    return w;
}

Result<QList<ProbeColumn>> ProbeQueries::columns(qint64 siteId, bool activeOnly)
{
    return db::Query(m_db,
        QStringLiteral("SELECT id, site_id, name, url, kind, selector, active, state, checked_at, newest_on, items, "
                       "fetch_id FROM probe_columns WHERE site_id = ?")
            + (activeOnly ? QStringLiteral(" AND active = 1") : QString()) + QStringLiteral(" ORDER BY id"))
        .bind(siteId)
        .rows(tr("The site's columns could not be read."), [](const QSqlQuery& r) {
            ProbeColumn c;
            c.id = r.value(0).toLongLong();
            c.siteId = r.value(1).toLongLong();
            c.name = r.value(2).toString();
            c.url = r.value(3).toString();
            c.kind = ProbeVocabulary::columnKind(r.value(4).toString()).value_or(ColumnKind::Other);
            c.selector = r.value(5).toString();
            c.active = r.value(6).toInt() != 0;
            c.state = ProbeVocabulary::columnState(r.value(7).toString()).value_or(ColumnState::Unchecked);
            c.checkedAt = toMoment(r.value(8));
            c.newestOn = Sql::toDate(r.value(9));
            c.items = r.value(10).isNull() ? -1 : r.value(10).toInt();
            c.fetchId = r.value(11).toLongLong();
            return c;
        });
}

Result<QList<FindingView>> ProbeQueries::findings(
    qint64 siteId, bool openOnly, const QDateTime& from, const QDateTime& to)
{
    QString sql
        = QStringLiteral(
              "SELECT p.id, p.site_id, p.kind, p.severity, p.subject, p.found, p.expected, p.first_at, p.last_at, "
              "p.resolved_at, p.times_seen, c.name, ")
        + kFetchColumns
        + QStringLiteral(
            " FROM probe_findings p LEFT JOIN probe_fetches f ON f.id = p.last_fetch_id "
            "LEFT JOIN probe_columns c ON p.kind IN ('column_stale', 'column_blank', 'column_unreachable') "
            "AND CAST(c.id AS TEXT) = p.subject WHERE p.site_id = ?");
    QVariantList values{siteId};
    if (openOnly)
        sql += QStringLiteral(" AND p.resolved_at IS NULL");
    if (from.isValid()) {
        sql += QStringLiteral(" AND (p.resolved_at IS NULL OR p.resolved_at >= ?)");
        values << moment(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND p.first_at < ?");
        values << moment(to);
    }
    sql += QStringLiteral(" ORDER BY CASE p.severity WHEN 'veto' THEN 0 WHEN 'warning' THEN 1 WHEN 'deduction' THEN 2 "
                          "ELSE 3 END, p.kind, p.subject");
    QList<FindingView> out;
    const Status s = db::Query(m_db, sql).bindAll(values).forEach(
        tr("The site's findings could not be read."), [&out](const QSqlQuery& r) {
            FindingView v;
            db::RowReader in(r);
            in.into(v.id, v.siteId);
            const auto kind = ProbeVocabulary::findingKind(in.next().toString());
            if (!kind)
                return true; // a kind of a later version
            v.kind = *kind;
            v.severity = ProbeVocabulary::severity(in.next().toString()).value_or(Severity::Notice);
            in.into(v.subject, v.found, v.expected);
            v.firstAt = toMoment(in.next());
            v.lastAt = toMoment(in.next());
            v.resolvedAt = toMoment(in.next());
            in.into(v.timesSeen, v.subjectName);
            if (!in.next().isNull())
                v.evidence = fetchFrom(r, 12);
            out.append(v);
            return true;
        });
    if (!s)
        return s.error();
    return out;
}

Result<std::optional<ProbeSiteState>> ProbeQueries::siteState(qint64 siteId)
{
    return db::Query(m_db,
        QStringLiteral("SELECT s.checked_at, s.homepage_newest_on, s.tls_expires_at, s.links_checked, s.links_failed, ")
            + kFetchColumns
            + QStringLiteral(" FROM probe_site_state s LEFT JOIN probe_fetches f ON f.id = s.homepage_fetch_id "
                             "WHERE s.site_id = ?"))
        .bind(siteId)
        .first(tr("The site's last check could not be read."), [](const QSqlQuery& r) {
            ProbeSiteState s;
            db::RowReader in(r);
            s.checkedAt = toMoment(in.next());
            in.into(s.homepageNewest);
            s.tlsExpires = toMoment(in.next());
            in.into(s.linksChecked, s.linksFailed);
            if (!in.next().isNull())
                s.homepage = fetchFrom(r, 5);
            return s;
        });
}

Result<std::optional<ProbeSiteSettings>> ProbeQueries::settings(qint64 siteId)
{
    return db::Query(m_db,
        QStringLiteral("SELECT interval_minutes, ignore_robots, maintenance_until, link_exceptions FROM probe_sites "
                       "WHERE site_id = ?"))
        .bind(siteId)
        .first(tr("The site's probe settings could not be read."), [siteId](const QSqlQuery& r) {
            ProbeSiteSettings s;
            s.siteId = siteId;
            db::RowReader in(r);
            in.into(s.intervalMinutes);
            s.ignoreRobots = in.next().toInt() != 0;
            s.maintenanceUntil = toMoment(in.next());
            for (const QString& line : in.next().toString().split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    s.linkExceptions << line.trimmed();
            }
            return s;
        });
}

Result<std::optional<FetchRecord>> ProbeQueries::fetch(qint64 fetchId)
{
    return db::Query(
        m_db, QStringLiteral("SELECT ") + kFetchColumns + QStringLiteral(" FROM probe_fetches f WHERE f.id = ?"))
        .bind(fetchId)
        .first(tr("The evidence could not be read."), [](const QSqlQuery& r) { return fetchFrom(r, 0); });
}

Result<QList<AvailabilityRecord>> ProbeQueries::probes(
    qint64 siteId, const QDateTime& from, const QDateTime& to, bool failedOrBlipsOnly)
{
    QString sql = QStringLiteral(
        "SELECT site_id, at, url, outcome, http_status, latency_ms, bytes, sha256, first_outcome, first_status, "
        "first_latency_ms, detail FROM probe_availability WHERE site_id = ? AND at >= ? AND at < ?");
    if (failedOrBlipsOnly)
        sql += QStringLiteral(" AND (outcome <> 'ok' OR first_outcome IS NOT NULL)");
    sql += QStringLiteral(" ORDER BY at");
    return db::Query(m_db, sql)
        .bind(siteId, moment(from), moment(to))
        .rows(tr("The site's probes could not be read."), [](const QSqlQuery& r) {
            AvailabilityRecord a;
            a.siteId = r.value(0).toLongLong();
            a.at = toMoment(r.value(1));
            a.url = r.value(2).toString();
            a.outcome = ProbeVocabulary::probeOutcome(r.value(3).toString()).value_or(ProbeOutcome::Ok);
            a.httpStatus = r.value(4).toInt();
            a.latencyMs = r.value(5).toInt();
            a.bytes = r.value(6).toLongLong();
            a.sha256 = r.value(7).toString();
            if (!r.value(8).isNull())
                a.firstOutcome = ProbeVocabulary::probeOutcome(r.value(8).toString());
            a.firstStatus = r.value(9).toInt();
            a.firstLatencyMs = r.value(10).toInt();
            a.detail = r.value(11).toString();
            return a;
        });
}

qint64 ProbeQueries::jurisdictionOf(const Session& session)
{
    return session.isSystem() ? 0 : session.orgId;
}

Result<QList<VetoRiskRow>> ProbeQueries::vetoRisk(const Session& session, const QDate& today)
{
    const ProbeThresholds& t = ProbeRules::thresholds();
    const qint64 scope = jurisdictionOf(session);
    const QString within = scope != 0
        ? QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)")
        : QString();
    const auto scoped = [scope](QVariantList values) {
        if (scope != 0)
            values << scope;
        return values;
    };
    QHash<qint64, VetoRiskRow> rows;
    auto rowOf = [&rows](const QSqlQuery& r) -> VetoRiskRow& {
        const qint64 id = r.value(0).toLongLong();
        VetoRiskRow& row = rows[id];
        row.siteId = id;
        row.code = r.value(1).toString();
        row.name = r.value(2).toString();
        row.unitName = r.value(3).toString();
        return row;
    };
    const QString site = QStringLiteral("s.id, s.code, s.name, o.name");
    const QString from = QStringLiteral(" FROM sites s JOIN organisations o ON o.id = s.host_org_id ");
    const QString running = QStringLiteral(" s.status IN ('operating', 'migrating')");
    const QString what = tr("The sites at risk of a veto could not be read.");

    // The week so far: one day's worth of probes at least, so that one failed probe is not 100%.
    const IsoWeek week = IsoWeek::of(today);
    const Status a
        = db::Query(m_db,
            QStringLiteral("SELECT ") + site + QStringLiteral(", sum(d.probes), sum(d.failures), sum(d.blips)") + from
                + QStringLiteral("JOIN probe_daily d ON d.site_id = s.id WHERE d.day >= ? AND d.day <= ? AND") + running
                + within + QStringLiteral(" GROUP BY s.id, s.code, s.name, o.name HAVING sum(d.probes) >= ?"))
              .bindAll(scoped({week.monday().toString(Qt::ISODate), today.toString(Qt::ISODate)}) << t.minProbesPerDay)
              .forEach(what, [&](const QSqlQuery& r) {
                  WeekAvailability w;
                  w.probes = r.value(4).toInt();
                  w.failures = r.value(5).toInt();
                  w.blips = r.value(6).toInt();
                  const Verdict v = ProbeRules::availability(w);
                  if (v == Verdict::Pass)
                      return true;
                  VetoRiskRow& row = rowOf(r);
                  row.week = w;
                  row.availability = v;
                  return true;
              });
    if (!a)
        return a.error();
    const Status h = db::Query(m_db,
        QStringLiteral("SELECT ") + site + QStringLiteral(", p.kind") + from
            + QStringLiteral("JOIN probe_findings p ON p.site_id = s.id WHERE p.resolved_at IS NULL AND p.kind IN "
                             "('homepage_stale', 'homepage_aging', 'homepage_undated') AND")
            + running + within)
                         .bindAll(scoped({}))
                         .forEach(what, [&](const QSqlQuery& r) {
                             rowOf(r).homepage = ProbeVocabulary::findingKind(r.value(4).toString());
                             return true;
                         });
    if (!h)
        return h.error();
    const Status c = db::Query(m_db,
        QStringLiteral("SELECT ") + site
            + QStringLiteral(", sum(CASE WHEN c.state = 'stale' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN c.state = 'blank' THEN 1 ELSE 0 END)")
            + from + QStringLiteral("JOIN probe_columns c ON c.site_id = s.id WHERE c.active = 1 AND") + running
            + within + QStringLiteral(" GROUP BY s.id, s.code, s.name, o.name"))
                         .bindAll(scoped({}))
                         .forEach(what, [&](const QSqlQuery& r) {
                             const int stale = r.value(4).toInt();
                             const int blank = r.value(5).toInt();
                             const Verdict v = ProbeRules::columns(stale, blank);
                             if (v == Verdict::Pass)
                                 return true;
                             VetoRiskRow& row = rowOf(r);
                             row.staleColumns = stale;
                             row.blankColumns = blank;
                             row.columns = v;
                             return true;
                         });
    if (!c)
        return c.error();
    QList<VetoRiskRow> out = rows.values();
    std::sort(out.begin(), out.end(), [](const VetoRiskRow& x, const VetoRiskRow& y) {
        const int wx = worse(x.worst());
        const int wy = worse(y.worst());
        return wx != wy ? wx > wy : x.code < y.code;
    });
    return out;
}

Result<ProbeEvidence> ProbeQueries::evidence(qint64 siteId, const QDate& from, const QDate& to)
{
    ProbeEvidence e;
    e.siteId = siteId;
    e.from = from;
    e.to = to;
    const auto d = days(siteId, from, to);
    if (!d)
        return d.error();
    e.days = *d;
    for (const ProbeDay& day : e.days) {
        e.availability.probes += day.probes;
        e.availability.failures += day.failures;
        e.availability.blips += day.blips;
        if (day.probes < ProbeRules::thresholds().minProbesPerDay)
            ++e.availability.daysUnderMinimum;
    }
    e.availabilityVerdict = ProbeRules::availability(e.availability);
    const QDateTime start = OfficeClock::startOfDay(from);
    const QDateTime end = OfficeClock::startOfDay(to.addDays(1));
    const auto p = probes(siteId, start, end, true);
    if (!p)
        return p.error();
    e.failedProbes = *p;
    const auto f = findings(siteId, false, start, end);
    if (!f)
        return f.error();
    e.findings = *f;
    const auto c = columns(siteId);
    if (!c)
        return c.error();
    e.columns = *c;
    const auto s = siteState(siteId);
    if (!s)
        return s.error();
    e.state = *s;
    return e;
}

Result<QList<MeasuredItem>> ProbeQueries::measured(qint64 siteId, const QDate& day)
{
    QList<MeasuredItem> out;
    const QString what = tr("What the probe measured could not be read.");
    // Availability: the day's probes; the item takes the last one's outcome.
    const QString d = day.toString(Qt::ISODate);
    const Status a
        = db::Query(m_db,
            QStringLiteral(
                "SELECT at, outcome, http_status, (SELECT count(*) FROM probe_availability x WHERE x.site_id = ? "
                "AND x.day = ?), (SELECT count(*) FROM probe_availability x WHERE x.site_id = ? AND x.day = ? AND "
                "x.outcome <> 'ok') FROM probe_availability WHERE site_id = ? AND day = ? ORDER BY at DESC LIMIT 1"))
              .bind(siteId, d, siteId, d, siteId, d)
              .forEach(what, [&out](const QSqlQuery& r) {
                  MeasuredItem item;
                  item.key = QStringLiteral("homepage_reachable");
                  item.measuredAt = toMoment(r.value(0));
                  const auto outcome = ProbeVocabulary::probeOutcome(r.value(1).toString()).value_or(ProbeOutcome::Ok);
                  item.result = outcome == ProbeOutcome::Ok ? ItemResult::Pass : ItemResult::Fail;
                  QString last = ProbeVocabulary::displayName(outcome);
                  if (outcome == ProbeOutcome::HttpStatus)
                      last += QStringLiteral(" %1").arg(r.value(2).toInt());
                  item.evidence = tr("Probed %1 times today, %2 failed; the last probe at %3: %4.")
                                      .arg(r.value(3).toInt())
                                      .arg(r.value(4).toInt())
                                      .arg(OfficeClock::format(item.measuredAt, QStringLiteral("HH:mm")), last);
                  out.append(item);
                  return false;
              });
    if (!a)
        return a.error();
    const auto state = siteState(siteId);
    if (!state)
        return state.error();
    if (!*state)
        return out;
    const QDate checked = OfficeClock::toOffice((*state)->checkedAt).date();
    if (checked < day.addDays(-1) || checked > day)
        return out;
    const auto open = findings(siteId, true);
    if (!open)
        return open.error();
    for (const QString& key : ProbeRules::measuredItems()) {
        if (key == u"homepage_reachable")
            continue;
        MeasuredItem item;
        item.key = key;
        item.measuredAt = (*state)->checkedAt;
        QStringList failing;
        const QList<FindingKind> kinds = ProbeRules::findingsOf(key);
        for (const FindingView& f : *open) {
            if (!kinds.contains(f.kind))
                continue;
            QString text = ProbeVocabulary::displayName(f.kind);
            const QString subject = f.subjectName.isEmpty() ? f.subject : f.subjectName;
            if (!subject.isEmpty())
                text += QStringLiteral("（%1）").arg(subject);
            failing << text;
        }
        const QString when = OfficeClock::format(item.measuredAt, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (failing.isEmpty()) {
            item.result = ItemResult::Pass;
            item.evidence = tr("Checked by the probe at %1: nothing found.").arg(when);
        } else {
            item.result = ItemResult::Fail;
            item.evidence = tr("Checked by the probe at %1: %2.").arg(when, failing.join(QStringLiteral("; ")));
        }
        out.append(item);
    }
    return out;
}

} // namespace sitegov
