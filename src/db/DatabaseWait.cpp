#include "db/DatabaseWait.h"

#include "db/Dialect.h"

#include <QFile>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <limits>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace sitegov {

namespace {

std::atomic<int> s_limit{DatabaseWait::kDefaultLimitMs};

// Never destroyed, like the other per-process tables: a connection may wait during static teardown.
struct ObserverSlot
{
    QMutex mutex;
    DatabaseWait::Observer observer;
};

ObserverSlot& observerSlot()
{
    static auto* slot = new ObserverSlot;
    return *slot;
}

// Byte 120 of the -shm file is the WAL's write lock (SQLite's WALINDEX_LOCK_OFFSET + WAL_WRITE_LOCK).
constexpr qint64 kWalWriteLockByte = 120;

int busyCallback(void* context, int count)
{
    auto* handler = static_cast<DatabaseWait::Handler*>(context);
    if (count == 0 || !handler->waiting.isValid()) {
        handler->waiting.start();
        handler->reportedAt = -1;
    }
    const qint64 waited = handler->waiting.elapsed();
    const int limit = DatabaseWait::limit();
    // Reported after a second, then every second; and, should a busy machine have slept past the
    // first report, once when giving up, so that a wait of a second or more is always told.
    const bool givingUp = waited >= limit;
    if (waited >= 1000 && (handler->reportedAt < 0 || (!givingUp && waited - handler->reportedAt >= 1000))) {
        handler->reportedAt = waited;
        DatabaseWait::Observer observer;
        {
            ObserverSlot& slot = observerSlot();
            const QMutexLocker lock(&slot.mutex);
            observer = slot.observer;
        }
        if (observer)
            observer(DatabaseWait::Progress{handler->databasePath, waited, DatabaseWait::writer(handler->databasePath)});
    }
    if (givingUp)
        return 0;
    // Short pauses first (most waits are for a commit that is about to end), then 50 ms.
    const int pause = count < 10 ? 2 : count < 40 ? 10 : 50;
    sqlite3_sleep(int(std::min<qint64>(pause, std::max<qint64>(1, limit - waited))));
    return 1;
}

QString programOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(comm.readAll()).trimmed();
}

} // namespace

void DatabaseWait::setObserver(Observer observer)
{
    ObserverSlot& slot = observerSlot();
    const QMutexLocker lock(&slot.mutex);
    slot.observer = std::move(observer);
}

void DatabaseWait::setLimit(int milliseconds)
{
    s_limit = std::max(0, milliseconds);
}

int DatabaseWait::limit()
{
    return s_limit;
}

std::unique_ptr<DatabaseWait::Handler> DatabaseWait::install(sqlite3* handle, const QString& databasePath)
{
    auto handler = std::make_unique<Handler>();
    handler->databasePath = databasePath;
    if (handle)
        sqlite3_busy_handler(handle, &busyCallback, handler.get());
    return handler;
}

std::unique_ptr<DatabaseWait::Handler> DatabaseWait::install(const QSqlDatabase& db)
{
    return install(handleOf(db), db.databaseName());
}

sqlite3* DatabaseWait::handleOf(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

sqlite3* DatabaseWait::handleOf(const QSqlDatabase& db)
{
    return handleOf(db.driver());
}

std::optional<DatabaseWait::Holder> DatabaseWait::writer(const QString& databasePath)
{
    struct stat shm {};
    if (databasePath.isEmpty() || ::stat(QFile::encodeName(databasePath + QStringLiteral("-shm")).constData(), &shm) != 0)
        return std::nullopt;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QByteArray device = QByteArray::number(major(shm.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(shm.st_dev), 16).rightJustified(2, '0') + ':' + QByteArray::number(quint64(shm.st_ino));
    const QByteArray inode = ':' + QByteArray::number(quint64(shm.st_ino));
    std::optional<Holder> byInode;
    // "7: POSIX  ADVISORY  WRITE 4711 00:2f:9582 120 120"; lines with "->" are waiters, not holders.
    // (Read whole: a file in /proc has no size, and QFile::atEnd() would say it is empty.)
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 8 || f.at(1) == "->" || f.at(3) != "WRITE" || (f.at(1) != "POSIX" && f.at(1) != "OFDLCK"))
            continue;
        const qint64 start = f.at(6).toLongLong();
        const qint64 end = f.at(7) == "EOF" ? std::numeric_limits<qint64>::max() : f.at(7).toLongLong();
        if (start > kWalWriteLockByte || end < kWalWriteLockByte)
            continue;
        const qint64 pid = f.at(4).toLongLong();
        Holder holder{pid, pid > 0 ? programOf(pid) : QString(), pid == qint64(::getpid())};
        if (f.at(5) == device)
            return holder;
        // Overlay and network file systems may list another device than stat() gives: the inode alone.
        if (f.at(5).endsWith(inode) && !byInode)
            byInode = holder;
    }
    return byInode;
}

bool DatabaseWait::isBusyCode(int sqliteCode)
{
    return (sqliteCode & 0xff) == SQLITE_BUSY || (sqliteCode & 0xff) == SQLITE_LOCKED;
}

bool DatabaseWait::isBusy(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && isBusyCode(code);
}

Error DatabaseWait::busyError(const QString& databasePath, const QString& detail)
{
    const auto holder = writer(databasePath);
    QString message;
    if (holder && holder->isThisProgram)
        message = tr("Another task of this program is writing to the database; nothing was changed. Try again when it "
                     "has finished.");
    else if (holder && holder->pid > 0 && !holder->program.isEmpty())
        message = tr("Another program (%1, process %2) is writing to the database; nothing was changed. Try again "
                     "when it has finished.")
                      .arg(holder->program)
                      .arg(holder->pid);
    else
        message = tr("Another program is writing to the database; nothing was changed. Try again when it has finished.");
    return Error{message, detail, db::Dialect::busyCode()};
}

Error DatabaseWait::busyError(const QSqlDriver* driver, const QString& detail)
{
    sqlite3* handle = handleOf(driver);
    const char* file = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return busyError(file ? QFile::decodeName(file) : QString(), detail);
}

QString DatabaseWait::waitingText(const Progress& progress)
{
    if (progress.holder && progress.holder->isThisProgram)
        return tr("Waiting for another task of this program to finish writing to the database…");
    if (progress.holder && progress.holder->pid > 0 && !progress.holder->program.isEmpty())
        return tr("Waiting for another program (%1, process %2) to finish writing to the database…")
            .arg(progress.holder->program)
            .arg(progress.holder->pid);
    return tr("Waiting for another program to finish writing to the database…");
}

} // namespace sitegov
