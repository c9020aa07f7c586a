// Every sitegovctl command that prints JSON prints the keys docs/cli.md documents for it: the two
// tables of "Lists: --json, --output, --format" name each command with the keys of its objects, and
// each command runs here on the demo database (in this process, through Cli::run) with --json; the
// keys of what it prints (of every object of a list) are the documented ones, no more and no fewer.
// Every command that has --json (apart from `inspection log`, whose --json reads its input) is in a
// table.
#include "cli/Cli.h"
#include "cli/CtlProcess.h"
#include "cli/DemoFixture.h"
#include "core/Inspection.h"
#include "core/Language.h"
#include "core/OfficeClock.h"
#include "core/Period.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::ctltest;

class TestCliJson final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{databaseFolderTemplate()};
    QString m_db;
    Cli m_cli;
    QHash<QString, QSet<QString>> m_documented; // command -> keys

    Run ctl(const QStringList& args)
    {
        QString out;
        QString err;
        QString in;
        QTextStream o(&out);
        QTextStream e(&err);
        QTextStream i(&in);
        CliIo io{o, e, i};
        Run r;
        r.code = m_cli.run(QStringList{QStringLiteral("sitegovctl")} + args, io);
        o.flush();
        e.flush();
        r.out = out;
        r.err = err;
        return r;
    }

    QString one(const QString& sql) { return scalar(m_db, sql); }

    // The arguments that make each documented command print something on the demo database.
    QHash<QString, QStringList> arguments()
    {
        const Period month = Period::monthOf(OfficeClock::today());
        const Period last = Period::monthOf(OfficeClock::today().addMonths(-1));
        const QDate lastQuarterDay = OfficeClock::today().addMonths(-3);
        const QString quarter
            = QStringLiteral("%1-Q%2").arg(lastQuarterDay.year()).arg((lastQuarterDay.month() - 1) / 3 + 1);
        const QString probedSite = one(QStringLiteral(
            "SELECT s.code FROM probe_columns c JOIN sites s ON s.id = c.site_id ORDER BY c.id LIMIT 1"));
        return {{QStringLiteral("user list"), {}},
            {QStringLiteral("site list"), {QStringLiteral("--unit"), QStringLiteral("350582")}},
            {QStringLiteral("request list"), {}},
            {QStringLiteral("person list"), {QStringLiteral("--unit"), QStringLiteral("350582")}},
            {QStringLiteral("review list"), {}}, {QStringLiteral("rectification list"), {}},
            {QStringLiteral("spotcheck list"), {QStringLiteral("--month"), last.toString()}},
            {QStringLiteral("accountability list"),
                {one(QStringLiteral("SELECT rectification_id FROM accountability_records ORDER BY id LIMIT 1"))}},
            {QStringLiteral("outbox list"), {}}, {QStringLiteral("ticket list"), {}},
            {QStringLiteral("ticket figures"),
                {QStringLiteral("--quarter"),
                    QStringLiteral("%1-Q%2")
                        .arg(OfficeClock::today().year())
                        .arg((OfficeClock::today().month() - 1) / 3 + 1)}},
            {QStringLiteral("calendar list"), {}}, {QStringLiteral("policy list"), {}},
            {QStringLiteral("policy reposts"), {one(QStringLiteral("SELECT min(id) FROM policy_items"))}},
            {QStringLiteral("policy figures"),
                {QStringLiteral("--quarter"),
                    QStringLiteral("%1-Q%2")
                        .arg(OfficeClock::today().addDays(-1).year())
                        .arg((OfficeClock::today().addDays(-1).month() - 1) / 3 + 1)}},
            {QStringLiteral("annual-report list"), {}},
            {QStringLiteral("annual-report"),
                {QStringLiteral("--year"), QString::number(OfficeClock::today().year() - 1), QStringLiteral("--org"),
                    QStringLiteral("350000")}},
            {QStringLiteral("probe report"),
                {QStringLiteral("--week"), IsoWeek::of(OfficeClock::today()).previous().key()}},
            {QStringLiteral("probe columns list"), {QStringLiteral("--site"), probedSite}},
            {QStringLiteral("site show"), {QStringLiteral("3505820001")}},
            {QStringLiteral("request show"), {one(QStringLiteral("SELECT min(id) FROM requests"))}},
            {QStringLiteral("review show"), {one(QStringLiteral("SELECT min(id) FROM weekly_reviews"))}},
            {QStringLiteral("spotcheck show"),
                {QStringLiteral("--month"), last.toString(), QStringLiteral("--org"), QStringLiteral("350500")}},
            {QStringLiteral("spotcheck plan"),
                {QStringLiteral("--month"), month.next().toString(), QStringLiteral("--org"),
                    QStringLiteral("350500")}},
            {QStringLiteral("assessment show"),
                {one(QStringLiteral("SELECT min(id) FROM assessments WHERE status = 'confirmed'"))}},
            {QStringLiteral("checklist show"), {}},
            {QStringLiteral("spotcheck share"), {QStringLiteral("--org"), QStringLiteral("350500")}},
            {QStringLiteral("unit list"), {QStringLiteral("--under"), QStringLiteral("350500")}},
            {QStringLiteral("audit list"), {QStringLiteral("--object"), QStringLiteral("request")}},
            {QStringLiteral("settings show"), {}},
            {QStringLiteral("bulletin"),
                {QStringLiteral("--quarter"), quarter, QStringLiteral("--org"), QStringLiteral("350000")}}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_db = demo(m_dir, QStringLiteral("demo.db"));
        QVERIFY(!m_db.isEmpty());

        QFile f(QStringLiteral(SITEGOV_SOURCE_DIR "/docs/cli.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString docs = QString::fromUtf8(f.readAll());
        // The tables' rows: | `command` | keys |. What is in parentheses explains the key before it.
        static const QRegularExpression row(
            QStringLiteral("^\\| `([a-z -]+)` \\| (.*) \\|$"), QRegularExpression::MultilineOption);
        static const QRegularExpression aside(QStringLiteral("\\([^()]*\\)"));
        static const QRegularExpression key(QStringLiteral("`([a-z_]+)`"));
        static const QRegularExpression same(QStringLiteral("^as `([a-z -]+)`$"));
        QHash<QString, QString> references;
        for (auto m = row.globalMatch(docs); m.hasNext();) {
            const auto match = m.next();
            QString cell = match.captured(2);
            if (const auto s = same.match(cell); s.hasMatch()) {
                references.insert(match.captured(1), s.captured(1));
                continue;
            }
            cell.remove(aside);
            QSet<QString> keys;
            for (auto k = key.globalMatch(cell); k.hasNext();)
                keys << k.next().captured(1);
            m_documented.insert(match.captured(1), keys);
        }
        for (auto it = references.cbegin(); it != references.cend(); ++it)
            m_documented.insert(it.key(), m_documented.value(it.value()));
        QVERIFY(m_documented.size() > 10);
    }

    // Every command with --json is documented (and every documented one exists).
    void everyJsonCommandIsDocumented()
    {
        QSet<QString> withJson;
        for (const Cli::Command& c : m_cli.commands()) {
            if (Cli::optionNames(c).contains(QStringLiteral("--json")) && c.name != u"inspection log")
                withJson << c.name;
        }
        for (const QString& name : std::as_const(withJson))
            QVERIFY2(m_documented.contains(name), qPrintable(QStringLiteral("docs/cli.md has no keys of ") + name));
        for (auto it = m_documented.cbegin(); it != m_documented.cend(); ++it)
            QVERIFY2(withJson.contains(it.key()), qPrintable(QStringLiteral("no --json in ") + it.key()));
    }

    void keysAreDocumented_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        const auto all = arguments();
        for (auto it = m_documented.cbegin(); it != m_documented.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << all.value(it.key());
    }

    void keysAreDocumented()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        const Run r
            = ctl(command.split(u' ') + args + QStringList{QStringLiteral("-d"), m_db, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        QList<QJsonObject> objects;
        if (doc.isArray()) {
            for (const QJsonValue& v : doc.array())
                objects << v.toObject();
        } else {
            objects << doc.object();
        }
        QVERIFY2(!objects.isEmpty() && !objects.constFirst().isEmpty(), qPrintable(r.out.left(500)));
        const QSet<QString> documented = m_documented.value(command);
        for (const QJsonObject& o : std::as_const(objects)) {
            const QStringList printed = o.keys();
            const QSet<QString> keys(printed.cbegin(), printed.cend());
            const QSet<QString> undocumented = keys - documented;
            const QSet<QString> missing = documented - keys;
            QVERIFY2(undocumented.isEmpty(),
                qPrintable(QStringLiteral("%1 prints keys docs/cli.md does not name: %2")
                               .arg(command, QStringList(undocumented.cbegin(), undocumented.cend()).join(u' '))));
            QVERIFY2(missing.isEmpty(),
                qPrintable(QStringLiteral("%1 does not print the documented keys %2")
                               .arg(command, QStringList(missing.cbegin(), missing.cend()).join(u' '))));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliJson)
#include "TestCliJson.moc"
