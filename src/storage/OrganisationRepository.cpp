#include "storage/OrganisationRepository.h"

#include "db/Sql.h"

#include <QSqlQuery>

namespace sitegov {

namespace {
const char* const kColumns = "id, parent_id, name, level, kind, division_code, domain_label, active, city_org_id";
}

OrganisationRepository::OrganisationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString OrganisationRepository::columns()
{
    return QLatin1String(kColumns);
}

Organisation OrganisationRepository::fromRecord(const QSqlQuery& q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.parentId = q.value(1).toLongLong();
    o.name = q.value(2).toString();
    o.level = Vocabulary::adminLevel(q.value(3).toString()).value_or(AdminLevel::Province);
    o.kind = Vocabulary::orgKind(q.value(4).toString()).value_or(OrgKind::Government);
    o.divisionCode = q.value(5).toString();
    o.domainLabel = q.value(6).toString();
    o.active = q.value(7).toBool();
    o.cityOrgId = q.value(8).toLongLong();
    return o;
}

Result<qint64> OrganisationRepository::insert(const Organisation& org)
{
    QSqlQuery q(m_db);
    Error e;
    if (!Sql::prepare(q,
            QStringLiteral("INSERT INTO organisations (parent_id, name, level, kind, division_code, domain_label, "
                           "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            &e))
        return e;
    const QString now = Sql::nowUtc();
    q.addBindValue(Sql::nullIfZero(org.parentId));
    q.addBindValue(org.name.trimmed());
    q.addBindValue(Vocabulary::key(org.level));
    q.addBindValue(Vocabulary::key(org.kind));
    q.addBindValue(org.divisionCode.trimmed());
    q.addBindValue(Sql::nullIfEmpty(org.domainLabel));
    q.addBindValue(org.active ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!Sql::exec(q, &e, tr("The unit \"%1\" could not be saved.").arg(org.name)))
        return e;
    const qint64 id = q.lastInsertId().toLongLong();
    // Its city: itself for a city-level government, otherwise its parent's.
    if (!Sql::prepare(q,
            QStringLiteral("UPDATE organisations SET city_org_id = CASE WHEN level = 'city' AND kind = 'government' THEN "
                           "id ELSE (SELECT p.city_org_id FROM organisations p WHERE p.id = organisations.parent_id) END "
                           "WHERE id = ?"),
            &e))
        return e;
    q.addBindValue(id);
    if (!Sql::exec(q, &e, tr("The unit \"%1\" could not be saved.").arg(org.name)))
        return e;
    return id;
}

Result<Organisation> OrganisationRepository::byId(qint64 id)
{
    Error e;
    QSqlQuery* q = Sql::cached(m_db, QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(QLatin1String(kColumns)), &e);
    if (!q)
        return e;
    q->addBindValue(id);
    if (!Sql::exec(*q, &e, tr("The unit could not be read.")))
        return e;
    if (!q->next())
        return Error{tr("There is no unit with the number %1.").arg(id), {}};
    const Organisation o = fromRecord(*q);
    q->finish();
    return o;
}

Result<QList<Organisation>> OrganisationRepository::children(qint64 parentId)
{
    QSqlQuery q(m_db);
    Error e;
    const QString where = parentId == 0 ? QStringLiteral("parent_id IS NULL") : QStringLiteral("parent_id = ?");
    if (!Sql::prepare(q,
            QStringLiteral("SELECT %1 FROM organisations WHERE %2 ORDER BY division_code, kind DESC, name_key")
                .arg(QLatin1String(kColumns), where),
            &e))
        return e;
    if (parentId != 0)
        q.addBindValue(parentId);
    if (!Sql::exec(q, &e, tr("The units could not be read.")))
        return e;
    QList<Organisation> out;
    while (q.next())
        out.append(fromRecord(q));
    return out;
}

Result<int> OrganisationRepository::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM organisations")) || !q.next())
        return Sql::error(q, tr("The units could not be counted."));
    return q.value(0).toInt();
}

} // namespace sitegov
