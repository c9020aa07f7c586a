// Issue 14, item 1: nothing but SQLite may open the database, its -wal or -shm. SQLite's locks are
// POSIX advisory locks, which a process loses on every descriptor of a file when it closes any
// descriptor of it; the next program to close the database then deletes the WAL under it.
//
// This test program interposes the C library's open functions: its own open(), open64(), openat(),
// fopen() and their variants forward to the C library's (dlsym(RTLD_NEXT)) and, while a test
// watches, record every open of the database, its -wal, -shm or -journal by code that is not
// SQLite's library. Then it runs every path of the storage layer and sitegovctl that takes a file a
// user names, with those files, while another program writes to the database.

// This file defines the C library's open functions itself: no fortified inline versions, and
// open() must stay open() (not redirected to open64()).
#undef _FORTIFY_SOURCE
#undef _FILE_OFFSET_BITS

#include "WriterLoop.h"
#include "cli/Cli.h"
#include "core/Language.h"
#include "storage/BackupService.h"
#include "storage/ConsoleDatabase.h"
#include "db/DatabaseFiles.h"
#include "demo/DemoBuilder.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryService.h"
#include "storage/Session.h"
#include "storage/TableReader.h"
#include "storage/UserFile.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace sitegov;
using sitegov::test::WriterLoop;

namespace {

struct Recorder
{
    std::mutex mutex;
    std::atomic<bool> watching{false};
    std::string database; // set before watching starts
    std::vector<std::string> opens;
};

// Never destroyed: the C library may open files during the program's teardown.
Recorder& recorder()
{
    static auto* r = new Recorder;
    return *r;
}

bool sameFile(const struct stat& file, const std::string& path)
{
    struct stat other {};
    return ::stat(path.c_str(), &other) == 0 && other.st_dev == file.st_dev && other.st_ino == file.st_ino;
}

void note(int fd, const char* path, void* caller)
{
    Recorder& r = recorder();
    if (fd < 0 || !r.watching.load())
        return;
    struct stat file {};
    if (::fstat(fd, &file) != 0)
        return;
    const std::lock_guard<std::mutex> lock(r.mutex);
    bool databaseFile = false;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        databaseFile = databaseFile || sameFile(file, r.database + suffix);
    if (!databaseFile)
        return;
    Dl_info info{};
    const char* library = ::dladdr(caller, &info) != 0 && info.dli_fname ? info.dli_fname : "an unknown library";
    if (std::strstr(library, "libsqlite3") != nullptr)
        return;
    r.opens.push_back(std::string(path ? path : "?") + " opened by " + library);
}

template<typename Function>
Function next(const char* name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

mode_t modeArgument(int flags, va_list arguments)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE ? mode_t(va_arg(arguments, int)) : 0;
}

} // namespace

extern "C" {

int open(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    static const auto real = next<int (*)(const char*, int, ...)>("open");
    const int fd = real(path, flags, mode);
    note(fd, path, __builtin_return_address(0));
    return fd;
}

int open64(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    static const auto real = next<int (*)(const char*, int, ...)>("open64");
    const int fd = real(path, flags, mode);
    note(fd, path, __builtin_return_address(0));
    return fd;
}

int openat(int dir, const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    static const auto real = next<int (*)(int, const char*, int, ...)>("openat");
    const int fd = real(dir, path, flags, mode);
    note(fd, path, __builtin_return_address(0));
    return fd;
}

int openat64(int dir, const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeArgument(flags, arguments);
    va_end(arguments);
    static const auto real = next<int (*)(int, const char*, int, ...)>("openat64");
    const int fd = real(dir, path, flags, mode);
    note(fd, path, __builtin_return_address(0));
    return fd;
}

// What calls to open() compile to under _FORTIFY_SOURCE.
int __open_2(const char* path, int flags)
{
    static const auto real = next<int (*)(const char*, int)>("__open_2");
    const int fd = real(path, flags);
    note(fd, path, __builtin_return_address(0));
    return fd;
}

int __open64_2(const char* path, int flags)
{
    static const auto real = next<int (*)(const char*, int)>("__open64_2");
    const int fd = real(path, flags);
    note(fd, path, __builtin_return_address(0));
    return fd;
}

// std::ifstream and the C library's streams.
FILE* fopen(const char* path, const char* mode)
{
    static const auto real = next<FILE* (*)(const char*, const char*)>("fopen");
    FILE* file = real(path, mode);
    if (file)
        note(::fileno(file), path, __builtin_return_address(0));
    return file;
}

FILE* fopen64(const char* path, const char* mode)
{
    static const auto real = next<FILE* (*)(const char*, const char*)>("fopen64");
    FILE* file = real(path, mode);
    if (file)
        note(::fileno(file), path, __builtin_return_address(0));
    return file;
}

} // extern "C"

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QString out;
    QString err;
    QString in;
    QTextStream o(&out);
    QTextStream e(&err);
    QTextStream i(&in);
    CliIo io{o, e, i, false};
    Cli c;
    Run r;
    r.code = c.run(QStringList{QStringLiteral("sitegovctl")} + args, io);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

// Records the opens of `database`'s files by anything but SQLite while it exists.
class Watch final
{
public:
    explicit Watch(const QString& database)
    {
        Recorder& r = recorder();
        const std::lock_guard<std::mutex> lock(r.mutex);
        r.database = QFile::encodeName(database).toStdString();
        r.opens.clear();
        r.watching = true;
    }
    ~Watch() { recorder().watching = false; }

    QStringList opens() const
    {
        Recorder& r = recorder();
        const std::lock_guard<std::mutex> lock(r.mutex);
        QStringList out;
        for (const std::string& o : r.opens)
            out << QString::fromStdString(o);
        return out;
    }
};

qint64 provinceId(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT id FROM organisations WHERE name = '福建省人民政府'")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

// A unit written by this program, as the console writes (through its open connection); empty, or
// why it could not be written.
QString writeUnit(QSqlDatabase& db, const QString& name)
{
    const auto id = RegistryService(db).createOrganisation(Session::system(QStringLiteral("test")),
        {0, provinceId(db), name, AdminLevel::Province, OrgKind::Department, QStringLiteral("350000"), {}, true});
    return id.ok() ? QString() : name + QStringLiteral(": ") + id.error().fullText();
}

QSet<QString> unitNames(QSqlDatabase& db, const QString& prefix)
{
    QSet<QString> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM organisations WHERE name LIKE ?"));
    q.addBindValue(prefix + u'%');
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

} // namespace

class TestDatabaseFiles final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo; // a demo database, copied for each test

    QString freshDemo(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("office.db"));
        return BackupService::backup(m_demo, path).ok() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        auto db = ConsoleDatabase::open(m_demo);
        QVERIFY(db.ok());
        QVERIFY(DemoBuilder::build(**db, {2017, QDate(2026, 11, 28)}).ok());
    }

    // The helper the console's file dialogs and every import use: the database and its working
    // files are recognised under any name, before they exist, without opening anything.
    void recognisesTheDatabaseAndItsWorkingFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.db"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        QCOMPARE(DatabaseFiles::kindOf(dir.filePath(QStringLiteral("sub/../office.db-wal")), path), DatabaseFiles::Kind::Wal);
        QCOMPARE(DatabaseFiles::kindOf(path + QStringLiteral("-shm"), path), DatabaseFiles::Kind::Shm);
        QCOMPARE(DatabaseFiles::kindOf(path + QStringLiteral("-journal"), path), DatabaseFiles::Kind::Journal);
        QCOMPARE(DatabaseFiles::openDatabaseOf(path), QString());
        {
            auto db = ConsoleDatabase::open(path);
            QVERIFY(db.ok());
            QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("sub/shortcut.db"))));
            QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard.db"))).constData()) == 0);
            QCOMPARE(DatabaseFiles::kindOf(dir.filePath(QStringLiteral("sub/shortcut.db")), path), DatabaseFiles::Kind::Database);
            QCOMPARE(DatabaseFiles::kindOf(dir.filePath(QStringLiteral("hard.db")), path), DatabaseFiles::Kind::Database);
            QCOMPARE(DatabaseFiles::kindOf(dir.filePath(QStringLiteral("other.db")), path), DatabaseFiles::Kind::None);
            QCOMPARE(DatabaseFiles::openDatabaseOf(dir.filePath(QStringLiteral("hard.db"))), (*db)->path());
            QCOMPARE(DatabaseFiles::openDatabaseOf(path + QStringLiteral("-wal")), (*db)->path());
            const Status refused = DatabaseFiles::refuse(dir.filePath(QStringLiteral("sub/shortcut.db")));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("is the SiteGov database itself")),
                qPrintable(refused.error().message));
            QVERIFY(DatabaseFiles::refuse(dir.filePath(QStringLiteral("other.db"))).ok());
        }
        QCOMPARE(DatabaseFiles::openDatabaseOf(path), QString());
        // Not open here, but named as the database a command works on.
        QVERIFY(!DatabaseFiles::refuse(dir.filePath(QStringLiteral("hard.db")), path).ok());
    }

    // Every path that takes a file a user names, given the database or its working files, and the
    // commands that work on the database, while another program writes: nothing but SQLite opens
    // the database's files.
    void nothingButSqliteOpensTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        QVERIFY(!path.isEmpty());
        auto console = ConsoleDatabase::open(path);
        QVERIFY(console.ok());
        WriterLoop writer(QStringLiteral(SITEGOVCTL_PATH), path, dir.path());
        QVERIFY2(writer.start(), qPrintable(writer.errors()));
        const QString wal = path + QStringLiteral("-wal");
        const QString shm = path + QStringLiteral("-shm");
        QVERIFY(QFile::exists(wal));
        QVERIFY(QFile::exists(shm));
        const QString d = QStringLiteral("-d");
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        {
            const Watch watch(path);
            // Refused, each with its reason: files a user names that are the database's own.
            const QList<QStringList> refused{
                {QStringLiteral("import"), QStringLiteral("orgs"), path, d, path},
                {QStringLiteral("import"), QStringLiteral("sites"), wal, d, path},
                {QStringLiteral("inspection"), QStringLiteral("import"), shm, d, path},
                {QStringLiteral("checklist"), QStringLiteral("set"), path, d, path},
                {QStringLiteral("checklist"), QStringLiteral("set"), shm, d, path},
                {QStringLiteral("restore"), wal, d, path},
                {QStringLiteral("restore"), path, d, path},
                {QStringLiteral("backup"), d, path, QStringLiteral("-o"), shm},
                {QStringLiteral("export"), QStringLiteral("sites"), d, path, QStringLiteral("-o"), path},
                {QStringLiteral("inspection"), QStringLiteral("export"), d, path, QStringLiteral("-o"), wal},
            };
            // (What each said is checked after what they opened.)
            QStringList notRefused;
            for (const QStringList& command : refused) {
                const Run r = cli(command);
                if (r.code == 0 || !r.err.contains(QLatin1String("SiteGov database")))
                    notRefused << command.join(u' ') + QStringLiteral(": ") + r.err;
            }
            // The storage layer, as the console calls it: the database this process has open.
            for (const QString& file : {path, wal, shm}) {
                const auto table = TableReader::read(file);
                if (table.ok() || !table.error().message.contains(QLatin1String("SiteGov database")))
                    notRefused << file + QStringLiteral(": ") + (table.ok() ? QString() : table.error().message);
                QVERIFY(!UserFile::readAll(file, 1 << 20).ok());
            }
            // What works on the database, through SQLite.
            const QList<QStringList> allowed{
                {QStringLiteral("migrate"), d, path},
                {QStringLiteral("user"), QStringLiteral("list"), d, path},
                {QStringLiteral("audit"), QStringLiteral("verify"), d, path},
                {QStringLiteral("checklist"), QStringLiteral("show"), d, path},
                {QStringLiteral("request"), QStringLiteral("list"), d, path},
                {QStringLiteral("review"), QStringLiteral("list"), d, path},
                {QStringLiteral("rectification"), QStringLiteral("list"), d, path},
                {QStringLiteral("export"), QStringLiteral("sites"), d, path, QStringLiteral("-o"), dir.filePath(QStringLiteral("sites.xlsx"))},
                {QStringLiteral("inspection"), QStringLiteral("export"), d, path, QStringLiteral("-o"), dir.filePath(QStringLiteral("i.csv"))},
                {QStringLiteral("backup"), d, path, QStringLiteral("-o"), copy},
                {QStringLiteral("restore"), copy, d, path},
            };
            QStringList failed;
            for (const QStringList& command : allowed) {
                const Run r = cli(command);
                if (r.code != 0)
                    failed << command.join(u' ') + QStringLiteral(": ") + r.err;
            }
            const auto daily = BackupService::dailyBackup(path, dir.filePath(QStringLiteral("daily")), 3, QDate(2026, 11, 28));
            if (!daily)
                failed << QStringLiteral("daily backup: ") + daily.error().fullText();
            QVERIFY2(writer.waitForWrites(2), qPrintable(writer.errors()));
            const QStringList opens = watch.opens();
            QVERIFY2(opens.isEmpty(), qPrintable(opens.join(u'\n')));
            QVERIFY2(notRefused.isEmpty(), qPrintable(notRefused.join(u'\n')));
            QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
        }
        writer.stop();
    }

    // The scenario of the issue, in spirit: this program has the database open (as the console has)
    // and runs the paths above with the database's files, while another program writes and closes
    // again and again; this program writes too. At the end the database is whole and no write that
    // either program was told was made is lost.
    void confirmedWritesSurviveWhileAnotherProgramWrites()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        QVERIFY(!path.isEmpty());
        QStringList ours;
        QList<int> theirs;
        {
            auto console = ConsoleDatabase::open(path);
            QVERIFY(console.ok());
            QSqlDatabase& db = (*console)->connection();
            WriterLoop writer(QStringLiteral(SITEGOVCTL_PATH), path, dir.path());
            QVERIFY2(writer.start(), qPrintable(writer.errors()));
            for (int round = 0; round < 6; ++round) {
                for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                    QVERIFY(!TableReader::read(file).ok());
                    QVERIFY(cli({QStringLiteral("checklist"), QStringLiteral("set"), file, QStringLiteral("-d"), path}).code != 0);
                    QVERIFY(!BackupService::restore(file, path, Session::system(QStringLiteral("test"))).ok());
                }
                // The other program opens and closes the database after those paths ran...
                QVERIFY2(writer.waitForWrites(2), qPrintable(writer.errors()));
                // ...and this program goes on writing through the connection it kept open.
                const QString name = QStringLiteral("本程序写入单位%1").arg(round);
                const QString failed = writeUnit(db, name);
                QVERIFY2(failed.isEmpty(), qPrintable(failed));
                ours << name;
            }
            theirs = writer.stop();
            QVERIFY(!theirs.isEmpty());
        }
        auto check = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
        QVERIFY(check.ok());
        QSqlDatabase& db = (*check)->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        const QSet<QString> found = unitNames(db, QStringLiteral("本程序写入单位"));
        for (const QString& name : std::as_const(ours))
            QVERIFY2(found.contains(name), qPrintable(name + QStringLiteral(" was lost")));
        const QSet<int> loop = WriterLoop::unitsIn(db);
        for (int n : std::as_const(theirs))
            QVERIFY2(loop.contains(n), qPrintable(QStringLiteral("the other program's write %1 was lost").arg(n)));
    }

    // demo --replace on a database another connection has open: emptied and rebuilt in place
    // through SQLite, so that the connection sees the new demo, instead of the file being deleted
    // under it (it would go on reading and writing a deleted file).
    void demoReplaceRebuildsTheDatabaseInPlace()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        QVERIFY(!path.isEmpty());
        auto console = ConsoleDatabase::open(path);
        QVERIFY(console.ok());
        QSqlDatabase& db = (*console)->connection();
        QCOMPARE(writeUnit(db, QStringLiteral("替换前的单位")), QString());
        struct stat before {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--replace"), QStringLiteral("--seed"), QStringLiteral("5"),
            QStringLiteral("-d"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        struct stat after {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        QVERIFY(unitNames(db, QStringLiteral("替换前的单位")).isEmpty());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sites")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "TestDatabaseFiles.moc"
