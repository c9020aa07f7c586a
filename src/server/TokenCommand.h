#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sitegov::server {

// sitegov-server token create|list|revoke: manages API tokens in a store.
//   token create --database PATH --name NAME --scope read|write   prints the new token (only it) on stdout
//   token list --database PATH                                    id, name, scope, created, revoked
//   token revoke --database PATH (--id N | --name NAME)
// Exit codes: 0 done, 1 the work failed, 2 usage error.
class TokenCommand final
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    static int run(const QStringList& args, QTextStream& out, QTextStream& err);
    static QString helpText();
};

} // namespace sitegov::server
