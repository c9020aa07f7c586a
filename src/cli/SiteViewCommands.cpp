#include "cli/Cli.h"
#include "cli/RowOutput.h"
#include "core/Registry.h"
#include "storage/OrganisationRepository.h"
#include "storage/PersonService.h"
#include "storage/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitegov {

namespace {

// `sitegovctl site list|show` and `person list`: the registry's list of sites (the console's Sites
// page, the same SiteListQuery and filters), one site at a glance (its detail panel: fields, flags,
// who answers for it now and before) and the responsible persons (the Persons tab, PersonListQuery).
// Text is tab-separated with a header line; --json gives JSON.
class SiteViewCommands final
{
    Q_DECLARE_TR_FUNCTIONS(SiteViewCommands)

public:
    static QString kindName(const QString& key)
    {
        const auto k = Vocabulary::siteKind(key);
        return k ? Vocabulary::displayName(*k) : key;
    }
    static QString statusName(const QString& key)
    {
        const auto s = Vocabulary::siteStatus(key);
        return s ? Vocabulary::displayName(*s) : key;
    }
    static QString levelName(const QString& key)
    {
        const auto l = Vocabulary::adminLevel(key);
        return l ? Vocabulary::displayName(*l) : key;
    }

    // A filter's key, checked against the vocabulary's keys; nothing, after saying so, for another.
    template <typename Parse>
    static bool keyOption(const QCommandLineParser& p, CliIo& io, const QString& name, Parse parse, QString& into,
        const QStringList& keys)
    {
        if (!p.isSet(name))
            return true;
        const QString value = p.value(name).trimmed().toLower();
        if (!parse(value)) {
            io.err << tr("--%1 takes one of: %2.").arg(name, keys.join(tr(", "))) << Qt::endl;
            return false;
        }
        into = value;
        return true;
    }

    static int list(QCommandLineParser& p, CliIo& io)
    {
        SiteFilter f;
        f.text = p.value(QStringLiteral("search")).trimmed();
        QStringList kinds, statuses, levels;
        for (SiteKind k : Vocabulary::siteKinds())
            kinds << Vocabulary::key(k);
        for (SiteStatus s : Vocabulary::siteStatuses())
            statuses << Vocabulary::key(s);
        for (AdminLevel l : Vocabulary::adminLevels())
            levels << Vocabulary::key(l);
        if (!keyOption(p, io, QStringLiteral("kind"), &Vocabulary::siteKind, f.kind, kinds)
            || !keyOption(p, io, QStringLiteral("status"), &Vocabulary::siteStatus, f.status, statuses)
            || !keyOption(p, io, QStringLiteral("level"), &Vocabulary::adminLevel, f.level, levels))
            return 2;
        if (p.isSet(QStringLiteral("flagged")))
            f.flags = -1;
        // Opened (and migrated) here; the list reads through connections of its own.
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        f.unitId = Cli::unitOption(p, io, *db, QStringLiteral("unit"));
        if (f.unitId < 0)
            return 1;
        const auto out = RowOutput::start(p, io,
            {tr("Code"), tr("Name"), tr("Domain"), tr("Kind"), tr("Status"), tr("Host unit"), tr("Level"), tr("City"),
                tr("Opened on"), tr("Flags")});
        if (!out)
            return 2;
        const ListQuery query = SiteListQuery::build(f);
        const bool read = Cli::eachRow(
            Cli::databasePath(p), query, SiteListQuery::Code, io, [&](const QVector<QVariant>& row) {
                const QString kind = row.at(SiteListQuery::Kind).toString();
                const QString status = row.at(SiteListQuery::Status).toString();
                const QString level = row.at(SiteListQuery::Level).toString();
                const int flags = row.at(SiteListQuery::Flags).toInt();
                const QString flagText = flags != 0 ? RegistryVocabulary::describe(flags) : QString();
                out->row(QJsonObject{{QStringLiteral("id"), row.at(SiteListQuery::IdColumn).toLongLong()},
                             {QStringLiteral("code"), row.at(SiteListQuery::Code).toString()},
                             {QStringLiteral("name"), row.at(SiteListQuery::Name).toString()},
                             {QStringLiteral("domain"), row.at(SiteListQuery::Domain).toString()},
                             {QStringLiteral("kind"), kind}, {QStringLiteral("status"), status},
                             {QStringLiteral("platform"), row.at(SiteListQuery::Platform).toString()},
                             {QStringLiteral("unit_id"), row.at(SiteListQuery::HostIdColumn).toLongLong()},
                             {QStringLiteral("unit"), row.at(SiteListQuery::HostUnit).toString()},
                             {QStringLiteral("level"), level},
                             {QStringLiteral("city"), row.at(SiteListQuery::City).toString()},
                             {QStringLiteral("opened_on"), row.at(SiteListQuery::OpenedOn).toString()},
                             {QStringLiteral("flags"), flags}, {QStringLiteral("flags_text"), flagText}},
                    {row.at(SiteListQuery::Code).toString(), row.at(SiteListQuery::Name).toString(),
                        row.at(SiteListQuery::Domain).toString(), kindName(kind), statusName(status),
                        row.at(SiteListQuery::HostUnit).toString(), levelName(level),
                        row.at(SiteListQuery::City).toString(), row.at(SiteListQuery::OpenedOn).toString(), flagText});
            });
        if (!read)
            return 1;
        return out->finish();
    }

    static int persons(QCommandLineParser& p, CliIo& io)
    {
        PersonFilter f;
        f.text = p.value(QStringLiteral("search")).trimmed();
        f.includeInactive = p.isSet(QStringLiteral("inactive"));
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        f.unitId = Cli::unitOption(p, io, *db, QStringLiteral("unit"));
        if (f.unitId < 0)
            return 1;
        const auto out = RowOutput::start(p, io,
            {tr("No."), tr("Name"), tr("Unit"), tr("Title"), tr("Phone"), tr("Email"), tr("Current assignments"),
                tr("Active")});
        if (!out)
            return 2;
        const bool read
            = Cli::eachRow(Cli::databasePath(p), PersonListQuery::build(f), -1, io, [&](const QVector<QVariant>& row) {
                  const bool active = row.at(PersonListQuery::Active).toBool();
                  out->row(QJsonObject{{QStringLiteral("id"), row.at(PersonListQuery::IdColumn).toLongLong()},
                               {QStringLiteral("name"), row.at(PersonListQuery::Name).toString()},
                               {QStringLiteral("unit_id"), row.at(PersonListQuery::OrgIdColumn).toLongLong()},
                               {QStringLiteral("unit"), row.at(PersonListQuery::Unit).toString()},
                               {QStringLiteral("title"), row.at(PersonListQuery::Title).toString()},
                               {QStringLiteral("phone"), row.at(PersonListQuery::Phone).toString()},
                               {QStringLiteral("email"), row.at(PersonListQuery::Email).toString()},
                               {QStringLiteral("assignments"), row.at(PersonListQuery::CurrentAssignments).toInt()},
                               {QStringLiteral("active"), active}},
                      {row.at(PersonListQuery::IdColumn).toString(), row.at(PersonListQuery::Name).toString(),
                          row.at(PersonListQuery::Unit).toString(), row.at(PersonListQuery::Title).toString(),
                          row.at(PersonListQuery::Phone).toString(), row.at(PersonListQuery::Email).toString(),
                          row.at(PersonListQuery::CurrentAssignments).toString(), active ? tr("yes") : tr("no")});
              });
        if (!read)
            return 1;
        return out->finish();
    }

    static int show(QCommandLineParser& p, CliIo& io)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != 1) {
            io.err << tr("Give one site: its identifier code or its number.") << Qt::endl;
            return 2;
        }
        const auto db = Cli::openDatabase(p, io);
        if (!db)
            return 1;
        const qint64 siteId = Cli::findSite(*db, args.constFirst(), io);
        if (siteId == 0)
            return 1;
        const auto site = SiteRepository(db->connection()).byId(siteId);
        if (!site) {
            io.err << site.error().fullText() << Qt::endl;
            return 1;
        }
        OrganisationRepository units(db->connection());
        const auto host = units.byId(site->hostOrgId);
        const auto supervisor = units.byId(site->supervisorOrgId != 0 ? site->supervisorOrgId : site->hostOrgId);
        const auto assignments = PersonService(db->connection()).assignmentsOfSite(siteId);
        if (!host || !supervisor || !assignments) {
            io.err << (!host      ? host.error()
                    : !supervisor ? supervisor.error()
                                  : assignments.error())
                          .fullText()
                   << Qt::endl;
            return 1;
        }
        const QString flagText = site->flags != 0 ? RegistryVocabulary::describe(site->flags) : QString();
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray people;
            for (const AssignmentView& v : *assignments) {
                people.append(QJsonObject{{QStringLiteral("id"), v.assignment.id},
                    {QStringLiteral("role"), RegistryVocabulary::key(v.assignment.role)},
                    {QStringLiteral("person_id"), v.assignment.personId}, {QStringLiteral("person"), v.personName},
                    {QStringLiteral("title"), v.personTitle}, {QStringLiteral("phone"), v.personPhone},
                    {QStringLiteral("unit"), v.personUnit},
                    {QStringLiteral("start_on"), v.assignment.startOn.toString(Qt::ISODate)},
                    {QStringLiteral("end_on"), v.assignment.endOn.toString(Qt::ISODate)},
                    {QStringLiteral("current"), v.assignment.isCurrent()}});
            }
            const QJsonObject o{{QStringLiteral("id"), site->id}, {QStringLiteral("code"), site->code},
                {QStringLiteral("name"), site->name}, {QStringLiteral("url"), site->url},
                {QStringLiteral("domain"), site->domain}, {QStringLiteral("kind"), Vocabulary::key(site->kind)},
                {QStringLiteral("status"), Vocabulary::key(site->status)},
                {QStringLiteral("platform"), Vocabulary::key(site->platform)},
                {QStringLiteral("unit_id"), site->hostOrgId}, {QStringLiteral("unit"), host->name},
                {QStringLiteral("level"), Vocabulary::key(host->level)},
                {QStringLiteral("supervisor_id"), supervisor->id}, {QStringLiteral("supervisor"), supervisor->name},
                {QStringLiteral("operator"), site->operatorName}, {QStringLiteral("icp_filing"), site->icpFiling},
                {QStringLiteral("psb_filing"), site->psbFiling},
                {QStringLiteral("opened_on"), site->openedOn.toString(Qt::ISODate)},
                {QStringLiteral("closed_on"), site->closedOn.toString(Qt::ISODate)},
                {QStringLiteral("notes"), site->notes}, {QStringLiteral("flags"), site->flags},
                {QStringLiteral("flags_text"), flagText}, {QStringLiteral("assignments"), people}};
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        QTextStream& out = io.out;
        auto field = [&out](const QString& label, const QString& value) {
            out << label << u'\t' << value << Qt::endl;
        };
        out << tr("Site %1: %2").arg(site->code, site->name) << Qt::endl;
        if (!flagText.isEmpty())
            field(tr("Flags"), flagText);
        field(tr("Address"), site->url);
        field(tr("Kind"), Vocabulary::displayName(site->kind));
        field(tr("Status"), Vocabulary::displayName(site->status));
        field(tr("Platform"), Vocabulary::displayName(site->platform));
        field(tr("Host unit"), QStringLiteral("%1 (%2)").arg(host->name, Vocabulary::displayName(host->level)));
        field(tr("Supervising unit"), supervisor->name);
        field(tr("Operating unit"), site->operatorName);
        field(tr("ICP filing"), site->icpFiling);
        field(tr("Public-security filing"), site->psbFiling);
        field(tr("Opened on"), site->openedOn.toString(Qt::ISODate));
        field(tr("Closed on"), site->closedOn.toString(Qt::ISODate));
        if (!site->notes.isEmpty())
            field(tr("Notes"), site->notes);
        out << Qt::endl
            << QStringList{tr("Role"), tr("Person"), tr("Phone"), tr("From"), tr("Until")}.join(u'\t') << Qt::endl;
        for (const AssignmentView& v : *assignments) {
            out << QStringList{RegistryVocabulary::displayName(v.assignment.role), v.personName, v.personPhone,
                v.assignment.startOn.toString(Qt::ISODate),
                v.assignment.isCurrent() ? tr("current") : v.assignment.endOn.toString(Qt::ISODate)}
                       .join(u'\t')
                << Qt::endl;
        }
        return 0;
    }
};

} // namespace

void registerSiteViewCommands(Cli& cli)
{
    cli.add({QStringLiteral("site list"),
        Cli::tr("List the registry's sites, as the console's Sites page filters them."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("search"),
                Cli::tr("Only sites whose code, name, domain or unit contain every word of this text."),
                Cli::tr("TEXT")});
            p.addOption({QStringLiteral("unit"),
                Cli::tr("Only the sites of this unit and the units under it: its number, division code or exact name."),
                Cli::tr("UNIT")});
            p.addOption(
                {QStringLiteral("kind"), Cli::tr("Only sites of this kind (portal or department)."), Cli::tr("KIND")});
            p.addOption({QStringLiteral("status"), Cli::tr("Only sites in this status (e.g. operating, closed)."),
                Cli::tr("STATUS")});
            p.addOption(
                {QStringLiteral("level"), Cli::tr("Only sites whose host unit is of this level."), Cli::tr("LEVEL")});
            p.addOption({QStringLiteral("flagged"), Cli::tr("Only sites the registry flags.")});
            RowOutput::declare(p);
        },
        &SiteViewCommands::list});
    cli.add({QStringLiteral("site show"),
        Cli::tr("Show a site: its fields, its flags, and who answers for it now and before."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addPositionalArgument(QStringLiteral("SITE"), Cli::tr("The site's identifier code or number."));
            p.addOption({QStringLiteral("json"), Cli::tr("Print JSON instead of text.")});
        },
        &SiteViewCommands::show});
    cli.add({QStringLiteral("person list"),
        Cli::tr("List the responsible persons, with how many sites each answers for now."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption({QStringLiteral("search"), Cli::tr("Only persons whose name, phone or unit contain this text."),
                Cli::tr("TEXT")});
            p.addOption({QStringLiteral("unit"),
                Cli::tr("Only the persons of this unit: its number, division code or exact name."), Cli::tr("UNIT")});
            p.addOption({QStringLiteral("inactive"), Cli::tr("Include the persons no longer active.")});
            RowOutput::declare(p);
        },
        &SiteViewCommands::persons});
}

} // namespace sitegov
