#include "cli/Cli.h"

#include "storage/ConsoleDatabase.h"
#include "demo/DemoBuilder.h"

#include <QDate>
#include <QDir>

namespace sitegov {

namespace {

class FoundationCommands final
{
    Q_DECLARE_TR_FUNCTIONS(FoundationCommands)

public:
    static int migrate(QCommandLineParser& p, CliIo& io)
    {
        const QString path = Cli::databasePath(p);
        const auto db = ConsoleDatabase::open(path, Database::Mode::Migrate);
        if (!db) {
            io.err << db.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("%1 is at schema version %2.").arg(QDir::toNativeSeparators((*db)->path())).arg((*db)->schemaVersion())
               << Qt::endl;
        return 0;
    }

    static int demo(QCommandLineParser& p, CliIo& io)
    {
        const QString path = Cli::databasePath(p);
        bool seedOk = true;
        const quint32 seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toUInt(&seedOk) : 2017;
        if (!seedOk) {
            io.err << tr("The seed must be a whole number from 0 to 4294967295.") << Qt::endl;
            return 2;
        }
        DemoBuilder::Options options;
        options.seed = seed;
        if (p.isSet(QStringLiteral("today"))) {
            options.today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
            if (!options.today.isValid()) {
                io.err << tr("--today takes a date as YYYY-MM-DD.") << Qt::endl;
                return 2;
            }
        }
        if (p.isSet(QStringLiteral("replace"))) {
            // Emptied through SQLite, never deleted: a console that has the file open would go on
            // writing into a deleted file (and the next program to close it would take its WAL away).
            if (const Status s = Database::erase(path); !s) {
                io.err << tr("%1 cannot be replaced: %2").arg(QDir::toNativeSeparators(path), s.error().fullText())
                       << Qt::endl;
                return 1;
            }
        }
        const auto db = ConsoleDatabase::open(path, Database::Mode::Migrate);
        if (!db) {
            io.err << db.error().fullText() << Qt::endl;
            return 1;
        }
        const auto summary = DemoBuilder::build(**db, options);
        if (!summary) {
            io.err << summary.error().fullText() << Qt::endl;
            if (!p.isSet(QStringLiteral("replace")))
                io.err << tr("Use --replace to build the demo into this file afresh.") << Qt::endl;
            return 1;
        }
        io.out << tr("Demo database %1: %2 units, %3 sites, %4 accounts (seed %5).")
                      .arg(QDir::toNativeSeparators((*db)->path()))
                      .arg(summary->organisations)
                      .arg(summary->sites)
                      .arg(summary->accounts)
                      .arg(seed)
               << Qt::endl;
        return 0;
    }
};

} // namespace

void registerFoundationCommands(Cli& cli)
{
    cli.add({QStringLiteral("migrate"), Cli::tr("Create the database or bring its schema up to date."),
        [](QCommandLineParser& p) { p.addOption(Cli::databaseOption()); }, &FoundationCommands::migrate});
    cli.add({QStringLiteral("demo"), Cli::tr("Build the Fujian demo database."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("seed"), Cli::tr("Random seed: the same seed gives the same demo (default 2017)."),
                Cli::tr("N")});
            p.addOption({QStringLiteral("today"), Cli::tr("The date the demo treats as today (default: today)."),
                Cli::tr("YYYY-MM-DD")});
            p.addOption({QStringLiteral("replace"), Cli::tr("Empty the database first if it exists (through SQLite, safe while it is open elsewhere).")});
        },
        &FoundationCommands::demo});
}

} // namespace sitegov
