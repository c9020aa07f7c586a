// db::Query, the checked query helper, and the SQLite dialect's statements, on a schema of the
// test's own (the db layer knows no SiteGov schema).
#include "DbTestSupport.h"
#include "db/Dialect.h"
#include "db/Query.h"
#include "db/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

class TestDbQuery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    db::Schema m_schema;
    std::unique_ptr<Database> m_db;

    QSqlDatabase& c() { return m_db->connection(); }

    int count() { return db::Query(c(), QStringLiteral("SELECT count(*) FROM things")).value<int>(QStringLiteral("count")).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_schema = test::writeSchema(m_dir,
            {QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, size INTEGER);"
                            "CREATE TABLE parts (id INTEGER PRIMARY KEY, thing_id INTEGER NOT NULL REFERENCES things(id));")});
        auto opened = Database::open(m_dir.filePath(QStringLiteral("q.db")), Database::Mode::Migrate, m_schema);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        m_db = std::move(opened).value();
    }

    void init() { QVERIFY(QSqlQuery(c()).exec(QStringLiteral("DELETE FROM things"))); }

    void insertsGiveTheNewRowsNumber()
    {
        db::Query insert(c(), QStringLiteral("INSERT INTO things (name, size) VALUES (?, ?)"));
        const auto a = insert.bind(QStringLiteral("a"), 1).insert(QStringLiteral("not saved"));
        const auto b = insert.bind(QStringLiteral("b"), 2).insert(QStringLiteral("not saved"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(*b > *a);
        QCOMPARE(db::Query(c(), QStringLiteral("SELECT name FROM things WHERE id = ?"))
                     .bind(*b)
                     .single<QString>(QStringLiteral("not read"), QStringLiteral("none"))
                     .value(),
            QStringLiteral("b"));
    }

    void rowsAreMappedAndMissingRowsSaidSo()
    {
        db::Query insert(c(), QStringLiteral("INSERT INTO things (name, size) VALUES (?, ?)"));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(insert.bind(QStringLiteral("t%1").arg(i), i * 10).exec(QStringLiteral("not saved")).ok());
        const auto rows = db::Query(c(), QStringLiteral("SELECT name, size FROM things ORDER BY size"))
                              .rows(QStringLiteral("not read"), [](const QSqlQuery& q) {
                                  return q.value(0).toString() + u'=' + q.value(1).toString();
                              });
        QVERIFY(rows.ok());
        QCOMPARE(*rows, (QList<QString>{QStringLiteral("t1=10"), QStringLiteral("t2=20"), QStringLiteral("t3=30")}));
        QCOMPARE(db::Query(c(), QStringLiteral("SELECT size FROM things ORDER BY size DESC"))
                     .column<int>(QStringLiteral("not read"))
                     .value(),
            (QList<int>{30, 20, 10}));

        const auto none = db::Query(c(), QStringLiteral("SELECT name FROM things WHERE size > ?"))
                              .bind(100)
                              .first(QStringLiteral("not read"), [](const QSqlQuery& q) { return q.value(0).toString(); });
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        const auto missing = db::Query(c(), QStringLiteral("SELECT name FROM things WHERE size > ?"))
                                 .bind(100)
                                 .single<QString>(QStringLiteral("not read"), QStringLiteral("There is no such thing."));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, QStringLiteral("There is no such thing."));
        QCOMPARE(count(), 3);
    }

    void namedValuesAndChangedRows()
    {
        QVERIFY(db::Query(c(), QStringLiteral("INSERT INTO things (name, size) VALUES (:name, :size)"))
                    .bindNamed(QStringLiteral(":size"), 5)
                    .bindNamed(QStringLiteral(":name"), QStringLiteral("n"))
                    .exec(QStringLiteral("not saved"))
                    .ok());
        QVERIFY(db::Query(c(), QStringLiteral("INSERT INTO things (name, size) VALUES ('m', 5)")).exec(QStringLiteral("x")).ok());
        const auto changed = db::Query(c(), QStringLiteral("UPDATE things SET size = size + 1 WHERE size = ?"))
                                 .bind(5)
                                 .changed(QStringLiteral("not saved"));
        QCOMPARE(changed.value(), 2);
        QCOMPARE(db::Query(c(), QStringLiteral("SELECT count(*) FROM things WHERE size = 6")).value<int>(QStringLiteral("x")).value(), 2);
    }

    void failuresSayWhatFailedWithTheDriversTextInTheDetail()
    {
        db::Query insert(c(), QStringLiteral("INSERT INTO things (name) VALUES (?)"));
        QVERIFY(insert.bind(QStringLiteral("same")).exec(QStringLiteral("The thing was not saved.")).ok());
        const Status twice = insert.bind(QStringLiteral("same")).exec(QStringLiteral("The thing was not saved."));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().message, QStringLiteral("The thing was not saved."));
        QVERIFY2(twice.error().detail.contains(QLatin1String("UNIQUE")), qPrintable(twice.error().detail));
        // The kind of failure, for callers that say something of their own about it.
        QCOMPARE(twice.error().code, db::Dialect::uniqueViolationCode());
        const Status orphan = db::Query(c(), QStringLiteral("INSERT INTO parts (thing_id) VALUES (?)")).bind(999).exec(QStringLiteral("x"));
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().code, db::Dialect::foreignKeyViolationCode());
        // The statement is still usable after a failure.
        QVERIFY(insert.bind(QStringLiteral("other")).exec(QStringLiteral("x")).ok());

        // A statement that does not prepare: the same message, the driver's text and the SQL in the detail.
        const auto broken = db::Query(c(), QStringLiteral("SELECT x FROM nowhere")).value<int>(QStringLiteral("Nothing could be read."));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().message, QStringLiteral("Nothing could be read."));
        QVERIFY2(broken.error().detail.contains(QLatin1String("no such table")), qPrintable(broken.error().detail));
        QVERIFY(broken.error().detail.contains(QLatin1String("SELECT x FROM nowhere")));
        QCOMPARE(count(), 2);
    }

    void aCachedStatementHoldsNoReadOpen()
    {
        db::Query insert(c(), QStringLiteral("INSERT INTO things (name, size) VALUES (?, ?)"));
        for (int i = 0; i < 50; ++i)
            QVERIFY(insert.bind(QStringLiteral("c%1").arg(i), i).exec(QStringLiteral("x")).ok());
        // Read one row of many through the statement cache, then let another connection write and
        // truncate the log: it could not while a read of this one were still open.
        const auto firstRow = db::Query::cached(c(), QStringLiteral("SELECT name FROM things ORDER BY size"))
                                  .first(QStringLiteral("x"), [](const QSqlQuery& q) { return q.value(0).toString(); });
        QCOMPARE(firstRow.value().value_or(QString()), QStringLiteral("c0"));
        auto other = m_db->openAnother();
        QVERIFY(other.ok());
        QVERIFY(db::Query((*other)->connection(), QStringLiteral("INSERT INTO things (name, size) VALUES ('w', 99)"))
                    .exec(QStringLiteral("x"))
                    .ok());
        QSqlQuery checkpoint((*other)->connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0); // 0: not blocked by a reader
        // The same cached statement runs again.
        QCOMPARE(db::Query::cached(c(), QStringLiteral("SELECT name FROM things ORDER BY size"))
                     .column<QString>(QStringLiteral("x"))
                     .value()
                     .size(),
            51);
    }

    void upsertInsertsThenUpdates()
    {
        const db::Dialect& dialect = m_db->dialect();
        const QString sql = dialect.upsert(QStringLiteral("things"), {QStringLiteral("name"), QStringLiteral("size")},
            {QStringLiteral("name")});
        QVERIFY(db::Query(c(), sql).bind(QStringLiteral("u"), 1).exec(QStringLiteral("x")).ok());
        QVERIFY(db::Query(c(), sql).bind(QStringLiteral("u"), 2).exec(QStringLiteral("x")).ok());
        QCOMPARE(count(), 1);
        QCOMPARE(db::Query(c(), QStringLiteral("SELECT size FROM things WHERE name = 'u'")).value<int>(QStringLiteral("x")).value(), 2);
        // Nothing to update but the key: an existing row stays as it is.
        const QString keep = dialect.upsert(QStringLiteral("things"), {QStringLiteral("name")}, {QStringLiteral("name")});
        QVERIFY(db::Query(c(), keep).bind(QStringLiteral("u")).exec(QStringLiteral("x")).ok());
        QCOMPARE(count(), 1);
    }

    void bulkInsertsInsertEveryRowAndSayWhichFailed()
    {
        Transaction tx(c());
        QVERIFY(tx.isActive());
        auto bulk = m_db->dialect().bulkInsert(c(), QStringLiteral("INSERT INTO things (name, size) VALUES (?, ?)"));
        QVERIFY2(bulk.ok(), qPrintable(bulk.ok() ? QString() : bulk.error().detail));
        for (int i = 0; i < 1000; ++i) {
            (*bulk)->bindText(1, QStringLiteral("名%1").arg(i));
            if (i % 2)
                (*bulk)->bindInt(2, i);
            else
                (*bulk)->bindNull(2);
            QVERIFY((*bulk)->step().ok());
        }
        (*bulk)->bindText(1, QStringLiteral("名7"));
        (*bulk)->bindDouble(2, 1.5);
        const Status duplicate = (*bulk)->step();
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().detail.contains(QLatin1String("UNIQUE")), qPrintable(duplicate.error().detail));
        bulk = Error{};
        QVERIFY(tx.commit().ok());
        QCOMPARE(count(), 1000);
        QCOMPARE(db::Query(c(), QStringLiteral("SELECT count(*) FROM things WHERE size IS NULL")).value<int>(QStringLiteral("x")).value(), 500);
        QCOMPARE(db::Query(c(), QStringLiteral("SELECT size FROM things WHERE name = ?")).bind(QStringLiteral("名7")).value<int>(QStringLiteral("x")).value(), 7);
    }

    void anAbandonedStatementStops()
    {
        const QString slow = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
                                            "SELECT count(*) FROM n");
        int asked = 0;
        {
            const auto guard = m_db->dialect().interruptWhen(c(), [&asked] { return ++asked > 3; });
            const auto stopped = db::Query(c(), slow).value<qint64>(QStringLiteral("Counting stopped."));
            QVERIFY(!stopped.ok());
            QCOMPARE(stopped.error().message, QStringLiteral("Counting stopped."));
            QCOMPARE(asked, 4);
        }
        // Once the guard is gone, statements run to their end.
        QCOMPARE(db::Query(c(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                                               "SELECT count(*) FROM n"))
                     .value<qint64>(QStringLiteral("x"))
                     .value(),
            qint64(100000));
        QCOMPARE(asked, 4);
    }
};

QTEST_GUILESS_MAIN(TestDbQuery)
#include "TestDbQuery.moc"
