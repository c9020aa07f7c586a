#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sitegov::db {

// The PostgreSQL role names of a SiteGov database, in one place (docs/design/postgresql.md, "Accounts
// are database roles"). Roles are the cluster's, not the database's, so every name carries the
// database's role prefix: the account `wang` is the login role `<prefix>_wang`, and the group roles
// are `<prefix>__administrator`, `__director`, `__approver`, `__inspector`, `<prefix>__user` (every
// account: the grants) and `<prefix>__owner` (owns the schema's objects), all NOLOGIN. Two
// underscores, because a user name never starts with one: the account `director` (the demo has one)
// is the login `<prefix>_director`, not the group.
//
// The prefix is decided once, when migration 18 runs, and stored in the database
// (schema_version.role_prefix): the one the address names (?role_prefix=), else the database's own
// name as prefixFor() writes it. A copy of a database (CREATE DATABASE ... TEMPLATE) keeps the
// stored prefix of its original, whatever its own name, and so the original's roles.
//
// The database keeps the same mapping in SQL (sitegov_login_role, migration 0018), for the roles it
// creates; TestPostgresRoles checks that the two agree.
class RoleNames final
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)

public:
    // PostgreSQL's longest name (NAMEDATALEN - 1), in bytes.
    static constexpr int kMaxBytes = 63;

    // A database name as a prefix: lower case, every character but a-z, 0-9 and _ as _.
    static QString prefixFor(const QString& databaseName);
    // Refuses a prefix that is not of that form, or with which the longest group role's name
    // (<prefix>__administrator) would be longer than kMaxBytes.
    static Status checkPrefix(const QString& prefix);

    // The login role of the SiteGov account `username` (user names ignore case: lower case). A name
    // longer than kMaxBytes is refused with a message that says so.
    static Result<QString> login(const QString& prefix, const QString& username);
    // The group role of a SiteGov role key (Permissions::key: administrator, director, ...).
    static QString group(const QString& prefix, const QString& roleKey);
    static QString user(const QString& prefix);
    static QString owner(const QString& prefix);
    static QStringList groupKeys();

    // The prefix stored in the database `db` is connected to.
    static Result<QString> stored(const QSqlDatabase& db);
};

} // namespace sitegov::db
