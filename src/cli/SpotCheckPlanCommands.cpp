#include "cli/Cli.h"
#include "storage/AccountService.h"
#include "storage/SpotCheckService.h"

#include <QSet>

namespace sitegov {

namespace {

// `sitegovctl spotcheck assign|add|remove|lock`: the changes the console's Spot checks page makes to
// an office's plan of a month (assign checkers, add a site by hand or take it out again, each with
// its reason, lock the plan), through the same SpotCheckService, with --as acting as that account. Exit codes: 0 done,
// 1 refused or failed, 2 usage.
class SpotCheckPlanCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckPlanCommands)

public:
    struct PlanAt
    {
        Cli::Acting acting;
        SpotCheckPlan plan;
    };

    // The plan of --org's month (--month), opened for a change by who acts.
    static std::optional<PlanAt> planAt(const QCommandLineParser& p, CliIo& io, int& code)
    {
        code = 2;
        const auto month = Cli::officeMonthOptions(p, io, tr("Name the office whose plan this is with --org."));
        if (!month)
            return std::nullopt;
        code = 1;
        auto office = Cli::openForOrg(p, io);
        if (!office)
            return std::nullopt;
        auto session = Cli::loggedIn(p, io, *office->db);
        if (!session)
            return std::nullopt;
        const auto plan = SpotCheckService(office->db->connection()).planFor(office->orgId, *month);
        if (!plan) {
            io.err << plan.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        if (!*plan) {
            io.err << tr("This office has no plan for %1 yet: draw it with sitegovctl spotcheck plan.")
                          .arg(month->toString())
                   << Qt::endl;
            return std::nullopt;
        }
        return PlanAt{Cli::Acting{std::move(office->db), *session}, **plan};
    }

    // The one SITE argument, by identifier code or number; 0 after saying why.
    static qint64 oneSite(const QCommandLineParser& p, CliIo& io, Database& db, int& code)
    {
        if (p.positionalArguments().size() != 1) {
            io.err << tr("Give one site: its identifier code or its number.") << Qt::endl;
            code = 2;
            return 0;
        }
        code = 1;
        return Cli::findSite(db, p.positionalArguments().constFirst(), io);
    }

    static int done(CliIo& io, const Status& s, const QString& what)
    {
        if (!s) {
            io.err << s.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << what << Qt::endl;
        return 0;
    }

    static int assign(QCommandLineParser& p, CliIo& io)
    {
        const bool none = p.isSet(QStringLiteral("no-checker"));
        if (none == p.isSet(QStringLiteral("checker"))) {
            io.err << tr("Give either --checker USER or --no-checker.") << Qt::endl;
            return 2;
        }
        int code = 0;
        auto at = planAt(p, io, code);
        if (!at)
            return code;
        Database& db = *at->acting.db;
        SpotCheckService service(db.connection());
        qint64 checkerId = 0;
        QString checkerName = tr("no checker");
        if (!none) {
            const auto account = AccountService(db.connection()).byUsername(p.value(QStringLiteral("checker")));
            if (!account) {
                io.err << account.error().fullText() << Qt::endl;
                return 1;
            }
            checkerId = account->id;
            checkerName = account->username;
        }
        const auto items = service.items(at->plan.id);
        if (!items) {
            io.err << items.error().fullText() << Qt::endl;
            return 1;
        }
        // The sites named, or without any: every site of the plan that has no checker yet.
        QSet<qint64> siteIds;
        for (const QString& text : p.positionalArguments()) {
            const qint64 id = Cli::findSite(db, text, io);
            if (id == 0)
                return 1;
            siteIds << id;
        }
        QList<qint64> itemIds;
        for (const SpotCheckItem& i : *items) {
            if (siteIds.isEmpty() ? (!i.removed && i.checkerId == 0) : siteIds.remove(i.siteId))
                itemIds << i.id;
        }
        if (!siteIds.isEmpty()) {
            io.err << tr("%n of the sites named are not in the plan.", nullptr, int(siteIds.size())) << Qt::endl;
            return 1;
        }
        if (itemIds.isEmpty()) {
            io.out << tr("Every site of the plan has a checker already.") << Qt::endl;
            return 0;
        }
        return done(io, service.assign(at->acting.session, at->plan.id, itemIds, checkerId),
            tr("%n site(s) of plan %1 assigned to %2.", nullptr, int(itemIds.size()))
                .arg(at->plan.id)
                .arg(checkerName));
    }

    static int addOrRemove(QCommandLineParser& p, CliIo& io, bool add)
    {
        const QString note = p.value(QStringLiteral("note")).trimmed();
        if (note.isEmpty()) {
            io.err << (add ? tr("Say with --note why the site is added.") : tr("Say with --note why the site leaves."))
                   << Qt::endl;
            return 2;
        }
        int code = 0;
        auto at = planAt(p, io, code);
        if (!at)
            return code;
        const qint64 siteId = oneSite(p, io, *at->acting.db, code);
        if (siteId == 0)
            return code;
        SpotCheckService service(at->acting.db->connection());
        if (add)
            return done(io, service.addSite(at->acting.session, at->plan.id, siteId, note),
                tr("Added to plan %1.").arg(at->plan.id));
        return done(io, service.removeSite(at->acting.session, at->plan.id, siteId, note),
            tr("Taken out of plan %1.").arg(at->plan.id));
    }

    static int add(QCommandLineParser& p, CliIo& io) { return addOrRemove(p, io, true); }
    static int remove(QCommandLineParser& p, CliIo& io) { return addOrRemove(p, io, false); }

    static int lock(QCommandLineParser& p, CliIo& io)
    {
        int code = 0;
        auto at = planAt(p, io, code);
        if (!at)
            return code;
        // Locking by hand is the plan's office's planners' (the service refuses anyone else, as the
        // console's button does).
        const Session& session = at->acting.session;
        return done(io, SpotCheckService(at->acting.db->connection()).lock(session, at->plan.id),
            tr("Plan %1 is locked: its sites stay as they are.").arg(at->plan.id));
    }
};

void planOptions(QCommandLineParser& p)
{
    p.addOption(Cli::databaseOption());
    p.addOption({QStringLiteral("month"), Cli::tr("The month, e.g. 2026-11 (default: this month)."), Cli::tr("YYYY-MM")});
    p.addOption({QStringLiteral("org"),
        Cli::tr("The office: a government of province, city or county level, by number, division code or name."),
        Cli::tr("CODE")});
    p.addOption(Cli::asOption());
}

} // namespace

void registerSpotCheckPlanCommands(Cli& cli)
{
    cli.add({QStringLiteral("spotcheck assign"),
        Cli::tr("Assign a checker to sites of an office's plan (without SITE: every site that has none)."),
        [](QCommandLineParser& p) {
            planOptions(p);
            p.addOption({QStringLiteral("checker"), Cli::tr("The checker's user name: an active inspector of the office."),
                Cli::tr("USER")});
            p.addOption({QStringLiteral("no-checker"), Cli::tr("Take the checker off the sites instead.")});
            p.addPositionalArgument(QStringLiteral("SITE"), Cli::tr("Sites of the plan, by identifier code or number."),
                QStringLiteral("[SITE...]"));
        },
        &SpotCheckPlanCommands::assign, {Action::PlanSpotChecks}});
    cli.add({QStringLiteral("spotcheck add"), Cli::tr("Add a site to an office's open plan by hand, with the reason."),
        [](QCommandLineParser& p) {
            planOptions(p);
            p.addOption({QStringLiteral("note"), Cli::tr("Why the site is added."), Cli::tr("TEXT")});
            p.addPositionalArgument(QStringLiteral("SITE"), Cli::tr("The site, by identifier code or number."));
        },
        &SpotCheckPlanCommands::add, {Action::PlanSpotChecks}});
    cli.add({QStringLiteral("spotcheck remove"),
        Cli::tr("Take a site added by hand out of an office's open plan again, with the reason (drawn sites stay)."),
        [](QCommandLineParser& p) {
            planOptions(p);
            p.addOption({QStringLiteral("note"), Cli::tr("Why the site leaves the plan."), Cli::tr("TEXT")});
            p.addPositionalArgument(QStringLiteral("SITE"), Cli::tr("The site, by identifier code or number."));
        },
        &SpotCheckPlanCommands::remove, {Action::PlanSpotChecks}});
    cli.add({QStringLiteral("spotcheck lock"),
        Cli::tr("Lock an office's plan of a month: checking starts, its sites can no longer be drawn again."),
        [](QCommandLineParser& p) { planOptions(p); }, &SpotCheckPlanCommands::lock, {Action::PlanSpotChecks}});
}

} // namespace sitegov
