#include "gui/common/People.h"

#include "db/Database.h"
#include "storage/AccountService.h"

#include <QHash>

namespace sitegov {

namespace {

// Login names compare without case, as the accounts table does.
QHash<QString, QString>& names()
{
    static QHash<QString, QString> table;
    return table;
}

} // namespace

void People::load(const Database& database)
{
    const auto accounts = AccountService(database.connection()).list();
    if (!accounts)
        return; // the names shown stay as they were
    QHash<QString, QString> table;
    for (const Account& a : *accounts) {
        if (!a.displayName.trimmed().isEmpty())
            table.insert(a.username.toLower(), a.displayName.trimmed());
    }
    names() = std::move(table);
}

QString People::name(const QString& login)
{
    return names().value(login.trimmed().toLower(), login);
}

QString People::toolTip(const QString& login)
{
    return names().contains(login.trimmed().toLower()) ? tr("Login name: %1").arg(login) : QString();
}

QString People::nameWithLogin(const QString& login)
{
    const QString shown = name(login);
    return shown == login ? login : tr("%1 (%2)").arg(shown, login);
}

} // namespace sitegov
