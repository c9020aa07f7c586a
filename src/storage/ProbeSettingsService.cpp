#include "storage/ProbeSettingsService.h"

#include "core/ColumnSelector.h"
#include "core/OfficeClock.h"
#include "db/Query.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/AuditLog.h"
#include "storage/ProbeQueries.h"
#include "storage/ProbeSql.h"

#include <QHash>
#include <QUrl>

namespace sitegov {

using probesql::moment;

ProbeSettingsService::ProbeSettingsService(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Status ProbeSettingsService::validate(const ProbeColumn& c)
{
    if (c.name.trimmed().isEmpty())
        return Error{tr("Give the column's name."), {}};
    if (c.name.trimmed().size() > 100)
        return Error{tr("The column's name is longer than 100 characters."), {}};
    const QUrl url(c.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return Error{tr("\"%1\" is not the address of a page: it must start with http:// or https://.").arg(c.url), {}};
    if (const auto s = ColumnSelector::parse(c.selector); !s)
        return s.error();
    return {};
}

QJsonObject ProbeSettingsService::snapshot(const ProbeColumn& c)
{
    return QJsonObject{{QStringLiteral("site_id"), c.siteId}, {QStringLiteral("name"), c.name},
        {QStringLiteral("url"), c.url}, {QStringLiteral("kind"), ProbeVocabulary::key(c.kind)},
        {QStringLiteral("selector"), c.selector}, {QStringLiteral("active"), c.active}};
}

QJsonObject ProbeSettingsService::snapshot(const ProbeSiteSettings& s)
{
    return QJsonObject{{QStringLiteral("site_id"), s.siteId}, {QStringLiteral("interval_minutes"), s.intervalMinutes},
        {QStringLiteral("ignore_robots"), s.ignoreRobots},
        {QStringLiteral("maintenance_until"), moment(s.maintenanceUntil).toString()},
        {QStringLiteral("link_exceptions"), s.linkExceptions.join(u'\n')}};
}

Status ProbeSettingsService::requireEditSite(const Session& session, qint64 siteId)
{
    const auto host = db::Query(m_db, QStringLiteral("SELECT host_org_id FROM sites WHERE id = ?"))
                          .bind(siteId)
                          .single<qint64>(tr("The site could not be read."),
                              tr("There is no site with the number %1.").arg(siteId));
    if (!host)
        return host.error();
    return Authorizer::require(m_db, session, Action::EditSites, *host);
}

Result<ProbeColumn> ProbeSettingsService::column(qint64 id)
{
    const auto site = db::Query(m_db, QStringLiteral("SELECT site_id FROM probe_columns WHERE id = ?"))
                          .bind(id)
                          .single<qint64>(tr("The column could not be read."),
                              tr("There is no column with the number %1.").arg(id));
    if (!site)
        return site.error();
    const auto all = ProbeQueries(m_db).columns(*site, false);
    if (!all)
        return all.error();
    for (const ProbeColumn& c : *all) {
        if (c.id == id)
            return c;
    }
    return Error{tr("There is no column with the number %1.").arg(id), {}};
}

Result<qint64> ProbeSettingsService::addColumn(const Session& session, const ProbeColumn& given)
{
    if (const Status s = requireEditSite(session, given.siteId); !s)
        return s.error();
    if (const Status s = validate(given); !s)
        return s.error();
    ProbeColumn c = given;
    c.name = c.name.trimmed();
    c.url = c.url.trimmed();
    c.selector = c.selector.trimmed();
    return db::inTransaction(m_db, [&]() -> Result<qint64> {
        const auto taken = db::Query(
            m_db, QStringLiteral("SELECT name FROM probe_columns WHERE site_id = ? AND url = ? AND active = 1"))
                               .bind(c.siteId, c.url)
                               .first(tr("The column could not be saved."),
                                   [](const QSqlQuery& r) { return r.value(0).toString(); });
        if (!taken)
            return taken.error();
        if (*taken)
            return Error{tr("The column \"%1\" of this site already has the address %2.").arg(**taken, c.url), {}};
        const QString now = OfficeClock::stamp();
        const auto inserted
            = db::Query(m_db,
                QStringLiteral(
                    "INSERT INTO probe_columns (site_id, name, url, kind, selector, active, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"))
                  .bind(c.siteId, c.name, c.url, ProbeVocabulary::key(c.kind), Sql::text(c.selector), now, now)
                  .insert(tr("The column could not be saved."));
        if (!inserted)
            return inserted.error();
        const qint64 id = *inserted;
        c.id = id;
        c.active = true;
        return AuditLog::created(
            m_db, session, QStringLiteral("probe_column"), id, tr("column %1 (%2)").arg(c.name, c.url), snapshot(c));
    });
}

Status ProbeSettingsService::updateColumn(const Session& session, const ProbeColumn& given)
{
    const auto before = column(given.id);
    if (!before)
        return before.error();
    if (const Status s = requireEditSite(session, before->siteId); !s)
        return s;
    if (const Status s = validate(given); !s)
        return s;
    ProbeColumn after = *before;
    after.name = given.name.trimmed();
    after.url = given.url.trimmed();
    after.kind = given.kind;
    after.selector = given.selector.trimmed();
    if (snapshot(after) == snapshot(*before))
        return {};
    return db::inTransaction(m_db, [&]() -> Status {
        // A new address or rule is a new measurement: the column is checked afresh.
        const bool remeasure
            = after.url != before->url || after.selector != before->selector || after.kind != before->kind;
        const Status q = db::Query(m_db,
            QStringLiteral("UPDATE probe_columns SET name = ?, url = ?, kind = ?, selector = ?, updated_at = ?")
                + (remeasure
                        ? QStringLiteral(", state = 'unchecked', checked_at = NULL, newest_on = NULL, items = NULL")
                        : QString())
                + QStringLiteral(" WHERE id = ?"))
                             .bind(after.name, after.url, ProbeVocabulary::key(after.kind), Sql::text(after.selector),
                                 OfficeClock::stamp(), after.id)
                             .exec(tr("The column could not be saved."));
        if (!q)
            return q;
        return AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("probe_column"),
            QString::number(after.id), tr("column %1 (%2)").arg(after.name, after.url), snapshot(*before),
            snapshot(after));
    });
}

Status ProbeSettingsService::removeColumn(const Session& session, qint64 columnId)
{
    const auto before = column(columnId);
    if (!before)
        return before.error();
    if (const Status s = requireEditSite(session, before->siteId); !s)
        return s;
    if (!before->active)
        return {};
    return db::inTransaction(m_db, [&]() -> Status {
        const QString at = OfficeClock::stamp();
        const QString what = tr("The column could not be removed.");
        const Status q
            = db::Query(m_db, QStringLiteral("UPDATE probe_columns SET active = 0, updated_at = ? WHERE id = ?"))
                  .bind(at, columnId)
                  .exec(what);
        if (!q)
            return q;
        // Its open findings go with it.
        const Status f = db::Query(m_db,
            QStringLiteral(
                "UPDATE probe_findings SET resolved_at = ? WHERE site_id = ? AND resolved_at IS NULL AND kind IN "
                "('column_stale', 'column_blank', 'column_unreachable') AND subject = ?"))
                             .bind(moment(OfficeClock::nowUtc()), before->siteId, QString::number(columnId))
                             .exec(what);
        if (!f)
            return f;
        ProbeColumn after = *before;
        after.active = false;
        return AuditLog::append(m_db, session, QStringLiteral("delete"), QStringLiteral("probe_column"),
            QString::number(columnId), tr("column %1 (%2)").arg(before->name, before->url), snapshot(*before),
            snapshot(after));
    });
}

Status ProbeSettingsService::saveSettings(const Session& session, const ProbeSiteSettings& given)
{
    if (const Status s = requireEditSite(session, given.siteId); !s)
        return s;
    const int maxInterval = 24 * 60 / ProbeRules::thresholds().minProbesPerDay;
    if (given.intervalMinutes < 0 || given.intervalMinutes > maxInterval) {
        return Error{tr("A site is probed at least every %1 minutes (20 probes a day): give 1 to %1 minutes, or 0 for "
                        "the default.")
                         .arg(maxInterval),
            {}};
    }
    const auto current = ProbeQueries(m_db).settings(given.siteId);
    if (!current)
        return current.error();
    ProbeSiteSettings before = current->value_or(ProbeSiteSettings{});
    before.siteId = given.siteId;
    ProbeSiteSettings after = given;
    QStringList exceptions;
    for (const QString& e : given.linkExceptions) {
        if (!e.trimmed().isEmpty())
            exceptions << e.trimmed();
    }
    after.linkExceptions = exceptions;
    if (snapshot(after) == snapshot(before))
        return {};
    return db::inTransaction(m_db, [&]() -> Status {
        const Status q = db::Query(m_db,
            QStringLiteral(
                "INSERT INTO probe_sites (site_id, interval_minutes, ignore_robots, maintenance_until, "
                "link_exceptions, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (site_id) DO UPDATE SET "
                "interval_minutes = excluded.interval_minutes, ignore_robots = excluded.ignore_robots, "
                "maintenance_until = excluded.maintenance_until, link_exceptions = excluded.link_exceptions, "
                "updated_at = excluded.updated_at"))
                             .bind(after.siteId,
                                 after.intervalMinutes > 0 ? QVariant(after.intervalMinutes)
                                                           : QVariant(QMetaType::fromType<int>()),
                                 after.ignoreRobots ? 1 : 0, moment(after.maintenanceUntil),
                                 Sql::text(after.linkExceptions.join(u'\n')), OfficeClock::stamp())
                             .exec(tr("The probe settings could not be saved."));
        if (!q)
            return q;
        return AuditLog::append(m_db, session, QStringLiteral("update"), QStringLiteral("probe_settings"),
            QString::number(after.siteId), tr("probe settings of site %1").arg(after.siteId), snapshot(before),
            snapshot(after));
    });
}

QList<std::pair<QString, QString>> ProbeSettingsService::columnHeaders()
{
    return {{QStringLiteral("site_code"), QStringLiteral("网站标识码")},
        {QStringLiteral("name"), QStringLiteral("栏目名称")}, {QStringLiteral("url"), QStringLiteral("栏目地址")},
        {QStringLiteral("kind"), QStringLiteral("栏目类型")}, {QStringLiteral("selector"), QStringLiteral("选择规则")}};
}

Result<ProbeSettingsService::ImportReport> ProbeSettingsService::importColumns(
    const Session& session, const TableData& table, bool dryRun)
{
    ImportReport report;
    // Which file column holds which field, by its key or Chinese header.
    QHash<QString, int> at;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString h = table.header.at(i).trimmed();
        for (const auto& [key, chinese] : columnHeaders()) {
            if (h.compare(key, Qt::CaseInsensitive) == 0 || h == chinese)
                at.insert(key, i);
        }
    }
    QStringList missing;
    for (const auto& [key, chinese] : columnHeaders()) {
        if (key != u"selector" && !at.contains(key))
            missing << QStringLiteral("%1 (%2)").arg(chinese, key);
    }
    if (!missing.isEmpty())
        return Error{tr("The file has no column %1.").arg(missing.join(QStringLiteral(", "))), {}};
    const auto headerOf = [&table, &at](const QString& key) {
        return table.header.value(at.value(key));
    };
    const auto cell = [&at](const TableRow& row, const QString& key) {
        const int i = at.value(key, -1);
        return i >= 0 ? row.cells.value(i).trimmed() : QString();
    };

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QHash<QString, qint64> siteIds;
    for (const TableRow& row : table.rows) {
        const auto fail = [&](const QString& key, const QString& message) {
            report.errors << tr("line %1, %2: %3").arg(row.line).arg(headerOf(key), message);
        };
        const QString code = cell(row, QStringLiteral("site_code"));
        qint64 siteId = siteIds.value(code);
        if (siteId == 0) {
            const auto found = db::Query(m_db, QStringLiteral("SELECT id FROM sites WHERE code = ?"))
                                   .bind(code)
                                   .first(tr("The site could not be read."),
                                       [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
            if (!found)
                return found.error();
            if (!*found) {
                fail(QStringLiteral("site_code"), tr("no site has the identifier code \"%1\"").arg(code));
                continue;
            }
            siteId = **found;
            siteIds.insert(code, siteId);
        }
        const auto kind = ProbeVocabulary::columnKind(cell(row, QStringLiteral("kind")));
        if (!kind) {
            fail(QStringLiteral("kind"),
                tr("\"%1\" is not a kind of column: write news, notice or other (新闻动态, 通知公告, 其他)")
                    .arg(cell(row, QStringLiteral("kind"))));
            continue;
        }
        ProbeColumn c;
        c.siteId = siteId;
        c.name = cell(row, QStringLiteral("name"));
        c.url = cell(row, QStringLiteral("url"));
        c.kind = *kind;
        c.selector = cell(row, QStringLiteral("selector"));
        if (const Status s = validate(c); !s) {
            const QString key = c.name.isEmpty()         ? QStringLiteral("name")
                : ColumnSelector::parse(c.selector).ok() ? QStringLiteral("url")
                                                         : QStringLiteral("selector");
            fail(key, s.error().message);
            continue;
        }
        const auto existing = db::Query(
            m_db, QStringLiteral("SELECT id FROM probe_columns WHERE site_id = ? AND url = ? AND active = 1"))
                                  .bind(siteId, c.url)
                                  .first(tr("The column could not be read."),
                                      [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
        if (!existing)
            return existing.error();
        if (*existing) {
            c.id = **existing;
            const auto before = column(c.id);
            if (!before)
                return before.error();
            ProbeColumn after = *before;
            after.name = c.name;
            after.kind = c.kind;
            after.selector = c.selector;
            if (snapshot(after) == snapshot(*before)) {
                ++report.unchanged;
                continue;
            }
            if (const Status s = updateColumn(session, after); !s) {
                fail(QStringLiteral("site_code"), s.error().message);
                continue;
            }
            ++report.updated;
        } else {
            if (const auto id = addColumn(session, c); !id) {
                fail(QStringLiteral("site_code"), id.error().message);
                continue;
            }
            ++report.created;
        }
    }
    if (!report.errors.isEmpty() || dryRun) {
        tx.rollback();
        return report;
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace sitegov
