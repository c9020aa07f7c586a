#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/OfficeClock.h"
#include "core/Period.h"
#include "storage/CalendarStore.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"
#include "storage/TicketExchange.h"
#include "storage/TicketService.h"

#include <QDir>
#include <QFile>

namespace sitegov {

namespace {

// `sitegovctl ticket ...`: error-report tickets (我为政府网站找错, storage/TicketService) for the
// office's scripts, and `sitegovctl calendar ...`: the working-day calendar their deadlines count.
class TicketCommands final
{
    Q_DECLARE_TR_FUNCTIONS(TicketCommands)

public:
    static std::optional<TicketFilter> filter(QCommandLineParser& p, CliIo& io, Database& db)
    {
        TicketFilter f;
        f.today = OfficeClock::today();
        f.status = p.value(QStringLiteral("status"));
        const QStringList statuses{QStringLiteral("open"), QStringLiteral("replied"), QStringLiteral("closed"),
            QStringLiteral("overdue"), QStringLiteral("unclosed")};
        if (!f.status.isEmpty() && !statuses.contains(f.status)) {
            io.err << tr("Unknown status \"%1\": use one of %2.").arg(f.status, statuses.join(QStringLiteral(", ")))
                   << Qt::endl;
            return std::nullopt;
        }
        if (p.isSet(QStringLiteral("kind"))) {
            const auto kind = TicketRules::kind(p.value(QStringLiteral("kind")));
            if (!kind) {
                io.err << tr("Unknown type \"%1\": use late, inaccurate, unanswered or unusable (不及时, 不准确, 不回应, "
                             "不实用).")
                              .arg(p.value(QStringLiteral("kind")))
                       << Qt::endl;
                return std::nullopt;
            }
            f.kind = TicketRules::key(*kind);
        }
        f.text = p.value(QStringLiteral("text"));
        if (p.isSet(QStringLiteral("org"))) {
            f.unitId = Cli::findUnit(db, p.value(QStringLiteral("org")), io);
            if (f.unitId == 0)
                return std::nullopt;
        }
        return f;
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto f = filter(p, io, *db);
        if (!f)
            return 2;
        const auto out = RowOutput::start(p, io,
            {tr("Message"), tr("Site"), tr("Unit"), tr("Type"), tr("Received"), tr("Deadline"), tr("Status"),
                tr("Valid"), tr("Responsible person"), tr("Overdue")});
        if (!out)
            return 2;
        const bool read = Cli::eachRow(Cli::databasePath(p), TicketListQuery::build(*f), -1, io,
            [&](const QVector<QVariant>& row) {
                const QString kind = row.at(TicketListQuery::Kind).toString();
                const QString status = row.at(TicketListQuery::Status).toString();
                const QVariant valid = row.at(TicketListQuery::Valid);
                const bool overdue = row.at(TicketListQuery::OverdueColumn).toInt() == 1;
                const auto k = TicketRules::kind(kind);
                const auto s = TicketRules::status(status);
                out->row(QJsonObject{{QStringLiteral("id"), row.at(TicketListQuery::IdColumn).toLongLong()},
                             {QStringLiteral("message_no"), row.at(TicketListQuery::MessageNo).toString()},
                             {QStringLiteral("site"), row.at(TicketListQuery::Site).toString()},
                             {QStringLiteral("unit"), row.at(TicketListQuery::Unit).toString()},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("received_at"), row.at(TicketListQuery::Received).toString()},
                             {QStringLiteral("deadline"), row.at(TicketListQuery::Deadline).toString()},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("valid"), valid.isNull() ? QJsonValue() : QJsonValue(valid.toInt() == 1)},
                             {QStringLiteral("person"), row.at(TicketListQuery::Person).toString()},
                             {QStringLiteral("overdue"), overdue}},
                    QStringList{row.at(TicketListQuery::MessageNo).toString(), row.at(TicketListQuery::Site).toString(),
                        row.at(TicketListQuery::Unit).toString(), k ? TicketRules::displayName(*k) : kind,
                        row.at(TicketListQuery::Received).toString().replace(u'T', u' '),
                        row.at(TicketListQuery::Deadline).toString(), s ? TicketRules::displayName(*s) : status,
                        valid.isNull() ? QString() : (valid.toInt() == 1 ? tr("valid") : tr("not valid")),
                        row.at(TicketListQuery::Person).toString(), overdue ? tr("overdue") : QString()});
            });
        if (!read)
            return 1;
        return out->finish();
    }

    static int exportTable(QCommandLineParser& p, CliIo& io)
    {
        const QString output = p.value(QStringLiteral("output"));
        auto options = Cli::tableWriteOptions(p, output, io);
        if (!options)
            return 2;
        options->sheetName = tr("Error reports");
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto f = filter(p, io, *db);
        if (!f)
            return 2;
        TableWriter writer(output, *options);
        const auto rows
            = TicketExchange::exportTable(db->connection(), *f, writer, p.isSet(QStringLiteral("english-headers")));
        if (!rows) {
            io.err << rows.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Exported %n ticket(s) to %1.", nullptr, *rows).arg(QDir::toNativeSeparators(output)) << Qt::endl;
        return 0;
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
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto calendar = CalendarStore(acting->db->connection()).calendar();
        if (!calendar) {
            io.err << calendar.error().fullText() << Qt::endl;
            return 1;
        }
        const auto report = TicketExchange::import(acting->db->connection(), acting->session, *table, *calendar);
        if (!report) {
            io.err << report.error().fullText() << Qt::endl;
            return 1;
        }
        Cli::printIssues(io, report->issues);
        if (report->committed) {
            io.out << tr("Imported %n ticket(s) from %1 (%2).", nullptr, report->imported)
                          .arg(QDir::toNativeSeparators(file), Cli::tableFormat(*table))
                   << Qt::endl;
            return 0;
        }
        if (report->failed > 0) {
            io.err << tr("Nothing was imported: %n row(s) have errors; correct them and import the file again.",
                nullptr, report->failed)
                   << Qt::endl;
            return 1;
        }
        io.err << tr("The file has no messages: nothing was imported.") << Qt::endl;
        return 1;
    }

    static int add(QCommandLineParser& p, CliIo& io)
    {
        TicketInput in;
        in.messageNo = p.value(QStringLiteral("message"));
        in.siteCode = p.value(QStringLiteral("site"));
        in.body = p.value(QStringLiteral("text"));
        const auto kind = TicketRules::kind(p.value(QStringLiteral("kind")));
        if (!kind) {
            io.err << tr("Give the type with --kind: late, inaccurate, unanswered or unusable (不及时, 不准确, 不回应, "
                         "不实用).")
                   << Qt::endl;
            return 2;
        }
        in.kind = *kind;
        in.receivedAt = p.isSet(QStringLiteral("received"))
            ? TicketExchange::parseTime(p.value(QStringLiteral("received")))
            : OfficeClock::now().toTimeZone(OfficeClock::zone());
        if (!in.receivedAt.isValid()) {
            io.err << tr("\"%1\" is not a time: write it as 2026-09-30 16:20.").arg(p.value(QStringLiteral("received")))
                   << Qt::endl;
            return 2;
        }
        in.receivedAt = QDateTime(in.receivedAt.date(), in.receivedAt.time());
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        TicketService service(acting->db->connection());
        if (const auto problems = service.check(in); !problems.isEmpty()) {
            for (const auto& problem : problems)
                io.err << problem.message << Qt::endl;
            return 2;
        }
        const auto calendar = CalendarStore(acting->db->connection()).calendar();
        if (!calendar) {
            io.err << calendar.error().fullText() << Qt::endl;
            return 1;
        }
        const auto id = service.add(acting->session, in, *calendar);
        if (!id) {
            io.err << id.error().fullText() << Qt::endl;
            return 1;
        }
        const auto t = service.byId(*id);
        io.out << tr("Registered the message %1 for %2 (%3), due %4.")
                      .arg(t->messageNo, t->siteName, t->unitName, t->deadline.toString(Qt::ISODate))
               << Qt::endl;
        return 0;
    }

    // The ticket named by the one positional argument (its message number), with the acting session.
    template<typename Act>
    static int act(QCommandLineParser& p, CliIo& io, Act&& action)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != 1) {
            io.err << tr("Give the number of one message.") << Qt::endl;
            return 2;
        }
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        TicketService service(acting->db->connection());
        const auto t = service.byMessageNo(args.constFirst());
        if (!t) {
            io.err << tr("There is no message %1.").arg(args.constFirst()) << Qt::endl;
            return 1;
        }
        const Status s = action(service, acting->session, *t);
        if (!s) {
            io.err << s.error().fullText() << Qt::endl;
            return 1;
        }
        return 0;
    }

    static int reply(QCommandLineParser& p, CliIo& io)
    {
        return act(p, io, [&](TicketService& s, const Session& session, const TicketRecord& t) {
            const Status done = s.reply(session, t.id, p.value(QStringLiteral("text")), OfficeClock::today());
            if (done)
                io.out << tr("Recorded the reply to %1.").arg(t.messageNo) << Qt::endl;
            return done;
        });
    }

    static int verify(QCommandLineParser& p, CliIo& io)
    {
        const bool valid = p.isSet(QStringLiteral("valid"));
        if (valid == p.isSet(QStringLiteral("not-valid"))) {
            io.err << tr("Say either --valid or --not-valid.") << Qt::endl;
            return 2;
        }
        return act(p, io, [&](TicketService& s, const Session& session, const TicketRecord& t) {
            const Status done = s.verify(session, t.id, valid, OfficeClock::today());
            if (done)
                io.out << (valid ? tr("The message %1 is valid.") : tr("The message %1 is not valid.")).arg(t.messageNo)
                       << Qt::endl;
            return done;
        });
    }

    static int close(QCommandLineParser& p, CliIo& io)
    {
        return act(p, io, [&](TicketService& s, const Session& session, const TicketRecord& t) {
            const QDate today = OfficeClock::today();
            const Status done = s.close(session, t.id, today);
            if (done)
                io.out << (today <= t.deadline ? tr("Closed %1 on time.") : tr("Closed %1, after its deadline %2."))
                              .arg(t.messageNo, t.deadline.toString(Qt::ISODate))
                       << Qt::endl;
            return done;
        });
    }

    static int figures(QCommandLineParser& p, CliIo& io)
    {
        const auto quarter = Period::parse(p.value(QStringLiteral("quarter")));
        if (!quarter || quarter->kind() != Period::Kind::Quarter) {
            io.err << tr("Give the quarter with --quarter, e.g. 2026-Q4.") << Qt::endl;
            return 2;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const qint64 unitId = Cli::unitOption(p, io, *db, QStringLiteral("org"));
        if (unitId < 0)
            return 1;
        const auto rows = TicketService(db->connection()).quarterFigures(quarter->yearNumber(), quarter->index(), unitId);
        if (!rows) {
            io.err << rows.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(
            p, io, {tr("Unit"), tr("Received"), tr("Valid"), tr("Closed on time"), tr("On-time rate")});
        if (!out)
            return 2;
        for (const TicketFigures& f : *rows) {
            const auto rate = f.onTimeRate();
            out->row(QJsonObject{{QStringLiteral("unit_id"), f.unitId}, {QStringLiteral("unit"), f.unitName},
                         {QStringLiteral("received"), f.received}, {QStringLiteral("valid"), f.valid},
                         {QStringLiteral("closed_on_time"), f.closedOnTime},
                         {QStringLiteral("on_time_rate"), rate ? QJsonValue(*rate / 100.0) : QJsonValue()}},
                QStringList{f.unitName, QString::number(f.received), QString::number(f.valid),
                    QString::number(f.closedOnTime), rate ? QStringLiteral("%1%").arg(*rate, 0, 'f', 1) : QString()});
        }
        return out->finish();
    }

    static int calendarImport(QCommandLineParser& p, CliIo& io)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != 1) {
            io.err << tr("Give the one calendar file to import.") << Qt::endl;
            return 2;
        }
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto year = CalendarStore(acting->db->connection())
                              .importFile(acting->session, args.constFirst(), Cli::databasePath(p));
        if (!year) {
            io.err << year.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("The working-day calendar of %1 is the imported one from now on; deadlines already given stay.")
                      .arg(*year)
               << Qt::endl;
        return 0;
    }

    static int calendarList(QCommandLineParser& p, CliIo& io)
    {
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto years = CalendarStore(db->connection()).years();
        if (!years) {
            io.err << years.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out
            = RowOutput::start(p, io, {tr("Year"), tr("Holidays"), tr("Worked weekend days"), tr("From"), tr("Source")});
        if (!out)
            return 2;
        for (const CalendarStore::YearInfo& y : *years) {
            out->row(QJsonObject{{QStringLiteral("year"), y.year}, {QStringLiteral("holidays"), y.holidays},
                         {QStringLiteral("workdays"), y.workdays}, {QStringLiteral("imported"), y.imported},
                         {QStringLiteral("source"), y.source}},
                QStringList{QString::number(y.year), QString::number(y.holidays), QString::number(y.workdays),
                    y.imported ? tr("imported by %1").arg(y.importedBy) : tr("shipped"), y.source});
        }
        return out->finish();
    }
};

void filterOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("org"),
        Cli::tr("Only this unit and the units under it: its number, its 6-digit division code or its exact name."),
        Cli::tr("CODE")});
    p.addOption({QStringLiteral("status"), Cli::tr("Only tickets in this state: open, replied, closed, overdue or unclosed."),
        Cli::tr("STATUS")});
    p.addOption({QStringLiteral("kind"), Cli::tr("Only messages of this type: late, inaccurate, unanswered or unusable."),
        Cli::tr("TYPE")});
    p.addOption({QStringLiteral("text"), Cli::tr("Only tickets whose number, site, unit or text contains this."),
        Cli::tr("TEXT")});
}

} // namespace

void registerTicketCommands(Cli& cli)
{
    cli.add({QStringLiteral("ticket list"),
        Cli::tr("List error-report tickets (我为政府网站找错) with their deadlines; overdue ones are flagged."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            filterOptions(p);
            RowOutput::declare(p);
        },
        &TicketCommands::list});
    cli.add({QStringLiteral("ticket export"),
        Cli::tr("Export error-report tickets to CSV or XLSX with their replies and state (the first columns import "
                "again)."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            filterOptions(p);
            Cli::addTableWriteOptions(p);
        },
        &TicketCommands::exportTable});
    cli.add({QStringLiteral("ticket import"),
        Cli::tr("Import the error-report platform's messages from CSV (UTF-8 or GBK) or XLSX; all or nothing, every "
                "bad row named."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("FILE"),
                Cli::tr("The CSV or XLSX file: 留言编号, 网站标识码, 留言类型, 留言内容, 收到时间 (or message_no, "
                        "site_code, kind, body, received_at)."));
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("encoding"), Cli::tr("The CSV file's encoding: auto (default), utf-8 or gbk."),
                Cli::tr("ENCODING")});
        },
        &TicketCommands::import, {Action::ManageRectification}});
    cli.add({QStringLiteral("ticket add"),
        Cli::tr("Register one message of the error-report platform by hand."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("message"), Cli::tr("The platform's message number."), Cli::tr("NUMBER")});
            p.addOption({QStringLiteral("site"), Cli::tr("The site's identifier code."), Cli::tr("CODE")});
            p.addOption({QStringLiteral("kind"), Cli::tr("late, inaccurate, unanswered or unusable."), Cli::tr("TYPE")});
            p.addOption({QStringLiteral("text"), Cli::tr("The message's text."), Cli::tr("TEXT")});
            p.addOption({QStringLiteral("received"), Cli::tr("When it was received (default: now), e.g. 2026-09-30 16:20."),
                Cli::tr("TIME")});
            p.addOption(Cli::asOption());
        },
        &TicketCommands::add, {Action::ManageRectification}});
    cli.add({QStringLiteral("ticket reply"), Cli::tr("Record the unit's reply to a message."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("MESSAGE"), Cli::tr("The platform's message number."));
            p.addOption({QStringLiteral("text"), Cli::tr("The reply."), Cli::tr("TEXT")});
            p.addOption(Cli::asOption());
        },
        &TicketCommands::reply, {Action::ManageRectification}});
    cli.add({QStringLiteral("ticket verify"), Cli::tr("Record whether a message is valid."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("MESSAGE"), Cli::tr("The platform's message number."));
            p.addOption({QStringLiteral("valid"), Cli::tr("The message is valid.")});
            p.addOption({QStringLiteral("not-valid"), Cli::tr("The message is not valid.")});
            p.addOption(Cli::asOption());
        },
        &TicketCommands::verify, {Action::ManageRectification}});
    cli.add({QStringLiteral("ticket close"),
        Cli::tr("Close a verified message (a valid one after the unit's reply)."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("MESSAGE"), Cli::tr("The platform's message number."));
            p.addOption(Cli::asOption());
        },
        &TicketCommands::close, {Action::ManageRectification}});
    cli.add({QStringLiteral("ticket figures"),
        Cli::tr("A quarter's error-report figures per unit: received, valid, closed on time, on-time rate."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("quarter"), Cli::tr("The quarter, e.g. 2026-Q4."), Cli::tr("YYYY-Qn")});
            p.addOption({QStringLiteral("org"),
                Cli::tr("Only this unit and the units under it: its number, its 6-digit division code or its exact "
                        "name."),
                Cli::tr("CODE")});
            RowOutput::declare(p);
        },
        &TicketCommands::figures});
    cli.add({QStringLiteral("calendar import"),
        Cli::tr("Import a year's holiday arrangement (JSON, as resources/calendar/2026.json) for the working-day "
                "deadlines."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The calendar file of one year."));
            p.addOption(Cli::asOption());
        },
        &TicketCommands::calendarImport, {Action::ManageSettings}});
    cli.add({QStringLiteral("calendar list"), Cli::tr("List the years of the working-day calendar and their sources."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            RowOutput::declare(p);
        },
        &TicketCommands::calendarList});
}

} // namespace sitegov
