#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "report/BulletinDocument.h"
#include "storage/AccountService.h"
#include "storage/BulletinQueries.h"
#include "storage/SpotCheckService.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <optional>

namespace sitegov {

namespace {

// `sitegovctl spotcheck plan|list|show` and `sitegovctl bulletin`: the monthly spot-check plans (抽查)
// of an office and the figures of its quarterly bulletin (季度抽查情况通报). Text output is
// tab-separated with a header line; --json gives JSON.
class SpotCheckCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckCommands)

public:
    static QString statusText(const SpotCheckItem& i)
    {
        if (i.removed)
            return tr("Left the plan");
        if (!i.status)
            return tr("Not assessed");
        return SpotCheckRules::displayName(*i.status);
    }

    static QJsonObject planJson(const SpotCheckPlan& p)
    {
        return {{QStringLiteral("id"), p.id}, {QStringLiteral("org_id"), p.orgId}, {QStringLiteral("org"), p.orgName},
            {QStringLiteral("month"), p.month.toString()}, {QStringLiteral("seed"), qint64(p.seed)},
            {QStringLiteral("share_percent"), p.sharePercent}, {QStringLiteral("population"), p.population},
            {QStringLiteral("required"), p.required}, {QStringLiteral("status"), SpotCheckRules::key(p.status)},
            {QStringLiteral("planned"), p.planned}, {QStringLiteral("added"), p.added},
            {QStringLiteral("removed"), p.removed}, {QStringLiteral("unassigned"), p.unassigned},
            {QStringLiteral("submitted"), p.submitted}, {QStringLiteral("confirmed"), p.confirmed},
            {QStringLiteral("failing"), p.failing}};
    }

    static QJsonObject itemJson(const SpotCheckItem& i)
    {
        QJsonObject o{{QStringLiteral("item_id"), i.id}, {QStringLiteral("site_id"), i.siteId},
            {QStringLiteral("code"), i.siteCode}, {QStringLiteral("name"), i.siteName},
            {QStringLiteral("unit"), i.hostUnit}, {QStringLiteral("level"), Vocabulary::key(i.level)},
            {QStringLiteral("kind"), Vocabulary::key(i.kind)},
            {QStringLiteral("origin"), i.addedByHand ? QStringLiteral("added") : QStringLiteral("drawn")},
            {QStringLiteral("checker"), i.checkerName}, {QStringLiteral("removed"), i.removed}};
        if (i.removed)
            o.insert(QStringLiteral("removed_note"), i.removedNote);
        if (i.addedByHand)
            o.insert(QStringLiteral("added_note"), i.addedNote);
        if (i.status) {
            o.insert(QStringLiteral("assessment_id"), i.assessmentId);
            o.insert(QStringLiteral("status"), SpotCheckRules::key(*i.status));
            o.insert(QStringLiteral("total"), i.total);
            o.insert(QStringLiteral("passed"), i.passed);
        }
        return o;
    }

    static void printPlan(QTextStream& out, const SpotCheckPlan& p)
    {
        out << tr("Spot-check plan %1: %2, %3").arg(p.id).arg(p.orgName, p.month.toString()) << Qt::endl;
        out << tr("Status: %1").arg(SpotCheckRules::displayName(p.status)) << Qt::endl;
        out << tr("Running sites: %1; share %2%, at least %3 sites; seed %4")
                   .arg(p.population)
                   .arg(p.sharePercent)
                   .arg(p.required)
                   .arg(p.seed)
            << Qt::endl;
        out << tr("In the plan: %1 (%2 added by hand), %3 left the plan, %4 without a checker")
                   .arg(p.planned)
                   .arg(p.added)
                   .arg(p.removed)
                   .arg(p.unassigned)
            << Qt::endl;
        out << tr("Assessments: %1 being written, %2 submitted, %3 confirmed, %4 failing")
                   .arg(p.drafts)
                   .arg(p.submitted)
                   .arg(p.confirmed)
                   .arg(p.failing)
            << Qt::endl;
    }

    static void printItems(QTextStream& out, const QList<SpotCheckItem>& items)
    {
        out << QStringList{tr("Code"), tr("Site"), tr("Unit"), tr("Kind"), tr("Origin"), tr("Checker"), tr("Status"),
            tr("Score")}
                   .join(u'\t')
            << Qt::endl;
        const QLocale c = QLocale::c();
        for (const SpotCheckItem& i : items) {
            const bool scored = i.status.has_value();
            out << QStringList{i.siteCode, i.siteName, i.hostUnit, Vocabulary::displayName(i.kind),
                i.addedByHand ? tr("Added: %1").arg(i.addedNote) : tr("Drawn"), i.checkerName,
                i.removed ? tr("Left the plan: %1").arg(i.removedNote) : statusText(i),
                scored ? c.toString(i.total, 'f', 2) : QString()}
                       .join(u'\t')
                << Qt::endl;
        }
    }

    static int plan(QCommandLineParser& p, CliIo& io)
    {
        const auto m = Cli::officeMonthOptions(p, io, tr("Name the office that draws the plan with --org."));
        if (!m)
            return 2;
        std::optional<quint32> seed;
        if (p.isSet(QStringLiteral("seed"))) {
            bool ok = false;
            const qint64 v = p.value(QStringLiteral("seed")).toLongLong(&ok);
            if (!ok || v < 0 || v > 4294967295LL) {
                io.err << tr("--seed takes a whole number from 0 to 4294967295.") << Qt::endl;
                return 2;
            }
            seed = quint32(v);
        }
        std::optional<int> share;
        if (p.isSet(QStringLiteral("share"))) {
            bool ok = false;
            share = p.value(QStringLiteral("share")).toInt(&ok);
            if (!ok) {
                io.err << tr("--share takes a percentage, e.g. 40.") << Qt::endl;
                return 2;
            }
        }
        const auto office = Cli::openForOrg(p, io);
        if (!office)
            return 1;
        const auto& db = office->db;
        auto& c = db->connection();
        const qint64 orgId = office->orgId;
        const auto session = Cli::loggedIn(p, io, *db);
        if (!session)
            return 1;
        SpotCheckService service(c);
        const auto planId = service.draw(*session, orgId, *m, seed, share);
        if (!planId) {
            io.err << planId.error().fullText() << Qt::endl;
            return 1;
        }
        const auto plan = service.plan(*planId);
        const auto items = service.items(*planId);
        if (!plan || !items) {
            io.err << (plan ? items.error() : plan.error()).fullText() << Qt::endl;
            return 1;
        }
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o = planJson(*plan);
            QJsonArray list;
            for (const SpotCheckItem& i : *items)
                list.append(itemJson(i));
            o.insert(QStringLiteral("sites"), list);
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        printPlan(io.out, *plan);
        io.out << Qt::endl;
        printItems(io.out, *items);
        return 0;
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        const auto m = Cli::monthOption(p, io);
        if (!m)
            return 2;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        auto& c = db->connection();
        const qint64 unitId = Cli::unitOption(p, io, *db, QStringLiteral("org"));
        if (unitId < 0)
            return 1;
        const auto plans = SpotCheckService(c).plans(*m, unitId);
        if (!plans) {
            io.err << plans.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(p, io,
            {tr("No."), tr("Month"), tr("Office"), tr("Status"), tr("Running sites"), tr("Share"), tr("Planned"),
                tr("Confirmed"), tr("Failing")});
        if (!out)
            return 2;
        for (const SpotCheckPlan& plan : *plans) {
            out->row(planJson(plan),
                {QString::number(plan.id), plan.month.toString(), plan.orgName,
                    SpotCheckRules::displayName(plan.status), QString::number(plan.population),
                    QStringLiteral("%1%").arg(plan.sharePercent), QString::number(plan.planned),
                    QString::number(plan.confirmed), QString::number(plan.failing)});
        }
        return out->finish();
    }

    static int show(QCommandLineParser& p, CliIo& io)
    {
        const auto m = Cli::officeMonthOptions(p, io, tr("Name the office whose plan to show with --org."));
        if (!m)
            return 2;
        const auto office = Cli::openForOrg(p, io);
        if (!office)
            return 1;
        const auto& db = office->db;
        auto& c = db->connection();
        const qint64 orgId = office->orgId;
        SpotCheckService service(c);
        const auto plan = service.planFor(orgId, *m);
        if (!plan) {
            io.err << plan.error().fullText() << Qt::endl;
            return 1;
        }
        if (!*plan) {
            io.err << tr(
                "There is no spot-check plan of this office for %1: draw one with `sitegovctl spotcheck plan`.")
                          .arg(m->toString())
                   << Qt::endl;
            return 1;
        }
        const auto items = service.items((*plan)->id);
        if (!items) {
            io.err << items.error().fullText() << Qt::endl;
            return 1;
        }
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o = planJson(**plan);
            QJsonArray list;
            for (const SpotCheckItem& i : *items)
                list.append(itemJson(i));
            o.insert(QStringLiteral("sites"), list);
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        printPlan(io.out, **plan);
        io.out << Qt::endl;
        printItems(io.out, *items);
        return 0;
    }

    // The bulletin's figures as text or JSON (the console lays them out as the document offices issue).
    static int bulletin(QCommandLineParser& p, CliIo& io)
    {
        const QString text = p.value(QStringLiteral("quarter")).trimmed();
        const auto quarter = Period::parse(text);
        if (!quarter || quarter->kind() != Period::Kind::Quarter) {
            io.err << tr("\"%1\" is not a quarter: write it as 2026-Q3.").arg(text) << Qt::endl;
            return 2;
        }
        if (!p.isSet(QStringLiteral("org"))) {
            io.err << tr("Name the office whose bulletin it is with --org.") << Qt::endl;
            return 2;
        }
        const QString format
            = p.isSet(QStringLiteral("json")) ? QStringLiteral("json") : p.value(QStringLiteral("format")).trimmed().toLower();
        if (!format.isEmpty() && format != u"text" && format != u"json" && format != u"pdf" && format != u"odt") {
            io.err << tr("Unknown format \"%1\": use text, json, pdf or odt.").arg(format) << Qt::endl;
            return 2;
        }
        const bool document = format == u"pdf" || format == u"odt";
        const QString output = p.value(QStringLiteral("output")).trimmed();
        if (document && output.isEmpty()) {
            io.err << tr("Give the file to write with --output.") << Qt::endl;
            return 2;
        }
        BulletinOptions options;
        options.documentNumber = p.value(QStringLiteral("number"));
        if (p.isSet(QStringLiteral("report-by"))) {
            options.reportBy = QDate::fromString(p.value(QStringLiteral("report-by")).trimmed(), Qt::ISODate);
            if (!options.reportBy.isValid()) {
                io.err << tr("\"%1\" is not a day: write it as 2026-10-31.").arg(p.value(QStringLiteral("report-by")))
                       << Qt::endl;
                return 2;
            }
        }
        // The documents are laid out with fonts: main() makes a QGuiApplication for them.
        if (document && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            io.err << tr("Writing a document needs the graphical libraries: run it through the sitegovctl program.")
                   << Qt::endl;
            return 1;
        }
        const auto office = Cli::openForOrg(p, io);
        if (!office)
            return 1;
        const auto& db = office->db;
        auto& c = db->connection();
        const qint64 orgId = office->orgId;
        const auto f = BulletinQueries::compute(c, orgId, *quarter);
        if (!f) {
            io.err << f.error().fullText() << Qt::endl;
            return 1;
        }
        if (document) {
            const QString databasePath = Cli::databasePath(p);
            if (format == u"pdf") {
                const auto pages = BulletinDocument::writePdf(output, *f, options, databasePath);
                if (!pages) {
                    io.err << pages.error().fullText() << Qt::endl;
                    return 1;
                }
                io.out << tr("Wrote %1 (%n page(s)).", nullptr, *pages).arg(output) << Qt::endl;
            } else {
                if (const Status s = BulletinDocument::writeOdt(output, *f, options, databasePath); !s) {
                    io.err << s.error().fullText() << Qt::endl;
                    return 1;
                }
                io.out << tr("Wrote %1.").arg(output) << Qt::endl;
            }
            return 0;
        }
        if (format == u"json") {
            QJsonArray running;
            for (const auto& [level, n] : f->runningByLevel)
                running.append(
                    QJsonObject{{QStringLiteral("level"), Vocabulary::key(level)}, {QStringLiteral("sites"), n}});
            QJsonArray groups;
            for (const auto& g : f->groups) {
                groups.append(QJsonObject{{QStringLiteral("unit_id"), g.unitId}, {QStringLiteral("name"), g.name},
                    {QStringLiteral("checked"), g.checked}, {QStringLiteral("failing"), g.failing},
                    {QStringLiteral("pass_rate"), g.passRate()}});
            }
            QJsonArray failing;
            for (const auto& s : f->failing) {
                failing.append(QJsonObject{{QStringLiteral("group"), s.group}, {QStringLiteral("code"), s.siteCode},
                    {QStringLiteral("name"), s.siteName}, {QStringLiteral("unit"), s.unit},
                    {QStringLiteral("month"), s.month.toString()}, {QStringLiteral("total"), s.total},
                    {QStringLiteral("problems"), s.problems},
                    {QStringLiteral("deadline"), s.deadline.toString(Qt::ISODate)}});
            }
            QJsonObject accountability;
            for (auto it = f->accountability.cbegin(); it != f->accountability.cend(); ++it)
                accountability.insert(SpotCheckRules::key(it.key()), it.value());
            // The error-report messages per unit and in total (unit_id 0), as `ticket figures` gives them.
            QJsonArray tickets;
            const auto ticketJson = [](const TicketFigures& t, const QString& name) {
                const auto rate = t.onTimeRate();
                return QJsonObject{{QStringLiteral("unit_id"), t.unitId}, {QStringLiteral("unit"), name},
                    {QStringLiteral("received"), t.received}, {QStringLiteral("valid"), t.valid},
                    {QStringLiteral("closed_on_time"), t.closedOnTime},
                    {QStringLiteral("on_time_rate"), rate ? QJsonValue(*rate / 100.0) : QJsonValue()}};
            };
            for (const TicketFigures& t : f->tickets)
                tickets.append(ticketJson(t, t.unitName));
            tickets.append(ticketJson(f->ticketTotal, tr("Total")));
            const QJsonObject o{{QStringLiteral("org_id"), f->orgId}, {QStringLiteral("org"), f->orgName},
                {QStringLiteral("quarter"), f->quarter.toString()}, {QStringLiteral("running_sites"), f->runningSites},
                {QStringLiteral("running_by_level"), running}, {QStringLiteral("plans"), f->plans},
                {QStringLiteral("checks"), f->checks}, {QStringLiteral("sites_checked"), f->sitesChecked},
                {QStringLiteral("sites_failing"), f->sitesFailing},
                {QStringLiteral("checked_percent"), f->checkedPercent()}, {QStringLiteral("pass_rate"), f->passRate()},
                {QStringLiteral("groups"), groups}, {QStringLiteral("failing"), failing},
                {QStringLiteral("accountability"), accountability},
                {QStringLiteral("copy_to"), QJsonArray::fromStringList(f->copyTo)}, {QStringLiteral("tickets"), tickets}};
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        QTextStream& out = io.out;
        const QLocale c1 = QLocale::c();
        out << tr("Spot checks of %1, %2").arg(f->orgName, f->quarter.toString()) << Qt::endl;
        QStringList byLevel;
        for (const auto& [level, n] : f->runningByLevel)
            byLevel << tr("%1: %2").arg(Vocabulary::displayName(level)).arg(n);
        out << tr("Running sites: %1 (%2)").arg(f->runningSites).arg(byLevel.join(tr(", "))) << Qt::endl;
        out << tr("Sites checked: %1 (%2% of the running sites) in %3 checks of %4 plans")
                   .arg(f->sitesChecked)
                   .arg(c1.toString(f->checkedPercent(), 'f', 1))
                   .arg(f->checks)
                   .arg(f->plans)
            << Qt::endl;
        out << tr("Passed: %1, failed: %2, pass rate %3%")
                   .arg(f->sitesPassed())
                   .arg(f->sitesFailing)
                   .arg(c1.toString(f->passRate(), 'f', 1))
            << Qt::endl;
        out << Qt::endl
            << QStringList{tr("Group"), tr("Checked"), tr("Failing"), tr("Pass rate")}.join(u'\t') << Qt::endl;
        for (const auto& g : f->groups) {
            out << QStringList{g.name, QString::number(g.checked), QString::number(g.failing),
                QStringLiteral("%1%").arg(c1.toString(g.passRate(), 'f', 1))}
                       .join(u'\t')
                << Qt::endl;
        }
        out << Qt::endl
            << QStringList{tr("No."), tr("Group"), tr("Site"), tr("Problems"), tr("Rectify by")}.join(u'\t')
            << Qt::endl;
        int n = 0;
        for (const auto& s : f->failing) {
            out << QStringList{QString::number(++n), s.group, s.siteName, s.problems, s.deadline.toString(Qt::ISODate)}
                       .join(u'\t')
                << Qt::endl;
        }
        out << Qt::endl << tr("Accountability:") << Qt::endl;
        for (auto it = f->accountability.cbegin(); it != f->accountability.cend(); ++it)
            out << QStringLiteral("  %1\t%2").arg(SpotCheckRules::displayName(it.key())).arg(it.value()) << Qt::endl;
        if (!f->copyTo.isEmpty())
            out << Qt::endl << tr("Copy to: %1").arg(f->copyTo.join(tr(", "))) << Qt::endl;
        return 0;
    }
};

} // namespace

void registerSpotCheckCommands(Cli& cli)
{
    const QCommandLineOption month{
        QStringLiteral("month"), Cli::tr("The month, e.g. 2026-11 (default: this month)."), Cli::tr("YYYY-MM")};
    cli.add({QStringLiteral("spotcheck plan"),
        Cli::tr("Draw an office's monthly spot-check plan (or draw an open plan again) and print it."),
        [month](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(month);
            p.addOption({QStringLiteral("org"),
                Cli::tr(
                    "The office: a government of province, city or county level, by number, division code or name."),
                Cli::tr("CODE")});
            p.addOption({QStringLiteral("seed"),
                Cli::tr("The draw's seed (default: a new one); the same seed draws the same sites."), Cli::tr("N")});
            p.addOption({QStringLiteral("share"),
                Cli::tr("The share of the running sites to check, in percent (default: the office's setting)."),
                Cli::tr("PERCENT")});
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text.")});
        },
        &SpotCheckCommands::plan, {Action::PlanSpotChecks}});
    cli.add({QStringLiteral("spotcheck list"),
        Cli::tr("List the month's spot-check plans of the offices within a unit."),
        [month](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(month);
            p.addOption({QStringLiteral("org"),
                Cli::tr("Only the offices within this unit: its number, its 6-digit division code or its exact name."),
                Cli::tr("CODE")});
            RowOutput::declare(p);
        },
        &SpotCheckCommands::list});
    cli.add({QStringLiteral("spotcheck show"), Cli::tr("Show an office's spot-check plan of a month with its sites."),
        [month](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(month);
            p.addOption({QStringLiteral("org"),
                Cli::tr("The office: its number, its 6-digit division code or its exact name."), Cli::tr("CODE")});
            p.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text.")});
        },
        &SpotCheckCommands::show});
    cli.add({QStringLiteral("bulletin"),
        Cli::tr("The figures of an office's quarterly spot-check bulletin from its confirmed assessments."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("quarter"), Cli::tr("The quarter, e.g. 2026-Q3."), Cli::tr("YYYY-Qn")});
            p.addOption({QStringLiteral("org"),
                Cli::tr("The office: its number, its 6-digit division code or its exact name."), Cli::tr("CODE")});
            p.addOption({QStringLiteral("format"),
                Cli::tr(
                    "text (default) or json for the figures; pdf or odt for the document to issue (with --output)."),
                Cli::tr("FORMAT")});
            p.addOption({QStringLiteral("output"), Cli::tr("The PDF or ODF text file to write."), Cli::tr("FILE")});
            p.addOption({QStringLiteral("number"),
                Cli::tr("The document's number (default: the year and the quarter, as 〔2026〕3号)."),
                Cli::tr("TEXT")});
            p.addOption({QStringLiteral("report-by"),
                Cli::tr("The day the units report their rectification back by (default: a month after the quarter)."),
                Cli::tr("YYYY-MM-DD")});
            p.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text (as --format json).")});
        },
        &SpotCheckCommands::bulletin});
}

} // namespace sitegov
