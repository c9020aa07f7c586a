// sitegovctl's command table against what is written from it and about it: docs/cli.md has a
// section with an example for every command and none for a command that does not exist, each
// example's options are the command's own; every --help names the permissions; the bash
// completion is generated from the same table and completes commands and options in bash itself.
#include "cli/Cli.h"
#include "core/Language.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;

namespace {

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

Output run(Cli& cli, const QStringList& args)
{
    QString out;
    QString err;
    QString in;
    QTextStream o(&out);
    QTextStream e(&err);
    QTextStream i(&in);
    CliIo io{o, e, i};
    Output r;
    r.code = cli.run(QStringList{QStringLiteral("sitegovctl")} + args, io);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

} // namespace

class TestCliDocs final : public QObject
{
    Q_OBJECT

    QString m_docs;

    // The section of docs/cli.md for `name`: from its heading to the next.
    QString section(const QString& name) const
    {
        const QString heading = QStringLiteral("\n### `sitegovctl %1`\n").arg(name);
        const int start = m_docs.indexOf(heading);
        if (start < 0)
            return {};
        const int end = m_docs.indexOf(QStringLiteral("\n#"), start + heading.size());
        return m_docs.mid(start, end < 0 ? -1 : end - start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Language::install(QStringLiteral("en"));
        QFile f(QStringLiteral(SITEGOV_SOURCE_DIR "/docs/cli.md"));
        QVERIFY2(f.open(QIODevice::ReadOnly), "docs/cli.md");
        m_docs = QString::fromUtf8(f.readAll());
    }

    // Every command has its section with an example that runs it; every section is a command.
    void docsHaveEveryCommand()
    {
        Cli cli;
        QSet<QString> names;
        for (const Cli::Command& c : cli.commands()) {
            names << c.name;
            const QString text = section(c.name);
            QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("docs/cli.md has no section for ") + c.name));
            const QRegularExpression runs(
                QStringLiteral("(\\n|\\| |\\()sitegovctl %1[ \\n)]").arg(QRegularExpression::escape(c.name)));
            QVERIFY2(text.contains(runs), qPrintable(QStringLiteral("docs/cli.md has no example of ") + c.name));
            // The options its examples use are the command's own (or the program's global ones).
            const QStringList declared = Cli::optionNames(c);
            const QSet<QString> known = QSet<QString>(declared.cbegin(), declared.cend())
                + QSet<QString>{QStringLiteral("--lang"), QStringLiteral("--wait"), QStringLiteral("--version")};
            static const QRegularExpression example(QStringLiteral("(?:\\n|\\| |\\()sitegovctl [^\\n|)]*"));
            static const QRegularExpression option(QStringLiteral("(?<=\\s)(--?[a-z][a-z-]*)"));
            for (auto m = example.globalMatch(text); m.hasNext();) {
                const QString line = m.next().captured(0);
                for (auto o = option.globalMatch(line); o.hasNext();) {
                    const QString used = o.next().captured(1);
                    QVERIFY2(known.contains(used),
                        qPrintable(QStringLiteral("docs/cli.md: %1 has no option %2").arg(c.name, used)));
                }
            }
        }
        static const QRegularExpression heading(QStringLiteral("\\n### `sitegovctl ([^`]+)`"));
        for (auto m = heading.globalMatch(m_docs); m.hasNext();) {
            const QString documented = m.next().captured(1);
            QVERIFY2(names.contains(documented),
                qPrintable(QStringLiteral("docs/cli.md documents a command that does not exist: ") + documented));
        }
    }

    // Each command's --help says what it does and which permissions it needs (with the roles).
    void helpNamesPermissions()
    {
        Cli cli;
        for (const Cli::Command& c : cli.commands()) {
            const Output r = run(cli, c.name.split(u' ') + QStringList{QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(c.summary), qPrintable(c.name));
            QVERIFY2(r.out.contains(QLatin1String("Permission: ")), qPrintable(c.name + u'\n' + r.out));
            for (const Action a : c.permissions)
                QVERIFY2(r.out.contains(Permissions::describe(a)), qPrintable(c.name));
        }
        // The changes a role may be refused are the ones that name a permission.
        for (const QString& name : {QStringLiteral("site add"), QStringLiteral("unit move"), QStringLiteral("assign"),
                 QStringLiteral("inspection log"), QStringLiteral("inspection import"), QStringLiteral("checklist set"),
                 QStringLiteral("review draft"), QStringLiteral("spotcheck plan"), QStringLiteral("assessment submit"),
                 QStringLiteral("assessment confirm"), QStringLiteral("assessment return"),
                 QStringLiteral("accountability add"), QStringLiteral("spotcheck lock"),
                 QStringLiteral("spotcheck share"), QStringLiteral("settings set"), QStringLiteral("audit list"),
                 QStringLiteral("user add"), QStringLiteral("user disable")}) {
            const Output r = run(cli, name.split(u' ') + QStringList{QStringLiteral("--help")});
            QVERIFY2(r.out.contains(QLatin1String("With --as USER")), qPrintable(name + u'\n' + r.out));
            QVERIFY2(r.out.contains(QLatin1String("--as <USER>")), qPrintable(name));
        }
    }

    // Exit code 2 for usage; the documented codes are in the docs.
    void usageIsTwo()
    {
        Cli cli;
        QCOMPARE(run(cli, {QStringLiteral("site")}).code, 2);
        QCOMPARE(run(cli, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--nonsense")}).code, 2);
        QCOMPARE(run(cli,
                     {QStringLiteral("inspection"), QStringLiteral("log"), QStringLiteral("--site"), QStringLiteral("1"),
                         QStringLiteral("--item"), QStringLiteral("homepage=maybe")})
                     .code,
            2);
        QCOMPARE(run(cli, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("blog")})
                     .code,
            2);
        QCOMPARE(run(cli, {QStringLiteral("nonsense")}).code, 2);
        for (const QString& code : {QStringLiteral("| 0 |"), QStringLiteral("| 1 |"), QStringLiteral("| 2 |")})
            QVERIFY2(m_docs.contains(code), qPrintable(code));
    }

    // `completion bash` lists every command with its options, and completes in bash itself.
    void bashCompletion()
    {
        Cli cli;
        const Output r = run(cli, {QStringLiteral("completion"), QStringLiteral("bash")});
        QCOMPARE(r.code, 0);
        for (const Cli::Command& c : cli.commands())
            QVERIFY2(r.out.contains(QStringLiteral("'%1|").arg(c.name)), qPrintable(c.name));
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("sitegovctl.bash"));
        {
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.out.toUtf8());
        }
        // COMP_WORDS as bash gives them; the candidates printed one a line.
        const auto complete = [&script](const QStringList& words) {
            QStringList quoted;
            for (const QString& w : words)
                quoted << QStringLiteral("'%1'").arg(w);
            QProcess bash;
            bash.start(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                    QStringLiteral("source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _sitegovctl; printf '%s\\n' "
                                   "\"${COMPREPLY[@]}\"")
                        .arg(script, quoted.join(u' '))
                        .arg(words.size() - 1)});
            bash.waitForFinished(30000);
            QStringList lines = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            lines.sort();
            return lines;
        };
        QCOMPARE(
            complete({QStringLiteral("sitegovctl"), QStringLiteral("req")}), QStringList{QStringLiteral("request")});
        QCOMPARE(complete({QStringLiteral("sitegovctl"), QStringLiteral("request"), QStringLiteral("ap")}),
            QStringList{QStringLiteral("approve")});
        QCOMPARE(complete({QStringLiteral("sitegovctl"), QStringLiteral("--lang"), QStringLiteral("en"),
                     QStringLiteral("unit"), QStringLiteral("")}),
            (QStringList{QStringLiteral("activate"), QStringLiteral("add"), QStringLiteral("deactivate"),
                QStringLiteral("edit"), QStringLiteral("list"), QStringLiteral("move")}));
        QCOMPARE(complete({QStringLiteral("sitegovctl"), QStringLiteral("site"), QStringLiteral("add"),
                     QStringLiteral("--uni")}),
            QStringList{QStringLiteral("--unit")});
        QCOMPARE(complete({QStringLiteral("sitegovctl"), QStringLiteral("request"), QStringLiteral("approve"),
                     QStringLiteral("12"), QStringLiteral("--as"), QStringLiteral("x"), QStringLiteral("--com")}),
            QStringList{QStringLiteral("--comment")});
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "TestCliDocs.moc"
