#pragma once

// Runs the real sitegovctl program for the command line's script-level tests, and reads the
// database it changed.
#include "demo/DemoBuilder.h"
#include "storage/ConsoleDatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace sitegov::ctltest {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// sitegovctl ARGS, in English, with `password` (the demo accounts' by default) in SITEGOV_PASSWORD
// and `input` on its standard input.
inline Run ctlWithInput(const QStringList& args, const QByteArray& input,
    const QString& password = QString::fromLatin1(DemoBuilder::kPassword))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SITEGOV_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("SITEGOV_PASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SITEGOVCTL_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// sitegovctl ARGS, in English, with `password` (the demo accounts' by default) in SITEGOV_PASSWORD.
inline Run ctl(const QStringList& args, const QString& password = QString::fromLatin1(DemoBuilder::kPassword))
{
    return ctlWithInput(args, {}, password);
}

// The rows of `sql`, each one's columns joined by '|'.
inline QStringList column(const QString& path, const QString& sql)
{
    QStringList out;
    auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.error().fullText()};
    QSqlQuery q((*db)->connection());
    if (!q.exec(sql))
        return {QStringLiteral("bad sql")};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

// The one value of `sql`; empty when there is not exactly one row.
inline QString scalar(const QString& path, const QString& sql)
{
    const QStringList v = column(path, sql);
    return v.size() == 1 ? v.constFirst() : QString();
}

} // namespace sitegov::ctltest
