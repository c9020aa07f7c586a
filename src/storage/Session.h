#pragma once

#include "core/Permissions.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sitegov {

// Who is acting: a logged-in account, or a system actor (the command line, the demo builder) that
// holds the whole database's rights. Every service call that changes data takes a Session, checks
// it here, and records it in the audit trail.
struct Session
{
    qint64 accountId = 0; // 0 for system actors
    QString username;
    QString displayName;
    QList<Role> roles;
    qint64 orgId = 0; // the account's unit: its jurisdiction is this unit and everything under it

    bool isSystem() const { return accountId == 0; }
    bool has(Role role) const { return roles.contains(role); }
    bool can(Action action) const { return isSystem() || Permissions::allows(roles, action); }

    // A system actor, e.g. "sitegovctl (root)" or "demo".
    static Session system(const QString& name);
};

class Authorizer final
{
    Q_DECLARE_TR_FUNCTIONS(Authorizer)

public:
    // Refuses unless the session's roles allow `action` and, when `targetOrgId` is given, the unit
    // lies within the session's jurisdiction.
    static Status require(const QSqlDatabase& db, const Session& session, Action action, qint64 targetOrgId = 0);

    // True when `orgId` is the session's unit or below it in the unit tree.
    static Result<bool> withinJurisdiction(const QSqlDatabase& db, const Session& session, qint64 orgId);
    // True when `orgId` is `ancestorId` or below it.
    static Result<bool> isWithin(const QSqlDatabase& db, qint64 ancestorId, qint64 orgId);
};

} // namespace sitegov
