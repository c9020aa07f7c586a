#include "TestSupport.h"
#include "WriterLoop.h"
#include "storage/AuditLog.h"
#include "storage/BackupService.h"
#include "demo/DemoBuilder.h"
#include "storage/PasswordHasher.h"
#include "storage/Session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace sitegov;
using sitegov::test::WriterLoop;

namespace {

// A read-only look at a database file (nothing is written to it, not even the WAL flag).
class ReadOnly final
{
public:
    explicit ReadOnly(const QString& path)
        : m_name(QStringLiteral("readonly-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_db.open();
    }
    ~ReadOnly()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }
    QString value(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

// A new, empty database file with the given page size (SQLite's default is 4096), at the current schema.
bool createWithPageSize(const QString& path, int pageSize)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return false;
    const QByteArray sql = "PRAGMA page_size = " + QByteArray::number(pageSize) + "; CREATE TABLE t (x); DROP TABLE t;";
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok && ConsoleDatabase::open(path, Database::Mode::Migrate).ok();
}

// The database's logical content: every unit, site and audit hash.
QByteArray fingerprint(const QString& path)
{
    auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
    if (!db)
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery q((*db)->connection());
    for (const char* sql : {"SELECT id, name FROM organisations ORDER BY id", "SELECT id, code, name FROM sites ORDER BY id",
             "SELECT id, hash FROM audit_log ORDER BY id"}) {
        q.exec(QString::fromLatin1(sql));
        while (q.next())
            h.addData(q.value(0).toString().toUtf8() + '|' + q.value(1).toString().toUtf8() + '\n');
    }
    return h.result();
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_path = m_dir.filePath(QStringLiteral("live.db"));
        auto db = ConsoleDatabase::open(m_path);
        QVERIFY(db.ok());
        QVERIFY(DemoBuilder::build(**db, {2017, QDate(2026, 11, 28)}).ok());
    }

    void backupWhileAnotherProcessWrites()
    {
        QProcess writer;
        writer.start(QStringLiteral(AUDIT_WRITER_PATH), {m_path, QStringLiteral("4000")});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(10000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));

        auto db = ConsoleDatabase::open(m_path, Database::Mode::RequireCurrent);
        QVERIFY(db.ok());
        qint64 previous = -1;
        for (int i = 0; i < 4; ++i) {
            const QString file = m_dir.filePath(QStringLiteral("copy-%1.db").arg(i));
            const Status s = BackupService::backup(m_path, file);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().fullText()));
            const auto check = BackupService::checkCopy(file);
            QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().fullText()));
            QVERIFY(check->auditRecords > 0);
            // Each copy is a snapshot of one moment: the units added and their audit records match.
            auto copy = ConsoleDatabase::open(file, Database::Mode::RequireCurrent);
            QVERIFY(copy.ok());
            QSqlQuery q((*copy)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM organisations WHERE name LIKE '并发写入单位%'), "
                                          "(SELECT count(*) FROM audit_log WHERE account_name = 'writer')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
            QVERIFY(q.value(0).toLongLong() >= previous);
            previous = q.value(0).toLongLong();
            QTest::qWait(200);
        }
        // The writer may have finished already during the waits above (waitForFinished() is then false).
        QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(180000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(writer.readAll().trimmed().toInt() > 0);
        QVERIFY(AuditLog::verify((*db)->connection())->ok);
    }

    void backupRefusesAFolder()
    {
        auto db = ConsoleDatabase::open(m_path, Database::Mode::RequireCurrent);
        QVERIFY(!BackupService::backup(m_path, m_dir.path()).ok());
    }

    void restoreOfAGoodCopy()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("office.db"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("copy-0.db")), live));
        const QString backupFile = dir.filePath(QStringLiteral("backup.db"));
        {
            auto db = ConsoleDatabase::open(live);
            QVERIFY(BackupService::backup(live, backupFile).ok());
            // Changes after the backup, which the restore takes back.
            QVERIFY(DemoBuilder::build(**db, {}).ok() == false);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE sites SET name = '被改过的名称' WHERE id = 1")));
        }
        const QByteArray backupPrint = fingerprint(backupFile);
        const auto kept = BackupService::restore(backupFile, live, Session::system(QStringLiteral("tester")));
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().fullText()));
        QVERIFY(QFile::exists(*kept));
        QVERIFY(QFileInfo(*kept).fileName().startsWith(QLatin1String("office.replaced-")));
        auto db = ConsoleDatabase::open(live);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sites WHERE id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("中国福建"));
        QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("restore"));
        QVERIFY(AuditLog::verify((*db)->connection())->ok);
        // The kept copy still holds the replaced content.
        auto old = ConsoleDatabase::open(*kept, Database::Mode::RequireCurrent);
        QSqlQuery o((*old)->connection());
        QVERIFY(o.exec(QStringLiteral("SELECT name FROM sites WHERE id = 1")) && o.next());
        QCOMPARE(o.value(0).toString(), QStringLiteral("被改过的名称"));
        Q_UNUSED(backupPrint);
    }

    void restoreRefusesADamagedCopy()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("office.db"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("copy-1.db")), live));
        QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fingerprint(live);
        const QString damaged = dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("copy-1.db")), damaged));
        QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            // Garble pages in the middle of the file, as a bad disk or a cut transfer would.
            f.seek(f.size() / 2);
            f.write(QByteArray(8192, '\x5a'));
        }
        const auto r = BackupService::restore(damaged, live, Session::system(QStringLiteral("tester")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("nothing was changed")), qPrintable(r.error().message));
        QCOMPARE(fingerprint(live), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}).size(), 0);

        // A truncated file, and a file that is not a database at all.
        QFile t(damaged);
        QVERIFY(t.resize(5000));
        QVERIFY(!BackupService::restore(damaged, live, Session::system(QStringLiteral("tester"))).ok());
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        QVERIFY(!BackupService::restore(text.fileName(), live, Session::system(QStringLiteral("tester"))).ok());
        QVERIFY(!BackupService::restore(dir.filePath(QStringLiteral("missing.db")), live,
            Session::system(QStringLiteral("tester")))
                     .ok());
        QCOMPARE(fingerprint(live), before);
    }

    void restoreRefusesATamperedCopy()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("office.db"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("copy-2.db")), live));
        QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fingerprint(live);
        const QString tampered = dir.filePath(QStringLiteral("tampered.db"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("copy-2.db")), tampered));
        QFile::setPermissions(tampered, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto db = ConsoleDatabase::open(tampered, Database::Mode::RequireCurrent);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 100")));
        }
        const auto r = BackupService::restore(tampered, live, Session::system(QStringLiteral("tester")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("tampered")), qPrintable(r.error().message));
        QCOMPARE(fingerprint(live), before);
    }

    // Issue 14, item 3: restores while another program writes (sitegovctl in a loop) lose no write
    // that program was told was made: each is in a copy a restore kept aside or, made after the
    // last restore, in the restored database.
    void restoreWhileAnotherProgramWritesLosesNothing()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("office.db"));
        const QString backupFile = dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(BackupService::backup(m_path, live).ok());
        QVERIFY(BackupService::backup(live, backupFile).ok());
        WriterLoop writer(QStringLiteral(SITEGOVCTL_PATH), live, dir.path());
        QVERIFY2(writer.start(), qPrintable(writer.errors()));
        for (int round = 0; round < 3; ++round) {
            QVERIFY2(writer.waitForWrites(3), qPrintable(writer.errors()));
            QProcess restore;
            restore.start(QStringLiteral(SITEGOVCTL_PATH), {QStringLiteral("restore"), backupFile, QStringLiteral("--database"), live});
            QVERIFY(restore.waitForFinished(120000));
            QVERIFY2(restore.exitCode() == 0, restore.readAllStandardError().constData());
        }
        QVERIFY2(writer.waitForWrites(3), qPrintable(writer.errors()));
        const QList<int> confirmed = writer.stop();
        QVERIFY2(confirmed.size() >= 12, qPrintable(writer.errors()));

        const QStringList keptFiles = QDir(dir.path()).entryList({QStringLiteral("office.replaced-*.db")}, QDir::Files);
        QCOMPARE(keptFiles.size(), 3);
        QSet<int> found;
        for (const QString& kept : keptFiles) {
            ReadOnly copy(dir.filePath(kept));
            QCOMPARE(copy.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            found += WriterLoop::unitsIn(copy.db());
        }
        ReadOnly restored(live);
        QCOMPARE(restored.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        found += WriterLoop::unitsIn(restored.db());
        QStringList lost;
        for (int n : confirmed) {
            if (!found.contains(n))
                lost << QString::number(n);
        }
        qInfo("%lld writes confirmed during 3 restores, %lld of them lost", qint64(confirmed.size()), qint64(lost.size()));
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 of %2 confirmed writes lost: %3")
                                                .arg(lost.size())
                                                .arg(confirmed.size())
                                                .arg(lost.join(u' '))));
        const auto chain = AuditLog::verify(restored.db());
        QVERIFY(chain.ok() && chain->ok);
    }

    // Issue 14, item 8: a backup with 8 KiB pages is restored into a database of 4 KiB pages, and the
    // other way round (SQLite cannot change the page size of a database in WAL mode).
    void restoreOfABackupWithAnotherPageSize_data()
    {
        QTest::addColumn<int>("backupPage");
        QTest::addColumn<int>("livePage");
        QTest::newRow("8 KiB backup, 4 KiB database") << 8192 << 4096;
        QTest::newRow("4 KiB backup, 8 KiB database") << 4096 << 8192;
        QTest::newRow("64 KiB backup, 1 KiB database") << 65536 << 1024;
    }

    void restoreOfABackupWithAnotherPageSize()
    {
        QFETCH(int, backupPage);
        QFETCH(int, livePage);
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.db"));
        const QString live = dir.filePath(QStringLiteral("office.db"));
        const QString backupFile = dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(createWithPageSize(source, backupPage));
        {
            auto db = ConsoleDatabase::open(source);
            QVERIFY(DemoBuilder::build(**db, {2017, QDate(2026, 11, 28)}).ok());
        }
        QVERIFY(BackupService::backup(source, backupFile).ok());
        QCOMPARE(ReadOnly(backupFile).value(QStringLiteral("PRAGMA page_size")).toInt(), backupPage);
        QVERIFY(createWithPageSize(live, livePage));

        const auto kept = BackupService::restore(backupFile, live, Session::system(QStringLiteral("tester")));
        QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().fullText()));
        ReadOnly restored(live);
        QCOMPARE(restored.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(restored.value(QStringLiteral("PRAGMA page_size")).toInt(), livePage);
        QCOMPARE(restored.value(QStringLiteral("SELECT count(*) FROM sites")),
            ReadOnly(backupFile).value(QStringLiteral("SELECT count(*) FROM sites")));
        QVERIFY(restored.value(QStringLiteral("SELECT count(*) FROM sites")).toInt() > 0);
        QCOMPARE(restored.value(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
            QStringLiteral("restore"));
        const auto chain = AuditLog::verify(restored.db());
        QVERIFY(chain.ok() && chain->ok);
    }

    // Issue 14, item 1: the database itself, its -wal and -shm (by any name), a folder, a pipe and a
    // device are refused as the backup to restore, before anything opens them; nothing changes.
    void restoreRefusesTheDatabaseAndWhatIsNotAFile()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("office.db"));
        QVERIFY(BackupService::backup(m_path, live).ok());
        auto open = ConsoleDatabase::open(live);
        QVERIFY(open.ok());
        QSqlQuery q((*open)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sites")) && q.next());
        q.finish();
        QVERIFY(QFile::exists(live + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(live + QStringLiteral("-shm")));
        QVERIFY(QFile::link(live, dir.filePath(QStringLiteral("link.db"))));
        const QString fifo = dir.filePath(QStringLiteral("pipe.db"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QByteArray before = fingerprint(live);
        const QList<QPair<QString, QString>> cases{
            {live, QStringLiteral("is the SiteGov database itself")},
            {dir.filePath(QStringLiteral("link.db")), QStringLiteral("is the SiteGov database itself")},
            {live + QStringLiteral("-wal"), QStringLiteral("working file")},
            {live + QStringLiteral("-shm"), QStringLiteral("working file")},
            {dir.path(), QStringLiteral("is a folder")},
            {fifo, QStringLiteral("is a named pipe")},
            {QStringLiteral("/dev/zero"), QStringLiteral("is a device")},
        };
        for (const auto& [file, expected] : cases) {
            const auto r = BackupService::restore(file, live, Session::system(QStringLiteral("tester")));
            QVERIFY2(!r.ok(), qPrintable(file));
            QVERIFY2(r.error().message.contains(QLatin1String("nothing was changed")), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        }
        QCOMPARE(fingerprint(live), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}).size(), 0);
        // Nor may a backup be written over the database or one of its working files.
        for (const QString& target : {live, live + QStringLiteral("-wal"), live + QStringLiteral("-shm")}) {
            const Status s = BackupService::backup(live, target);
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(QLatin1String("SiteGov database")), qPrintable(s.error().message));
        }
        QCOMPARE(fingerprint(live), before);
    }

    void dailyBackupsKeepACount()
    {
        QTemporaryDir dir;
        auto db = ConsoleDatabase::open(m_path, Database::Mode::RequireCurrent);
        const QString folder = dir.filePath(QStringLiteral("auto"));
        // A file of the user's own with a similar name is never pruned.
        QVERIFY(QDir().mkpath(folder));
        const QString mine = QDir(folder).filePath(QStringLiteral("sitegov-backup-before-the-move.db"));
        {
            QFile f(mine);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        for (int day = 0; day < 5; ++day) {
            const auto written = BackupService::dailyBackup(m_path, folder, 3, QDate(2026, 11, 20).addDays(day));
            QVERIFY(written.ok());
            QVERIFY(written->endsWith(QStringLiteral("sitegov-backup-%1.db").arg(QDate(2026, 11, 20).addDays(day).toString(Qt::ISODate))));
        }
        // The same day again writes nothing.
        const auto again = BackupService::dailyBackup(m_path, folder, 3, QDate(2026, 11, 24));
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QCOMPARE(QDir(folder).entryList({QStringLiteral("sitegov-backup-2*.db")}, QDir::Files, QDir::Name),
            (QStringList{QStringLiteral("sitegov-backup-2026-11-22.db"), QStringLiteral("sitegov-backup-2026-11-23.db"),
                QStringLiteral("sitegov-backup-2026-11-24.db")}));
        QVERIFY(QFile::exists(mine));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
