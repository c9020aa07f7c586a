#include "cli/Cli.h"
#include "core/Inspection.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "storage/AccountService.h"
#include "storage/PasswordHasher.h"
#include "storage/RegistryService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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

// Another program in the middle of a long write: DatabaseHolder keeps the write lock of `path` until
// release() (or the end of the scope).
class WriteLockHolder final
{
public:
    explicit WriteLockHolder(const QString& path)
    {
        m_process.start(QStringLiteral(DATABASE_HOLDER_PATH), {path});
        m_holding = m_process.waitForStarted() && m_process.waitForReadyRead(60000)
            && m_process.readLine().trimmed() == "holding";
    }
    ~WriteLockHolder() { release(); }
    bool isHolding() const { return m_holding; }
    qint64 pid() const { return m_process.processId(); }
    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        m_process.waitForFinished(60000);
    }

private:
    QProcess m_process;
    bool m_holding = false;
};

// The anchor a backup or audit verify printed: "--expect-count N --expect-head HASH".
QStringList anchorOf(const QString& out)
{
    static const QRegularExpression re(QStringLiteral("--expect-count (\\d+) --expect-head ([0-9a-f]{64})"));
    const auto m = re.match(out);
    return m.hasMatch() ? QStringList{m.captured(1), m.captured(2)} : QStringList{};
}

Run cli(const QStringList& args, QString in = {})
{
    QString out;
    QString err;
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
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_demoDir;

    // A copy of one demo database, built once (sitegovctl demo) for the tests that only need one,
    // opened once as every program does (which puts the copy, a plain file, in WAL mode).
    QString demoCopy(const QTemporaryDir& dir, const QString& name)
    {
        const QString demo = m_demoDir.filePath(QStringLiteral("demo.db"));
        if (!QFile::exists(demo) && cli({QStringLiteral("demo"), QStringLiteral("-d"), demo}).code != 0)
            return {};
        const QString path = dir.filePath(name);
        if (cli({QStringLiteral("backup"), QStringLiteral("-d"), demo, QStringLiteral("-o"), path}).code != 0)
            return {};
        return cli({QStringLiteral("migrate"), QStringLiteral("-d"), path}).code == 0 ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
    }

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

    // A mistyped --database is refused by every command that reads or changes a database, not
    // created empty and reported on (an export would overwrite a good file with an empty one).
    void aMistypedDatabaseIsNotCreated()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("typo.db"));
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QFile previous(out);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("a good earlier export\n");
        previous.close();
        const QString d = QStringLiteral("--database");
        const QList<QStringList> commands{
            {QStringLiteral("user"), QStringLiteral("list")},
            {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--username"), QStringLiteral("x")},
            {QStringLiteral("request"), QStringLiteral("list")},
            {QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("1")},
            {QStringLiteral("review"), QStringLiteral("list")},
            {QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("1")},
            {QStringLiteral("rectification"), QStringLiteral("list")},
            {QStringLiteral("checklist"), QStringLiteral("show")},
            {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--output"), out},
            {QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("--output"), out},
            {QStringLiteral("import"), QStringLiteral("persons"), out},
            {QStringLiteral("inspection"), QStringLiteral("import"), out},
            {QStringLiteral("audit"), QStringLiteral("verify")},
            {QStringLiteral("backup"), QStringLiteral("--output"), dir.filePath(QStringLiteral("copy.db"))},
        };
        for (const QStringList& command : commands) {
            const Run r = cli(command + QStringList{d, missing});
            const QString name = command.join(u' ');
            QVERIFY2(r.code == 1, qPrintable(name + u'\n' + r.out + r.err));
            QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(name + u'\n' + r.err));
            QVERIFY2(!QFile::exists(missing), qPrintable(name));
        }
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("a good earlier export\n"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.db"))));
        // migrate and demo create it.
        QCOMPARE(cli({QStringLiteral("migrate"), d, missing}).code, 0);
        QVERIFY(QFile::exists(missing));
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

    void requestListAndShow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.db"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--database"), path}).code, 0);
        // Every state of the demo is listed, one line each after the header.
        Run r = cli({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 9);
        QVERIFY(lines.constFirst().startsWith(QLatin1String("No.\tType\tState")));
        for (const char* state : {"Draft", "Submitted", "In review", "Returned for changes", "Approved", "Rejected",
                 "Withdrawn", "Executed"})
            QVERIFY2(r.out.contains(QLatin1String(state)), state);
        // JSON, filtered by state and type.
        r = cli({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--state"),
            QStringLiteral("open"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray open = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!open.isEmpty());
        for (const QJsonValue v : open) {
            const QString state = v.toObject().value(QStringLiteral("state")).toString();
            QVERIFY2(state == u"submitted" || state == u"in_review" || state == u"approved", qPrintable(state));
        }
        r = cli({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--type"),
            QStringLiteral("open"), QStringLiteral("--json")});
        for (const QJsonValue v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("open"));
        // Bad filters are usage errors naming the accepted values.
        r = cli({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--state"),
            QStringLiteral("pending")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("in_review")));
        r = cli({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--unit"),
            QStringLiteral("x")});
        QCOMPARE(r.code, 2);

        // One request in full: the in-review closing has its chain, decision and history.
        const qint64 inReview = open.at(0).toObject().value(QStringLiteral("id")).toInteger();
        r = cli({QStringLiteral("request"), QStringLiteral("show"), QString::number(inReview), QStringLiteral("--database"), path,
            QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("id")).toInteger(), inReview);
        QVERIFY(!shown.value(QStringLiteral("chain")).toArray().isEmpty());
        QVERIFY(!shown.value(QStringLiteral("history")).toArray().isEmpty());
        r = cli({QStringLiteral("request"), QStringLiteral("show"), QString::number(inReview), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("Approval chain (round 1):")));
        QVERIFY(r.out.contains(QLatin1String("History:")));
        QVERIFY(r.out.contains(QLatin1String("submitted")));
        // A number that is no request, and no number at all.
        r = cli({QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("99999"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("99999")));
        r = cli({QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("-3"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 2);
    }

    void reviewListAndShow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--database"), path}).code, 0);
        const QString lastWeek = IsoWeek::of(OfficeClock::today()).previous().key();
        // Last week: every unit with running sites, signed, draft or missing.
        Run r = cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--week"),
            lastWeek});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.constFirst().startsWith(QLatin1String("No.\tWeek\tUnit\tStatus\tAuthor")));
        QVERIFY(lines.size() > 20);
        for (const char* status : {"\tSigned\t", "\tDraft\t", "\tMissing\t"})
            QVERIFY2(r.out.contains(QLatin1String(status)), status);
        r = cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--week"),
            lastWeek, QStringLiteral("--status"), QStringLiteral("missing"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray missing = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!missing.isEmpty());
        for (const QJsonValue v : missing) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("missing"));
            QCOMPARE(v.toObject().value(QStringLiteral("id")).toInteger(), qint64(0));
        }
        // Every review of a city (by division code), over the twelve weeks.
        r = cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--org"),
            QStringLiteral("350500"), QStringLiteral("--status"), QStringLiteral("signed"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray signedReviews = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(signedReviews.size() > 12);
        QSet<QString> weeks;
        for (const QJsonValue v : signedReviews) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("signed"));
            QVERIFY(!v.toObject().value(QStringLiteral("signed_at")).toString().isEmpty());
            weeks.insert(v.toObject().value(QStringLiteral("week")).toString());
        }
        QCOMPARE(weeks.size(), 12);

        // One review in full.
        const qint64 id = signedReviews.at(0).toObject().value(QStringLiteral("id")).toInteger();
        r = cli({QStringLiteral("review"), QStringLiteral("show"), QString::number(id), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 0);
        for (const char* part : {"Weekly review", "Status: Signed", "Coverage:", "Highlights:", "Problems:", "Instructions:",
                 "Signed by"})
            QVERIFY2(r.out.contains(QLatin1String(part)), part);
        r = cli({QStringLiteral("review"), QStringLiteral("show"), QString::number(id), QStringLiteral("--database"), path,
            QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("signed"));
        QVERIFY(!shown.value(QStringLiteral("highlights")).toString().isEmpty());
        QVERIFY(shown.value(QStringLiteral("facts")).toObject().contains(QStringLiteral("site_days_expected")));

        // Usage errors and refusals.
        r = cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--week"),
            QStringLiteral("2026-48")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("2026-W47")));
        r = cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--status"),
            QStringLiteral("missing")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--status"),
            QStringLiteral("lost")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--database"), path, QStringLiteral("--org"),
            QStringLiteral("no such unit")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("999999"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("999999")));
        r = cli({QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("--database"), path});
        QCOMPARE(r.code, 2);
    }

    // Every command that takes a unit resolves it the same way: a name two units share is an
    // error listing both with their numbers and division codes (inspection export used to take the
    // first one); the number picks one.
    void anAmbiguousUnitNameIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.db"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("-d"), path}).code, 0);
        qint64 ids[2] = {0, 0};
        {
            auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            QVERIFY(db);
            QSqlDatabase& c = (*db)->connection();
            RegistryService registry(c);
            const QString counties[2] = {QStringLiteral("350581"), QStringLiteral("350582")};
            for (int i = 0; i < 2; ++i) {
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral("SELECT id FROM organisations WHERE division_code = '%1' AND kind = "
                                              "'government' AND level = 'county'")
                                   .arg(counties[i]))
                    && q.next());
                const auto id = registry.createOrganisation(Session::system(QStringLiteral("t")),
                    {0, q.value(0).toLongLong(), QStringLiteral("城关镇"), AdminLevel::Township, OrgKind::Government,
                        counties[i], {}, true});
                QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));
                ids[i] = *id;
            }
        }
        const QString csv = dir.filePath(QStringLiteral("x.csv"));
        const QList<QStringList> commands{
            {QStringLiteral("rectification"), QStringLiteral("list")},
            {QStringLiteral("review"), QStringLiteral("list")},
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("chen"),
                QStringLiteral("--role"), QStringLiteral("inspector")},
            {QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("-o"), csv}, // last: it writes the file
        };
        for (const QStringList& command : commands) {
            const QString name = command.mid(0, 2).join(u' ');
            Run r = cli(command + QStringList{QStringLiteral("-d"), path, QStringLiteral("--org"), QStringLiteral("城关镇")},
                QStringLiteral("a fine password\n"));
            QVERIFY2(r.code == 1, qPrintable(name + u'\n' + r.out + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("More than one unit is named \"城关镇\"")), qPrintable(name + u'\n' + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("%1\t城关镇 (350581)\tunder 石狮市人民政府").arg(ids[0])), qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("%1\t城关镇 (350582)\tunder 晋江市人民政府").arg(ids[1])), qPrintable(r.err));
            QVERIFY(!QFile::exists(csv));
            // Its number names one of them.
            r = cli(command + QStringList{QStringLiteral("-d"), path, QStringLiteral("--org"), QString::number(ids[1])},
                QStringLiteral("a fine password\n"));
            QVERIFY2(r.code == 0, qPrintable(name + u'\n' + r.out + r.err));
        }
        QVERIFY(QFile::exists(csv));
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

    void accountsAuditBackupRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("-d"), path}).code, 0);

        // user add: the password comes from standard input, never from the command line.
        Run r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("-d"), path, QStringLiteral("--username"),
                        QStringLiteral("wang.wu"), QStringLiteral("--name"), QStringLiteral("王五"), QStringLiteral("--org"),
                        QStringLiteral("350582"), QStringLiteral("--role"), QStringLiteral("inspector,approver")},
            QStringLiteral("a fine password\n"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("-d"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("wang.wu\t王五\t晋江市人民政府\tapprover,inspector\tactive")));
        r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("-d"), path, QStringLiteral("--username"),
                    QStringLiteral("x"), QStringLiteral("--org"), QStringLiteral("350582"), QStringLiteral("--role"),
                    QStringLiteral("king")},
            QStringLiteral("a fine password\n"));
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("-d"), path, QStringLiteral("--username"),
                    QStringLiteral("zhao.liu"), QStringLiteral("--org"), QStringLiteral("999999"), QStringLiteral("--role"),
                    QStringLiteral("inspector")},
            QStringLiteral("a fine password\n"));
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("-d"), path, QStringLiteral("--username"),
                    QStringLiteral("zhao.liu"), QStringLiteral("--org"), QStringLiteral("350582"), QStringLiteral("--role"),
                    QStringLiteral("inspector")});
        QCOMPARE(r.code, 1); // no password on standard input
        r = cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("-d"), path, QStringLiteral("--username"),
                    QStringLiteral("wang.wu")},
            QStringLiteral("another password\n"));
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("-d"), path, QStringLiteral("--username"),
            QStringLiteral("wang.wu")});
        QCOMPARE(r.code, 0);
        QVERIFY(cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("-d"), path})
                    .out.contains(QStringLiteral("wang.wu\t王五\t晋江市人民政府\tapprover,inspector\tdisabled")));
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("-d"), path,
                         QStringLiteral("--username"), QStringLiteral("nobody")})
                     .code,
            1);
        r = cli({QStringLiteral("user")});
        QCOMPARE(r.code, 2);

        // audit verify: whole, then broken by a direct edit.
        r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("-d"), path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("whole")));

        // backup, then restore after a tampering: the restore brings back a whole chain.
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        r = cli({QStringLiteral("backup"), QStringLiteral("-d"), path, QStringLiteral("--output"), copy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("-d"), path}).code, 2);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET summary = 'nothing happened' WHERE id = 42")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("-d"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("record 42")), qPrintable(r.err));

        r = cli({QStringLiteral("restore"), copy, QStringLiteral("-d"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("kept as")));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("-d"), path}).code, 0);
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("-d"), path}).code, 2);
        QCOMPARE(cli({QStringLiteral("restore"), dir.filePath(QStringLiteral("none.db")), QStringLiteral("-d"), path}).code, 1);
    }

    // Issue 14, item 4: while another program holds the write lock (a long import), the commands that
    // read and the console's start read (WAL lets them); a command that writes waits, says so, and
    // when it gives up names the program that holds the database instead of the driver's text.
    void readersReadWhileAnotherProgramWrites()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir, QStringLiteral("busy.db"));
        QVERIFY(!path.isEmpty());
        WriteLockHolder holder(path);
        QVERIFY(holder.isHolding());

        const QList<QStringList> readers{
            {QStringLiteral("user"), QStringLiteral("list")},
            {QStringLiteral("export"), QStringLiteral("sites"), QStringLiteral("-o"), dir.filePath(QStringLiteral("sites.csv"))},
            {QStringLiteral("request"), QStringLiteral("list")},
            {QStringLiteral("checklist"), QStringLiteral("show")},
            {QStringLiteral("audit"), QStringLiteral("verify")},
        };
        for (const QStringList& command : readers) {
            const Run r = cli(command + QStringList{QStringLiteral("-d"), path});
            QVERIFY2(r.code == 0, qPrintable(command.join(u' ') + u'\n' + r.err));
            QVERIFY2(!r.out.isEmpty(), qPrintable(command.join(u' ')));
        }
        // The console's start: it opens (and would migrate) the database and reads the accounts.
        {
            auto db = ConsoleDatabase::open(path, Database::Mode::Migrate);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
            const auto accounts = AccountService((*db)->connection()).list();
            QVERIFY(accounts.ok() && !accounts->isEmpty());
        }

        // A writer waits, says so, and gives up after --wait seconds with a message naming the holder.
        const Run blocked = cli({QStringLiteral("--wait"), QStringLiteral("2"), QStringLiteral("user"),
            QStringLiteral("disable"), QStringLiteral("-d"), path, QStringLiteral("--username"), QStringLiteral("inspector")});
        QCOMPARE(blocked.code, 1);
        const QString holderName = QStringLiteral("DatabaseHolder, process %1").arg(holder.pid());
        QVERIFY2(blocked.err.contains(QStringLiteral("Waiting for another program (%1) to finish writing").arg(holderName)),
            qPrintable(blocked.err));
        const QStringList lines = blocked.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(blocked.err));
        QCOMPARE(lines.at(1), QStringLiteral("Another program (%1) is writing to the database; nothing was changed. Try "
                                             "again when it has finished.")
                                  .arg(holderName));
        QVERIFY(!lines.at(0).contains(QLatin1String("database is locked")));
        QVERIFY(!lines.at(1).contains(QLatin1String("database is locked")));
        QVERIFY(cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("-d"), path})
                    .out.contains(QLatin1String("inspector\t")));
        QCOMPARE(cli({QStringLiteral("--wait"), QStringLiteral("soon"), QStringLiteral("user"), QStringLiteral("list")}).code, 2);

        // A writer that waits long enough writes once the other program has finished.
        QProcess writer;
        writer.start(QStringLiteral(SITEGOVCTL_PATH), {QStringLiteral("user"), QStringLiteral("disable"),
                                                          QStringLiteral("-d"), path, QStringLiteral("--username"),
                                                          QStringLiteral("inspector")});
        QVERIFY(writer.waitForStarted());
        writer.setReadChannel(QProcess::StandardError);
        QVERIFY(writer.waitForReadyRead(60000));
        QVERIFY(writer.readLine().contains("Waiting for another program (" + holderName.toUtf8() + ")"));
        holder.release();
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("-d"), path})
                    .out.contains(QRegularExpression(QStringLiteral("^inspector\t.*\tdisabled$"),
                        QRegularExpression::MultilineOption)));
    }

    // Issue 14, item 7: deleting the last audit records and rewinding the id counter leaves a chain
    // that checks out; the anchor that backup and audit verify print shows it.
    void auditAnchorShowsRemovedRecords()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir, QStringLiteral("anchor.db"));
        QVERIFY(!path.isEmpty());
        const QStringList verifyCommand{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("-d"), path};
        Run r = cli(verifyCommand);
        QCOMPARE(r.code, 0);
        const QStringList first = anchorOf(r.out);
        QVERIFY2(first.size() == 2, qPrintable(r.out));
        r = cli(verifyCommand + QStringList{QStringLiteral("--expect-count"), first.at(0), QStringLiteral("--expect-head"), first.at(1)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("agrees with the anchor: its record %1 is there, and 0 records").arg(first.at(0))),
            qPrintable(r.out));

        // Records written after an anchor are normal; the backup prints the anchor of its copy.
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("-d"), path, QStringLiteral("--username"),
                         QStringLiteral("inspector")})
                     .code,
            0);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("-d"), path, QStringLiteral("--username"),
                         QStringLiteral("inspector")})
                     .code,
            0);
        r = cli(verifyCommand + QStringList{QStringLiteral("--expect-count"), first.at(0), QStringLiteral("--expect-head"), first.at(1)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("and 2 records were written after it")), qPrintable(r.out));
        r = cli({QStringLiteral("backup"), QStringLiteral("-d"), path, QStringLiteral("-o"), dir.filePath(QStringLiteral("b.db"))});
        QCOMPARE(r.code, 0);
        const QStringList anchor = anchorOf(r.out);
        QVERIFY2(anchor.size() == 2, qPrintable(r.out));
        QCOMPARE(anchor.at(0).toLongLong(), first.at(0).toLongLong() + 2);
        QCOMPARE(anchorOf(cli(verifyCommand).out), anchor);

        // The last two records deleted and the counter rewound: the chain alone checks out...
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("truncate"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(first.at(0))));
            QVERIFY(q.exec(QStringLiteral("UPDATE sqlite_sequence SET seq = %1 WHERE name = 'audit_log'").arg(first.at(0))));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("truncate"));
        QCOMPARE(cli(verifyCommand).code, 0);
        // ...but not against the anchor kept elsewhere, by count, by head, or both.
        r = cli(verifyCommand + QStringList{QStringLiteral("--expect-count"), anchor.at(0)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The trail has %1 records, fewer than the %2 of the anchor")
                                    .arg(first.at(0), anchor.at(0))),
            qPrintable(r.err));
        r = cli(verifyCommand + QStringList{QStringLiteral("--expect-head"), anchor.at(1)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("(hash %1) is not in the trail").arg(anchor.at(1))), qPrintable(r.err));
        r = cli(verifyCommand + QStringList{QStringLiteral("--expect-count"), anchor.at(0), QStringLiteral("--expect-head"), anchor.at(1)});
        QCOMPARE(r.code, 1);
        // An anchor whose count and head disagree with the trail's order.
        r = cli(verifyCommand + QStringList{QStringLiteral("--expect-count"), QString::number(first.at(0).toLongLong() - 1),
                                    QStringLiteral("--expect-head"), first.at(1)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is record %1 of the trail, but the anchor counts %2 records")
                                    .arg(first.at(0))
                                    .arg(first.at(0).toLongLong() - 1)),
            qPrintable(r.err));
        // Usage errors.
        QCOMPARE(cli(verifyCommand + QStringList{QStringLiteral("--expect-count"), QStringLiteral("many")}).code, 2);
        QCOMPARE(cli(verifyCommand + QStringList{QStringLiteral("--expect-head"), QStringLiteral("abc")}).code, 2);
    }

    void importAndExport()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("-d"), demo}).code, 0);
        for (const char* kind : {"orgs", "persons", "sites", "assignments"}) {
            const Run r = cli({QStringLiteral("export"), QString::fromLatin1(kind), QStringLiteral("-d"), demo,
                QStringLiteral("-o"), dir.filePath(QStringLiteral("%1.csv").arg(QLatin1String(kind)))});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        Run r = cli({QStringLiteral("export"), QStringLiteral("sites"), QStringLiteral("-d"), demo, QStringLiteral("-o"),
            dir.filePath(QStringLiteral("sites.xlsx"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("sites")));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("planets"), QStringLiteral("-d"), demo, QStringLiteral("-o"),
                         dir.filePath(QStringLiteral("x.csv"))})
                     .code,
            2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("sites"), QStringLiteral("-d"), demo}).code, 2);

        // Without --lang (English here), one language a file: Chinese headers and Chinese values;
        // with --english-headers, English keys for both.
        auto firstRows = [](const QString& path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return QString();
            return QString::fromUtf8(f.readAll()).section(u'\n', 0, 2);
        };
        const QString chinese = firstRows(dir.filePath(QStringLiteral("sites.csv")));
        QVERIFY2(chinese.contains(QStringLiteral("网站类别")) && chinese.contains(QStringLiteral("门户网站"))
                && chinese.contains(QStringLiteral("运行中")),
            qPrintable(chinese));
        for (const char* english : {"Portal", "Operating", "Unified platform", "Standalone"})
            QVERIFY2(!chinese.contains(QLatin1String(english)), qPrintable(chinese));
        QVERIFY(!firstRows(dir.filePath(QStringLiteral("orgs.csv"))).contains(QLatin1String(",yes")));
        r = cli({QStringLiteral("export"), QStringLiteral("sites"), QStringLiteral("-d"), demo, QStringLiteral("-o"),
            dir.filePath(QStringLiteral("sites-en.csv")), QStringLiteral("--english-headers")});
        QCOMPARE(r.code, 0);
        const QString english = firstRows(dir.filePath(QStringLiteral("sites-en.csv")));
        QVERIFY2(english.contains(QLatin1String("code,name,url")) && english.contains(QLatin1String(",portal,operating,")),
            qPrintable(english));
        QVERIFY2(!english.contains(QStringLiteral("门户网站")), qPrintable(english));

        // Exported, imported back unchanged: every row found, nothing written; a dry run says so.
        r = cli({QStringLiteral("import"), QStringLiteral("sites"), dir.filePath(QStringLiteral("sites.csv")),
            QStringLiteral("-d"), demo, QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Would be: 0 created, 0 updated, 349 unchanged.")), qPrintable(r.out));

        // Into an empty database, in order; the XLSX of the sites works as well as the CSV.
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(cli({QStringLiteral("migrate"), QStringLiteral("-d"), copy}).code, 0);
        for (const QString& file : {QStringLiteral("orgs.csv"), QStringLiteral("persons.csv"), QStringLiteral("sites.xlsx"),
                 QStringLiteral("assignments.csv")}) {
            const QString kind = file.section(u'.', 0, 0);
            r = cli({QStringLiteral("import"), kind, dir.filePath(file), QStringLiteral("-d"), copy});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(QLatin1String("Imported")));
        }

        // A file with bad rows: nothing imported, exit 1, each bad row named with its line.
        QFile bad(dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QStringLiteral("code,name,domain,kind,host_unit\n"
                                 "3500009901,专题一,zt1.fujian.gov.cn,special,福建省人民政府\n"
                                 "3500009902,专题二,zt2.fujian.gov.cn,special\n"
                                 "3500009903,专题三,zt3.fujian.gov.cn,special,没有这个单位\n")
                      .toUtf8());
        bad.close();
        r = cli({QStringLiteral("import"), QStringLiteral("sites"), bad.fileName(), QStringLiteral("-d"), copy});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 3: error:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("line 4: error:")));
        QVERIFY(r.err.contains(QStringLiteral("没有这个单位")));
        QVERIFY(r.err.contains(QLatin1String("Nothing was imported")));
        r = cli({QStringLiteral("import"), QStringLiteral("sites"), bad.fileName(), QStringLiteral("-d"), copy,
            QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QLatin1String("nothing was changed")));
        r = cli({QStringLiteral("import"), QStringLiteral("sites"), bad.fileName(), QStringLiteral("-d"), copy,
            QStringLiteral("--good-rows-only")});
        QCOMPARE(r.code, 1); // some rows failed, even though the good one landed
        QVERIFY(r.out.contains(QLatin1String("Imported 1 of 3")));
        r = cli({QStringLiteral("import"), QStringLiteral("sites"), dir.filePath(QStringLiteral("none.csv")),
            QStringLiteral("-d"), copy});
        QCOMPARE(r.code, 1);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("sites"), QStringLiteral("-d"), copy}).code, 2);
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
