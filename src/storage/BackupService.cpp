#include "storage/BackupService.h"

#include "core/OfficeClock.h"
#include "storage/AuditLog.h"
#include "storage/ConsoleDatabase.h"
#include "db/DatabaseWait.h"
#include "db/Migrator.h"
#include "storage/Session.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "storage/UserFile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>
#include <memory>

namespace sitegov {

namespace {

std::atomic<int> s_checkCounter{0};

// A read-only QtSql connection to a file, removed when it goes out of scope.
class ReadOnlyConnection final
{
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("sitegov-check-%1").arg(++s_checkCounter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = m_db.open();
    }
    ~ReadOnlyConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

QString timestamp()
{
    return OfficeClock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace

namespace {

// A plain SQLite handle, closed when it goes out of scope, that waits for other programs like every
// connection SiteGov opens (DatabaseWait).
class Handle final
{
public:
    Handle(const QString& path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_rc == SQLITE_OK)
            m_wait = DatabaseWait::install(m_db, path);
    }
    ~Handle() { sqlite3_close_v2(m_db); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3* get() const { return m_db; }
    QString errorText() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(m_rc));
    }
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    int intValue(const char* sql) const
    {
        sqlite3_stmt* statement = nullptr;
        int value = 0;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
    std::unique_ptr<DatabaseWait::Handler> m_wait;
};

// Runs a backup job to its end in one step (one consistent snapshot of the source), trying again
// while another program holds a lock, for up to DatabaseWait::limit(). Returns the SQLite code.
int runBackup(sqlite3_backup* job)
{
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(job, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (waited.elapsed() > DatabaseWait::limit())
                break;
            sqlite3_sleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    return rc;
}

// Copies `from` into `to` with SQLite's online backup in a single step: the source stays readable
// by other programs and the copy is one consistent snapshot. Returns an empty string or the error.
QString copyDatabase(const QString& from, const QString& to)
{
    const Handle source(from, SQLITE_OPEN_READONLY);
    if (!source.isOpen())
        return source.errorText();
    const Handle dest(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!dest.isOpen())
        return dest.errorText();
    sqlite3_backup* job = sqlite3_backup_init(dest.get(), "main", source.get(), "main");
    if (!job)
        return dest.errorText();
    const int rc = runBackup(job);
    sqlite3_backup_finish(job);
    return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// A consistent copy of `databasePath` at `output`: written under a temporary name, made a plain
// rollback-journal file (a backup is read on its own), checked, and renamed when complete.
Status writeCopy(const QString& databasePath, const QString& output)
{
    const QFileInfo target(output);
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial-")
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    removeDatabaseFiles(partial);
    const QString failure = copyDatabase(databasePath, partial);
    if (!failure.isEmpty()) {
        removeDatabaseFiles(partial);
        return Error{BackupService::tr("The backup could not be written to %1.").arg(QDir::toNativeSeparators(output)),
            failure};
    }
    {
        Handle copy(partial, SQLITE_OPEN_READWRITE);
        if (copy.isOpen())
            copy.exec("PRAGMA journal_mode = DELETE");
    }
    const auto check = BackupService::checkCopy(partial, BackupService::AuditCheck::Skip,
        BackupService::IntegrityCheck::Quick);
    if (!check) {
        removeDatabaseFiles(partial);
        return Error{BackupService::tr("The backup was written but does not check out; it was deleted."),
            check.error().fullText()};
    }
    if (QFile::exists(output) && !QFile::remove(output)) {
        removeDatabaseFiles(partial);
        return Error{BackupService::tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(output)), {}};
    }
    if (!QFile::rename(partial, output)) {
        removeDatabaseFiles(partial);
        return Error{BackupService::tr("The backup could not be moved to %1.").arg(QDir::toNativeSeparators(output)), {}};
    }
    return {};
}

// Removes a temporary database (and its working files) when it goes out of scope.
class TemporaryDatabase final
{
public:
    explicit TemporaryDatabase(QString path)
        : m_path(std::move(path))
    {
        removeDatabaseFiles(m_path);
    }
    ~TemporaryDatabase() { removeDatabaseFiles(m_path); }
    TemporaryDatabase(const TemporaryDatabase&) = delete;
    TemporaryDatabase& operator=(const TemporaryDatabase&) = delete;
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

// The backup made ready to be copied over the live database: a copy of its own, in the live
// database's page size (SQLite cannot change the page size of a database in WAL mode, so a backup
// of another page size is rebuilt in this one), at this program's schema version, with the restore
// already recorded at the end of its audit trail (so that the restored content and its record
// arrive together).
Status stage(const QString& backup, const QString& staged, int pageSize, const Session& session, const QString& summary)
{
    if (const QString failure = copyDatabase(backup, staged); !failure.isEmpty())
        return Error{BackupService::tr("The backup could not be copied."), failure};
    {
        Handle copy(staged, SQLITE_OPEN_READWRITE);
        if (!copy.isOpen() || !copy.exec("PRAGMA journal_mode = DELETE"))
            return Error{BackupService::tr("The backup could not be copied."), copy.errorText()};
        if (pageSize > 0 && copy.intValue("PRAGMA page_size") != pageSize) {
            const QByteArray sql = "PRAGMA page_size = " + QByteArray::number(pageSize);
            if (!copy.exec(sql.constData()) || !copy.exec("VACUUM") || copy.intValue("PRAGMA page_size") != pageSize)
                return Error{BackupService::tr("The backup could not be converted to the database's page size of %1 bytes.")
                                 .arg(pageSize),
                    copy.errorText()};
        }
    }
    auto opened = ConsoleDatabase::open(staged, Database::Mode::Migrate);
    if (!opened)
        return opened.error();
    QSqlDatabase& db = (*opened)->connection();
    return db::inTransaction(db, [&]() -> Status {
        return AuditLog::append(db, session, QStringLiteral("restore"), QStringLiteral("database"), {}, summary);
    });
}

QString keptName(const QFileInfo& database)
{
    const QString base = database.absolutePath() + u'/' + database.completeBaseName() + QStringLiteral(".replaced-")
        + timestamp();
    QString name = base + QStringLiteral(".db");
    for (int i = 2; QFileInfo::exists(name); ++i)
        name = base + QStringLiteral("-%1.db").arg(i);
    return name;
}

} // namespace

Status BackupService::backup(const QString& databasePath, const QString& output)
{
    const QFileInfo target(output);
    if (target.exists() && target.isDir())
        return Error{tr("%1 is a folder: give a file name for the backup.").arg(QDir::toNativeSeparators(output)), {}};
    if (const Status s = UserFile::checkWritable(output, databasePath); !s)
        return s;
    if (!QDir().mkpath(target.absolutePath()))
        return Error{tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(target.absolutePath())), {}};
    if (!QFileInfo::exists(databasePath))
        return Error{tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(databasePath)), {}};
    return writeCopy(databasePath, output);
}

Result<BackupService::CopyCheck> BackupService::checkCopy(const QString& file, AuditCheck audit, IntegrityCheck integrity)
{
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile())
        return Error{tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(file)), {}};
    ReadOnlyConnection c(file);
    if (!c.isOpen())
        return Error{tr("%1 cannot be opened as a database.").arg(QDir::toNativeSeparators(file)), c.db().lastError().text()};
    QSqlQuery q(c.db());
    const QString check = integrity == IntegrityCheck::Full ? QStringLiteral("PRAGMA integrity_check")
        : integrity == IntegrityCheck::Quick                 ? QStringLiteral("PRAGMA quick_check")
                                                             : QStringLiteral("SELECT 'ok'");
    if (!q.exec(check))
        return Error{tr("%1 is not a readable SQLite database: it is damaged or not a database.")
                         .arg(QDir::toNativeSeparators(file)),
            q.lastError().text()};
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return Error{tr("%1 is damaged (SQLite's integrity check failed).").arg(QDir::toNativeSeparators(file)),
            problems.mid(0, 10).join(u'\n')};
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next() || q.value(0).toLongLong() != ConsoleDatabase::kApplicationId)
        return Error{tr("%1 is not a SiteGov console database.").arg(QDir::toNativeSeparators(file)), {}};
    CopyCheck out;
    const auto version = Migrator::currentVersion(c.db());
    if (!version)
        return version.error();
    out.schemaVersion = *version;
    if (out.schemaVersion > ConsoleDatabase::latestVersion())
        return Error{tr("%1 was written by a newer version of SiteGov (schema %2).")
                         .arg(QDir::toNativeSeparators(file))
                         .arg(out.schemaVersion),
            {}};
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")) || !q.next())
        return Sql::error(q, tr("%1 cannot be read.").arg(QDir::toNativeSeparators(file)));
    if (q.value(0).toInt() == 1 && audit == AuditCheck::Required) {
        const auto chain = AuditLog::verify(c.db());
        if (!chain)
            return chain.error();
        if (!chain->ok)
            return Error{tr("The audit trail in %1 has been tampered with: %2").arg(QDir::toNativeSeparators(file), chain->reason),
                {}};
        out.auditRecords = chain->records;
        out.auditHead = chain->headHash;
    }
    return out;
}

Result<QString> BackupService::restore(const QString& file, const QString& databasePath, const Session& session)
{
    const auto refused = [](const Error& e) {
        return Error{tr("The backup was refused; nothing was changed. %1").arg(e.message), e.detail, e.code};
    };
    // The backup is an ordinary file, and not the database or one of its working files (checked
    // before anything opens it).
    if (const Status s = UserFile::checkReadable(file, databasePath); !s)
        return refused(s.error());
    const auto check = checkCopy(file);
    if (!check)
        return refused(check.error());

    const QFileInfo dbInfo(databasePath);
    std::unique_ptr<Database> live;
    int pageSize = 0;
    QString kept;
    if (dbInfo.exists()) {
        // Bring an older database up to date first, so that the kept copy opens in this version.
        auto opened = ConsoleDatabase::open(databasePath, Database::Mode::Migrate);
        if (!opened)
            return opened.error();
        live = std::move(opened).value();
        {
            // Finished before the restore starts: the online backup refuses a connection in a transaction.
            QSqlQuery q(live->connection());
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
            q.finish();
        }
        kept = keptName(dbInfo);
    }

    const TemporaryDatabase staged(dbInfo.absolutePath() + u'/' + dbInfo.fileName() + QStringLiteral(".restoring-")
        + QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString summary = QStringLiteral("%1 -> %2").arg(QFileInfo(file).fileName(), QFileInfo(kept).fileName());
    if (const Status s = stage(file, staged.path(), pageSize, session, summary); !s)
        return Error{tr("The backup could not be prepared for the restore; nothing was changed."), s.error().fullText()};

    if (!live) {
        // No database yet: the prepared copy becomes it.
        if (const QString failure = copyDatabase(staged.path(), databasePath); !failure.isEmpty())
            return Error{tr("The restore failed."), failure};
        return kept;
    }

    // One write lock from the copy kept aside to the overwrite: SQLite's online backup into the
    // live database takes the lock with its first step (waiting, as any write does, for the
    // programs writing now) and keeps it until its last. In between nobody else can commit, so the
    // kept copy holds every write made before the restore, and every write after it lands in the
    // restored database.
    sqlite3* dest = DatabaseWait::handleOf(live->connection());
    const Handle source(staged.path(), SQLITE_OPEN_READONLY);
    if (!dest || !source.isOpen())
        return Error{tr("The restore failed; nothing was changed."), source.errorText()};
    sqlite3_backup* job = sqlite3_backup_init(dest, "main", source.get(), "main");
    if (!job)
        return Error{tr("The restore failed; nothing was changed."), QString::fromUtf8(sqlite3_errmsg(dest))};
    int rc = sqlite3_backup_step(job, 0);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        const QString detail = QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_backup_finish(job);
        if (DatabaseWait::isBusyCode(rc))
            return DatabaseWait::busyError(live->path(), detail);
        return Error{tr("The restore failed; nothing was changed."), detail};
    }
    if (QFileInfo::exists(kept)) {
        // Another restore took the name meanwhile: its kept copy stays as it is.
        sqlite3_backup_finish(job);
        return Error{tr("Another restore of this database is under way; nothing was changed. Try again when it has "
                        "finished."),
            kept};
    }
    if (const Status s = writeCopy(databasePath, kept); !s) {
        sqlite3_backup_finish(job); // rolls the restore back: the lock goes, nothing was written
        return Error{tr("The current database could not be kept aside; nothing was changed."), s.error().fullText()};
    }
    rc = sqlite3_backup_step(job, -1);
    const int finished = sqlite3_backup_finish(job);
    if (rc != SQLITE_DONE || finished != SQLITE_OK) {
        return Error{tr("The restore failed; nothing was changed. The database as it was is also kept as %1.")
                         .arg(QDir::toNativeSeparators(kept)),
            QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished))};
    }
    return kept;
}

Result<QString> BackupService::dailyBackup(const QString& databasePath, const QString& folder, int keep,
    const QDate& today)
{
    if (folder.isEmpty())
        return Error{tr("No folder is set for the automatic backups."), {}};
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error{tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)), {}};
    const QString name = QStringLiteral("sitegov-backup-%1.db").arg(today.toString(Qt::ISODate));
    QString written;
    if (!dir.exists(name)) {
        if (const Status s = backup(databasePath, dir.filePath(name)); !s)
            return s.error();
        written = dir.filePath(name);
    }
    // Only the automatic backups' own names are ever pruned, never a file a user put beside them.
    static const QRegularExpression ours(QStringLiteral("^sitegov-backup-\\d{4}-\\d{2}-\\d{2}\\.db$"));
    QStringList all = dir.entryList({QStringLiteral("sitegov-backup-*.db")}, QDir::Files, QDir::Name).filter(ours);
    while (keep > 0 && all.size() > keep)
        dir.remove(all.takeFirst());
    return written;
}

} // namespace sitegov
