#include "cli/Cli.h"
#include "storage/ConsoleDatabase.h"
#include "storage/RegistryExchange.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"

#include <QDir>
#include <QFileInfo>

namespace sitegov {

namespace {

class RegistryCommands final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCommands)

public:
    static Session actor() { return Cli::commandLineActor(); }

    static std::optional<ExchangeKind> kindArgument(QCommandLineParser& p, CliIo& io, int expectedPositional)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != expectedPositional) {
            io.err << tr("Give what to exchange (sites, orgs, persons or assignments)%1.")
                          .arg(expectedPositional == 2 ? tr(" and the file") : QString())
                   << Qt::endl;
            return std::nullopt;
        }
        const auto kind = RegistryExchange::kind(args.constFirst());
        if (!kind)
            io.err << tr("\"%1\" is not sites, orgs, persons or assignments.").arg(args.constFirst()) << Qt::endl;
        return kind;
    }

    static int import(QCommandLineParser& p, CliIo& io)
    {
        const auto kind = kindArgument(p, io, 2);
        if (!kind)
            return 2;
        const QString file = p.positionalArguments().at(1);
        int exitCode = 0;
        const auto table = Cli::readTable(p, io, file, exitCode);
        if (!table)
            return exitCode;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const bool dryRun = p.isSet(QStringLiteral("dry-run"));
        const auto mode = dryRun                        ? RegistryExchange::ImportMode::DryRun
            : p.isSet(QStringLiteral("good-rows-only")) ? RegistryExchange::ImportMode::GoodRowsOnly
                                                        : RegistryExchange::ImportMode::AllOrNothing;
        const auto report = RegistryExchange::import(db->connection(), actor(), *kind, *table, mode);
        if (!report) {
            io.err << report.error().fullText() << Qt::endl;
            return 1;
        }
        Cli::printIssues(io, report->issues);
        // What each good row does (or, for a dry run, would do): the rows that change a record, each
        // with the columns it changes, then the counts.
        for (const RowOutcome& o : report->outcomes) {
            if (o.action == RowAction::Updated) {
                io.out << tr("line %1: update %2: %3").arg(o.line).arg(o.key, o.changed.join(QStringLiteral(", ")))
                       << Qt::endl;
            }
        }
        if (!report->outcomes.isEmpty()) {
            io.out << (report->committed ? tr("%1 created, %2 updated, %3 unchanged.")
                                         : tr("Would be: %1 created, %2 updated, %3 unchanged."))
                          .arg(report->count(RowAction::Created))
                          .arg(report->count(RowAction::Updated))
                          .arg(report->count(RowAction::Unchanged))
                   << Qt::endl;
        }
        const QString format = Cli::tableFormat(*table);
        if (report->committed) {
            io.out << tr("Imported %1 of %2 %3 from %4 (%5).")
                          .arg(report->imported)
                          .arg(report->rows)
                          .arg(RegistryExchange::kindName(*kind), QDir::toNativeSeparators(file), format)
                   << Qt::endl;
        } else if (dryRun) {
            io.out << tr("Checked %1 rows of %2 (%3): %4 good, %5 with errors; nothing was changed.")
                          .arg(report->rows)
                          .arg(QDir::toNativeSeparators(file), format)
                          .arg(report->imported)
                          .arg(report->failed)
                   << Qt::endl;
        } else {
            Cli::nothingImported(io, report->failed, report->rows, report->imported);
        }
        return report->failed > 0 ? 1 : 0;
    }

    static int exportTable(QCommandLineParser& p, CliIo& io)
    {
        const auto kind = kindArgument(p, io, 1);
        if (!kind)
            return 2;
        const QString output = p.value(QStringLiteral("output"));
        const auto options = Cli::tableWriteOptions(p, output, io);
        if (!options)
            return 2;
        // Opened (and migrated) here; the export reads through connections of its own.
        if (!Cli::openDatabase(p, io))
            return 1;
        const QString path = Cli::databasePath(p);
        TableWriter writer(output, *options);
        const auto rows
            = RegistryExchange::exportTable(path, *kind, writer, nullptr, p.isSet(QStringLiteral("english-headers")));
        if (!rows) {
            io.err << rows.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Exported %1 %2 to %3.")
                      .arg(*rows)
                      .arg(RegistryExchange::kindName(*kind), QDir::toNativeSeparators(output))
               << Qt::endl;
        return 0;
    }
};

} // namespace

void registerRegistryCommands(Cli& cli)
{
    cli.add({QStringLiteral("import"),
        Cli::tr("Import sites, orgs, persons or assignments from CSV (UTF-8 or GBK) or XLSX; all or nothing."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("KIND"), Cli::tr("sites, orgs, persons or assignments"));
            p.addPositionalArgument(
                QStringLiteral("FILE"), Cli::tr("The CSV or XLSX file; the first line names the columns."));
            p.addOption(Cli::goodRowsOption());
            p.addOption({QStringLiteral("dry-run"), Cli::tr("Check every row and report, changing nothing.")});
            p.addOption({QStringLiteral("encoding"), Cli::tr("The CSV file's encoding: auto (default), utf-8 or gbk."),
                Cli::tr("ENCODING")});
        },
        &RegistryCommands::import});
    cli.add({QStringLiteral("export"), Cli::tr("Export sites, orgs, persons or assignments to CSV or XLSX."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("KIND"), Cli::tr("sites, orgs, persons or assignments"));
            Cli::addTableWriteOptions(p);
        },
        &RegistryCommands::exportTable});
}

} // namespace sitegov
