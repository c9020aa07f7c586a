#include "TestSupport.h"
#include "db/DatabaseWait.h"
#include "db/Dialect.h"
#include "db/Migrator.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "db/SqlScript.h"
#include "storage/ConsoleDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a SQLite file with the given statements through a private connection.
void writeRaw(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinMigrationsAreNumberedAndParse()
    {
        const auto list = Migrator::builtin(*db::Dialect::forDriver(QStringLiteral("QSQLITE")), ConsoleDatabase::schema());
        QVERIFY2(list.ok(), qPrintable(list.error().fullText()));
        QVERIFY(!list->isEmpty());
        for (int i = 0; i < list->size(); ++i) {
            QCOMPARE(list->at(i).version, i + 1);
            QVERIFY(!list->at(i).statements.isEmpty());
        }
        QCOMPARE(ConsoleDatabase::latestVersion(), list->constLast().version);
    }

    void emptyDatabaseMigratesToLatest()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), ConsoleDatabase::latestVersion());
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA user_version")).toInt(), ConsoleDatabase::latestVersion());
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA application_id")).toLongLong(), ConsoleDatabase::kApplicationId);
        QVERIFY(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sites'")).toInt() == 1);
    }

    void openingSetsPragmas()
    {
        QTemporaryDir dir;
        auto db = test::openTempDatabase(dir);
        QVERIFY(db);
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // Waiting for another writer is DatabaseWait's busy handler, not SQLite's fixed busy timeout:
        // a second connection waits up to the limit and then says who writes.
        {
            auto other = ConsoleDatabase::open(db->path(), Database::Mode::RequireCurrent);
            QVERIFY(other.ok());
            Transaction holding(db->connection());
            QVERIFY(holding.isActive());
            DatabaseWait::setLimit(300);
            Transaction waiting((*other)->connection());
            DatabaseWait::setLimit(DatabaseWait::kDefaultLimitMs);
            QVERIFY(!waiting.isActive());
            QCOMPARE(waiting.beginError().code, QStringLiteral("database.busy"));
            QVERIFY2(waiting.beginError().message.startsWith(QLatin1String("Another task of this program is writing")),
                qPrintable(waiting.beginError().message));
        }
        // Foreign keys are enforced.
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO organisations (parent_id, name, level, kind, division_code, created_at, "
                                       "updated_at) VALUES (999, 'x', 'city', 'government', '350100', 'a', 'a')")));
    }

    void reopeningIsIdempotent()
    {
        QTemporaryDir dir;
        {
            auto db = test::openTempDatabase(dir);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO organisations (name, level, kind, division_code, created_at, "
                                          "updated_at) VALUES ('福建省人民政府', 'province', 'government', '350000', 'a', 'a')")));
        }
        auto again = test::openTempDatabase(dir);
        QVERIFY(again);
        QCOMPARE(scalar(again->connection(), QStringLiteral("SELECT name FROM organisations")).toString(),
            QStringLiteral("福建省人民政府"));
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        writeRaw(path, {QStringLiteral("CREATE TABLE future(x)"), QStringLiteral("INSERT INTO future VALUES (1)"),
                           QStringLiteral("PRAGMA application_id = %1").arg(ConsoleDatabase::kApplicationId),
                           QStringLiteral("PRAGMA user_version = 999")});
        const QByteArray before = fileHash(path);
        const auto db = ConsoleDatabase::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("newer version")), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void foreignDatabasesAreRefused()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.db"));
        writeRaw(other, {QStringLiteral("CREATE TABLE customers(x)")});
        const QByteArray before = fileHash(other);
        auto db = ConsoleDatabase::open(other);
        QVERIFY(!db.ok());
        QCOMPARE(fileHash(other), before);

        const QString app = dir.filePath(QStringLiteral("app.db"));
        writeRaw(app, {QStringLiteral("PRAGMA application_id = 12345")});
        QVERIFY(!ConsoleDatabase::open(app).ok());

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("这不是数据库 — this is not a database, just a text file of some length.\n");
        f.close();
        const QByteArray textBefore = fileHash(text);
        db = ConsoleDatabase::open(text);
        QVERIFY(!db.ok());
        QCOMPARE(fileHash(text), textBefore);

        QVERIFY(!ConsoleDatabase::open(dir.path()).ok()); // a folder
        QVERIFY(!ConsoleDatabase::open(QString()).ok());
    }

    void failedMigrationLeavesTheOldDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const QList<Migration> good{{1, QStringLiteral("one"), SqlScript::split(QStringLiteral(
                                                                        "CREATE TABLE a(x); INSERT INTO a VALUES (42);"))}};
            QCOMPARE(Migrator(good, ConsoleDatabase::kApplicationId).migrate(db).value(), 1);

            QList<Migration> bad = good;
            bad.append({2, QStringLiteral("two"),
                SqlScript::split(QStringLiteral("CREATE TABLE b(y); UPDATE a SET x = 0; INSERT INTO missing VALUES (1);"))});
            const auto result = Migrator(bad, ConsoleDatabase::kApplicationId).migrate(db);
            QVERIFY(!result.ok());
            QVERIFY(result.error().message.contains(QLatin1String("version 1")));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM a")).toInt(), 42);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'b'")).toInt(), 0);

            // Fixing the migration lets it through, cumulatively from version 1.
            bad[1].statements = SqlScript::split(QStringLiteral("CREATE TABLE b(y); UPDATE a SET x = 7;"));
            QCOMPARE(Migrator(bad, ConsoleDatabase::kApplicationId).migrate(db).value(), 2);
            QCOMPARE(scalar(db, QStringLiteral("SELECT x FROM a")).toInt(), 7);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("m"));
    }

    void everyOlderVersionMigratesToLatest()
    {
        const auto list = Migrator::builtin(*db::Dialect::forDriver(QStringLiteral("QSQLITE")), ConsoleDatabase::schema());
        QVERIFY(list.ok());
        for (int stop = 0; stop <= list->size(); ++stop) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("v.db"));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                // What the console's migrations need of a connection (the sort-key function of 0010).
                QVERIFY(ConsoleDatabase::schema().prepareConnection(db).ok());
                QCOMPARE(Migrator(list->mid(0, stop), ConsoleDatabase::kApplicationId).migrate(db).value(), stop);
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("v"));
            auto db = ConsoleDatabase::open(path);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
            QCOMPARE((*db)->schemaVersion(), ConsoleDatabase::latestVersion());
        }
    }

    void requireCurrentDoesNotMigrate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(!ConsoleDatabase::open(path, Database::Mode::RequireCurrent).ok()); // does not exist
        QVERIFY(!QFile::exists(path));
        auto db = test::openTempDatabase(dir, QStringLiteral("old.db"));
        QVERIFY(db);
        auto another = db->openAnother();
        QVERIFY(another.ok());
        QCOMPARE((*another)->schemaVersion(), db->schemaVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
