#pragma once

#include "gui/AppContext.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTimer;

namespace sitegov {

class Database;
class MainWindow;

// Owns the open database, the logged-in session and the main window. Switching the language, the
// user or the database rebuilds the window in place (same geometry, same page where it still
// exists), so that every string, model and permission is fresh. Runs the daily automatic backup.
class AppController final : public QObject
{
    Q_OBJECT

public:
    AppController(std::unique_ptr<Database> database, Session session, QObject* parent = nullptr);
    ~AppController() override;

    MainWindow* window() const { return m_window; }
    Database* database() const { return m_database.get(); }
    const Session& session() const { return m_context.session; }

    void setLanguage(const QString& code); // installs, remembers, rebuilds
    // Each of the next three asks about unsaved work (MainWindow::confirmLeave()) and changes
    // nothing when the user stays; so does setLanguage() when the language changes.
    // Opens `path`, asks who logs in there, asks about unsaved work, and rebuilds the window on it at
    // the next event-loop turn. On failure or cancel the current database and session stay.
    bool switchDatabase(const QString& path, bool create);
    // Asks for another login; the current session stays if it is cancelled.
    bool switchUser();
    // Logs out: asks about unsaved work (unless told not to), hides the window and asks for a login;
    // quits if the login is cancelled. False when the user stayed (the unsaved-work question).
    bool logout(bool askAboutUnsavedWork = true);
    // Switches to another session on the same database (after a login dialog, or in tests).
    void setSession(const Session& session);

    // Runs the automatic backup now if the database's policy asks for one today.
    void runAutomaticBackup();

    // The login for a database: the first-administrator form on a database without accounts,
    // otherwise the login dialog. Empty when cancelled.
    // `connectedPath`, when given, receives where the session's connections go: the database's path,
    // or on PostgreSQL the address of the account's own login role (LoginDialog::connectedPath).
    static std::optional<Session> askLogin(
        Database& database, QWidget* parent, const QString& username = {}, QString* connectedPath = nullptr);
    // PostgreSQL, where the login is the connection: no database is open before it.
    static std::optional<Session> askLoginAt(
        const QString& path, QWidget* parent, const QString& username, QString* connectedPath);

Q_SIGNALS:
    void windowRebuilt(sitegov::MainWindow* window);
    void automaticBackupDone(const QString& file, const QString& error);

private:
    void buildWindow();
    // PostgreSQL: after a login as another account, its own connection becomes the next window's
    // database (m_pendingDatabase). Nothing to do when `connectedPath` is the open database's.
    bool reopenAs(const QString& connectedPath, QWidget* parent);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Database> m_pendingDatabase; // opened, taken over at the next rebuild
    std::optional<Session> m_pendingSession;
    AppContext m_context;
    QPointer<MainWindow> m_window;
    QTimer* m_backupTimer;
};

} // namespace sitegov
