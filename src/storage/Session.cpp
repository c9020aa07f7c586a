#include "storage/Session.h"

#include "db/Query.h"

namespace sitegov {

Session Session::system(const QString& name)
{
    Session s;
    s.username = name;
    s.displayName = name;
    s.roles = Permissions::allRoles();
    return s;
}

Result<bool> Authorizer::withinJurisdiction(const QSqlDatabase& db, const Session& session, qint64 orgId)
{
    if (session.isSystem() || orgId == 0)
        return true;
    return isWithin(db, session.orgId, orgId);
}

Result<bool> Authorizer::isWithin(const QSqlDatabase& db, qint64 ancestorId, qint64 orgId)
{
    // Asked for every row an import checks: the statement stays prepared.
    db::Query parent = db::Query::cached(db, QStringLiteral("SELECT parent_id FROM organisations WHERE id = ?"));
    qint64 current = orgId;
    // The tree is at most a handful of levels deep; the bound guards against a cycle in bad data.
    for (int depth = 0; depth < 16 && current != 0; ++depth) {
        if (current == ancestorId)
            return true;
        const auto up = parent.bind(current).first(tr("The unit tree could not be read."),
            [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
        if (!up)
            return up.error();
        current = up->value_or(0);
    }
    return false;
}

Status Authorizer::require(const QSqlDatabase& db, const Session& session, Action action, qint64 targetOrgId)
{
    if (!session.can(action)) {
        const QString roles = session.roles.isEmpty() ? tr("no role") : Permissions::displayNames(session.roles);
        return Error{tr("Your account (%1) may not %2.").arg(roles, Permissions::describe(action)), {}};
    }
    if (targetOrgId != 0) {
        const auto within = withinJurisdiction(db, session, targetOrgId);
        if (!within)
            return within.error();
        if (!*within) {
            // The unit's name when it can be read, its number otherwise: the refusal stands either way.
            const auto found = db::Query(db, QStringLiteral("SELECT name FROM organisations WHERE id = ?"))
                                   .bind(targetOrgId)
                                   .first(tr("The unit tree could not be read."),
                                       [](const QSqlQuery& q) { return q.value(0).toString(); });
            const QString name = found && *found ? **found : QString::number(targetOrgId);
            return Error{tr("%1 is outside your jurisdiction: you may not %2 there.").arg(name, Permissions::describe(action)),
                {}};
        }
    }
    return {};
}

} // namespace sitegov
