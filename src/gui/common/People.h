#pragma once

#include <QCoreApplication>
#include <QString>

namespace sitegov {

class Database;

// People are shown by their names (docs/design/ux.md, "People"): requests, inspections, histories
// and the audit trail store who acted as an account's login name ("inspector-siming"); the console
// shows the person ("陈志明") and keeps the login name for the tooltip. A stored name that is no
// account's login (someone who inspects without an account, "sitegovctl:root") is shown as written.
// GUI thread only.
class People final
{
    Q_DECLARE_TR_FUNCTIONS(sitegov::People)

public:
    // Reads the accounts' names (the window does on opening, and on F5).
    static void load(const Database& database);
    // The person's name for a login name, or `login` itself.
    static QString name(const QString& login);
    // "Login name: inspector-siming" for an account's login; empty when the name shown is the login.
    static QString toolTip(const QString& login);
    // "陈志明 (inspector-siming)": both, where a list chooses among accounts.
    static QString nameWithLogin(const QString& login);
};

} // namespace sitegov
