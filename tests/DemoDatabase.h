#pragma once

// The demo database the storage and cli tests start from, built once per test cluster on
// PostgreSQL (tests that link sitegov_demo).
#include "TestSupport.h"
#include "core/Language.h"
#include "demo/DemoBuilder.h"
#include "storage/PasswordHasher.h"

namespace sitegov::test {

// Where a test's demo database `name` is (as databaseLocation names it), holding the demo built with
// `options` and its accounts' passwords hashed at the tests' minimum cost. Empty, with a warning,
// when that fails.
//
// SQLite: built in the file, as the console's demo command does. PostgreSQL: a copy of a template
// database of the test cluster holding that demo (copyOfTemplate), which the first test asking for
// the same seed, day and language builds and leaves there for the others: building the demo on
// PostgreSQL takes a minute or more on a busy machine, a copy a second.
inline QString demoDatabase(const QTemporaryDir& dir, const QString& name, const DemoBuilder::Options& options)
{
    PasswordHasher::setCostForTests(PasswordHasher::Cost::Minimum);
    if (!onPostgres()) {
        const QString location = databaseLocation(dir, name);
        auto db = ConsoleDatabase::open(location);
        if (!db) {
            qWarning("%s", qPrintable(db.error().fullText()));
            return {};
        }
        const auto built = DemoBuilder::build(**db, options);
        if (!built) {
            qWarning("%s", qPrintable(built.error().fullText()));
            return {};
        }
        return location;
    }
    // The language too: the demo's audit summaries are written in the language installed.
    const QString templateName = QStringLiteral("sgt_demo_%1_%2_%3")
                                     .arg(options.seed)
                                     .arg(options.today.toString(QStringLiteral("yyyyMMdd")))
                                     .arg(Language::current().toLower());
    const QString url = copyOfTemplate(templateName, [&options](const QString& templateUrl) {
        auto db = ConsoleDatabase::open(templateUrl);
        if (!db) {
            qWarning("%s", qPrintable(db.error().fullText()));
            return false;
        }
        const auto built = DemoBuilder::build(**db, options);
        if (!built)
            qWarning("%s", qPrintable(built.error().fullText()));
        return built.ok();
    });
    if (url.isEmpty())
        return {};
    const QMutexLocker lock(&detail::postgresDatabases().mutex);
    detail::postgresDatabases().byKey.insert(dir.filePath(name), url);
    return url;
}

} // namespace sitegov::test
