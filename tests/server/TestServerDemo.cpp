// sitegov-server --demo: the console demo's running sites, two years of monthly scores, deterministic.
#include "core/ScoringModel.h"
#include "core/Site.h"
#include "server/DemoLoader.h"
#include "server/ScoreTable.h"
#include "server/ServerStore.h"
#include "storage/ConsoleDatabase.h"
#include "demo/DemoAssessments.h"
#include "demo/DemoBuilder.h"
#include "storage/SiteRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sitegov;
using namespace sitegov::server;

class TestServerDemo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScoringModel> m_model;
    std::unique_ptr<ServerStore> m_first; // seed 2017, from loadsTheConsoleDemoSites
    const QDate m_today{2020, 7, 15};

    std::unique_ptr<ServerStore> load(const QString& name, quint32 seed, DemoLoader::Summary* summary)
    {
        auto store = ServerStore::open(m_dir.filePath(name));
        if (!store)
            return nullptr;
        DemoLoader::Options options;
        options.seed = seed;
        options.today = m_today;
        const auto loaded = DemoLoader::load(**store, *m_model, options);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().fullText()));
            return nullptr;
        }
        *summary = *loaded;
        return std::move(store).value();
    }

    static QStringList fingerprint(ServerStore& store, const Period& period)
    {
        QStringList out;
        const auto rows = store.scoreRows(period);
        for (const auto& r : *rows)
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(r.siteCode)
                       .arg(r.card.total)
                       .arg(r.card.passed)
                       .arg(r.card.vetoes.join(u','));
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto rules = ScoringRules::builtin();
        QVERIFY(rules.ok());
        m_model = std::make_unique<ScoringModel>(*rules);
    }

    void loadsTheConsoleDemoSites()
    {
        DemoLoader::Summary summary;
        auto store = load(QStringLiteral("a.db"), 2017, &summary);
        QVERIFY(store);
        QVERIFY(summary.loaded);
        QCOMPARE(summary.first.toString(), QStringLiteral("2018-07"));
        QCOMPARE(summary.last.toString(), QStringLiteral("2020-06"));
        QCOMPARE(summary.assessments, summary.sites * 24);

        // The same sites as the console's demo with the same seed: its operating and migrating ones.
        auto console = ConsoleDatabase::open(m_dir.filePath(QStringLiteral("console.db")));
        QVERIFY(console.ok());
        DemoBuilder::Options demo;
        demo.seed = 2017;
        demo.today = m_today;
        const auto built = DemoBuilder::build(**console, demo);
        QVERIFY(built.ok());
        SiteRepository repo((*console)->connection());
        QSet<QString> running;
        for (qint64 id = 1; id <= built->sites; ++id) {
            const auto s = repo.byId(id);
            QVERIFY(s.ok());
            if (s->status == SiteStatus::Operating || s->status == SiteStatus::Migrating)
                running.insert(s->code);
        }
        ServerStore::SiteQuery all;
        all.limit = 100000;
        const auto sites = store->sites(all);
        QVERIFY(sites.ok());
        QSet<QString> served;
        int withoutServices = 0;
        for (const auto& s : *sites) {
            served.insert(s.code);
            QCOMPARE(s.divisionCode.size(), 6);
            if (!s.publicServices) {
                QCOMPARE(s.kind, SiteKind::Department);
                ++withoutServices;
            }
        }
        QCOMPARE(served, running);
        QCOMPARE(summary.sites, int(running.size()));
        QVERIFY(withoutServices > 0);

        // Realistic variation: most sites 70 to 95, some below 60, a few vetoes, bonuses for portals.
        int below60 = 0;
        int middle = 0;
        int vetoed = 0;
        int bonus = 0;
        int count = 0;
        for (Period p = summary.first; p <= summary.last; p = p.next()) {
            const auto rows = store->scoreRows(p);
            QVERIFY(rows.ok());
            QCOMPARE(rows->size(), summary.sites);
            for (const auto& r : *rows) {
                ++count;
                below60 += r.card.deductionScore < 60;
                middle += r.card.total >= 70 && r.card.total <= 95;
                vetoed += !r.card.vetoes.isEmpty();
                if (r.card.bonus > 0) {
                    QCOMPARE(r.kind, SiteKind::Portal);
                    QVERIFY(r.card.deductionScore > 80);
                    ++bonus;
                }
                QCOMPARE(r.card.passed, r.card.vetoes.isEmpty() && r.card.deductionScore >= 60);
            }
        }
        QVERIFY2(middle > count * 6 / 10, qPrintable(QStringLiteral("%1 of %2").arg(middle).arg(count)));
        QVERIFY(below60 > 0 && below60 < count / 10);
        QVERIFY(vetoed > 0 && vetoed < count / 20);
        QVERIFY(bonus > 0);

        // Loading again leaves a store with sites as it is.
        DemoLoader::Options options;
        options.today = m_today;
        const auto again = DemoLoader::load(*store, *m_model, options);
        QVERIFY(again.ok());
        QVERIFY(!again->loaded);
        m_first = std::move(store);
    }

    void deterministic()
    {
        QVERIFY(m_first);
        DemoLoader::Summary summary;
        auto second = load(QStringLiteral("b.db"), 2017, &summary);
        QVERIFY(second);
        for (const Period& p : {Period::month(2018, 7), Period::month(2020, 6), Period::year(2019)}) {
            const QStringList a = fingerprint(*m_first, p);
            QVERIFY(!a.isEmpty());
            QCOMPARE(fingerprint(*second, p), a);
        }
    }

    // The console demo's spot checks assess the sites with the facts the demo backend registers
    // (DemoAssessments::assessedSites): the same sites, the same department sites without public
    // services, so that the backend takes their assessments and scores them alike.
    void consoleDemoUsesTheBackendsFacts()
    {
        QVERIFY(m_first);
        const auto sites = DemoAssessments::assessedSites(2017);
        QVERIFY(sites.ok());
        QCOMPARE(qint64(sites->size()), qint64(*m_first->siteCount()));
        int without = 0;
        for (const DemoAssessments::AssessedSite& s : *sites) {
            const auto stored = m_first->site(s.code);
            QVERIFY(stored.ok() && stored->has_value());
            QCOMPARE((*stored)->publicServices, s.publicServices);
            without += s.publicServices ? 0 : 1;
        }
        QVERIFY(without > 0);
    }

    void cleanupTestCase() { m_first.reset(); }
};

QTEST_GUILESS_MAIN(TestServerDemo)
#include "TestServerDemo.moc"
