#include "cli/Cli.h"

#include "core/BuildInfo.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "db/DatabaseLocation.h"
#include "db/DatabaseWait.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/OrganisationRepository.h"
#include "storage/RegistryQueries.h"
#include "storage/SiteRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <termios.h>
#include <unistd.h>

namespace sitegov {

Cli::Cli()
{
    registerFoundationCommands(*this);
    registerAccountCommands(*this);
    registerAdminCommands(*this);
    registerRegistryCommands(*this);
    registerRegistryEditCommands(*this);
    registerRequestCommands(*this);
    registerRequestActionCommands(*this);
    registerInspectionCommands(*this);
    registerReviewCommands(*this);
    registerSpotCheckCommands(*this);
    registerSpotCheckPlanCommands(*this);
    registerAssessmentCommands(*this);
    registerAssessmentReviewCommands(*this);
    registerOutboxCommands(*this);
    registerTicketCommands(*this);
    registerPolicyCommands(*this);
    registerAnnualReportCommands(*this);
    registerProbeCommands(*this);
    registerFollowUpCommands(*this);
    registerSiteViewCommands(*this);
    registerCompletionCommand(*this);
}

void Cli::add(Command command)
{
    m_commands.append(std::move(command));
}

QStringList Cli::optionNames(const Command& command)
{
    // QCommandLineParser does not list its options: read them from its help, where each option's
    // line starts with two spaces and its names ("  -d, --database <PATH>  ..."); wrapped text is
    // indented further.
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QString()});
    if (command.declare)
        command.declare(parser);
    static const QRegularExpression line(QStringLiteral("^  (-[^-\\s][^,\\s]*|--[^\\s,]+)(?:, (--[^\\s,]+))?"));
    QStringList names;
    const QStringList lines = parser.helpText().split(u'\n');
    for (const QString& text : lines) {
        const auto m = line.match(text);
        if (!m.hasMatch())
            continue;
        names << m.captured(1);
        if (m.hasCaptured(2))
            names << m.captured(2);
    }
    return names;
}

QString Cli::permissionText(const QList<Action>& actions)
{
    // Commands that change nothing governed, or act as the command line itself (no --as), need no
    // role: only access to the database file.
    if (actions.isEmpty())
        return tr("Permission: none beyond access to the database file (the command line acts as itself).");
    QStringList lines;
    for (Action action : actions) {
        QList<Role> holders;
        for (Role role : Permissions::allRoles()) {
            if (Permissions::allows({role}, action))
                holders << role;
        }
        lines << tr("Permission: %1 (%2).").arg(Permissions::describe(action), Permissions::displayNames(holders));
    }
    lines << tr("With --as USER the account's roles and jurisdiction (its unit and the units under it) apply, and "
                "the audit trail names it; without --as the command line acts with the whole database's rights.");
    return lines.join(u'\n');
}

QCommandLineOption Cli::asOption()
{
    return QCommandLineOption(QStringLiteral("as"),
        tr("Act as this account (its roles and jurisdiction apply); its password is read from SITEGOV_PASSWORD, or "
           "asked for."),
        tr("USER"));
}

QString Cli::readPassword(CliIo& io, const QString& prompt)
{
    const bool tty = io.inIsTerminal;
    termios saved{};
    if (tty) {
        io.err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QString line = io.in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        io.err << Qt::endl;
    }
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

namespace {

// The --as account's name, or empty when the command has no --as or it is not given.
QString asUser(const QCommandLineParser& parser)
{
    return parser.optionNames().contains(QStringLiteral("as")) ? parser.value(QStringLiteral("as")).trimmed()
                                                                : QString();
}

} // namespace

QString Cli::asPassword(CliIo& io, const QString& user)
{
    // Asked once per run: the database's login (PostgreSQL) and the session both need it.
    static QString password;
    static bool known = false;
    if (!known) {
        password = qEnvironmentVariableIsSet("SITEGOV_PASSWORD") ? qEnvironmentVariable("SITEGOV_PASSWORD")
                                                                  : readPassword(io, tr("Password of %1: ").arg(user));
        known = true;
    }
    return password;
}

std::optional<Session> Cli::loggedIn(const QCommandLineParser& parser, CliIo& io, Database& database)
{
    const QString user = parser.value(QStringLiteral("as")).trimmed();
    if (user.isEmpty())
        return commandLineActor();
    if (database.isPostgres()) {
        // The server checked the password when openDatabase connected as the account's login role.
        const auto session = AccountService(database.connection()).startSession(user);
        if (!session) {
            io.err << session.error().fullText() << Qt::endl;
            return std::nullopt;
        }
        return *session;
    }
    const QString password = asPassword(io, user);
    // The console's login: the same check, the same lock after too many wrong passwords, the same
    // audit record.
    const auto session = AccountService(database.connection()).authenticate(user, password);
    if (!session) {
        io.err << session.error().fullText() << Qt::endl;
        return std::nullopt;
    }
    return *session;
}

std::optional<Cli::Acting> Cli::acting(const QCommandLineParser& parser, CliIo& io)
{
    auto db = openDatabase(parser, io);
    if (!db)
        return std::nullopt;
    auto session = loggedIn(parser, io, *db);
    if (!session)
        return std::nullopt;
    return Acting{std::move(db), std::move(*session)};
}

QCommandLineOption Cli::databaseOption()
{
    return QCommandLineOption({QStringLiteral("d"), QStringLiteral("database")},
        tr("The SiteGov database: a file, or a PostgreSQL database as postgresql://USER@HOST[:PORT]/DATABASE "
           "(default: %1).")
            .arg(ConsoleDatabase::defaultPath()),
        tr("PATH|URL"));
}

std::optional<TableWriteOptions> Cli::tableWriteOptions(const QCommandLineParser& p, const QString& output, CliIo& io)
{
    if (output.isEmpty()) {
        io.err << tr("Give the file to write with --output.") << Qt::endl;
        return std::nullopt;
    }
    TableWriteOptions options;
    options.databasePath = databasePath(p);
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        options.format = TableWriter::formatForPath(output);
    else if (format == u"csv")
        options.format = TableWriteOptions::Format::Csv;
    else if (format == u"xlsx")
        options.format = TableWriteOptions::Format::Xlsx;
    else {
        io.err << tr("--format takes csv or xlsx.") << Qt::endl;
        return std::nullopt;
    }
    const QString encoding = p.value(QStringLiteral("encoding")).toLower();
    if (encoding == u"gbk" || encoding == u"gb18030")
        options.csvEncoding = TableWriteOptions::CsvEncoding::Gbk;
    else if (encoding == u"utf-8" || encoding == u"utf8")
        options.csvEncoding = TableWriteOptions::CsvEncoding::Utf8;
    else if (!encoding.isEmpty() && encoding != u"utf-8-bom") {
        io.err << tr("--encoding takes utf-8-bom, utf-8 or gbk.") << Qt::endl;
        return std::nullopt;
    }
    return options;
}

void Cli::addTableWriteOptions(QCommandLineParser& parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("format"), tr("csv or xlsx (default: from the file name)."), tr("FORMAT")});
    parser.addOption(
        {QStringLiteral("encoding"), tr("CSV encoding: utf-8-bom (default), utf-8 or gbk."), tr("ENCODING")});
    parser.addOption({QStringLiteral("english-headers"), tr("Name the columns with their English keys.")});
}

QString Cli::databasePath(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("database"));
    return path.isEmpty() ? ConsoleDatabase::defaultPath() : path;
}

QString Cli::existingDatabase(const QCommandLineParser& parser, CliIo& io)
{
    const QString path = databasePath(parser);
    const auto location = db::DatabaseLocation::parse(path);
    if (!location) {
        io.err << location.error().fullText() << Qt::endl;
        return {};
    }
    // A PostgreSQL database that does not exist is said so when it is opened (its server knows).
    if (location->isFile() && !QFileInfo::exists(path)) {
        io.err << tr("The database %1 does not exist: check the path given with --database (sitegovctl migrate "
                     "creates a new one).")
                      .arg(QDir::toNativeSeparators(path))
               << Qt::endl;
        return {};
    }
    return path;
}

std::unique_ptr<Database> Cli::openDatabase(const QCommandLineParser& parser, CliIo& io)
{
    const QString path = existingDatabase(parser, io);
    if (path.isEmpty())
        return nullptr;
    // On PostgreSQL, --as connects as the account's own login role with its password (the database
    // then keeps the account in its place too); without --as as the address's login.
    const QString user = asUser(parser);
    const auto location = db::DatabaseLocation::parse(path);
    auto db = !user.isEmpty() && location && location->isPostgres()
        ? ConsoleDatabase::openAs(path, user, asPassword(io, user), Database::Mode::Migrate)
        : ConsoleDatabase::open(path, Database::Mode::Migrate);
    if (!db) {
        io.err << db.error().fullText() << Qt::endl;
        return nullptr;
    }
    return std::move(db).value();
}

qint64 Cli::numberArgument(const QCommandLineParser& parser, CliIo& io, const QString& missing)
{
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        io.err << missing << Qt::endl;
        return 0;
    }
    return id;
}

bool Cli::eachRow(const QString& databasePath, const ListQuery& query, int sortColumn, CliIo& io,
    const std::function<void(const QVector<QVariant>&)>& row)
{
    constexpr int kPage = 1000;
    for (int offset = 0;; offset += kPage) {
        const auto page = QueryPager::fetch(databasePath, query, sortColumn, Qt::AscendingOrder, kPage, offset);
        if (!page) {
            io.err << page.error().fullText() << Qt::endl;
            return false;
        }
        for (const QVector<QVariant>& r : page->rows)
            row(r);
        if (page->atEnd)
            return true;
    }
}

Session Cli::commandLineActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QStringLiteral("unknown")));
    return Session::system(QStringLiteral("sitegovctl:%1").arg(user));
}

std::optional<TableReadOptions> Cli::tableReadOptions(const QCommandLineParser& parser, CliIo& io)
{
    TableReadOptions options;
    options.databasePath = databasePath(parser);
    const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
    if (encoding == u"utf-8" || encoding == u"utf8")
        options.encoding = TableReadOptions::Encoding::Utf8;
    else if (encoding == u"gbk" || encoding == u"gb18030")
        options.encoding = TableReadOptions::Encoding::Gbk;
    else if (!encoding.isEmpty() && encoding != u"auto") {
        io.err << tr("--encoding takes auto, utf-8 or gbk.") << Qt::endl;
        return std::nullopt;
    }
    return options;
}

std::optional<QString> Cli::oneFileArgument(const QCommandLineParser& parser, CliIo& io)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        io.err << tr("Give the one file to import.") << Qt::endl;
        return std::nullopt;
    }
    return args.constFirst();
}

std::optional<TableData> Cli::readTable(const QCommandLineParser& parser, CliIo& io, const QString& file, int& exitCode)
{
    const auto options = tableReadOptions(parser, io);
    if (!options) {
        exitCode = 2;
        return std::nullopt;
    }
    auto table = TableReader::read(file, *options);
    if (!table) {
        io.err << table.error().fullText() << Qt::endl;
        exitCode = 1;
        return std::nullopt;
    }
    return std::move(*table);
}

QString Cli::tableFormat(const TableData& table)
{
    return table.format == u"CSV" ? QStringLiteral("CSV, %1").arg(table.encoding) : table.format;
}

void Cli::printIssues(CliIo& io, const QList<ImportIssue>& issues)
{
    for (const ImportIssue& issue : issues) {
        QTextStream& s = issue.error ? io.err : io.out;
        s << (issue.error ? tr("line %1: error: %2") : tr("line %1: warning: %2")).arg(issue.line).arg(issue.message)
          << Qt::endl;
    }
}

QCommandLineOption Cli::goodRowsOption()
{
    return QCommandLineOption({QStringLiteral("good-rows-only"), QStringLiteral("good-only")},
        tr("Import the good rows even if some rows have errors."));
}

void Cli::nothingImported(CliIo& io, int failed, int rows, int good)
{
    if (good == 0)
        io.err << tr("Nothing was imported: all %1 rows have errors.").arg(rows) << Qt::endl;
    else
        io.err << tr("Nothing was imported: %1 of %2 rows have errors. Fix them, or use --good-rows-only to import the "
                     "%3 good rows.")
                      .arg(failed)
                      .arg(rows)
                      .arg(good)
               << Qt::endl;
}

std::optional<Cli::ActingOn> Cli::actingOn(
    const QCommandLineParser& parser, CliIo& io, const QString& missing, int& exitCode)
{
    exitCode = 2;
    const qint64 id = numberArgument(parser, io, missing);
    if (id == 0)
        return std::nullopt;
    exitCode = 1;
    auto a = acting(parser, io);
    if (!a)
        return std::nullopt;
    return ActingOn{std::move(*a), id};
}

std::optional<Cli::OfficeDatabase> Cli::openForOrg(const QCommandLineParser& parser, CliIo& io)
{
    auto db = openDatabase(parser, io);
    if (!db)
        return std::nullopt;
    const qint64 orgId = findUnit(*db, parser.value(QStringLiteral("org")), io);
    if (orgId == 0)
        return std::nullopt;
    return OfficeDatabase{std::move(db), orgId};
}

qint64 Cli::unitOption(const QCommandLineParser& parser, CliIo& io, Database& database, const QString& name)
{
    if (!parser.isSet(name))
        return 0;
    const qint64 id = findUnit(database, parser.value(name), io);
    return id == 0 ? -1 : id;
}

qint64 Cli::findUnit(Database& database, const QString& text, CliIo& io)
{
    RegistryQueries queries(database.connection());
    const auto units = queries.unitsMatching(text);
    if (!units) {
        io.err << units.error().fullText() << Qt::endl;
        return 0;
    }
    if (units->isEmpty()) {
        io.err
            << tr("No unit \"%1\": give its number, its 6-digit division code or its exact name.").arg(text.trimmed())
            << Qt::endl;
        return 0;
    }
    if (units->size() == 1)
        return units->constFirst().id;
    // Two units of one name (two towns' 城关镇): say so rather than pick one.
    io.err << tr("More than one unit is named \"%1\": give the number of the one you mean.").arg(text.trimmed())
           << Qt::endl;
    OrganisationRepository orgs(database.connection());
    for (const Organisation& o : *units) {
        const auto parent = o.parentId != 0 ? orgs.byId(o.parentId) : Result<Organisation>(Organisation{});
        io.err << QStringLiteral("  %1\t%2 (%3)").arg(o.id).arg(o.name, o.divisionCode);
        if (parent && !parent->name.isEmpty())
            io.err << u'\t' << tr("under %1").arg(parent->name);
        io.err << Qt::endl;
    }
    return 0;
}

qint64 Cli::findSite(Database& database, const QString& text, CliIo& io)
{
    SiteRepository sites(database.connection());
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    // A site code is all digits too: a code first, then a number.
    if (const auto byCode = sites.byCode(text.trimmed()))
        return byCode->id;
    if (isNumber && id > 0) {
        if (const auto byId = sites.byId(id))
            return byId->id;
    }
    io.err << tr("No site \"%1\": give its number or its identifier code.").arg(text.trimmed()) << Qt::endl;
    return 0;
}

std::optional<Period> Cli::monthOption(const QCommandLineParser& parser, CliIo& io)
{
    const QString text = parser.value(QStringLiteral("month")).trimmed();
    if (text.isEmpty())
        return Period::monthOf(OfficeClock::today());
    const auto m = Period::parse(text);
    if (!m || m->kind() != Period::Kind::Month) {
        io.err << tr("\"%1\" is not a month: write it as 2026-11.").arg(text) << Qt::endl;
        return std::nullopt;
    }
    return *m;
}

std::optional<Period> Cli::officeMonthOptions(const QCommandLineParser& parser, CliIo& io, const QString& withoutOrg)
{
    const auto m = monthOption(parser, io);
    if (!m)
        return std::nullopt;
    if (!parser.isSet(QStringLiteral("org"))) {
        io.err << withoutOrg << Qt::endl;
        return std::nullopt;
    }
    return m;
}

std::optional<QDate> Cli::dateOption(const QCommandLineParser& parser, CliIo& io, const QString& name)
{
    const QString text = parser.value(name).trimmed();
    if (text.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        io.err << tr("--%1 takes a date such as 2026-11-28.").arg(name) << Qt::endl;
        return std::nullopt;
    }
    return d;
}

int Cli::overview(CliIo& io, int exitCode) const
{
    QTextStream& s = exitCode == 0 ? io.out : io.err;
    s << tr("Usage: sitegovctl [--lang zh_CN|en] [--wait SECONDS] COMMAND [OPTIONS]") << Qt::endl << Qt::endl;
    s << tr("The command line of SiteGov, over the same database as the console.") << Qt::endl << Qt::endl;
    s << tr("Commands:") << Qt::endl;
    int width = 0;
    for (const Command& c : m_commands)
        width = std::max(width, int(c.name.size()));
    for (const Command& c : m_commands)
        s << QStringLiteral("  ") << c.name.leftJustified(width + 2) << c.summary << Qt::endl;
    s << Qt::endl << tr("Run \"sitegovctl COMMAND --help\" for the options of a command.") << Qt::endl;
    s << tr("Global options: --help, --version, --lang zh_CN|en, --wait SECONDS (how long a command waits for "
            "another program writing to the database; default %1).")
             .arg(DatabaseWait::kDefaultLimitMs / 1000)
      << Qt::endl;
    s.flush();
    return exitCode;
}

int Cli::run(const QStringList& arguments, CliIo& io)
{
    QStringList args = arguments.mid(1);
    DatabaseWait::setLimit(DatabaseWait::kDefaultLimitMs);
    // A command that waits for another program writing to the database says so, once per wait.
    qint64 lastWaited = -1;
    DatabaseWait::setObserver([&io, &lastWaited](const DatabaseWait::Progress& progress) {
        if (lastWaited < 0 || progress.waitedMs <= lastWaited)
            io.err << DatabaseWait::waitingText(progress) << Qt::endl;
        lastWaited = progress.waitedMs;
    });
    const struct ObserverReset
    {
        ~ObserverReset() { DatabaseWait::setObserver({}); }
    } observerReset;
    // Global options before the command.
    while (!args.isEmpty() && args.constFirst().startsWith(u'-')) {
        const QString a = args.takeFirst();
        if (a == u"--wait" || a.startsWith(QLatin1String("--wait="))) {
            const QString value
                = a.contains(u'=') ? a.section(u'=', 1) : (args.isEmpty() ? QString() : args.takeFirst());
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0 || seconds > 86400) {
                io.err << tr("--wait takes a number of seconds from 0 to 86400.") << Qt::endl;
                return 2;
            }
            DatabaseWait::setLimit(seconds * 1000);
            continue;
        }
        if (a == u"--version" || a == u"-v") {
            io.out << BuildInfo::versionLine(QStringLiteral("sitegovctl")) << Qt::endl;
            return 0;
        }
        if (a == u"--help" || a == u"-h")
            return overview(io, 0);
        if (a == u"--lang" || a.startsWith(QLatin1String("--lang="))) {
            const QString value
                = a.contains(u'=') ? a.section(u'=', 1) : (args.isEmpty() ? QString() : args.takeFirst());
            if (Language::normalise(value).isEmpty()) {
                io.err << tr("Unknown language \"%1\": use zh_CN or en.").arg(value) << Qt::endl;
                return 2;
            }
            Language::install(value);
            continue;
        }
        io.err << tr("Unknown option %1.").arg(a) << Qt::endl;
        return overview(io, 2);
    }
    if (args.isEmpty())
        return overview(io, 2);

    // Longest command name that matches the leading words ("user add" before "user").
    const Command* match = nullptr;
    int matchWords = 0;
    for (const Command& c : m_commands) {
        const QStringList words = c.name.split(u' ');
        if (words.size() > args.size() || words.size() <= matchWords)
            continue;
        if (std::equal(words.cbegin(), words.cend(), args.cbegin())) {
            match = &c;
            matchWords = int(words.size());
        }
    }
    if (!match) {
        // A group name alone ("user") lists its subcommands.
        QStringList group;
        for (const Command& c : m_commands) {
            if (c.name.startsWith(args.constFirst() + u' '))
                group << c.name;
        }
        if (!group.isEmpty()) {
            io.err << tr("\"%1\" needs a subcommand: %2").arg(args.constFirst(), group.join(QStringLiteral(", ")))
                   << Qt::endl;
            return 2;
        }
        io.err << tr("Unknown command \"%1\".").arg(args.constFirst()) << Qt::endl << Qt::endl;
        return overview(io, 2);
    }

    QCommandLineParser parser;
    const QString permissions = permissionText(match->permissions);
    parser.setApplicationDescription(match->summary + QStringLiteral("\n\n") + permissions);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (match->declare)
        match->declare(parser);
    QStringList parseArgs{QStringLiteral("sitegovctl ") + match->name};
    parseArgs << args.mid(matchWords);
    if (!parser.parse(parseArgs)) {
        io.err << parser.errorText() << Qt::endl;
        io.err << tr("Run \"sitegovctl %1 --help\" for its options.").arg(match->name) << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser prints the program name from the first argument: make it the command.
        io.out << text << Qt::endl;
        return 0;
    }
    const int rc = match->run(parser, io);
    io.out.flush();
    io.err.flush();
    return rc;
}

} // namespace sitegov
