#include "db/SqlScript.h"

#include <QTest>

using sitegov::SqlScript;

class TestSqlScript final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only comments") << QStringLiteral("-- a\n/* b; c */\n") << QStringList();
        QTest::newRow("two") << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);")
                             << QStringList{QStringLiteral("CREATE TABLE a(x)"), QStringLiteral("CREATE TABLE b(y)")};
        QTest::newRow("no final semicolon") << QStringLiteral("SELECT 1")
                                            << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT 2;")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s; fine')"), QStringLiteral("SELECT 2")};
        QTest::newRow("semicolon in identifier")
            << QStringLiteral("CREATE TABLE \"a;b\"(x); SELECT [c;d] FROM `e;f`;")
            << QStringList{QStringLiteral("CREATE TABLE \"a;b\"(x)"), QStringLiteral("SELECT [c;d] FROM `e;f`")};
        QTest::newRow("semicolon in comments")
            << QStringLiteral("SELECT 1 -- one; two\n;/* three; */SELECT 3;")
            << QStringList{QStringLiteral("SELECT 1 -- one; two"), QStringLiteral("/* three; */SELECT 3")};
        QTest::newRow("trigger")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = 1; DELETE FROM c; END;\nSELECT 4;")
            << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = 1; DELETE FROM c; END"),
                   QStringLiteral("SELECT 4")};
        QTest::newRow("trigger with case")
            << QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS t BEFORE DELETE ON a BEGIN SELECT CASE WHEN old.x "
                              "THEN RAISE(ABORT, 'no; never') END; END; SELECT 5")
            << QStringList{QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS t BEFORE DELETE ON a BEGIN SELECT CASE WHEN "
                                          "old.x THEN RAISE(ABORT, 'no; never') END; END"),
                   QStringLiteral("SELECT 5")};
        QTest::newRow("case outside trigger") << QStringLiteral("SELECT CASE WHEN 1 THEN 2 END; SELECT 6;")
                                              << QStringList{QStringLiteral("SELECT CASE WHEN 1 THEN 2 END"),
                                                     QStringLiteral("SELECT 6")};
        QTest::newRow("begin transaction") << QStringLiteral("BEGIN; SELECT 7; END;")
                                           << QStringList{QStringLiteral("BEGIN"), QStringLiteral("SELECT 7"),
                                                  QStringLiteral("END")};
        QTest::newRow("chinese text") << QStringLiteral("INSERT INTO t VALUES ('福建；省');")
                                      << QStringList{QStringLiteral("INSERT INTO t VALUES ('福建；省')")};
        QTest::newRow("unterminated string") << QStringLiteral("SELECT 'abc; def")
                                             << QStringList{QStringLiteral("SELECT 'abc; def")};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlScript::split(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "TestSqlScript.moc"
