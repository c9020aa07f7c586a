// db::DatabaseLocation: the one parser of --database for the console, sitegovctl and sitegov-server.
#include "db/DatabaseLocation.h"

#include <QTest>

using namespace sitegov;
using db::DatabaseLocation;

class TestDatabaseLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsAreFiles()
    {
        for (const QString& text : {QStringLiteral("sitegov.db"), QStringLiteral("/var/lib/sitegov/省.db"),
                 QStringLiteral("postgresql.db"), QStringLiteral("./postgres:/x")}) {
            const auto l = DatabaseLocation::parse(text);
            QVERIFY2(l.ok(), qPrintable(text));
            QVERIFY(l->isFile());
            QCOMPARE(l->path(), text);
            QCOMPARE(l->toString(), text);
        }
    }

    void urlsArePostgres_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("full") << "postgresql://director@db.fj.gov.cn:6432/sitegov?sslmode=require"
                              << "director"
                              << "db.fj.gov.cn" << 6432 << "sitegov"
                              << "require"
                              << "postgresql://director@db.fj.gov.cn:6432/sitegov?sslmode=require";
        QTest::newRow("short scheme") << "postgres://postgres@localhost/sitegov"
                                      << "postgres"
                                      << "localhost" << 0 << "sitegov"
                                      << ""
                                      << "postgresql://postgres@localhost/sitegov";
        QTest::newRow("no user") << "postgresql://localhost/sitegov"
                                 << ""
                                 << "localhost" << 0 << "sitegov"
                                 << ""
                                 << "postgresql://localhost/sitegov";
        QTest::newRow("local socket") << "postgresql:///sitegov"
                                      << ""
                                      << "" << 0 << "sitegov"
                                      << ""
                                      << "postgresql:///sitegov";
        QTest::newRow("ipv6") << "postgresql://u@[::1]:5433/d"
                              << "u"
                              << "::1" << 5433 << "d"
                              << ""
                              << "postgresql://u@[::1]:5433/d";
        QTest::newRow("encoded") << "postgresql://ex%40mple@h/db%20one"
                                 << "ex@mple"
                                 << "h" << 0 << "db one"
                                 << ""
                                 << "postgresql://ex%40mple@h/db%20one";
        QTest::newRow("upper case scheme") << "PostgreSQL://u@h/d"
                                           << "u"
                                           << "h" << 0 << "d"
                                           << ""
                                           << "postgresql://u@h/d";
    }

    void urlsArePostgres()
    {
        QFETCH(QString, text);
        const auto l = DatabaseLocation::parse(text);
        QVERIFY2(l.ok(), qPrintable(l.ok() ? QString() : l.error().fullText()));
        QVERIFY(l->isPostgres());
        QTEST(l->user(), "user");
        QTEST(l->host(), "host");
        QTEST(l->port(), "port");
        QTEST(l->database(), "database");
        QTEST(l->sslMode(), "sslMode");
        QTEST(l->toString(), "canonical");
        // The canonical text parses back to the same place.
        const auto again = DatabaseLocation::parse(l->toString());
        QVERIFY(again.ok());
        QVERIFY(*again == *l);
    }

    // A PostgreSQL connection gives up after 10 s on a server that does not answer (libpq's
    // connect_timeout), instead of the system's TCP timeout of about two minutes; TLS as asked.
    void connectionsGiveUpOnASilentServer()
    {
        const auto l = DatabaseLocation::parse(QStringLiteral("postgresql://director@h/sitegov?sslmode=require"));
        QVERIFY(l.ok());
        const QStringList options = l->connectOptions().split(u';');
        QVERIFY2(options.contains(QStringLiteral("connect_timeout=10")), qPrintable(l->connectOptions()));
        QVERIFY2(options.contains(QStringLiteral("sslmode=require")), qPrintable(l->connectOptions()));
    }

    // The prefix of the database's role names: the address's ?role_prefix=, else the database's name
    // made a prefix (db::RoleNames); kept through the canonical text, and checked.
    void rolePrefix()
    {
        auto l = DatabaseLocation::parse(QStringLiteral("postgresql://director@h/Sitegov-Fujian"));
        QVERIFY(l.ok());
        QCOMPARE(l->rolePrefix(), QStringLiteral("sitegov_fujian"));
        l = DatabaseLocation::parse(QStringLiteral("postgresql://director@h/copy2?sslmode=require&role_prefix=sitegov"));
        QVERIFY(l.ok());
        QCOMPARE(l->rolePrefix(), QStringLiteral("sitegov"));
        QCOMPARE(l->sslMode(), QStringLiteral("require"));
        QCOMPARE(l->toString(), QStringLiteral("postgresql://director@h/copy2?sslmode=require&role_prefix=sitegov"));
        QCOMPARE(l->withUser(QStringLiteral("sitegov_director")).toString(),
            QStringLiteral("postgresql://sitegov_director@h/copy2?sslmode=require&role_prefix=sitegov"));
        const auto bad = DatabaseLocation::parse(QStringLiteral("postgresql://u@h/d?role_prefix=No-Good"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("lower-case letters")), qPrintable(bad.error().message));
        const auto longer = DatabaseLocation::parse(
            QStringLiteral("postgresql://u@h/d?role_prefix=") + QStringLiteral("p").repeated(50));
        QVERIFY(!longer.ok());
        QVERIFY2(longer.error().message.contains(QLatin1String("too long")), qPrintable(longer.error().message));
    }

    void badUrlsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << "postgresql://director:secret@h/sitegov"
                                  << "must not hold a password";
        QTest::newRow("no database") << "postgresql://director@h/"
                                     << "names no database";
        QTest::newRow("no path") << "postgresql://director@h"
                                 << "names no database";
        QTest::newRow("two levels") << "postgresql://director@h/a/b"
                                    << "names no database";
        QTest::newRow("other parameter") << "postgresql://u@h/d?options=-c%20x"
                                         << "only sslmode";
        QTest::newRow("bad sslmode") << "postgresql://u@h/d?sslmode=maybe"
                                     << "sslmode must be one of";
        QTest::newRow("bad port") << "postgresql://u@h:99999/d"
                                  << "is not a PostgreSQL address";
        QTest::newRow("empty") << "  "
                               << "No database was given";
    }

    void badUrlsAreRefusedWithTheReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto l = DatabaseLocation::parse(text);
        QVERIFY(!l.ok());
        QVERIFY2(l.error().message.contains(says), qPrintable(l.error().message));
        // Never the password in what is said.
        QVERIFY(!l.error().fullText().contains(QLatin1String("secret")));
    }

    void aLoginOfItsOwnAtTheSamePlace()
    {
        const auto l
            = DatabaseLocation::parse(QStringLiteral("postgresql://postgres@h:5433/sitegov?sslmode=verify-full"));
        QVERIFY(l.ok());
        QCOMPARE(l->withUser(QStringLiteral("sitegov_director")).toString(),
            QStringLiteral("postgresql://sitegov_director@h:5433/sitegov?sslmode=verify-full"));
    }

    void displayNames()
    {
        QCOMPARE(DatabaseLocation::displayName(QStringLiteral("/home/u/省政府.db")), QStringLiteral("省政府.db"));
        QCOMPARE(
            DatabaseLocation::displayName(QStringLiteral("postgres://u@h/d")), QStringLiteral("postgresql://u@h/d"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "TestDatabaseLocation.moc"
