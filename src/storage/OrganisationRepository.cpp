#include "storage/OrganisationRepository.h"

#include "db/Query.h"
#include "db/RowReader.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace sitegov {

namespace {
const char* const kColumns = "id, parent_id, name, level, kind, division_code, domain_label, active, city_org_id";
}

OrganisationRepository::OrganisationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString OrganisationRepository::columns()
{
    return QLatin1String(kColumns);
}

Organisation OrganisationRepository::fromRecord(const QSqlQuery& q)
{
    Organisation o;
    db::RowReader in(q);
    in.into(o.id, o.parentId, o.name);
    o.level = Vocabulary::adminLevel(in.next().toString()).value_or(AdminLevel::Province);
    o.kind = Vocabulary::orgKind(in.next().toString()).value_or(OrgKind::Government);
    in.into(o.divisionCode, o.domainLabel, o.active, o.cityOrgId);
    return o;
}

Result<qint64> OrganisationRepository::insert(const Organisation& org)
{
    const QString what = tr("The unit \"%1\" could not be saved.").arg(org.name);
    const QString now = Sql::nowUtc();
    const auto id = db::Query(m_db,
        QStringLiteral("INSERT INTO organisations (parent_id, name, level, kind, division_code, domain_label, "
                       "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                        .bind(Sql::nullIfZero(org.parentId), org.name.trimmed(), Vocabulary::key(org.level),
                            Vocabulary::key(org.kind), org.divisionCode.trimmed(), Sql::nullIfEmpty(org.domainLabel),
                            org.active ? 1 : 0, now, now)
                        .insert(what);
    if (!id)
        return id;
    // Its city: itself for a city-level government, otherwise its parent's.
    if (const Status s = db::Query(m_db,
            QStringLiteral(
                "UPDATE organisations SET city_org_id = CASE WHEN level = 'city' AND kind = 'government' THEN "
                "id ELSE (SELECT p.city_org_id FROM organisations p WHERE p.id = organisations.parent_id) END "
                "WHERE id = ?"))
                             .bind(*id)
                             .exec(what);
        !s)
        return s.error();
    return id;
}

Result<Organisation> OrganisationRepository::byId(qint64 id)
{
    // Read for every row of a sites import: the statement's text is built once, and the messages are
    // translated and formatted only when they are needed.
    static const QString sql = QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(QLatin1String(kColumns));
    const auto found = db::Query::cached(m_db, sql).bind(id).first(QString(), &fromRecord);
    if (!found) {
        Error e = found.error();
        e.message = tr("The unit could not be read.");
        return e;
    }
    if (!*found)
        return Error{tr("There is no unit with the number %1.").arg(id), {}};
    return **found;
}

Result<QList<Organisation>> OrganisationRepository::children(qint64 parentId)
{
    const QString where = parentId == 0 ? QStringLiteral("parent_id IS NULL") : QStringLiteral("parent_id = ?");
    db::Query q(m_db,
        QStringLiteral("SELECT %1 FROM organisations WHERE %2 ORDER BY division_code, kind DESC, name_key")
            .arg(QLatin1String(kColumns), where));
    if (parentId != 0)
        q.bind(parentId);
    return q.rows(tr("The units could not be read."), &fromRecord);
}

Result<int> OrganisationRepository::count()
{
    return db::Query(m_db, QStringLiteral("SELECT count(*) FROM organisations"))
        .value<int>(tr("The units could not be counted."));
}

} // namespace sitegov
