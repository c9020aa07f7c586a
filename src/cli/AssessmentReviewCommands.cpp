#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/OfficeClock.h"
#include "storage/AccountabilityService.h"
#include "storage/AssessmentOutbox.h"
#include "storage/AssessmentService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sitegov {

namespace {

// `sitegovctl assessment submit|confirm|return|show` and `accountability add|list`: the spot-check
// assessment's two-person workflow and the accountability (问责) behind a failing site, as the
// console's assessment form does them, through AssessmentService and AccountabilityService (the same
// checks, refusals, history and audit records). Exit codes: 0 done, 1 refused or failed, 2 usage.
class AssessmentReviewCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentReviewCommands)

public:
    static QString describe(const AssessmentRecord& r)
    {
        return tr("assessment %1 of %2 (%3) for %4").arg(r.id).arg(r.siteName, r.siteCode, r.period.toString());
    }

    static int submit(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one assessment."));
        if (id == 0)
            return 2;
        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        AssessmentService service(acting->db->connection());
        const auto before = service.byId(id);
        if (!before) {
            io.err << before.error().fullText() << Qt::endl;
            return 1;
        }
        if (const Status s = service.submit(acting->session, id); !s) {
            io.err << tr("The assessment was not submitted: %1").arg(s.error().fullText()) << Qt::endl;
            return 1;
        }
        io.out << tr("Submitted %1 for review.").arg(describe(*before)) << Qt::endl;
        return 0;
    }

    static int confirm(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one assessment."));
        if (id == 0)
            return 2;
        const auto given = Cli::dateOption(p, io, QStringLiteral("deadline"));
        if (!given)
            return 2;
        const QDate today = OfficeClock::today();
        // The console's form starts the deadline a month ahead; it counts only for a failing site.
        const QDate deadline = given->isValid() ? *given : today.addDays(SpotCheckRules::kDefaultRectificationDays);
        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        AssessmentService service(acting->db->connection());
        if (const Status s
            = service.confirm(acting->session, id, p.value(QStringLiteral("note")).trimmed(), deadline, today);
            !s) {
            io.err << tr("The assessment was not confirmed: %1").arg(s.error().fullText()) << Qt::endl;
            return 1;
        }
        const auto r = service.byId(id);
        if (!r) {
            io.err << r.error().fullText() << Qt::endl;
            return 1;
        }
        const QLocale c = QLocale::c();
        if (r->rectificationId != 0) {
            io.out << tr("Confirmed %1: score %2, failing; rectification item %3 is due on %4.")
                          .arg(describe(*r), c.toString(r->card.total, 'f', 2))
                          .arg(r->rectificationId)
                          .arg(r->rectificationDeadline.toString(Qt::ISODate))
                   << Qt::endl;
        } else {
            io.out << tr("Confirmed %1: score %2, passed.").arg(describe(*r), c.toString(r->card.total, 'f', 2))
                   << Qt::endl;
        }
        io.out << tr("It waits in the outbox until `sitegovctl outbox send` or the console's next sync sends it.")
               << Qt::endl;
        return 0;
    }

    static int giveBack(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one assessment."));
        if (id == 0)
            return 2;
        if (p.value(QStringLiteral("reason")).trimmed().isEmpty()) {
            io.err << tr("Say why the assessment goes back to its checker with --reason.") << Qt::endl;
            return 2;
        }
        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        AssessmentService service(acting->db->connection());
        if (const Status s = service.returnToChecker(acting->session, id, p.value(QStringLiteral("reason")).trimmed());
            !s) {
            io.err << tr("The assessment was not returned: %1").arg(s.error().fullText()) << Qt::endl;
            return 1;
        }
        const auto r = service.byId(id);
        io.out << tr("Returned %1 to its checker %2.")
                      .arg(r ? describe(*r) : QString::number(id), r ? r->checkerName : QString())
               << Qt::endl;
        return 0;
    }

    static QString stamp(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }

    static QJsonObject sendingJson(const OutboxEntry& e)
    {
        QJsonObject o{{QStringLiteral("state"), SpotCheckRules::key(e.state)}, {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("queued_at"), stamp(e.queuedAt)},
            {QStringLiteral("last_attempt_at"), stamp(e.lastAttemptAt)}, {QStringLiteral("sent_at"), stamp(e.sentAt)},
            {QStringLiteral("error"), e.error}};
        if (e.hasBackendTotal)
            o.insert(QStringLiteral("backend_total"), e.backendTotal);
        return o;
    }

    static int show(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one assessment."));
        if (id == 0)
            return 2;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        AssessmentService service(db->connection());
        const auto r = service.byId(id);
        if (!r) {
            io.err << r.error().fullText() << Qt::endl;
            return 1;
        }
        const auto events = service.events(id);
        if (!events) {
            io.err << events.error().fullText() << Qt::endl;
            return 1;
        }
        const auto sending = AssessmentOutbox(db->connection()).entry(id);
        if (!sending) {
            io.err << sending.error().fullText() << Qt::endl;
            return 1;
        }
        const ScoringRules& rules = service.model().rules();
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject deductions;
            for (auto it = r->input.deductions.cbegin(); it != r->input.deductions.cend(); ++it)
                deductions.insert(it.key(), it.value());
            QJsonObject evidence;
            for (auto it = r->evidence.cbegin(); it != r->evidence.cend(); ++it) {
                QJsonArray files;
                for (const EvidenceFile& f : it->files)
                    files.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.fileName},
                        {QStringLiteral("size"), f.size}});
                evidence.insert(it.key(),
                    QJsonObject{{QStringLiteral("url"), it->url}, {QStringLiteral("note"), it->note},
                        {QStringLiteral("files"), files}});
            }
            QJsonArray history;
            for (const AssessmentEvent& e : *events)
                history.append(QJsonObject{{QStringLiteral("at"), stamp(e.at)},
                    {QStringLiteral("account"), e.accountName}, {QStringLiteral("person"), e.personName},
                    {QStringLiteral("action"), e.action}, {QStringLiteral("note"), e.note}});
            QJsonObject o{{QStringLiteral("id"), r->id}, {QStringLiteral("item_id"), r->itemId},
                {QStringLiteral("plan_id"), r->planId}, {QStringLiteral("org"), r->planOrgName},
                {QStringLiteral("site_code"), r->siteCode}, {QStringLiteral("site"), r->siteName},
                {QStringLiteral("unit"), r->hostUnit}, {QStringLiteral("month"), r->period.toString()},
                {QStringLiteral("rules"), r->rulesId}, {QStringLiteral("status"), SpotCheckRules::key(r->status)},
                {QStringLiteral("public_services"), r->input.hasPublicServices},
                {QStringLiteral("vetoes"), QJsonArray::fromStringList(r->input.vetoes)},
                {QStringLiteral("deductions"), deductions}, {QStringLiteral("bonus_claimed"), r->input.bonus},
                {QStringLiteral("deduction_score"), r->card.deductionScore}, {QStringLiteral("bonus"), r->card.bonus},
                {QStringLiteral("total"), r->card.total}, {QStringLiteral("passed"), r->card.passed},
                {QStringLiteral("summary"), r->summary}, {QStringLiteral("checker"), r->checkerName},
                {QStringLiteral("submitted_at"), stamp(r->submittedAt)}, {QStringLiteral("reviewer"), r->reviewerName},
                {QStringLiteral("reviewed_at"), stamp(r->reviewedAt)}, {QStringLiteral("review_note"), r->reviewNote},
                {QStringLiteral("confirmed_on"), r->confirmedOn.toString(Qt::ISODate)},
                {QStringLiteral("rectification_id"), r->rectificationId},
                {QStringLiteral("rectification_deadline"), r->rectificationDeadline.toString(Qt::ISODate)},
                {QStringLiteral("evidence"), evidence}, {QStringLiteral("history"), history}};
            o.insert(QStringLiteral("sending"), *sending ? QJsonValue(sendingJson(**sending)) : QJsonValue());
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        const QLocale c = QLocale::c();
        QTextStream& out = io.out;
        out << tr("Assessment %1: %2 (%3), %4").arg(r->id).arg(r->siteName, r->siteCode, r->period.toString())
            << Qt::endl;
        out << tr("Plan of %1; unit %2").arg(r->planOrgName, r->hostUnit) << Qt::endl;
        out << tr("Status: %1").arg(SpotCheckRules::displayName(r->status)) << Qt::endl;
        out << tr("Score: %1 (deductions leave %2, bonus %3), %4")
                   .arg(c.toString(r->card.total, 'f', 2), c.toString(r->card.deductionScore, 'f', 2),
                       c.toString(r->card.bonus, 'f', 2), r->card.passed ? tr("passed") : tr("failing"))
            << Qt::endl;
        for (const QString& key : r->input.vetoes) {
            const auto* v = rules.veto(key);
            out << tr("Veto: %1").arg(v ? v->displayName() : key) << Qt::endl;
        }
        for (auto it = r->input.deductions.cbegin(); it != r->input.deductions.cend(); ++it) {
            const auto* i = rules.indicator(it.key());
            out << tr("Deduction: %1 −%2").arg(i ? i->displayName() : it.key(), c.toString(it.value())) << Qt::endl;
        }
        if (!r->summary.isEmpty())
            out << tr("Summary: %1").arg(r->summary) << Qt::endl;
        out << tr("Checker: %1").arg(r->checkerName) << Qt::endl;
        if (!r->reviewerName.isEmpty())
            out << tr("Reviewer: %1").arg(r->reviewerName) << Qt::endl;
        if (r->rectificationId != 0)
            out << tr("Rectification item %1, due on %2")
                       .arg(r->rectificationId)
                       .arg(r->rectificationDeadline.toString(Qt::ISODate))
                << Qt::endl;
        if (*sending) {
            const OutboxEntry& e = **sending;
            QString state = SpotCheckRules::displayName(e.state);
            if (e.state == SendState::Sent && e.hasBackendTotal)
                state = tr("%1, scored %2 by the backend").arg(state, c.toString(e.backendTotal, 'f', 2));
            else if (!e.error.isEmpty())
                state = tr("%1: %2").arg(state, e.error);
            out << tr("Sending: %1").arg(state) << Qt::endl;
        }
        out << Qt::endl << QStringList{tr("Time"), tr("Who"), tr("Action"), tr("Note")}.join(u'\t') << Qt::endl;
        for (const AssessmentEvent& e : *events)
            out << QStringList{stamp(e.at), e.personName.isEmpty() ? e.accountName : e.personName, actionWords(e.action),
                           e.note}
                       .join(u'\t')
                << Qt::endl;
        return 0;
    }

    // A history event's action key (saved, submitted, returned, confirmed) in the reader's language.
    static QString actionWords(const QString& key)
    {
        if (key == u"saved")
            return tr("Saved");
        if (const auto status = SpotCheckRules::assessmentStatus(key))
            return SpotCheckRules::displayName(*status);
        return key;
    }

    static std::optional<AccountabilityMeasure> measure(const QString& text)
    {
        const QString t = text.trimmed();
        if (const auto m = SpotCheckRules::measure(t.toLower()))
            return m;
        for (AccountabilityMeasure m : SpotCheckRules::measures()) {
            if (t == SpotCheckRules::displayName(m))
                return m;
        }
        return std::nullopt;
    }

    static int accountabilityAdd(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of the failing site's rectification item."));
        if (id == 0)
            return 2;
        if (p.value(QStringLiteral("person")).trimmed().isEmpty()) {
            io.err << tr("Name the person held to account with --person.") << Qt::endl;
            return 2;
        }
        const auto m = measure(p.value(QStringLiteral("measure")));
        if (!m) {
            QStringList keys;
            for (AccountabilityMeasure x : SpotCheckRules::measures())
                keys << SpotCheckRules::key(x);
            io.err << tr("--measure takes one of: %1.").arg(keys.join(tr(", "))) << Qt::endl;
            return 2;
        }
        const auto decided = Cli::dateOption(p, io, QStringLiteral("decided-on"));
        if (!decided)
            return 2;
        const QDate today = OfficeClock::today();
        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto added = AccountabilityService(acting->db->connection())
                               .add(acting->session, id, p.value(QStringLiteral("person")).trimmed(),
                                   p.value(QStringLiteral("post")).trimmed(), *m, decided->isValid() ? *decided : today,
                                   p.value(QStringLiteral("note")).trimmed(), today);
        if (!added) {
            io.err << tr("The accountability record was not saved: %1").arg(added.error().fullText()) << Qt::endl;
            return 1;
        }
        io.out << *added << Qt::endl;
        io.out << tr("Accountability record %1: %2, %3, on rectification item %4.")
                      .arg(*added)
                      .arg(p.value(QStringLiteral("person")).trimmed(), SpotCheckRules::displayName(*m))
                      .arg(id)
               << Qt::endl;
        return 0;
    }

    static int accountabilityList(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of the failing site's rectification item."));
        if (id == 0)
            return 2;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto records = AccountabilityService(db->connection()).forRectification(id);
        if (!records) {
            io.err << records.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(p, io,
            {tr("No."), tr("Person"), tr("Post"), tr("Measure"), tr("Decided on"), tr("Note"), tr("Recorded by")});
        if (!out)
            return 2;
        for (const AccountabilityRecord& r : *records) {
            out->row(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("rectification_id"), r.rectificationId},
                         {QStringLiteral("person"), r.personName}, {QStringLiteral("post"), r.personPost},
                         {QStringLiteral("measure"), SpotCheckRules::key(r.measure)},
                         {QStringLiteral("decided_on"), r.decidedOn.toString(Qt::ISODate)},
                         {QStringLiteral("note"), r.note}, {QStringLiteral("recorded_by"), r.recordedBy},
                         {QStringLiteral("recorded_at"), stamp(r.recordedAt)}},
                {QString::number(r.id), r.personName, r.personPost, SpotCheckRules::displayName(r.measure),
                    r.decidedOn.toString(Qt::ISODate), r.note, r.recordedBy});
        }
        return out->finish();
    }
};

void declareAssessment(QCommandLineParser& p)
{
    p.addOption(Cli::databaseOption());
    p.addPositionalArgument(QStringLiteral("ID"),
        Cli::tr("The assessment's number (assessment_id in `sitegovctl spotcheck show --json`)."));
}

} // namespace

void registerAssessmentReviewCommands(Cli& cli)
{
    cli.add({QStringLiteral("assessment submit"),
        Cli::tr("Submit a saved assessment for review (the checker); every veto item and deduction needs its "
                "evidence."),
        [](QCommandLineParser& p) {
            declareAssessment(p);
            p.addOption(Cli::asOption());
        },
        &AssessmentReviewCommands::submit, {Action::AssessSites}});
    cli.add({QStringLiteral("assessment confirm"),
        Cli::tr("Confirm a submitted assessment (a reviewer of the office, not its checker): it counts from then on, "
                "waits in the outbox for the backend, and a failing site gets a rectification item."),
        [](QCommandLineParser& p) {
            declareAssessment(p);
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("deadline"),
                Cli::tr("A failing site's rectification deadline (default: 30 days from today)."),
                Cli::tr("YYYY-MM-DD")});
            p.addOption({QStringLiteral("note"), Cli::tr("The reviewer's note."), Cli::tr("TEXT")});
        },
        &AssessmentReviewCommands::confirm, {Action::ReviewAssessments}});
    cli.add({QStringLiteral("assessment return"),
        Cli::tr("Return a submitted assessment to its checker, saying why (a reviewer of the office)."),
        [](QCommandLineParser& p) {
            declareAssessment(p);
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("reason"), Cli::tr("Why it goes back (required)."), Cli::tr("TEXT")});
        },
        &AssessmentReviewCommands::giveBack, {Action::ReviewAssessments}});
    cli.add({QStringLiteral("assessment show"),
        Cli::tr("Show an assessment: its score, veto items and deductions, evidence, history and sending state."),
        [](QCommandLineParser& p) {
            declareAssessment(p);
            p.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text.")});
        },
        &AssessmentReviewCommands::show});
    cli.add({QStringLiteral("accountability add"),
        Cli::tr("Record who was held to account for a failing site, and by which measure, on its rectification item; "
                "prints the record's number."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ID"),
                Cli::tr("The number of the rectification item the failing site's assessment opened."));
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("person"), Cli::tr("The person held to account (required)."), Cli::tr("NAME")});
            p.addOption({QStringLiteral("post"), Cli::tr("Their post and unit."), Cli::tr("TEXT")});
            p.addOption({QStringLiteral("measure"),
                Cli::tr("interview (约谈), written_examination (书面检查), reprimand (通报批评), transfer (调离) or "
                        "dismissal (免职)."),
                Cli::tr("MEASURE")});
            p.addOption({QStringLiteral("decided-on"), Cli::tr("The day of the decision (default: today)."),
                Cli::tr("YYYY-MM-DD")});
            p.addOption({QStringLiteral("note"), Cli::tr("A note."), Cli::tr("TEXT")});
        },
        &AssessmentReviewCommands::accountabilityAdd, {Action::RecordAccountability}});
    cli.add({QStringLiteral("accountability list"), Cli::tr("List the accountability records of a rectification item."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The rectification item's number."));
            RowOutput::declare(p);
        },
        &AssessmentReviewCommands::accountabilityList});
}

} // namespace sitegov
