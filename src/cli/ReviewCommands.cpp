#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/Inspection.h"
#include "core/OfficeClock.h"
#include "storage/ConsoleDatabase.h"
#include "storage/WeeklyReviewService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

// `sitegovctl review list|show`: the weekly reviews (一周一点评), and with --week which units have
// none signed, for scripts. Text output is tab-separated with a header line; --json gives JSON.
class ReviewCommands final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommands)

public:
    static QString local(const QDateTime& t) { return OfficeClock::format(t, QStringLiteral("yyyy-MM-dd HH:mm")); }

    static QString percent(const QVariant& ratio)
    {
        return ratio.isNull() ? QString() : QStringLiteral("%1%").arg(ratio.toDouble() * 100.0, 0, 'f', 1);
    }

    static QString statusName(const QString& key)
    {
        if (key == u"signed")
            return WeeklyReviewService::displayName(ReviewStatus::Signed);
        if (key == u"draft")
            return WeeklyReviewService::displayName(ReviewStatus::Draft);
        return WeeklyReviewService::missingName();
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        ReviewFilter f;
        if (p.isSet(QStringLiteral("week"))) {
            const auto week = IsoWeek::parse(p.value(QStringLiteral("week")));
            if (!week) {
                io.err << tr("\"%1\" is not an ISO week: write it as 2026-W47.").arg(p.value(QStringLiteral("week")))
                       << Qt::endl;
                return 2;
            }
            f.week = week->key();
        }
        const QString status = p.value(QStringLiteral("status"));
        const QStringList statuses{
            QStringLiteral("draft"), QStringLiteral("signed"), QStringLiteral("missing"), QStringLiteral("unsigned")};
        if (!status.isEmpty() && !statuses.contains(status)) {
            io.err << tr("Unknown status \"%1\": use one of %2.").arg(status, statuses.join(QStringLiteral(", ")))
                   << Qt::endl;
            return 2;
        }
        if ((status == u"missing" || status == u"unsigned") && f.week.isEmpty()) {
            io.err << tr("--status %1 needs --week: a review is missing for a given week.").arg(status) << Qt::endl;
            return 2;
        }
        f.status = status;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const QString path = Cli::databasePath(p);
        f.unitId = Cli::unitOption(p, io, *db, QStringLiteral("org"));
        if (f.unitId < 0)
            return 1;
        const ListQuery query = WeeklyReviewListQuery::build(f);
        const auto out = RowOutput::start(
            p, io, {tr("No."), tr("Week"), tr("Unit"), tr("Status"), tr("Author"), tr("Coverage"), tr("Signed at")});
        if (!out)
            return 2;
        const bool read = Cli::eachRow(path, query, -1, io, [&](const QVector<QVariant>& row) {
            const qint64 id = row.at(WeeklyReviewListQuery::IdColumn).toLongLong();
            const QString statusKey = row.at(WeeklyReviewListQuery::Status).toString();
            const QDateTime signedAt
                = QDateTime::fromString(row.at(WeeklyReviewListQuery::SignedAt).toString(), Qt::ISODate);
            const QVariant coverage = row.at(WeeklyReviewListQuery::Coverage);
            out->row(
                QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("week"), row.at(WeeklyReviewListQuery::Week).toString()},
                    {QStringLiteral("unit_id"), row.at(WeeklyReviewListQuery::UnitIdColumn).toLongLong()},
                    {QStringLiteral("unit"), row.at(WeeklyReviewListQuery::Unit).toString()},
                    {QStringLiteral("status"), statusKey},
                    {QStringLiteral("author"), row.at(WeeklyReviewListQuery::Author).toString()},
                    {QStringLiteral("coverage"), coverage.isNull() ? QJsonValue() : QJsonValue(coverage.toDouble())},
                    {QStringLiteral("signed_at"),
                        signedAt.isValid() ? signedAt.toUTC().toString(Qt::ISODate) : QString()}},
                QStringList{id > 0 ? QString::number(id) : QStringLiteral("-"),
                    row.at(WeeklyReviewListQuery::Week).toString(), row.at(WeeklyReviewListQuery::Unit).toString(),
                    statusName(statusKey), row.at(WeeklyReviewListQuery::Author).toString(), percent(coverage),
                    local(signedAt)});
        });
        if (!read)
            return 1;
        return out->finish();
    }

    static int show(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one weekly review."));
        if (id == 0)
            return 2;
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const auto r = WeeklyReviewService(db->connection()).byId(id);
        if (!r) {
            io.err << r.error().fullText() << Qt::endl;
            return 1;
        }
        const WeeklySummary& f = r->facts;
        if (p.isSet(QStringLiteral("json"))) {
            const QJsonObject o{{QStringLiteral("id"), r->id}, {QStringLiteral("unit_id"), r->unitId},
                {QStringLiteral("unit"), r->unitName}, {QStringLiteral("week"), r->week.key()},
                {QStringLiteral("status"), WeeklyReviewService::key(r->status)}, {QStringLiteral("author"), r->author},
                {QStringLiteral("signed_by"), r->signedBy},
                {QStringLiteral("signed_at"),
                    r->signedAt.isValid() ? r->signedAt.toUTC().toString(Qt::ISODate) : QString()},
                {QStringLiteral("highlights"), r->highlights}, {QStringLiteral("problems"), r->problems},
                {QStringLiteral("instructions"), r->instructions}, {QStringLiteral("facts"), f.toJson()}};
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        QTextStream& out = io.out;
        out << tr("Weekly review %1: %2, %3").arg(r->id).arg(r->unitName, r->week.displayName()) << Qt::endl;
        out << tr("Days: %1 to %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)) << Qt::endl;
        out << tr("Status: %1").arg(WeeklyReviewService::displayName(r->status)) << Qt::endl;
        out << tr("Author: %1").arg(r->author) << Qt::endl;
        if (r->isSigned())
            out << tr("Signed by %1 at %2").arg(r->signedBy, local(r->signedAt)) << Qt::endl;
        out << Qt::endl << tr("Figures of the week:") << Qt::endl;
        out << QStringLiteral("  ") << tr("Running sites: %1").arg(f.sites) << Qt::endl;
        out << QStringLiteral("  ")
            << tr("Coverage: %1% (%2 of %3 site-days inspected)")
                   .arg(f.coverage() * 100.0, 0, 'f', 1)
                   .arg(f.siteDaysInspected)
                   .arg(f.siteDaysExpected)
            << Qt::endl;
        out << QStringLiteral("  ")
            << tr("Inspections with failures: %1 (%2 failed items)").arg(f.failedInspections).arg(f.failures)
            << Qt::endl;
        out << QStringLiteral("  ")
            << tr("Rectification: %1 new, %2 fixed, %3 overdue at the end of the week")
                   .arg(f.newRectifications)
                   .arg(f.fixedRectifications)
                   .arg(f.overdueRectifications)
            << Qt::endl;
        if (!f.failuresByItem.isEmpty()) {
            out << Qt::endl << tr("Failures by checklist item:") << Qt::endl;
            const QHash<QString, QString> names = WeeklyReviewService(db->connection()).itemNames();
            for (const auto& [item, count] : f.failuresByItem)
                out << QStringLiteral("  %1\t%2").arg(names.value(item, item)).arg(count) << Qt::endl;
        }
        if (!f.worst.isEmpty()) {
            out << Qt::endl << tr("Sites with the most failures:") << Qt::endl;
            for (const WeeklySummary::Site& s : f.worst)
                out << QStringLiteral("  %1\t%2\t%3").arg(s.code, s.name).arg(s.failures) << Qt::endl;
        }
        for (const auto& [label, text] : {std::pair{tr("Highlights:"), r->highlights},
                 std::pair{tr("Problems:"), r->problems}, std::pair{tr("Instructions:"), r->instructions}}) {
            out << Qt::endl << label << Qt::endl;
            out << (text.isEmpty() ? QStringLiteral("  —")
                                   : QStringLiteral("  ") + QString(text).replace(u'\n', QStringLiteral("\n  ")))
                << Qt::endl;
        }
        return 0;
    }
};

} // namespace

void registerReviewCommands(Cli& cli)
{
    cli.add({QStringLiteral("review list"),
        Cli::tr("List weekly reviews; with --week, every unit with running sites and its review of that week or none."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("week"),
                Cli::tr("The ISO week, e.g. 2026-W47: list every unit with running sites."), Cli::tr("YYYY-Www")});
            p.addOption({QStringLiteral("org"),
                Cli::tr(
                    "Only this unit and the units under it: its number, its 6-digit division code or its exact name."),
                Cli::tr("CODE")});
            p.addOption({QStringLiteral("status"),
                Cli::tr("Only reviews in this status: draft, signed, or with --week also missing or unsigned."),
                Cli::tr("STATUS")});
            RowOutput::declare(p);
        },
        &ReviewCommands::list});
    cli.add({QStringLiteral("review show"),
        Cli::tr("Show one weekly review: the week's figures and the reviewer's comments."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The weekly review's number."));
            p.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text.")});
        },
        &ReviewCommands::show});
}

} // namespace sitegov
