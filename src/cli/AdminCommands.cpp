#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "net/NetError.h"
#include "net/ScoreClient.h"
#include "storage/AppSettings.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryQueries.h"
#include "storage/SpotCheckService.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace sitegov {

namespace {

// `sitegovctl settings show|set`, `spotcheck share`, `unit list`, `audit list`: the settings the
// console's Settings page saves for every console on the database (the assessment backend, the
// automatic backups), an office's spot-check share, the unit tree and the audit trail as lists.
// Changes go through AppSettings and SpotCheckService with --as, as the console's do. Exit codes:
// 0 done, 1 refused or failed, 2 usage.
class AdminCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    static int fail(CliIo& io, const Error& error)
    {
        io.err << error.fullText() << Qt::endl;
        return 1;
    }

    static int settingsShow(QCommandLineParser& p, CliIo& io)
    {
        auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const AppSettings settings(db->connection());
        const AppSettings::BackupPolicy backup = settings.backupPolicy();
        const QList<std::pair<QString, QString>> values{
            {AppSettings::backendUrlKey(), settings.value(AppSettings::backendUrlKey())},
            {AppSettings::backendCaKey(), settings.value(AppSettings::backendCaKey())},
            {QStringLiteral("backup.enabled"), backup.enabled ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("backup.folder"), backup.folder},
            {QStringLiteral("backup.keep"), QString::number(backup.keep)}};
        const auto out = RowOutput::start(p, io, {tr("Setting"), tr("Value")});
        if (!out)
            return 2;
        for (const auto& [key, value] : values)
            out->row({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, {key, value});
        return out->finish();
    }

    static int settingsSet(QCommandLineParser& p, CliIo& io)
    {
        const bool backend = p.isSet(QStringLiteral("backend-url")) || p.isSet(QStringLiteral("backend-ca"));
        const bool backup = p.isSet(QStringLiteral("backup")) || p.isSet(QStringLiteral("backup-folder"))
            || p.isSet(QStringLiteral("backup-keep"));
        if (!backend && !backup) {
            io.err << tr(
                "Give what to change: --backend-url, --backend-ca, --backup, --backup-folder or --backup-keep.")
                   << Qt::endl;
            return 2;
        }
        std::optional<bool> enabled;
        if (p.isSet(QStringLiteral("backup"))) {
            const QString v = p.value(QStringLiteral("backup")).toLower();
            if (v != u"on" && v != u"off") {
                io.err << tr("--backup takes on or off.") << Qt::endl;
                return 2;
            }
            enabled = v == u"on";
        }
        std::optional<int> keep;
        if (p.isSet(QStringLiteral("backup-keep"))) {
            bool ok = false;
            keep = p.value(QStringLiteral("backup-keep")).toInt(&ok);
            if (!ok) {
                io.err << tr("--backup-keep takes a number of backups.") << Qt::endl;
                return 2;
            }
        }
        auto at = Cli::acting(p, io);
        if (!at)
            return 1;
        AppSettings settings(at->db->connection());
        if (backend) {
            const QString url = p.isSet(QStringLiteral("backend-url"))
                ? p.value(QStringLiteral("backend-url")).trimmed()
                : settings.value(AppSettings::backendUrlKey());
            const QString ca = p.isSet(QStringLiteral("backend-ca")) ? p.value(QStringLiteral("backend-ca")).trimmed()
                                                                     : settings.value(AppSettings::backendCaKey());
            // The address the Settings page accepts: a backend's http(s) address, or none.
            if (!url.isEmpty()) {
                net::ClientOptions options;
                options.baseUrl = url;
                if (const Status s = net::ScoreClient(options).validate();
                    !s && net::NetError::failure(s.error()) == net::Failure::InvalidAddress)
                    return fail(io, s.error());
            }
            if (const Status s = settings.setBackend(at->session, url, ca); !s)
                return fail(io, s.error());
        }
        if (backup) {
            AppSettings::BackupPolicy policy = settings.backupPolicy();
            if (enabled)
                policy.enabled = *enabled;
            if (p.isSet(QStringLiteral("backup-folder")))
                policy.folder = QDir::fromNativeSeparators(p.value(QStringLiteral("backup-folder")).trimmed());
            if (keep)
                policy.keep = *keep;
            if (const Status s = settings.setBackupPolicy(at->session, policy); !s)
                return fail(io, s.error());
        }
        io.out << tr("Settings saved.") << Qt::endl;
        return 0;
    }

    static int spotCheckShare(QCommandLineParser& p, CliIo& io)
    {
        if (!p.isSet(QStringLiteral("org"))) {
            io.err << tr("Name the office with --org.") << Qt::endl;
            return 2;
        }
        std::optional<int> percent;
        if (p.isSet(QStringLiteral("percent"))) {
            bool ok = false;
            percent = p.value(QStringLiteral("percent")).toInt(&ok);
            if (!ok) {
                io.err << tr("--percent takes a whole number from the office's least share to 100.") << Qt::endl;
                return 2;
            }
        }
        auto office = Cli::openForOrg(p, io);
        if (!office)
            return 1;
        SpotCheckService service(office->db->connection());
        if (percent) {
            const auto session = Cli::loggedIn(p, io, *office->db);
            if (!session)
                return 1;
            if (const Status s = service.setSharePercent(*session, office->orgId, *percent); !s)
                return fail(io, s.error());
        }
        const auto share = service.sharePercent(office->orgId);
        if (!share)
            return fail(io, share.error());
        if (p.isSet(QStringLiteral("json")))
            io.out << QString::fromUtf8(QJsonDocument(
                QJsonObject{{QStringLiteral("unit_id"), office->orgId}, {QStringLiteral("share_percent"), *share}})
                                            .toJson(QJsonDocument::Compact))
                   << Qt::endl;
        else
            io.out << (percent ? tr("The office checks %1% of its running sites a month from now on.")
                               : tr("The office checks %1% of its running sites a month."))
                          .arg(*share)
                   << Qt::endl;
        return 0;
    }

    static int unitList(QCommandLineParser& p, CliIo& io)
    {
        auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        qint64 top = 0;
        if (p.isSet(QStringLiteral("under"))) {
            top = Cli::findUnit(*db, p.value(QStringLiteral("under")), io);
            if (top == 0)
                return 1;
        }
        const bool inactive = p.isSet(QStringLiteral("inactive"));
        const auto out = RowOutput::start(p, io,
            {tr("No."), tr("Division code"), tr("Name"), tr("Level"), tr("Kind"), tr("Parent no."), tr("Open sites"),
                tr("State")});
        if (!out)
            return 2;
        RegistryQueries queries(db->connection());
        // Depth first, each unit before the units under it, as the console's tree shows them.
        std::function<std::optional<Error>(const UnitEntry&, int)> visit;
        visit = [&](const UnitEntry& u, int depth) -> std::optional<Error> {
            const Organisation& o = u.org;
            out->row({{QStringLiteral("id"), o.id}, {QStringLiteral("parent_id"), o.parentId},
                         {QStringLiteral("name"), o.name}, {QStringLiteral("level"), Vocabulary::key(o.level)},
                         {QStringLiteral("kind"), Vocabulary::key(o.kind)},
                         {QStringLiteral("division_code"), o.divisionCode},
                         {QStringLiteral("domain_label"), o.domainLabel}, {QStringLiteral("active"), o.active},
                         {QStringLiteral("open_sites"), u.openSites}, {QStringLiteral("depth"), depth}},
                {QString::number(o.id), o.divisionCode, QString(depth * 2, u' ') + o.name,
                    Vocabulary::displayName(o.level), Vocabulary::displayName(o.kind),
                    o.parentId != 0 ? QString::number(o.parentId) : QString(), QString::number(u.openSites),
                    o.active ? tr("active") : tr("inactive")});
            if (u.childCount == 0)
                return std::nullopt;
            const auto children = queries.children(o.id, inactive);
            if (!children)
                return children.error();
            for (const UnitEntry& c : *children) {
                if (auto e = visit(c, depth + 1))
                    return e;
            }
            return std::nullopt;
        };
        QList<UnitEntry> roots;
        if (top != 0) {
            const auto org = OrganisationRepository(db->connection()).byId(top);
            if (!org)
                return fail(io, org.error());
            // The unit as its parent's children list it, with its counts.
            const auto siblings = queries.children(org->parentId, true);
            if (!siblings)
                return fail(io, siblings.error());
            for (const UnitEntry& u : *siblings) {
                if (u.org.id == top)
                    roots << u;
            }
        } else {
            const auto all = queries.children(0, inactive);
            if (!all)
                return fail(io, all.error());
            roots = *all;
        }
        for (const UnitEntry& u : std::as_const(roots)) {
            if (auto e = visit(u, 0))
                return fail(io, *e);
        }
        return out->finish();
    }

    static int auditList(QCommandLineParser& p, CliIo& io)
    {
        AuditFilter f;
        const auto from = Cli::dateOption(p, io, QStringLiteral("from"));
        const auto to = Cli::dateOption(p, io, QStringLiteral("to"));
        if (!from || !to)
            return 2;
        // Dates are the office's days; the trail's times are UTC (as the console's Audit page filters).
        if (from->isValid())
            f.fromUtc = OfficeClock::startOfDay(*from).toString(Qt::ISODateWithMs);
        if (to->isValid())
            f.toUtc = OfficeClock::startOfDay(to->addDays(1)).toString(Qt::ISODateWithMs);
        f.account = p.value(QStringLiteral("user")).trimmed();
        f.action = p.value(QStringLiteral("action")).trimmed();
        f.objectType = p.value(QStringLiteral("object")).trimmed();
        f.text = p.value(QStringLiteral("search"));
        auto at = Cli::acting(p, io);
        if (!at)
            return 1;
        // The console shows the Audit page to those who may read the trail.
        if (const Status s = Authorizer::require(at->db->connection(), at->session, Action::ViewAudit); !s)
            return fail(io, s.error());
        const auto out = RowOutput::start(
            p, io, {tr("No."), tr("Time"), tr("Account"), tr("Action"), tr("Object"), tr("Object no."), tr("Summary")});
        if (!out)
            return 2;
        using Q = AuditListQuery;
        const bool read = Cli::eachRow(Cli::databasePath(p), Q::build(f), Q::Id, io, [&](const QVector<QVariant>& row) {
            const QString when = OfficeClock::format(row.at(Q::At).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            const auto json = [](const QVariant& v) {
                return QJsonDocument::fromJson(v.toString().toUtf8()).object();
            };
            out->row(
                {{QStringLiteral("id"), row.at(Q::Id).toLongLong()}, {QStringLiteral("at"), row.at(Q::At).toString()},
                    {QStringLiteral("account"), row.at(Q::Account).toString()},
                    {QStringLiteral("action"), row.at(Q::Action).toString()},
                    {QStringLiteral("object_type"), row.at(Q::ObjectType).toString()},
                    {QStringLiteral("object_id"), row.at(Q::ObjectId).toString()},
                    {QStringLiteral("summary"), row.at(Q::Summary).toString()},
                    {QStringLiteral("before"), json(row.at(Q::BeforeColumn))},
                    {QStringLiteral("after"), json(row.at(Q::AfterColumn))}},
                {row.at(Q::Id).toString(), when, row.at(Q::Account).toString(), row.at(Q::Action).toString(),
                    row.at(Q::ObjectType).toString(), row.at(Q::ObjectId).toString(), row.at(Q::Summary).toString()});
        });
        if (!read)
            return 1;
        return out->finish();
    }
};

} // namespace

void registerAdminCommands(Cli& cli)
{
    cli.add({QStringLiteral("settings show"),
        Cli::tr("List the settings every console on the database shares (assessment backend, automatic backups)."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            RowOutput::declare(p);
        },
        &AdminCommands::settingsShow});
    cli.add({QStringLiteral("settings set"),
        Cli::tr("Change the shared settings as the console's Settings page does: the assessment backend, the "
                "automatic backups."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("backend-url"),
                Cli::tr("The assessment backend's address, http(s)://HOST[:PORT] (empty: none)."), Cli::tr("URL")});
            p.addOption({QStringLiteral("backend-ca"),
                Cli::tr("An extra trusted certificate (PEM file) for the backend (empty: none)."), Cli::tr("FILE")});
            p.addOption({QStringLiteral("backup"), Cli::tr("Automatic daily backups: on or off."), Cli::tr("on|off")});
            p.addOption(
                {QStringLiteral("backup-folder"), Cli::tr("The folder of the automatic backups."), Cli::tr("DIR")});
            p.addOption({QStringLiteral("backup-keep"), Cli::tr("How many automatic backups to keep (1 to 3650)."),
                Cli::tr("N")});
            p.addOption(Cli::asOption());
        },
        &AdminCommands::settingsSet, {Action::ManageSettings}});
    cli.add({QStringLiteral("spotcheck share"),
        Cli::tr("Show an office's spot-check share (the part of its running sites drawn a month), or set it with "
                "--percent."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("org"),
                Cli::tr("The office: a government of province, city or county level, by number, division code or "
                        "name."),
                Cli::tr("CODE")});
            p.addOption({QStringLiteral("percent"),
                Cli::tr("The new share in percent: at least the office's level's default, at most 100."),
                Cli::tr("N")});
            p.addOption({QStringLiteral("json"), Cli::tr("Print the share as JSON.")});
            p.addOption(Cli::asOption());
        },
        &AdminCommands::spotCheckShare, {Action::PlanSpotChecks}});
    cli.add({QStringLiteral("unit list"),
        Cli::tr("List the units as a tree, each before the units under it: number, division code, name, level, kind."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("under"),
                Cli::tr("Only this unit and the units under it: its number, division code or exact name."),
                Cli::tr("UNIT")});
            p.addOption({QStringLiteral("inactive"), Cli::tr("List deactivated units too.")});
            RowOutput::declare(p);
        },
        &AdminCommands::unitList});
    cli.add({QStringLiteral("audit list"),
        Cli::tr("List the audit trail, newest first, filtered by day, account, action, object or text."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(
                {QStringLiteral("from"), Cli::tr("From this day (yyyy-MM-dd, the office's time)."), Cli::tr("DATE")});
            p.addOption({QStringLiteral("to"), Cli::tr("To this day, inclusive (yyyy-MM-dd)."), Cli::tr("DATE")});
            p.addOption(
                {QStringLiteral("user"), Cli::tr("Only what this account did (its user name)."), Cli::tr("USER")});
            p.addOption({QStringLiteral("action"),
                Cli::tr("Only this action, as the trail records it: create, update, approve, lock, login, ..."),
                Cli::tr("ACTION")});
            p.addOption({QStringLiteral("object"),
                Cli::tr("Only this kind of object: site, organisation, account, request, setting, ..."),
                Cli::tr("TYPE")});
            p.addOption({QStringLiteral("search"), Cli::tr("Summary contains this text, or the object's number is it."),
                Cli::tr("TEXT")});
            p.addOption(Cli::asOption());
            RowOutput::declare(p);
        },
        &AdminCommands::auditList, {Action::ViewAudit}});
}

} // namespace sitegov
