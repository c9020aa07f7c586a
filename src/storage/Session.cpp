#include "storage/Session.h"

#include "db/Sql.h"

#include <QSqlQuery>

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
    Error e;
    QSqlQuery* statement = Sql::cached(db, QStringLiteral("SELECT parent_id FROM organisations WHERE id = ?"), &e);
    if (!statement)
        return e;
    QSqlQuery& q = *statement;
    qint64 current = orgId;
    // The tree is at most a handful of levels deep; the bound guards against a cycle in bad data.
    for (int depth = 0; depth < 16 && current != 0; ++depth) {
        if (current == ancestorId) {
            q.finish();
            return true;
        }
        q.addBindValue(current);
        if (!Sql::exec(q, &e, tr("The unit tree could not be read.")))
            return e;
        current = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
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
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT name FROM organisations WHERE id = ?"));
            q.addBindValue(targetOrgId);
            const QString name = q.exec() && q.next() ? q.value(0).toString() : QString::number(targetOrgId);
            return Error{tr("%1 is outside your jurisdiction: you may not %2 there.").arg(name, Permissions::describe(action)),
                {}};
        }
    }
    return {};
}

} // namespace sitegov
