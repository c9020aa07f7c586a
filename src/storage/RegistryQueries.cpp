#include "storage/RegistryQueries.h"

#include "storage/OrganisationRepository.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace sitegov {

QString UnitEntry::label() const
{
    return QStringLiteral("%1 (%2)").arg(org.name, org.divisionCode);
}

RegistryQueries::RegistryQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<UnitEntry>> RegistryQueries::children(qint64 parentId, bool includeInactive)
{
    QSqlQuery q(m_db);
    Error e;
    const QString where = parentId == 0 ? QStringLiteral("o.parent_id IS NULL") : QStringLiteral("o.parent_id = ?");
    if (!Sql::prepare(q,
            QStringLiteral("SELECT o.id, o.parent_id, o.name, o.level, o.kind, o.division_code, o.domain_label, o.active, "
                           "o.city_org_id, (SELECT count(*) FROM organisations c WHERE c.parent_id = o.id), "
                           "(SELECT count(*) FROM sites s WHERE s.host_org_id = o.id AND s.status <> 'closed') "
                           "FROM organisations o WHERE %1 %2 ORDER BY o.kind DESC, o.division_code, o.name_key")
                .arg(where, includeInactive ? QString() : QStringLiteral("AND o.active = 1")),
            &e))
        return e;
    if (parentId != 0)
        q.addBindValue(parentId);
    if (!Sql::exec(q, &e, tr("The units could not be read.")))
        return e;
    QList<UnitEntry> out;
    while (q.next()) {
        UnitEntry u;
        u.org = OrganisationRepository::fromRecord(q);
        u.childCount = q.value(9).toInt();
        u.openSites = q.value(10).toInt();
        out << u;
    }
    return out;
}

Result<QList<Choice>> RegistryQueries::siteChoices(qint64 unitId, bool withAbove, bool includeClosed)
{
    QSqlQuery q(m_db);
    Error e;
    QString sql = QStringLiteral(
        "WITH RECURSIVE down(id) AS (SELECT ? UNION ALL SELECT o.id FROM organisations o JOIN down ON o.parent_id = "
        "down.id), up(id, parent) AS (SELECT id, parent_id FROM organisations WHERE id = ? UNION ALL SELECT o.id, "
        "o.parent_id FROM organisations o JOIN up ON o.id = up.parent) SELECT s.id, s.name, s.code FROM sites s WHERE "
        "(s.host_org_id IN (SELECT id FROM down)");
    if (withAbove)
        sql += QStringLiteral(" OR s.host_org_id IN (SELECT id FROM up)");
    sql += QStringLiteral(")");
    if (!includeClosed)
        sql += QStringLiteral(" AND s.status <> 'closed'");
    sql += QStringLiteral(" ORDER BY s.code");
    if (!Sql::prepare(q, sql, &e))
        return e;
    q.addBindValue(unitId);
    q.addBindValue(unitId);
    if (!Sql::exec(q, &e, tr("The sites could not be read.")))
        return e;
    QList<Choice> out;
    while (q.next())
        out << Choice{q.value(0).toLongLong(), QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString())};
    return out;
}

Result<QList<Choice>> RegistryQueries::unitChoices(const Session& session)
{
    QSqlQuery q(m_db);
    Error e;
    // The session's subtree in one recursive query (system sessions see every unit).
    const QString sql = session.isSystem()
        ? QStringLiteral("SELECT id, name, division_code FROM organisations WHERE active = 1 ORDER BY division_code, kind "
                         "DESC, name_key")
        : QStringLiteral("WITH RECURSIVE down(id) AS (SELECT ? UNION ALL SELECT o.id FROM organisations o JOIN down ON "
                         "o.parent_id = down.id) SELECT o.id, o.name, o.division_code FROM organisations o JOIN down ON "
                         "down.id = o.id WHERE o.active = 1 ORDER BY o.division_code, o.kind DESC, o.name_key");
    if (!Sql::prepare(q, sql, &e))
        return e;
    if (!session.isSystem())
        q.addBindValue(session.orgId);
    if (!Sql::exec(q, &e, tr("The units could not be read.")))
        return e;
    QList<Choice> out;
    while (q.next())
        out << Choice{q.value(0).toLongLong(), QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString())};
    return out;
}

Result<QList<Choice>> RegistryQueries::personChoices(const Session& session)
{
    QSqlQuery q(m_db);
    Error e;
    const QString sql = session.isSystem()
        ? QStringLiteral("SELECT p.id, p.name, o.name, p.title FROM persons p JOIN organisations o ON o.id = p.org_id WHERE "
                         "p.active = 1 ORDER BY o.division_code, o.name_key, p.name_key")
        : QStringLiteral("WITH RECURSIVE down(id) AS (SELECT ? UNION ALL SELECT o.id FROM organisations o JOIN down ON "
                         "o.parent_id = down.id) SELECT p.id, p.name, o.name, p.title FROM persons p JOIN organisations o "
                         "ON o.id = p.org_id JOIN down ON down.id = p.org_id WHERE p.active = 1 ORDER BY o.division_code, "
                         "o.name, p.name");
    if (!Sql::prepare(q, sql, &e))
        return e;
    if (!session.isSystem())
        q.addBindValue(session.orgId);
    if (!Sql::exec(q, &e, tr("The persons could not be read.")))
        return e;
    QList<Choice> out;
    while (q.next()) {
        const QString title = q.value(3).toString();
        out << Choice{q.value(0).toLongLong(),
            title.isEmpty() ? QStringLiteral("%1（%2）").arg(q.value(1).toString(), q.value(2).toString())
                            : QStringLiteral("%1（%2 %3）").arg(q.value(1).toString(), q.value(2).toString(), title)};
    }
    return out;
}

Result<QList<Choice>> RegistryQueries::cities()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name FROM organisations WHERE level = 'city' AND kind = 'government' ORDER BY "
                               "division_code")))
        return Sql::error(q, tr("The units could not be read."));
    QList<Choice> out;
    while (q.next())
        out << Choice{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

Result<qint64> RegistryQueries::unitByName(const QString& name)
{
    Error e;
    QSqlQuery* statement = Sql::cached(m_db, QStringLiteral("SELECT id FROM organisations WHERE name = ? LIMIT 2"), &e);
    if (!statement)
        return e;
    QSqlQuery& q = *statement;
    q.addBindValue(name.trimmed());
    if (!Sql::exec(q, &e, tr("The units could not be read.")))
        return e;
    if (!q.next())
        return Error{tr("There is no unit named \"%1\".").arg(name.trimmed()), {}};
    const qint64 id = q.value(0).toLongLong();
    const bool more = q.next();
    q.finish();
    if (more)
        return Error{tr("More than one unit is named \"%1\".").arg(name.trimmed()), {}};
    return id;
}

Result<QList<Organisation>> RegistryQueries::unitsMatching(const QString& text)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const qint64 id = t.toLongLong(&isNumber);
    QString where = QStringLiteral("name = ?");
    QVariant bound = t;
    if (isNumber && t.size() == 6) {
        where = QStringLiteral("division_code = ? AND kind = 'government' AND level <> 'township'");
    } else if (isNumber) {
        where = QStringLiteral("id = ?");
        bound = id;
    }
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("SELECT %1 FROM organisations WHERE %2 ORDER BY division_code, id")
                .arg(OrganisationRepository::columns(), where),
            &e))
        return e;
    q.addBindValue(bound);
    if (!Sql::exec(q, &e, tr("The units could not be read.")))
        return e;
    QList<Organisation> out;
    while (q.next())
        out << OrganisationRepository::fromRecord(q);
    return out;
}

Result<QList<ConsolidationRow>> RegistryQueries::consolidation(qint64 withinUnitId)
{
    // Counted as docs/design/glossary.md defines them, as the dashboard's card counts them: on the
    // unified platform are the open sites whose platform is unified, whatever their status (migrating
    // ones included); standalone the other open sites; migrating those of either that are moving.
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral(
        "SELECT c.id, c.name, o.level,"
        " sum(CASE WHEN s.status <> 'closed' AND s.platform = 'unified' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN s.status = 'migrating' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN s.status <> 'closed' AND s.platform <> 'unified' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN s.status = 'closed' THEN 1 ELSE 0 END)"
        " FROM sites s JOIN organisations o ON o.id = s.host_org_id LEFT JOIN organisations c ON c.id = o.city_org_id"
        "%1"
        " GROUP BY c.id, o.level ORDER BY c.division_code IS NOT NULL, c.division_code,"
        " CASE o.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 ELSE 3 END")
                            .arg(withinUnitId != 0
                                    ? QStringLiteral(" WHERE s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)")
                                    : QString());
    if (!q.prepare(sql))
        return Sql::error(q, tr("The consolidation figures could not be computed."));
    if (withinUnitId != 0)
        q.addBindValue(withinUnitId);
    if (!q.exec())
        return Sql::error(q, tr("The consolidation figures could not be computed."));
    QList<ConsolidationRow> out;
    while (q.next()) {
        ConsolidationRow r;
        r.cityOrgId = q.value(0).toLongLong();
        r.city = q.value(1).toString();
        r.level = q.value(2).toString();
        r.unified = q.value(3).toInt();
        r.migrating = q.value(4).toInt();
        r.standalone = q.value(5).toInt();
        r.closed = q.value(6).toInt();
        out << r;
    }
    return out;
}

Result<QString> RegistryQueries::nextSiteCode(const QString& divisionCode)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q, QStringLiteral("SELECT max(code) FROM sites WHERE code >= ? AND code <= ? AND length(code) = 10"), &e))
        return e;
    q.addBindValue(divisionCode + QStringLiteral("0000"));
    q.addBindValue(divisionCode + QStringLiteral("9999"));
    if (!Sql::exec(q, &e, tr("The sites could not be read.")) || !q.next())
        return e;
    const int serial = q.value(0).isNull() ? 1 : q.value(0).toString().mid(6).toInt() + 1;
    if (serial > 9999)
        return Error{tr("Every serial under %1 is used.").arg(divisionCode), {}};
    return divisionCode + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
}

} // namespace sitegov
