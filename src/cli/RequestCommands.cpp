#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/OfficeClock.h"
#include "core/Request.h"
#include "core/SiteRules.h"
#include "storage/ConsoleDatabase.h"
#include "storage/ListQueries.h"
#include "storage/RequestAttachments.h"
#include "storage/RequestQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sitegov {

namespace {

// `sitegovctl request list|show`: the requests and where each stands, for scripts. Text output is
// tab-separated with a header line; --json gives the same as JSON.
class RequestCommands final
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommands)

public:
    static QString local(const QDateTime& t) { return OfficeClock::format(t, QStringLiteral("yyyy-MM-dd HH:mm")); }

    static QString localText(const QVariant& iso)
    {
        return OfficeClock::format(iso.toString(), QStringLiteral("yyyy-MM-dd HH:mm"));
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        RequestFilter f;
        f.scope = RequestFilter::Scope::All;
        const QString state = p.value(QStringLiteral("state"));
        if (!state.isEmpty() && state != u"open" && !RequestRules::requestState(state)) {
            QStringList keys{QStringLiteral("open")};
            for (RequestState s : RequestRules::states())
                keys << RequestRules::key(s);
            io.err << tr("Unknown state \"%1\": use one of %2.").arg(state, keys.join(QStringLiteral(", ")))
                   << Qt::endl;
            return 2;
        }
        f.state = state;
        const QString type = p.value(QStringLiteral("type"));
        if (!type.isEmpty() && !RequestRules::requestType(type)) {
            QStringList keys;
            for (RequestType t : RequestRules::types())
                keys << RequestRules::key(t);
            io.err << tr("Unknown type \"%1\": use one of %2.").arg(type, keys.join(QStringLiteral(", "))) << Qt::endl;
            return 2;
        }
        f.type = type;
        if (p.isSet(QStringLiteral("unit"))) {
            bool ok = false;
            f.unitId = p.value(QStringLiteral("unit")).toLongLong(&ok);
            if (!ok || f.unitId <= 0) {
                io.err << tr("--unit takes a unit's number.") << Qt::endl;
                return 2;
            }
        }
        f.text = p.value(QStringLiteral("search"));
        // Opened (and migrated) here; the list reads through connections of its own.
        if (!Cli::openDatabase(p, io))
            return 1;
        const QString path = Cli::databasePath(p);
        const ListQuery query = RequestListQuery::build(f);
        const auto out = RowOutput::start(p, io,
            {tr("No."), tr("Type"), tr("State"), tr("Step"), tr("Requesting unit"), tr("Filed by"), tr("Submitted"),
                tr("Last change"), tr("Title")});
        if (!out)
            return 2;
        const bool read = Cli::eachRow(path, query, RequestListQuery::Id, io, [&](const QVector<QVariant>& row) {
            const QString typeKey = row.at(RequestListQuery::Type).toString();
            const QString stateKey = row.at(RequestListQuery::State).toString();
            const int step = row.at(RequestListQuery::Step).toInt();
            const int steps = row.at(RequestListQuery::StepCountColumn).toInt();
            const auto t = RequestRules::requestType(typeKey);
            const auto s = RequestRules::requestState(stateKey);
            out->row(QJsonObject{{QStringLiteral("id"), row.at(RequestListQuery::Id).toLongLong()},
                         {QStringLiteral("type"), typeKey}, {QStringLiteral("state"), stateKey},
                         {QStringLiteral("step"), step}, {QStringLiteral("steps"), steps},
                         {QStringLiteral("unit"), row.at(RequestListQuery::Unit).toString()},
                         {QStringLiteral("filed_by"), row.at(RequestListQuery::FiledBy).toString()},
                         {QStringLiteral("submitted_at"), row.at(RequestListQuery::Submitted).toString()},
                         {QStringLiteral("updated_at"), row.at(RequestListQuery::Updated).toString()},
                         {QStringLiteral("title"), row.at(RequestListQuery::Title).toString()}},
                QStringList{row.at(RequestListQuery::Id).toString(), t ? RequestRules::displayName(*t) : typeKey,
                    s ? RequestRules::displayName(*s) : stateKey,
                    step > 0 ? QStringLiteral("%1/%2").arg(step).arg(steps) : QString(),
                    row.at(RequestListQuery::Unit).toString(), row.at(RequestListQuery::FiledBy).toString(),
                    localText(row.at(RequestListQuery::Submitted)), localText(row.at(RequestListQuery::Updated)),
                    row.at(RequestListQuery::Title).toString()});
        });
        if (!read)
            return 1;
        return out->finish();
    }

    static int show(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one request."));
        if (id == 0)
            return 2;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        RequestQueries requests(db->connection());
        const auto r = requests.byId(id);
        if (!r) {
            io.err << r.error().fullText() << Qt::endl;
            return 1;
        }
        const auto steps = requests.steps(id);
        const auto history = requests.history(id);
        const auto files = RequestAttachments(db->connection()).list(id);
        if (!steps || !history || !files) {
            io.err << (!steps ? steps.error() : !history ? history.error() : files.error()).fullText() << Qt::endl;
            return 1;
        }
        const auto findings = requests.currentChecks(id);

        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray chain;
            for (const ChainStep& s : *steps) {
                chain.append(QJsonObject{{QStringLiteral("position"), s.position},
                    {QStringLiteral("kind"), RequestRules::key(s.kind)}, {QStringLiteral("unit"), s.unitName},
                    {QStringLiteral("decision"), s.decision ? RequestRules::key(*s.decision) : QString()},
                    {QStringLiteral("decided_by"), s.decidedByName},
                    {QStringLiteral("decided_at"),
                        s.decidedAt.isValid() ? s.decidedAt.toUTC().toString(Qt::ISODate) : QString()},
                    {QStringLiteral("comment"), s.comment}});
            }
            QJsonArray events;
            for (const RequestEvent& e : *history) {
                events.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("account"), e.accountName}, {QStringLiteral("action"), e.action},
                    {QStringLiteral("round"), e.round}, {QStringLiteral("step"), e.position},
                    {QStringLiteral("from"), e.fromState}, {QStringLiteral("to"), e.toState},
                    {QStringLiteral("comment"), e.comment}});
            }
            QJsonArray attachments;
            for (const AttachmentInfo& a : *files) {
                attachments.append(
                    QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("kind"), RequestRules::key(a.kind)},
                        {QStringLiteral("file"), a.fileName}, {QStringLiteral("size"), a.size},
                        {QStringLiteral("sha256"), a.sha256}, {QStringLiteral("added_by"), a.addedBy}});
            }
            QJsonArray checks;
            if (findings) {
                for (const Finding& f : *findings)
                    checks.append(QJsonObject{
                        {QStringLiteral("severity"), f.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                        {QStringLiteral("message"), f.message}});
            }
            const QJsonObject o{{QStringLiteral("id"), r->draft.id},
                {QStringLiteral("type"), RequestRules::key(r->draft.type)},
                {QStringLiteral("state"), RequestRules::key(r->state)}, {QStringLiteral("title"), r->draft.title},
                {QStringLiteral("unit"), r->unitName}, {QStringLiteral("site"), r->siteName},
                {QStringLiteral("target"), r->targetName}, {QStringLiteral("reason"), r->draft.reason},
                {QStringLiteral("justification"), r->draft.justification}, {QStringLiteral("filed_by"), r->filedByName},
                {QStringLiteral("round"), r->round}, {QStringLiteral("step"), r->currentStep},
                {QStringLiteral("steps"), r->stepCount}, {QStringLiteral("result_site_id"), r->resultSiteId},
                {QStringLiteral("chain"), chain}, {QStringLiteral("history"), events},
                {QStringLiteral("attachments"), attachments}, {QStringLiteral("checks"), checks}};
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }

        QTextStream& out = io.out;
        out << tr("Request %1: %2").arg(r->draft.id).arg(r->draft.title) << Qt::endl;
        out << tr("Type: %1").arg(RequestRules::displayName(r->draft.type)) << Qt::endl;
        QString state = RequestRules::displayName(r->state);
        if (r->currentStep > 0)
            state += tr(" (step %1 of %2)").arg(r->currentStep).arg(r->stepCount);
        out << tr("State: %1").arg(state) << Qt::endl;
        out << tr("Requesting unit: %1").arg(r->unitName) << Qt::endl;
        if (!r->siteName.isEmpty())
            out << tr("Site: %1").arg(r->siteName) << Qt::endl;
        if (!r->targetName.isEmpty())
            out << tr("Merge into: %1").arg(r->targetName) << Qt::endl;
        if (r->draft.type == RequestType::Open)
            out << tr("Proposed site: %1 (%2, %3)")
                       .arg(r->draft.proposal.name, r->draft.proposal.code, r->draft.proposal.domain)
                << Qt::endl;
        out << tr("Filed by: %1").arg(r->filedByName) << Qt::endl;
        if (!r->draft.reason.isEmpty())
            out << tr("Reason: %1").arg(r->draft.reason) << Qt::endl;
        if (!r->draft.justification.isEmpty())
            out << tr("Justification: %1").arg(r->draft.justification) << Qt::endl;
        if (!steps->isEmpty()) {
            out << Qt::endl << tr("Approval chain (round %1):").arg(r->round) << Qt::endl;
            for (const ChainStep& s : *steps) {
                QString line = QStringLiteral("  %1. %2 — %3")
                                   .arg(s.position)
                                   .arg(RequestRules::displayName(s.kind), s.unitName);
                if (s.decision)
                    line += QStringLiteral(": %1 (%2, %3)")
                                .arg(RequestRules::displayName(*s.decision), s.decidedByName, local(s.decidedAt));
                else if (s.position == r->currentStep)
                    line += tr(": waiting");
                if (!s.comment.isEmpty())
                    line += QStringLiteral(" «%1»").arg(s.comment);
                out << line << Qt::endl;
            }
        }
        if (findings && !findings->isEmpty()) {
            out << Qt::endl << tr("Policy checks:") << Qt::endl;
            for (const Finding& f : *findings)
                out << QStringLiteral("  %1: %2").arg(f.isError() ? tr("error") : tr("warning"), f.message) << Qt::endl;
        }
        if (!files->isEmpty()) {
            out << Qt::endl << tr("Attachments:") << Qt::endl;
            for (const AttachmentInfo& a : *files)
                out << QStringLiteral("  %1\t%2\t%3\t%4")
                           .arg(a.id)
                           .arg(RequestRules::displayName(a.kind), a.fileName, QLocale().formattedDataSize(a.size))
                    << Qt::endl;
        }
        out << Qt::endl << tr("History:") << Qt::endl;
        for (const RequestEvent& e : *history) {
            QString line
                = QStringLiteral("  %1\t%2\t%3").arg(local(e.at), e.accountName, RequestRules::actionName(e.action));
            if (e.fromState != e.toState) {
                const auto from = RequestRules::requestState(e.fromState);
                const auto to = RequestRules::requestState(e.toState);
                line += QStringLiteral("\t%1 → %2")
                            .arg(from ? RequestRules::displayName(*from) : e.fromState,
                                to ? RequestRules::displayName(*to) : e.toState);
            }
            if (!e.comment.isEmpty())
                line += QStringLiteral("\t«%1»").arg(e.comment);
            out << line << Qt::endl;
        }
        return 0;
    }
};

} // namespace

void registerRequestCommands(Cli& cli)
{
    cli.add({QStringLiteral("request list"), Cli::tr("List requests and where each stands (tab-separated or JSON)."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("state"),
                Cli::tr("Only requests in this state: open, draft, submitted, in_review, returned, approved, rejected, "
                        "withdrawn or executed."),
                Cli::tr("STATE")});
            p.addOption({QStringLiteral("type"),
                Cli::tr("Only requests of this type: open, close, migrate, merge or change."), Cli::tr("TYPE")});
            p.addOption(
                {QStringLiteral("unit"), Cli::tr("Only requests of this unit and the units under it."), Cli::tr("ID")});
            p.addOption({QStringLiteral("search"), Cli::tr("Only requests whose title or unit contains this text."),
                Cli::tr("TEXT")});
            RowOutput::declare(p);
        },
        &RequestCommands::list});
    cli.add({QStringLiteral("request show"), Cli::tr("Show one request: its chain, checks, attachments and history."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The request's number."));
            p.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text.")});
        },
        &RequestCommands::show});
}

} // namespace sitegov
