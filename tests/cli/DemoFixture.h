#pragma once

// One demo database per test program, built once and copied for each case (building it is the slow
// part): the command-line tests that run sitegovctl against a fresh copy in every case.
#include "core/OfficeClock.h"
#include "demo/DemoBuilder.h"
#include "storage/AccountService.h"
#include "storage/BackupService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PasswordHasher.h"
#include "storage/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QString>

namespace sitegov::ctltest {

// Where the cases' databases go: memory (/dev/shm) where the system has it. The database commits
// with synchronous = FULL, and on a disk shared with busy builds each commit's sync can take a
// good part of a second; SQLite works on the files the same way in memory.
inline QString databaseFolderTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return base + QStringLiteral("/sitegov-cli-XXXXXX");
}

// Removes a case's database that no connection holds any more, with its working files.
inline void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Builds the demo database at `path`; the error's text, or empty.
inline QString buildDemo(const QString& path)
{
    // The demo accounts' hashes at the lowest cost: the program checks them at the cost they carry.
    PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
    auto db = ConsoleDatabase::open(path);
    if (!db)
        return db.error().fullText();
    const auto built = DemoBuilder::build(**db, {2017, OfficeClock::today()});
    return built ? QString() : built.error().fullText();
}

// Adds an account with the demo password in the unit of `divisionCode` (its government); the
// error's text, or empty.
inline QString addAccount(const QString& path, const QString& username, const QString& divisionCode, Role role)
{
    auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
    if (!db)
        return db.error().fullText();
    QSqlQuery q((*db)->connection());
    q.prepare(QStringLiteral("SELECT id FROM organisations WHERE division_code = ? AND kind = 'government'"));
    q.addBindValue(divisionCode);
    if (!q.exec() || !q.next())
        return QStringLiteral("no government of %1").arg(divisionCode);
    const qint64 unit = q.value(0).toLongLong();
    const auto hash = PasswordHasher::hash(QString::fromLatin1(DemoBuilder::kPassword));
    if (!hash)
        return hash.error().fullText();
    const auto id = AccountService((*db)->connection())
                        .createWithPasswordHash(
                            Session::system(QStringLiteral("test")), {username, username, unit, {role}}, *hash);
    return id ? QString() : id.error().fullText();
}

// A consistent copy of the database at `from` (SQLite's backup), for one case; the error's text,
// or empty.
inline QString copyDatabase(const QString& from, const QString& to)
{
    const Status s = BackupService::backup(from, to);
    return s ? QString() : s.error().fullText();
}

} // namespace sitegov::ctltest
