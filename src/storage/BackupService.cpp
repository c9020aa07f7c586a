#include "storage/BackupService.h"

#include "core/OfficeClock.h"
#include "storage/AuditLog.h"
#include "storage/ConsoleDatabase.h"
#include "db/Migrator.h"
#include "storage/Session.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <atomic>

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

// Copies `from` into `to` with SQLite's online backup in a single step: the source stays readable
// by other programs and the copy is one consistent snapshot. Returns an empty string or the error.
QString copyDatabase(const QString& from, const QString& to, bool retryBusy)
{
    sqlite3* source = nullptr;
    sqlite3* dest = nullptr;
    const QByteArray sourcePath = QFile::encodeName(from);
    const QByteArray destPath = QFile::encodeName(to);
    QString failure;
    if (sqlite3_open_v2(sourcePath.constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        failure = QString::fromUtf8(sqlite3_errmsg(source));
    else if (sqlite3_open_v2(destPath.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        failure = QString::fromUtf8(sqlite3_errmsg(dest));
    if (failure.isEmpty()) {
        sqlite3_busy_timeout(source, 10000);
        sqlite3_busy_timeout(dest, 10000);
        sqlite3_backup* job = sqlite3_backup_init(dest, "main", source, "main");
        if (!job) {
            failure = QString::fromUtf8(sqlite3_errmsg(dest));
        } else {
            // Other programs may hold the database for a moment: retry for up to 20 seconds.
            int rc = SQLITE_OK;
            int waits = 0;
            do {
                rc = sqlite3_backup_step(job, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                    if (!retryBusy || ++waits > 400)
                        break;
                    sqlite3_sleep(50);
                }
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(job);
            if (rc != SQLITE_DONE)
                failure = QString::fromUtf8(sqlite3_errstr(rc));
        }
    }
    sqlite3_close(source);
    sqlite3_close(dest);
    return failure;
}

} // namespace

Status BackupService::backup(const QString& databasePath, const QString& output)
{
    const QFileInfo target(output);
    if (target.exists() && target.isDir())
        return Error{tr("%1 is a folder: give a file name for the backup.").arg(QDir::toNativeSeparators(output)), {}};
    if (!QDir().mkpath(target.absolutePath()))
        return Error{tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(target.absolutePath())), {}};
    if (!QFileInfo::exists(databasePath))
        return Error{tr("The database %1 does not exist.").arg(QDir::toNativeSeparators(databasePath)), {}};
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QFile::remove(partial);
    const QString failure = copyDatabase(databasePath, partial, true);
    if (!failure.isEmpty()) {
        QFile::remove(partial);
        return Error{tr("The backup could not be written to %1.").arg(QDir::toNativeSeparators(output)), failure};
    }
    // The copy keeps the source's WAL flag; a backup is read on its own: make it a plain
    // rollback-journal file.
    {
        sqlite3* copy = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
            sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        sqlite3_close(copy);
    }
    const auto check = checkCopy(partial, AuditCheck::Skip, IntegrityCheck::Quick);
    if (!check) {
        QFile::remove(partial);
        return Error{tr("The backup was written but does not check out; it was deleted."), check.error().fullText()};
    }
    if (QFile::exists(output) && !QFile::remove(output)) {
        QFile::remove(partial);
        return Error{tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(output)), {}};
    }
    if (!QFile::rename(partial, output)) {
        QFile::remove(partial);
        return Error{tr("The backup could not be moved to %1.").arg(QDir::toNativeSeparators(output)), {}};
    }
    return {};
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
    const auto check = checkCopy(file);
    if (!check)
        return Error{tr("The backup was refused; nothing was changed. %1").arg(check.error().message), check.error().detail};
    if (QFileInfo(file).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        return Error{tr("The backup and the database are the same file; nothing was changed."), {}};

    // Keep the database as it is now, consistently, before anything is replaced.
    const QFileInfo dbInfo(databasePath);
    QString kept;
    if (dbInfo.exists()) {
        // Bring an older database up to date first, so that the kept copy opens in this version.
        if (auto current = ConsoleDatabase::open(databasePath, Database::Mode::Migrate); !current)
            return current.error();
        kept = dbInfo.absolutePath() + u'/' + dbInfo.completeBaseName() + QStringLiteral(".replaced-") + timestamp()
            + QStringLiteral(".db");
        if (const Status s = backup(databasePath, kept); !s)
            return Error{tr("The current database could not be kept aside; nothing was changed."), s.error().fullText()};
    }

    // SQLite's online backup copies the pages under the proper locks: consoles that have the
    // database open see the restored content at their next transaction.
    const QString failure = copyDatabase(file, databasePath, true);
    if (!failure.isEmpty())
        return Error{tr("The restore failed; the database was kept as %1.").arg(QDir::toNativeSeparators(kept)), failure};

    auto restored = ConsoleDatabase::open(databasePath, Database::Mode::Migrate);
    if (!restored)
        return restored.error();
    Transaction tx((*restored)->connection());
    if (!tx.isActive())
        return tx.beginError();
    if (const Status s = AuditLog::append((*restored)->connection(), session, QStringLiteral("restore"),
            QStringLiteral("database"), {},
            QStringLiteral("%1 -> %2").arg(QFileInfo(file).fileName(), QFileInfo(kept).fileName()));
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
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
