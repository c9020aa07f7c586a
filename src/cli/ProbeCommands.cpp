#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "core/ProbeRules.h"
#include "probe/ProbeOptions.h"
#include "probe/ProbeService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/ProbeQueries.h"
#include "storage/ProbeSettingsService.h"
#include "storage/SiteRepository.h"
#include "storage/TableReader.h"
#include "storage/TableWriter.h"

#include <QDir>
#include <QLocale>

namespace sitegov {

namespace {

// `sitegovctl probe run|report|columns`: the probe's checks on one site now, the week's availability
// figures, and the columns registered for the freshness check (docs/design/probe.md).
class ProbeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommands)

public:
    static QString percent(double share)
    {
        return QLocale::c().toString(share * 100.0, 'f', 2) + u'%';
    }

    static QString findingLine(const FindingView& f)
    {
        QString line = QStringLiteral("[%1] %2").arg(ProbeVocabulary::displayName(f.severity),
            ProbeVocabulary::displayName(f.kind));
        const QString subject = f.subjectName.isEmpty() ? f.subject : f.subjectName;
        if (!subject.isEmpty())
            line += QStringLiteral(": ") + subject;
        if (!f.found.isEmpty())
            line += QStringLiteral("; ") + tr("shown: %1").arg(f.found);
        if (!f.expected.isEmpty())
            line += QStringLiteral("; ") + tr("registry: %1").arg(f.expected);
        if (f.timesSeen > 1)
            line += QStringLiteral("; ") + tr("seen %1 times since %2")
                                               .arg(f.timesSeen)
                                               .arg(OfficeClock::format(f.firstAt, QStringLiteral("yyyy-MM-dd")));
        return line;
    }

    static QString evidenceLine(const FetchRecord& e)
    {
        QString line = QStringLiteral("%1 %2 %3").arg(OfficeClock::format(e.at, QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            e.url, e.httpStatus ? QString::number(e.httpStatus) : ProbeVocabulary::key(e.outcome));
        line += QStringLiteral(" %1 ms %2 bytes").arg(e.latencyMs).arg(e.bytes);
        if (!e.sha256.isEmpty())
            line += QStringLiteral(" sha256 ") + e.sha256.left(16);
        if (!e.matched.isEmpty())
            line += QStringLiteral(" «%1»").arg(e.matched.section(u'\n', 0, 0).left(120));
        return line;
    }

    static void declareFetchOptions(QCommandLineParser& p)
    {
        p.addOption({QStringLiteral("resolve"), tr("Connect to ADDRESS for HOST on PORT (* for any), like curl."),
            tr("HOST:PORT:ADDRESS")});
        p.addOption({QStringLiteral("ca-file"), tr("Extra trusted certificates (PEM)."), tr("FILE")});
        p.addOption({QStringLiteral("user-agent"), tr("The whole User-Agent instead of the identifying default."),
            tr("TEXT")});
        p.addOption({QStringLiteral("limit"), tr("Seconds per probe (default 15)."), tr("S")});
        p.addOption({QStringLiteral("host-interval-ms"), tr("Between two requests to one host (default 1000)."),
            tr("MS")});
        p.addOption({QStringLiteral("retry-delay-ms"), tr("Before the retry of a failed probe (default 5000)."),
            tr("MS")});
    }

    static int run(QCommandLineParser& p, CliIo& io)
    {
        const QString code = p.value(QStringLiteral("site")).trimmed();
        if (code.isEmpty()) {
            io.err << tr("Give the site with --site CODE (its identifier code).") << Qt::endl;
            return 2;
        }
        QStringList args{QStringLiteral("--database"), Cli::databasePath(p), QStringLiteral("--site"), code,
            QStringLiteral("--workers"), QStringLiteral("1")};
        for (const QString& r : p.values(QStringLiteral("resolve")))
            args << QStringLiteral("--resolve") << r;
        for (const char* name : {"ca-file", "user-agent", "limit", "host-interval-ms", "retry-delay-ms"}) {
            const QString key = QLatin1String(name);
            if (p.isSet(key))
                args << QStringLiteral("--") + key << p.value(key);
        }
        const auto options = probe::ProbeOptions::parse(args);
        if (!options) {
            io.err << options.error().fullText() << Qt::endl;
            return 2;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        auto& c = db->connection();
        const auto site = SiteRepository(c).byCode(code);
        if (!site) {
            io.err << tr("No site has the identifier code %1.").arg(code) << Qt::endl;
            return 1;
        }
        if (site->status != SiteStatus::Operating && site->status != SiteStatus::Migrating) {
            io.err << tr("%1 (%2) is %3: only running sites are probed.")
                          .arg(site->name, code, Vocabulary::displayName(site->status))
                   << Qt::endl;
            return 1;
        }
        probe::ProbeService service(*options, c);
        if (const Status s = service.prepare(); !s) {
            io.err << s.error().fullText() << Qt::endl;
            return 2;
        }
        const auto round = service.runRound(!p.isSet(QStringLiteral("availability-only")));
        if (!round) {
            io.err << round.error().fullText() << Qt::endl;
            return 1;
        }
        if (round->sites == 0) {
            io.err << tr("%1 (%2) is under announced maintenance: it is not probed now.").arg(site->name, code)
                   << Qt::endl;
            return 1;
        }
        io.out << tr("%1 (%2), %3").arg(site->name, code, site->url) << Qt::endl;
        for (const AvailabilityRecord& r : round->records) {
            QString outcome = ProbeVocabulary::displayName(r.outcome);
            if (r.httpStatus)
                outcome += QStringLiteral(" (HTTP %1)").arg(r.httpStatus);
            io.out << tr("Availability: %1 in %2 ms, %3 bytes").arg(outcome).arg(r.latencyMs).arg(r.bytes);
            if (r.firstOutcome) {
                io.out << tr("; the first try failed (%1) and was retried").arg(ProbeVocabulary::displayName(*r.firstOutcome));
            }
            io.out << Qt::endl;
            if (!r.detail.isEmpty() && r.outcome == ProbeOutcome::Robots)
                io.out << QStringLiteral("  ") << r.detail << Qt::endl;
        }
        ProbeQueries queries(c);
        const auto state = queries.siteState(site->id);
        if (state && *state) {
            const ProbeSiteState& st = **state;
            io.out << tr("Homepage: newest date %1")
                          .arg(st.homepageNewest.isValid() ? st.homepageNewest.toString(Qt::ISODate) : tr("none found"))
                   << Qt::endl;
            io.out << tr("Links: %1 checked, %2 failed").arg(st.linksChecked).arg(st.linksFailed) << Qt::endl;
            if (st.tlsExpires.isValid())
                io.out << tr("TLS certificate expires %1").arg(OfficeClock::format(st.tlsExpires, QStringLiteral("yyyy-MM-dd")))
                       << Qt::endl;
        }
        const auto columns = queries.columns(site->id);
        if (columns) {
            for (const ProbeColumn& col : *columns) {
                io.out << tr("Column %1 (%2): %3, %4 items, newest %5")
                              .arg(col.name, ProbeVocabulary::displayName(col.kind),
                                  ProbeVocabulary::displayName(col.state))
                              .arg(col.items)
                              .arg(col.newestOn.isValid() ? col.newestOn.toString(Qt::ISODate) : QStringLiteral("—"))
                       << Qt::endl;
            }
        }
        const auto findings = queries.findings(site->id, true);
        if (!findings) {
            io.err << findings.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Open findings: %1").arg(findings->size()) << Qt::endl;
        for (const FindingView& f : *findings) {
            io.out << QStringLiteral("  ") << findingLine(f) << Qt::endl;
            if (f.evidence)
                io.out << QStringLiteral("    ") << evidenceLine(*f.evidence) << Qt::endl;
        }
        return 0;
    }

    static int report(QCommandLineParser& p, CliIo& io)
    {
        const QString weekText = p.value(QStringLiteral("week")).trimmed();
        const auto week = weekText.isEmpty() ? std::optional<IsoWeek>(IsoWeek::of(OfficeClock::today()).previous())
                                             : IsoWeek::parse(weekText);
        if (!week || !week->isValid()) {
            io.err << tr("--week takes an ISO week such as 2026-W48.") << Qt::endl;
            return 2;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        auto& c = db->connection();
        qint64 org = 0;
        if (!p.value(QStringLiteral("org")).trimmed().isEmpty()) {
            org = Cli::findUnit(*db, p.value(QStringLiteral("org")), io);
            if (org == 0)
                return 1;
        }
        const auto rows = ProbeQueries(c).week(*week, org);
        if (!rows) {
            io.err << rows.error().fullText() << Qt::endl;
            return 1;
        }
        const QStringList header{tr("Identifier code"), tr("Site"), tr("Host unit"), tr("Probes"), tr("Failed"),
            tr("Share failed"), tr("Blips (retried)"), tr("Days under 20 probes"), tr("Verdict")};
        const auto cells = [](const ProbeWeekRow& r) {
            return QStringList{r.code, r.name, r.unitName, QString::number(r.week.probes),
                QString::number(r.week.failures), percent(r.week.share()), QString::number(r.week.blips),
                QString::number(r.week.daysUnderMinimum), ProbeRules::displayName(r.verdict)};
        };
        const bool text = !p.isSet(QStringLiteral("json")) && !p.isSet(QStringLiteral("output"))
            && !p.isSet(QStringLiteral("format"));
        if (text) {
            io.out << tr("Availability, %1 (%2 to %3)")
                          .arg(week->displayName(), week->monday().toString(Qt::ISODate),
                              week->sunday().toString(Qt::ISODate))
                   << Qt::endl;
        }
        const auto out = RowOutput::start(p, io, header);
        if (!out)
            return 2;
        for (const ProbeWeekRow& r : *rows) {
            out->row({{QStringLiteral("site_id"), r.siteId}, {QStringLiteral("code"), r.code},
                         {QStringLiteral("name"), r.name}, {QStringLiteral("unit"), r.unitName},
                         {QStringLiteral("week"), week->key()}, {QStringLiteral("probes"), r.week.probes},
                         {QStringLiteral("failures"), r.week.failures}, {QStringLiteral("blips"), r.week.blips},
                         {QStringLiteral("days_under_minimum"), r.week.daysUnderMinimum},
                         {QStringLiteral("verdict"), ProbeRules::key(r.verdict)}},
                cells(r));
        }
        return out->finish();
    }

    static int importColumns(QCommandLineParser& p, CliIo& io)
    {
        const auto file = Cli::oneFileArgument(p, io);
        if (!file)
            return 2;
        TableReadOptions options;
        options.databasePath = Cli::databasePath(p);
        const auto table = TableReader::read(*file, options);
        if (!table) {
            io.err << table.error().fullText() << Qt::endl;
            return 1;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("unknown")));
        const Session session = Session::system(QStringLiteral("sitegovctl:%1").arg(login));
        const bool dryRun = p.isSet(QStringLiteral("dry-run"));
        const auto report = ProbeSettingsService(db->connection()).importColumns(session, *table, dryRun);
        if (!report) {
            io.err << report.error().fullText() << Qt::endl;
            return 1;
        }
        for (const QString& e : report->errors)
            io.err << e << Qt::endl;
        if (!report->errors.isEmpty()) {
            io.err << tr("Nothing was imported: %n row(s) have errors.", nullptr, int(report->errors.size())) << Qt::endl;
            return 1;
        }
        io.out << (dryRun ? tr("Would add %1 columns, update %2, leave %3 unchanged.")
                          : tr("Added %1 columns, updated %2, left %3 unchanged."))
                      .arg(report->created)
                      .arg(report->updated)
                      .arg(report->unchanged)
               << Qt::endl;
        return 0;
    }

    static int listColumns(QCommandLineParser& p, CliIo& io)
    {
        const QString code = p.value(QStringLiteral("site")).trimmed();
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto site = SiteRepository(db->connection()).byCode(code);
        if (!site) {
            io.err << tr("No site has the identifier code %1.").arg(code) << Qt::endl;
            return 1;
        }
        const auto columns = ProbeQueries(db->connection()).columns(site->id);
        if (!columns) {
            io.err << columns.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(
            p, io, {tr("Column"), tr("Kind"), tr("Address"), tr("Selector"), tr("State"), tr("Newest item")});
        if (!out)
            return 2;
        for (const ProbeColumn& c : *columns) {
            const QStringList cells{c.name, ProbeVocabulary::key(c.kind), c.url, c.selector,
                ProbeVocabulary::key(c.state), c.newestOn.toString(Qt::ISODate)};
            out->row({{QStringLiteral("name"), cells.at(0)}, {QStringLiteral("kind"), cells.at(1)},
                         {QStringLiteral("url"), cells.at(2)}, {QStringLiteral("selector"), cells.at(3)},
                         {QStringLiteral("state"), cells.at(4)}, {QStringLiteral("newest_on"), cells.at(5)}},
                cells);
        }
        return out->finish();
    }
};

} // namespace

void registerProbeCommands(Cli& cli)
{
    cli.add({QStringLiteral("probe run"), ProbeCommands::tr("Run every check of the probe on one site now and print the findings"),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("site"), ProbeCommands::tr("The site's identifier code."), ProbeCommands::tr("CODE")});
            p.addOption({QStringLiteral("availability-only"), ProbeCommands::tr("The availability probe only.")});
            ProbeCommands::declareFetchOptions(p);
        },
        &ProbeCommands::run});
    cli.add({QStringLiteral("probe report"),
        ProbeCommands::tr("The availability figures of an ISO week per site: probes, failures, share, verdict"),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("week"), ProbeCommands::tr("The ISO week, such as 2026-W48 (default: last week)."),
                ProbeCommands::tr("WEEK")});
            p.addOption({QStringLiteral("org"), ProbeCommands::tr("Only the sites of this unit's jurisdiction."),
                ProbeCommands::tr("UNIT")});
            RowOutput::declare(p);
        },
        &ProbeCommands::report});
    cli.add({QStringLiteral("probe columns import"),
        ProbeCommands::tr("Register columns for the freshness check from a CSV or XLSX file"),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("dry-run"), ProbeCommands::tr("Say what would change; change nothing.")});
            p.addPositionalArgument(QStringLiteral("FILE"),
                ProbeCommands::tr("Columns: site_code, name, url, kind, selector (or 网站标识码, 栏目名称, 栏目地址, 栏目类型, 选择规则)."));
        },
        &ProbeCommands::importColumns});
    cli.add({QStringLiteral("probe columns list"), ProbeCommands::tr("The columns registered for a site and their last check"),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("site"), ProbeCommands::tr("The site's identifier code."), ProbeCommands::tr("CODE")});
            RowOutput::declare(p);
        },
        &ProbeCommands::listColumns});
}

} // namespace sitegov
