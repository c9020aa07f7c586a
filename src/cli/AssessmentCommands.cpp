#include "cli/Cli.h"
#include "storage/AssessmentExchange.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"

#include <QDir>

namespace sitegov {

namespace {

// `sitegovctl assessment export|import`: an office's spot-check assessments of a month for checkers
// who work in spreadsheets (storage/AssessmentExchange), through the registry's table readers and
// writers.
class AssessmentCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentCommands)

public:
    static int exportTable(QCommandLineParser& p, CliIo& io)
    {
        const auto m = Cli::officeMonthOptions(p, io, tr("Name the office whose plan it is with --org."));
        if (!m)
            return 2;
        const QString output = p.value(QStringLiteral("output"));
        auto options = Cli::tableWriteOptions(p, output, io);
        if (!options)
            return 2;
        options->sheetName = tr("Assessments %1").arg(m->toString());
        const auto office = Cli::openForOrg(p, io);
        if (!office)
            return 1;
        const auto& db = office->db;
        const qint64 orgId = office->orgId;
        TableWriter writer(output, *options);
        const auto rows = AssessmentExchange::exportTable(
            db->connection(), orgId, *m, writer, p.isSet(QStringLiteral("english-headers")));
        if (!rows) {
            io.err << rows.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Exported %1 sites of the plan of %2 to %3.")
                      .arg(*rows)
                      .arg(m->toString(), QDir::toNativeSeparators(output))
               << Qt::endl;
        return 0;
    }

    static int import(QCommandLineParser& p, CliIo& io)
    {
        const auto file = Cli::oneFileArgument(p, io);
        if (!file)
            return 2;
        const auto m = Cli::officeMonthOptions(p, io, tr("Name the office whose plan it is with --org."));
        if (!m)
            return 2;
        int exitCode = 0;
        const auto table = Cli::readTable(p, io, *file, exitCode);
        if (!table)
            return exitCode;
        const auto office = Cli::openForOrg(p, io);
        if (!office)
            return 1;
        const auto& db = office->db;
        const qint64 orgId = office->orgId;
        const auto session = Cli::loggedIn(p, io, *db);
        if (!session)
            return 1;
        const auto report = AssessmentExchange::import(
            db->connection(), *session, orgId, *m, *table, p.isSet(QStringLiteral("submit")));
        if (!report) {
            io.err << report.error().fullText() << Qt::endl;
            return 1;
        }
        Cli::printIssues(io, report->issues);
        if (report->committed) {
            io.out << tr("Imported the assessments of %1 of %2 sites from %3 (%4).")
                          .arg(report->imported)
                          .arg(report->rows)
                          .arg(QDir::toNativeSeparators(*file), Cli::tableFormat(*table))
                   << Qt::endl;
            return 0;
        }
        if (report->failed > 0) {
            io.err << tr("Nothing was imported: %n row(s) have errors; correct them and import the file again.",
                nullptr, report->failed)
                   << Qt::endl;
            return 1;
        }
        io.err << tr("No row of the file fills in an assessment: nothing was imported.") << Qt::endl;
        return 1;
    }
};

} // namespace

void registerAssessmentCommands(Cli& cli)
{
    const QCommandLineOption month{
        QStringLiteral("month"), Cli::tr("The month, e.g. 2026-11 (default: this month)."), Cli::tr("YYYY-MM")};
    const QCommandLineOption org{QStringLiteral("org"),
        Cli::tr("The office whose plan it is: its number, its 6-digit division code or its exact name."),
        Cli::tr("CODE")};
    cli.add({QStringLiteral("assessment export"),
        Cli::tr("Export an office's spot-check assessments of a month to CSV or XLSX: a row per site of its plan, a "
                "column per veto item and indicator (imports again)."),
        [month, org](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(month);
            p.addOption(org);
            Cli::addTableWriteOptions(p);
        },
        &AssessmentCommands::exportTable});
    cli.add({QStringLiteral("assessment import"),
        Cli::tr("Import spot-check assessments from CSV (UTF-8 or GBK) or XLSX into an office's plan of a month, as "
                "the checker's drafts; all or nothing, every bad row named."),
        [month, org](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("FILE"),
                Cli::tr("The CSV or XLSX file: site_code, a column per veto item (yes/no) and indicator (points "
                        "deducted), their notes, bonus, evidence_url, summary."));
            p.addOption(month);
            p.addOption(org);
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("submit"), Cli::tr("Submit each assessment for review after saving it.")});
            p.addOption({QStringLiteral("encoding"), Cli::tr("The CSV file's encoding: auto (default), utf-8 or gbk."),
                Cli::tr("ENCODING")});
        },
        &AssessmentCommands::import, {Action::AssessSites}});
}

} // namespace sitegov
