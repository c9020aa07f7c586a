#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace sitegov {

struct Session;

// Backups and restores of a console database.
class BackupService final
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    struct CopyCheck
    {
        int schemaVersion = 0;
        qint64 auditRecords = 0;
        QString auditHead;
    };

    // A consistent copy while other programs keep using the database (SQLite's online backup in one
    // step, under one read lock), written under a temporary name, checked (SQLite's quick check) and
    // renamed when complete. A database whose audit chain is broken is still copied: the copy is the
    // evidence. `output` may not be the database or one of its working files, a folder or a device.
    static Status backup(const QString& databasePath, const QString& output);

    // Opens a copy read-only and checks it: SQLite integrity, that it is a SiteGov database of a
    // schema this program knows, and (unless told otherwise) that its audit chain is whole.
    enum class AuditCheck { Required, Skip };
    // Full: every index checked against its table (restores); Quick: the structure (fresh backups);
    // None: only the audit chain (a copy just checked by backup()).
    enum class IntegrityCheck { Full, Quick, None };
    static Result<CopyCheck> checkCopy(const QString& file, AuditCheck audit = AuditCheck::Required,
        IntegrityCheck integrity = IntegrityCheck::Full);

    // Checks `file` first and refuses a damaged or tampered copy, or the database itself or one of
    // its working files, without touching anything. Then prepares a copy of the backup (in the live
    // database's page size, at this schema version, the restore recorded in its audit trail), takes
    // the live database's write lock, keeps the current database beside itself
    // (<name>.replaced-<time>.db) and copies the prepared backup over it with SQLite's online
    // backup, all under that one lock: a write another program confirmed is either in the kept copy
    // or, made after the restore, in the restored database. Returns the path of the kept copy.
    static Result<QString> restore(const QString& file, const QString& databasePath, const Session& session);

    // The daily automatic backup: sitegov-backup-YYYY-MM-DD.db in `folder`, unless today's exists;
    // keeps the newest `keep` backups and deletes older ones. Returns the file written (or empty).
    static Result<QString> dailyBackup(const QString& databasePath, const QString& folder, int keep, const QDate& today);
};

} // namespace sitegov
