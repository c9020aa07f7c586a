#pragma once

// One demo database per test program, copied for each case (building it is the slow part): the
// command-line tests that run sitegovctl against a fresh copy in every case. On either engine
// (tests/DemoDatabase.h): files on SQLite, databases of the test cluster on PostgreSQL.
#include "DemoDatabase.h"
#include "TestSupport.h"
#include "core/OfficeClock.h"
#include "db/ScramVerifier.h"
#include "demo/DemoBuilder.h"
#include "storage/AccountService.h"
#include "storage/ConsoleDatabase.h"
#include "storage/PasswordHasher.h"
#include "storage/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

namespace sitegov::ctltest {

// Where the cases' databases go on SQLite: memory (/dev/shm) where the system has it. The database
// commits with synchronous = FULL, and on a disk shared with busy builds each commit's sync can take
// a good part of a second; SQLite works on the files the same way in memory.
inline QString databaseFolderTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    return base + QStringLiteral("/sitegov-cli-XXXXXX");
}

// The demo database of today (seed 2017) as `name` in `dir`, as test::demoDatabase makes it (on
// PostgreSQL a copy of the cluster's template of that demo); empty, with a warning, when that fails.
inline QString demo(const QTemporaryDir& dir, const QString& name)
{
    return test::demoDatabase(dir, name, {2017, OfficeClock::today()});
}

// Adds an account with the demo password in the unit of `divisionCode` (its government); the
// error's text, or empty.
inline QString addAccount(const QString& location, const QString& username, const QString& divisionCode, Role role)
{
    auto db = ConsoleDatabase::open(location, Database::Mode::RequireCurrent);
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
    // On PostgreSQL the account's login role gets the password too (--as connects with it).
    const QString verifier
        = (*db)->isPostgres() ? db::ScramVerifier::make(QString::fromLatin1(DemoBuilder::kPassword)) : QString();
    const auto id = AccountService((*db)->connection())
                        .createWithPasswordHash(Session::system(QStringLiteral("test")),
                            {username, username, unit, {role}}, *hash, verifier);
    return id ? QString() : id.error().fullText();
}

} // namespace sitegov::ctltest
