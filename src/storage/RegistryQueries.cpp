#include "storage/RegistryQueries.h"

#include "db/Query.h"
#include "db/RowReader.h"
#include "storage/OrganisationRepository.h"

#include <QSqlQuery>

namespace sitegov {

QString UnitEntry::label() const
{
    return QStringLiteral("%1 (%2)").arg(org.name, org.divisionCode);
}

RegistryQueries::RegistryQueries(QSqlDatabase db)
    : m_db(std::move(db))
{ }

namespace {

Choice nameAndCode(const QSqlQuery& q)
{
    return Choice{q.value(0).toLongLong(), QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString())};
}

// The units within a session's jurisdiction (system sessions: every unit), as a table `down(id)`.
const char* const kDown
    = "WITH RECURSIVE down(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT o.id FROM organisations o JOIN down ON "
      "o.parent_id = down.id) ";

} // namespace

Result<QList<UnitEntry>> RegistryQueries::children(qint64 parentId, bool includeInactive)
{
    const QString where = parentId == 0 ? QStringLiteral("o.parent_id IS NULL") : QStringLiteral("o.parent_id = ?");
    db::Query q(m_db,
        QStringLiteral("SELECT o.id, o.parent_id, o.name, o.level, o.kind, o.division_code, o.domain_label, o.active, "
                       "o.city_org_id, (SELECT count(*) FROM organisations c WHERE c.parent_id = o.id), "
                       "(SELECT count(*) FROM sites s WHERE s.host_org_id = o.id AND s.status <> 'closed') "
                       "FROM organisations o WHERE %1 %2 ORDER BY o.kind DESC, o.division_code, o.name_key")
            .arg(where, includeInactive ? QString() : QStringLiteral("AND o.active = 1")));
    if (parentId != 0)
        q.bind(parentId);
    return q.rows(tr("The units could not be read."), [](const QSqlQuery& row) {
        UnitEntry u;
        u.org = OrganisationRepository::fromRecord(row);
        u.childCount = row.value(9).toInt();
        u.openSites = row.value(10).toInt();
        return u;
    });
}

Result<QList<Choice>> RegistryQueries::siteChoices(qint64 unitId, bool withAbove, bool includeClosed)
{
    QString sql = QStringLiteral(
        "WITH RECURSIVE down(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT o.id FROM organisations o JOIN down ON o.parent_id = "
        "down.id), up(id, parent) AS (SELECT id, parent_id FROM organisations WHERE id = ? UNION ALL SELECT o.id, "
        "o.parent_id FROM organisations o JOIN up ON o.id = up.parent) SELECT s.id, s.name, s.code FROM sites s WHERE "
        "(s.host_org_id IN (SELECT id FROM down)");
    if (withAbove)
        sql += QStringLiteral(" OR s.host_org_id IN (SELECT id FROM up)");
    sql += QStringLiteral(")");
    if (!includeClosed)
        sql += QStringLiteral(" AND s.status <> 'closed'");
    sql += QStringLiteral(" ORDER BY s.code");
    return db::Query(m_db, sql).bind(unitId, unitId).rows(tr("The sites could not be read."), &nameAndCode);
}

Result<QList<Choice>> RegistryQueries::siteChoicesWithin(const Session& session)
{
    const QString select = QStringLiteral("SELECT s.id, s.name, s.code, s.domain FROM sites s ");
    db::Query q(m_db,
        session.isSystem() ? select + QStringLiteral("WHERE s.status <> 'closed' ORDER BY s.code")
                           : QLatin1String(kDown) + select
                + QStringLiteral("JOIN down ON down.id = s.host_org_id WHERE s.status <> 'closed' ORDER BY s.code"));
    if (!session.isSystem())
        q.bind(session.orgId);
    return q.rows(tr("The sites could not be read."), [](const QSqlQuery& r) {
        return Choice{r.value(0).toLongLong(),
            QStringLiteral("%1 (%2) · %3").arg(r.value(1).toString(), r.value(2).toString(), r.value(3).toString())};
    });
}

Result<QList<Choice>> RegistryQueries::unitChoices(const Session& session)
{
    // The session's subtree in one recursive query (system sessions see every unit).
    if (session.isSystem()) {
        return db::Query(m_db,
            QStringLiteral(
                "SELECT id, name, division_code FROM organisations WHERE active = 1 ORDER BY division_code, kind "
                "DESC, name_key"))
            .rows(tr("The units could not be read."), &nameAndCode);
    }
    return db::Query(m_db,
        QLatin1String(kDown)
            + QStringLiteral(
                "SELECT o.id, o.name, o.division_code FROM organisations o JOIN down ON down.id = o.id WHERE "
                "o.active = 1 ORDER BY o.division_code, o.kind DESC, o.name_key"))
        .bind(session.orgId)
        .rows(tr("The units could not be read."), &nameAndCode);
}

Result<QList<Choice>> RegistryQueries::personChoices(const Session& session)
{
    db::Query q(m_db,
        session.isSystem() ? QStringLiteral(
            "SELECT p.id, p.name, o.name, p.title FROM persons p JOIN organisations o ON o.id = p.org_id WHERE "
            "p.active = 1 ORDER BY o.division_code, o.name_key, p.name_key")
                           : QLatin1String(kDown)
                + QStringLiteral(
                    "SELECT p.id, p.name, o.name, p.title FROM persons p JOIN organisations o ON o.id = p.org_id "
                    "JOIN down ON down.id = p.org_id WHERE p.active = 1 ORDER BY o.division_code, o.name, p.name"));
    if (!session.isSystem())
        q.bind(session.orgId);
    return q.rows(tr("The persons could not be read."), [](const QSqlQuery& row) {
        const QString title = row.value(3).toString();
        return Choice{row.value(0).toLongLong(),
            title.isEmpty()
                ? QStringLiteral("%1（%2）").arg(row.value(1).toString(), row.value(2).toString())
                : QStringLiteral("%1（%2 %3）").arg(row.value(1).toString(), row.value(2).toString(), title)};
    });
}

Result<QList<Choice>> RegistryQueries::cities()
{
    return db::Query(m_db,
        QStringLiteral(
            "SELECT id, name FROM organisations WHERE level = 'city' AND kind = 'government' ORDER BY division_code"))
        .rows(tr("The units could not be read."), [](const QSqlQuery& q) {
            return Choice{q.value(0).toLongLong(), q.value(1).toString()};
        });
}

Result<qint64> RegistryQueries::unitByName(const QString& name)
{
    const auto unit = unitRowByName(name);
    if (!unit)
        return unit.error();
    return unit->id;
}

Result<Organisation> RegistryQueries::unitRowByName(const QString& name)
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM organisations WHERE name = ? LIMIT 2").arg(OrganisationRepository::columns());
    const auto units
        = db::Query::cached(m_db, sql).bind(name.trimmed()).rows(QString(), &OrganisationRepository::fromRecord);
    if (!units) {
        Error e = units.error();
        e.message = tr("The units could not be read.");
        return e;
    }
    if (units->isEmpty())
        return Error{tr("There is no unit named \"%1\".").arg(name.trimmed()), {}};
    if (units->size() > 1)
        return Error{tr("More than one unit is named \"%1\".").arg(name.trimmed()), {}};
    return units->constFirst();
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
    return db::Query(m_db,
        QStringLiteral("SELECT %1 FROM organisations WHERE %2 ORDER BY division_code, id")
            .arg(OrganisationRepository::columns(), where))
        .bind(bound)
        .rows(tr("The units could not be read."), &OrganisationRepository::fromRecord);
}

Result<QList<ConsolidationRow>> RegistryQueries::consolidation(qint64 withinUnitId)
{
    // Counted as docs/design/glossary.md defines them, as the dashboard's card counts them: on the
    // unified platform are the open sites whose platform is unified, whatever their status (migrating
    // ones included); standalone the other open sites; migrating those of either that are moving.
    db::Query q(m_db,
        QStringLiteral("SELECT c.id, c.name, o.level,"
                       " sum(CASE WHEN s.status <> 'closed' AND s.platform = 'unified' THEN 1 ELSE 0 END),"
                       " sum(CASE WHEN s.status = 'migrating' THEN 1 ELSE 0 END),"
                       " sum(CASE WHEN s.status <> 'closed' AND s.platform <> 'unified' THEN 1 ELSE 0 END),"
                       " sum(CASE WHEN s.status = 'closed' THEN 1 ELSE 0 END)"
                       " FROM sites s JOIN organisations o ON o.id = s.host_org_id LEFT JOIN organisations c ON c.id = "
                       "o.city_org_id"
                       "%1"
                       " GROUP BY c.id, o.level ORDER BY c.division_code IS NOT NULL, c.division_code,"
                       " CASE o.level WHEN 'province' THEN 0 WHEN 'city' THEN 1 WHEN 'county' THEN 2 ELSE 3 END")
            .arg(withinUnitId != 0
                    ? QStringLiteral(" WHERE s.host_org_id IN (SELECT org_id FROM org_ancestors WHERE ancestor_id = ?)")
                    : QString()));
    if (withinUnitId != 0)
        q.bind(withinUnitId);
    return q.rows(tr("The consolidation figures could not be computed."), [](const QSqlQuery& row) {
        ConsolidationRow r;
        db::RowReader(row).into(r.cityOrgId, r.city, r.level, r.unified, r.migrating, r.standalone, r.closed);
        return r;
    });
}

Result<QString> RegistryQueries::nextSiteCode(const QString& divisionCode)
{
    const auto highest = db::Query(
        m_db, QStringLiteral("SELECT max(code) FROM sites WHERE code >= ? AND code <= ? AND length(code) = 10"))
                             .bind(divisionCode + QStringLiteral("0000"), divisionCode + QStringLiteral("9999"))
                             .value<QVariant>(tr("The sites could not be read."));
    if (!highest)
        return highest.error();
    const int serial = highest->isNull() ? 1 : highest->toString().mid(6).toInt() + 1;
    if (serial > 9999)
        return Error{tr("Every serial under %1 is used.").arg(divisionCode), {}};
    return divisionCode + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
}

} // namespace sitegov
