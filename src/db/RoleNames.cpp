#include "db/RoleNames.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace sitegov::db {

QString RoleNames::prefixFor(const QString& databaseName)
{
    QString prefix = databaseName.toLower();
    for (QChar& c : prefix) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'))
            c = u'_';
    }
    return prefix;
}

Status RoleNames::checkPrefix(const QString& prefix)
{
    static const QRegularExpression form(QStringLiteral("^[a-z0-9_]+$"));
    if (!form.match(prefix).hasMatch())
        return Error{tr("The role prefix \"%1\" may have only lower-case letters a to z, digits and underscores.")
                         .arg(prefix),
            {}};
    const QString longest = group(prefix, QStringLiteral("administrator"));
    if (longest.toUtf8().size() > kMaxBytes)
        return Error{tr("The role prefix \"%1\" is too long: PostgreSQL's role names have at most %2 bytes, and "
                        "%3 would have %4. Name a shorter prefix with ?role_prefix= in the database's address.")
                         .arg(prefix)
                         .arg(kMaxBytes)
                         .arg(longest)
                         .arg(longest.toUtf8().size()),
            {}};
    return {};
}

Result<QString> RoleNames::login(const QString& prefix, const QString& username)
{
    const QString name = prefix + u'_' + username.trimmed().toLower();
    if (name.toUtf8().size() > kMaxBytes)
        return Error{tr("The user name \"%1\" is too long for this database: its PostgreSQL login %2 would have %3 "
                        "bytes, and PostgreSQL allows %4.")
                         .arg(username.trimmed(), name)
                         .arg(name.toUtf8().size())
                         .arg(kMaxBytes),
            {}};
    return name;
}

QString RoleNames::group(const QString& prefix, const QString& roleKey)
{
    return prefix + QStringLiteral("__") + roleKey;
}

QString RoleNames::user(const QString& prefix)
{
    return group(prefix, QStringLiteral("user"));
}

QString RoleNames::owner(const QString& prefix)
{
    return group(prefix, QStringLiteral("owner"));
}

QStringList RoleNames::groupKeys()
{
    return {QStringLiteral("administrator"), QStringLiteral("director"), QStringLiteral("approver"),
        QStringLiteral("inspector")};
}

Result<QString> RoleNames::stored(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT role_prefix FROM schema_version WHERE id = 1")) || !q.next())
        return Error{tr("The database's role prefix could not be read."), q.lastError().text()};
    return q.value(0).toString();
}

} // namespace sitegov::db
