// Database::open with a schema of the test's own: migrations are the schema's, for the dialect; the
// schema's mark keeps other programs' files out; its hooks run on every connection.
#include "DbTestSupport.h"
#include "db/Dialect.h"
#include "db/Query.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

namespace {

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestDbSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSchemaWithoutMigrationsForTheDialectIsRefused()
    {
        QTemporaryDir dir;
        const db::Schema schema{QStringLiteral("elsewhere"), dir.filePath(QStringLiteral("none")), 0x54455354, {}, {}};
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const auto opened = Database::open(path, Database::Mode::Migrate, schema);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QLatin1String("elsewhere"))
                && opened.error().message.contains(QLatin1String("sqlite")),
            qPrintable(opened.error().message));
        // Refused before the file was made.
        QVERIFY(!QFileInfo::exists(path));
    }

    void migratesAndMarksItsDatabases()
    {
        QTemporaryDir dir;
        const db::Schema schema = test::writeSchema(dir,
            {QStringLiteral("PRAGMA application_id = 1413829460; CREATE TABLE a (x INTEGER);"),
                QStringLiteral("CREATE TABLE b (y INTEGER); INSERT INTO a VALUES (1);")});
        const QString path = dir.filePath(QStringLiteral("m.db"));
        {
            auto opened = Database::open(path, Database::Mode::Migrate, schema);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
            QCOMPARE((*opened)->schemaVersion(), 2);
            QCOMPARE(&(*opened)->schema(), &schema);
            QCOMPARE((*opened)->dialect().name(), QStringLiteral("sqlite"));
            QCOMPARE(scalar((*opened)->connection(), QStringLiteral("PRAGMA user_version")).toInt(), 2);
            QCOMPARE(scalar((*opened)->connection(), QStringLiteral("PRAGMA application_id")).toLongLong(), 0x54455354);
            QCOMPARE(scalar((*opened)->connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(scalar((*opened)->connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        }
        // Another schema's program leaves it alone.
        const db::Schema other{QStringLiteral("other"), schema.migrations, 0x4F544852, {}, {}};
        const auto refused = Database::open(path, Database::Mode::Migrate, other);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("another program")), qPrintable(refused.error().message));
    }

    void aNewerMigrationIsAppliedOnceAndRequireCurrentWaitsForIt()
    {
        QTemporaryDir dir;
        db::Schema schema = test::writeSchema(dir, {QStringLiteral("CREATE TABLE a (x INTEGER);")});
        const QString path = dir.filePath(QStringLiteral("v.db"));
        QVERIFY(Database::open(path, Database::Mode::Migrate, schema).ok());
        // The program's next version brings migration 2 (a schema of its own: migrations are read once per folder).
        QTemporaryDir next;
        schema = test::writeSchema(next, {QStringLiteral("CREATE TABLE a (x INTEGER);"),
                                             QStringLiteral("INSERT INTO a VALUES (7);")});
        const auto current = Database::open(path, Database::Mode::RequireCurrent, schema);
        QVERIFY(!current.ok());
        QVERIFY2(current.error().message.contains(QLatin1String("schema version 1")), qPrintable(current.error().message));
        for (int i = 0; i < 2; ++i) {
            auto opened = Database::open(path, Database::Mode::Migrate, schema);
            QVERIFY(opened.ok());
            QCOMPARE((*opened)->schemaVersion(), 2);
            QCOMPARE(scalar((*opened)->connection(), QStringLiteral("SELECT count(*) FROM a")).toInt(), 1);
        }
    }

    void theSchemasHooksRunOnEveryConnection()
    {
        QTemporaryDir dir;
        db::Schema schema = test::writeSchema(dir, {QStringLiteral("CREATE TABLE a (x INTEGER);")});
        int prepared = 0;
        int ready = 0;
        schema.prepareConnection = [&prepared](QSqlDatabase& db) -> Status {
            ++prepared;
            // Before the migrations: the connection has no schema yet on the first open.
            return db::Query(db, QStringLiteral("CREATE TEMP TABLE hooked (at TEXT)")).exec(QStringLiteral("hook"));
        };
        schema.connectionReady = [&ready](QSqlDatabase& db) -> Status {
            ++ready;
            return db::Query(db, QStringLiteral("INSERT INTO a VALUES (1)")).exec(QStringLiteral("hook"));
        };
        const QString path = dir.filePath(QStringLiteral("h.db"));
        auto first = Database::open(path, Database::Mode::Migrate, schema);
        QVERIFY(first.ok());
        auto second = (*first)->openAnother();
        QVERIFY(second.ok());
        QCOMPARE(prepared, 2);
        QCOMPARE(ready, 2);
        QCOMPARE(scalar((*second)->connection(), QStringLiteral("SELECT count(*) FROM a")).toInt(), 2);
        QCOMPARE(scalar((*second)->connection(), QStringLiteral("SELECT count(*) FROM temp.hooked")).toInt(), 0);

        // A hook that fails stops the opening with its error.
        schema.connectionReady = [](QSqlDatabase&) -> Status { return Error{QStringLiteral("not ready"), {}}; };
        const auto refused = Database::open(path, Database::Mode::Migrate, schema);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("not ready"));
    }
};

QTEST_GUILESS_MAIN(TestDbSchema)
#include "TestDbSchema.moc"
