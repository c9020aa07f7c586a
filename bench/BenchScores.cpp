// sitegov-benchscores: a deterministic sitegov-server store with N sites and one month of
// assessments (scored by the real scoring model), for the score-sync benchmark.
//
//   sitegov-benchscores --database PATH --sites N [--month YYYY-MM] [--seed N]
#include "core/ScoringModel.h"
#include "core/ScoringRules.h"
#include "server/RequestBody.h"
#include "server/ServerStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>

using namespace sitegov;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("The server store to create (replaced)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("sites"), QStringLiteral("Number of sites."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("month"), QStringLiteral("The assessed month."), QStringLiteral("YYYY-MM"),
        QStringLiteral("2026-10")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("42")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    const auto month = Period::parse(parser.value(QStringLiteral("month")));
    if (path.isEmpty() || !month) {
        std::fprintf(stderr, "--database and a valid --month are required\n");
        return 2;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    auto store = server::ServerStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().fullText()));
        return 1;
    }
    const auto rules = ScoringRules::builtin();
    if (!rules) {
        std::fprintf(stderr, "%s\n", qPrintable(rules.error().fullText()));
        return 1;
    }
    const ScoringModel model(*rules);
    QRandomGenerator rng(parser.value(QStringLiteral("seed")).toUInt());
    const int count = parser.value(QStringLiteral("sites")).toInt();
    QList<server::ServerStore::Site> sites;
    QList<server::ServerStore::ScoreRow> rows;
    QList<QByteArray> inputs;
    sites.reserve(count);
    rows.reserve(count);
    inputs.reserve(count);
    // Nine cities of 35xx00 and their counties; codes are the division code and a serial.
    for (int i = 0; i < count; ++i) {
        server::ServerStore::Site s;
        const int city = 1 + i % 9;
        const int county = (i / 9) % 30;
        const int serial = i / 270 + 1;
        s.divisionCode = QStringLiteral("35%1%2").arg(city, 2, 10, QLatin1Char('0')).arg(county, 2, 10, QLatin1Char('0'));
        s.code = s.divisionCode + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
        s.level = county == 0 ? AdminLevel::City : AdminLevel::County;
        s.kind = serial == 1 ? SiteKind::Portal : SiteKind::Department;
        s.name = QStringLiteral("第%1市第%2县网站%3").arg(city).arg(county).arg(serial);
        sites.append(s);

        server::RequestBody::Assessment a;
        a.siteCode = s.code;
        a.period = *month;
        const double base = rng.generateDouble() < 0.07 ? 0.5 : 0.18;
        for (const auto& category : rules->categories()) {
            for (const auto& indicator : category.indicators) {
                if (rng.generateDouble() < 0.3)
                    continue;
                const double lost = std::round(indicator.points * base * rng.generateDouble() * 2.0 * 2.0) / 2.0;
                if (lost > 0)
                    a.deductions.insert(indicator.key, std::min(lost, indicator.points));
            }
        }
        ScoreInput input;
        input.kind = s.kind;
        input.hasPublicServices = true;
        input.deductions = a.deductions;
        const auto card = model.score(input);
        if (!card) {
            std::fprintf(stderr, "%s\n", qPrintable(card.error().fullText()));
            return 1;
        }
        server::ServerStore::ScoreRow row;
        row.siteCode = s.code;
        row.period = *month;
        row.card = *card;
        rows.append(row);
        inputs.append(server::RequestBody::inputsJson(a));
    }
    if (const Status s = (*store)->import(sites, rows, inputs); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }
    std::printf("%d sites with scores for %s in %.1f s\n", count, qPrintable(month->toString()), timer.elapsed() / 1000.0);
    return 0;
}
