#pragma once

#include "core/Period.h"
#include "core/Permissions.h"
#include "storage/ConsoleDatabase.h"
#include "storage/ListQueries.h"
#include "storage/RegistryExchange.h"
#include "storage/Session.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace sitegov {

// Standard streams for a command, replaceable in tests.
struct CliIo
{
    QTextStream& out;
    QTextStream& err;
    QTextStream& in;
    bool inIsTerminal = false; // prompt and hide typing when reading passwords
};

// sitegovctl: subcommands over the same libraries as the console. Every subcommand has --help.
// Exit codes: 0 success, 1 the work failed (bad data, refused), 2 usage error.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    struct Command
    {
        QString name; // "migrate", "user add"
        QString summary; // one line for the overview
        std::function<void(QCommandLineParser&)> declare;
        std::function<int(QCommandLineParser&, CliIo&)> run;
        // The permissions it needs, named in its --help with the roles that hold them (none: it
        // changes nothing governed, or only the command line's own administration does it).
        QList<Action> permissions = {};
    };

    Cli();
    Cli(const Cli&) = delete; // the completion command keeps a pointer to its table
    Cli& operator=(const Cli&) = delete;
    int run(const QStringList& arguments, CliIo& io); // arguments[0] is the program name

    void add(Command command);
    const QList<Command>& commands() const { return m_commands; }
    // The options a command declares, as its --help lists them: "-d", "--database", "--help", ...
    static QStringList optionNames(const Command& command);

    // Helpers for commands.
    static QCommandLineOption databaseOption();
    // The --database path, or the default one: for the commands that create a database (migrate,
    // demo, restore).
    static QString databasePath(const QCommandLineParser& parser);
    // The same for a database that must exist already (a mistyped path would otherwise give a new,
    // empty database and a report on it); empty, after saying why on the error stream, when it does not.
    static QString existingDatabase(const QCommandLineParser& parser, CliIo& io);
    // Opens (and migrates) the existing --database; nothing, after saying why on the error stream,
    // when it cannot be opened.
    static std::unique_ptr<Database> openDatabase(const QCommandLineParser& parser, CliIo& io);
    // A unit given as its number, its division code (the government of that code) or its exact
    // name (RegistryQueries::unitsMatching); 0, after saying so on the error stream, when there is
    // none, or when units share the name (the error lists them with their numbers and codes).
    static qint64 findUnit(Database& database, const QString& text, CliIo& io);
    // The unit option --`name` (findUnit) when it is given: 0 when it is not; -1, after saying why on
    // the error stream, when it names no unit or several.
    static qint64 unitOption(const QCommandLineParser& parser, CliIo& io, Database& database, const QString& name);
    // A site given as its identifier code or its number; 0, after saying so on the error stream,
    // when there is none.
    static qint64 findSite(Database& database, const QString& text, CliIo& io);
    // The date of option --`name` (yyyy-MM-dd): an invalid QDate when it is not given, nothing
    // (after saying why on the error stream) when it is no date.
    static std::optional<QDate> dateOption(const QCommandLineParser& parser, CliIo& io, const QString& name);
    // The month of option --month (2026-11), this month when it is not given; nothing (after saying
    // why on the error stream) when it is no month.
    static std::optional<Period> monthOption(const QCommandLineParser& parser, CliIo& io);
    // --month (monthOption) of a command about one office's month, whose --org must be given:
    // nothing, after saying why (`withoutOrg` when --org is missing) on the error stream, otherwise.
    static std::optional<Period> officeMonthOptions(
        const QCommandLineParser& parser, CliIo& io, const QString& withoutOrg);
    // The one positional argument as a record's number; 0, after saying `missing` on the error
    // stream, when there is not exactly one or it is no number above 0.
    static qint64 numberArgument(const QCommandLineParser& parser, CliIo& io, const QString& missing);
    // Hands every row of a list query to `row`, a page at a time, in `sortColumn`'s order (-1: the
    // query's own); false, after saying why on the error stream, when a page cannot be read.
    static bool eachRow(const QString& databasePath, const ListQuery& query, int sortColumn, CliIo& io,
        const std::function<void(const QVector<QVariant>&)>& row);
    // The command line acting as itself (no --as): a system actor "sitegovctl:USER" for the audit trail.
    static Session commandLineActor();
    // The option --as USER: act as that account, within its roles and jurisdiction.
    static QCommandLineOption asOption();
    // Who acts: with --as USER, that account once its password (SITEGOV_PASSWORD, else read from
    // standard input, hidden on a terminal) is checked, as the console's login checks it; without
    // it, the command line itself (commandLineActor). Nothing, after saying why on the error
    // stream, when the account cannot log in.
    // The --as account's password: SITEGOV_PASSWORD, else asked on the terminal, once per run.
    static QString asPassword(CliIo& io, const QString& user);
    static std::optional<Session> loggedIn(const QCommandLineParser& parser, CliIo& io, Database& database);
    // The opened --database and who acts in it (loggedIn): what every command that changes data
    // starts with. Nothing, after saying why on the error stream, when either cannot be had.
    // The opened --database and the unit --org names in it (findUnit): what a command about one
    // office starts with. Nothing, after saying why on the error stream, when either cannot be had.
    struct OfficeDatabase
    {
        std::unique_ptr<Database> db;
        qint64 orgId = 0;
    };
    static std::optional<OfficeDatabase> openForOrg(const QCommandLineParser& parser, CliIo& io);
    struct Acting
    {
        std::unique_ptr<Database> db;
        Session session;
    };
    static std::optional<Acting> acting(const QCommandLineParser& parser, CliIo& io);
    // acting() for a change to the record whose number is the one positional argument
    // (numberArgument, `missing` when there is none): nothing, after saying why on the error stream,
    // with `exitCode` 2 for a missing number and 1 when the database or the account cannot be had.
    struct ActingOn
    {
        Acting acting;
        qint64 id = 0;
    };
    static std::optional<ActingOn> actingOn(
        const QCommandLineParser& parser, CliIo& io, const QString& missing, int& exitCode);
    // Reads one line from standard input. On a terminal it prompts on stderr and hides the typing.
    static QString readPassword(CliIo& io, const QString& prompt);
    // --encoding of a file to import (auto, utf-8, gbk); nothing (after saying why on the error
    // stream) for another value.
    static std::optional<TableReadOptions> tableReadOptions(const QCommandLineParser& parser, CliIo& io);
    // The one FILE a command imports; nothing, after saying so on the error stream, for none or more.
    static std::optional<QString> oneFileArgument(const QCommandLineParser& parser, CliIo& io);
    // The table in `file`, read with --encoding (tableReadOptions); nothing, after saying why on the
    // error stream, when --encoding is wrong (`exitCode` 2) or the file cannot be read (`exitCode` 1).
    static std::optional<TableData> readTable(
        const QCommandLineParser& parser, CliIo& io, const QString& file, int& exitCode);
    // How a table was read, for an import's closing line: "XLSX", or "CSV, GBK".
    static QString tableFormat(const TableData& table);
    // An import's row errors on the error stream and its warnings on the output, each with its line.
    static void printIssues(CliIo& io, const QList<ImportIssue>& issues);
    // The option to import the good rows of a file with bad ones: --good-rows-only, or --good-only.
    static QCommandLineOption goodRowsOption();
    // Says that an all-or-nothing import changed nothing, and what would import the good rows.
    static void nothingImported(CliIo& io, int failed, int rows, int good);
    // --output, --format csv|xlsx (default: by the file's suffix) and --encoding of an export;
    // nothing (after saying why on the error stream) when one is missing or wrong.
    static std::optional<TableWriteOptions> tableWriteOptions(
        const QCommandLineParser& parser, const QString& output, CliIo& io);
    // Declares what tableWriteOptions() reads (--output, --format, --encoding) and --english-headers.
    static void addTableWriteOptions(QCommandLineParser& parser);

private:
    int overview(CliIo& io, int exitCode) const;
    static QString permissionText(const QList<Action>& actions);
    QList<Command> m_commands;
};

// Registers the commands defined in Commands*.cpp.
void registerFoundationCommands(Cli& cli);
void registerAccountCommands(Cli& cli);
void registerRegistryCommands(Cli& cli);
void registerRegistryEditCommands(Cli& cli);
void registerRequestCommands(Cli& cli);
void registerRequestActionCommands(Cli& cli);
void registerInspectionCommands(Cli& cli);
void registerReviewCommands(Cli& cli);
void registerSpotCheckCommands(Cli& cli);
void registerSpotCheckPlanCommands(Cli& cli);
void registerAssessmentCommands(Cli& cli);
void registerAssessmentReviewCommands(Cli& cli);
void registerOutboxCommands(Cli& cli);
void registerSiteViewCommands(Cli& cli);
void registerPolicyCommands(Cli& cli);
void registerTicketCommands(Cli& cli);
void registerAnnualReportCommands(Cli& cli);
void registerProbeCommands(Cli& cli);
void registerFollowUpCommands(Cli& cli);
void registerAdminCommands(Cli& cli);
void registerCompletionCommand(Cli& cli); // last: it reads the table

} // namespace sitegov
