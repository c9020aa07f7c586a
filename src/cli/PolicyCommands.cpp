#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/OfficeClock.h"
#include "core/Period.h"
#include "storage/PolicyExchange.h"
#include "storage/PolicyService.h"
#include "storage/TableReader.h"

#include <QDir>

namespace sitegov {

namespace {

// `sitegovctl policy ...`: key policy items and their reposts within 8 hours (重要政策信息 8 小时内
// 转载, storage/PolicyService, docs/design/reposts.md) for the office's scripts.
class PolicyCommands final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommands)

public:
    static QDateTime officeNow()
    {
        const QDateTime now = OfficeClock::now();
        return QDateTime(now.date(), now.time());
    }

    static qint64 orgOption(QCommandLineParser& p, CliIo& io, Database& db, bool* failed)
    {
        *failed = false;
        if (!p.isSet(QStringLiteral("org")))
            return 0;
        const qint64 id = Cli::findUnit(db, p.value(QStringLiteral("org")), io);
        *failed = id == 0;
        return id;
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        PolicyFilter f;
        f.now = officeNow();
        f.state = p.value(QStringLiteral("state"));
        const QStringList states{QStringLiteral("open"), QStringLiteral("closed"), QStringLiteral("overdue")};
        if (!f.state.isEmpty() && !states.contains(f.state)) {
            io.err << tr("Unknown state \"%1\": use one of %2.").arg(f.state, states.join(QStringLiteral(", ")))
                   << Qt::endl;
            return 2;
        }
        f.text = p.value(QStringLiteral("text"));
        bool failed = false;
        f.unitId = orgOption(p, io, *db, &failed);
        if (failed)
            return 1;
        const auto out = RowOutput::start(p, io,
            {tr("Number"), tr("Title"), tr("Issued by"), tr("Published"), tr("Portals"), tr("Within 8 hours"),
                tr("Late"), tr("Not yet"), tr("State"), tr("Overdue")});
        if (!out)
            return 2;
        const bool read
            = Cli::eachRow(Cli::databasePath(p), PolicyListQuery::build(f), -1, io, [&](const QVector<QVariant>& row) {
                  const QString state = row.at(PolicyListQuery::State).toString();
                  const bool overdue = row.at(PolicyListQuery::OverdueColumn).toInt() == 1;
                  const qint64 id = row.at(PolicyListQuery::IdColumn).toLongLong();
                  out->row(QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("title"), row.at(PolicyListQuery::Title).toString()},
                               {QStringLiteral("issuer"), row.at(PolicyListQuery::Issuer).toString()},
                               {QStringLiteral("published_at"), row.at(PolicyListQuery::Published).toString()},
                               {QStringLiteral("portals"), row.at(PolicyListQuery::Portals).toInt()},
                               {QStringLiteral("on_time"), row.at(PolicyListQuery::OnTime).toInt()},
                               {QStringLiteral("late"), row.at(PolicyListQuery::Late).toInt()},
                               {QStringLiteral("not_yet"), row.at(PolicyListQuery::NotYet).toInt()},
                               {QStringLiteral("state"), state}, {QStringLiteral("overdue"), overdue}},
                      QStringList{QString::number(id), row.at(PolicyListQuery::Title).toString(),
                          row.at(PolicyListQuery::Issuer).toString(),
                          row.at(PolicyListQuery::Published).toString().replace(u'T', u' '),
                          row.at(PolicyListQuery::Portals).toString(), row.at(PolicyListQuery::OnTime).toString(),
                          row.at(PolicyListQuery::Late).toString(), row.at(PolicyListQuery::NotYet).toString(),
                          state == u"open" ? tr("open") : tr("closed"), overdue ? tr("overdue") : QString()});
              });
        if (!read)
            return 1;
        return out->finish();
    }

    static int reposts(QCommandLineParser& p, CliIo& io)
    {
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one key policy item."));
        if (id <= 0)
            return 2;
        bool failed = false;
        const qint64 unit = orgOption(p, io, *db, &failed);
        if (failed)
            return 1;
        const auto rows = PolicyService(db->connection()).portals(id, officeNow(), unit);
        if (!rows) {
            io.err << rows.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(p, io,
            {tr("Portal"), tr("Site"), tr("Unit"), tr("Repost column"), tr("State"), tr("Found"), tr("Delay"),
                tr("Address"), tr("Recorded by")});
        if (!out)
            return 2;
        for (const PortalRepost& r : *rows) {
            const QString delay = !r.delayMinutes ? QString()
                : r.state == RepostState::Late    ? RepostRules::lateness(*r.delayMinutes)
                                               : tr("%1 h %2 min").arg(*r.delayMinutes / 60).arg(*r.delayMinutes % 60);
            out->row(QJsonObject{{QStringLiteral("site_code"), r.siteCode}, {QStringLiteral("site"), r.siteName},
                         {QStringLiteral("unit"), r.unitName}, {QStringLiteral("column"), r.columnName},
                         {QStringLiteral("state"), RepostRules::key(r.state)},
                         {QStringLiteral("found_at"),
                             r.foundAt.isValid() ? QJsonValue(r.foundAt.toString(Qt::ISODate)) : QJsonValue()},
                         {QStringLiteral("delay_minutes"), r.delayMinutes ? QJsonValue(*r.delayMinutes) : QJsonValue()},
                         {QStringLiteral("url"), r.url}, {QStringLiteral("how"), r.how},
                         {QStringLiteral("matched"), r.matched}, {QStringLiteral("recorded_by"), r.recordedBy}},
                QStringList{r.siteCode, r.siteName, r.unitName, r.columnName, RepostRules::displayName(r.state),
                    r.foundAt.isValid() ? r.foundAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(), delay,
                    r.url, r.recordedBy});
        }
        return out->finish();
    }

    static int add(QCommandLineParser& p, CliIo& io)
    {
        PolicyItemInput in;
        in.title = p.value(QStringLiteral("title"));
        in.issuer = p.value(QStringLiteral("issuer"));
        in.sourceUrl = p.value(QStringLiteral("url"));
        in.publishedAt = RepostRules::parseTime(p.value(QStringLiteral("published")));
        if (!p.isSet(QStringLiteral("published")) || !in.publishedAt.isValid()) {
            io.err << tr("Give the publication time with --published, e.g. \"2026-12-07 09:30\".") << Qt::endl;
            return 2;
        }
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        PolicyService service(acting->db->connection());
        if (const auto problems = service.check(in); !problems.isEmpty()) {
            for (const auto& problem : problems)
                io.err << problem.message << Qt::endl;
            return 2;
        }
        const auto id = service.add(acting->session, in);
        if (!id) {
            io.err << id.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("Registered the key policy item %1: %2.").arg(*id).arg(in.title.trimmed()) << Qt::endl;
        return 0;
    }

    static int import(QCommandLineParser& p, CliIo& io)
    {
        const auto file = Cli::oneFileArgument(p, io);
        if (!file)
            return 2;
        int code = 0;
        const auto table = Cli::readTable(p, io, *file, code);
        if (!table)
            return code;
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        const auto report = PolicyExchange::import(acting->db->connection(), acting->session, *table);
        if (!report) {
            io.err << report.error().fullText() << Qt::endl;
            return 1;
        }
        Cli::printIssues(io, report->issues);
        if (report->committed) {
            io.out << tr("Imported %n key policy item(s) from %1 (%2).", nullptr, report->imported)
                          .arg(QDir::toNativeSeparators(*file), Cli::tableFormat(*table))
                   << Qt::endl;
            return 0;
        }
        if (report->failed > 0) {
            io.err << tr("Nothing was imported: %n row(s) have errors; correct them and import the file again.",
                nullptr, report->failed)
                   << Qt::endl;
            return 1;
        }
        io.err << tr("The file has no key policy items: nothing was imported.") << Qt::endl;
        return 1;
    }

    static int repost(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one key policy item."));
        if (id <= 0)
            return 2;
        QDateTime found = officeNow();
        if (p.isSet(QStringLiteral("found"))) {
            found = RepostRules::parseTime(p.value(QStringLiteral("found")));
            if (!found.isValid()) {
                io.err
                    << tr("\"%1\" is not a time: write it as 2026-12-07 15:30.").arg(p.value(QStringLiteral("found")))
                    << Qt::endl;
                return 2;
            }
        }
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        PolicyService service(acting->db->connection());
        const Status s = service.recordRepost(
            acting->session, id, p.value(QStringLiteral("site")), p.value(QStringLiteral("url")), found);
        if (!s) {
            io.err << s.error().fullText() << Qt::endl;
            return 1;
        }
        const auto item = service.byId(id);
        const int delay = item ? RepostRules::delayMinutes(item->publishedAt, found) : 0;
        io.out << (delay <= RepostRules::kOnTimeMinutes
                ? tr("Recorded the repost of %1 on %2: within 8 hours.").arg(id).arg(p.value(QStringLiteral("site")))
                : tr("Recorded the repost of %1 on %2: %3.")
                      .arg(id)
                      .arg(p.value(QStringLiteral("site")), RepostRules::lateness(delay)))
               << Qt::endl;
        return 0;
    }

    static int close(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one key policy item."));
        if (id <= 0)
            return 2;
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        if (const Status s = PolicyService(acting->db->connection()).close(acting->session, id); !s) {
            io.err << s.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("The key policy item %1 is closed: the probe no longer looks for it.").arg(id) << Qt::endl;
        return 0;
    }

    static int column(QCommandLineParser& p, CliIo& io)
    {
        const qint64 id = Cli::numberArgument(p, io, tr("Give the number of one column (probe columns list)."));
        if (id <= 0)
            return 2;
        auto acting = Cli::acting(p, io);
        if (!acting)
            return 1;
        if (const Status s = PolicyService(acting->db->connection()).designateColumn(acting->session, id); !s) {
            io.err << s.error().fullText() << Qt::endl;
            return 1;
        }
        io.out << tr("The column %1 is its portal's repost column now.").arg(id) << Qt::endl;
        return 0;
    }

    static int figures(QCommandLineParser& p, CliIo& io)
    {
        const auto quarter = Period::parse(p.value(QStringLiteral("quarter")));
        if (!quarter || quarter->kind() != Period::Kind::Quarter) {
            io.err << tr("Give the quarter with --quarter, e.g. 2026-Q4.") << Qt::endl;
            return 2;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        bool failed = false;
        const qint64 unit = orgOption(p, io, *db, &failed);
        if (failed)
            return 1;
        const auto rows = PolicyService(db->connection()).quarterFigures(quarter->yearNumber(), quarter->index(), unit);
        if (!rows) {
            io.err << rows.error().fullText() << Qt::endl;
            return 1;
        }
        const auto out = RowOutput::start(p, io,
            {tr("Site"), tr("Portal"), tr("Items"), tr("Reposted"), tr("Within 8 hours"), tr("Within 24 hours"),
                tr("Share within 8 hours"), tr("Share within 24 hours")});
        if (!out)
            return 2;
        const auto percent = [](std::optional<double> v) {
            return v ? QStringLiteral("%1%").arg(*v, 0, 'f', 1) : QString();
        };
        for (const RepostQuarterFigures& f : *rows) {
            out->row(QJsonObject{{QStringLiteral("site_id"), f.siteId}, {QStringLiteral("code"), f.siteCode},
                         {QStringLiteral("site"), f.siteName}, {QStringLiteral("items"), f.items},
                         {QStringLiteral("reposted"), f.reposted}, {QStringLiteral("on_time"), f.within8},
                         {QStringLiteral("within_day"), f.within24},
                         {QStringLiteral("on_time_share"), f.share8() ? QJsonValue(*f.share8() / 100.0) : QJsonValue()},
                         {QStringLiteral("within_day_share"),
                             f.share24() ? QJsonValue(*f.share24() / 100.0) : QJsonValue()}},
                QStringList{f.siteCode, f.siteName, QString::number(f.items), QString::number(f.reposted),
                    QString::number(f.within8), QString::number(f.within24), percent(f.share8()),
                    percent(f.share24())});
        }
        return out->finish();
    }
};

QCommandLineOption orgFilterOption()
{
    return {QStringLiteral("org"),
        Cli::tr("Only the portals of this unit and the units under it: its number, its 6-digit division code or its "
                "exact name."),
        Cli::tr("CODE")};
}

} // namespace

void registerPolicyCommands(Cli& cli)
{
    cli.add({QStringLiteral("policy list"),
        Cli::tr("List key policy items (重要政策信息) with how many obliged portals reposted them within 8 hours, late "
                "or not yet."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(orgFilterOption());
            p.addOption({QStringLiteral("state"), Cli::tr("Only items in this state: open, closed or overdue."),
                Cli::tr("STATE")});
            p.addOption({QStringLiteral("text"), Cli::tr("Only items whose title or issuing body contains this."),
                Cli::tr("TEXT")});
            RowOutput::declare(p);
        },
        &PolicyCommands::list});
    cli.add({QStringLiteral("policy reposts"),
        Cli::tr("Where each obliged portal stands with one key policy item: within 8 hours, late (how late), not yet."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ITEM"), Cli::tr("The key policy item's number (policy list)."));
            p.addOption(orgFilterOption());
            RowOutput::declare(p);
        },
        &PolicyCommands::reposts});
    cli.add({QStringLiteral("policy add"), Cli::tr("Register one key policy item by hand."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("title"), Cli::tr("The policy's title."), Cli::tr("TITLE")});
            p.addOption({QStringLiteral("issuer"), Cli::tr("The issuing body, e.g. 国务院."), Cli::tr("BODY")});
            p.addOption({QStringLiteral("published"),
                Cli::tr("When it was published (office time), e.g. 2026-12-07 09:30."), Cli::tr("TIME")});
            p.addOption({QStringLiteral("url"), Cli::tr("Where it was published (optional)."), Cli::tr("URL")});
            p.addOption(Cli::asOption());
        },
        &PolicyCommands::add, {Action::ManageRectification}});
    cli.add({QStringLiteral("policy import"),
        Cli::tr("Import key policy items from CSV (UTF-8 or GBK) or XLSX; all or nothing, every bad row named."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("FILE"),
                Cli::tr("The CSV or XLSX file: 标题, 发布机关, 发布时间 and optionally 来源地址 (or title, issuer, "
                        "published_at, source_url)."));
            p.addOption(Cli::asOption());
            p.addOption({QStringLiteral("encoding"), Cli::tr("The CSV file's encoding: auto (default), utf-8 or gbk."),
                Cli::tr("ENCODING")});
        },
        &PolicyCommands::import, {Action::ManageRectification}});
    cli.add({QStringLiteral("policy repost"),
        Cli::tr("Record by hand that a portal reposted a key policy item, with the page's address."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ITEM"), Cli::tr("The key policy item's number (policy list)."));
            p.addOption({QStringLiteral("site"), Cli::tr("The portal's identifier code."), Cli::tr("CODE")});
            p.addOption({QStringLiteral("url"), Cli::tr("The address of the reposted page."), Cli::tr("URL")});
            p.addOption({QStringLiteral("found"),
                Cli::tr("When the repost appeared (office time; default: now), e.g. 2026-12-07 15:30."),
                Cli::tr("TIME")});
            p.addOption(Cli::asOption());
        },
        &PolicyCommands::repost, {Action::ManageRectification}});
    cli.add({QStringLiteral("policy close"),
        Cli::tr("Close a key policy item: the probe no longer looks for it; its figures stay."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("ITEM"), Cli::tr("The key policy item's number (policy list)."));
            p.addOption(Cli::asOption());
        },
        &PolicyCommands::close, {Action::ManageRectification}});
    cli.add({QStringLiteral("policy column"),
        Cli::tr("Make a registered probe column its portal's designated repost column (转载专栏)."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("COLUMN"), Cli::tr("The column's number."));
            p.addOption(Cli::asOption());
        },
        &PolicyCommands::column, {Action::EditSites}});
    cli.add({QStringLiteral("policy figures"),
        Cli::tr("A quarter's reposts per obliged portal: items, within 8 hours, within 24 hours and their shares."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("quarter"), Cli::tr("The quarter, e.g. 2026-Q4."), Cli::tr("YYYY-Qn")});
            p.addOption(orgFilterOption());
            RowOutput::declare(p);
        },
        &PolicyCommands::figures});
}

} // namespace sitegov
