// A helper process for TestBackup: keeps writing audited changes to a database until killed or
// until the given number of milliseconds has passed. Prints "ready" once the first write landed.
#include "storage/ConsoleDatabase.h"
#include "storage/RegistryService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    auto db = sitegov::ConsoleDatabase::open(args.at(1), sitegov::Database::Mode::RequireCurrent);
    if (!db)
        return 1;
    sitegov::RegistryService registry((*db)->connection());
    const auto actor = sitegov::Session::system(QStringLiteral("writer"));
    QSqlQuery q((*db)->connection());
    if (!q.exec(QStringLiteral("SELECT id FROM organisations ORDER BY id LIMIT 1")) || !q.next())
        return 1;
    const qint64 parent = q.value(0).toLongLong();
    q.finish();
    QElapsedTimer timer;
    timer.start();
    int written = 0;
    while (timer.elapsed() < args.at(2).toInt()) {
        const auto id = registry.createOrganisation(actor, {0, parent, QStringLiteral("并发写入单位%1").arg(written),
                                                               sitegov::AdminLevel::Province, sitegov::OrgKind::Department,
                                                               QStringLiteral("350000"), {}, true});
        if (!id)
            continue; // busy: try again
        if (++written == 1) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
    std::printf("%d\n", written);
    return 0;
}
