#include "cli/Cli.h"
#include "core/Checklist.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "storage/AccountService.h"
#include "storage/ChecklistService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/InspectionExchange.h"
#include "storage/InspectionQueries.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"

#include <QDir>
#include <QFile>

namespace sitegov {

namespace {

// `sitegovctl inspection import|export`, `checklist show|set`, `rectification list`: daily
// inspections (每日一巡查) recorded elsewhere, the checklist in force, and the rectification items.
class InspectionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionCommands)

public:
    // Who acts: --as USER (an account, with its roles and jurisdiction), else the command line as a
    // system actor.
    static std::optional<Session> actor(QCommandLineParser& p, CliIo& io, Database& database)
    {
        const QString user = p.value(QStringLiteral("as")).trimmed();
        if (user.isEmpty())
            return Cli::commandLineActor();
        const auto account = AccountService(database.connection()).byUsername(user);
        if (!account) {
            io.err << account.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        if (account->disabled) {
            io.err << tr("The account %1 is disabled.").arg(account->username) << Qt::endl;
            return std::nullopt;
        }
        return AccountService::sessionFor(*account);
    }

    static std::optional<QDate> dateOption(QCommandLineParser& p, CliIo& io, const QString& name)
    {
        const QString text = p.value(name).trimmed();
        if (text.isEmpty())
            return QDate();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            io.err << tr("--%1 takes a date such as 2026-11-28.").arg(name) << Qt::endl;
            return std::nullopt;
        }
        return d;
    }

    // --org: a unit as Cli::findUnit takes it. 0 when not given, -1 after an error was printed.
    static qint64 orgOption(QCommandLineParser& p, CliIo& io, Database& database)
    {
        const QString text = p.value(QStringLiteral("org")).trimmed();
        if (text.isEmpty())
            return 0;
        const qint64 id = Cli::findUnit(database, text, io);
        return id == 0 ? -1 : id;
    }

    static int import(QCommandLineParser& p, CliIo& io)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != 1) {
            io.err << tr("Give the one file to import.") << Qt::endl;
            return 2;
        }
        const auto options = Cli::tableReadOptions(p, io);
        if (!options)
            return 2;
        const QString file = args.constFirst();
        const auto table = TableReader::read(file, *options);
        if (!table) {
            io.err << table.error().fullText() << Qt::endl;
            return 1;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto session = actor(p, io, *db);
        if (!session)
            return 1;
        const bool goodOnly = p.isSet(QStringLiteral("good-rows-only"));
        const auto report
            = InspectionExchange::import(db->connection(), *session, *table, goodOnly, OfficeClock::today());
        if (!report) {
            io.err << report.error().fullText() << Qt::endl;
            return 1;
        }
        Cli::printIssues(io, report->issues);
        const QString format = table->format == u"CSV" ? QStringLiteral("CSV, %1").arg(table->encoding) : table->format;
        if (report->committed) {
            io.out << tr("Imported %1 of %2 inspections from %3 (%4).")
                          .arg(report->imported)
                          .arg(report->rows)
                          .arg(QDir::toNativeSeparators(file), format)
                   << Qt::endl;
        } else {
            Cli::nothingImported(io, report->failed, report->rows, report->imported);
        }
        return report->failed > 0 ? 1 : 0;
    }

    static int exportTable(QCommandLineParser& p, CliIo& io)
    {
        const QString output = p.value(QStringLiteral("output"));
        const auto options = Cli::tableWriteOptions(p, output, io);
        if (!options)
            return 2;
        InspectionExportFilter filter;
        const auto from = dateOption(p, io, QStringLiteral("from"));
        const auto to = dateOption(p, io, QStringLiteral("to"));
        if (!from || !to)
            return 2;
        if (from->isValid() && to->isValid() && *from > *to) {
            io.err << tr("--from is after --to.") << Qt::endl;
            return 2;
        }
        filter.from = *from;
        filter.to = *to;
        const QString path = Cli::databasePath(p);
        {
            const auto db = Cli::openDatabase(p, io);
            if (!db)
                return 1;
            filter.unitId = orgOption(p, io, *db);
            if (filter.unitId < 0)
                return 1;
        }
        TableWriter writer(output, *options);
        const auto rows
            = InspectionExchange::exportTable(path, filter, writer, p.isSet(QStringLiteral("english-headers")));
        if (!rows) {
            io.err << rows.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Exported %1 inspections to %2.").arg(*rows).arg(QDir::toNativeSeparators(output)) << Qt::endl;
        return 0;
    }

    static int checklistShow(QCommandLineParser& p, CliIo& io)
    {
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto list = ChecklistService(db->connection()).current();
        if (!list) {
            io.err << list.error().fullText() << Qt::endl;
            return 1;
        }
        if (p.isSet(QStringLiteral("json"))) {
            io.out << list->toJson();
            return 0;
        }
        io.out << (list->version == 0 ? tr("Checklist: the built-in list (no version saved yet)")
                                      : tr("Checklist: version %1").arg(list->version));
        if (!list->title.isEmpty())
            io.out << QStringLiteral(" — ") << list->title;
        io.out << Qt::endl;
        io.out << QStringList{tr("No."), tr("Key"), tr("Item"), tr("Deadline (days)")}.join(u'\t') << Qt::endl;
        for (int i = 0; i < list->items.size(); ++i) {
            const ChecklistItem& item = list->items.at(i);
            io.out << QStringList{QString::number(i + 1), item.key, item.name(), QString::number(item.deadlineDays)}
                          .join(u'\t')
                   << Qt::endl;
        }
        return 0;
    }

    static int checklistSet(QCommandLineParser& p, CliIo& io)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != 1) {
            io.err << tr("Give the one checklist file (JSON) to put in force.") << Qt::endl;
            return 2;
        }
        // Checked before it is opened: an ordinary file, not the database or one of its working files.
        const auto list = ChecklistService::readFile(args.constFirst(), Cli::databasePath(p));
        if (!list) {
            io.err << list.error().fullText() << Qt::endl;
            return 1;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto session = actor(p, io, *db);
        if (!session)
            return 1;
        const auto version = ChecklistService(db->connection()).save(*session, *list);
        if (!version) {
            io.err << version.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Checklist version %1 with %n item(s) is now in force.", nullptr, int(list->items.size()))
                      .arg(*version)
               << Qt::endl;
        return 0;
    }

    static int rectificationList(QCommandLineParser& p, CliIo& io)
    {
        RectificationFilter f;
        f.today = OfficeClock::today();
        const QString status = p.value(QStringLiteral("status")).trimmed();
        if (p.isSet(QStringLiteral("overdue"))) {
            f.status = QStringLiteral("overdue");
        } else if (!status.isEmpty()) {
            if (status != u"unresolved" && status != u"overdue" && !RectificationRules::status(status)) {
                QStringList keys{QStringLiteral("unresolved"), QStringLiteral("overdue")};
                for (RectificationStatus s : RectificationRules::statuses())
                    keys << RectificationRules::key(s);
                io.err << tr("Unknown status \"%1\": use one of %2.").arg(status, keys.join(QStringLiteral(", ")))
                       << Qt::endl;
                return 2;
            }
            f.status = status;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const QString path = Cli::databasePath(p);
        f.unitId = orgOption(p, io, *db);
        if (f.unitId < 0)
            return 1;
        const auto checklist = ChecklistService(db->connection()).current();
        const ListQuery query = RectificationListQuery::build(f);
        io.out << QStringList{tr("No."), tr("Site"), tr("Responsible unit"), tr("Item"), tr("Problem"), tr("Opened"),
            tr("Deadline"), tr("Status"), tr("Days overdue")}
                      .join(u'\t')
               << Qt::endl;
        int count = 0;
        const bool read = Cli::eachRow(path, query, -1, io, [&](const QVector<QVariant>& row) {
            const QString itemKey = row.at(RectificationListQuery::Item).toString();
            const ChecklistItem* item = checklist ? checklist->item(itemKey) : nullptr;
            const QString statusKey = row.at(RectificationListQuery::Status).toString();
            const auto s = RectificationRules::status(statusKey);
            const int overdue = row.at(RectificationListQuery::DaysOverdue).toInt();
            // One line per item: line breaks and tabs in a problem would break the columns.
            QString problem = row.at(RectificationListQuery::Problem).toString();
            problem.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            io.out << QStringList{row.at(RectificationListQuery::Id).toString(),
                row.at(RectificationListQuery::Site).toString(), row.at(RectificationListQuery::Unit).toString(),
                item ? item->name() : itemKey, problem, row.at(RectificationListQuery::Opened).toString(),
                row.at(RectificationListQuery::Deadline).toString(),
                s ? RectificationRules::displayName(*s) : statusKey, overdue > 0 ? QString::number(overdue) : QString()}
                          .join(u'\t')
                   << Qt::endl;
            ++count;
        });
        if (!read)
            return 1;
        io.err << tr("%n rectification item(s).", nullptr, count) << Qt::endl;
        return 0;
    }
};

} // namespace

void registerInspectionCommands(Cli& cli)
{
    cli.add({QStringLiteral("inspection import"),
        Cli::tr("Import daily inspections recorded elsewhere from CSV (UTF-8 or GBK) or XLSX; all or nothing."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("FILE"),
                Cli::tr("The CSV or XLSX file: site_code, day, inspector, a column per checklist item (pass, fail, na) "
                        "and notes."));
            p.addOption({QStringLiteral("as"), Cli::tr("Act as this account (its roles and jurisdiction apply)."),
                Cli::tr("USER")});
            p.addOption(Cli::goodRowsOption());
            p.addOption({QStringLiteral("encoding"), Cli::tr("The CSV file's encoding: auto (default), utf-8 or gbk."),
                Cli::tr("ENCODING")});
        },
        &InspectionCommands::import});
    cli.add({QStringLiteral("inspection export"),
        Cli::tr("Export daily inspections to CSV or XLSX (imports again as it is)."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(
                {{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The file to write."), Cli::tr("FILE")});
            p.addOption(
                {QStringLiteral("format"), Cli::tr("csv or xlsx (default: from the file name)."), Cli::tr("FORMAT")});
            p.addOption({QStringLiteral("from"), Cli::tr("The first day (yyyy-MM-dd)."), Cli::tr("DATE")});
            p.addOption({QStringLiteral("to"), Cli::tr("The last day (yyyy-MM-dd)."), Cli::tr("DATE")});
            p.addOption({QStringLiteral("org"),
                Cli::tr("Only the sites of this unit and the units below it (division code or name)."),
                Cli::tr("CODE")});
            p.addOption({QStringLiteral("encoding"), Cli::tr("CSV encoding: utf-8-bom (default), utf-8 or gbk."),
                Cli::tr("ENCODING")});
            p.addOption({QStringLiteral("english-headers"), Cli::tr("Name the columns with their English keys.")});
        },
        &InspectionCommands::exportTable});
    cli.add({QStringLiteral("checklist show"), Cli::tr("Show the daily checklist in force: its version and items."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("json"), Cli::tr("Print it as JSON (the format checklist set reads).")});
        },
        &InspectionCommands::checklistShow});
    cli.add({QStringLiteral("checklist set"),
        Cli::tr("Put a new daily checklist (JSON) in force as a new version (administrators)."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(
                QStringLiteral("FILE"), Cli::tr("The checklist as JSON, as checklist show --json prints it."));
            p.addOption({QStringLiteral("as"), Cli::tr("Act as this account (its roles and jurisdiction apply)."),
                Cli::tr("USER")});
        },
        &InspectionCommands::checklistSet});
    cli.add({QStringLiteral("rectification list"), Cli::tr("List rectification items, overdue first."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("overdue"), Cli::tr("Only the overdue items.")});
            p.addOption({QStringLiteral("status"),
                Cli::tr("Only items in this status: open, fixed, rechecked, closed, "
                        "unresolved or overdue."),
                Cli::tr("STATUS")});
            p.addOption({QStringLiteral("org"),
                Cli::tr("Only the items of this unit and the units below it (division code or name)."),
                Cli::tr("CODE")});
        },
        &InspectionCommands::rectificationList});
}

} // namespace sitegov
