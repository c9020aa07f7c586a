#include "core/ScoringModel.h"
#include "core/SpotCheck.h"
#include "core/SpotCheckSampler.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace sitegov;

namespace {

using Candidate = SpotCheckSampler::Candidate;

// A jurisdiction of `portals` county portals, `departments` city department sites and `special`
// province-level special sites, with codes that sort as they were made.
QList<Candidate> jurisdiction(int portals, int departments, int special)
{
    QList<Candidate> out;
    qint64 id = 0;
    auto add = [&](int n, AdminLevel level, SiteKind kind, const char* prefix) {
        for (int i = 0; i < n; ++i) {
            Candidate c;
            c.siteId = ++id;
            c.code = QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i, 4, 10, QLatin1Char('0'));
            c.level = level;
            c.kind = kind;
            out.append(c);
        }
    };
    add(portals, AdminLevel::County, SiteKind::Portal, "K");
    add(departments, AdminLevel::City, SiteKind::Department, "D");
    add(special, AdminLevel::Province, SiteKind::Special, "S");
    return out;
}

int ceilShare(int n, int percent)
{
    return (n * percent + 99) / 100;
}

} // namespace

// The monthly draw (core/SpotCheckSampler) and the spot-check rules (core/SpotCheck), as properties
// over many seeds and jurisdictions.
class TestSpotCheckRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredIsTheCeilingOfTheShare_data()
    {
        QTest::addColumn<int>("population");
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("required");
        QTest::newRow("none") << 0 << 35 << 0;
        QTest::newRow("one site") << 1 << 35 << 1;
        QTest::newRow("35% of 20 is 7") << 20 << 35 << 7;
        QTest::newRow("35% of 21 is 7.35 -> 8") << 21 << 35 << 8;
        QTest::newRow("10% of 101 -> 11") << 101 << 10 << 11;
        QTest::newRow("100%") << 13 << 100 << 13;
        QTest::newRow("above 100 is 100") << 13 << 150 << 13;
    }

    void requiredIsTheCeilingOfTheShare()
    {
        QFETCH(int, population);
        QFETCH(int, percent);
        QFETCH(int, required);
        QCOMPARE(SpotCheckSampler::required(population, percent), required);
    }

    void defaultShares()
    {
        QCOMPARE(SpotCheckRules::defaultSharePercent(AdminLevel::Province), 10);
        QCOMPARE(SpotCheckRules::defaultSharePercent(AdminLevel::City), 35);
        QCOMPARE(SpotCheckRules::defaultSharePercent(AdminLevel::County), 35);
        QVERIFY(SpotCheckRules::plansAt(AdminLevel::Province, OrgKind::Government));
        QVERIFY(SpotCheckRules::plansAt(AdminLevel::County, OrgKind::Government));
        QVERIFY(!SpotCheckRules::plansAt(AdminLevel::Township, OrgKind::Government));
        QVERIFY(!SpotCheckRules::plansAt(AdminLevel::City, OrgKind::Department));
    }

    // Over many seeds, shares and jurisdictions: the sample holds at least the share of the whole and of
    // every stratum, each site once, only candidates, and every stratum is in it.
    void shareAndStrataHoldForEverySeed()
    {
        QRandomGenerator random(20261101);
        for (int round = 0; round < 400; ++round) {
            const int portals = int(random.bounded(0, 40));
            const int departments = int(random.bounded(1, 60));
            const int special = int(random.bounded(0, 5));
            const int percent = int(random.bounded(10, 101));
            const quint32 seed = random.generate();
            const QList<Candidate> all = jurisdiction(portals, departments, special);
            const auto sample = SpotCheckSampler::draw(all, Period::month(2026, 1 + round % 12), percent, seed);
            const QString where = QStringLiteral("round %1 seed %2 share %3").arg(round).arg(seed).arg(percent);

            QCOMPARE(sample.population, int(all.size()));
            QCOMPARE(sample.required, ceilShare(int(all.size()), percent));
            QVERIFY2(sample.siteIds.size() >= sample.required, qPrintable(where));
            QCOMPARE(QSet<qint64>(sample.siteIds.cbegin(), sample.siteIds.cend()).size(), sample.siteIds.size());
            for (const qint64 id : sample.siteIds)
                QVERIFY2(id >= 1 && id <= all.size(), qPrintable(where));

            int strata = 0;
            for (const auto& [n, level, kind] : {std::tuple(portals, AdminLevel::County, SiteKind::Portal),
                     std::tuple(departments, AdminLevel::City, SiteKind::Department),
                     std::tuple(special, AdminLevel::Province, SiteKind::Special)}) {
                if (n == 0)
                    continue;
                ++strata;
                int drawn = 0;
                for (const qint64 id : sample.siteIds) {
                    const Candidate& c = all.at(int(id - 1));
                    drawn += c.level == level && c.kind == kind ? 1 : 0;
                }
                QVERIFY2(drawn >= ceilShare(n, percent), qPrintable(where));
                QVERIFY2(drawn >= 1, qPrintable(where));
            }
            QCOMPARE(int(sample.strata.size()), strata);
        }
    }

    // The same candidates (in any order, repeated or not), month and seed give the same sample.
    void theDrawIsReproducible()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            QList<Candidate> all = jurisdiction(int(random.bounded(1, 30)), int(random.bounded(1, 30)), 2);
            for (Candidate& c : all)
                c.lastCheckedMonth
                    = random.bounded(3) == 0 ? -1 : Period::month(2026, int(random.bounded(1, 10))).firstMonthIndex();
            const quint32 seed = random.generate();
            const Period month = Period::month(2026, 11);
            const auto first = SpotCheckSampler::draw(all, month, 35, seed);
            QList<Candidate> shuffled = all + all.mid(0, 3);
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            const auto again = SpotCheckSampler::draw(shuffled, month, 35, seed);
            QCOMPARE(again.siteIds, first.siteIds);
            QCOMPARE(again.population, first.population);
        }
    }

    // Another seed (or another month) gives another sample of the same size: the seed matters.
    void theSeedChoosesAmongEquals()
    {
        const QList<Candidate> all = jurisdiction(0, 100, 0);
        QSet<QList<qint64>> samples;
        for (quint32 seed = 1; seed <= 20; ++seed) {
            const auto s = SpotCheckSampler::draw(all, Period::month(2026, 11), 35, seed);
            QCOMPARE(int(s.siteIds.size()), 35);
            QList<qint64> sorted = s.siteIds;
            std::sort(sorted.begin(), sorted.end());
            samples.insert(sorted);
        }
        QVERIFY(samples.size() >= 19);
        const auto nov = SpotCheckSampler::draw(all, Period::month(2026, 11), 35, 5);
        const auto dec = SpotCheckSampler::draw(all, Period::month(2026, 12), 35, 5);
        QVERIFY(nov.siteIds != dec.siteIds);
    }

    // Sites never checked come first, then those checked longest ago: month after month with the
    // draws recorded, every site comes up within ceil(size / drawn) months (three for 35%), for any
    // seeds.
    void rotationCoversEverySiteWithinAQuarter()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 100; ++round) {
            QList<Candidate> all
                = jurisdiction(int(random.bounded(1, 25)), int(random.bounded(1, 70)), int(random.bounded(0, 4)));
            const int percent = int(random.bounded(34, 60));
            QHash<qint64, int> lastSeen;
            for (int m = 1; m <= 12; ++m) {
                const Period month = Period::month(2026, m);
                const auto sample = SpotCheckSampler::draw(all, month, percent, random.generate());
                for (const qint64 id : sample.siteIds)
                    lastSeen.insert(id, month.firstMonthIndex());
                for (Candidate& c : all)
                    c.lastCheckedMonth = lastSeen.value(c.siteId, -1);
                if (m >= 3) {
                    // Every site was checked in this month or one of the two before.
                    for (const Candidate& c : std::as_const(all)) {
                        QVERIFY2(c.lastCheckedMonth >= month.firstMonthIndex() - 2,
                            qPrintable(QStringLiteral("round %1 month %2 site %3 share %4")
                                           .arg(round)
                                           .arg(m)
                                           .arg(c.code)
                                           .arg(percent)));
                    }
                }
            }
        }
    }

    void aSiteCheckedLastMonthWaitsForTheOthers()
    {
        QList<Candidate> all = jurisdiction(0, 10, 0);
        for (int i = 0; i < 6; ++i)
            all[i].lastCheckedMonth = Period::month(2026, 10).firstMonthIndex();
        const auto s = SpotCheckSampler::draw(all, Period::month(2026, 11), 35, 99);
        QCOMPARE(int(s.siteIds.size()), 4);
        for (const qint64 id : s.siteIds)
            QVERIFY2(id > 6, qPrintable(QString::number(id)));
    }

    void evidenceIsNeededForEveryVetoAndDeduction()
    {
        ScoreInput input;
        input.vetoes = {QStringLiteral("unreachable")};
        input.deductions = {{QStringLiteral("info_update"), 3}, {QStringLiteral("design_links"), 0}};
        QMap<QString, Evidence> evidence;
        QCOMPARE(SpotCheckRules::missingEvidence(input, evidence),
            (QStringList{QStringLiteral("veto:unreachable"), QStringLiteral("deduction:info_update")}));
        // A note alone is not enough: an address or a file shows it.
        evidence[QStringLiteral("veto:unreachable")].note = QStringLiteral("首页无法打开");
        QCOMPARE(SpotCheckRules::missingEvidence(input, evidence).size(), 2);
        evidence[QStringLiteral("veto:unreachable")].url = QStringLiteral("https://example.gov.cn/");
        QCOMPARE(
            SpotCheckRules::missingEvidence(input, evidence), QStringList{QStringLiteral("deduction:info_update")});
        evidence[QStringLiteral("deduction:info_update")].note = QStringLiteral("动态栏目一个月未更新");
        evidence[QStringLiteral("deduction:info_update")].files.append(EvidenceFile{1, QStringLiteral("shot.png"), 10});
        QVERIFY(SpotCheckRules::missingEvidence(input, evidence).isEmpty());
    }

    void problemsNameVetoesThenTheLargestDeductions()
    {
        const auto rules = ScoringRules::builtin();
        QVERIFY(rules.ok());
        const ScoringModel model(*rules);
        ScoreInput input;
        input.kind = SiteKind::Department;
        input.vetoes = {QStringLiteral("homepage_stale")};
        input.deductions = {{QStringLiteral("info_update"), 2}, {QStringLiteral("service_guides"), 99}};
        const auto card = model.score(input);
        QVERIFY(card.ok());
        QVERIFY(SpotCheckRules::fails(*card));
        const QString text = SpotCheckRules::problems(*rules, input, *card);
        const int veto = text.indexOf(rules->veto(QStringLiteral("homepage_stale"))->displayName());
        const int guides = text.indexOf(rules->indicator(QStringLiteral("service_guides"))->displayName());
        const int update = text.indexOf(rules->indicator(QStringLiteral("info_update"))->displayName());
        QVERIFY2(veto == 0 && guides > veto && update > guides, qPrintable(text));
        // A deduction never counts beyond the indicator's points.
        QVERIFY2(text.contains(QStringLiteral("10")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("99")), qPrintable(text));
    }

    void keysRoundTrip()
    {
        for (const auto s : SpotCheckRules::assessmentStatuses())
            QCOMPARE(SpotCheckRules::assessmentStatus(SpotCheckRules::key(s)), s);
        for (const auto m : SpotCheckRules::measures()) {
            QCOMPARE(SpotCheckRules::measure(SpotCheckRules::key(m)), m);
            QVERIFY(!SpotCheckRules::displayName(m).isEmpty());
        }
        for (const auto s : {SendState::Waiting, SendState::Sent, SendState::Refused, SendState::Replaced})
            QCOMPARE(SpotCheckRules::sendState(SpotCheckRules::key(s)), s);
        QCOMPARE(SpotCheckRules::planStatus(u"locked"), PlanStatus::Locked);
        QVERIFY(!SpotCheckRules::planStatus(u"closed"));
    }

    // The rule set maps daily checklist items onto the veto items and indicators they concern.
    void ruleSetNamesChecklistItems()
    {
        const auto rules = ScoringRules::builtin();
        QVERIFY(rules.ok());
        QCOMPARE(rules->veto(QStringLiteral("unreachable"))->checklistItems,
            QStringList{QStringLiteral("homepage_reachable")});
        QCOMPARE(rules->indicator(QStringLiteral("design_links"))->checklistItems,
            QStringList{QStringLiteral("no_dead_links")});
        QVERIFY(rules->indicator(QStringLiteral("info_overview"))->checklistItems.isEmpty());
        const QByteArray bad
            = R"({"id":"x","passMark":60,"bonus":{"max":30,"threshold":80},"categories":[{"key":"a","indicators":[{"key":"b","points":5,"checklist":"no_dead_links"}]}],"vetoes":[]})";
        QVERIFY(!ScoringRules::fromJson(bad).ok());
    }
};

QTEST_GUILESS_MAIN(TestSpotCheckRules)
#include "TestSpotCheckRules.moc"
