#include "cli/Cli.h"
#include "core/Domain.h"
#include "core/Request.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryQueries.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestQueries.h"
#include "storage/RequestWorkflow.h"
#include "storage/SiteRepository.h"

#include <QDir>
#include <QFileInfo>

namespace sitegov {

namespace {

// `sitegovctl request file|submit|approve|return|reject|withdraw|execute`: the console's request
// work from a script, through the same RequestWorkflow and RequestAttachments, so the same checks,
// refusals (with the same messages), history and audit records apply. Exit codes: 0 done, 1 refused
// or failed (the reason on the error stream), 2 usage.
class RequestActionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(RequestActionCommands)

public:
    // A site given as its number or its identifier code; 0, after saying so, when there is none.
    static void printState(CliIo& io, Database& database, qint64 requestId)
    {
        const auto after = RequestQueries(database.connection()).byId(requestId);
        io.out << tr("Request %1: %2.").arg(requestId).arg(after ? RequestRules::displayName(after->state) : QString())
               << Qt::endl;
    }

    static int file(QCommandLineParser& p, CliIo& io)
    {
        if (!p.positionalArguments().isEmpty()) {
            io.err << tr("request file takes no arguments, only options: see --help.") << Qt::endl;
            return 2;
        }
        RequestDraft d;
        const QString typeKey = p.value(QStringLiteral("type")).trimmed();
        const auto type = RequestRules::requestType(typeKey.isEmpty() ? QStringLiteral("open") : typeKey);
        if (!type) {
            QStringList keys;
            for (RequestType t : RequestRules::types())
                keys << RequestRules::key(t);
            io.err << tr("Unknown type \"%1\": use one of %2.").arg(typeKey, keys.join(QStringLiteral(", ")))
                   << Qt::endl;
            return 2;
        }
        d.type = *type;
        if (p.value(QStringLiteral("unit")).trimmed().isEmpty()) {
            io.err << tr("Give the requesting unit with --unit.") << Qt::endl;
            return 2;
        }
        // Attachments: KIND:FILE, checked before anything is saved.
        QList<std::pair<AttachmentKind, QString>> files;
        for (const QString& a : p.values(QStringLiteral("attach"))) {
            const int colon = a.indexOf(u':');
            const auto kind = colon > 0 ? RequestRules::attachmentKind(a.left(colon)) : std::nullopt;
            if (!kind || colon + 1 >= a.size()) {
                QStringList keys;
                for (AttachmentKind k : RequestRules::attachmentKinds())
                    keys << RequestRules::key(k);
                io.err << tr("--attach takes KIND:FILE, KIND one of %1.").arg(keys.join(QStringLiteral(", ")))
                       << Qt::endl;
                return 2;
            }
            files.append({*kind, a.mid(colon + 1)});
        }
        const QString kindKey = p.value(QStringLiteral("kind")).trimmed();
        const auto siteKind = Vocabulary::siteKind(kindKey.isEmpty() ? QStringLiteral("department") : kindKey);
        if (!siteKind) {
            io.err << tr("--kind takes portal, department or special.") << Qt::endl;
            return 2;
        }
        const QString platformKey = p.value(QStringLiteral("platform")).trimmed();
        const auto platform = Vocabulary::platform(platformKey.isEmpty() ? QStringLiteral("unified") : platformKey);
        if (!platform) {
            io.err << tr("--platform takes unified or standalone.") << Qt::endl;
            return 2;
        }

        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto& db = acting->db;
        const Session* const session = &acting->session;
        d.unitId = Cli::findUnit(*db, p.value(QStringLiteral("unit")), io);
        if (d.unitId == 0)
            return 1;
        if (p.isSet(QStringLiteral("site"))) {
            d.siteId = Cli::findSite(*db, p.value(QStringLiteral("site")), io);
            if (d.siteId == 0)
                return 1;
        }
        if (p.isSet(QStringLiteral("target"))) {
            d.targetSiteId = Cli::findSite(*db, p.value(QStringLiteral("target")), io);
            if (d.targetSiteId == 0)
                return 1;
        }
        d.title = p.value(QStringLiteral("title")).trimmed();
        d.reason = p.value(QStringLiteral("reason")).trimmed();
        d.justification = p.value(QStringLiteral("justification")).trimmed();
        // The proposal, as the console's request dialog makes it.
        if (d.type == RequestType::Open) {
            d.proposal.name = p.value(QStringLiteral("name")).trimmed();
            d.proposal.code = p.value(QStringLiteral("code")).trimmed();
            if (d.proposal.code.isEmpty()) {
                // The unit's division code and the next free serial.
                if (const auto org = OrganisationRepository(db->connection()).byId(d.unitId)) {
                    if (const auto next = RegistryQueries(db->connection()).nextSiteCode(org->divisionCode))
                        d.proposal.code = *next;
                }
            }
            d.proposal.domain = p.value(QStringLiteral("domain")).trimmed().toLower();
            if (!d.proposal.domain.isEmpty())
                d.proposal.url = QStringLiteral("https://%1/").arg(d.proposal.domain);
            d.proposal.operatorName = p.value(QStringLiteral("operator")).trimmed();
            d.proposal.kind = *siteKind;
            d.proposal.platform = *platform;
        } else if (d.type == RequestType::Change) {
            d.proposal.name = p.value(QStringLiteral("name")).trimmed();
            d.proposal.domain = p.value(QStringLiteral("domain")).trimmed().toLower();
            if (p.isSet(QStringLiteral("host"))) {
                d.proposal.hostOrgId = Cli::findUnit(*db, p.value(QStringLiteral("host")), io);
                if (d.proposal.hostOrgId == 0)
                    return 1;
            }
        }

        RequestWorkflow requests(db->connection());
        const auto id = requests.saveDraft(*session, d);
        if (!id) {
            io.err << tr("The request was not saved: %1").arg(id.error().fullText()) << Qt::endl;
            return 1;
        }
        // The number first, alone on its line, for scripts.
        io.out << *id << Qt::endl;
        RequestAttachments attachments(db->connection());
        for (const auto& [kind, path] : files) {
            const auto added = attachments.addFile(*session, *id, kind, path);
            if (!added) {
                io.err << tr("Request %1 was saved as a draft, but %2 was not attached: %3")
                              .arg(*id)
                              .arg(QDir::toNativeSeparators(path), added.error().fullText())
                       << Qt::endl;
                return 1;
            }
        }
        if (p.isSet(QStringLiteral("submit"))) {
            if (const Status s = requests.submit(*session, *id); !s) {
                io.err
                    << tr("Request %1 was saved as a draft, but not submitted: %2").arg(*id).arg(s.error().fullText())
                    << Qt::endl;
                return 1;
            }
        }
        printState(io, *db, *id);
        return 0;
    }

    // The one request of a command, the database and who acts; nothing after a message (`code` says
    // which exit code).
    struct Target
    {
        std::unique_ptr<Database> db;
        Session session;
        qint64 id = 0;
    };

    static std::optional<Target> target(QCommandLineParser& p, CliIo& io, int& code)
    {
        auto on = Cli::actingOn(p, io, tr("Give the number of one request."), code);
        if (!on)
            return std::nullopt;
        if (const auto r = RequestQueries(on->acting.db->connection()).byId(on->id); !r) {
            io.err << r.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        return Target{std::move(on->acting.db), on->acting.session, on->id};
    }

    static int refused(CliIo& io, const QString& what, const Error& error)
    {
        io.err << what << u' ' << error.fullText() << Qt::endl;
        return 1;
    }

    // A step of the workflow (`step` runs it on RequestWorkflow) on the request of the one positional
    // argument, as who acts: its new state printed when done, `notDone` and the reason when refused.
    template <typename Step> static int act(QCommandLineParser& p, CliIo& io, const QString& notDone, Step step)
    {
        int code = 0;
        auto t = target(p, io, code);
        if (!t)
            return code;
        RequestWorkflow workflow(t->db->connection());
        if (const Status s = step(workflow, *t); !s)
            return refused(io, notDone, s.error());
        printState(io, *t->db, t->id);
        return 0;
    }

    static int submit(QCommandLineParser& p, CliIo& io)
    {
        return act(p, io, tr("The request was not submitted:"),
            [](RequestWorkflow& w, const Target& t) { return w.submit(t.session, t.id); });
    }

    static int withdraw(QCommandLineParser& p, CliIo& io)
    {
        return act(p, io, tr("The request was not withdrawn:"), [&p](RequestWorkflow& w, const Target& t) {
            return w.withdraw(t.session, t.id, p.value(QStringLiteral("comment")).trimmed());
        });
    }

    static int decide(QCommandLineParser& p, CliIo& io, Decision decision)
    {
        return act(p, io, tr("The decision was not recorded:"), [&p, decision](RequestWorkflow& w, const Target& t) {
            return w.decide(t.session, t.id, decision, p.value(QStringLiteral("comment")).trimmed());
        });
    }

    static int approve(QCommandLineParser& p, CliIo& io) { return decide(p, io, Decision::Approve); }
    static int giveBack(QCommandLineParser& p, CliIo& io) { return decide(p, io, Decision::Return); }
    static int reject(QCommandLineParser& p, CliIo& io) { return decide(p, io, Decision::Reject); }

    // The national filing (备案) of an approved province-level request, which carries it out: the
    // console's "Record the national filing". Other requests are carried out by the approval of
    // their last step (request approve).
    static int execute(QCommandLineParser& p, CliIo& io)
    {
        int code = 0;
        auto t = target(p, io, code);
        if (!t)
            return code;
        RequestQueries queries(t->db->connection());
        const auto r = queries.byId(t->id);
        const auto steps = queries.steps(t->id);
        if (!r || !steps) {
            io.err << (!r ? r.error() : steps.error()).fullText() << Qt::endl;
            return 1;
        }
        const bool filing = RequestRules::isOpen(r->state) && r->currentStep >= 1 && r->currentStep <= steps->size()
            && steps->at(r->currentStep - 1).kind == StepKind::File;
        if (RequestRules::isOpen(r->state) && !filing) {
            io.err << tr("The request was not carried out: it is %1 and waits for step %2 of %3, not for the national "
                         "filing. It is carried out by the approval of its last step (request approve).")
                          .arg(RequestRules::displayName(r->state))
                          .arg(r->currentStep)
                          .arg(r->stepCount)
                   << Qt::endl;
            return 1;
        }
        // Not open (executed already, rejected...) or a filing step: the service says what applies.
        if (const Status s
            = RequestWorkflow(t->db->connection())
                  .decide(t->session, t->id, Decision::Approve, p.value(QStringLiteral("comment")).trimmed());
            !s)
            return refused(io, tr("The request was not carried out:"), s.error());
        printState(io, *t->db, t->id);
        return 0;
    }
};

void declareOne(QCommandLineParser& p, const QString& comment)
{
    p.addOption(Cli::databaseOption());
    p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The request's number."));
    p.addOption(Cli::asOption());
    if (!comment.isEmpty())
        p.addOption({QStringLiteral("comment"), comment, Cli::tr("TEXT")});
}

} // namespace

void registerRequestActionCommands(Cli& cli)
{
    cli.add({QStringLiteral("request file"),
        Cli::tr("File a request (a draft, or submitted with --submit); prints its number."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(Cli::asOption());
            p.addOption(
                {QStringLiteral("type"), Cli::tr("open (default), close, migrate, merge or change."), Cli::tr("TYPE")});
            p.addOption({QStringLiteral("unit"),
                Cli::tr("The requesting unit: its number, division code or exact name."), Cli::tr("UNIT")});
            p.addOption({QStringLiteral("site"),
                Cli::tr("close, migrate, merge, change: the site concerned (its number or identifier code)."),
                Cli::tr("SITE")});
            p.addOption({QStringLiteral("target"), Cli::tr("merge: the site it merges into."), Cli::tr("SITE")});
            p.addOption({QStringLiteral("title"), Cli::tr("The title (default: the type and the site's name)."),
                Cli::tr("TEXT")});
            p.addOption({QStringLiteral("reason"), Cli::tr("The reason for the request."), Cli::tr("TEXT")});
            p.addOption({QStringLiteral("justification"),
                Cli::tr("A written justification (a unit that in principle opens no site of its own)."),
                Cli::tr("TEXT")});
            p.addOption(
                {QStringLiteral("name"), Cli::tr("open: the new site's name; change: the new name."), Cli::tr("NAME")});
            p.addOption({QStringLiteral("code"),
                Cli::tr("open: the new site's identifier code (default: the unit's next free one)."), Cli::tr("CODE")});
            p.addOption({QStringLiteral("domain"), Cli::tr("open: the new site's domain; change: the new domain."),
                Cli::tr("DOMAIN")});
            p.addOption(
                {QStringLiteral("kind"), Cli::tr("open: portal, department (default) or special."), Cli::tr("KIND")});
            p.addOption(
                {QStringLiteral("platform"), Cli::tr("open: unified (default) or standalone."), Cli::tr("PLATFORM")});
            p.addOption({QStringLiteral("operator"), Cli::tr("open: who runs the site."), Cli::tr("TEXT")});
            p.addOption({QStringLiteral("host"), Cli::tr("change: the new host unit."), Cli::tr("UNIT")});
            p.addOption({QStringLiteral("attach"),
                Cli::tr("Attach a file (repeatable); KIND is letter, domain_form, security_report, "
                        "migration_evidence or other."),
                Cli::tr("KIND:FILE")});
            p.addOption({QStringLiteral("submit"), Cli::tr("Submit the request once it is saved.")});
        },
        &RequestActionCommands::file, {Action::FileRequest}});
    cli.add({QStringLiteral("request submit"),
        Cli::tr("Submit a draft or returned request to the first step of its chain."),
        [](QCommandLineParser& p) { declareOne(p, {}); }, &RequestActionCommands::submit, {Action::FileRequest}});
    cli.add({QStringLiteral("request approve"),
        Cli::tr("Approve the step of a request that waits for your unit (the last approval carries it out)."),
        [](QCommandLineParser& p) { declareOne(p, Cli::tr("A comment for the record.")); },
        &RequestActionCommands::approve, {Action::DecideRequest}});
    cli.add({QStringLiteral("request return"), Cli::tr("Return a request to its filer for changes."),
        [](QCommandLineParser& p) { declareOne(p, Cli::tr("What the filer should change (required).")); },
        &RequestActionCommands::giveBack, {Action::DecideRequest}});
    cli.add({QStringLiteral("request reject"), Cli::tr("Reject a request; it ends there."),
        [](QCommandLineParser& p) { declareOne(p, Cli::tr("Why the request is rejected (required).")); },
        &RequestActionCommands::reject, {Action::DecideRequest}});
    cli.add({QStringLiteral("request withdraw"), Cli::tr("Withdraw your own request; it ends there."),
        [](QCommandLineParser& p) { declareOne(p, Cli::tr("Why it is withdrawn.")); }, &RequestActionCommands::withdraw,
        {Action::FileRequest}});
    cli.add({QStringLiteral("request execute"),
        Cli::tr("Record the national filing of an approved request, which carries it out on the registry."),
        [](QCommandLineParser& p) { declareOne(p, Cli::tr("A comment for the record.")); },
        &RequestActionCommands::execute, {Action::DecideRequest}});
}

} // namespace sitegov
