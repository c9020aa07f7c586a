#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/OfficeClock.h"
#include "core/Permissions.h"
#include "storage/AccountService.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "storage/ConsoleDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <cstdio>

namespace sitegov {

namespace {

class AccountCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)

public:
    static Session actor() { return Cli::commandLineActor(); }

    static QString readPassword(CliIo& io, const QString& prompt) { return Cli::readPassword(io, prompt); }

    static QString newPassword(CliIo& io)
    {
        const QString first = readPassword(io, tr("New password: "));
        if (io.inIsTerminal) {
            if (readPassword(io, tr("Repeat the password: ")) != first) {
                io.err << tr("The two passwords differ.") << Qt::endl;
                return {};
            }
        }
        return first;
    }

    static int add(QCommandLineParser& p, CliIo& io)
    {
        const QString username = p.value(QStringLiteral("username"));
        if (username.isEmpty() || !p.isSet(QStringLiteral("org")) || !p.isSet(QStringLiteral("role"))) {
            io.err << tr("user add needs --username, --org and --role.") << Qt::endl;
            return 2;
        }
        const auto roles = Permissions::parseRoles(p.value(QStringLiteral("role")));
        if (!roles) {
            io.err << tr("Unknown role in \"%1\": use administrator, director, approver, inspector (comma-separated).")
                          .arg(p.value(QStringLiteral("role")))
                   << Qt::endl;
            return 2;
        }
        const auto office = Cli::openForOrg(p, io);
        if (!office)
            return 1;
        const auto& db = office->db;
        const qint64 org = office->orgId;
        const auto session = Cli::loggedIn(p, io, *db);
        if (!session)
            return 1;
        const QString password = newPassword(io);
        if (password.isEmpty()) {
            io.err << tr("No password was given on standard input.") << Qt::endl;
            return 1;
        }
        NewAccount account{
            username, p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : username, org, *roles};
        const auto id = AccountService(db->connection()).create(*session, account, password);
        if (!id) {
            io.err << id.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Account %1 created (number %2).").arg(username).arg(*id) << Qt::endl;
        return 0;
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto accounts = AccountService(db->connection()).list();
        if (!accounts) {
            io.err << accounts.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(p, io, {tr("User name"), tr("Name"), tr("Unit"), tr("Roles"), tr("State")});
        if (!out)
            return 2;
        const QDateTime now = OfficeClock::nowUtc();
        for (const Account& a : *accounts) {
            const bool locked = !a.disabled && a.lockedUntil.isValid() && a.lockedUntil > now;
            QString state = a.disabled ? tr("disabled") : tr("active");
            if (locked)
                state
                    = tr("locked until %1").arg(OfficeClock::format(a.lockedUntil, QStringLiteral("yyyy-MM-dd HH:mm")));
            const QString stateKey = a.disabled ? QStringLiteral("disabled")
                : locked                        ? QStringLiteral("locked")
                                                : QStringLiteral("active");
            out->row(
                {{QStringLiteral("id"), a.id}, {QStringLiteral("username"), a.username},
                    {QStringLiteral("name"), a.displayName}, {QStringLiteral("unit_id"), a.orgId},
                    {QStringLiteral("unit"), a.orgName}, {QStringLiteral("roles"), Permissions::keys(a.roles)},
                    {QStringLiteral("state"), stateKey},
                    {QStringLiteral("locked_until"), locked ? a.lockedUntil.toUTC().toString(Qt::ISODate) : QString()}},
                {a.username, a.displayName, a.orgName, Permissions::keys(a.roles), state});
        }
        return out->finish();
    }

    // Runs `work` on the account that --username names in the opened --database: 2 without
    // --username, 1 when the database or the account cannot be had.
    static int withAccount(QCommandLineParser& p, CliIo& io,
        const std::function<int(AccountService&, const Session&, const Account&)>& work)
    {
        const QString username = p.value(QStringLiteral("username"));
        if (username.isEmpty()) {
            io.err << tr("Give the account with --username.") << Qt::endl;
            return 2;
        }
        auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto session = Cli::loggedIn(p, io, *db);
        if (!session)
            return 1;
        AccountService accounts(db->connection());
        const auto account = accounts.byUsername(username);
        if (!account) {
            io.err << account.error().fullText() << Qt::endl;
            return 1;
        }
        return work(accounts, *session, *account);
    }

    static int setDisabled(QCommandLineParser& p, CliIo& io, bool disabled)
    {
        return withAccount(
            p, io, [&io, disabled](AccountService& accounts, const Session& session, const Account& account) {
                if (const Status s = accounts.setDisabled(session, account.id, disabled); !s) {
                    io.err << s.error().fullText() << Qt::endl;
                    return 1;
                }
                io.out << (disabled ? tr("Account %1 disabled.") : tr("Account %1 enabled.")).arg(account.username)
                       << Qt::endl;
                return 0;
            });
    }

    static int passwd(QCommandLineParser& p, CliIo& io)
    {
        return withAccount(p, io, [&io](AccountService& accounts, const Session& session, const Account& account) {
            const QString password = newPassword(io);
            if (password.isEmpty()) {
                io.err << tr("No password was given on standard input.") << Qt::endl;
                return 1;
            }
            if (const Status s = accounts.setPassword(session, account.id, password); !s) {
                io.err << s.error().fullText() << Qt::endl;
                return 1;
            }
            io.out << tr("The password of %1 was changed.").arg(account.username) << Qt::endl;
            return 0;
        });
    }

    // The line that tells what to keep elsewhere, and how to check against it later.
    static QString anchorLine(qint64 records, const QString& head)
    {
        return tr("Audit anchor to keep elsewhere (it shows records removed later): --expect-count %1 --expect-head %2")
            .arg(records)
            .arg(head);
    }

    static int auditVerify(QCommandLineParser& p, CliIo& io)
    {
        AuditLog::Anchor anchor;
        if (p.isSet(QStringLiteral("expect-count"))) {
            bool ok = false;
            anchor.records = p.value(QStringLiteral("expect-count")).toLongLong(&ok);
            if (!ok || anchor.records < 0) {
                io.err << tr("--expect-count takes the number of records that a backup or audit verify printed.")
                       << Qt::endl;
                return 2;
            }
        }
        if (p.isSet(QStringLiteral("expect-head"))) {
            static const QRegularExpression hash(QStringLiteral("^[0-9a-fA-F]{64}$"));
            anchor.headHash = p.value(QStringLiteral("expect-head")).trimmed();
            if (!hash.match(anchor.headHash).hasMatch()) {
                io.err << tr("--expect-head takes the 64-character hash that a backup or audit verify printed.")
                       << Qt::endl;
                return 2;
            }
        }
        const QString path = Cli::existingDatabase(p, io);
        if (path.isEmpty())
            return 1;
        auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
        if (!db) {
            io.err << db.error().fullText() << Qt::endl;
            return 1;
        }
        const bool anchored = anchor.records >= 0 || !anchor.headHash.isEmpty();
        const auto v = AuditLog::verify((*db)->connection(), anchor);
        if (!v) {
            io.err << v.error().fullText() << Qt::endl;
            return 1;
        }
        if (!v->ok && v->headHash.isEmpty()) {
            io.err << tr("The audit trail is broken at record %1: %2").arg(v->firstBadId).arg(v->reason) << Qt::endl;
            return 1;
        }
        if (!v->ok) {
            io.err << tr("The audit trail does not agree with the anchor: %1").arg(v->reason) << Qt::endl;
            return 1;
        }
        io.out << tr("The audit trail is whole: %1 records, last hash %2.").arg(v->records).arg(v->headHash)
               << Qt::endl;
        if (anchored) {
            io.out << tr("It agrees with the anchor: its record %1 is there, and %2 records were written after it.")
                          .arg(v->anchorRecord)
                          .arg(v->records - v->anchorRecord)
                   << Qt::endl;
        }
        io.out << anchorLine(v->records, v->headHash) << Qt::endl;
        return 0;
    }

    static int backup(QCommandLineParser& p, CliIo& io)
    {
        const QString output = p.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            io.err << tr("Give the backup file with --output.") << Qt::endl;
            return 2;
        }
        if (const Status s = BackupService::backup(Cli::databasePath(p), output); !s) {
            io.err << s.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Backup written to %1 (%2 bytes).")
                      .arg(QDir::toNativeSeparators(output))
                      .arg(QLocale::c().toString(QFileInfo(output).size()))
               << Qt::endl;
        const auto check = BackupService::checkCopy(
            output, BackupService::AuditCheck::Required, BackupService::IntegrityCheck::None);
        if (!check)
            io.err << tr("Warning: %1").arg(check.error().message) << Qt::endl;
        else if (!check->auditHead.isEmpty())
            io.out << anchorLine(check->auditRecords, check->auditHead) << Qt::endl;
        return 0;
    }

    static int restore(QCommandLineParser& p, CliIo& io)
    {
        const QStringList files = p.positionalArguments();
        if (files.size() != 1) {
            io.err << tr("Give exactly one backup file: sitegovctl restore FILE --database PATH.") << Qt::endl;
            return 2;
        }
        const auto kept = BackupService::restore(files.constFirst(), Cli::databasePath(p), actor());
        if (!kept) {
            io.err << kept.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Restored %1 into %2.").arg(files.constFirst(), Cli::databasePath(p)) << Qt::endl;
        if (!kept->isEmpty())
            io.out << tr("The replaced database was kept as %1.").arg(QDir::toNativeSeparators(*kept)) << Qt::endl;
        return 0;
    }
};

} // namespace

void registerAccountCommands(Cli& cli)
{
    const auto withUsername = [](QCommandLineParser& p) {
        p.addOption(Cli::databaseOption());
        p.addOption({QStringLiteral("username"), Cli::tr("The account's user name."), Cli::tr("NAME")});
        p.addOption(Cli::asOption());
    };
    cli.add({QStringLiteral("user add"), Cli::tr("Create an account; the password is read from standard input."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(
                {QStringLiteral("username"), Cli::tr("The new user name (letters, digits, . _ -)."), Cli::tr("NAME")});
            p.addOption({QStringLiteral("name"), Cli::tr("The person's full name."), Cli::tr("TEXT")});
            p.addOption({QStringLiteral("org"),
                Cli::tr("The account's unit: its number, its 6-digit division code or its exact name."),
                Cli::tr("UNIT")});
            p.addOption({QStringLiteral("role"),
                Cli::tr("Roles, comma-separated: administrator, director, approver, inspector."), Cli::tr("ROLES")});
            p.addOption(Cli::asOption());
        },
        &AccountCommands::add, {Action::ManageAccounts}});
    cli.add({QStringLiteral("user list"), Cli::tr("List the accounts: user name, name, unit, roles, state."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            RowOutput::declare(p);
        },
        &AccountCommands::list});
    cli.add({QStringLiteral("user disable"), Cli::tr("Disable an account: it can no longer log in."), withUsername,
        [](QCommandLineParser& p, CliIo& io) { return AccountCommands::setDisabled(p, io, true); },
        {Action::ManageAccounts}});
    cli.add({QStringLiteral("user enable"), Cli::tr("Enable a disabled account again."), withUsername,
        [](QCommandLineParser& p, CliIo& io) { return AccountCommands::setDisabled(p, io, false); },
        {Action::ManageAccounts}});
    cli.add({QStringLiteral("user passwd"), Cli::tr("Set an account's password, read from standard input."),
        withUsername, &AccountCommands::passwd, {Action::ManageAccounts}});
    cli.add({QStringLiteral("audit verify"),
        Cli::tr("Check the audit trail's hash chain; exits 1 naming the first bad record."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("expect-count"),
                Cli::tr("The number of records an earlier backup or audit verify printed: fewer now means records "
                        "at the end were removed."),
                Cli::tr("N")});
            p.addOption({QStringLiteral("expect-head"),
                Cli::tr("The last hash an earlier backup or audit verify printed: that record must still be in the "
                        "trail (at record N with --expect-count)."),
                Cli::tr("HASH")});
        },
        &AccountCommands::auditVerify});
    cli.add({QStringLiteral("backup"), Cli::tr("Write a consistent copy of the database, even while it is in use."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The backup file to write."),
                Cli::tr("FILE")});
        },
        &AccountCommands::backup});
    cli.add({QStringLiteral("restore"),
        Cli::tr("Check a backup, keep the current database beside it, and restore the backup."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The backup file to restore."));
        },
        &AccountCommands::restore});
}

} // namespace sitegov
