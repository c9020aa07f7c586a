#pragma once

#include "db/Database.h"
#include "db/Schema.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sitegov::test {

// A schema of the tests' own, its migrations written into `dir`/migrations/sqlite.
inline db::Schema writeSchema(const QTemporaryDir& dir, const QStringList& migrations, qint64 applicationId = 0x54455354)
{
    const QString root = dir.filePath(QStringLiteral("migrations"));
    QDir().mkpath(root + QStringLiteral("/sqlite"));
    for (int i = 0; i < migrations.size(); ++i) {
        QFile f(root + QStringLiteral("/sqlite/%1_step.sql").arg(i + 1, 4, 10, QLatin1Char('0')));
        if (f.open(QIODevice::WriteOnly))
            f.write(migrations.at(i).toUtf8());
    }
    return db::Schema{QStringLiteral("test"), root, applicationId, {}, {}};
}

} // namespace sitegov::test
