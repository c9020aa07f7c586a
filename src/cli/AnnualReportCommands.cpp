#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/OfficeClock.h"
#include "report/AnnualReportDocument.h"
#include "storage/AnnualReportQueries.h"
#include "storage/AnnualReportService.h"
#include "storage/SiteRepository.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

// `sitegovctl annual-report ...`: the annual reports of 国办函〔2018〕12号 (storage/AnnualReportService,
// docs/design/annual-reports.md): the report of an office (--org) or of a site (--site) for --year,
// printed, written as XLSX or PDF, listed, filled in, signed and published.
class AnnualReportCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AnnualReportCommands)

public:
    struct Target
    {
        int year = 0;
        qint64 orgId = 0;
        qint64 siteId = 0;
    };

    // --year, --org and --site of a command about one report; nothing (after saying why; `code` the
    // exit code) when they do not name one.
    static std::optional<Target> target(const QCommandLineParser& p, CliIo& io, Database& db, int& code)
    {
        Target t;
        bool ok = false;
        t.year = p.value(QStringLiteral("year")).trimmed().toInt(&ok);
        if (!ok || t.year < 2000 || t.year > 2999) {
            io.err << tr("Give the year of the report with --year, e.g. --year %1.").arg(OfficeClock::today().year() - 1)
                   << Qt::endl;
            code = 2;
            return std::nullopt;
        }
        if (!p.isSet(QStringLiteral("org")) && !p.isSet(QStringLiteral("site"))) {
            io.err << tr("Name the office with --org (and the site with --site for a site's report).") << Qt::endl;
            code = 2;
            return std::nullopt;
        }
        code = 1;
        if (p.isSet(QStringLiteral("org"))) {
            t.orgId = Cli::findUnit(db, p.value(QStringLiteral("org")), io);
            if (t.orgId == 0)
                return std::nullopt;
        }
        if (p.isSet(QStringLiteral("site"))) {
            t.siteId = Cli::findSite(db, p.value(QStringLiteral("site")), io);
            if (t.siteId == 0)
                return std::nullopt;
            const auto site = SiteRepository(db.connection()).byId(t.siteId);
            if (!site) {
                io.err << site.error().fullText() << Qt::endl;
                return std::nullopt;
            }
            const qint64 host = site->hostOrgId;
            if (t.orgId != 0) {
                const auto within = Authorizer::isWithin(db.connection(), t.orgId, host);
                if (!within || !*within) {
                    io.err << tr("The site %1 is not hosted within %2.")
                                  .arg(p.value(QStringLiteral("site")), p.value(QStringLiteral("org")))
                           << Qt::endl;
                    return std::nullopt;
                }
            }
            t.orgId = host;
        }
        return t;
    }

    // The stored report, or (none yet) a draft that exists only here, to show and export.
    static std::optional<AnnualReportRecord> report(Database& db, const Target& t, CliIo& io)
    {
        AnnualReportService service(db.connection());
        const auto found = service.find(t.year, t.orgId, t.siteId);
        if (!found) {
            io.err << found.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        if (*found)
            return **found;
        AnnualReportRecord r;
        r.kind = t.siteId != 0 ? AnnualReportKind::Site : AnnualReportKind::Office;
        r.year = t.year;
        r.orgId = t.orgId;
        r.siteId = t.siteId;
        const auto names = AnnualReportQueries::names(db.connection(), t.orgId, t.siteId);
        if (!names) {
            io.err << names.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        r.orgName = names->orgName;
        r.siteCode = names->siteCode;
        r.siteName = names->siteName;
        return r;
    }

    static QJsonValue jsonValue(const AnnualReportLine& line, const QVariant& v)
    {
        if (!v.isValid() || v.isNull() || v.toString().isEmpty())
            return QJsonValue();
        switch (line.type) {
        case AnnualReportLine::Type::Count:
            return QJsonValue(v.toLongLong());
        case AnnualReportLine::Type::Decimal:
        case AnnualReportLine::Type::Percent:
            return QJsonValue(v.toDouble());
        case AnnualReportLine::Type::YesNo:
            return QJsonValue(v.toString() == u"1");
        case AnnualReportLine::Type::Text:
            return QJsonValue(v.toString());
        }
        return QJsonValue(v.toString());
    }

    static int show(QCommandLineParser& p, CliIo& io)
    {
        const QString format = p.isSet(QStringLiteral("json")) ? QStringLiteral("json")
                                                                : p.value(QStringLiteral("format")).trimmed().toLower();
        if (!format.isEmpty() && format != u"text" && format != u"json" && format != u"xlsx" && format != u"pdf") {
            io.err << tr("Unknown format \"%1\": use text, json, xlsx or pdf.").arg(format) << Qt::endl;
            return 2;
        }
        const bool file = format == u"xlsx" || format == u"pdf";
        const QString output = p.value(QStringLiteral("output")).trimmed();
        if (file && output.isEmpty()) {
            io.err << tr("Give the file to write with --output.") << Qt::endl;
            return 2;
        }
        // The PDF is laid out with fonts: main() makes a QGuiApplication for it.
        if (format == u"pdf" && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            io.err << tr("Writing a document needs the graphical libraries: run it through the sitegovctl program.")
                   << Qt::endl;
            return 1;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        int code = 1;
        const auto t = target(p, io, *db, code);
        if (!t)
            return code;
        const auto r = report(*db, *t, io);
        if (!r)
            return 1;
        const auto figures = AnnualReportService(db->connection()).figures(*r);
        if (!figures) {
            io.err << figures.error().fullText() << Qt::endl;
            return 1;
        }
        if (format == u"xlsx") {
            const auto rows = AnnualReportDocument::writeXlsx(output, *r, *figures, Cli::databasePath(p));
            if (!rows) {
                io.err << rows.error().fullText() << Qt::endl;
                return 1;
            }
            io.out << tr("Wrote %1.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
            return 0;
        }
        if (format == u"pdf") {
            const auto pages = AnnualReportDocument::writePdf(output, *r, *figures, Cli::databasePath(p));
            if (!pages) {
                io.err << pages.error().fullText() << Qt::endl;
                return 1;
            }
            io.out << tr("Wrote %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(output)) << Qt::endl;
            return 0;
        }
        const QList<AnnualReportLine> lines = AnnualReportForm::lines(r->kind);
        if (format == u"json") {
            QJsonArray items;
            for (const AnnualReportLine& line : lines) {
                items.append(QJsonObject{{QStringLiteral("key"), line.key}, {QStringLiteral("section"), line.section},
                    {QStringLiteral("item"), line.label},
                    {QStringLiteral("value"), jsonValue(line, AnnualReportDocument::value(*r, *figures, line))},
                    {QStringLiteral("computed"), line.computed}, {QStringLiteral("source"), line.source}});
            }
            const QJsonObject o{{QStringLiteral("id"), r->id}, {QStringLiteral("kind"), AnnualReportForm::key(r->kind)},
                {QStringLiteral("year"), r->year}, {QStringLiteral("org_id"), r->orgId},
                {QStringLiteral("org"), r->orgName}, {QStringLiteral("site_code"), r->siteCode},
                {QStringLiteral("site"), r->siteName}, {QStringLiteral("state"), AnnualReportForm::key(r->state)},
                {QStringLiteral("lines"), items}};
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        io.out << AnnualReportDocument::title(*r) << Qt::endl;
        io.out << (r->kind == AnnualReportKind::Office ? r->orgName
                                                        : tr("%1 (%2), %3").arg(r->siteName, r->siteCode, r->orgName))
               << Qt::endl;
        io.out << tr("State: %1").arg(r->id == 0 ? tr("not started") : AnnualReportForm::displayName(r->state))
               << Qt::endl;
        QString section;
        for (const AnnualReportLine& line : lines) {
            if (line.section != section) {
                section = line.section;
                io.out << Qt::endl << section << Qt::endl;
            }
            io.out << QStringList{line.label, AnnualReportForm::display(line, AnnualReportDocument::value(*r, *figures, line))}
                          .join(u'\t')
                   << Qt::endl;
        }
        return 0;
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        int year = 0;
        if (p.isSet(QStringLiteral("year"))) {
            bool ok = false;
            year = p.value(QStringLiteral("year")).trimmed().toInt(&ok);
            if (!ok || year < 2000 || year > 2999) {
                io.err << tr("\"%1\" is not a year.").arg(p.value(QStringLiteral("year"))) << Qt::endl;
                return 2;
            }
        }
        qint64 orgId = 0;
        if (p.isSet(QStringLiteral("org"))) {
            orgId = Cli::findUnit(*db, p.value(QStringLiteral("org")), io);
            if (orgId == 0)
                return 1;
        }
        const auto reports = AnnualReportService(db->connection()).list(year, orgId);
        if (!reports) {
            io.err << reports.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(
            p, io, {tr("Number"), tr("Year"), tr("Report"), tr("Unit"), tr("Site"), tr("State"), tr("Signed by"), tr("Published")});
        if (!out)
            return 2;
        for (const AnnualReportRecord& r : *reports) {
            out->row(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("kind"), AnnualReportForm::key(r.kind)},
                         {QStringLiteral("year"), r.year}, {QStringLiteral("org_id"), r.orgId},
                         {QStringLiteral("org"), r.orgName}, {QStringLiteral("site_code"), r.siteCode},
                         {QStringLiteral("site"), r.siteName}, {QStringLiteral("state"), AnnualReportForm::key(r.state)},
                         {QStringLiteral("updated_at"), r.updatedAt}, {QStringLiteral("signed_by"), r.signedBy},
                         {QStringLiteral("signed_at"), r.signedAt}, {QStringLiteral("published_by"), r.publishedBy},
                         {QStringLiteral("published_at"), r.publishedAt}},
                QStringList{QString::number(r.id), QString::number(r.year), AnnualReportForm::title(r.kind), r.orgName,
                    r.siteId != 0 ? QStringLiteral("%1 (%2)").arg(r.siteName, r.siteCode) : QString(),
                    AnnualReportForm::displayName(r.state), r.signedBy,
                    r.publishedAt.isEmpty() ? QString() : OfficeClock::format(r.publishedAt, QStringLiteral("yyyy-MM-dd"))});
        }
        return out->finish();
    }

    // The report named by --year/--org/--site (made as a draft when there is none), with the acting
    // session, handed to `action`.
    template<typename Act>
    static int act(QCommandLineParser& p, CliIo& io, Act&& action)
    {
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        int code = 1;
        const auto t = target(p, io, *acting->db, code);
        if (!t)
            return code;
        AnnualReportService service(acting->db->connection());
        const auto r = service.open(acting->session, t->year, t->orgId, t->siteId);
        if (!r) {
            io.err << r.error().fullText() << Qt::endl;
            return 1;
        }
        return action(service, acting->session, *r);
    }

    static int set(QCommandLineParser& p, CliIo& io)
    {
        QMap<QString, QString> values;
        for (const QString& a : p.positionalArguments()) {
            const int eq = a.indexOf(u'=');
            if (eq <= 0) {
                io.err << tr("\"%1\" is not KEY=VALUE.").arg(a) << Qt::endl;
                return 2;
            }
            values.insert(a.left(eq).trimmed(), a.mid(eq + 1));
        }
        if (values.isEmpty()) {
            io.err << tr("Give the fields to set as KEY=VALUE (the keys are in docs/cli.md).") << Qt::endl;
            return 2;
        }
        return act(p, io, [&](AnnualReportService& service, const Session& session, const AnnualReportRecord& r) {
            bool bad = false;
            for (const FieldError& e : AnnualReportService::check(r.kind, values)) {
                io.err << tr("%1: %2").arg(e.field, e.message) << Qt::endl;
                bad = true;
            }
            if (bad)
                return 1;
            if (const Status s = service.setFields(session, r.id, values); !s) {
                io.err << s.error().fullText() << Qt::endl;
                return 1;
            }
            io.out << tr("Saved %n field(s) of %1.", nullptr, int(values.size())).arg(r.subject()) << Qt::endl;
            return 0;
        });
    }

    static int sign(QCommandLineParser& p, CliIo& io)
    {
        return act(p, io, [&](AnnualReportService& service, const Session& session, const AnnualReportRecord& r) {
            if (const Status s = service.sign(session, r.id); !s) {
                io.err << s.error().fullText() << Qt::endl;
                return 1;
            }
            io.out << tr("Signed %1; its figures are kept as they stand now.").arg(r.subject()) << Qt::endl;
            return 0;
        });
    }

    static int publish(QCommandLineParser& p, CliIo& io)
    {
        return act(p, io, [&](AnnualReportService& service, const Session& session, const AnnualReportRecord& r) {
            if (const Status s = service.publish(session, r.id); !s) {
                io.err << s.error().fullText() << Qt::endl;
                return 1;
            }
            io.out << tr("Published %1.").arg(r.subject()) << Qt::endl;
            return 0;
        });
    }
};

void targetOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("year"), Cli::tr("The year the report is about, e.g. 2026."), Cli::tr("YEAR")});
    p.addOption({QStringLiteral("org"),
        Cli::tr("The office: its number, its 6-digit division code or its exact name."), Cli::tr("CODE")});
    p.addOption({QStringLiteral("site"),
        Cli::tr("A site's report (政府网站工作年度报表) instead of the office's: its identifier code or number."),
        Cli::tr("CODE")});
}

} // namespace

void registerAnnualReportCommands(Cli& cli)
{
    cli.add({QStringLiteral("annual-report"),
        Cli::tr("An annual report (国办函〔2018〕12号) of an office or a site: printed, or written as XLSX or PDF."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            targetOptions(p);
            p.addOption({QStringLiteral("format"),
                Cli::tr("text (default) or json to print it; xlsx or pdf to write it (with --output)."),
                Cli::tr("FORMAT")});
            p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Cli::tr("The XLSX or PDF file to write."),
                Cli::tr("FILE")});
            p.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text (as --format json).")});
        },
        &AnnualReportCommands::show});
    cli.add({QStringLiteral("annual-report list"), Cli::tr("List the annual reports with their state."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("year"), Cli::tr("Only the reports of this year."), Cli::tr("YEAR")});
            p.addOption({QStringLiteral("org"),
                Cli::tr("Only this unit and the units under it: its number, its 6-digit division code or its exact "
                        "name."),
                Cli::tr("CODE")});
            RowOutput::declare(p);
        },
        &AnnualReportCommands::list});
    cli.add({QStringLiteral("annual-report set"),
        Cli::tr("Fill in fields of a draft annual report (made when there is none) as KEY=VALUE."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            targetOptions(p);
            p.addPositionalArgument(QStringLiteral("KEY=VALUE"),
                Cli::tr("A field and its value, e.g. training_sessions=4; an empty value clears it."));
            p.addOption(Cli::asOption());
        },
        &AnnualReportCommands::set, {Action::WriteReview}});
    cli.add({QStringLiteral("annual-report sign"),
        Cli::tr("Sign an annual report: its figures are kept as they stand and it takes no more changes."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            targetOptions(p);
            p.addOption(Cli::asOption());
        },
        &AnnualReportCommands::sign, {Action::SignReview}});
    cli.add({QStringLiteral("annual-report publish"), Cli::tr("Publish a signed annual report."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            targetOptions(p);
            p.addOption(Cli::asOption());
        },
        &AnnualReportCommands::publish, {Action::SignReview}});
}

} // namespace sitegov
