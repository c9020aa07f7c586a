#include "cli/Cli.h"
#include "core/Language.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

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
    CliIo io{o, e, i};
    Cli c;
    Run r;
    r.code = c.run(QStringList{QStringLiteral("sitegovctl")} + args, io);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void overviewAndVersion()
    {
        Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("migrate")));
        QVERIFY(r.out.contains(QLatin1String("demo")));
        r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("sitegovctl ")));
        r = cli({});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("Unknown command")));
        r = cli({QStringLiteral("--lang"), QStringLiteral("klingon"), QStringLiteral("migrate")});
        QCOMPARE(r.code, 2);
    }

    void everySubcommandHasHelp()
    {
        Cli c;
        QVERIFY(!c.commands().isEmpty());
        for (const auto& command : c.commands()) {
            QStringList args = command.name.split(u' ');
            args << QStringLiteral("--help");
            const Run r = cli(args);
            QVERIFY2(r.code == 0, qPrintable(command.name));
            QVERIFY2(r.out.contains(QLatin1String("--help")), qPrintable(command.name + u'\n' + r.out));
            QVERIFY2(r.out.contains(command.summary), qPrintable(command.name));
        }
    }

    void badOptionsAreUsageErrors()
    {
        Run r = cli({QStringLiteral("migrate"), QStringLiteral("--nonsense")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("nonsense")));
        r = cli({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("abc"), QStringLiteral("--database"),
            QStringLiteral("/tmp/never-created.db")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-created.db")));
    }

    void migrateAndDemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        Run r = cli({QStringLiteral("migrate"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("schema version")));
        r = cli({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("sites")));
        r = cli({QStringLiteral("demo"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("--replace")));
        r = cli({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--replace")});
        QCOMPARE(r.code, 0);
    }

    void migrateRefusesANewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 500"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("n"));
        const Run r = cli({QStringLiteral("migrate"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("newer")));
    }

    void realProcessInChinese()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SITEGOV_LANG"), QStringLiteral("zh_CN"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SITEGOVCTL_PATH),
            {QStringLiteral("demo"), QStringLiteral("--database"), dir.filePath(QStringLiteral("p.db"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("演示数据库")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
