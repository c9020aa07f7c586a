#include "cli/Cli.h"
#include "core/Domain.h"
#include "core/OfficeClock.h"
#include "core/Registry.h"
#include "storage/OrganisationRepository.h"
#include "storage/PersonService.h"
#include "storage/RegistryQueries.h"
#include "storage/RegistryService.h"
#include "storage/SiteRepository.h"

#include <utility>

namespace sitegov {

namespace {

// `sitegovctl site add|edit|close`, `unit add|edit|move`, `person add|edit`, `assign|unassign`: the
// registry's changes from a script, through RegistryService and PersonService as the console's
// dialogs make them (the same checks, refusals, flags and audit records). Each prints the record's
// number first, alone on its line. Exit codes: 0 done, 1 refused or failed, 2 usage.
class RegistryEditCommands final
{
    Q_DECLARE_TR_FUNCTIONS(RegistryEditCommands)

public:
    // The number of a record added, printed alone on its line for scripts; nothing, after
    // `refused` with the service's reason as its %1, when the service refused.
    static std::optional<qint64> recorded(CliIo& io, const Result<qint64>& id, const QString& refused)
    {
        if (!id) {
            io.err << refused.arg(id.error().fullText()) << Qt::endl;
            return std::nullopt;
        }
        io.out << *id << Qt::endl;
        return *id;
    }

    // The same for a change to record `id`: true when done.
    static bool changed(CliIo& io, const Status& status, qint64 id, const QString& refused)
    {
        if (!status) {
            io.err << refused.arg(status.error().fullText()) << Qt::endl;
            return false;
        }
        io.out << id << Qt::endl;
        return true;
    }

    // A text option into `field` when it is given (an edit keeps what is not given).
    static void text(const QCommandLineParser& p, const QString& name, QString& field)
    {
        if (p.isSet(name))
            field = p.value(name).trimmed();
    }

    // A vocabulary option into `field` when given; false (after saying which keys it takes) for an
    // unknown key.
    template <typename T, typename Parse>
    static bool choice(
        const QCommandLineParser& p, CliIo& io, const QString& name, Parse parse, const QStringList& keys, T& field)
    {
        if (!p.isSet(name))
            return true;
        const auto v = parse(p.value(name).trimmed());
        if (!v) {
            io.err << tr("--%1 takes %2.").arg(name, keys.join(QStringLiteral(", "))) << Qt::endl;
            return false;
        }
        field = *v;
        return true;
    }

    template <typename T> static QStringList keysOf(const QList<T>& values)
    {
        QStringList keys;
        for (const T& v : values)
            keys << Vocabulary::key(v);
        return keys;
    }

    // --unit-like option into `field` when given; false after a message when there is no such unit.
    static bool unit(const QCommandLineParser& p, CliIo& io, Database& db, const QString& name, qint64& field)
    {
        if (!p.isSet(name))
            return true;
        field = Cli::findUnit(db, p.value(name), io);
        return field != 0;
    }

    // The one positional argument naming a site (its number or identifier code, for Cli::findSite);
    // nothing after a message (exit code 2).
    static std::optional<QString> siteArgument(const QCommandLineParser& p, CliIo& io)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != 1) {
            io.err << tr("Give the one site: its number or identifier code.") << Qt::endl;
            return std::nullopt;
        }
        return args.constFirst();
    }

    // The record a service read; nothing, after the service's error, when it could not be read.
    template <typename T> static std::optional<T> found(CliIo& io, const Result<T>& record)
    {
        if (!record) {
            io.err << record.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        return *record;
    }

    // The one positional argument as a unit (number, division code or name); 0 after a message.
    static qint64 unitArgument(const QCommandLineParser& p, CliIo& io, Database& db)
    {
        const QStringList args = p.positionalArguments();
        if (args.size() != 1) {
            io.err << tr("Give the one unit: its number, division code or exact name.") << Qt::endl;
            return 0;
        }
        return Cli::findUnit(db, args.constFirst(), io);
    }

    // The site's fields from the options (what is given replaces what `site` holds); false after a
    // message (exit code 2).
    static bool siteFields(const QCommandLineParser& p, CliIo& io, Site& site)
    {
        text(p, QStringLiteral("name"), site.name);
        text(p, QStringLiteral("code"), site.code);
        if (p.isSet(QStringLiteral("domain"))) {
            site.domain = p.value(QStringLiteral("domain")).trimmed().toLower();
            if (!p.isSet(QStringLiteral("url")) && !site.domain.isEmpty())
                site.url = QStringLiteral("https://%1/").arg(site.domain);
        }
        text(p, QStringLiteral("url"), site.url);
        text(p, QStringLiteral("operator"), site.operatorName);
        text(p, QStringLiteral("icp"), site.icpFiling);
        text(p, QStringLiteral("psb"), site.psbFiling);
        text(p, QStringLiteral("notes"), site.notes);
        const auto opened = Cli::dateOption(p, io, QStringLiteral("opened"));
        if (!opened)
            return false;
        if (opened->isValid())
            site.openedOn = *opened;
        return choice(p, io, QStringLiteral("kind"), Vocabulary::siteKind, keysOf(Vocabulary::siteKinds()), site.kind)
            && choice(p, io, QStringLiteral("platform"), Vocabulary::platform, keysOf(Vocabulary::platforms()),
                site.platform);
    }

    static void printFindings(CliIo& io, const QList<Finding>& findings)
    {
        for (const Finding& f : findings)
            io.out << tr("warning: %1").arg(f.message) << Qt::endl;
    }

    static int siteAdd(QCommandLineParser& p, CliIo& io)
    {
        if (!p.positionalArguments().isEmpty()) {
            io.err << tr("site add takes options only (see --help).") << Qt::endl;
            return 2;
        }
        Site site;
        site.kind = SiteKind::Department;
        if (!siteFields(p, io, site)
            || !choice(p, io, QStringLiteral("status"), Vocabulary::siteStatus, keysOf(Vocabulary::siteStatuses()),
                site.status))
            return 2;
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        if (!p.isSet(QStringLiteral("unit"))) {
            io.err << tr("Give the host unit with --unit.") << Qt::endl;
            return 2;
        }
        if (!unit(p, io, *c->db, QStringLiteral("unit"), site.hostOrgId)
            || !unit(p, io, *c->db, QStringLiteral("supervisor"), site.supervisorOrgId))
            return 1;
        if (site.code.isEmpty()) {
            // The unit's division code and the next free serial, as the console's dialog suggests.
            if (const auto org = OrganisationRepository(c->db->connection()).byId(site.hostOrgId)) {
                if (const auto next = RegistryQueries(c->db->connection()).nextSiteCode(org->divisionCode))
                    site.code = *next;
            }
        }
        QList<Finding> warnings;
        const auto id = recorded(io,
            RegistryService(c->db->connection())
                .registerSite(c->session, site, RegistryService::DuplicatePolicy::Refuse, &warnings),
            tr("The site was not registered: %1"));
        if (!id)
            return 1;
        printFindings(io, warnings);
        io.out << tr("Site %1 registered: %2 (%3).").arg(*id).arg(site.name, site.code) << Qt::endl;
        return 0;
    }

    static int siteEdit(QCommandLineParser& p, CliIo& io)
    {
        const auto siteText = siteArgument(p, io);
        if (!siteText)
            return 2;
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        const qint64 id = Cli::findSite(*c->db, *siteText, io);
        if (id == 0)
            return 1;
        const auto saved = found(io, SiteRepository(c->db->connection()).byId(id));
        if (!saved)
            return 1;
        Site site = *saved;
        if (!siteFields(p, io, site))
            return 2;
        if (!unit(p, io, *c->db, QStringLiteral("unit"), site.hostOrgId)
            || !unit(p, io, *c->db, QStringLiteral("supervisor"), site.supervisorOrgId))
            return 1;
        RegistryService registry(c->db->connection());
        if (!changed(io, registry.updateSite(c->session, site), id, tr("Site %1 was not changed: %2").arg(id)))
            return 1;
        QList<Finding> warnings;
        for (const Finding& f : registry.check(site)) {
            if (!f.isError())
                warnings << f;
        }
        printFindings(io, warnings);
        io.out << tr("Site %1 saved: %2 (%3).").arg(id).arg(site.name, site.code) << Qt::endl;
        return 0;
    }

    static int siteClose(QCommandLineParser& p, CliIo& io)
    {
        const auto siteText = siteArgument(p, io);
        if (!siteText)
            return 2;
        const auto on = Cli::dateOption(p, io, QStringLiteral("on"));
        if (!on)
            return 2;
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        const qint64 id = Cli::findSite(*c->db, *siteText, io);
        if (id == 0)
            return 1;
        const QDate day = on->isValid() ? *on : OfficeClock::today();
        if (!changed(io, RegistryService(c->db->connection()).changeSiteStatus(c->session, id, SiteStatus::Closed, day),
                id, tr("Site %1 was not closed: %2").arg(id)))
            return 1;
        io.out << tr("Site %1 closed on %2.").arg(id).arg(day.toString(Qt::ISODate)) << Qt::endl;
        return 0;
    }

    // Any change of a site's status the console's Change status dialog makes (planned, operating,
    // migrating, closed), on a day (default today).
    static int siteStatus(QCommandLineParser& p, CliIo& io)
    {
        const auto siteText = siteArgument(p, io);
        if (!siteText)
            return 2;
        SiteStatus status = SiteStatus::Operating;
        if (!p.isSet(QStringLiteral("status"))
            || !choice(
                p, io, QStringLiteral("status"), Vocabulary::siteStatus, keysOf(Vocabulary::siteStatuses()), status)) {
            if (!p.isSet(QStringLiteral("status")))
                io.err << tr("Give the new status with --status.") << Qt::endl;
            return 2;
        }
        const auto on = Cli::dateOption(p, io, QStringLiteral("on"));
        if (!on)
            return 2;
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        const qint64 id = Cli::findSite(*c->db, *siteText, io);
        if (id == 0)
            return 1;
        const QDate day = on->isValid() ? *on : OfficeClock::today();
        if (!changed(io, RegistryService(c->db->connection()).changeSiteStatus(c->session, id, status, day), id,
                tr("The status of site %1 was not changed: %2").arg(id)))
            return 1;
        io.out << tr("Site %1 is %2 from %3.").arg(id).arg(Vocabulary::displayName(status), day.toString(Qt::ISODate))
               << Qt::endl;
        return 0;
    }

    // The Sites page's Deactivate / Reactivate of a unit.
    static int unitActive(QCommandLineParser& p, CliIo& io, bool active)
    {
        if (p.positionalArguments().size() != 1) {
            io.err << tr("Give the one unit: its number, division code or exact name.") << Qt::endl;
            return 2;
        }
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        const qint64 id = unitArgument(p, io, *c->db);
        if (id == 0)
            return 1;
        if (!changed(io, RegistryService(c->db->connection()).setOrganisationActive(c->session, id, active), id,
                tr("Unit %1 was not changed: %2").arg(id)))
            return 1;
        io.out << (active ? tr("Unit %1 is active again.") : tr("Unit %1 is deactivated.")).arg(id) << Qt::endl;
        return 0;
    }

    // The Sites page's Deactivate / Reactivate of a responsible person.
    static int personActive(QCommandLineParser& p, CliIo& io, bool active)
    {
        int exitCode = 0;
        const auto target = Cli::actingOn(p, io, tr("Give the number of one person."), exitCode);
        if (!target)
            return exitCode;
        if (!changed(io,
                PersonService(target->acting.db->connection())
                    .setPersonActive(target->acting.session, target->id, active),
                target->id, tr("Person %1 was not changed: %2").arg(target->id)))
            return 1;
        io.out << (active ? tr("Person %1 is active again.") : tr("Person %1 is deactivated.")).arg(target->id)
               << Qt::endl;
        return 0;
    }

    static bool unitFields(const QCommandLineParser& p, CliIo& io, Organisation& org)
    {
        text(p, QStringLiteral("name"), org.name);
        text(p, QStringLiteral("code"), org.divisionCode);
        text(p, QStringLiteral("label"), org.domainLabel);
        const QStringList kinds{Vocabulary::key(OrgKind::Government), Vocabulary::key(OrgKind::Department)};
        return choice(
                   p, io, QStringLiteral("level"), Vocabulary::adminLevel, keysOf(Vocabulary::adminLevels()), org.level)
            && choice(p, io, QStringLiteral("kind"), Vocabulary::orgKind, kinds, org.kind);
    }

    static int unitAdd(QCommandLineParser& p, CliIo& io)
    {
        if (!p.positionalArguments().isEmpty()) {
            io.err << tr("unit add takes options only (see --help).") << Qt::endl;
            return 2;
        }
        Organisation org;
        org.kind = OrgKind::Department;
        if (!unitFields(p, io, org))
            return 2;
        if (!p.isSet(QStringLiteral("parent"))) {
            io.err << tr("Give the unit it belongs under with --parent.") << Qt::endl;
            return 2;
        }
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        if (!unit(p, io, *c->db, QStringLiteral("parent"), org.parentId))
            return 1;
        // Unless given, it takes its parent's level and division code, as the console's dialog does.
        if (const auto parent = OrganisationRepository(c->db->connection()).byId(org.parentId)) {
            if (!p.isSet(QStringLiteral("level")))
                org.level = parent->level;
            if (org.divisionCode.isEmpty())
                org.divisionCode = parent->divisionCode;
        }
        const auto id = recorded(io, RegistryService(c->db->connection()).createOrganisation(c->session, org),
            tr("The unit was not added: %1"));
        if (!id)
            return 1;
        io.out << tr("Unit %1 added: %2.").arg(*id).arg(org.name) << Qt::endl;
        return 0;
    }

    static int unitEdit(QCommandLineParser& p, CliIo& io)
    {
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        const qint64 id = unitArgument(p, io, *c->db);
        if (id == 0)
            return 1;
        const auto saved = found(io, OrganisationRepository(c->db->connection()).byId(id));
        if (!saved)
            return 1;
        Organisation org = *saved;
        if (!unitFields(p, io, org))
            return 2;
        if (!changed(io, RegistryService(c->db->connection()).updateOrganisation(c->session, org), id,
                tr("Unit %1 was not changed: %2").arg(id)))
            return 1;
        io.out << tr("Unit %1 saved: %2.").arg(id).arg(org.name) << Qt::endl;
        return 0;
    }

    static int unitMove(QCommandLineParser& p, CliIo& io)
    {
        if (!p.isSet(QStringLiteral("to"))) {
            io.err << tr("Give the unit to move it under with --to.") << Qt::endl;
            return 2;
        }
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        const qint64 id = unitArgument(p, io, *c->db);
        qint64 parent = 0;
        if (id == 0 || !unit(p, io, *c->db, QStringLiteral("to"), parent))
            return 1;
        if (!changed(io, RegistryService(c->db->connection()).moveOrganisation(c->session, id, parent), id,
                tr("Unit %1 was not moved: %2").arg(id)))
            return 1;
        const auto org = OrganisationRepository(c->db->connection()).byId(id);
        const auto under = OrganisationRepository(c->db->connection()).byId(parent);
        io.out << tr("Unit %1 (%2) is now under %3.")
                      .arg(id)
                      .arg(org ? org->name : QString(), under ? under->name : QString())
               << Qt::endl;
        return 0;
    }

    static void personFields(const QCommandLineParser& p, Person& person)
    {
        text(p, QStringLiteral("name"), person.name);
        text(p, QStringLiteral("title"), person.title);
        text(p, QStringLiteral("phone"), person.phone);
        text(p, QStringLiteral("email"), person.email);
    }

    static int personAdd(QCommandLineParser& p, CliIo& io)
    {
        if (!p.positionalArguments().isEmpty()) {
            io.err << tr("person add takes options only (see --help).") << Qt::endl;
            return 2;
        }
        if (!p.isSet(QStringLiteral("unit"))) {
            io.err << tr("Give the person's unit with --unit.") << Qt::endl;
            return 2;
        }
        const auto c = Cli::acting(p, io);
        if (!c)
            return 1;
        Person person;
        personFields(p, person);
        if (!unit(p, io, *c->db, QStringLiteral("unit"), person.orgId))
            return 1;
        const auto id = recorded(io, PersonService(c->db->connection()).createPerson(c->session, person),
            tr("The person was not added: %1"));
        if (!id)
            return 1;
        io.out << tr("Person %1 added: %2.").arg(*id).arg(person.name) << Qt::endl;
        return 0;
    }

    static int personEdit(QCommandLineParser& p, CliIo& io)
    {
        int exitCode = 0;
        const auto target = Cli::actingOn(p, io, tr("Give the number of one person."), exitCode);
        if (!target)
            return exitCode;
        const qint64 id = target->id;
        const Cli::Acting* const c = &target->acting;
        PersonService persons(c->db->connection());
        const auto saved = found(io, persons.personById(id));
        if (!saved)
            return 1;
        Person person = *saved;
        personFields(p, person);
        if (!unit(p, io, *c->db, QStringLiteral("unit"), person.orgId))
            return 1;
        if (!changed(io, persons.updatePerson(c->session, person), id, tr("Person %1 was not changed: %2").arg(id)))
            return 1;
        io.out << tr("Person %1 saved: %2.").arg(id).arg(person.name) << Qt::endl;
        return 0;
    }

    static QStringList roleKeys()
    {
        QStringList keys;
        for (AssignmentRole r : RegistryVocabulary::roles())
            keys << RegistryVocabulary::key(r);
        return keys;
    }

    // What assign and unassign act on: the site of the one positional argument, --role, and the day
    // of option `dayOption` (default today), with the database and who acts; nothing after a
    // message (`code` says which exit code).
    struct Target
    {
        Cli::Acting acting;
        qint64 site = 0;
        AssignmentRole role = AssignmentRole::Caretaker;
        QDate day;
    };

    static std::optional<Target> target(QCommandLineParser& p, CliIo& io, const QString& dayOption, int& code)
    {
        code = 2;
        const auto siteText = siteArgument(p, io);
        if (!siteText)
            return std::nullopt;
        const auto role = RegistryVocabulary::role(p.value(QStringLiteral("role")).trimmed());
        if (!role) {
            io.err << tr("--role takes %1.").arg(roleKeys().join(QStringLiteral(", "))) << Qt::endl;
            return std::nullopt;
        }
        const auto day = Cli::dateOption(p, io, dayOption);
        if (!day)
            return std::nullopt;
        code = 1;
        auto acting = Cli::acting(p, io);
        if (!acting)
            return std::nullopt;
        const qint64 site = Cli::findSite(*acting->db, *siteText, io);
        if (site == 0)
            return std::nullopt;
        return Target{std::move(*acting), site, *role, day->isValid() ? *day : OfficeClock::today()};
    }

    static int assign(QCommandLineParser& p, CliIo& io)
    {
        int code = 0;
        const auto t = target(p, io, QStringLiteral("from"), code);
        if (!t)
            return code;
        // The person: a number, or a name in the site's host unit.
        const QString who = p.value(QStringLiteral("person")).trimmed();
        if (who.isEmpty()) {
            io.err << tr("Give the person with --person: their number or their name in the site's unit.") << Qt::endl;
            return 2;
        }
        PersonService persons(t->acting.db->connection());
        bool isNumber = false;
        qint64 personId = who.toLongLong(&isNumber);
        if (!isNumber) {
            const auto site = SiteRepository(t->acting.db->connection()).byId(t->site);
            const auto person = site ? persons.personByName(site->hostOrgId, who) : Result<Person>(Person{});
            personId = person ? person->id : 0;
            if (personId == 0) {
                io.err << tr("No person \"%1\" in the site's unit: give their number.").arg(who) << Qt::endl;
                return 1;
            }
        }
        const auto id = recorded(io,
            persons.assign(
                t->acting.session, t->site, personId, t->role, t->day, p.value(QStringLiteral("note")).trimmed()),
            tr("The assignment was not made: %1"));
        if (!id)
            return 1;
        io.out << tr("Assignment %1: person %2 is %3 of site %4 from %5.")
                      .arg(*id)
                      .arg(personId)
                      .arg(RegistryVocabulary::displayName(t->role))
                      .arg(t->site)
                      .arg(t->day.toString(Qt::ISODate))
               << Qt::endl;
        return 0;
    }

    static int unassign(QCommandLineParser& p, CliIo& io)
    {
        int code = 0;
        const auto t = target(p, io, QStringLiteral("on"), code);
        if (!t)
            return code;
        PersonService persons(t->acting.db->connection());
        const auto list = persons.assignmentsOfSite(t->site);
        if (!list) {
            io.err << list.error().fullText() << Qt::endl;
            return 1;
        }
        qint64 current = 0;
        for (const AssignmentView& a : *list) {
            if (a.assignment.role == t->role && !a.assignment.endOn.isValid())
                current = a.assignment.id;
        }
        if (current == 0) {
            io.err << tr("Site %1 has no current %2.").arg(t->site).arg(RegistryVocabulary::displayName(t->role))
                   << Qt::endl;
            return 1;
        }
        if (!changed(io, persons.endAssignment(t->acting.session, current, t->day), current,
                tr("The assignment was not ended: %1")))
            return 1;
        io.out << tr("Assignment %1 ended on %2.").arg(current).arg(t->day.toString(Qt::ISODate)) << Qt::endl;
        return 0;
    }
};

void declareSite(QCommandLineParser& p, bool adding)
{
    p.addOption(Cli::databaseOption());
    p.addOption(Cli::asOption());
    if (!adding)
        p.addPositionalArgument(QStringLiteral("SITE"), Cli::tr("The site's number or identifier code."));
    p.addOption(
        {QStringLiteral("unit"), Cli::tr("The host unit: its number, division code or exact name."), Cli::tr("UNIT")});
    p.addOption({QStringLiteral("name"), Cli::tr("The site's name."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("code"),
        adding ? Cli::tr("The identifier code (default: the unit's next free one).") : Cli::tr("The identifier code."),
        Cli::tr("CODE")});
    p.addOption({QStringLiteral("domain"), Cli::tr("The domain (the address follows it unless --url is given)."),
        Cli::tr("DOMAIN")});
    p.addOption({QStringLiteral("url"), Cli::tr("The address."), Cli::tr("URL")});
    p.addOption({QStringLiteral("kind"), Cli::tr("portal, department or special."), Cli::tr("KIND")});
    p.addOption({QStringLiteral("platform"), Cli::tr("unified or standalone."), Cli::tr("PLATFORM")});
    if (adding)
        p.addOption(
            {QStringLiteral("status"), Cli::tr("planned (default), operating or migrating."), Cli::tr("STATUS")});
    p.addOption({QStringLiteral("supervisor"), Cli::tr("The supervising unit, when not the host."), Cli::tr("UNIT")});
    p.addOption({QStringLiteral("operator"), Cli::tr("Who runs the site."), Cli::tr("TEXT")});
    p.addOption({QStringLiteral("icp"), Cli::tr("The ICP filing number."), Cli::tr("TEXT")});
    p.addOption({QStringLiteral("psb"), Cli::tr("The public security filing number."), Cli::tr("TEXT")});
    p.addOption({QStringLiteral("opened"), Cli::tr("The day it opened (yyyy-MM-dd)."), Cli::tr("DATE")});
    p.addOption({QStringLiteral("notes"), Cli::tr("Notes."), Cli::tr("TEXT")});
}

void declareUnit(QCommandLineParser& p, bool adding)
{
    p.addOption(Cli::databaseOption());
    p.addOption(Cli::asOption());
    if (adding)
        p.addOption({QStringLiteral("parent"), Cli::tr("The unit it belongs under (number, division code or name)."),
            Cli::tr("UNIT")});
    else
        p.addPositionalArgument(QStringLiteral("UNIT"), Cli::tr("The unit: its number, division code or exact name."));
    p.addOption({QStringLiteral("name"), Cli::tr("The unit's name."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("level"),
        adding ? Cli::tr("province, city, county or township (default: its parent's).")
               : Cli::tr("province, city, county or township."),
        Cli::tr("LEVEL")});
    p.addOption({QStringLiteral("kind"),
        adding ? Cli::tr("government or department (default).") : Cli::tr("government or department."),
        Cli::tr("KIND")});
    p.addOption({QStringLiteral("code"),
        adding ? Cli::tr("The 6-digit division code (default: its parent's).") : Cli::tr("The 6-digit division code."),
        Cli::tr("CODE")});
    p.addOption(
        {QStringLiteral("label"), Cli::tr("The label of its domain (the X of www.X.gov.cn)."), Cli::tr("LABEL")});
}

void declarePerson(QCommandLineParser& p, bool adding)
{
    p.addOption(Cli::databaseOption());
    p.addOption(Cli::asOption());
    if (!adding)
        p.addPositionalArgument(QStringLiteral("ID"), Cli::tr("The person's number."));
    p.addOption({QStringLiteral("unit"), Cli::tr("The person's unit: its number, division code or exact name."),
        Cli::tr("UNIT")});
    p.addOption({QStringLiteral("name"), Cli::tr("The person's name."), Cli::tr("NAME")});
    p.addOption({QStringLiteral("title"), Cli::tr("Their post."), Cli::tr("TEXT")});
    p.addOption({QStringLiteral("phone"), Cli::tr("Their telephone number."), Cli::tr("PHONE")});
    p.addOption({QStringLiteral("email"), Cli::tr("Their e-mail address."), Cli::tr("EMAIL")});
}

void declareAssignment(QCommandLineParser& p, bool assigning)
{
    p.addOption(Cli::databaseOption());
    p.addOption(Cli::asOption());
    p.addPositionalArgument(QStringLiteral("SITE"), Cli::tr("The site's number or identifier code."));
    p.addOption(
        {QStringLiteral("role"), Cli::tr("first_responsible, security, caretaker or editor."), Cli::tr("ROLE")});
    if (assigning) {
        p.addOption({QStringLiteral("person"), Cli::tr("The person: their number, or their name in the site's unit."),
            Cli::tr("PERSON")});
        p.addOption({QStringLiteral("from"), Cli::tr("The first day (default: today)."), Cli::tr("DATE")});
        p.addOption({QStringLiteral("note"), Cli::tr("A note."), Cli::tr("TEXT")});
    } else {
        p.addOption({QStringLiteral("on"), Cli::tr("The last day (default: today)."), Cli::tr("DATE")});
    }
}

} // namespace

void registerRegistryEditCommands(Cli& cli)
{
    cli.add({QStringLiteral("site add"), Cli::tr("Register a site; prints its number."),
        [](QCommandLineParser& p) { declareSite(p, true); }, &RegistryEditCommands::siteAdd, {Action::EditSites}});
    cli.add({QStringLiteral("site edit"), Cli::tr("Change a site's record: what is given replaces what is there."),
        [](QCommandLineParser& p) { declareSite(p, false); }, &RegistryEditCommands::siteEdit, {Action::EditSites}});
    cli.add({QStringLiteral("site close"), Cli::tr("Record a site as closed (on a day, default today)."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(Cli::asOption());
            p.addPositionalArgument(QStringLiteral("SITE"), Cli::tr("The site's number or identifier code."));
            p.addOption({QStringLiteral("on"), Cli::tr("The closing day (default: today)."), Cli::tr("DATE")});
        },
        &RegistryEditCommands::siteClose, {Action::EditSites}});
    cli.add({QStringLiteral("site status"),
        Cli::tr("Change a site's status (planned, operating, migrating, closed) on a day, default today."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(Cli::asOption());
            p.addPositionalArgument(QStringLiteral("SITE"), Cli::tr("The site's number or identifier code."));
            p.addOption(
                {QStringLiteral("status"), Cli::tr("planned, operating, migrating or closed."), Cli::tr("STATUS")});
            p.addOption({QStringLiteral("on"), Cli::tr("The day of the change (default: today)."), Cli::tr("DATE")});
        },
        &RegistryEditCommands::siteStatus, {Action::EditSites}});
    const auto oneUnit = [](QCommandLineParser& p) {
        p.addOption(Cli::databaseOption());
        p.addOption(Cli::asOption());
        p.addPositionalArgument(QStringLiteral("UNIT"), Cli::tr("The unit: its number, division code or exact name."));
    };
    cli.add({QStringLiteral("unit deactivate"),
        Cli::tr("Deactivate a unit that runs no open site and has no active unit under it."), oneUnit,
        [](QCommandLineParser& p, CliIo& io) { return RegistryEditCommands::unitActive(p, io, false); },
        {Action::ManageOrganisations}});
    cli.add({QStringLiteral("unit activate"), Cli::tr("Make a deactivated unit active again."), oneUnit,
        [](QCommandLineParser& p, CliIo& io) { return RegistryEditCommands::unitActive(p, io, true); },
        {Action::ManageOrganisations}});
    const auto onePerson = [](QCommandLineParser& p) {
        p.addOption(Cli::databaseOption());
        p.addOption(Cli::asOption());
        p.addPositionalArgument(QStringLiteral("PERSON"), Cli::tr("The person's number."));
    };
    cli.add({QStringLiteral("person deactivate"),
        Cli::tr("Deactivate a responsible person who holds no current assignment."), onePerson,
        [](QCommandLineParser& p, CliIo& io) { return RegistryEditCommands::personActive(p, io, false); },
        {Action::AssignPersons}});
    cli.add({QStringLiteral("person activate"), Cli::tr("Make a deactivated person active again."), onePerson,
        [](QCommandLineParser& p, CliIo& io) { return RegistryEditCommands::personActive(p, io, true); },
        {Action::AssignPersons}});
    cli.add({QStringLiteral("unit add"), Cli::tr("Add a unit under another; prints its number."),
        [](QCommandLineParser& p) { declareUnit(p, true); }, &RegistryEditCommands::unitAdd,
        {Action::ManageOrganisations}});
    cli.add({QStringLiteral("unit edit"), Cli::tr("Change a unit: what is given replaces what is there."),
        [](QCommandLineParser& p) { declareUnit(p, false); }, &RegistryEditCommands::unitEdit,
        {Action::ManageOrganisations}});
    cli.add({QStringLiteral("unit move"), Cli::tr("Move a unit under another unit."),
        [](QCommandLineParser& p) {
            p.addOption(Cli::databaseOption());
            p.addOption(Cli::asOption());
            p.addPositionalArgument(
                QStringLiteral("UNIT"), Cli::tr("The unit: its number, division code or exact name."));
            p.addOption({QStringLiteral("to"), Cli::tr("The unit to move it under."), Cli::tr("UNIT")});
        },
        &RegistryEditCommands::unitMove, {Action::ManageOrganisations}});
    cli.add({QStringLiteral("person add"), Cli::tr("Add a responsible person to a unit; prints their number."),
        [](QCommandLineParser& p) { declarePerson(p, true); }, &RegistryEditCommands::personAdd,
        {Action::AssignPersons}});
    cli.add({QStringLiteral("person edit"), Cli::tr("Change a person: what is given replaces what is there."),
        [](QCommandLineParser& p) { declarePerson(p, false); }, &RegistryEditCommands::personEdit,
        {Action::AssignPersons}});
    cli.add({QStringLiteral("assign"),
        Cli::tr("Make a person the holder of a role on a site (the current holder's term ends)."),
        [](QCommandLineParser& p) { declareAssignment(p, true); }, &RegistryEditCommands::assign,
        {Action::AssignPersons}});
    cli.add({QStringLiteral("unassign"), Cli::tr("End the current holder's term of a role on a site."),
        [](QCommandLineParser& p) { declareAssignment(p, false); }, &RegistryEditCommands::unassign,
        {Action::AssignPersons}});
}

} // namespace sitegov
