#include "storage/ProbeStore.h"

#include "core/KeyTable.h"
#include "core/OfficeClock.h"
#include "core/RepostRules.h"
#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/ProbeSql.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace sitegov {

using probesql::moment;
using probesql::toMoment;

namespace {

constexpr KeyTable<FetchRecord::Purpose, 5> kPurposes{{
    {FetchRecord::Purpose::Home, "home"},
    {FetchRecord::Purpose::Column, "column"},
    {FetchRecord::Purpose::Link, "link"},
    {FetchRecord::Purpose::Tls, "tls"},
    {FetchRecord::Purpose::Robots, "robots"},
}};

// A moment per site, from a statement that selects (site_id, moment).
Result<QHash<qint64, QDateTime>> momentsBySite(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QHash<qint64, QDateTime> out;
    const Status s = db::Query(db, sql).forEach(what, [&out](const QSqlQuery& r) {
        out.insert(r.value(0).toLongLong(), toMoment(r.value(1)));
        return true;
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace

QString FetchRecord::key(Purpose p)
{
    return keyOf(kPurposes, p);
}

std::optional<FetchRecord::Purpose> FetchRecord::purposeOf(QStringView key)
{
    return fromExactKey(kPurposes, key);
}

ProbeStore::ProbeStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<ProbeTarget>> ProbeStore::targets(const Filter& filter, const QDateTime& now)
{
    QString sql = QStringLiteral(
        "SELECT s.id, s.code, s.name, s.url, s.domain, s.kind, o.level, o.kind, s.icp_filing, s.psb_filing, "
        "p.interval_minutes, p.ignore_robots, p.maintenance_until, p.link_exceptions "
        "FROM sites s JOIN organisations o ON o.id = s.host_org_id LEFT JOIN probe_sites p ON p.site_id = s.id "
        "WHERE s.status IN ('operating', 'migrating')");
    QVariantList values;
    if (filter.orgId != 0) {
        sql += QStringLiteral(" AND s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)");
        values << filter.orgId;
    }
    if (!filter.siteCode.isEmpty()) {
        sql += QStringLiteral(" AND s.code = ?");
        values << filter.siteCode;
    }
    sql += QStringLiteral(" ORDER BY s.id");
    QList<ProbeTarget> out;
    QHash<qint64, int> index;
    QSet<qint64> obliged;
    const Status read = db::Query(m_db, sql).bindAll(values).forEach(
        tr("The sites to probe could not be read."), [&](const QSqlQuery& r) {
            ProbeTarget t;
            db::RowReader in(r);
            in.into(t.siteId, t.code, t.name, t.url, t.domain);
            t.kind = Vocabulary::siteKind(in.next().toString()).value_or(SiteKind::Department);
            const QString level = in.next().toString();
            const QString unitKind = in.next().toString();
            t.keyPortal
                = t.kind == SiteKind::Portal && unitKind == u"government" && (level == u"province" || level == u"city");
            // PolicyService::obligedCondition: the portals that repost key policies.
            if (t.kind == SiteKind::Portal && unitKind == u"government"
                && (level == u"province" || level == u"city" || level == u"county"))
                obliged.insert(t.siteId);
            in.into(t.icpFiling, t.psbFiling);
            t.settings.siteId = t.siteId;
            in.into(t.settings.intervalMinutes);
            t.settings.ignoreRobots = in.next().toInt() != 0;
            t.settings.maintenanceUntil = toMoment(in.next());
            for (const QString& line : in.next().toString().split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    t.settings.linkExceptions << line.trimmed();
            }
            if (t.settings.maintenanceUntil.isValid() && now.isValid() && t.settings.maintenanceUntil > now)
                return true; // under announced maintenance: not probed
            index.insert(t.siteId, int(out.size()));
            out.append(t);
            return true;
        });
    if (!read)
        return read.error();
    QString columns
        = QStringLiteral("SELECT c.id, c.site_id, c.name, c.url, c.kind, c.selector, c.repost FROM probe_columns c "
                         "JOIN sites s ON s.id = c.site_id "
                         "WHERE c.active = 1 AND s.status IN ('operating', 'migrating')");
    QVariantList cv;
    if (!filter.siteCode.isEmpty()) {
        columns += QStringLiteral(" AND s.code = ?");
        cv << filter.siteCode;
    }
    columns += QStringLiteral(" ORDER BY c.site_id, c.id");
    const Status cols = db::Query(m_db, columns)
                            .bindAll(cv)
                            .forEach(tr("The registered columns could not be read."), [&](const QSqlQuery& r) {
                                const auto it = index.constFind(r.value(1).toLongLong());
                                if (it == index.constEnd())
                                    return true;
                                ProbeColumn col;
                                db::RowReader in(r);
                                in.into(col.id, col.siteId, col.name, col.url);
                                col.kind
                                    = ProbeVocabulary::columnKind(in.next().toString()).value_or(ColumnKind::Other);
                                in.into(col.selector);
                                col.repost = in.next().toInt() == 1;
                                out[*it].columns.append(col);
                                return true;
                            });
    if (!cols)
        return cols.error();
    if (const Status s = addPolicies(out, obliged, now); !s)
        return s.error();
    return out;
}

Status ProbeStore::addPolicies(QList<ProbeTarget>& targets, const QSet<qint64>& obliged, const QDateTime& now)
{
    const QDate since
        = OfficeClock::toOffice(now.isValid() ? now : OfficeClock::nowUtc()).date().addDays(-RepostRules::kWatchDays);
    QList<PolicyWatch> items;
    const Status read = db::Query(m_db,
        QStringLiteral("SELECT id, title, title_key, published_at FROM policy_items WHERE state = 'open' AND "
                       "published_on >= ? ORDER BY id"))
                            .bind(Sql::date(since))
                            .forEach(tr("The key policy items could not be read."), [&items](const QSqlQuery& r) {
                                PolicyWatch w;
                                w.itemId = r.value(0).toLongLong();
                                w.title = r.value(1).toString();
                                w.titleKey = r.value(2).toString();
                                w.publishedAt = QDateTime::fromString(r.value(3).toString(), Qt::ISODate);
                                items.append(w);
                                return true;
                            });
    if (!read)
        return read;
    if (items.isEmpty())
        return {};
    QSet<std::pair<qint64, qint64>> reposted; // (item, site)
    const Status done = db::Query(m_db,
        QStringLiteral(
            "SELECT r.item_id, r.site_id FROM policy_reposts r JOIN policy_items i ON i.id = r.item_id WHERE "
            "i.state = 'open' AND i.published_on >= ?"))
                            .bind(Sql::date(since))
                            .forEach(tr("The key policy items could not be read."), [&reposted](const QSqlQuery& r) {
                                reposted.insert({r.value(0).toLongLong(), r.value(1).toLongLong()});
                                return true;
                            });
    if (!done)
        return done;
    for (ProbeTarget& t : targets) {
        if (!obliged.contains(t.siteId)
            || std::none_of(t.columns.cbegin(), t.columns.cend(), [](const ProbeColumn& c) { return c.repost; }))
            continue;
        for (const PolicyWatch& w : items) {
            if (!reposted.contains({w.itemId, t.siteId}))
                t.policies.append(w);
        }
    }
    return {};
}

Status ProbeStore::recordAvailability(const QList<AvailabilityRecord>& probes)
{
    if (probes.isEmpty())
        return {};
    return db::inTransaction(m_db, [&]() -> Status {
        const QString what = tr("The probes could not be saved.");
        // The rows go in several to a statement, and each site's day is counted once with the sums of its
        // probes: a round of probes (the demo's week: tens of thousands) is hundreds of statements rather
        // than two per probe, each a round trip to the server on PostgreSQL. 13 values a row, 50 rows:
        // within SQLite's oldest limit of 999 parameters.
        constexpr int kRowsPerStatement = 50;
        struct DayCounts
        {
            int probes = 0, failures = 0, blips = 0, dns = 0, connect = 0, tls = 0, timeout = 0, http = 0;
            qint64 latencyMs = 0;
        };
        QMap<std::pair<qint64, QString>, DayCounts> days;
        for (qsizetype first = 0; first < probes.size(); first += kRowsPerStatement) {
            const qsizetype rows = std::min<qsizetype>(kRowsPerStatement, probes.size() - first);
            QString sql = QStringLiteral(
                "INSERT INTO probe_availability (site_id, at, day, url, outcome, http_status, latency_ms, bytes, "
                "sha256, first_outcome, first_status, first_latency_ms, detail) VALUES ");
            QVariantList values;
            values.reserve(rows * 13);
            for (qsizetype i = first; i < first + rows; ++i) {
                const AvailabilityRecord& p = probes.at(i);
                const QString day = OfficeClock::toOffice(p.at).date().toString(Qt::ISODate);
                sql += i == first ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                values << p.siteId << moment(p.at) << day << p.url << ProbeVocabulary::key(p.outcome)
                       << probesql::nullIfZero(p.httpStatus) << p.latencyMs << p.bytes << Sql::nullIfEmpty(p.sha256)
                       << (p.firstOutcome ? QVariant(ProbeVocabulary::key(*p.firstOutcome))
                                          : QVariant(QMetaType::fromType<QString>()))
                       << probesql::nullIfZero(p.firstStatus)
                       << (p.firstOutcome ? QVariant(p.firstLatencyMs) : QVariant(QMetaType::fromType<int>()))
                       << Sql::text(p.detail);
                DayCounts& c = days[{p.siteId, day}];
                ++c.probes;
                c.failures += p.failed() ? 1 : 0;
                c.blips += p.blip() ? 1 : 0;
                c.dns += p.outcome == ProbeOutcome::Dns ? 1 : 0;
                c.connect += p.outcome == ProbeOutcome::Connect ? 1 : 0;
                c.tls += p.outcome == ProbeOutcome::Tls ? 1 : 0;
                c.timeout += p.outcome == ProbeOutcome::Timeout ? 1 : 0;
                c.http += p.outcome == ProbeOutcome::HttpStatus ? 1 : 0;
                c.latencyMs += p.failed() ? 0 : p.latencyMs;
            }
            if (const Status q = db::Query::cached(m_db, sql).bindAll(values).exec(what); !q)
                return q;
        }
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            const DayCounts& c = it.value();
            const Status d = db::Query::cached(m_db,
                QStringLiteral(
                    "INSERT INTO probe_daily (site_id, day, probes, failures, blips, dns, connect, tls, timeout, http, "
                    "latency_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (site_id, day) DO UPDATE SET probes = probe_daily.probes + excluded.probes, "
                    "failures = probe_daily.failures + excluded.failures, blips = probe_daily.blips + excluded.blips, "
                    "dns = probe_daily.dns + excluded.dns, connect = probe_daily.connect + excluded.connect, "
                    "tls = probe_daily.tls + excluded.tls, timeout = probe_daily.timeout + excluded.timeout, "
                    "http = probe_daily.http + excluded.http, "
                    "latency_ms = probe_daily.latency_ms + excluded.latency_ms"))
                                 .bindAll({it.key().first, it.key().second, c.probes, c.failures, c.blips, c.dns,
                                     c.connect, c.tls, c.timeout, c.http, c.latencyMs})
                                 .exec(what);
            if (!d)
                return d;
        }
        return {};
    });
}

Status ProbeStore::recordSiteCheck(SiteCheckRecord check)
{
    return db::inTransaction(m_db, [&]() -> Status {
        const QString what = tr("The results of the site's check could not be saved.");
        const QVariant at = moment(check.at);
        for (FetchRecord& f : check.fetches) {
            const auto q = db::Query(m_db,
                QStringLiteral(
                    "INSERT INTO probe_fetches (site_id, at, purpose, url, outcome, http_status, latency_ms, "
                    "bytes, sha256, matched, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                               .bindAll({check.siteId, moment(f.at.isValid() ? f.at : check.at),
                                   FetchRecord::key(f.purpose), f.url, ProbeVocabulary::key(f.outcome),
                                   probesql::nullIfZero(f.httpStatus), f.latencyMs, f.bytes, Sql::nullIfEmpty(f.sha256),
                                   Sql::text(f.matched.left(4000)), Sql::text(f.detail.left(4000))})
                               .insert(what);
            if (!q)
                return q.error();
            f.id = *q;
        }
        const auto fetchId = [&check](int index) {
            return index >= 0 && index < check.fetches.size() ? QVariant(check.fetches.at(index).id)
                                                              : QVariant(QMetaType::fromType<qlonglong>());
        };
        if (check.repostsOnly)
            return recordReposts(check, fetchId);

        // Findings: seen again, or new.
        QSet<QString> observed;
        for (const FindingObservation& o : check.findings) {
            const QString kind = ProbeVocabulary::key(o.kind);
            observed.insert(kind + u'\x1f' + o.subject);
            const auto existing = db::Query(m_db,
                QStringLiteral(
                    "SELECT id FROM probe_findings WHERE site_id = ? AND kind = ? AND subject = ? AND resolved_at "
                    "IS NULL"))
                                      .bind(check.siteId, kind, Sql::text(o.subject))
                                      .first(what, [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
            if (!existing)
                return existing.error();
            if (*existing) {
                const Status u
                    = db::Query(m_db,
                        QStringLiteral("UPDATE probe_findings SET last_at = ?, times_seen = times_seen + 1, found = ?, "
                                       "expected = ?, last_fetch_id = coalesce(?, last_fetch_id) WHERE id = ?"))
                          .bind(at, Sql::text(o.found.left(2000)), Sql::text(o.expected), fetchId(o.fetch), **existing)
                          .exec(what);
                if (!u)
                    return u;
            } else {
                const Status i = db::Query(m_db,
                    QStringLiteral(
                        "INSERT INTO probe_findings (site_id, kind, subject, severity, found, expected, first_at, "
                        "last_at, times_seen, first_fetch_id, last_fetch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"))
                                     .bind(check.siteId, kind, Sql::text(o.subject),
                                         ProbeVocabulary::key(ProbeRules::severity(o.kind)),
                                         Sql::text(o.found.left(2000)), Sql::text(o.expected), at, at, fetchId(o.fetch),
                                         fetchId(o.fetch))
                                     .exec(what);
                if (!i)
                    return i;
            }
        }
        // Findings of the kinds this check covered that it did not see again are resolved.
        for (FindingKind k : check.covered) {
            const QString kind = ProbeVocabulary::key(k);
            QList<qint64> resolved;
            const Status open = db::Query(m_db,
                QStringLiteral(
                    "SELECT id, subject FROM probe_findings WHERE site_id = ? AND kind = ? AND resolved_at IS NULL"))
                                    .bind(check.siteId, kind)
                                    .forEach(what, [&](const QSqlQuery& r) {
                                        if (!observed.contains(kind + u'\x1f' + r.value(1).toString()))
                                            resolved << r.value(0).toLongLong();
                                        return true;
                                    });
            if (!open)
                return open;
            for (qint64 id : resolved) {
                const Status r
                    = db::Query(m_db, QStringLiteral("UPDATE probe_findings SET resolved_at = ? WHERE id = ?"))
                          .bind(at, id)
                          .exec(what);
                if (!r)
                    return r;
            }
        }
        if (const Status r = recordReposts(check, fetchId); !r)
            return r;
        for (const ColumnObservation& c : check.columns) {
            const Status u = db::Query(m_db,
                QStringLiteral(
                    "UPDATE probe_columns SET state = ?, checked_at = ?, newest_on = ?, items = ?, fetch_id = ? "
                    "WHERE id = ? AND site_id = ?"))
                                 .bind(ProbeVocabulary::key(c.state), at, Sql::date(c.newest), c.items,
                                     fetchId(c.fetch), c.columnId, check.siteId)
                                 .exec(what);
            if (!u)
                return u;
        }
        return db::Query(m_db,
            QStringLiteral(
                "INSERT INTO probe_site_state (site_id, checked_at, homepage_newest_on, homepage_fetch_id, "
                "tls_expires_at, links_checked, links_failed) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (site_id) DO UPDATE SET checked_at = excluded.checked_at, "
                "homepage_newest_on = excluded.homepage_newest_on, homepage_fetch_id = excluded.homepage_fetch_id, "
                "tls_expires_at = excluded.tls_expires_at, links_checked = excluded.links_checked, "
                "links_failed = excluded.links_failed"))
            .bind(check.siteId, at, Sql::date(check.homepageNewest), fetchId(check.homepageFetch),
                moment(check.tlsExpires), check.linksChecked, check.linksFailed)
            .exec(what);
    });
}

Status ProbeStore::recordReposts(const SiteCheckRecord& check, const std::function<QVariant(int)>& fetchId)
{
    const QString what = tr("The results of the site's check could not be saved.");
    const QVariant at = moment(check.at);
    // Reposts of key policies: the first time found counts (a repost already recorded stays).
    const QDateTime found = OfficeClock::toOffice(check.at);
    const QDateTime foundLocal(found.date(), QTime(found.time().hour(), found.time().minute(), found.time().second()));
    for (const RepostObservation& r : check.reposts) {
        const Status i = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO policy_reposts (item_id, site_id, found_at, delay_minutes, url, how, column_id, "
                "fetch_id, matched, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, 'probe', ?, ?, ?, "
                "'sitegov-probe', ?) ON CONFLICT (item_id, site_id) DO NOTHING"))
                             .bind(r.itemId, check.siteId, foundLocal.toString(Qt::ISODate),
                                 RepostRules::delayMinutes(r.publishedAt, foundLocal), Sql::text(r.url.left(2000)),
                                 r.columnId, fetchId(r.fetch), Sql::text(r.matched.left(2000)), at)
                             .exec(what);
        if (!i)
            return i;
    }
    return {};
}

Status ProbeStore::recordInspectionItems(
    qint64 inspectionId, const QList<MeasuredItem>& measured, const Outcomes& outcomes)
{
    return db::inTransaction(m_db, [&]() -> Status {
        const QString what = tr("What the probe had measured could not be recorded with the inspection.");
        for (const MeasuredItem& m : measured) {
            const auto it = outcomes.constFind(m.key);
            if (it == outcomes.constEnd())
                continue;
            const bool confirmed = it->result == m.result;
            const Status s = db::Query(m_db,
                QStringLiteral(
                    "INSERT INTO inspection_probe_items (inspection_id, item_key, probe_result, decision, evidence, "
                    "measured_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (inspection_id, item_key) DO UPDATE SET "
                    "probe_result = excluded.probe_result, decision = excluded.decision, "
                    "evidence = excluded.evidence, measured_at = excluded.measured_at"))
                                 .bind(inspectionId, m.key,
                                     m.result == ItemResult::Fail ? QStringLiteral("fail") : QStringLiteral("pass"),
                                     confirmed ? QStringLiteral("confirmed") : QStringLiteral("overridden"),
                                     Sql::text(m.evidence), moment(m.measuredAt))
                                 .exec(what);
            if (!s)
                return s;
        }
        return {};
    });
}

Result<QHash<qint64, QDateTime>> ProbeStore::lastProbes()
{
    return momentsBySite(m_db, QStringLiteral("SELECT site_id, max(at) FROM probe_availability GROUP BY site_id"),
        tr("The last probes could not be read."));
}

Result<QHash<qint64, QDateTime>> ProbeStore::lastChecks()
{
    return momentsBySite(m_db, QStringLiteral("SELECT site_id, checked_at FROM probe_site_state"),
        tr("The last checks could not be read."));
}

Result<QStringList> ProbeStore::openSubjects(qint64 siteId, FindingKind kind)
{
    const auto subjects = db::Query(m_db,
        QStringLiteral("SELECT subject FROM probe_findings WHERE site_id = ? AND kind = ? AND resolved_at IS NULL"))
                              .bind(siteId, ProbeVocabulary::key(kind))
                              .column<QString>(tr("The site's findings could not be read."));
    if (!subjects)
        return subjects.error();
    return QStringList(*subjects);
}

Result<qint64> ProbeStore::purge(const QDateTime& before)
{
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const QString what = tr("Old probe rows could not be deleted.");
        const QVariant cutoff = moment(before);
        const auto probes
            = db::Query(m_db, QStringLiteral("DELETE FROM probe_availability WHERE at < ?")).bind(cutoff).changed(what);
        if (!probes)
            return probes.error();
        const auto fetches = db::Query(m_db,
            QStringLiteral(
                "DELETE FROM probe_fetches WHERE at < ? "
                "AND id NOT IN (SELECT last_fetch_id FROM probe_findings WHERE resolved_at IS NULL AND last_fetch_id "
                "IS "
                "NOT NULL) "
                "AND id NOT IN (SELECT first_fetch_id FROM probe_findings WHERE resolved_at IS NULL AND first_fetch_id "
                "IS "
                "NOT NULL) "
                "AND id NOT IN (SELECT fetch_id FROM probe_columns WHERE fetch_id IS NOT NULL) "
                "AND id NOT IN (SELECT homepage_fetch_id FROM probe_site_state WHERE homepage_fetch_id IS NOT NULL)"))
                                 .bind(cutoff)
                                 .changed(what);
        if (!fetches)
            return fetches.error();
        return qint64(*probes) + qint64(*fetches);
    });
}

} // namespace sitegov
