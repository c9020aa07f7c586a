#include "gui/AppController.h"

#include "core/Language.h"
#include "core/OfficeClock.h"
#include "db/DatabaseLocation.h"
#include "gui/MainWindow.h"
#include "gui/accounts/FirstAdministratorDialog.h"
#include "gui/accounts/LoginDialog.h"
#include "gui/common/Background.h"
#include "gui/common/MessageBox.h"
#include "gui/common/Page.h"
#include "storage/AccountService.h"
#include "storage/AppSettings.h"
#include "storage/BackupService.h"
#include "storage/ConsoleDatabase.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

namespace sitegov {

AppController::AppController(std::unique_ptr<Database> database, Session session, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_backupTimer(new QTimer(this))
{
    m_context.database = m_database.get();
    m_context.session = std::move(session);
    buildWindow();
    // The automatic backup looks once shortly after the start, then every hour.
    m_backupTimer->setInterval(60 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &AppController::runAutomaticBackup);
    m_backupTimer->start();
    QTimer::singleShot(30 * 1000, this, &AppController::runAutomaticBackup);
}

AppController::~AppController()
{
    delete m_window;
}

std::optional<Session> AppController::askLoginAt(
    const QString& path, QWidget* parent, const QString& username, QString* connectedPath)
{
    LoginDialog dialog(path, parent);
    if (!username.isEmpty())
        dialog.setUsername(username);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (connectedPath)
        *connectedPath = dialog.connectedPath();
    return dialog.session();
}

std::optional<Session> AppController::askLogin(
    Database& database, QWidget* parent, const QString& username, QString* connectedPath)
{
    if (connectedPath)
        *connectedPath = database.path();
    // On PostgreSQL the first administrator is made with sitegovctl (docs/deployment.md): a console
    // connects only as an account's login.
    if (database.isPostgres())
        return askLoginAt(database.path(), parent, username, connectedPath);
    const auto any = AccountService(database.connection()).hasAccounts();
    if (!any) {
        MessageBox::critical(parent, QStringLiteral("SiteGov"), any.error().fullText());
        return std::nullopt;
    }
    if (!*any) {
        FirstAdministratorDialog dialog(database, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.session();
    }
    LoginDialog dialog(database.path(), parent);
    if (!username.isEmpty())
        dialog.setUsername(username);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

void AppController::buildWindow()
{
    // Never called from inside the old window's own call stack (see the deferred callers below),
    // so the old window can go at once, before the database it used.
    QString page;
    QRect geometry;
    bool visible = false;
    const bool sameUser = !m_pendingSession && !m_pendingDatabase;
    if (m_window) {
        page = m_window->currentPage() ? m_window->currentPage()->pageId() : QString();
        geometry = m_window->geometry();
        visible = m_window->isVisible();
        delete m_window;
    }
    if (m_pendingDatabase) {
        m_database = std::move(m_pendingDatabase);
        m_context.database = m_database.get();
    }
    if (m_pendingSession) {
        m_context.session = *m_pendingSession;
        m_pendingSession.reset();
    }
    m_window = new MainWindow(m_context);
    connect(m_window, &MainWindow::languageChangeRequested, this, &AppController::setLanguage);
    connect(m_window, &MainWindow::databaseChangeRequested, this,
        [this](const QString& path, bool create) { switchDatabase(path, create); });
    connect(m_window, &MainWindow::logoutRequested, this, [this] {
        // Unsaved work first, while the window is still there to ask over.
        if (m_window && m_window->confirmLeave(tr("Log out")))
            QTimer::singleShot(0, this, [this] { logout(false); });
    });
    connect(m_window, &MainWindow::switchUserRequested, this, [this] { switchUser(); });
    // The restore asked about unsaved work before it replaced the data.
    connect(m_window, &MainWindow::databaseRestored, this, [this] { QTimer::singleShot(0, this, [this] { logout(false); }); });
    // The same person keeps their page (a language switch); a new login starts on its role's page.
    if (sameUser && !page.isEmpty())
        m_window->showPage(page);
    if (geometry.isValid())
        m_window->setGeometry(geometry);
    if (visible)
        m_window->show();
    Q_EMIT windowRebuilt(m_window);
}

void AppController::setLanguage(const QString& code)
{
    // The window is made again in the new language: unsaved work first.
    if (m_window && code != Language::current() && !m_window->confirmLeave(tr("Change the language")))
        return;
    if (!Language::install(code))
        return;
    QSettings().setValue(QStringLiteral("ui/language"), Language::current());
    // Rebuild after the current event: the combo box that asked lives in the old window.
    QTimer::singleShot(0, this, &AppController::buildWindow);
}

void AppController::setSession(const Session& session)
{
    m_pendingSession = session;
    QTimer::singleShot(0, this, &AppController::buildWindow);
}

bool AppController::switchDatabase(const QString& path, bool create)
{
    Q_UNUSED(create); // opening a path that does not exist creates it; the window checked the name
    const auto location = db::DatabaseLocation::parse(path);
    const bool postgres = location && location->isPostgres();
    std::optional<Session> session;
    QString connected;
    if (postgres) {
        // The login is the connection (the account's own database role): nothing opens before it.
        session = askLoginAt(path, m_window, location->user(), &connected);
        if (!session)
            return false;
    }
    auto opened = ConsoleDatabase::open(postgres ? connected : path, Database::Mode::Migrate);
    if (!opened) {
        MessageBox::warning(m_window, tr("Open database"), opened.error().message, opened.error().detail);
        return false;
    }
    if (!postgres)
        session = askLogin(**opened, m_window);
    if (!session)
        return false;
    // The new database is open and someone logged in: the old window's unsaved work goes now.
    if (m_window && !m_window->confirmLeave(tr("Open another database")))
        return false;
    m_pendingDatabase = std::move(opened).value();
    m_pendingSession = *session;
    // The address as the user gave it (on PostgreSQL not the login role's).
    QSettings().setValue(QStringLiteral("database/last"), postgres ? location->toString() : m_pendingDatabase->path());
    QTimer::singleShot(0, this, &AppController::buildWindow);
    return true;
}

bool AppController::reopenAs(const QString& connectedPath, QWidget* parent)
{
    if (connectedPath.isEmpty() || connectedPath == m_database->path())
        return true;
    // PostgreSQL: another account is another login role, and so another connection.
    auto opened = ConsoleDatabase::open(connectedPath, Database::Mode::RequireCurrent);
    if (!opened) {
        MessageBox::warning(parent, QStringLiteral("SiteGov"), opened.error().message, opened.error().detail);
        return false;
    }
    m_pendingDatabase = std::move(opened).value();
    return true;
}

bool AppController::switchUser()
{
    QString connected;
    const auto session = askLogin(*m_database, m_window, {}, &connected);
    if (!session)
        return false;
    if (m_window && !m_window->confirmLeave(tr("Switch user")))
        return false;
    if (!reopenAs(connected, m_window))
        return false;
    setSession(*session);
    return true;
}

bool AppController::logout(bool askAboutUnsavedWork)
{
    if (askAboutUnsavedWork && m_window && !m_window->confirmLeave(tr("Log out")))
        return false;
    if (m_window)
        m_window->hide();
    QString connected;
    const auto session = askLogin(*m_database, nullptr, {}, &connected);
    if (!session || !reopenAs(connected, nullptr)) {
        QApplication::quit();
        return true;
    }
    m_pendingSession = *session;
    buildWindow();
    m_window->show();
    return true;
}

void AppController::runAutomaticBackup()
{
    const auto policy = AppSettings(m_database->connection()).backupPolicy();
    if (!policy.enabled || policy.folder.isEmpty())
        return;
    runInBackground(
        this,
        [path = m_database->path(), policy]() -> std::pair<QString, QString> {
            const auto written = BackupService::dailyBackup(path, policy.folder, policy.keep, OfficeClock::today());
            return written ? std::pair{*written, QString()} : std::pair{QString(), written.error().fullText()};
        },
        [this](const std::pair<QString, QString>& result) { Q_EMIT automaticBackupDone(result.first, result.second); });
}

} // namespace sitegov
