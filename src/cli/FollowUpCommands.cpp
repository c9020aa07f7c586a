#include "cli/Cli.h"
#include "core/OfficeClock.h"
#include "storage/RectificationService.h"
#include "storage/WeeklyReviewService.h"

namespace sitegov {

namespace {

// `sitegovctl review sign` and `rectification fix|recheck|reopen|close`: the console's follow-up
// of inspections from a script, through WeeklyReviewService and RectificationService (the same
// checks, refusals, history and audit records). Exit codes: 0 done, 1 refused or failed, 2 usage.
class FollowUpCommands final
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpCommands)

public:
    static int reviewSign(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one weekly review."));
        if (id == 0)
            return 2;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto session = Cli::loggedIn(p, io, *db);
        if (!session)
            return 1;
        WeeklyReviewService reviews(db->connection());
        const auto review = reviews.byId(id);
        if (!review) {
            io.err << review.error().fullText() << Qt::endl;
            return 1;
        }
        // The text as saved, with what the options give instead.
        ReviewText text{review->highlights, review->problems, review->instructions};
        if (p.isSet(QStringLiteral("highlights")))
            text.highlights = p.value(QStringLiteral("highlights")).trimmed();
        if (p.isSet(QStringLiteral("problems")))
            text.problems = p.value(QStringLiteral("problems")).trimmed();
        if (p.isSet(QStringLiteral("instructions")))
            text.instructions = p.value(QStringLiteral("instructions")).trimmed();
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

    enum class Step
    {
        Fix,
        Recheck,
        Reopen,
        Close
    };

    static int rectification(QCommandLineParser& p, CliIo& io, Step step)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one rectification item."));
        if (id == 0)
            return 2;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto session = Cli::loggedIn(p, io, *db);
        if (!session)
            return 1;
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
    cli.add({QStringLiteral("review sign"),
        Cli::tr("Sign a weekly review as saved (or with the text given); it is locked from then on."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The weekly review's number."));
            p.addOption(Cli::asOption());
            p.addOption(
                {QStringLiteral("highlights"), Cli::tr("The highlights, instead of the saved ones."), Cli::tr("TEXT")});
            p.addOption(
                {QStringLiteral("problems"), Cli::tr("The problems, instead of the saved ones."), Cli::tr("TEXT")});
            p.addOption({QStringLiteral("instructions"), Cli::tr("The instructions, instead of the saved ones."),
                Cli::tr("TEXT")});
        },
        &FollowUpCommands::reviewSign});
    cli.setPermissions(QStringLiteral("review sign"), {Action::SignReview});
    cli.add({QStringLiteral("rectification fix"), Cli::tr("Report a rectification item fixed."),
        [](QCommandLineParser& p) { declareItem(p, Cli::tr("What was done to fix it (required).")); },
        &FollowUpCommands::fix});
    cli.setPermissions(QStringLiteral("rectification fix"), {Action::ManageRectification});
    cli.add({QStringLiteral("rectification recheck"), Cli::tr("Record that a fixed item passed its re-check."),
        [](QCommandLineParser& p) { declareItem(p, Cli::tr("What the re-check found.")); },
        &FollowUpCommands::recheck});
    cli.setPermissions(QStringLiteral("rectification recheck"), {Action::LogInspection});
    cli.add({QStringLiteral("rectification reopen"),
        Cli::tr("Record that a fixed item failed its re-check: it is open again."),
        [](QCommandLineParser& p) { declareItem(p, Cli::tr("What is still wrong (required).")); },
        &FollowUpCommands::reopen});
    cli.setPermissions(QStringLiteral("rectification reopen"), {Action::LogInspection});
    cli.add({QStringLiteral("rectification close"),
        Cli::tr("Close a re-checked item (an item not re-checked only with a reason)."),
        [](QCommandLineParser& p) {
            declareItem(p, Cli::tr("A closing note; the reason when it was not re-checked."));
        },
        &FollowUpCommands::close});
    cli.setPermissions(QStringLiteral("rectification close"), {Action::ManageRectification});
}

} // namespace sitegov
