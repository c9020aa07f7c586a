#include "core/BuildInfo.h"
#include "core/Language.h"
#include "gui/AppController.h"
#include "gui/common/DatabaseWaitNotice.h"
#include "gui/MainWindow.h"
#include "gui/PageRegistry.h"
#include "gui/Screenshot.h"
#include "gui/common/Background.h"
#include "gui/common/MessageBox.h"
#include "gui/common/Page.h"
#include "gui/common/ConsoleStyle.h"
#include "gui/scores/BackendSettings.h"
#include "storage/AccountService.h"
#include "db/DatabaseLocation.h"
#include "storage/ConsoleDatabase.h"
#include "storage/ScoreCache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace sitegov;

namespace {

int fail(bool interactive, const QString& message, const QString& detail = {})
{
    std::fprintf(stderr, "sitegov: %s\n", qPrintable(detail.isEmpty() ? message : message + u'\n' + detail));
    if (interactive)
        MessageBox::critical(nullptr, QStringLiteral("SiteGov"), message, detail);
    return 1;
}

// Options that need no window: answered with a QCoreApplication, so that --version, --help and
// --list-pages work without a display (a server, a package check, a terminal over SSH, a script).
bool wantsTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h" || a == "--help-all" || a == "--list-pages")
            return true;
    }
    return false;
}

QString requestedLanguage(const QStringList& args)
{
    QString lang;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    return lang;
}

struct Options
{
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Print the version and build, then exit.")};
    QCommandLineOption database{{QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("main", "Open this database: a file, or a PostgreSQL database as "
                                            "postgresql://USER@HOST[:PORT]/DATABASE (default: %1).")
            .arg(ConsoleDatabase::defaultPath()),
        QCoreApplication::translate("main", "PATH")};
    QCommandLineOption lang{QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: zh_CN or en."),
        QStringLiteral("zh_CN|en")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window into FILE after loading, then exit."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption page{QStringLiteral("page"),
        QCoreApplication::translate("main", "Open this page: %1; NAME/TAB opens one of its tabs (inspections/coverage).")
            .arg(PageRegistry::ids().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "NAME")};
    QCommandLineOption listPages{QStringLiteral("list-pages"),
        QCoreApplication::translate("main", "Print the pages --page opens, one per line, each with the roles that see "
                                            "it (\"all\", or role names separated by commas), then exit. With --role, "
                                            "only the names of the pages that role sees.")};
    QCommandLineOption role{QStringLiteral("role"),
        QCoreApplication::translate("main", "With --list-pages: only the pages an account with ROLE sees (%1).")
            .arg(QStringList{QStringLiteral("administrator"), QStringLiteral("director"), QStringLiteral("approver"),
                QStringLiteral("inspector")}
                     .join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "ROLE")};
    QCommandLineOption size{QStringLiteral("size"),
        QCoreApplication::translate("main", "Window size, for example 1366x768."), QStringLiteral("WxH")};
    QCommandLineOption backend{QStringLiteral("backend"),
        QCoreApplication::translate("main", "Use the assessment backend at URL for this run (token in the "
                                            "SITEGOV_BACKEND_TOKEN environment variable), without saving it."),
        QCoreApplication::translate("main", "URL")};
    QCommandLineOption visitAll{QStringLiteral("visit-all-pages"),
        QCoreApplication::translate("main", "With --screenshot: open every page in turn first (for measurements).")};
    QCommandLineOption user{QStringLiteral("user"),
        QCoreApplication::translate("main", "Log in as NAME with the password in the SITEGOV_PASSWORD environment "
                                            "variable, without the login dialog."),
        QCoreApplication::translate("main", "NAME")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "SiteGov: the government website governance console."));
        parser.addHelpOption();
        for (const QCommandLineOption* o :
            {&version, &database, &lang, &screenshot, &page, &listPages, &role, &size, &user, &backend, &visitAll})
            parser.addOption(*o);
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SiteGov"));
    QCoreApplication::setApplicationName(QStringLiteral("sitegov"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
}

// Language: --lang, else the saved choice, else the system's.
bool installLanguage(const QStringList& args)
{
    QString lang = requestedLanguage(args);
    if (!lang.isEmpty() && Language::normalise(lang).isEmpty()) {
        std::fprintf(stderr, "sitegov: unknown language \"%s\": use zh_CN or en\n", qPrintable(lang));
        return false;
    }
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("ui/language")).toString();
    if (Language::normalise(lang).isEmpty())
        lang = Language::systemDefault();
    Language::install(lang);
    return true;
}

int textOnly(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    if (!installLanguage(QCoreApplication::arguments()))
        return 2;
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // prints help and exits for --help
    if (parser.isSet(options.version))
        std::printf("%s\n", qPrintable(BuildInfo::versionLine(QStringLiteral("sitegov"))));
    if (parser.isSet(options.listPages)) {
        if (parser.isSet(options.role)) {
            const auto role = Permissions::role(parser.value(options.role).trimmed().toLower());
            if (!role) {
                std::fprintf(stderr, "sitegov: unknown role \"%s\": use administrator, director, approver or inspector\n",
                    qPrintable(parser.value(options.role)));
                return 2;
            }
            for (const QString& id : PageRegistry::idsFor(*role))
                std::printf("%s\n", qPrintable(id));
            return 0;
        }
        // Each page with who sees it: not every account sees every page (the audit trail).
        for (const PageEntry& e : PageRegistry::entries()) {
            const QList<Role> roles = PageRegistry::rolesFor(e);
            const QString who = roles.size() == Permissions::allRoles().size() ? QStringLiteral("all")
                                                                              : Permissions::keys(roles);
            std::printf("%s\t%s\n", qPrintable(e.id), qPrintable(who));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsTextOnly(argc, argv))
        return textOnly(argc, argv);

    QApplication app(argc, argv);
    QApplication::setStyle(new ConsoleStyle); // sort arrows that point the way the rows run, a focus one sees
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("SiteGov"));
    QApplication::setDesktopFileName(QStringLiteral("org.sitegov.SiteGov"));
    if (!installLanguage(QApplication::arguments()))
        return 2;

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    const bool screenshot = parser.isSet(options.screenshot);
    const bool interactive = !screenshot;

    QSize size;
    if (parser.isSet(options.size)) {
        static const QRegularExpression re(QStringLiteral(R"(^(\d{2,5})[xX](\d{2,5})$)"));
        const auto m = re.match(parser.value(options.size));
        if (!m.hasMatch())
            return fail(false, QApplication::translate("main", "--size takes WIDTHxHEIGHT, for example 1366x768."));
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }

    // While another program writes to the database, a write here waits and says so on screen.
    const DatabaseWaitNotice waitNotice;

    QSettings settings;
    QString path = parser.value(options.database);
    if (path.isEmpty()) {
        const QString last = settings.value(QStringLiteral("database/last")).toString();
        path = !last.isEmpty() && (db::DatabaseLocation::looksLikeUrl(last) || QFileInfo::exists(last))
            ? last
            : ConsoleDatabase::defaultPath();
    }
    // The backend for this run only: --backend, or SITEGOV_BACKEND (the demo script sets both). Its
    // scores go into a score cache of this run's own, beside no database (ScoreCache::useRunStore):
    // the cache every console on the database shares stays as it was.
    const QString backendUrl = parser.isSet(options.backend) ? parser.value(options.backend)
                                                              : qEnvironmentVariable("SITEGOV_BACKEND");
    QTemporaryDir runScores;
    if (!backendUrl.trimmed().isEmpty()) {
        if (!runScores.isValid())
            return fail(interactive, QApplication::translate("main", "No temporary folder can be created for the "
                                                                     "scores of this run's backend."),
                runScores.errorString());
        ScoreCache::useRunStore(runScores.filePath(QStringLiteral("run-scores.db")));
    }
    // On PostgreSQL the login is the connection: each account connects as its own database role
    // (docs/design/postgresql.md, "Accounts are database roles"), so nothing opens before it, and the
    // address's user name is the account's, offered in the login dialog.
    const auto location = db::DatabaseLocation::parse(path);
    const bool postgres = location && location->isPostgres();
    Result<std::unique_ptr<Database>> database = Error{};
    Session session;
    if (postgres) {
        QString connected;
        if (parser.isSet(options.user)) {
            if (!qEnvironmentVariableIsSet("SITEGOV_PASSWORD"))
                return fail(false, QApplication::translate("main", "--user needs the password in the SITEGOV_PASSWORD "
                                                                   "environment variable."));
            auto opened = ConsoleDatabase::openAs(
                path, parser.value(options.user), qEnvironmentVariable("SITEGOV_PASSWORD"), Database::Mode::Migrate);
            const auto login = opened ? AccountService((*opened)->connection()).startSession(parser.value(options.user))
                                      : Result<Session>(opened.error());
            if (!login)
                return fail(false, QApplication::translate("main", "Login as %1 failed: %2")
                                       .arg(parser.value(options.user), login.error().message));
            session = *login;
            database = std::move(opened);
        } else if (screenshot) {
            return fail(false, QApplication::translate("main", "--screenshot needs --user NAME (with the password in "
                                                               "SITEGOV_PASSWORD) to log in without a dialog."));
        } else {
            const auto chosen = AppController::askLoginAt(path, nullptr, location->user(), &connected);
            if (!chosen)
                return 0;
            session = *chosen;
            database = ConsoleDatabase::open(connected, Database::Mode::RequireCurrent);
            if (!database)
                return fail(interactive, database.error().message, database.error().detail);
        }
    } else {
        database = ConsoleDatabase::open(path, Database::Mode::Migrate);
        if (!database)
            return fail(interactive, database.error().message, database.error().detail);
    }

    // Who logs in: --user with SITEGOV_PASSWORD for scripts, otherwise the login dialog (or, on a
    // database without accounts, the form for the first administrator).
    if (postgres) {
        // Logged in above.
    } else if (parser.isSet(options.user)) {
        if (!qEnvironmentVariableIsSet("SITEGOV_PASSWORD"))
            return fail(false, QApplication::translate("main", "--user needs the password in the SITEGOV_PASSWORD "
                                                               "environment variable."));
        const auto login = AccountService((*database)->connection())
                               .authenticate(parser.value(options.user), qEnvironmentVariable("SITEGOV_PASSWORD"));
        if (!login)
            return fail(false, QApplication::translate("main", "Login as %1 failed: %2")
                                   .arg(parser.value(options.user), login.error().message));
        session = *login;
    } else if (screenshot) {
        return fail(false, QApplication::translate("main", "--screenshot needs --user NAME (with the password in "
                                                           "SITEGOV_PASSWORD) to log in without a dialog."));
    } else {
        const auto chosen = AppController::askLogin(**database, nullptr);
        if (!chosen)
            return 0;
        session = *chosen;
    }

    if (!backendUrl.trimmed().isEmpty())
        BackendSettings::setCommandLineOverride(backendUrl, qgetenv("SITEGOV_BACKEND_TOKEN"));

    // Whatever way main() ends, background jobs finish and their threads end before the program's
    // statics go (declared before the controller, so this runs after the window is gone).
    const struct BackgroundWork
    {
        ~BackgroundWork() { shutDownBackgroundWork(); }
    } backgroundWork;
    AppController controller(std::move(database).value(), session);
    MainWindow* window = controller.window();
    // NAME or NAME/TAB (a tab of the page: inspections/coverage).
    const QStringList pagePath = parser.value(options.page).trimmed().toLower().split(QLatin1Char('/'));
    QVariantMap pageArguments;
    if (pagePath.size() > 1)
        pageArguments.insert(QStringLiteral("tab"), pagePath.at(1));
    if (parser.isSet(options.page) && !window->showPage(pagePath.constFirst(), pageArguments)) {
        return fail(false,
            QApplication::translate("main", "Unknown page \"%1\", or not open to %2: use one of %3.")
                .arg(parser.value(options.page), session.username, PageRegistry::ids().join(QStringLiteral(", "))));
    }
    if (size.isValid())
        window->resize(size);
    window->show();

    if (screenshot) {
        if (parser.isSet(options.visitAll)) {
            const QString last = window->currentPage() ? window->currentPage()->pageId() : QString();
            for (Page* p : window->pages()) {
                window->showPage(p->pageId());
                waitUntilLoaded(window);
            }
            window->showPage(last);
        }
        const Status s = captureWindow(window, parser.value(options.screenshot));
        if (!s)
            return fail(false, s.error().message, s.error().detail);
        return 0;
    }
    return QApplication::exec();
}
