#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "storage/ConsoleDatabase.h"
#include "storage/TableWriter.h"

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
        QString name;    // "migrate", "user add"
        QString summary; // one line for the overview
        std::function<void(QCommandLineParser&)> declare;
        std::function<int(QCommandLineParser&, CliIo&)> run;
    };

    Cli();
    int run(const QStringList& arguments, CliIo& io); // arguments[0] is the program name

    void add(Command command);
    const QList<Command>& commands() const { return m_commands; }

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
    static qint64 findUnit(QSqlDatabase& db, const QString& text, CliIo& io);
    // The option to import the good rows of a file with bad ones: --good-rows-only, or --good-only.
    static QCommandLineOption goodRowsOption();
    // Says that an all-or-nothing import changed nothing, and what would import the good rows.
    static void nothingImported(CliIo& io, int failed, int rows, int good);
    // --output, --format csv|xlsx (default: by the file's suffix) and --encoding of an export;
    // nothing (after saying why on the error stream) when one is missing or wrong.
    static std::optional<TableWriteOptions> tableWriteOptions(const QCommandLineParser& parser, const QString& output,
        CliIo& io);

private:
    int overview(CliIo& io, int exitCode) const;
    QList<Command> m_commands;
};

// Registers the commands defined in Commands*.cpp.
void registerFoundationCommands(Cli& cli);
void registerAccountCommands(Cli& cli);
void registerRegistryCommands(Cli& cli);
void registerRequestCommands(Cli& cli);
void registerInspectionCommands(Cli& cli);
void registerReviewCommands(Cli& cli);

} // namespace sitegov
