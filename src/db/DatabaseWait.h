#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
class QSqlDatabase;
class QSqlDriver;
class QSqlError;

namespace sitegov {

// Waiting for another program that is writing to the database.
//
// SQLite lets one connection write to a database at a time; in WAL mode readers never wait for it.
// Every connection SiteGov opens waits for a lock it cannot get at once for up to limit() (30 s
// unless a program changes it: sitegovctl --wait), and tells the observer once it has waited a
// second and then about every second, so that the program shows that it is waiting (the console in
// its status bar, sitegovctl with a line on stderr). When the wait is given up the statement fails
// with SQLITE_BUSY, and busyError() turns that into a message that names the program holding the
// database when that can be found (on Linux: the POSIX lock on the WAL's write-lock byte of the
// -shm file, listed in /proc/locks with the holder's process id).
class DatabaseWait final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseWait)

public:
    static constexpr int kDefaultLimitMs = 30000;

    struct Holder
    {
        qint64 pid = 0;
        QString program; // as the system names the process ("sitegovctl"); empty when unknown
        bool isThisProgram = false;
    };

    struct Progress
    {
        QString databasePath;
        qint64 waitedMs = 0;
        std::optional<Holder> holder;
    };
    using Observer = std::function<void(const Progress&)>;

    // One observer per process (called on the thread that waits); an empty function removes it.
    static void setObserver(Observer observer);
    static void setLimit(int milliseconds);
    static int limit();

    // The waiting state of one connection. Whoever owns the connection owns its Handler and keeps it
    // until the connection is closed.
    struct Handler
    {
        QString databasePath;
        QElapsedTimer waiting;
        qint64 reportedAt = -1;
    };
    static std::unique_ptr<Handler> install(sqlite3* handle, const QString& databasePath);
    static std::unique_ptr<Handler> install(const QSqlDatabase& db);

    // The SQLite handle of a QSQLITE connection; nullptr for another driver.
    static sqlite3* handleOf(const QSqlDatabase& db);
    static sqlite3* handleOf(const QSqlDriver* driver);

    // The process that holds the write lock of the database at `databasePath`, when it can be found.
    static std::optional<Holder> writer(const QString& databasePath);

    // True when a statement failed because another connection holds the database.
    static bool isBusy(const QSqlError& error);
    static bool isBusyCode(int sqliteCode);
    // "Another program (sitegovctl, process 4711) is writing to the database; nothing was changed.
    // Try again when it has finished." The driver's text goes into the detail.
    static Error busyError(const QString& databasePath, const QString& detail);
    static Error busyError(const QSqlDriver* driver, const QString& detail);
    // "Waiting for another program (sitegov, process 812) to finish writing to the database…"
    static QString waitingText(const Progress& progress);
};

} // namespace sitegov
