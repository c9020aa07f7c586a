#include "cli/Cli.h"
#include "core/OfficeClock.h"
#include "storage/RectificationService.h"
#include "storage/WeeklyReviewService.h"

namespace sitegov {

namespace {

// `sitegovctl review draft|sign` and `rectification fix|recheck|reopen|close`: the console's follow-up
// of inspections from a script, through WeeklyReviewService and RectificationService (the same
// checks, refusals, history and audit records). Exit codes: 0 done, 1 refused or failed, 2 usage.
class FollowUpCommands final
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpCommands)

public:
    // The review's text as saved, with what the options give instead.
    static ReviewText reviewText(const QCommandLineParser& p, const WeeklyReview& review)
    {
        ReviewText text{review.highlights, review.problems, review.instructions};
        if (p.isSet(QStringLiteral("highlights")))
            text.highlights = p.value(QStringLiteral("highlights")).trimmed();
        if (p.isSet(QStringLiteral("problems")))
            text.problems = p.value(QStringLiteral("problems")).trimmed();
        if (p.isSet(QStringLiteral("instructions")))
            text.instructions = p.value(QStringLiteral("instructions")).trimmed();
        return text;
    }

    static int reviewSign(QCommandLineParser& p, CliIo& io)
    {
        int exitCode = 0;
        const auto target = Cli::actingOn(p, io, tr("Give the number of one weekly review."), exitCode);
        if (!target)
            return exitCode;
        const qint64 id = target->id;
        const auto& db = target->acting.db;
        const Session* const session = &target->acting.session;
        WeeklyReviewService reviews(db->connection());
        const auto review = reviews.byId(id);
        if (!review) {
            io.err << review.error().fullText() << Qt::endl;
            return 1;
        }
        const ReviewText text = reviewText(p, *review);
        if (!review->isSigned() && text.highlights.trimmed().isEmpty() && text.problems.trimmed().isEmpty()
            && text.instructions.trimmed().isEmpty()) {
            io.err << tr("The review was not signed: write the highlights, problems or instructions before signing.")
                   << Qt::endl;
            return 1;
        }
        if (const Status s = reviews.sign(*session, id, text); !s) {
            io.err << tr("The review was not signed: %1").arg(s.error().fullText()) << Qt::endl;
            return 1;
        }
        io.out << tr("Weekly review %1 of %2 for %3 signed.").arg(id).arg(review->unitName, review->week.displayName())
               << Qt::endl;
        return 0;
    }

    // The unit's review of the week (the existing draft, or a new one with the week's figures),
    // with the text the options give, as the console's editor starts and saves it.
    static int reviewDraft(QCommandLineParser& p, CliIo& io)
    {
        if (!p.positionalArguments().isEmpty() || !p.isSet(QStringLiteral("unit"))) {
            io.err << tr("Give the unit with --unit (and the week with --week).") << Qt::endl;
            return 2;
        }
        const QDate today = OfficeClock::today();
        IsoWeek week = IsoWeek::of(today).previous();
        if (p.isSet(QStringLiteral("week"))) {
            const auto w = IsoWeek::parse(p.value(QStringLiteral("week")).trimmed());
            if (!w || !w->isValid()) {
                io.err << tr("--week takes a week such as 2026-W47.") << Qt::endl;
                return 2;
            }
            week = *w;
        }
        const auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto& db = acting->db;
        const Session* const session = &acting->session;
        const qint64 unitId = Cli::findUnit(*db, p.value(QStringLiteral("unit")), io);
        if (unitId == 0)
            return 1;
        WeeklyReviewService reviews(db->connection());
        const auto review = reviews.open(*session, unitId, week, today);
        if (!review) {
            io.err << tr("The review was not saved: %1").arg(review.error().fullText()) << Qt::endl;
            return 1;
        }
        const ReviewText text = reviewText(p, *review);
        if (const Status s = reviews.save(*session, review->id, text); !s) {
            io.err << tr("The review was not saved: %1").arg(s.error().fullText()) << Qt::endl;
            return 1;
        }
        io.out << review->id << Qt::endl;
        io.out << tr("Weekly review %1 of %2 for %3 saved as a draft.")
                      .arg(review->id)
                      .arg(review->unitName, review->week.displayName())
               << Qt::endl;
        return 0;
    }

    enum class Step
    {
        Fix,
        Recheck,
        Reopen,
        Close
    };

    static int rectification(QCommandLineParser& p, CliIo& io, Step step)
    {
        int exitCode = 0;
        const auto target = Cli::actingOn(p, io, tr("Give the number of one rectification item."), exitCode);
        if (!target)
            return exitCode;
        const qint64 id = target->id;
        const auto& db = target->acting.db;
        const Session* const session = &target->acting.session;
        RectificationService items(db->connection());
        const QString note = p.value(QStringLiteral("note")).trimmed();
        const QDate today = OfficeClock::today();
        Status done;
        switch (step) {
        case Step::Fix:
            done = items.markFixed(*session, id, note, today);
            break;
        case Step::Recheck:
            done = items.recheck(*session, id, true, note, today);
            break;
        case Step::Reopen:
            done = items.recheck(*session, id, false, note, today);
            break;
        case Step::Close:
            done = items.close(*session, id, note, today);
            break;
        }
        if (!done) {
            io.err << tr("Rectification item %1 was not changed: %2").arg(id).arg(done.error().fullText()) << Qt::endl;
            return 1;
        }
        const auto after = items.byId(id);
        io.out << tr("Rectification item %1: %2.")
                      .arg(id)
                      .arg(after ? RectificationRules::displayName(after->status) : QString())
               << Qt::endl;
        return 0;
    }

    static int fix(QCommandLineParser& p, CliIo& io) { return rectification(p, io, Step::Fix); }
    static int recheck(QCommandLineParser& p, CliIo& io) { return rectification(p, io, Step::Recheck); }
    static int reopen(QCommandLineParser& p, CliIo& io) { return rectification(p, io, Step::Reopen); }
    static int close(QCommandLineParser& p, CliIo& io) { return rectification(p, io, Step::Close); }
};

// The review's text options of review draft and review sign.
void declareReviewText(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("highlights"), Cli::tr("The highlights, instead of the saved ones."), Cli::tr("TEXT")});
    p.addOption({QStringLiteral("problems"), Cli::tr("The problems, instead of the saved ones."), Cli::tr("TEXT")});
    p.addOption(
        {QStringLiteral("instructions"), Cli::tr("The instructions, instead of the saved ones."), Cli::tr("TEXT")});
}

void declareItem(QCommandLineParser& p, const QString& note)
{
    p.addOption(Cli::databaseOption());
    p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The rectification item's number."));
    p.addOption(Cli::asOption());
    p.addOption({QStringLiteral("note"), note, Cli::tr("TEXT")});
}

} // namespace

void registerFollowUpCommands(Cli& cli)
{
    cli.add({QStringLiteral("review draft"),
        Cli::tr("Start or change a unit's weekly review of a week (a draft, with the week's figures); prints its "
                "number."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("unit"), Cli::tr("The unit: its number, division code or exact name."),
                Cli::tr("UNIT")});
            p.addOption(
                {QStringLiteral("week"), Cli::tr("The week, e.g. 2026-W47 (default: last week)."), Cli::tr("WEEK")});
            declareReviewText(p);
        },
        &FollowUpCommands::reviewDraft, {Action::WriteReview}});
    cli.add({QStringLiteral("review sign"),
        Cli::tr("Sign a weekly review as saved (or with the text given); it is locked from then on."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The weekly review's number."));
            p.addOption(Cli::asOption());
            declareReviewText(p);
        },
        &FollowUpCommands::reviewSign, {Action::SignReview}});
    cli.add({QStringLiteral("rectification fix"), Cli::tr("Report a rectification item fixed."),
        [](QCommandLineParser& p) { declareItem(p, Cli::tr("What was done to fix it (required).")); },
        &FollowUpCommands::fix, {Action::ManageRectification}});
    cli.add({QStringLiteral("rectification recheck"), Cli::tr("Record that a fixed item passed its re-check."),
        [](QCommandLineParser& p) { declareItem(p, Cli::tr("What the re-check found.")); }, &FollowUpCommands::recheck,
        {Action::LogInspection}});
    cli.add({QStringLiteral("rectification reopen"),
        Cli::tr("Record that a fixed item failed its re-check: it is open again."),
        [](QCommandLineParser& p) { declareItem(p, Cli::tr("What is still wrong (required).")); },
        &FollowUpCommands::reopen, {Action::LogInspection}});
    cli.add({QStringLiteral("rectification close"),
        Cli::tr("Close a re-checked item (an item not re-checked only with a reason)."),
        [](QCommandLineParser& p) {
            declareItem(p, Cli::tr("A closing note; the reason when it was not re-checked."));
        },
        &FollowUpCommands::close, {Action::ManageRectification}});
}

} // namespace sitegov
