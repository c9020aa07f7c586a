#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/Checklist.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "storage/ChecklistService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/InspectionExchange.h"
#include "storage/InspectionQueries.h"
#include "storage/InspectionService.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

// `sitegovctl inspection log|import|export`, `checklist show|set`, `rectification list`: daily
// inspections (每日一巡查) recorded elsewhere, the checklist in force, and the rectification items.
class InspectionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionCommands)

public:
    // --org: a unit as Cli::findUnit takes it. 0 when not given, -1 after an error was printed.
    static qint64 orgOption(QCommandLineParser& p, CliIo& io, Database& database)
    {
        const QString text = p.value(QStringLiteral("org")).trimmed();
        if (text.isEmpty())
            return 0;
        const qint64 id = Cli::findUnit(database, text, io);
        return id == 0 ? -1 : id;
    }

    // One inspection as `inspection log` reads it: from the options, or from JSON on standard input.
    struct LogInput
    {
        QString site;
        QString day;
        QHash<QString, ItemOutcome> items;
        QString others; // the result of the items not named (empty: they must all be named)
        QString note;
        QString reason;
    };

    // "KEY=RESULT" or "KEY=fail:NOTE"; false after a message.
    static bool parseItem(const QString& text, const QString& value, const QString& note, LogInput& input, CliIo& io)
    {
        const auto result = InspectionRules::itemResult(value.trimmed());
        if (text.trimmed().isEmpty() || !result) {
            io.err << tr("An item's result is KEY=pass, KEY=na or KEY=fail:WHAT IS WRONG (not \"%1\").")
                          .arg(text + u'=' + value)
                   << Qt::endl;
            return false;
        }
        input.items.insert(text.trimmed(), ItemOutcome{*result, note.trimmed()});
        return true;
    }

    static std::optional<LogInput> logInput(QCommandLineParser& p, CliIo& io)
    {
        LogInput input;
        if (p.isSet(QStringLiteral("json"))) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(io.in.readAll().toUtf8(), &error);
            if (!doc.isObject()) {
                io.err << tr("Standard input is not a JSON object: %1").arg(error.errorString()) << Qt::endl;
                return std::nullopt;
            }
            const QJsonObject o = doc.object();
            const QJsonValue site = o.value(QStringLiteral("site"));
            input.site = site.isDouble() ? QString::number(site.toInteger()) : site.toString();
            input.day = o.value(QStringLiteral("day")).toString();
            input.others = o.value(QStringLiteral("others")).toString();
            input.note = o.value(QStringLiteral("note")).toString();
            input.reason = o.value(QStringLiteral("reason")).toString();
            const QJsonObject items = o.value(QStringLiteral("items")).toObject();
            for (auto it = items.begin(); it != items.end(); ++it) {
                const QJsonValue value = it.value();
                const QJsonObject item = value.toObject();
                const QString result
                    = value.isString() ? value.toString() : item.value(QStringLiteral("result")).toString();
                if (!parseItem(it.key(), result, item.value(QStringLiteral("note")).toString(), input, io))
                    return std::nullopt;
            }
        } else {
            input.site = p.value(QStringLiteral("site"));
            input.day = p.value(QStringLiteral("day"));
            input.others = p.value(QStringLiteral("others"));
            input.note = p.value(QStringLiteral("note"));
            input.reason = p.value(QStringLiteral("reason"));
            for (const QString& item : p.values(QStringLiteral("item"))) {
                const QString value = item.section(u'=', 1);
                if (!parseItem(item.section(u'=', 0, 0), value.section(u':', 0, 0), value.section(u':', 1), input, io))
                    return std::nullopt;
            }
        }
        if (input.site.trimmed().isEmpty()) {
            io.err << tr("Give the site inspected (--site, or \"site\" in the JSON).") << Qt::endl;
            return std::nullopt;
        }
        if (!input.others.isEmpty() && !InspectionRules::itemResult(input.others)) {
            io.err << tr("--others takes pass or na.") << Qt::endl;
            return std::nullopt;
        }
        return input;
    }

    // Logs one inspection as the acting account, as the console's Today tab does: a new one, or a
    // change to the account's own of that day; a late entry or a correction needs a reason.
    static int log(QCommandLineParser& p, CliIo& io)
    {
        if (!p.positionalArguments().isEmpty()) {
            io.err << tr("inspection log takes options only (see --help).") << Qt::endl;
            return 2;
        }
        const auto input = logInput(p, io);
        if (!input)
            return 2;
        const QDate today = OfficeClock::today();
        InspectionInput in;
        in.day = today;
        if (!input->day.trimmed().isEmpty()) {
            in.day = QDate::fromString(input->day.trimmed(), Qt::ISODate);
            if (!in.day.isValid()) {
                io.err << tr("The day takes a date such as 2026-11-28.") << Qt::endl;
                return 2;
            }
        }
        in.note = input->note.trimmed();
        in.reason = input->reason.trimmed();
        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto& db = acting->db;
        const Session* const session = &acting->session;
        in.siteId = Cli::findSite(*db, input->site, io);
        if (in.siteId == 0)
            return 1;
        const auto checklist = ChecklistService(db->connection()).current();
        if (!checklist) {
            io.err << checklist.error().fullText() << Qt::endl;
            return 1;
        }
        for (auto it = input->items.cbegin(); it != input->items.cend(); ++it) {
            if (!checklist->item(it.key())) {
                QStringList keys;
                for (const ChecklistItem& item : checklist->items)
                    keys << item.key;
                io.err << tr("The checklist has no item \"%1\": its items are %2.")
                              .arg(it.key(), keys.join(QStringLiteral(", ")))
                       << Qt::endl;
                return 2;
            }
            in.outcomes.insert(it.key(), it.value());
        }
        if (const auto others = InspectionRules::itemResult(input->others)) {
            for (const ChecklistItem& item : checklist->items) {
                if (!in.outcomes.contains(item.key))
                    in.outcomes.insert(item.key, ItemOutcome{*others, {}});
            }
        }
        const auto saved = InspectionService(db->connection()).log(*session, in, today);
        if (!saved) {
            io.err << tr("The inspection was not saved: %1").arg(saved.error().fullText()) << Qt::endl;
            return 1;
        }
        io.out << saved->inspectionId << Qt::endl;
        io.out << tr(
            "Inspection %1 of site %2 on %3 saved; %n item(s) failed.", nullptr, InspectionRules::failures(in.outcomes))
                      .arg(saved->inspectionId)
                      .arg(in.siteId)
                      .arg(in.day.toString(Qt::ISODate))
               << Qt::endl;
        for (const qint64 id : saved->openedRectifications)
            io.out << tr("Rectification item %1 opened.").arg(id) << Qt::endl;
        return 0;
    }

    static int import(QCommandLineParser& p, CliIo& io)
    {
        const auto file = Cli::oneFileArgument(p, io);
        if (!file)
            return 2;
        int exitCode = 0;
        const auto table = Cli::readTable(p, io, *file, exitCode);
        if (!table)
            return exitCode;
        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto& db = acting->db;
        const Session* const session = &acting->session;
        const bool goodOnly = p.isSet(QStringLiteral("good-rows-only"));
        const auto report
            = InspectionExchange::import(db->connection(), *session, *table, goodOnly, OfficeClock::today());
        if (!report) {
            io.err << report.error().fullText() << Qt::endl;
            return 1;
        }
        Cli::printIssues(io, report->issues);
        if (report->committed) {
            io.out << tr("Imported %1 of %2 inspections from %3 (%4).")
                          .arg(report->imported)
                          .arg(report->rows)
                          .arg(QDir::toNativeSeparators(*file), Cli::tableFormat(*table))
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
        const auto from = Cli::dateOption(p, io, QStringLiteral("from"));
        const auto to = Cli::dateOption(p, io, QStringLiteral("to"));
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
        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto& db = acting->db;
        const Session* const session = &acting->session;
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
        const auto out = RowOutput::start(p, io,
            {tr("No."), tr("Site"), tr("Responsible unit"), tr("Item"), tr("Problem"), tr("Opened"), tr("Deadline"),
                tr("Status"), tr("Days overdue")});
        if (!out)
            return 2;
        int count = 0;
        const bool read = Cli::eachRow(path, query, -1, io, [&](const QVector<QVariant>& row) {
            const QString itemKey = row.at(RectificationListQuery::Item).toString();
            const ChecklistItem* item = checklist ? checklist->item(itemKey) : nullptr;
            const QString statusKey = row.at(RectificationListQuery::Status).toString();
            const auto s = RectificationRules::status(statusKey);
            const int overdue = row.at(RectificationListQuery::DaysOverdue).toInt();
            const QString problem = row.at(RectificationListQuery::Problem).toString();
            out->row({{QStringLiteral("id"), row.at(RectificationListQuery::Id).toLongLong()},
                         {QStringLiteral("site"), row.at(RectificationListQuery::Site).toString()},
                         {QStringLiteral("unit"), row.at(RectificationListQuery::Unit).toString()},
                         {QStringLiteral("item"), itemKey}, {QStringLiteral("problem"), problem},
                         {QStringLiteral("opened_on"), row.at(RectificationListQuery::Opened).toString()},
                         {QStringLiteral("deadline"), row.at(RectificationListQuery::Deadline).toString()},
                         {QStringLiteral("status"), statusKey}, {QStringLiteral("days_overdue"), qMax(overdue, 0)}},
                {row.at(RectificationListQuery::Id).toString(), row.at(RectificationListQuery::Site).toString(),
                    row.at(RectificationListQuery::Unit).toString(), item ? item->name() : itemKey, problem,
                    row.at(RectificationListQuery::Opened).toString(),
                    row.at(RectificationListQuery::Deadline).toString(),
                    s ? RectificationRules::displayName(*s) : statusKey,
                    overdue > 0 ? QString::number(overdue) : QString()});
            ++count;
        });
        if (!read)
            return 1;
        io.err << tr("%n rectification item(s).", nullptr, count) << Qt::endl;
        return out->finish();
    }
};

} // namespace

void registerInspectionCommands(Cli& cli)
{
    cli.add({QStringLiteral("inspection log"),
        Cli::tr("Log one daily inspection as the acting account, from options or from JSON on standard input; prints "
                "its number."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("site"), Cli::tr("The site: its number or identifier code."), Cli::tr("SITE")});
            p.addOption({QStringLiteral("day"), Cli::tr("The day inspected (default: today)."), Cli::tr("DATE")});
            p.addOption({QStringLiteral("item"),
                Cli::tr("An item's result (repeatable): KEY=pass, KEY=na or KEY=fail:WHAT IS WRONG."),
                Cli::tr("KEY=RESULT")});
            p.addOption({QStringLiteral("others"), Cli::tr("The result of the items not named: pass or na."),
                Cli::tr("RESULT")});
            p.addOption({QStringLiteral("note"), Cli::tr("A note on the inspection."), Cli::tr("TEXT")});
            p.addOption({QStringLiteral("reason"),
                Cli::tr("Why it is entered late or corrected (required then; recorded in the audit trail)."),
                Cli::tr("TEXT")});
            p.addOption({QStringLiteral("json"),
                Cli::tr("Read the inspection from standard input as JSON: {\"site\", \"day\", \"items\": {KEY: "
                        "\"pass\" or {\"result\": \"fail\", \"note\": ...}}, \"others\", \"note\", \"reason\"}.")});
        },
        &InspectionCommands::log, {Action::LogInspection}});
    cli.add({QStringLiteral("inspection import"),
        Cli::tr("Import daily inspections recorded elsewhere from CSV (UTF-8 or GBK) or XLSX; all or nothing."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("FILE"),
                Cli::tr("The CSV or XLSX file: site_code, day, inspector, a column per checklist item (pass, fail, na) "
                        "and notes."));
            p.addOption(Cli::asOption());
            p.addOption(Cli::goodRowsOption());
            p.addOption({QStringLiteral("encoding"), Cli::tr("The CSV file's encoding: auto (default), utf-8 or gbk."),
                Cli::tr("ENCODING")});
        },
        &InspectionCommands::import, {Action::LogInspection}});
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
            p.addOption(Cli::asOption());
        },
        &InspectionCommands::checklistSet, {Action::ManageSettings}});
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
            RowOutput::declare(p);
        },
        &InspectionCommands::rectificationList});
}

} // namespace sitegov
