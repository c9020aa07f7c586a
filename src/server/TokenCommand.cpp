#include "server/TokenCommand.h"

#include "core/CommandLineOption.h"
#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "server/AccessToken.h"
#include "server/ServerStore.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace sitegov::server {

namespace {

// "--name x", "--name=x" -> map; false and a message on a usage error.
bool parseOptions(const QStringList& args, const QStringList& known, QMap<QString, QString>* out, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        CommandLineOption option(args, i);
        const QString a = option.name();
        if (a == u"--help" || a == u"-h") {
            out->insert(QStringLiteral("help"), QString());
            continue;
        }
        if (!a.startsWith(QLatin1String("--")) || !known.contains(a.mid(2))) {
            *error = TokenCommand::tr("Unknown option %1.").arg(a);
            return false;
        }
        const std::optional<QString> value = option.value();
        if (!value) {
            *error = TokenCommand::tr("%1 needs a value.").arg(a);
            return false;
        }
        out->insert(a.mid(2), *value);
    }
    return true;
}

} // namespace

QString TokenCommand::helpText()
{
    return tr("Usage: sitegov-server token create --database PATH --name NAME --scope read|write|metrics\n"
              "       sitegov-server token list --database PATH\n"
              "       sitegov-server token revoke --database PATH (--id N | --name NAME)\n"
              "\n"
              "create prints the new token on standard output, and nothing else: it is shown once,\n"
              "and the store keeps only its SHA-256 hash. A read token may call every GET endpoint;\n"
              "a write token may also register sites and post assessments; a metrics token may read\n"
              "GET /metrics (for Prometheus) and nothing else.\n");
}

int TokenCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h") {
        (args.isEmpty() ? err : out) << helpText();
        return args.isEmpty() ? 2 : 0;
    }
    const QString action = args.first();
    QStringList known{QStringLiteral("database")};
    if (action == u"create")
        known << QStringLiteral("name") << QStringLiteral("scope");
    else if (action == u"revoke")
        known << QStringLiteral("id") << QStringLiteral("name");
    else if (action != u"list") {
        err << tr("Unknown token command %1: use create, list or revoke.").arg(action) << '\n';
        return 2;
    }
    QMap<QString, QString> options;
    QString usage;
    if (!parseOptions(args.mid(1), known, &options, &usage)) {
        err << usage << '\n' << helpText();
        return 2;
    }
    if (options.contains(QStringLiteral("help"))) {
        out << helpText();
        return 0;
    }
    const QString database = options.value(QStringLiteral("database"));
    if (database.isEmpty()) {
        err << tr("--database PATH is required.") << '\n';
        return 2;
    }

    std::optional<AccessToken::Scope> scope;
    QString name = options.value(QStringLiteral("name")).trimmed();
    if (action == u"create") {
        scope = AccessToken::scope(options.value(QStringLiteral("scope")));
        if (name.isEmpty()) {
            err << tr("--name NAME is required: it says who or what uses the token.") << '\n';
            return 2;
        }
        if (!scope) {
            err << tr("--scope must be read, write or metrics.") << '\n';
            return 2;
        }
    }
    if (action == u"revoke" && options.contains(QStringLiteral("id")) == options.contains(QStringLiteral("name"))) {
        err << tr("token revoke needs either --id N or --name NAME.") << '\n';
        return 2;
    }

    const bool byId = options.contains(QStringLiteral("id"));
    const QString key = byId ? options.value(QStringLiteral("id")) : name;
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (byId && !isNumber) {
        err << tr("--id takes the number that token list shows.") << '\n';
        return 2;
    }

    // Only a new token may start a store (before the server first runs); listing or revoking on a
    // mistyped path must not create an empty one.
    const auto location = db::DatabaseLocation::parse(database);
    if (!location) {
        err << location.error().fullText() << '\n';
        return 2;
    }
    if (location->isPostgres() && action == u"create") {
        if (const Status s = Database::create(database); !s) {
            err << s.error().fullText() << '\n';
            return 1;
        }
    }
    if (action != u"create" && location->isFile() && !QFileInfo::exists(database)) {
        err << tr("The store %1 does not exist: check the path given with --database.").arg(QDir::toNativeSeparators(database))
            << '\n';
        return 1;
    }
    auto store = ServerStore::open(database);
    if (!store) {
        err << store.error().fullText() << '\n';
        return 1;
    }

    if (action == u"create") {
        const QString token = AccessToken::generate();
        const auto created = (*store)->createToken(name, *scope, AccessToken::hash(token.toUtf8()));
        if (!created) {
            err << created.error().fullText() << '\n';
            return 1;
        }
        out << token << '\n';
        err << tr("Created the %1 token \"%2\" (id %3). It is shown only this once.")
                   .arg(AccessToken::scopeKey(*scope), name)
                   .arg(created->id)
            << '\n';
        return 0;
    }
    if (action == u"list") {
        const auto tokens = (*store)->tokens();
        if (!tokens) {
            err << tokens.error().fullText() << '\n';
            return 1;
        }
        out << tr("id\tname\tscope\tcreated\trevoked") << '\n';
        for (const auto& t : *tokens) {
            out << t.id << '\t' << t.name << '\t' << AccessToken::scopeKey(t.scope) << '\t' << t.createdAt << '\t'
                << (t.revokedAt.isEmpty() ? QStringLiteral("-") : t.revokedAt) << '\n';
        }
        return 0;
    }
    const auto revoked = byId ? (*store)->revokeToken(id) : (*store)->revokeToken(name);
    if (!revoked) {
        err << revoked.error().fullText() << '\n';
        return 1;
    }
    if (*revoked == 0) {
        err << tr("No active token %1 was found.").arg(key) << '\n';
        return 1;
    }
    err << tr("Revoked token %1.").arg(key) << '\n';
    return 0;
}

} // namespace sitegov::server
